"""Status-bar texts that give way on a narrow window: the words elide, a link stays whole;
and the words for sync's states, which the status bar and the Accounts dialog both say."""

from __future__ import annotations

import html
import re
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desk.core.placeholders import fill
from desk.sync.status import SyncState, SyncStatus
from desk.ui.elided_label import ElidedLabel
from desk.ui.ops import cause_text
from desk.ui.server_reasons import server_reason_text
from desk.ui.style import follows_palette


def syncing_text() -> str:
    return QCoreApplication.translate("SyncWords", "Syncing…")


def up_to_date_text(when: str) -> str:
    """Up to date, as of `when` (08:30)."""
    return fill(QCoreApplication.translate("SyncWords", "Up to date · %1"), when)


def offline_reason(reason: str | None) -> str:
    """Why sync is offline: the server's reason, or the store's (the worker's store_CAUSE)."""
    if reason is not None and reason.startswith("store_"):
        return cause_text(reason.removeprefix("store_"))
    return server_reason_text(reason)


def account_state_text(status: SyncStatus | None, tz: tzinfo, today: datetime) -> str:
    """One account's sync state in words, as the Accounts dialog lists it: syncing, up to
    date and when, offline and when it last synced, or its sign-in refused. `status` None:
    not synced yet in this run (just added, or sync starting). `today`: now, in `tz`."""
    if status is None:
        return QCoreApplication.translate("SyncWords", "Waiting to sync")
    if status.state in (SyncState.SYNCING, SyncState.SORTING):
        return syncing_text()
    if status.state is SyncState.UP_TO_DATE:
        return up_to_date_text(_when(status.at, tz, today))
    if status.state is SyncState.SIGN_IN:
        return QCoreApplication.translate("SyncWords", "Sign-in no longer valid")
    if status.state is SyncState.STOPPED:
        return QCoreApplication.translate(
            "SyncWords", "Sync stopped: the local database is damaged."
        )
    if status.state is SyncState.OFFLINE:
        if status.synced_at is None:
            return fill(
                QCoreApplication.translate(
                    "SyncWords", "Offline (%1), not synced since desk started"
                ),
                offline_reason(status.reason),
            )
        return fill(
            QCoreApplication.translate("SyncWords", "Offline (%1), last synced %2"),
            offline_reason(status.reason),
            _when(status.synced_at, tz, today),
        )
    return QCoreApplication.translate("SyncWords", "Waiting to sync")


def _when(at: datetime, tz: tzinfo, today: datetime) -> str:
    """08:30 today; 12-06 08:30 on another day (a PC left on over the weekend)."""
    local = at.astimezone(tz)
    if local.date() == today.astimezone(tz).date():
        return local.strftime("%H:%M")
    return local.strftime("%m-%d %H:%M")


class LinkedStatus(QWidget):
    """Words, then a link after them (or before them, `link_first`): on a narrow window
    the words elide and the link keeps its place whole (a squeezed 现在重试 or 设置节假日
    could not be clicked).

    Signals: linkActivated(str), with the link's name.
    """

    linkActivated = Signal(str)

    def __init__(
        self, least_chars: int = 1, parent: QWidget | None = None, *, link_first: bool = False
    ) -> None:
        """`link_first`: the link before the words, where the words' width changing (or
        their eliding) cannot move it."""
        super().__init__(parent)
        self.said = ElidedLabel(least_chars)
        self.link = LinkLabel()
        self.link.linkActivated.connect(self.linkActivated)
        self.link.hide()
        self._words = ""
        self._click: str | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(self.fontMetrics().horizontalAdvance(" "))
        parts = (self.link, self.said) if link_first else (self.said, self.link)
        for part in parts:
            row.addWidget(part)
        row.addStretch(1)

    def set_text(self, said: str, link: str | None = None, words: str = "") -> None:
        """Shows `said`, and after it `words` as the link named `link` (none without)."""
        self.said.set_full_text(said)
        self.link.setVisible(link is not None)
        if link is not None:
            self.link.setText(f'<a href="{html.escape(link)}">{html.escape(words)}</a>')
        self._words = words if link is not None else ""

    def set_clickable(self, link: str | None) -> None:
        """Makes a click anywhere on it follow the link named `link`, not a click on the
        link's words alone (None: those alone)."""
        self._click = link
        if link is None:
            self.unsetCursor()
        else:
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._click is not None and event.button() is Qt.MouseButton.LeftButton:
            event.accept()  # so that the release comes here too
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        inside = self.rect().contains(event.position().toPoint())
        if self._click is not None and event.button() is Qt.MouseButton.LeftButton and inside:
            self.linkActivated.emit(self._click)
            return
        super().mouseReleaseEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if follows_palette(event) and self.link.text():
            # A label's link keeps the colour of the palette it was set under: the light
            # theme's dark blue stayed on a status bar gone dark. Set anew (an equal text
            # is not).
            shown = self.link.text()
            self.link.clear()
            self.link.setText(shown)

    def text(self) -> str:
        """All it says, the link's words too, whole however narrow it is drawn."""
        said = self.said.full_text()
        # The words first, the link's after, wherever the link stands: they are what it
        # says, the link what to do with it.
        return f"{said} {self._words}" if self._words else said

    def setToolTip(self, tip: str) -> None:
        super().setToolTip(tip)
        self.said.set_extra_tip(tip)
        self.link.setToolTip(tip)


class LinkLabel(QLabel):
    """A label whose text holds a link: one Tab stop (the window's focus ring shows it),
    and Enter or Space follows its first link. The status bar's 查看 and 设置节假日 could
    only be clicked (a tester); Qt's own keyboard links took two Tabs to reach each. Not
    a click's focus stop: a click on the link leaves the keys where they were."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._follows(event):
            # Its own, before the window's Return (open the card) or Space takes it.
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        found = _HREF.search(self.text())
        if self._follows(event) and found is not None:
            event.accept()
            self.linkActivated.emit(html.unescape(found.group(1)))
            return
        super().keyPressEvent(event)

    def _follows(self, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or _HREF.search(self.text()) is None:
            return False
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
        return event.key() in keys and mods == Qt.KeyboardModifier.NoModifier


_HREF = re.compile(r'href="([^"]*)"')
