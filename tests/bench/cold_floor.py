"""The floor under desk's cold start: the least a PySide6 + SQLAlchemy window can take here.

    python -m tests.bench.cold_floor

Run by `scale.py` next to each cold start of desk, in the same environment, so that the
cold start can be read as a ratio to what this machine (and its load at that moment) allows.
It imports SQLAlchemy, then PySide6's widgets, opens a window holding a list with a few
rows and prints, as one JSON object, the seconds from DESK_BENCH_T0 (the parent's clock just
before it started this process) to the end of the list's first paint, the GUI thread's CPU
time until then, and the peak RSS.
SQLAlchemy comes first because that order spares it PySide6's import hook, as desk does.
Nothing from desk is imported.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import sqlalchemy  # noqa: F401  (part of the floor: desk cannot open its store without it)
from PySide6.QtCore import QEvent, QObject, QStringListModel, QTimer
from PySide6.QtWidgets import QApplication, QListView, QMainWindow

ROWS = 50


class FirstPaint(QObject):
    """Quits the application once the list has finished painting rows for the first time."""

    def __init__(self, app: QApplication, view: QListView) -> None:
        super().__init__()
        self._app = app
        self._view = view
        self.at: float | None = None
        self.cpu = 0.0

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self.at is None and event.type() == QEvent.Type.Paint and obj is self._view.viewport():
            # Runs once this paint event has been handled.
            QTimer.singleShot(0, self._done)
            self.at = 0.0
        return False

    def _done(self) -> None:
        self.at = time.time()
        # This (the GUI) thread's CPU time from the process start, as scale_gui reports.
        self.cpu = time.thread_time()
        self._app.quit()


def main() -> int:
    t0 = float(os.environ.get("DESK_BENCH_T0", time.time()))
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    view = QListView()
    view.setModel(QStringListModel([f"row {i}" for i in range(ROWS)], window))
    window.setCentralWidget(view)
    window.resize(1200, 760)
    probe = FirstPaint(app, view)
    # Its viewport alone, as scale_gui_window watches desk's list: a filter of the whole
    # application is called for every event of every Qt object.
    view.viewport().installEventFilter(probe)
    window.show()
    app.exec()
    assert probe.at is not None
    # VmHWM, as scale_gui reads it: getrusage's peak would count the parent's, inherited
    # through fork.
    peak_mb = next(
        int(line.split()[1]) / 1024
        for line in Path("/proc/self/status").read_text().splitlines()
        if line.startswith("VmHWM")
    )
    print(
        json.dumps(
            {
                "floor_s": round(probe.at - t0, 4),
                "cpu_s": round(probe.cpu, 4),
                "rss_peak_mb": round(peak_mb, 1),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
