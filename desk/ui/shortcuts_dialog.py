"""Help → Keyboard shortcuts: every key the window has, grouped, read from the window's own
actions when the dialog opens, so that it says what the keys do now."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
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

from desk.ui.screen_fit import FIRST_MARGIN, FRAME_ALLOWANCE, fitted_size

# A mnemonic in brackets after the words, as Chinese menus write it: 设置(&S).
_CJK_MNEMONIC = re.compile(r"[(（]&[^&][)）]")
# The keypad's Enter does what Return does: said once, as Return.
_KEYPAD_ENTER = QKeySequence(Qt.Key.Key_Enter)
# Keys from F13 on (Help, Find, Undo, Stop...) are on few keyboards; the platform's
# standard bindings name them too (X11: 帮助, 查找, 撤销, F14), which only cluttered the list.
_PAST_A_PC_KEYBOARD = Qt.Key.Key_F13.value
_ARROWS = {Qt.Key.Key_Up: "↑", Qt.Key.Key_Down: "↓", Qt.Key.Key_Left: "←", Qt.Key.Key_Right: "→"}


def on_a_pc_keyboard(key: QKeySequence) -> bool:
    """Whether a key sequence can be typed on an ordinary PC keyboard."""
    return all(key[i].key().value < _PAST_A_PC_KEYBOARD for i in range(key.count()))


@dataclass(frozen=True, slots=True)
class ShortcutGroup:
    """A heading and its keys: the actions' own, then `extra`, keys a widget handles
    itself (the list's arrows), as (keys, what they do)."""

    title: str
    actions: tuple[QAction, ...]
    extra: tuple[tuple[tuple[str, ...], str], ...] = ()


def key_text(key: QKeySequence) -> str:
    """A key sequence as the platform writes it (Ctrl+1); a letter pressed alone in lower
    case, as it is typed: J beside Shift+C read as if it too took Shift (a tester); an
    arrow key as an arrow (Alt+↓), as the list's own ↑↓ are: Qt's zh_CN words, 下方向,
    read as something else beside them (a tester)."""
    text = key.toString(QKeySequence.SequenceFormat.NativeText)
    if key.count() == 1 and key[0].key() in _ARROWS:
        name = QKeySequence(key[0].key()).toString(QKeySequence.SequenceFormat.NativeText)
        return text.removesuffix(name) + _ARROWS[key[0].key()]
    return text.lower() if len(text) == 1 and "A" <= text <= "Z" else text


def action_keys(action: QAction) -> tuple[str, ...]:
    """The action's keys as the platform writes them (see key_text), each once."""
    return tuple(
        dict.fromkeys(
            key_text(key)
            for key in action.shortcuts()
            if key != _KEYPAD_ENTER and on_a_pc_keyboard(key)
        )
    )


def action_name(action: QAction) -> str:
    """The action's menu text without its mnemonic or its trailing dots: a Chinese
    mnemonic, 设置(&S), goes with its brackets (设置(S) read as if S opened it)."""
    text = _CJK_MNEMONIC.sub("", action.text())
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…")


class ShortcutsDialog(QDialog):
    """The groups in two columns, each key drawn as a key cap; Esc or Close closes it.
    The columns scroll where the screen is too small for them: at 150 % on 1366 × 768 the
    dialog was 829 px tall, its last rows and Close below the screen (a tester)."""

    def __init__(self, groups: Sequence[ShortcutGroup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self._rows = [
            (group.title, keys, what)
            for group in groups
            for keys, what in (
                *((action_keys(a), action_name(a)) for a in group.actions if a.shortcuts()),
                *group.extra,
            )
        ]
        page = QWidget()
        columns = QHBoxLayout(page)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(24)
        for column in self._columns(groups):
            label = QLabel(self._table(column))
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            columns.addWidget(label)
        self.scroll = QScrollArea()
        self.scroll.setWidget(page)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll)
        layout.addWidget(buttons)
        self._size_to_screen(page, buttons)

    def _size_to_screen(self, page: QWidget, buttons: QWidget) -> None:
        """All the columns if the screen's free area (without the taskbar, with room for
        the title bar) holds them, else as much as it holds: the rest scrolls. A scroll
        area's own size hint stops at 24 lines, so the size is worked out here."""
        # Polished first: the window's style sheet, met only then, changes the labels' size.
        self.ensurePolished()
        layout = self.layout()
        margins = layout.contentsMargins()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        content = page.sizeHint()
        # Below the columns: the style's spacing, Close and the margins, as the layout has them.
        below = layout.sizeHint().height() - self.scroll.sizeHint().height()
        wanted = QSize(content.width() + margins.left() + margins.right(), content.height() + below)
        available = self.screen().availableGeometry()
        fitted = fitted_size(wanted, available, FRAME_ALLOWANCE, FIRST_MARGIN)
        if fitted.height() < wanted.height():
            # A vertical scroll bar takes width from the columns: as much more is asked
            # for, so that only the length scrolls, not the width as well.
            wider = QSize(wanted.width() + bar, wanted.height())
            fitted = fitted_size(wider, available, FRAME_ALLOWANCE, FIRST_MARGIN)
        self.resize(fitted)

    def rows(self) -> list[tuple[str, tuple[str, ...], str]]:
        """(group, keys, what they do), in the order shown."""
        return list(self._rows)

    def _columns(self, groups: Sequence[ShortcutGroup]) -> list[list[str]]:
        """The group titles in two columns of about as many lines, in their order."""
        lines = {g.title: 1 + sum(1 for r in self._rows if r[0] == g.title) for g in groups}
        half = sum(lines.values()) / 2
        left: list[str] = []
        for group in groups:
            if sum(lines[t] for t in left) >= half:
                break
            left.append(group.title)
        return [left, [g.title for g in groups if g.title not in left]]

    def _table(self, titles: list[str]) -> str:
        cap = self.palette().color(QPalette.ColorRole.AlternateBase).name()
        parts = ['<table cellspacing="0" cellpadding="3">']
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
