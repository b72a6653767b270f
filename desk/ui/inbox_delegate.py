"""Paints one inbox card: tier bar, group, sender with role badge, time, preview, summary;
while a search is shown, its words marked in the header and the preview."""

from __future__ import annotations

from collections import OrderedDict, deque
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPalette,
    QRegion,
    QStaticText,
    QTextLayout,
    QTransform,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desk.core.clock import Clock
from desk.core.match_spans import Needle, Span, around_first, on_line, one_line, within
from desk.core.messages import Tier
from desk.core.placeholders import fill
from desk.core.reasons import replied
from desk.store.inbox import InboxRow, named_spans, search_needle
from desk.ui.card_text import (
    acker_spans,
    draft_mark,
    due_late,
    due_text,
    message_text,
    named_first,
    re_ding_text,
    role_label,
    short_time,
    summary,
)
from desk.ui.inbox_model import DRAFT_ROLE, REST_STARTS_ROLE, ROW_ROLE
from desk.ui.style import (
    DING_COLOUR,
    MATCH_BOX,
    MATCH_TEXT,
    NOTE,
    REFUSED,
    ROLE_COLOURS,
    SENT_DING_COLOUR,
    SUMMARY_TONES,
    tier_mark,
)
from desk.ui.utf16 import in_utf16

_PAD = 8
_BAR = 4
# The line above a search's first card after its notices and tasks.
_REST_LINE = 2
# Laid-out cards kept: a few screenfuls. Shaping and eliding Chinese text is most of
# what painting a card costs; a repaint (a new message above, a selection move) then
# only draws glyphs already laid out.
LAYOUT_CACHE = 256
# Badges' words laid out, kept: DING, 未确认 and the roles, in the sizes the list is shown at.
BADGE_CACHE = 32
# Cards laid out ahead (see InboxDelegate.warm) at each turn of the event loop: a few ms.
WARM_STEP = 2


def _static(text: str) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    return static


def _ages(row: InboxRow, confirm_within: timedelta | None) -> bool:
    """Whether the card's last line reads differently as time passes: a due time nears
    (its reasons, or `due_text`, say how long is left), or the time a DING is to be
    confirmed by (`confirm_text`)."""
    return (
        (row.deadline is not None and row.tier.asks_action)
        or any(reason.code == "deadline_soon" for reason in row.reasons)
        or (row.ding and row.pinned and confirm_within is not None)
    )


def _elided(metrics: QFontMetrics, text: str, width: int) -> str:
    # Eliding measures (shapes) the whole string: a long notice costs milliseconds. No
    # glyph is narrower than 2 px, so what lies beyond width / 2 characters can never
    # show; but a line of Chinese ends some 40 characters in, where width / 2 shaped 280
    # (a third of a card's layout, the first view switch's and a flood's on the GUI
    # thread; issue 8). First a prefix of 1.5 lines of average characters: cut within
    # it, it is cut where the whole text would be (the cut depends on what comes before
    # it alone); where it fits whole (narrow characters), the text up to width / 2.
    width = max(width, 0)
    limit = width // 2 + 1
    if len(text) > limit:
        guess = 3 * width // (2 * max(1, metrics.averageCharWidth())) + 8
        if guess < limit:
            tried = text[:guess] + "…"
            cut = metrics.elidedText(tried, Qt.TextElideMode.ElideRight, width)
            if cut != tried:
                return cut
        text = text[:limit] + "…"
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def _shown(line: str, elided: str) -> int:
    """How many of `line`'s first characters its elided form shows (the rest, an ellipsis)."""
    return len(line) if elided == line else max(0, len(elided) - 1)


