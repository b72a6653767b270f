"""Work the user must wait for, run off the GUI thread with a busy dialog if it lasts.

Opening the database usually takes a moment (scrypt, about a second on a slow PC); after
an update of desk it may first bring a large database up to date (18 s at a million
messages), and a window that shows nothing for that long looks hung.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog

T = TypeVar("T")

# Longer than a routine unlock takes, so that the dialog means something is going on.
SHOW_AFTER_MS = 1500


class _Finished(QObject):
    """Lives on the GUI thread; its signal, emitted from the worker, arrives queued."""

    done = Signal()


class _BusyDialog(QProgressDialog):
    """A busy bar that neither Esc nor the close button dismisses: the work goes on."""

    def reject(self) -> None:
        pass

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()


def wait_for(work: Callable[[], T], label: str, show_after_ms: int = SHOW_AFTER_MS) -> T:
    """Runs `work` on a thread and returns its result (or raises its exception); the GUI
    keeps painting meanwhile, and a busy dialog with `label` appears after `show_after_ms`."""
    outcome: list[T] = []
    failure: list[BaseException] = []
    loop = QEventLoop()
    finished = _Finished()
    finished.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as exc:  # handed to the caller, on its thread
            failure.append(exc)
        finally:
            finished.done.emit()

    thread = threading.Thread(target=run, name="desk-wait", daemon=True)
    thread.start()
    # Made only once the work has lasted: most waits (every start's unlock) end sooner, and
    # making the dialog cost the first paint some 8 ms of the GUI thread's time.
    made: list[_BusyDialog] = []

    def show_dialog() -> None:
        dialog = _BusyDialog(label, "", 0, 0)
        dialog.setWindowTitle("desk")
        dialog.setCancelButton(None)  # type: ignore[arg-type]  (no cancel: the work must finish)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        made.append(dialog)
        dialog.show()

    show = QTimer(singleShot=True, interval=show_after_ms)
    show.timeout.connect(show_dialog)
    show.start()
    # The queued quit waits in the event queue if the work ends before exec() starts.
    loop.exec()
    thread.join()
    show.stop()
    for dialog in made:
        dialog.hide()
        dialog.deleteLater()
    if failure:
        raise failure[0]
    return outcome[0]
