"""Colours shared by the list, the detail pane, the sidebar and the dialogs.

Each colour that is read (text, a bar, a cell) is a `Tone`: the colour desk has always
drawn on a light theme, and a lighter one for a dark theme (Windows 11 in dark mode, or a
high-contrast theme), where the saturated red and blue of the light one sank into the
background. Whichever is drawn is chosen by the background it is drawn on, when it is
drawn, so that a switch of the system's colours mid-day changes them too.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from desk.core.contrast import MARK_CONTRAST, TEXT_CONTRAST, Rgb, is_dark, legible
from desk.core.messages import Role, Tier
from desk.ui.line_height import line_height


def rgb(colour: QColor) -> Rgb:
    return (colour.red(), colour.green(), colour.blue())


def dark_background(colour: QColor) -> bool:
    return is_dark(rgb(colour))


class Tone(NamedTuple):
    """A colour as drawn on a light background, and its counterpart on a dark one."""

    light: QColor
    dark: QColor

    def on(self, background: QColor, minimum: float = TEXT_CONTRAST) -> QColor:
        """The light colour, as always, on a light background; on a dark one the dark
        colour, made lighter still where the background asks it (high contrast's black)."""
        if not dark_background(background):
            return QColor(self.light)
        return QColor(*legible(rgb(self.dark), rgb(background), minimum))


def _tone(light: str, dark: str) -> Tone:
    return Tone(QColor(light), QColor(dark))


# The dark ones are the tints Google's own dark themes give these colours.
TIER_TONES = {
    Tier.URGENT: _tone("#d93025", "#f28b82"),
    Tier.ACTION: _tone("#e8710a", "#fcad70"),
    Tier.INFO: _tone("#1a73e8", "#8ab4f8"),
    Tier.NOISE: _tone("#9aa0a6", "#bdc1c6"),
}
# A card's last line (why it is in its tier): a shade darker than the tier on a light card.
SUMMARY_TONES = {tier: Tone(tone.light.darker(130), tone.dark) for tier, tone in TIER_TONES.items()}
ERROR = _tone("#d93025", "#f28b82")
REFUSED = _tone("#b3261e", "#f2b8b5")
WARNING = _tone("#b06000", "#fdd663")
# Google's grey 700: CSS's gray (#808080) was 3.4:1 on a light window, under the 4.5 text
# needs (a review, of the quiet line where the DING banner comes).
NOTE = _tone("#5f6368", "#a0a0a0")
# Greyed on purpose (a list that does not count for now), yet still to be read.
MUTED = _tone("#b8b8b8", "#808080")

# Boxes with white words in them: legible on any theme, the box being its own background.
ROLE_COLOURS = {
    Role.OWNER: QColor("#b06000"),
    Role.ADMIN: QColor("#188038"),
    Role.MEMBER: QColor("#80868b"),
}
DING_COLOUR = QColor("#d93025")
# A DING the user sent: information's blue, not the red of one waiting for them.
SENT_DING_COLOUR = QColor("#1a73e8")
# Where a search matched: a highlighter's yellow box with near-black words in it, its own
# background as a badge's is. The palette's Highlight is the selection's colour, which a
# selected card is painted in: a mark in it vanished there. 11:1 on any theme.
MATCH_BOX = QColor("#fdd663")
MATCH_TEXT = QColor("#202124")


def tier_mark(tier: Tier, background: QColor) -> QColor:
    """The tier's colour for a mark that is not text (a card's bar)."""
    return TIER_TONES[tier].on(background, MARK_CONTRAST)


def follows_palette(event: QEvent) -> bool:
    """Whether `event` tells a widget that the colours it is drawn in have changed."""
    return event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


class _ToneKeeper(QObject):
    """Sets its widget's text colour from a tone, and again on each palette change."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.setObjectName("toneKeeper")
        self._widget = widget
        self.tone: Tone | None = None
        self.minimum = TEXT_CONTRAST
        widget.installEventFilter(self)

    def apply(self) -> None:
        widget = self._widget
        if self.tone is None:
            # Nothing of its own: every colour from its parent and the theme again.
            widget.setPalette(QPalette())
            return
        colour = self.tone.on(widget.palette().color(widget.backgroundRole()), self.minimum)
        # Only the text roles are set: the rest still follows the theme.
        palette = QPalette()
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            palette.setColor(role, colour)
        # (Setting an equal palette sends no PaletteChange: this does not run again.)
        widget.setPalette(palette)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and follows_palette(event):
            self.apply()
        return False


def set_tone(widget: QWidget, tone: Tone | None, minimum: float = TEXT_CONTRAST) -> None:
    """Colours `widget`'s text with `tone` (None: the theme's own colour), chosen for the
    background it is on and chosen again when the theme changes. Not a style sheet's
    `color:`: Qt stops sending a widget under a style sheet its palette changes, and a
    switch to dark left it, and the links in it, in the light theme's colours."""
    keeper = widget.findChild(_ToneKeeper, "toneKeeper", Qt.FindChildOption.FindDirectChildrenOnly)
    if keeper is None:
        if tone is None:
            return
        keeper = _ToneKeeper(widget)
    keeper.tone, keeper.minimum = tone, minimum
    keeper.apply()


class _FixedLook(QObject):
    """Draws its field as fixed (see `show_fixed`), again on each palette change."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.setObjectName("fixedLook")
        self._widget = widget
        widget.installEventFilter(self)
        self.apply()

    def apply(self) -> None:
        # From the theme's palette, not the field's own: that is this one's, once set.
        theme = QPalette()
        window = theme.color(QPalette.ColorRole.Window)
        palette = QPalette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Base, window)
            # The window's text colour on the window's colour: readable as its labels are.
            text = theme.color(QPalette.ColorRole.WindowText)
            palette.setColor(group, QPalette.ColorRole.Text, text)
        # (Setting an equal palette sends no PaletteChange: this does not run again.)
        self._widget.setPalette(palette)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and follows_palette(event):
            self.apply()
        return False


def show_fixed(field: QWidget) -> None:
    """Draws a read-only field as one that is fixed, not to be typed in: its box in the
    window's own colour, as Windows draws a read-only box, its words in the window's text
    colour. Not greyed words: in a grey they read as a placeholder beside the user id's
    (@zhangsan:example.gov.cn), an example to type over. Not disabled, which greys it
    further and takes away selecting and copying its words, nor a style sheet, which
    stops the palette changes a switch of theme sends (see `set_tone`). Locked by the
    policy, the server field looked like any other and typing in it did nothing (from
    review)."""
    if field.findChild(_FixedLook, "fixedLook", Qt.FindChildOption.FindDirectChildrenOnly):
        return
    _FixedLook(field)


def error_line(name: str) -> QLabel:
    """A composer's line saying why what is written cannot be sent, named `name`: in the
    refused tone, wrapped, its one line kept while it is hidden. A complaint that comes
    and goes must not move the fields under the mouse (a wheel turning the DING's
    deadline went on into the text once the fields had jumped)."""
    error = QLabel()
    error.setObjectName(name)
    set_tone(error, REFUSED)
    error.setWordWrap(True)
    error.setMinimumHeight(math.ceil(line_height(error.font())))
    policy = error.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    error.setSizePolicy(policy)
    return error