def _preview(
    metrics: QFontMetrics, text: str, width: int, needle: Needle | None
) -> tuple[str, tuple[Span, ...]]:
    """The text's one line in `width`, and where the search's needle lies in it: from
    a little ahead of its first match where the line's start left the match out of
    sight (a long notice that matched near its end showed no sign of why)."""
    line = one_line(text)
    preview = _elided(metrics, line, width)
    spans = needle.spans(text) if needle is not None else ()
    if not spans:
        return preview, ()
    fits = _shown(line, preview)
    # The first match says where the line starts; the rest are moved onto it only as far
    # as it is shown.
    first = on_line(text, spans[:1])
    if not first or first[0][1] <= fits:
        return preview, within(on_line(text, spans, upto=fits), fits)
    # A quarter of the line before the match says what it is about.
    line, moved = around_first(line, first, fits, fits // 4)
    shift = moved[0][0] - first[0][0]
    preview = _elided(metrics, line, width)
    shown = _shown(line, preview)
    later = on_line(text, spans, upto=shown - shift)
    return preview, within(tuple((s + shift, e + shift) for s, e in later), shown)


def _marks(text: str, spans: tuple[Span, ...], font: QFont) -> tuple[tuple[float, float], ...]:
    """Where each span of `text` begins and ends across its line in `font`, as drawn,
    left to right (in right-to-left words a span's start lies right of its end): laid out
    once with the card, not at each paint."""
    if not spans:
        return ()
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e6)
    layout.endLayout()
    xs = (
        (line.cursorToX(start)[0], line.cursorToX(end)[0]) for start, end in in_utf16(text, spans)
    )
    return tuple((min(a, b), max(a, b)) for a, b in xs)


def _draw_marked(
    painter: QPainter,
    area: QRect,
    at: QPointF,
    text: QStaticText,
    marks: tuple[tuple[float, float], ...],
    line_h: int,
) -> None:
    """Draws `text` at `at` in the painter's pen, and within `marks` (see `_marks`) in
    the words of a box of MATCH_BOX: a box, not only a colour of the words, stands out
    to eyes that tell colours apart poorly, on a light theme and a dark one."""
    for box in _boxes(at, marks, line_h):
        painter.fillRect(box, MATCH_BOX)
    _draw_toned(painter, area, at, text, marks, line_h, MATCH_TEXT)


def _mark_over(
    painter: QPainter,
    at: QPointF,
    text: QStaticText,
    marks: tuple[tuple[float, float], ...],
    line_h: int,
) -> None:
    """Marks `marks` of `text`, drawn at `at` already in its own tones (see `_draw_toned`):
    a box of MATCH_BOX over them, and their words again on it in MATCH_TEXT."""
    if not marks:
        return
    inside = QRegion()
    painter.save()
    for box in _boxes(at, marks, line_h):
        painter.fillRect(box, MATCH_BOX)
        inside = inside.united(box)
    painter.setClipRegion(inside)
    painter.setPen(MATCH_TEXT)
    painter.drawStaticText(at, text)
    painter.restore()


def _boxes(at: QPointF, marks: tuple[tuple[float, float], ...], line_h: int) -> list[QRect]:
    """The boxes around `marks` on a line drawn at `at`: a pixel above and below the line,
    as a badge's, for Chinese from a fallback font taller than the line."""
    return [
        QRectF(at.x() + start, at.y() - 1, end - start, line_h + 2).toAlignedRect()
        for start, end in marks
    ]


def _draw_toned(
    painter: QPainter,
    area: QRect,
    at: QPointF,
    text: QStaticText,
    marks: tuple[tuple[float, float], ...],
    line_h: int,
    colour: QColor,
) -> None:
    """Draws `text` at `at` in the painter's pen, and within `marks` (see `_marks`) in
    `colour`: the words are laid out once; drawn twice, each time clipped to its part, so
    they keep their places where the colour changes."""
    if not marks:
        painter.drawStaticText(at, text)
        return
    inside = QRegion()
    for box in _boxes(at, marks, line_h):
        inside = inside.united(box)
    painter.save()
    painter.setClipRegion(QRegion(area).subtracted(inside))
    painter.drawStaticText(at, text)
    painter.setClipRegion(inside)
    painter.setPen(colour)
    painter.drawStaticText(at, text)
    painter.restore()


# A group's first characters a card keeps before its sender, its badges or its role
# give way further: groups are named from the county down (桐坪镇机关干部工作群,
# 桐坪镇机关工会群), and six say which one it is where the rest of the line cannot.
GROUP_LEAST = 6


# The characters of the group and of the sender a card's header keeps before its time
# gives way: 云岫区… · 区应急… tells a notice's origin, 云… · 区… did not (a tester).
TIME_LEAST = 3


def _group_least(group: str) -> str:
    """What of `group` a card's header keeps at the least: its first GROUP_LEAST characters
    and an ellipsis, or the whole name where that is hardly longer."""
    return group if len(group) <= GROUP_LEAST + 1 else group[:GROUP_LEAST] + "…"


