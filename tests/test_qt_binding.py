"""The Qt binding desk installs must not leak references in ways that abort a long session."""

from __future__ import annotations

import subprocess
import sys

# What a day of desk does thousands of times: emit signals carrying bools and None.
PROBE = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
class Probe(QObject):
    flag = Signal(bool)
    thing = Signal(object)
app = QCoreApplication([])
probe = Probe()
probe.flag.connect(lambda value: None)
probe.thing.connect(lambda value: None)
before = sys.getrefcount(True), sys.getrefcount(None)
for _ in range(5000):
    probe.flag.emit(True)
    probe.thing.emit(None)
after = sys.getrefcount(True), sys.getrefcount(None)
print(after[0] - before[0], after[1] - before[1])
"""


def test_signals_keep_bool_and_none_references() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr[-500:]
    true_delta, none_delta = (int(v) for v in result.stdout.split())
    assert abs(true_delta) < 50 and abs(none_delta) < 50
