"""A one-line label that elides its text to the room it is given."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """Plain text that elides on the right when it is given less room than it asks for,
    again on every resize: a plain QLabel clips it, mid-glyph (坐镇 became 坐 and half a 镇).
    A text may come with a short wording, shown instead of the whole where the whole does
    not fit: a few words whole say more than the start of a sentence cut off.
    With `tips`, its tooltip then holds the whole text (before `extra_tip`, if any, unless
    that holds it); without, the tooltip is its owner's to set.
    A text may name a word of it as a link (its last place, where eliding left it): its
    click comes as QLabel's linkActivated."""

    def __init__(
        self, least_chars: int = 1, parent: QWidget | None = None, *, tips: bool = True
    ) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._full = ""
        self._short = ""
        self._link = ""
        # What is shown of the text, as plain text (a link makes the label's rich text).
        self._shown = ""
        self._extra_tip = ""
        self._least_chars = least_chars
        self._tips = tips
        self._whole = False
        self._at_breaks = False

    def elide_at_breaks(self, at_breaks: bool) -> None:
        """Elides after a whole word or number (at a space, 、 ， · or an opening
        bracket), not inside one: the digest's line ended 通… of 通知 134 (a tester)."""
        self._at_breaks = at_breaks
        self._elide()

    def full_text(self) -> str:
        return self._full

    def short_text(self) -> str:
        return self._short

    def set_full_text(self, text: str, short: str = "", link: str = "") -> None:
        """Shows `text`, or `short` where `text` does not fit whole; the word `link` in
        it as a link."""
        self._full = text
        self._short = short
        self._link = link
        # What a screen reader says: the whole text, not what fits.
        self.setAccessibleName(text)
        self.updateGeometry()
        self._elide()

    def keep_whole(self, whole: bool) -> None:
        """Never elides while `whole`: given room before the labels beside it that do."""
        self._whole = whole
        self.updateGeometry()

    def is_elided(self) -> bool:
        return self._shown != self._full

    def set_extra_tip(self, tip: str) -> None:
        self._extra_tip = tip
        self._elide()

    def sizeHint(self) -> QSize:
        return self._width_for(self._full)

    def minimumSizeHint(self) -> QSize:
        # The first few characters and the ellipsis: what it is about ("离线…"), and the
        # tooltip says the rest.
        if self._whole:
            return self.sizeHint()
        least = self._full[: self._least_chars]
        return self._width_for(least + "…" if least != self._full else least)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A larger text size in the same width: cut again, in the new font.
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
            self._elide()

    def _width_for(self, text: str) -> QSize:
        self.ensurePolished()  # measured in the font a style sheet may set
        margins = self.contentsMargins()
        # Eliding measures the shaped text, which may come out a pixel wider than its
        # advance: without the spare pixels a text given all it asked for lost a word.
        extra = margins.left() + margins.right() + 2 * self.margin() + 2
        height = super().sizeHint().height()
        return QSize(self.fontMetrics().horizontalAdvance(text) + extra, height)

    def _elide(self) -> None:
        self.ensurePolished()  # measured in the font a style sheet may set (bold)
        room = self.contentsRect().width() - 2 * self.margin()
        metrics = self.fontMetrics()
        said = self._full
        if self._short and metrics.horizontalAdvance(said) > room:
            said = self._short
        shown = metrics.elidedText(said, Qt.TextElideMode.ElideRight, room)
        if self._at_breaks and shown != said:
            shown = _at_a_break(said, shown)
        self._shown = shown
        self._show(shown, said)
        if not self._tips:
            return
        # Not where the extra tip says it already: the digest's opens with its line,
        # which then came twice (a tester).
        cut = shown != self._full and self._full not in self._extra_tip
        tips = [self._full] if cut else []
        if self._extra_tip:
            tips.append(self._extra_tip)
        self.setToolTip("\n\n".join(tips))

    def _show(self, shown: str, said: str) -> None:
        """`shown` (`said` elided) as plain text, or with its link where eliding kept
        the link's word: its last place in `said`, not the same word earlier in what the
        text quotes (撤销 in a notice's title, where "按 Ctrl+Z 撤销" was cut off)."""
        at = said.rfind(self._link) if self._link else -1
        if at >= 0 and shown[: at + len(self._link)] != said[: at + len(self._link)]:
            at = -1
        if at < 0:
            self.setTextFormat(Qt.TextFormat.PlainText)
            super().setText(shown)
            return
        # The whole word in a language that inflects it (undo in "Ctrl+Z undoes").
        end = at + len(self._link)
        while end < len(shown) and shown[end].isascii() and shown[end].isalpha():
            end += 1
        esc = html.escape
        self.setTextFormat(Qt.TextFormat.RichText)
        super().setText(
            f"{esc(shown[:at])}<a href='link'>{esc(shown[at:end])}</a>{esc(shown[end:])}"
        )


# Where a line may be cut whole: after a space or a list's separator, before a bracket.
_AFTER = " 、，,；;·"
_BEFORE = "（("


def _at_a_break(said: str, shown: str) -> str:
    """`shown`, `said` elided ("…" last), cut back to its last break: the words before
    it whole and "…"; as it is where no break is left (its first word alone)."""
    kept = shown[:-1] if shown.endswith("…") else shown
    if said.startswith(kept) and len(kept) < len(said):
        nxt = said[len(kept)]
        if kept and (kept[-1] in _AFTER or nxt in _BEFORE or nxt in _AFTER):
            return kept.rstrip() + "…"
    for at in range(len(kept) - 1, 0, -1):
        if kept[at] in _BEFORE:
            return kept[:at].rstrip() + "…"
        if kept[at - 1] in _AFTER:
            return kept[:at].rstrip() + "…"
    return shown
