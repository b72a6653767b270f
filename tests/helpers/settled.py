"""Waiting for the window's store jobs to be done, and saying what held them if not."""

from __future__ import annotations

import sys
import threading
import traceback

from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot

from desk.ui.main_window import MainWindow

# Generous: a CI machine running the whole suite has taken over 5 s for a first page
# and its counts that take 0.1 s alone. A job stuck for good still fails, saying where.
SETTLE_MS = 15_000


def settle(qtbot: QtBot, window: MainWindow, timeout_ms: int = SETTLE_MS) -> None:
    """Waits until no refresh, recount or rerank of `window` is waiting or running."""
    ops = window._ops
    try:
        qtbot.waitUntil(lambda: window.idle() and ops.idle(), timeout=timeout_ms)
    except WaitTimeout as timeout:
        raise AssertionError(what_holds(window)) from timeout


def what_holds(window: MainWindow) -> str:
    """Which of the window's jobs are outstanding, and where each desk thread is."""
    flags = {
        "refresh waiting": window._refresh_throttle.pending(),
        "refreshing": window._refreshing,
        "counting": window._counting,
        "opening rerank waiting": window._opening_rerank.pending,
        "opening work held for the services": window._opening_due,
        "presence read waiting": window._presence_start.pending,
        "recount of what came while away waiting": window._away_recount.pending(),
        "counting what came while away": window._counting_away,
        "reranking": window._reranking,
    }
    held = [name for name, up in flags.items() if up]
    lines = [f"the window is not idle: {held}; store jobs pending: {window._ops._pending}"]
    frames = sys._current_frames()
    for thread in threading.enumerate():
        frame = frames.get(thread.ident or -1)
        if thread.name.startswith("desk-") and frame is not None:
            lines.append(f"{thread.name} is at:")
            lines.extend(traceback.format_stack(frame))
    return "\n".join(lines)