def _header(metrics: QFontMetrics, group: str, sender: str, width: int) -> tuple[str, int]:
    """ "group · sender" in `width`, and where the sender starts in it. The group gives way
    first, down to its first characters (`_group_least`), since the sender is who to
    answer; past that the two share the room, each cut at its end: at 175 % the group
    cut to "…" left a tester unable to tell where a notice came from, the thing an
    official reads first. The tooltip and the reading pane give both names whole."""
    full = f"{group} · {sender}"
    if metrics.horizontalAdvance(full) <= width:
        return full, len(group) + len(" · ")
    tail = f" · {sender}"
    room = width - metrics.horizontalAdvance(tail)
    if room >= metrics.horizontalAdvance(_group_least(group)):
        shown = _elided(metrics, group, room)
        return shown + tail, len(shown) + len(" · ")
    # Half each; the one that needs less than half leaves the rest to the other.
    room = width - metrics.horizontalAdvance(" · ")
    half = room // 2
    if metrics.horizontalAdvance(sender) <= half:
        group_room = room - metrics.horizontalAdvance(sender)
    else:
        group_room = min(half, metrics.horizontalAdvance(_group_least(group)))
    head = f"{_elided(metrics, group, group_room)} · "
    return head + _elided(metrics, sender, width - metrics.horizontalAdvance(head)), len(head)


def _named(header: str, sender_at: int, sender: str, needle: Needle | None) -> tuple[Span, ...]:
    """Where the search's needle names the sender in the header (see `named_spans`); never
    in the group's name, which the store does not search."""
    found = named_spans(sender, header[sender_at:], needle)
    return tuple((s + sender_at, e + sender_at) for s, e in found)


# Records, not dataclasses: built at the start (the first paint lays cards out), a frozen
# dataclass costs about 1 ms of the GUI thread to create, a NamedTuple a tenth (issue 8).
class _Badge(NamedTuple):
    x: int  # from the card's left edge
    width: int
    text: QStaticText
    colour: QColor


class _Card(NamedTuple):
    """A card's texts, elided and laid out once for its row, width, font, day and the
    search shown (and minute, for a card whose reasons age); where the search's needle
    lies in its header and preview, as spans of their characters and across the line."""

    row: InboxRow
    needle: Needle | None
    again: bool
    drafted: bool
    width: int
    font: QFont
    day: date
    minute: datetime | None
    line_h: int
    badge_font: QFont
    badges: tuple[_Badge, ...]
    when: QStaticText
    when_x: int
    header: QStaticText
    header_x: int
    header_spans: tuple[Span, ...]
    header_marks: tuple[tuple[float, float], ...]
    # [草稿] before the preview of a card a reply is written for and not sent, and where
    # the preview starts after it.
    draft: QStaticText | None
    preview_x: int
    preview: QStaticText
    preview_spans: tuple[Span, ...]
    preview_marks: tuple[tuple[float, float], ...]
    small: QFont
    summary: QStaticText
    # Where the search's needle names someone who acknowledged the card in its last line
    # (the store lists a card for their 收到).
    summary_spans: tuple[Span, ...]
    summary_marks: tuple[tuple[float, float], ...]
    # Where the last line states the card's due time, and whether that time has passed:
    # drawn red only then (see `paint`).
    due_marks: tuple[tuple[float, float], ...]
    due_late: bool


class _LastLine(NamedTuple):
    """A card's last line, laid out (see `_Card`)."""

    summary: QStaticText
    summary_spans: tuple[Span, ...]
    summary_marks: tuple[tuple[float, float], ...]
    due_marks: tuple[tuple[float, float], ...]
    due_late: bool


