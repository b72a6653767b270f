"""The window's status bar, whose passing messages elide instead of being cut."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QSizePolicy, QStatusBar, QWidget

from desk.ui.elided_label import ElidedLabel


class StatusBar(QStatusBar):
    """A QStatusBar whose passing messages (showMessage) are shown in a label of their own,
    in the room the standing widgets on the right leave it: one too long for that room ends
    in "…", a space before them, with the whole text in its tooltip and for a screen reader.
    QStatusBar paints them itself, clipped at its first standing widget and mid-word
    ("…The sender wiNo official holiday calendar for 2027", tester), in the room left by
    standing widgets grown into the space of the ones a message hides.

    A message may come with a short wording (`showMessage`'s `short`), shown where the
    whole does not fit, the whole in its tooltip and for a screen reader.

    A message may name a word of it as a link (`showMessage`'s `link`): "撤销" in "按 Ctrl+Z
    撤销", for the mouse.

    Signals: messageChanged(str), as QStatusBar's, for these messages (always the whole);
    messageLinkActivated() when the message's link is clicked.
    """

    messageLinkActivated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A few words and the ellipsis at least: what it is about, the tooltip the rest.
        self.message = ElidedLabel(least_chars=6)
        self.message.hide()
        self.message.linkActivated.connect(lambda _href: self.messageLinkActivated.emit())
        # Expanding, and with the stretch: the standing widgets keep their own width, the
        # message the rest. A merely Preferred message kept to its own width, and the
        # calendar warning, made expanding by the stretch in its layout, took the rest:
        # it stood at the message's end, not on the right.
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        super().addWidget(self.message, 1)
        self._normal: list[QWidget] = []
        # The widgets the message stands in for, shown again when it goes.
        self._covered: list[QWidget] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clearMessage)

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:
        super().addWidget(widget, stretch)
        self._normal.append(widget)

    def showMessage(self, text: str, timeout: int = 0, short: str = "", link: str = "") -> None:
        """Shows `text` in place of the ordinary widgets, for `timeout` ms (0: until
        cleared or replaced), on one line (a room or file name may hold a line break:
        the bar grew by a line); `short` where `text` does not fit; its word `link` as
        a link."""
        text = " ".join(text.split())
        if not text:
            self.clearMessage()
            return
        self._timer.stop()
        if timeout > 0:
            self._timer.start(timeout)
        if self.message.isHidden():
            self._covered = [w for w in self._normal if not w.isHidden()]
            for widget in self._covered:
                widget.hide()
            self.message.show()
        elif text == self.message.full_text():
            return
        self.message.set_full_text(text, " ".join(short.split()), link)
        self._lay_out()
        self._announce(text)
        self.messageChanged.emit(text)

    def clearMessage(self) -> None:
        self._timer.stop()
        if self.message.isHidden():
            return
        self.message.hide()
        self.message.set_full_text("")
        for widget in self._covered:
            widget.show()
        self._covered = []
        self._lay_out()
        self._announce("")
        self.messageChanged.emit("")

    def show_beneath(self, widget: QWidget, shown: bool) -> None:
        """Shows or hides `widget`, one of the ordinary widgets: shown while a message
        stands, it waits under it, shown when it goes; beside it, both were cut."""
        if self.message.isHidden():
            widget.setVisible(shown)
            return
        widget.hide()
        if shown and widget not in self._covered:
            self._covered.append(widget)
        elif not shown and widget in self._covered:
            self._covered.remove(widget)

    def short_wording(self) -> str:
        """The short wording of the message shown, "" if it has none."""
        return self.message.short_text() if not self.message.isHidden() else ""

    def _announce(self, text: str) -> None:
        # A screen reader reads a status bar by its name, as QStatusBar's own messages
        # were (its C++ currentMessage, which this class's does not reach), and hears it
        # change (a reviewer).
        self.setAccessibleName(text)
        # Imported at the first message: PySide6 builds QAccessible's Python class, with
        # its large enums (Role, Event, ...), at the first import of its name, some 1 ms
        # that the window's first paint does not need (issue 8).
        from PySide6.QtGui import QAccessible, QAccessibleEvent

        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))

    def _lay_out(self) -> None:
        # Placed anew at once: the layout kept the widths it had measured before the
        # message came, and under X11 the calendar warning stood over the message's end.
        layout = self.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()

    def currentMessage(self) -> str:
        return "" if self.message.isHidden() else self.message.full_text()
