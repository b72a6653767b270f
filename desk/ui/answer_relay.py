"""Carries a worker thread's answer to a dialog that may be gone by the time it comes.

A dialog that closes without waiting for its network call (a server out of reach takes
half a minute) may be deleted before the call returns. Emitting one of its own signals
from the worker then touches a deleted object and crashes desk; this relay, which the
worker holds, outlives it, and Qt drops the connection when the dialog goes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AnswerRelay(QObject):
    """Signals: answered(object) with whatever the worker hands over."""

    answered = Signal(object)
