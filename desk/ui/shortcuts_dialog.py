"""Help → Keyboard shortcuts: every key the window has, grouped, read from the window's own
actions when the dialog opens, so that it says what the keys do now."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

# Written as the window writes them elsewhere; named here too for the dialog's users.
from desk.ui.key_text import LISTED_AS as LISTED_AS
from desk.ui.key_text import Row as Row
from desk.ui.key_text import action_keys as action_keys
from desk.ui.key_text import action_name as action_name
from desk.ui.key_text import key_text as key_text
from desk.ui.key_text import mnemonic_rows as mnemonic_rows
from desk.ui.key_text import on_a_pc_keyboard as on_a_pc_keyboard
from desk.ui.key_text import plain_text as plain_text
from desk.ui.screen_fit import FIRST_MARGIN, FRAME_ALLOWANCE, fitted_size

# More columns than this read as a table, not as groups of keys.
MOST_COLUMNS = 4


@dataclass(frozen=True, slots=True)
class ShortcutGroup:
    """A heading and its keys: the actions' own, then `extra`, keys a widget handles
    itself (the list's arrows), as (keys, what they do)."""

    title: str
    actions: tuple[QAction, ...]
    extra: tuple[Row, ...] = ()


class ShortcutsDialog(QDialog):
    """The groups in columns, each key drawn as a key cap; Esc or Close closes it. As many
    columns as it takes for the screen to hold them all (up to MOST_COLUMNS): at 125 % on
    1280 × 720 two columns ran below the screen, 其他 out of sight and nothing saying that
    more was there (a tester). What a small screen still cannot hold scrolls, its scroll
    bar always shown, and a line under the columns says so."""

    def __init__(
        self,
        groups: Sequence[ShortcutGroup],
        parent: QWidget | None = None,
        available: QRect | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self._groups = list(groups)
        self._rows = [
            (group.title, keys, what)
            for group in groups
            for keys, what in (
                *((action_keys(a), action_name(a)) for a in group.actions if a.shortcuts()),
                *group.extra,
            )
        ]
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.more_below = QLabel(self.tr("More below: scroll down."))
        self.more_below.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll)
        layout.addWidget(self.more_below)
        layout.addWidget(buttons)
        self._size_to_screen(buttons, available or self.screen().availableGeometry())

    def _page(self, count: int) -> QWidget:
        page = QWidget()
        columns = QHBoxLayout(page)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(24)
        for column in self._columns(count):
            label = QLabel(self._table(column))
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            columns.addWidget(label)
        return page

    def _size_to_screen(self, buttons: QWidget, available: QRect) -> None:
        """The fewest columns (two at least) that the screen's free area (without the
        taskbar, with room for the title bar) holds whole; else the most that fit its
        width, the rest to scroll. A scroll area's own size hint stops at 24 lines, so
        sizes are worked out here."""
        # Polished first: the window's style sheet, met only then, changes the labels' size.
        self.ensurePolished()
        layout = self.layout()
        margins = layout.contentsMargins()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        # Below the columns: the style's spacing, Close and the margins, as the layout has them.
        below = layout.sizeHint().height() - self.scroll.sizeHint().height()

        def wanted(page: QWidget) -> QSize:
            content = page.sizeHint()
            return QSize(
                content.width() + margins.left() + margins.right(), content.height() + below
            )

        def fits(size: QSize) -> bool:
            return fitted_size(size, available, FRAME_ALLOWANCE, FIRST_MARGIN) == size

        def fits_width(size: QSize) -> bool:
            return fits(QSize(size.width(), 0))

        pages: dict[int, QWidget] = {}

        def page_of(count: int) -> QWidget:
            if count not in pages:
                pages[count] = self._page(count)
            return pages[count]

        count = next((n for n in range(2, MOST_COLUMNS + 1) if fits(wanted(page_of(n)))), None)
        if count is None:
            # As many columns as the screen is wide for, for the least to scroll; one on
            # a narrow screen, which then scrolls down only.
            wide = [n for n in range(1, MOST_COLUMNS + 1) if fits_width(wanted(page_of(n)))]
            count = max(wide, default=1)
        page = page_of(count)
        self.scroll.setWidget(page)
        size = wanted(page)
        fitted = fitted_size(size, available, FRAME_ALLOWANCE, FIRST_MARGIN)
        # Off where the columns fit: sized to the pixel, the scroll area showed both bars,
        # each taking the room the other needed.
        off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        self.scroll.setHorizontalScrollBarPolicy(off)
        self.scroll.setVerticalScrollBarPolicy(off)
        if not fits_width(size):
            # One column wider than the screen (640 px at 175 %): what the keys do wraps,
            # and only the length scrolls.
            for label in page.findChildren(QLabel):
                label.setWordWrap(True)
        if fitted.height() < size.height():
            # A vertical scroll bar takes width from the columns: as much more is asked
            # for, so that only the length scrolls, not the width as well; and the line
            # saying there is more takes its height.
            self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
            self.more_below.show()
            extra = self.more_below.sizeHint().height() + layout.spacing()
            size = QSize(size.width() + bar, size.height() + extra)
            fitted = fitted_size(size, available, FRAME_ALLOWANCE, FIRST_MARGIN)
        self.resize(fitted)

    def columns(self) -> int:
        """How many columns the groups are shown in."""
        page = self.scroll.widget()
        return 0 if page is None else page.layout().count()

    def rows(self) -> list[tuple[str, tuple[str, ...], str]]:
        """(group, keys, what they do), in the order shown."""
        return list(self._rows)

    def _columns(self, count: int) -> list[list[str]]:
        """The group titles in `count` columns of about as many lines, in their order."""
        lines = {g.title: 1 + sum(1 for r in self._rows if r[0] == g.title) for g in self._groups}
        share = sum(lines.values()) / count
        columns: list[list[str]] = [[]]
        for group in self._groups:
            filled = sum(lines[t] for t in columns[-1])
            if columns[-1] and filled + lines[group.title] / 2 > share and len(columns) < count:
                columns.append([])
            columns[-1].append(group.title)
        return columns

    def _table(self, titles: list[str]) -> str:
        cap = self.palette().color(QPalette.ColorRole.AlternateBase).name()
        parts = ['<table cellspacing="0" cellpadding="1">']
        for title in titles:
            top = "" if title == titles[0] else ' style="padding-top:10px"'
            parts.append(f'<tr><td colspan="2"{top}><b>{html.escape(title)}</b></td></tr>')
            for group, keys, what in self._rows:
                if group != title:
                    continue
                caps = "&nbsp;".join(
                    f'<span style="background-color:{cap}">&nbsp;{html.escape(k)}&nbsp;</span>'
                    for k in keys
                )
                parts.append(
                    f'<tr><td align="right" style="white-space:nowrap">{caps}</td>'
                    f"<td>{html.escape(what)}</td></tr>"
                )
        parts.append("</table>")
        return "".join(parts)
