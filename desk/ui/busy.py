"""Work the user must wait for, run off the GUI thread with a busy dialog if it lasts.

Opening the database usually takes a moment; after an update of desk it may first bring a
large database up to date (a minute at a million messages), and a window that shows
nothing for that long looks hung.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog

T = TypeVar("T")

SHOW_AFTER_MS = 400


def wait_for(work: Callable[[], T], label: str, show_after_ms: int = SHOW_AFTER_MS) -> T:
    """Runs `work` on a thread and returns its result (or raises its exception); the GUI
    keeps painting meanwhile, and a busy dialog with `label` appears after `show_after_ms`."""
    outcome: list[T] = []
    failure: list[BaseException] = []
    loop = QEventLoop()

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as exc:  # handed to the caller, on its thread
            failure.append(exc)
        finally:
            QTimer.singleShot(0, loop, loop.quit)

    dialog = QProgressDialog(label, "", 0, 0)
    dialog.setWindowTitle("desk")
    dialog.setCancelButton(None)  # type: ignore[arg-type]  (no cancel: the work must finish)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.reset()  # a QProgressDialog shows itself after its minimum duration unless reset
    show = QTimer(singleShot=True, interval=show_after_ms)
    show.timeout.connect(dialog.show)
    show.start()
    thread = threading.Thread(target=run, name="desk-wait", daemon=True)
    thread.start()
    if thread.is_alive():
        loop.exec()
    thread.join()
    show.stop()
    dialog.close()
    dialog.deleteLater()
    if failure:
        raise failure[0]
    return outcome[0]
