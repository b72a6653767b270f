"""Bringing a window back as the user left it: out of the tray or the taskbar, maximised
again if it was (showNormal() took a maximised window down to its normal size)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def bring_back(window: QWidget) -> None:
    """Shows `window`, hidden in the tray or minimised, in the state it was left in
    (maximised or full screen stays so); a window on screen is left as it is."""
    state = window.windowState()
    if state & Qt.WindowState.WindowMinimized:
        # Minimised, Qt keeps whether it was maximised beside: that is restored.
        window.setWindowState(state & ~Qt.WindowState.WindowMinimized)
    if window.isHidden():
        window.show()
