"""Loading the alert sounds calls no Python while Qt's multimedia libraries load: their
static initialisers log under the dynamic loader's lock, and a Python message handler
there waited for the GIL held by a thread waiting for that lock (desk froze for good)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from PySide6.QtCore import qInstallMessageHandler, qWarning

from desk.ui import notifier

# A fresh interpreter: QtMultimedia logs as it loads only the first time.
_LOAD_IN_A_FRESH_PROCESS = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import qInstallMessageHandler, qWarning
    from PySide6.QtWidgets import QApplication
    from desk.ui.notifier import Notifier

    app = QApplication([])
    notifier = Notifier(app.windowIcon())
    heard = []
    qInstallMessageHandler(lambda kind, context, message: heard.append(context.category))
    notifier.load_sounds()
    qWarning("after")
    print(heard)
    """
)


def test_qt_messages_while_the_sounds_load_reach_no_python_handler() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _LOAD_IN_A_FRESH_PROCESS],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    heard = done.stdout.strip().splitlines()[-1]
    # Qt's own warning after the load reaches the handler again ("default": qWarning's).
    assert heard == "['default']", done.stderr


def test_the_handler_is_back_after_a_load_that_fails(qapp: object) -> None:
    heard: list[str] = []
    qInstallMessageHandler(lambda kind, context, message: heard.append(message))
    try:
        try:
            with notifier._qt_messages_past_python():
                qWarning("while loading")
                raise ImportError("no QtMultimedia")
        except ImportError:
            pass
        qWarning("after")
    finally:
        qInstallMessageHandler(None)
    assert heard == ["after"]
