"""Keys typed ahead into a window being opened: until the window manager has made it the
active window, what is typed still goes to the window it was opened from. A tester's
"qing ge cun" typed right after Ctrl+N became "ing ge cun" in the new message's text:
the q reached the inbox behind it. `TypedAhead` passes such keys (and an input method's
words) on to the new window's focus widget, until it is first active or `FOLLOW_MS` is
over.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

# How long keys are passed on at most: a window manager activates a new window well
# within this; one that never does must not keep the keys away from the old window.
FOLLOW_MS = 1500

_PASSED = (
    QEvent.Type.ShortcutOverride,
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.InputMethod,
)


class TypedAhead(QObject):
    """Passes the keys typed into other windows on to `window`'s focus widget while it is
    shown and not yet active (see the module's doc), then leaves the application be."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        # Only keys typed into the window it was opened from, and never once it is gone.
        parent = window.parentWidget()
        self._opener = parent.window() if parent is not None else None
        app = QApplication.instance()
        self._app = app
        if app is None:
            return
        app.installEventFilter(self)
        window.destroyed.connect(self.stop)
        QTimer.singleShot(FOLLOW_MS, self, self.stop)

    def stop(self) -> None:
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() is QEvent.Type.WindowActivate:
            # Active once, it has its keys: those typed back in the opener afterwards (the
            # user went back to the inbox at once) are the opener's, not to be followed.
            self.stop()
            return False
        if event.type() not in _PASSED or not isinstance(watched, QWidget):
            return False
        window = self._window
        if self._app is None or not window.isVisible() or window.isActiveWindow():
            self.stop()
            return False
        if watched.window() is not self._opener:
            return False
        if event.type() is QEvent.Type.ShortcutOverride:
            # Taken as the text's, not the inbox's single-key shortcuts (e marked a card
            # done): the key then comes as a KeyPress, passed on below.
            event.accept()
            return True
        target = window.focusWidget() or window
        QApplication.sendEvent(target, event)
        return True
