"""Saving a copy of an attachment from the window: fetched off the GUI thread, kept encrypted
in the store, and the copy written where the user chose (never inside the data dir)."""

from __future__ import annotations

import asyncio
import errno
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from desk.connectors.protocol import AuthError, ConnectorError
from desk.core.clock import Clock
from desk.store.attachments import attachments_of
from desk.store.store import Store
from desk.ui.server_reasons import server_reason_text

log = logging.getLogger("desk.app.attachments")

# Asks where to save a file, given its name; None when the user cancels.
AskPath = Callable[[str], Path | None]


class AttachmentSaver(QObject):
    """Signals: saved(str path) and failed(str message), on the GUI thread."""

    saved = Signal(str)
    failed = Signal(str)
    _done = Signal(str, str)  # (path, error text), from the fetch thread

    def __init__(
        self, store: Store, clock: Clock, parent: QWidget, ask_path: AskPath | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._parent = parent
        self._ask_path = ask_path or self._ask_with_dialog
        self._threads: list[threading.Thread] = []
        self._done.connect(self._on_done)

    def save(self, message_id: int) -> None:
        info = attachments_of(self._store.sessions, [message_id]).get(message_id)
        if info is None:
            return
        path = self._ask_path(info.name)
        if path is None:
            return
        if path.resolve().is_relative_to(self._store.data_dir.root.resolve()):
            self.failed.emit(
                self.tr("Save the copy outside desk's data folder: the copy is not encrypted.")
            )
            return

        def work() -> None:
            # Here, on the fetching thread: it loads SQLAlchemy's ORM and the connectors.
            from desk.sync.attachments import fetch_attachment

            try:
                fetched = asyncio.run(fetch_attachment(self._store, info, self._clock))
                path.write_bytes(fetched.content)
            except AuthError:
                self._done.emit("", self.tr("the server asks you to sign in again"))
            except ConnectorError as exc:
                self._done.emit("", server_reason_text(exc.reason))
            except OSError as exc:
                self._done.emit("", self._file_error_text(exc))
            else:
                self._done.emit(str(path), "")

        thread = threading.Thread(target=work, name="desk-attachment", daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    def wait(self, timeout_s: float | None = None) -> None:
        """Waits for fetches in flight (at shutdown; tests)."""
        for thread in self._threads:
            thread.join(timeout_s)

    def _on_done(self, path: str, error: str) -> None:
        if error:
            log.info("saving an attachment failed")
            self.failed.emit(self.tr("Could not save the attachment: %1").replace("%1", error))
        else:
            self.saved.emit(path)

    def _file_error_text(self, error: OSError) -> str:
        """Why the copy could not be written, in words (the system's own are English)."""
        if isinstance(error, PermissionError):
            return self.tr("you may not write in that folder; choose another")
        if isinstance(error, FileNotFoundError):
            return self.tr("that folder is gone; choose another")
        if error.errno == errno.ENOSPC:
            return self.tr("the disk is full")
        return error.strerror or type(error).__name__

    def _ask_with_dialog(self, name: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self._parent, self.tr("Save attachment"), name)
        return Path(chosen) if chosen else None
