"""One log file per data dir. Log records name ids and codes, never message text or names."""

from __future__ import annotations

import atexit
import contextlib
import faulthandler
import functools
import logging
import logging.handlers
import os
import platform
import sys
import threading
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

from desk import __version__
from desk.core.where import frames
from desk.store.paths import DataDir, DataDirUnusable, mode_set_back

if TYPE_CHECKING:
    from PySide6.QtCore import QMessageLogContext

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(data_dir: DataDir, level: int = logging.INFO, *, run: str = "window") -> None:
    """Logs to the data dir's logs/desk.log; DataDirUnusable if that file cannot be opened.
    `run` names what starts in the log's started and stopped lines: "window", or a
    command ("`sync` command")."""
    root = logging.getLogger("desk")
    if any(getattr(h, "desk_log", False) for h in root.handlers):
        return
    try:
        handler = _LogFile(
            data_dir.logs / "desk.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError as exc:  # a read-only desk.log, or a directory of that name
        raise DataDirUnusable.from_os_error(data_dir.root, exc) from exc
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.desk_log = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    # The scheduler behind quiet hours and DING alerts says when a run was skipped or
    # failed (the job, never a message): that belongs in this file, not on a console.
    scheduler = logging.getLogger("apscheduler")
    scheduler.addHandler(handler)
    scheduler.setLevel(logging.WARNING)
    scheduler.propagate = False
    _log_what_would_be_lost(data_dir)
    # Which desk wrote what follows, and when it ended: support reads a log of many runs.
    # What ran, too: a script's `desk inbox` each minute read as the window quitting.
    root.info(
        "desk %s %s started (pid %d, Python %s, %s)",
        __version__,
        run,
        os.getpid(),
        platform.python_version(),
        platform_text(),
    )
    atexit.register(root.info, "desk %s %s stopped (pid %d)", __version__, run, os.getpid())
    found = mode_set_back(data_dir.root)
    if found is not None:
        root.warning(
            "data dir %s was mode %04o: set back to 0700, as desk keeps it (only its user "
            "may read the messages in it)",
            data_dir.root,
            found,
        )


@functools.cache
def platform_text() -> str:
    """The system, as the log's started line says it (platform.platform). Worked out once:
    it runs a program (`uname -p` on Linux, `ver` on Windows)."""
    return platform.platform()


def platform_text_early() -> None:
    """Works `platform_text` out on a thread of its own while the window's code loads: the
    window's start waited some 10 ms for `uname` to run (more on a busy PC) before its
    log's started line."""
    threading.Thread(target=platform_text, name="desk-platform", daemon=True).start()


def log_failed_start(data_dir: DataDir, why: str) -> None:
    """Says in the data dir's log why the window did not start, before it set up anything
    (no display to open): the README promises that a start that fails says why there. Only
    in a data dir there is: a misspelt --data-dir is not made for it."""
    if not data_dir.root.is_dir():
        return
    with contextlib.suppress(DataDirUnusable):
        setup_logging(data_dir.ensure())
        logging.getLogger("desk.app").error("the window did not start: %s", why)


class _LogFile(logging.handlers.RotatingFileHandler):
    """The data dir's log file, which says once on stderr that it cannot be written (a full
    disk), then goes on without a word while it cannot: Python's logging printed "---
    Logging error ---" and a traceback for every line."""

    _told = False

    def handleError(self, record: logging.LogRecord) -> None:
        error = sys.exc_info()[1]
        if not isinstance(error, OSError):
            super().handleError(record)  # a line desk got wrong: shown as Python shows it
            return
        if not self._told and sys.stderr is not None:  # a windowed exe has no stderr
            self._told = True
            why = error.strerror or type(error).__name__
            sys.stderr.write(
                f"desk: cannot write the log {self.baseFilename} ({why}); going on without it\n"
            )


def log_qt_messages() -> None:
    """Qt's fatal and critical messages, and its platform plugin's warnings, into the log
    too (still on stderr, as Qt writes them): launched from a desktop icon with a library
    of the X11 plugin missing, desk died before its window and left its logs empty, Qt's
    reason on a stderr no one sees. Qt's words, never a message's."""
    from PySide6.QtCore import QtMsgType, qFormatLogMessage, qInstallMessageHandler

    log = logging.getLogger("desk.qt")
    levels = {QtMsgType.QtFatalMsg: logging.CRITICAL, QtMsgType.QtCriticalMsg: logging.ERROR}

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        category = context.category or ""
        level = levels.get(kind)
        if level is None and kind == QtMsgType.QtWarningMsg and category.startswith("qt.qpa"):
            level = logging.WARNING
        if level is not None:
            log.log(level, "%s %s", category, message)
        if sys.stderr is not None:  # a windowed exe has none
            sys.stderr.write(qFormatLogMessage(kind, context, message) + "\n")

    qInstallMessageHandler(handler)


def _log_what_would_be_lost(data_dir: DataDir) -> None:
    """Uncaught exceptions (also in threads), and native crashes, into the data dir's
    logs: the window's exe has no console, and its stderr is gone. Where and of what
    type, never the exception's words (they may quote a message). Hooked once per
    process; crashes only where nothing else records them (a test run's own handler)."""
    global _hooked, _crashes
    if not _hooked:
        _hooked = True
        previous, previous_thread = sys.excepthook, threading.excepthook

        def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
            _log_uncaught(kind, tb)
            previous(kind, error, tb)

        def thread_hook(args: threading.ExceptHookArgs) -> None:
            _log_uncaught(args.exc_type, args.exc_traceback)
            previous_thread(args)

        sys.excepthook = hook
        threading.excepthook = thread_hook
    if faulthandler.is_enabled() and _crashes is None:
        return
    with contextlib.suppress(OSError):
        # Kept open: faulthandler writes to it as the process dies.
        crashes = (data_dir.logs / "crash.log").open("a", encoding="utf-8")
        faulthandler.enable(crashes)
        if _crashes is not None:
            _crashes.close()
        _crashes = crashes


def _log_uncaught(kind: type[BaseException], tb: TracebackType | None) -> None:
    logging.getLogger("desk").critical("uncaught %s at %s", kind.__name__, "; ".join(frames(tb)))


_hooked = False
_crashes: TextIO | None = None
