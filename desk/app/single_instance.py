"""One desk per data dir: a second launch raises the running window and exits."""

from __future__ import annotations

import hashlib
import logging
from enum import Enum

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desk.store.paths import DataDir

log = logging.getLogger("desk.app.single")
CONNECT_MS = 500
# A desk busy for a moment (a large first sync's batch) still answers within this.
ANSWER_MS = 5000
SHOW = b"show\n"
SHOWN = b"shown\n"


def server_name(data_dir: DataDir) -> str:
    # Per data dir and per user: the name is a socket path (Linux) or a pipe (Windows).
    digest = hashlib.sha256(str(data_dir.root).encode()).hexdigest()[:16]
    return f"desk-{digest}"


class Running(Enum):
    NONE = "none"  # no desk runs on this data dir
    SHOWN = "shown"  # one does, and has come forward
    SILENT = "silent"  # one does, and did not answer: hung, or stopped in a debugger


def ask_running_instance(data_dir: DataDir) -> Running:
    """Whether another desk runs on this data dir, asking it to show itself.

    It must say it did: the system accepts the connection for a desk that has hung, and
    a second launch that took that for an answer ended without a word while nothing came
    forward (tester)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(CONNECT_MS):
        return Running.NONE
    socket.write(SHOW)
    socket.waitForBytesWritten(CONNECT_MS)
    answered = socket.waitForReadyRead(ANSWER_MS) and bytes(socket.readAll().data()) == SHOWN
    closed = socket.state() is QLocalSocket.LocalSocketState.UnconnectedState
    socket.disconnectFromServer()
    if answered:
        return Running.SHOWN
    if closed:
        # Hung up without a word: a desk from before the answer, which read the request
        # and came forward, or one that has just quit. A hung desk holds the line open.
        return Running.SHOWN if _listening(data_dir) else Running.NONE
    return Running.SILENT


def _listening(data_dir: DataDir) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    listening = socket.waitForConnected(CONNECT_MS)
    socket.abort()
    return listening


class InstanceServer(QObject):
    """Signals: showRequested() when a second launch asks this desk to come forward."""

    showRequested = Signal()

    def __init__(self, data_dir: DataDir, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(data_dir)
        if not self._server.listen(name):
            # A socket file left by a crash: nobody answered on it, so take it over.
            QLocalServer.removeServer(name)
            if not self._server.listen(name):
                log.warning("single-instance server unavailable: %s", self._server.errorString())
        self._server.newConnection.connect(self._on_connection)

    def close(self) -> None:
        self._server.close()

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            # The request is one short line written at once; a bounded wait reads it
            # without keeping per-socket callbacks alive.
            ready = socket.bytesAvailable() or socket.waitForReadyRead(CONNECT_MS)
            if ready and bytes(socket.readAll().data()) == SHOW:
                self.showRequested.emit()
                socket.write(SHOWN)
                socket.waitForBytesWritten(CONNECT_MS)
            socket.close()
