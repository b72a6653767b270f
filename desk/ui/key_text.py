"""Keys and menu texts as desk writes them to the user: a key sequence (Ctrl+1, Alt+↓), a
menu's or button's words without their mnemonic, an action's keys and name.

Apart from the dialog that lists every key (desk.ui.shortcuts_dialog): the window writes
keys into its tips and menus from its first paint, and opens that dialog only on F1
(issue 8).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton

# A mnemonic in brackets after the words, as Chinese menus write it: 设置(&S).
_CJK_MNEMONIC = re.compile(r"[(（]&[^&][)）]")
# The keypad's Enter does what Return does: listed once (both are printed Enter).
_KEYPAD_ENTER = QKeySequence(Qt.Key.Key_Enter)
# Keys from F13 on (Help, Find, Undo, Stop...) are on few keyboards; the platform's
# standard bindings name them too (X11: 帮助, 查找, 撤销, F14), which only cluttered the list.
_PAST_A_PC_KEYBOARD = Qt.Key.Key_F13.value
_ARROWS = {Qt.Key.Key_Up: "↑", Qt.Key.Key_Down: "↓", Qt.Key.Key_Left: "←", Qt.Key.Key_Right: "→"}


def on_a_pc_keyboard(key: QKeySequence) -> bool:
    """Whether a key sequence can be typed on an ordinary PC keyboard."""
    return all(key[i].key().value < _PAST_A_PC_KEYBOARD for i in range(key.count()))


# Keys, and what they do.
Row = tuple[tuple[str, ...], str]


# Keys as a Chinese office PC's keyboard prints them, in English whatever the language:
# Qt's names (Return, Del, Ins) and its catalogs' (回车, 退格, 刪除鍵 (Del)) matched no
# key the user could find (F1 said Return for Enter, a tester).
_PRINTED = {
    Qt.Key.Key_Return: "Enter",
    Qt.Key.Key_Enter: "Enter",
    Qt.Key.Key_Escape: "Esc",
    Qt.Key.Key_Delete: "Delete",
    Qt.Key.Key_Insert: "Insert",
    Qt.Key.Key_Backspace: "Backspace",
    Qt.Key.Key_PageUp: "PgUp",
    Qt.Key.Key_PageDown: "PgDn",
}


def key_text(key: QKeySequence) -> str:
    """A key sequence as the keyboard prints it (Ctrl+Enter, Delete, Esc; see `_PRINTED`),
    the same in every language; a letter pressed alone in lower case, as it is typed: J
    beside Shift+C read as if it too took Shift (a tester); an arrow key as an arrow
    (Alt+↓), as the list's own ↑↓ are: Qt's zh_CN words, 下方向, read as something else
    beside them (a tester)."""
    portable = QKeySequence.SequenceFormat.PortableText
    said = []
    for i in range(key.count()):
        combo = key[i]
        # Qt's untranslated names, modifiers first (Ctrl+Shift+), then the key's own.
        whole = QKeySequence(combo).toString(portable)
        name = QKeySequence(combo.key()).toString(portable)
        printed = _PRINTED.get(combo.key()) or _ARROWS.get(combo.key()) or name
        said.append(whole.removesuffix(name) + printed)
    text = ", ".join(said)
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


# An action's name where its menu text says more (DING 未报的：请先选中您发出的…, greyed
# out): F1 lists the action by it.
LISTED_AS = "listed_as"


def action_name(action: QAction) -> str:
    """The action's name (`LISTED_AS`) or menu text, as `plain_text` says it."""
    listed = action.property(LISTED_AS)
    return plain_text(listed if isinstance(listed, str) and listed else action.text())


def plain_text(text: str) -> str:
    """A menu's or a button's text without its mnemonic or its trailing dots: a Chinese
    mnemonic, 设置(&S), goes with its brackets (设置(S) read as if S opened it)."""
    text = _CJK_MNEMONIC.sub("", text).strip()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…")


def mnemonic_rows(buttons: Sequence[QAbstractButton], where: str) -> tuple[Row, ...]:
    """Alt and a button's underlined letter, as a row (Alt+A, 确认收到 (DING banner)):
    `where` says where the button is, with %1 for its words."""
    return tuple(
        ((key_text(key),), where.replace("%1", plain_text(button.text())))
        for button in buttons
        if not (key := QKeySequence.mnemonic(button.text())).isEmpty()
    )
