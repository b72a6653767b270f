"""SIGTERM, SIGHUP and SIGINT quit desk as its Quit does.

Without this a `kill`, a logout's SIGHUP or a service manager stopping desk ended it on
the spot: no stopped line in the log, the window's layout not kept, the database's
write-ahead log left unmerged. Python runs a signal handler only between bytecodes, and
Qt's event loop runs none while it waits: the signal's wake-up byte on a socket pair wakes
it (`signal.set_wakeup_fd`), no timer polling. Windows has no such signals; its session
end comes as Qt's commitDataRequest (see desk.app.gui).
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable
from types import FrameType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer

log = logging.getLogger("desk")

_QUITTING = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
)


class QuitOnSignals(QObject):
    """While it lives, the quitting signals call `quit` once, from the event loop."""

    def __init__(self, quit: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quit = quit
        self._asked = False
        self._handlers_before: dict[int, Any] = {}
        try:
            self._reader, self._writer = socket.socketpair()
        except OSError as exc:
            # Never a reason not to start: desk then ends on these signals as it did.
            log.warning("signals not handled: %s", exc)
            self._closed = True
            return
        self._closed = False
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._wakeup_before = signal.set_wakeup_fd(self._writer.fileno())
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        # One ignored already stays so: `nohup desk` ignores SIGHUP, and must not quit on it.
        self._handlers_before = {
            sig: signal.signal(sig, self._caught)
            for sig in _QUITTING
            if signal.getsignal(sig) is not signal.SIG_IGN
        }

    def close(self) -> None:
        """Gives the signals back to what handled them before."""
        if self._closed:
            return
        self._closed = True
        for sig, handler in self._handlers_before.items():
            signal.signal(sig, handler)
        self._handlers_before = {}
        signal.set_wakeup_fd(self._wakeup_before)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()

    def _drain(self) -> None:
        # The handler has run by now (Python code runs here); the bytes only woke Qt.
        try:
            while self._reader.recv(64):
                pass
        except BlockingIOError:
            pass

    def _caught(self, signum: int, _frame: FrameType | None) -> None:
        if self._asked:
            return
        self._asked = True
        log.info("%s: quitting", signal.Signals(signum).name)
        # From the event loop, not from inside whatever Python code the signal interrupted.
        QTimer.singleShot(0, self._quit)


def leave_event_loops() -> None:
    """Ends every event loop running (the window's, a dialog's), asking no window to
    close: Qt's quit asks each, and the settings' "Save the changes?" kept desk running
    after a kill until the system killed it outright, its layout, drafts and database
    not closed (a tester). What desk keeps at a quit is kept after exec returns."""
    QCoreApplication.exit(0)