class InboxDelegate(QStyledItemDelegate):
    def __init__(self, tz: ZoneInfo, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._clock = clock
        self._cards: OrderedDict[int, _Card] = OrderedDict()
        # By words and font (QFont.key): see _badge_label.
        self._badges: dict[tuple[str, str], tuple[int, QStaticText]] = {}
        # Cards to lay out ahead, in the width and font given (see warm).
        self._ahead: deque[InboxRow] = deque()
        self._ahead_in: tuple[int, QFont] = (0, QFont())
        self._ahead_timer = QTimer(self)
        self._ahead_timer.setInterval(0)
        self._ahead_timer.timeout.connect(self._warm_step)
        self._scratch: QImage | None = None
        self._needle: Needle | None = None
        # Whether a card's time is when its notice came again (see set_came_again).
        self._again = False
        self._confirm_within: timedelta | None = None

    def set_confirm_within(self, within: timedelta | None) -> None:
        """How long a DING naming no time has to be confirmed (see card_text.confirm_text):
        every card is laid out again as it is next painted."""
        if within != self._confirm_within:
            self._confirm_within = within
            self._cards.clear()

    def set_search(self, typed: str) -> None:
        """Marks where the search `typed` matched in each card from its next paint on;
        none for an empty one. Each card is laid out again once, as it is next painted."""
        self._needle = search_needle(typed)

    def set_came_again(self, again: bool) -> None:
        """Whether a card's time is when its notice was last posted again in its group,
        marked so (08:23 再次发送), from its next paint on: in the lists of what quiet hours
        held and of what came while away, where it came then, a re-sent notice said only
        its first post (12-07 08:40) among the morning's (a tester). The inbox's other
        views keep its first post's time: they list by rank."""
        self._again = again

    def warm(self, rows: Iterable[InboxRow], width: int, font: QFont) -> None:
        """Lays out the cards of `rows` ahead of their first paint, in `width` and `font`
        (the list's), WARM_STEP at each turn of the event loop, and draws their words once
        where nobody sees them: the glyphs are then rendered and the texts shaped. The
        first switch to a view laid out and drew some 12 new cards on the GUI thread,
        45-50 ms of its CPU against 15-20 for a switch back (issue 8). A card whose row
        has changed by its paint is laid out again then, as before."""
        if width <= 0:
            return
        self._ahead.extend(rows)
        self._ahead_in = (width, QFont(font))
        if self._ahead:
            self._ahead_timer.start()

    def _warm_step(self) -> None:
        width, font = self._ahead_in
        for _ in range(WARM_STEP):
            if not self._ahead:
                self._ahead_timer.stop()
                self._scratch = None
                return
            row = self._ahead.popleft()
            self._draw_words(row, self._card(row, width, font))

    def _draw_words(self, row: InboxRow, card: _Card) -> None:
        """Draws the words of `card` in the fonts `paint` draws them in, out of sight."""
        if self._scratch is None:
            self._scratch = QImage(
                max(1, card.width),
                3 * card.line_h + 2 * _PAD,
                QImage.Format.Format_ARGB32_Premultiplied,
            )
            parent = self.parent()
            if isinstance(parent, QWidget):
                # Glyphs are rendered per scale: the list's (a screen at 150 %).
                self._scratch.setDevicePixelRatio(parent.devicePixelRatioF())
        painter = QPainter(self._scratch)
        try:
            at = QPointF(0, 0)
            painter.setFont(card.font)
            painter.drawStaticText(at, card.when)
            painter.setFont(card.badge_font)
            for badge in card.badges:
                painter.drawStaticText(at, badge.text)
            bold = QFont(card.font)
            bold.setBold(not row.read)
            painter.setFont(bold)
            painter.drawStaticText(at, card.header)
            painter.setFont(card.font)
            if card.draft is not None:
                painter.drawStaticText(at, card.draft)
            painter.drawStaticText(at, card.preview)
            painter.setFont(card.small)
            painter.drawStaticText(at, card.summary)
        finally:
            painter.end()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # Every row the same height: the view can then skip measuring a million rows.
        height = QFontMetrics(option.font).height()
        return QSize(300, 3 * height + 2 * _PAD + 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row: InboxRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        rect = option.rect
        card = self._card(row, rect.width(), option.font, bool(index.data(DRAFT_ROLE)))
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        # The colours are the palette's, read at each paint: a switch of the system to dark
        # repaints the list in its new colours.
        background = option.palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)
        painter.fillRect(
            QRect(rect.left(), rect.top(), _BAR, rect.height()), tier_mark(row.tier, background)
        )
        if index.data(REST_STARTS_ROLE):
            # Where a search's notices and tasks end and the rest begins, newest first.
            painter.fillRect(
                QRect(rect.left(), rect.top(), rect.width(), _REST_LINE),
                option.palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Mid),
            )
        left = rect.left()
        top = rect.top() + _PAD // 2 + 1
        line_h = card.line_h
        text_pen = option.palette.color(QPalette.ColorGroup.Active, text_role)

        painter.setFont(card.font)
        painter.setPen(text_pen)
        painter.drawStaticText(QPointF(left + card.when_x, top), card.when)
        for badge in card.badges:
            # A pixel above and below the line: Chinese comes from a fallback font taller
            # than the card font's line, and its strokes ran out of a box of the line.
            box = QRect(left + badge.x, top - 1, badge.width, line_h + 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(badge.colour)
            painter.drawRoundedRect(box, 3, 3)
            painter.setFont(card.badge_font)
            painter.setPen(Qt.GlobalColor.white)
            size = badge.text.size()
            painter.drawStaticText(
                QPointF(
                    box.left() + (box.width() - size.width()) / 2,
                    box.top() + (box.height() - size.height()) / 2,
                ),
                badge.text,
            )
        bold = QFont(card.font)
        bold.setBold(not row.read)
        painter.setFont(bold)
        painter.setPen(text_pen)
        _draw_marked(
            painter,
            rect,
            QPointF(left + card.header_x, top),
            card.header,
            card.header_marks,
            line_h,
        )

        text_left = left + _BAR + _PAD
        painter.setFont(card.font)
        # An unread card's preview in the text colour, a read one's greyed: the words to
        # read stand out, not only the bold header.
        colour_group = (
            QPalette.ColorGroup.Active if selected or not row.read else QPalette.ColorGroup.Disabled
        )
        preview_top = top + line_h + _PAD // 2
        if card.draft is not None:
            # In the red of a warning, as chat clients mark a draft; selected, in the
            # selection's text colour, which the red would not stand out on.
            tone = option.palette.color(QPalette.ColorGroup.Active, text_role)
            painter.setPen(tone if selected else REFUSED.on(background))
            painter.drawStaticText(QPointF(text_left, preview_top), card.draft)
        painter.setPen(option.palette.color(colour_group, text_role))
        _draw_marked(
            painter,
            rect,
            QPointF(text_left + card.preview_x, preview_top),
            card.preview,
            card.preview_marks,
            line_h,
        )
        painter.setFont(card.small)
        at = QPointF(text_left, top + 2 * (line_h + _PAD // 2))
        if selected:
            painter.drawStaticText(at, card.summary)
        elif replied(row.reasons) is not None or row.confirmed_note(self._clock.now()) is not None:
            # A task the user answered owes nothing, nor a DING they confirmed: its line
            # is a note, not a warning (已确认 in an urgent card's red read as late).
            painter.setPen(NOTE.on(background))
            painter.drawStaticText(at, card.summary)
        else:
            painter.setPen(SUMMARY_TONES[row.tier].on(background))
            # The due time the line states in red once it has passed, else in the orange
            # of a task: 明天 17:30 截止 in an urgent card's red read as late (a tester; a
            # copy's sooner time had passed, and the card was due at its own again).
            due = SUMMARY_TONES[Tier.URGENT if card.due_late else Tier.ACTION]
            _draw_toned(painter, rect, at, card.summary, card.due_marks, line_h, due.on(background))
        _mark_over(painter, at, card.summary, card.summary_marks, line_h)
        painter.restore()

    def _card(self, row: InboxRow, width: int, font: QFont, drafted: bool = False) -> _Card:
        now = self._clock.now()
        day = now.astimezone(self._tz).date()
        # "Due in 12 min" is worded against the clock: such a card is laid out anew each
        # minute, every other one only when its row, size or day changes.
        minute = now.replace(second=0, microsecond=0) if _ages(row, self._confirm_within) else None
        card = self._cards.get(row.id)
        # The model hands out the same row object until the row changes; a view switch
        # reads the row again, equal.
        if (
            card is not None
            and (card.row is row or card.row == row)
            and card.needle == self._needle
            and card.again == self._again
            and card.drafted == drafted
            and card.width == width
            and card.day == day
            and card.font == font
        ):
            if card.minute != minute:
                # A minute on, only its last line reads anew (see `_ages`): a view of
                # tasks due today laid every card out again each minute (issue 8).
                last = self._last_line(row, width, card.small, card.needle, card.badges)
                card = card._replace(minute=minute, **last._asdict())
                self._cards[row.id] = card
            self._cards.move_to_end(row.id)
            return card
        card = self._lay_out(row, width, font, day, minute, drafted)
        self._cards[row.id] = card
        while len(self._cards) > LAYOUT_CACHE:
            self._cards.popitem(last=False)
        return card

    def _badge_label(
        self, text: str, font: QFont, metrics: QFontMetrics
    ) -> tuple[int, QStaticText]:
        """A badge's words in `font` (DING, 未确认, a role), laid out once for every card
        that shows them: each card laid out its own, and under a flood that was where the
        GUI thread's longest stalls were found (issue 8). Their width, and the words."""
        key = (text, font.key())
        found = self._badges.get(key)
        if found is None:
            label = _static(text)
            # Laid out in the badge's own font: its size() centres it in the box (unprepared,
            # it is measured in the card's larger font, and the label sat high).
            label.prepare(QTransform(), font)
            found = (metrics.horizontalAdvance(text), label)
            if len(self._badges) >= BADGE_CACHE:
                self._badges.clear()  # a few words in a few sizes: only a font change fills it
            self._badges[key] = found
        return found

    def _lay_out(
        self,
        row: InboxRow,
        width: int,
        font: QFont,
        day: date,
        minute: datetime | None,
        drafted: bool,
    ) -> _Card:
        base = QFont(font)
        metrics = QFontMetrics(base)
        line_h = metrics.height()
        left = _BAR + _PAD
        right = width - 1 - _PAD
        # The card's own size, bold: white on a coloured box at 0.85 of it (about 10 px at
        # 100 %) could not be read, and 未确认 is what must be read first.
        badge_font = QFont(base)
        badge_font.setBold(True)
        badge_metrics = QFontMetrics(badge_font)

        when = short_time(row.ts, self._tz, self._clock.now())
        if self._again and row.posted_again is not None:
            when = fill(
                QCoreApplication.translate("Card", "%1 again", "a card's time: posted again then"),
                short_time(row.posted_again, self._tz, self._clock.now()),
            )
        # Where room runs short, the time alone, then its day (see below).
        shorter_times = [when.partition(" ")[0], ""]
        re_dinged = re_ding_text(row, self._tz, self._clock.now())
        if re_dinged:
            # A DING asked again folds into its card, which says so (再次 DING 08:52（3 人）).
            shorter_times = [when, *shorter_times]
            when = re_dinged
        when_w = metrics.horizontalAdvance(when)
        badges: list[_Badge] = []
        x = left

        def badge(text: str, colour: QColor) -> None:
            nonlocal x
            advance, label = self._badge_label(text, badge_font, badge_metrics)
            box_w = advance + _PAD
            badges.append(_Badge(x, box_w, label, colour))
            x += box_w + _PAD // 2

        def width_of(text: str) -> int:
            advance = self._badge_label(text, badge_font, badge_metrics)[0]
            return advance + _PAD + _PAD // 2  # as badge() lays it

        unconfirmed = QCoreApplication.translate("Role", "unconfirmed")
        # A DING folded into the card as a copy shows as its own: the card stood 未确认 with
        # no DING on it, and `a` confirmed one nothing showed (a tester).
        lead = [t for t, shown in (("DING", row.holds_ding), (unconfirmed, row.pinned)) if shown]
        # A DING the user sent reads as a DING too, in a calm colour: it waits for others,
        # not for them (the line under it says how many have confirmed).
        sent = row.sent_ding is not None
        if sent:
            lead = ["DING"]
        role = role_label(row.sender_role)
        bold = QFont(base)
        bold.setBold(not row.read)
        bold_metrics = QFontMetrics(bold)
        room = right - when_w - _PAD - x
        # On a narrow list (a window snapped to half a screen), or at a large text size,
        # who posted and the group's first characters come before the sender's role's
        # badge, then DING and 未确认 share one badge, then that badge says DING alone,
        # in 未确认's colour (no wider than 未确认 alone, the line in black under it and
        # no 已确认 on it): the badges had left neither group nor sender (testers). Not
        # DING dropped: a tester at 175 % saw it on the DINGs confirmed and not on those
        # waiting. The reading pane and the card's tooltip name all of it.
        least = bold_metrics.horizontalAdvance(
            f"{_group_least(row.group_name)} · {row.sender_name}"
        )
        if role and room - sum(map(width_of, [*lead, role])) < least:
            role = ""
        waiting = DING_COLOUR.darker(140)
        if len(lead) == 2 and room - sum(map(width_of, lead)) < least:
            both = QCoreApplication.translate("Role", "DING unconfirmed")
            lead = [both if room - width_of(both) >= least else "DING"]
        # Then the time gives way, to its day (12-05), then wholly, where the header
        # would not keep TIME_LEAST characters of the group and of the sender: at
        # 175 % in half a screen "12-05 08:55" left a DING's header "未确认 · …" (a
        # tester). The reading pane says when it came.
        header_least = bold_metrics.horizontalAdvance(
            f"{row.group_name[:TIME_LEAST]}… · {row.sender_name[:TIME_LEAST]}…"
        )
        for shorter in shorter_times:
            if room - sum(map(width_of, [*lead, role] if role else lead)) >= header_least:
                break
            when = shorter
            when_w = metrics.horizontalAdvance(when)
            room = right - when_w - _PAD - x
        for text in lead:
            if text == "DING":
                alone = row.pinned and len(lead) == 1  # standing in for 未确认 too
                badge(text, SENT_DING_COLOUR if sent else waiting if alone else DING_COLOUR)
            else:
                badge(text, waiting)
        header_x = x
        room = right - when_w - _PAD - x - (width_of(role) if role else 0)
        header, sender_at = _header(bold_metrics, row.group_name, row.sender_name, room)
        # A search finds what a person it names posted (孟凡 in 区政府办-孟凡) too.
        needle = self._needle
        header_spans = _named(header, sender_at, row.sender_name, needle)
        x += bold_metrics.horizontalAdvance(header) + _PAD // 2
        if role:
            badge(role, ROLE_COLOURS[row.sender_role])

        draft = _static(draft_mark()) if drafted else None
        preview_x = metrics.horizontalAdvance(draft_mark()) + _PAD // 2 if drafted else 0
        preview, preview_spans = _preview(
            metrics, message_text(row), right - left - preview_x, needle
        )
        # The card's own size: at 0.9 of it the grey and red line (why it is here, who
        # confirmed) was about 11 px, below the platform's normal size (tester).
        small = QFont(base)
        last = self._last_line(row, width, small, needle, badges)
        return _Card(
            row=row,
            needle=needle,
            again=self._again,
            drafted=drafted,
            width=width,
            font=QFont(font),
            day=day,
            minute=minute,
            line_h=line_h,
            badge_font=badge_font,
            badges=tuple(badges),
            when=_static(when),
            when_x=right - when_w,
            header=_static(header),
            header_x=header_x,
            header_spans=header_spans,
            header_marks=_marks(header, header_spans, bold),
            draft=draft,
            preview_x=preview_x,
            preview=_static(preview),
            preview_spans=preview_spans,
            preview_marks=_marks(preview, preview_spans, base),
            small=small,
            summary=last.summary,
            summary_spans=last.summary_spans,
            summary_marks=last.summary_marks,
            due_marks=last.due_marks,
            due_late=last.due_late,
        )

    def _last_line(
        self,
        row: InboxRow,
        width: int,
        small: QFont,
        needle: Needle | None,
        badges: Sequence[_Badge],
    ) -> _LastLine:
        """The card's last line (why it is here, who confirmed, when it is due): the one
        part of a card that reads differently as time passes (see `_ages`)."""
        left, right = _BAR + _PAD, width - 1 - _PAD
        now = self._clock.now()
        unconfirmed = QCoreApplication.translate("Role", "unconfirmed")
        # Who acknowledged the card first, those a search names first of them: a card the
        # store lists for their 收到 shows them, marked.
        named = any(named_spans(name, name, needle) for name in row.ack_names)
        acked = named_first(row, needle) if named else row
        said = summary(acked, self._tz, now, self._confirm_within, acks_first=named)
        sent = row.sent_ding is not None
        if row.pinned and not sent and not any(unconfirmed in b.text.text() for b in badges):
            # Where the badge says DING alone, 未确认 in words starts the line under it: a
            # DING waiting and one confirmed were told apart by a darker red only, at
            # 175 % (a tester); the line's start is never elided.
            said = f"{unconfirmed} · {said}" if said else unconfirmed
        line = _elided(QFontMetrics(small), said, right - left)
        summary_spans = within(acker_spans(said, acked, needle), _shown(said, line))
        # Where the line states the due time (first of it, or among the reasons).
        due = due_text(row, self._tz, now) if replied(row.reasons) is None else ""
        at = said.find(due) if due else -1
        due_spans = within(((at, at + len(due)),), _shown(said, line)) if at >= 0 else ()
        return _LastLine(
            summary=_static(line),
            summary_spans=summary_spans,
            summary_marks=_marks(line, summary_spans, small),
            due_marks=_marks(line, due_spans, small),
            due_late=due_late(row, self._tz, now),
        )
