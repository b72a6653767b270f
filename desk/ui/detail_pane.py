"""The full message with its group, sender, time, tier and reasons, its attachment, and
who acknowledged it, where and when; while a search is shown, its words marked in the
message and in what its copies add."""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QLocale, QMimeData, QPoint, QPointF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from desk.core.clock import Clock
from desk.core.due_days import said_day_time
from desk.core.escalation import confirm_by
from desk.core.match_spans import Needle, Span
from desk.core.placeholders import fill
from desk.core.reasons import (
    BY_YOU,
    EVENT_HOURS,
    Readies,
    answered_as,
    is_event,
    removed_by,
    replied,
    row_event,
    row_readied,
    row_readies,
)
from desk.store.attachments import AttachmentInfo
from desk.store.dings import SentDing
from desk.store.inbox import InboxRow, NoticeCopy, ViewKind, named_spans, search_needle
from desk.ui.card_text import (
    ack_lines,
    acks_heading,
    acks_text,
    also_in_text,
    answer_lines,
    answers_heading,
    confirm_words,
    listed,
    message_text,
    reasons_text,
    role_label,
    roll_call_heading,
    roll_call_lines,
    short_time,
    unreported_command,
    unreported_units,
    waiting_text,
    without_joiners,
)
from desk.ui.group_label import account_title
from desk.ui.key_text import plain_text
from desk.ui.sidebar import encrypted_group_text, view_name
from desk.ui.style import (
    ERROR,
    MATCH_BOX,
    MATCH_TEXT,
    NOTE,
    REFUSED,
    TIER_TONES,
    follows_palette,
)
from desk.ui.utf16 import in_utf16

if TYPE_CHECKING:
    # Its module loads with the first attachment shown (issue 8: not in the start).
    from desk.ui.attachment_image import ImageDialog, TooLarge

SAVE_LINK = "desk:save-attachment"
# The picture attached to message N, drawn from the pane's memory (see loadResource).
PICTURE_URL = "desk-picture:%d"
# A picture's thumbnail is at most this high (pixels), and read at most this wide: as
# wide as a wide reading pane, narrowed to the pane's width where it is drawn.
THUMBNAIL_HEIGHT = 240
THUMBNAIL_READ_WIDTH = 1200
# Of the screen a picture opened larger may take at first.
OPENED_SHARE = 0.85

log = logging.getLogger("desk.ui.detail_pane")

# Where the text a search looked in begins and ends in the page (the message, a copy's
# added lines): its name goes to the character after it. An end at a paragraph's end is
# dropped, and the paragraph's end stands for it.
_SEARCHED = "desk-searched"
_SEARCHED_END = "desk-searched-end"
_SEARCHED_FROM = f"<a name='{_SEARCHED}'></a>"
_SEARCHED_TO = f"<a name='{_SEARCHED_END}'></a>"
# The message's own words to the lines about it (11 pt to the usual 9 pt).
_BODY_SCALE = 11 / 9
# ...and the sender's name, which a search of two characters or more looks in too.
_NAMED = "desk-named"
_NAMED_END = "desk-named-end"
# Before a paragraph that names who acknowledged the card (to its end): a search lists
# the card for the 收到 of a person it names, marked there.
_ACKERS = "desk-ackers"
_ACKERS_FROM = f"<a name='{_ACKERS}'></a>"
_ACKERS_END = "desk-ackers-end"  # never placed: each such paragraph to its end
# The roster, on the DING the user sent that is shown.
ROSTER_LINK = "desk:sent-ding"
# DING 未报的, under the roll call of the user's own notice.
UNREPORTED_LINK = "desk:ding-unreported"
# The times a card was posted again in its group: all of them, or the first few again.
AGAIN_LINK = "desk:posted-again"
# How many times of those the line says before 等 N 次: a card posted 50 times put 12
# lines of times above its text, seen only after scrolling (a tester).
AGAIN_SHOWN = 3
# A web address in a message; it ends at a space or at Chinese punctuation, which
# addresses do not hold but sentences put right after them.
_URL = re.compile(r"https?://[^\s<>\"'，。；：！？、）》】]+")

AttachmentLookup = Callable[[int], AttachmentInfo | None]
# Reads the picture attached to a message, at most the size given, off the GUI thread,
# and calls back on the GUI thread with it (None where it does not read as a picture,
# TooLarge where it is not decoded for a preview), or the last callable where the store
# failed to read it (the picture may be whole).
PictureLookup = Callable[
    [int, QSize, Callable[["QImage | TooLarge | None"], None], Callable[[], None]], None
]
CopiesLookup = Callable[[int], list[NoticeCopy]]
AckWordsLookup = Callable[[int], Mapping[tuple[str, datetime], str]]
# The account (display name, user id) that sent the 收到 confirming a card's DING, where
# the user has more than one (see InboxQueries.confirmed_as); None with one.
ConfirmedAsLookup = Callable[[int], "tuple[str, str] | None"]


class DetailPane(QTextBrowser):
    """Signals: saveAttachmentRequested(int message id) from the attachment's link;
    sentDingRequested(int outbox id) from the link to the roster of a DING the user sent;
    unreportedDingRequested() from DING 未报的 under the user's own notice's roll call."""

    saveAttachmentRequested = Signal(int)
    sentDingRequested = Signal(int)
    unreportedDingRequested = Signal()

    def __init__(
        self,
        tz: ZoneInfo,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        attachment_of: AttachmentLookup | None = None,
        copies_of: CopiesLookup | None = None,
        ack_words_of: AckWordsLookup | None = None,
        picture_of: PictureLookup | None = None,
        confirmed_as_of: ConfirmedAsLookup | None = None,
    ) -> None:
        super().__init__(parent)
        self._tz = tz
        self._clock = clock
        self._attachment_of = attachment_of
        self._picture_of = picture_of
        # The thumbnail of the card last shown with a picture (its message id first):
        # read once, drawn again as the clock or the text size writes the page anew.
        self._thumbnail: tuple[int, QImage] | None = None
        # The message whose thumbnail is being read, so that it is asked once.
        self._reading: int | None = None
        # Pictures that did not read (a file named .png that is not one): listed as a
        # file, logged once each, not read again at every selection.
        self._unreadable: set[int] = set()
        # ...and those not read for their size (see attachment_image.MAX_WHOLE_PIXELS):
        # listed as a file too, saying why no picture shows.
        self._too_large: set[int] = set()
        # The size the shown thumbnail is drawn at (None: none shown), to draw it anew
        # only when a resize changes it.
        self._drawn: QSize | None = None
        self._picture_name = ""
        # The picture opened larger, while it is open.
        self.picture_dialog: ImageDialog | None = None
        self._copies_of = copies_of
        self._ack_words_of = ack_words_of
        # What the acks of the card last shown say beyond 收到 (its id first).
        self._ack_words: tuple[int, Mapping[tuple[str, datetime], str]] | None = None
        self._confirmed_as_of = confirmed_as_of
        # The account that confirmed the DING of the card last shown (its id first): read
        # once per selection, as the acks' words are.
        self._confirmed_as: tuple[int, tuple[str, str] | None] | None = None
        # The copies of the card last shown (its id first): read once per selection.
        self._copies: tuple[int, list[NoticeCopy]] | None = None
        self._row: InboxRow | None = None
        # Every time the card shown was posted again listed, by its 等 N 次 link.
        self._again_open = False
        self._needle: Needle | None = None
        # The key that brings a done card back, as F1 writes it (it said E, F1 e: a tester).
        self._done_key = ""
        # What the clock changes in the shown row: its reasons, and which due times are past.
        self._aged: tuple[str, tuple[bool, ...]] = ("", ())
        self.setObjectName("detail")
        self.setAccessibleName(self.tr("Reading pane"))
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._on_link)
        self.show_row(None)

    def set_done_key(self, key: str) -> None:
        """The key that marks a card done and brings a done one back (see `_done_key`)."""
        self._done_key = key

    @property
    def row_id(self) -> int | None:
        """The id of the card shown, None when none is."""
        return self._row.id if self._row is not None else None

    def set_search(self, typed: str) -> None:
        """Marks where the search `typed` matched in what the pane shows, and scrolls to
        the first; for an empty one, marks nothing."""
        needle = search_needle(typed)
        if needle != self._needle:
            self._needle = needle
            self._mark_matches(scroll=True)

    def _mark_matches(self, *, scroll: bool) -> None:
        """Marks each place the search's needle lies in the text it searched (the message,
        the copies' added lines; not the pane's own wording, the group's name or the time
        above them), as extra selections over the document, not in its HTML; `scroll`
        brings the first into view."""
        needle = self._needle
        spans: list[Span] = []
        if needle is not None and needle.naming is not None and self._row is not None:
            # Marked only as the card's header marks it: 孟凡 searched, not 区政府办 (see
            # named_spans). A tester saw it marked on the card and not here.
            for start, end in self._searched(_NAMED, _NAMED_END):
                found = named_spans(self._row.sender_name, self._text(start, end), needle)
                spans += [
                    (start + s, start + e) for s, e in in_utf16(self._text(start, end), found)
                ]
        if needle is not None and needle.naming is not None and self._row is not None:
            spans += self._ackers_named(self._row, needle)
        if needle is not None:
            for start, end in self._searched(_SEARCHED, _SEARCHED_END):
                # As the document holds it (runs of spaces run together), in its positions.
                searched = self._text(start, end)
                found = in_utf16(searched, needle.spans(searched))
                spans += [(start + s, start + e) for s, e in found]
        look = QTextCharFormat()
        look.setBackground(MATCH_BOX)
        look.setForeground(MATCH_TEXT)
        marks = []
        for start, end in spans:
            mark = QTextEdit.ExtraSelection()
            mark.cursor = QTextCursor(self.document())
            mark.cursor.setPosition(start)
            mark.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            mark.format = look
            marks.append(mark)
        self.setExtraSelections(marks)
        if scroll:
            self._scroll_to(min(spans, default=None))

    def _scroll_to(self, span: Span | None) -> None:
        """Scrolls the page to the top, or, where `span` lies below its first screenful,
        to the whole line a third of the pane above it: the group, sender and time stay in
        view whenever they can (a tester lost them, and half a line, to a match near the
        top, and the pane stayed scrolled on the next card)."""
        bar = self.verticalScrollBar()
        bar.setValue(0)
        if span is None:
            return
        found = QTextCursor(self.document())
        found.setPosition(span[0])
        height = self.viewport().height()
        if self.cursorRect(found).bottom() < height:
            return
        # The line at a third of the pane above the match, from its first character.
        above = self.cursorRect(found).top() - height // 3
        line = self.cursorForPosition(QPoint(0, max(0, above)))
        line.movePosition(QTextCursor.MoveOperation.StartOfLine)
        bar.setValue(self.cursorRect(line).top())

    def _ackers_named(self, row: InboxRow, needle: Needle) -> list[Span]:
        """Where the pane names those who acknowledged `row` that a search for `needle`
        names (see `named_spans`), in the document's positions: in the lines that list
        them and the roster, not in the message or its heading."""
        names = set(row.ack_names)
        if row.sent_ding is not None:
            names.update(c.name for c in row.sent_ding.roster.confirmed)
        named = [name for name in names if named_spans(name, name, needle)]
        spans: list[Span] = []
        for start, end in self._searched(_ACKERS, _ACKERS_END) if named else ():
            shown = self._text(start, end)
            found = {
                (at + s, at + e)
                for name in named
                for at in _places(shown, name)
                for s, e in named_spans(name, name, needle)
            }
            spans += [(start + s, start + e) for s, e in in_utf16(shown, tuple(sorted(found)))]
        return spans

    def _text(self, start: int, end: int) -> str:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()

    def _searched(self, begin: str, end: str) -> list[Span]:
        """The document's spans (in its positions) between anchors named `begin` and `end`
        or the end of the paragraph."""
        found: list[Span] = []
        block = self.document().begin()
        while block.isValid():
            start: int | None = None
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                names = fragment.charFormat().anchorNames()
                if start is not None and end in names:
                    found.append((start, fragment.position()))
                    start = None
                if begin in names:
                    start = fragment.position()
                fragments += 1
            if start is not None:
                found.append((start, block.position() + block.length() - 1))
            block = block.next()
        return found

    def refresh_ageing(self) -> None:
        """Words the shown row's reasons anew ("due in 12 min" becomes "overdue by 1 min"),
        where it was scrolled to, if the clock has changed them."""
        row = self._row
        if row is not None and self._ageing(row) != self._aged:
            self._show_again()

    def _show_again(self) -> None:
        """The shown row written anew, where it was scrolled to."""
        bar = self.verticalScrollBar()
        position = bar.value()
        self.show_row(self._row, ageing=True)
        bar.setValue(position)

    def show_row(self, row: InboxRow | None, *, ageing: bool = False) -> None:
        """Shows `row`; `ageing` when only the clock moved (its copies are not read again)."""
        shown, self._row = self._row, row
        if shown is None or row is None or shown.id != row.id:
            self._again_open = False
        if (
            not ageing
            and _only_read(shown, row)
            and row is not None
            and self._aged == self._ageing(row.standing_at(self._clock.now()))
        ):
            # The re-read after the user's move came back with the card marked read, which
            # the pane does not say: written again, it read the store and laid the page
            # out a second time for each card stepped to, and put the reader back at its top.
            # Not if the clock has moved what it says (a due time passed meanwhile).
            return
        base = self.palette().color(QPalette.ColorRole.Base)
        note = NOTE.on(base).name()
        if row is None:
            self._drawn = None
            empty = self.tr("No message selected")
            self.setHtml(f"<p style='color:{note}'>{html.escape(empty)}</p>")
            self.setExtraSelections([])
            return
        # Due at its own time again once a copy's sooner one has passed.
        row = row.standing_at(self._clock.now())
        esc = html.escape
        role = role_label(row.sender_role)
        sender = f"<a name='{_NAMED}'></a>{esc(row.sender_name)}<a name='{_NAMED_END}'></a>" + (
            f" <small>({esc(role)})</small>" if role else ""
        )
        tier = TIER_TONES[row.tier].on(base).name()
        # A card that heads a notice: its copies, read again unless only the clock moved.
        copies_of = self._copies_of if row.cluster == row.remote_id else None
        if copies_of and (self._copies is None or self._copies[0] != row.id or not ageing):
            self._copies = (row.id, copies_of(row.id))
        self._aged = self._ageing(row)
        reasons = esc(self._aged[0])
        parts = [
            f"<h3 style='margin:0'>{esc(row.group_name)}</h3>",
            f"<p style='margin:2px 0'>{sender} · "
            f"{esc(row.ts.astimezone(self._tz).strftime('%Y-%m-%d %H:%M'))}</p>",
            f"<p style='margin:2px 0'><b style='color:{tier}'>"
            f"{esc(view_name(ViewKind(row.tier.value)))}</b>"
            + (f" — {reasons}" if reasons else "")
            + "</p>",
        ]
        if row.done:
            # Found by a search in Done, it read as if still open (a tester).
            done = fill(self.tr("Marked done. %1 moves it back to the inbox."), self._done_key)
            parts.append(f"<p style='margin:2px 0;color:{note}'>{esc(done)}</p>")
        if row.withdrawn is not None:
            when = row.withdrawn.astimezone(self._tz).strftime("%Y-%m-%d %H:%M")
            withdrawn = self._withdrawn_text(row, when)
            parts.append(f"<p style='margin:2px 0;color:{note}'>{esc(withdrawn)}</p>")
        if row.group_encrypted:
            notice = encrypted_group_text(row.group_name)
            parts.append(f"<p style='margin:2px 0;color:{note}'>{esc(notice)}</p>")
        confirmed_as = self._confirmed_as_text(row, ageing)
        if row.deadline is not None and row.confirmed_note(self._clock.now()) is not None:
            # Confirmed, the DING's due time is said as kept, not as late (a tester); not
            # while it is ahead: a 收到 confirms receipt, not the task.
            when = row.deadline.astimezone(self._tz).strftime("%Y-%m-%d %H:%M")
            due = fill(self.tr("Due: %1 (you confirmed)"), when)
            parts.append(f"<p style='margin:2px 0'>{esc(due)}</p>")
        elif row.deadline is not None and row.tier.asks_action:
            # Moved to information by the user, a notice asks nothing by any time.
            event = row_event(row.reasons, row.deadline)
            due = self._due_text(
                row.deadline,
                event,
                row_readied(row.reasons, row.deadline),
                all_reported=row.all_reported,
                readies=row_readies(row.reasons, row.deadline),
            )
            parts.append(f"<p style='margin:2px 0'>{esc(due)}</p>")
        elif (answered := self._replied_due(row)) is not None:
            parts.append(f"<p style='margin:2px 0'>{esc(answered)}</p>")
        if confirmed_as:
            parts.append(f"<p style='margin:2px 0'>{esc(confirmed_as)}</p>")
        if row.ding and row.pinned and row.deadline is not None:
            # The time its sender set to be confirmed by, before the task's own due time
            # (see core confirm_by): the pane said only 截止 18:00 of a DING to be confirmed
            # by 15:10 (a tester). One naming no time is said by its card and banner.
            asked = confirm_by(row.ts, row.deadline, None, row.ding_due)
            if asked is not None:
                said = confirm_words(asked, self._tz, self._clock.now())
                parts.append(f"<p style='margin:2px 0'>{esc(said)}</p>")
        if row.folded_dings and row.pinned:  # not once shown confirmed (see show_confirming)
            # The DING that waits on this card is a copy's: its sender and group, not the
            # card's, are whom `a` confirms to (a tester's card read 未确认 and named no DING).
            ding_colour = ERROR.on(base).name()
            for ding in row.folded_dings:
                when = short_time(ding.ts, self._tz, self._clock.now())
                said = fill(
                    self.tr("DING from %1 in %2 (%3) waits for your confirmation: a confirms it."),
                    ding.sender_name,
                    ding.group_name,
                    when,
                )
                parts.append(f"<p style='margin:2px 0;color:{ding_colour}'><b>{esc(said)}</b></p>")
        if row.also_in:
            parts.append(f"<p style='margin:2px 0'>{esc(also_in_text(row))}</p>")
        if copies_of and self._copies is not None:
            parts.extend(self._copies_html(row, self._copies[1]))
        if row.sent_ding is not None:
            parts.extend(self._roster_html(row.sent_ding))
        elif row.ack_count:
            # A few names: each of them, where and when, is listed under the message.
            parts.append(f"<p style='margin:2px 0'>{_ACKERS_FROM}{esc(acks_text(row))}</p>")
        if row.waiting_replies:
            parts.append(f"<p style='margin:2px 0'>{esc(waiting_text(row))}</p>")
        if row.confirmation_waiting:
            # Confirmed offline: 已确认 alone said the sender had it (IT tester).
            waits = self.tr(
                "Your confirmation waits to be sent: its sender sees it once desk is back online."
            )
            parts.append(f"<p style='margin:2px 0'><b>{esc(waits)}</b></p>")
        if row.confirmation_refused:
            refused = fill(
                self.tr(
                    "Your confirmation did not reach the group: the server refused it (in a "
                    "group where only its admins may post, members cannot answer there). "
                    "Confirm to %1 another way, by phone or in person."
                ),
                # Who sent the DINGs refused: a copy's sender need not be the card's.
                listed(row.confirmation_refused),
            )
            warn = REFUSED.on(base).name()
            parts.append(f"<p style='margin:2px 0;color:{warn}'><b>{esc(refused)}</b></p>")
        body = _with_links(message_text(row)).replace("\n", "<br>")
        if row.withdrawn is not None:
            body = f"<i style='color:{note}'>{body}</i>"
        # Larger than the lines about it, in step with the window's text size: 11 pt on
        # the usual 9 pt, which a fixed 11 pt kept at any size (View → Larger text).
        font = self.font()
        size = (
            f"{font.pointSizeF() * _BODY_SCALE:.1f}pt"
            if font.pointSizeF() > 0
            else f"{round(font.pixelSize() * _BODY_SCALE)}px"
        )
        parts.append(f"<hr><p style='font-size:{size}'>{_SEARCHED_FROM}{body}</p>")
        attachment = self._attachment_of(row.id) if self._attachment_of else None
        self._drawn = None
        if attachment is not None:
            parts.append(self._picture_html(attachment))
            parts.append(self._attachment_html(attachment))
        now = self._clock.now()
        if row.roll_call is not None:
            # Which of the units asked to report have not yet: the boss's Monday question.
            parts.extend(
                # Each unit's name whole on its line: 新街社 / 区 read as two (a tester).
                self._listed_html(
                    roll_call_heading(row),
                    roll_call_lines(row, self._tz, now, whole_names=True),
                )
            )
            units = unreported_units(row)
            if units:
                # The user's own notice: those not reported yet, DINGed in one step.
                text, _why = unreported_command(units)
                link = html.escape(plain_text(text) + "…")
                parts.append(f"<p style='margin:2px 0'><a href='{UNREPORTED_LINK}'>{link}</a></p>")
        if row.sent_ding is None and row.acks:
            # Who confirmed the notice, where and when, and what a promise says.
            if self._ack_words_of and (
                self._ack_words is None or self._ack_words[0] != row.id or not ageing
            ):
                self._ack_words = (row.id, self._ack_words_of(row.id))
            words = self._ack_words[1] if self._ack_words else None
            lines = ack_lines(row, self._tz, now, words=words)
            parts.extend(self._listed_html(acks_heading(row), lines, _ACKERS_FROM))
        if row.answers:
            # The replies with more than 收到 (a village's report, a question): who, where,
            # when and what they said, without looking for each among the cards.
            lines = answer_lines(row, self._tz, now)
            parts.extend(self._listed_html(answers_heading(row), lines))
        bar = self.verticalScrollBar()
        position = bar.value()
        self.setHtml("".join(parts))
        # Another card from its top (or at its match); the same one written anew (the
        # clock moved, an ack came) where the reader scrolled it.
        same = ageing or (shown is not None and shown.id == row.id)
        self._mark_matches(scroll=not same)
        if same:
            bar.setValue(position)

    def createMimeDataFromSelection(self) -> QMimeData:
        # Copied into a reply as the reader sees it: the joiners that hold a unit's name
        # on one line (see card_text.unbroken) stay in the pane.
        data = super().createMimeDataFromSelection()
        copied = QMimeData()
        copied.setText(without_joiners(data.text()))
        if data.hasHtml():
            copied.setHtml(without_joiners(data.html()))
        return copied

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        resized = event.type() == QEvent.Type.FontChange
        if (follows_palette(event) or resized) and hasattr(self, "_aged"):
            # The page's colours and its message's size are written into it: written
            # again for the new theme or text size (hasattr: Qt may report a palette
            # before __init__ has run to its end).
            self._show_again()

    def _copies_html(self, row: InboxRow, copies: list[NoticeCopy]) -> list[str]:
        """What a copy passed on adds (the relaying office's own order, its own due time):
        folding shows the notice once, and this is the part the reader may have to do."""
        esc = html.escape
        parts = []
        again: list[str] = []
        for copy in copies:
            if not copy.added:
                # A verbatim copy's due time is the notice's, re-read when it was passed on.
                if copy.group_name == row.group_name:
                    # Posted again where it first was: why the card is unread again.
                    again.append(copy.ts.astimezone(self._tz).strftime("%m-%d %H:%M"))
                continue
            own_due = copy.deadline is not None and copy.deadline != row.deadline
            when = copy.ts.astimezone(self._tz).strftime("%m-%d %H:%M")
            head = fill(self.tr("%1 · %2 · %3 adds:"), copy.group_name, copy.sender_name, when)
            lines = [f"<b>{esc(head)}</b>"]
            added = "<br>".join(esc(sentence) for sentence in copy.added)
            lines.append(_SEARCHED_FROM + added + _SEARCHED_TO)
            if own_due and copy.deadline is not None:
                due = self._due_text(copy.deadline, event=False, all_reported=row.all_reported)
                lines.append(esc(due))
            parts.append("<p style='margin:4px 0 4px 14px'>" + "<br>".join(lines) + "</p>")
        if again:
            again.sort()
            shown = again if self._again_open else again[:AGAIN_SHOWN]
            said = esc(fill(self.tr("Posted again in this group: %1"), "、".join(shown)))
            if len(again) > AGAIN_SHOWN:
                link = (
                    self.tr("show fewer")
                    if self._again_open
                    else self.tr("and more, %n times in all", "", len(again))
                )
                said += f" <a href='{AGAIN_LINK}'>{esc(link)}</a>"
            parts.append(f"<p style='margin:2px 0'>{said}</p>")
        return parts

    @staticmethod
    def _listed_html(head: str, lines: tuple[str, ...], anchor: str = "") -> list[str]:
        """A heading under a rule, then a paragraph a line, indented, each after `anchor`:
        under the message, where a county's forty 收到 do not push the notice out of
        sight, and all of them, as the county asks; copied (Ctrl+A, Ctrl+C) a line each
        into a reply."""
        esc = html.escape
        parts = [f"<hr><p style='margin:2px 0'><b>{esc(head)}</b></p>"]
        parts.extend(f"<p style='margin:0 0 0 14px'>{anchor}{esc(line)}</p>" for line in lines)
        return parts

    def _roster_html(self, ding: SentDing) -> list[str]:
        """Who has confirmed a DING the user sent, and when, and who not yet, with the way
        to the roster, where the unconfirmed can be DINGed again."""
        esc = html.escape
        now = self._clock.now()
        roster = ding.roster
        parts = []
        if roster.confirmed:
            names = listed(
                tuple(f"{c.name} {short_time(c.ts, self._tz, now)}" for c in roster.confirmed)
            )
            said = fill(self.tr("Confirmed (%1): %2"), str(len(roster.confirmed)), names)
            parts.append(f"<p style='margin:2px 0'>{_ACKERS_FROM}{esc(said)}</p>")
        if roster.unconfirmed:
            names = listed(tuple(p.name for p in roster.unconfirmed))
            said = fill(self.tr("Not yet confirmed (%1): %2"), str(len(roster.unconfirmed)), names)
            parts.append(f"<p style='margin:2px 0'>{esc(said)}</p>")
        link = esc(self.tr("Open in DINGs I sent…"))
        parts.append(f"<p style='margin:2px 0'><a href='{ROSTER_LINK}'>{link}</a></p>")
        return parts

    def _confirmed_as_text(self, row: InboxRow, ageing: bool) -> str:
        """Which of the user's accounts confirmed the card's DING, and when, where they
        have more than one (刘敏 and a duty room's account in one group: 已确认 did not say
        which of them the DING's sender saw answer, where the reply box says whom it
        sends as); "" with one account, or a card not confirmed."""
        confirmed = row.confirmed_at
        if confirmed is None or self._confirmed_as_of is None:
            return ""
        if self._confirmed_as is None or self._confirmed_as[0] != row.id or not ageing:
            self._confirmed_as = (row.id, self._confirmed_as_of(row.id))
        account = self._confirmed_as[1]
        if account is None:
            return ""
        return fill(
            self.tr("Confirmed as %1 · %2"),
            account_title(*account),
            short_time(confirmed, self._tz, self._clock.now()),
        )

    def _ageing(self, row: InboxRow) -> tuple[str, tuple[bool, ...]]:
        """The reasons as worded now, and whether each due time shown (the card's, its
        copies') has passed."""
        now = self._clock.now()
        copies = self._copies[1] if self._copies and self._copies[0] == row.id else []
        dues = [row.standing_at(now).deadline, *(copy.deadline for copy in copies)]
        # The reading pane says the notice's steps passed too, where the card does not.
        said = reasons_text(row, self._tz, now, passed_steps=True)
        return said, tuple(d is not None and d <= now for d in dues)

    def _withdrawn_text(self, row: InboxRow, when: str) -> str:
        """Who withdrew the message, and when: its sender, or a group admin."""
        by = removed_by(row.reasons)
        if by == BY_YOU:
            return fill(self.tr("Withdrawn by you at %1"), when)
        if by is not None:
            return fill(self.tr("Withdrawn by %2 at %1"), when, by)
        return fill(self.tr("Withdrawn by its sender at %1"), when)

    def _replied_due(self, row: InboxRow) -> str | None:
        """The due time of a task the user answered (see reasons.REPLIED), said as no
        longer owed; None for any other card."""
        answered = replied(row.reasons)
        if answered is None or not answered.arg("due"):
            return None
        # A meeting's time is no due time (see reasons.answered_as).
        answered = answered_as(answered, row.reasons, self._clock.now())
        try:
            due = datetime.fromisoformat(answered.arg("due")).astimezone(self._tz)
        except ValueError:
            return None
        said = (
            self.tr("Time: %1 (you replied)")
            if is_event(answered)
            else self.tr("Due: %1 (you replied)")
        )
        return fill(said, due.strftime("%Y-%m-%d %H:%M"))

    def _due_text(
        self,
        deadline: datetime,
        event: bool,
        meeting: datetime | None = None,
        *,
        all_reported: bool = False,
        readies: Readies = Readies.MEETING,
    ) -> str:
        """The due time, said to be past once it is (as a card's reasons say it); the
        time of a meeting (`event`) as a time, begun once it has, and passed once it has
        begun EVENT_HOURS ago, as its card says. A time getting ready for the meeting
        starting at `meeting` (调试 before it) names the meeting while it stands (a tester
        found 16:00 nowhere), or the duty or whatever else begins then (`readies`: 07:30 开会
        of a shift of 文明交通劝导, a tester), and is that time once it has passed. Of a notice
        every unit has reported on (`all_reported`), that they have, not that it is late
        (see InboxRow.all_reported)."""
        now = self._clock.now()
        passed = deadline <= now
        if meeting is not None and passed:  # set up before the meeting: begun, it passed
            return self._due_text(meeting, event=True)
        day, clock = said_day_time(deadline, self._tz, event)
        due = f"{day:%Y-%m-%d} {clock}"
        if all_reported and not event:
            return fill(self.tr("Due: %1 (all reported)"), due)
        if meeting is not None:
            starts = meeting.astimezone(self._tz).strftime("%H:%M")
            if readies is Readies.DUTY:
                return fill(self.tr("Due: %1 (on duty at %2)"), due, starts)
            if readies is Readies.START:
                return fill(self.tr("Due: %1 (starts at %2)"), due, starts)
            return fill(self.tr("Due: %1 (the meeting at %2)"), due, starts)
        if event and now - deadline >= timedelta(hours=EVENT_HOURS):
            return fill(self.tr("Time: %1 (passed)"), due)
        if event:
            return fill(self.tr("Time: %1 (begun)") if passed else self.tr("Time: %1"), due)
        return fill(self.tr("Due: %1 (overdue)") if passed else self.tr("Due: %1"), due)

    def _attachment_html(self, a: AttachmentInfo) -> str:
        facts = [a.mimetype or ""]
        if a.size is not None:
            # 1024-based "kB" as file managers on office PCs show it, not "KiB".
            traditional = QLocale.DataSizeFormat.DataSizeTraditionalFormat
            facts.append(QLocale().formattedDataSize(a.size, 2, traditional))
        line = fill(self.tr("Attachment: %1 (%2)"), a.name, ", ".join(f for f in facts if f))
        link = html.escape(self.tr("Save a copy…"))
        said = f"<p>{html.escape(line)} <a href='{SAVE_LINK}'>{link}</a></p>"
        if a.message_id in self._too_large:
            # Why a picture lists as a file: its copy opens in a picture viewer.
            note = html.escape(self.tr("Picture too large to preview"))
            said += f"<p>{note}</p>"
        return said

    def _picture_html(self, a: AttachmentInfo) -> str:
        """The attached picture as a thumbnail, once it has been read; asks for it the
        first time (the page is written again when it comes)."""
        from desk.ui.attachment_image import is_shown  # with the first attachment shown

        unread = self._unreadable | self._too_large
        if self._picture_of is None or not is_shown(a) or a.message_id in unread:
            return ""
        if self._thumbnail is None or self._thumbnail[0] != a.message_id:
            self._read_thumbnail(a.message_id)
            return ""
        self._picture_name = a.name
        self._drawn = self._fitted(self._thumbnail[1].size())
        url = PICTURE_URL % a.message_id
        # Its tooltip says how to see it larger; its name is what a screen reader says.
        hint = html.escape(self.tr("Double-click or press Enter to see it larger"), quote=True)
        return (
            f"<p><img src='{url}' width='{self._drawn.width()}'"
            f" height='{self._drawn.height()}' alt='{html.escape(a.name, quote=True)}'"
            f" title='{hint}'></p>"
        )

    def _read_thumbnail(self, message_id: int) -> None:
        if self._picture_of is None or self._reading == message_id:
            return
        self._reading = message_id

        from desk.ui.attachment_image import TooLarge

        def read(image: QImage | TooLarge | None) -> None:
            if self._reading == message_id:
                self._reading = None
            if isinstance(image, TooLarge):
                self._too_large.add(message_id)
                if self._row is not None and self._row.id == message_id:
                    self._show_again()  # with its note
                return
            if image is None:
                if message_id not in self._unreadable:
                    log.info("an attachment said to be a picture did not read as one")
                self._unreadable.add(message_id)
                return
            self._thumbnail = (message_id, image)
            if self._row is not None and self._row.id == message_id:
                self._show_again()

        def failed() -> None:
            # The store, not the file (busy, a page unreadable): asked again the next time
            # the card is shown. Taken for no picture, it was a file until desk restarted.
            if self._reading == message_id:
                self._reading = None

        bound = QSize(THUMBNAIL_READ_WIDTH, THUMBNAIL_HEIGHT)
        self._picture_of(message_id, bound, read, failed)

    def _fitted(self, size: QSize) -> QSize:
        """The size a thumbnail is drawn at: as read, narrowed to the pane's width."""
        margins = 2 * self.document().documentMargin() + 4
        room = QSize(max(1, int(self.viewport().width() - margins)), THUMBNAIL_HEIGHT)
        if size.width() <= room.width() and size.height() <= room.height():
            return size
        return size.scaled(room, Qt.AspectRatioMode.KeepAspectRatio).expandedTo(QSize(1, 1))

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        shown = self._thumbnail
        if (
            kind == QTextDocument.ResourceType.ImageResource.value
            and shown is not None
            and QUrl(name).toString() == PICTURE_URL % shown[0]
        ):
            return shown[1]
        return super().loadResource(kind, name)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        shown = self._thumbnail
        if (
            self._drawn is not None
            and shown is not None
            and self._fitted(shown[1].size()) != self._drawn
        ):
            self._show_again()

    def picture_shown(self) -> bool:
        """Whether the shown card's picture is drawn in the pane."""
        return self._drawn is not None

    def open_picture(self) -> None:
        """Opens the shown card's picture larger, read anew at the screen's size."""
        if self._picture_of is None or self._drawn is None or self._row is None:
            return
        message_id, name = self._row.id, self._picture_name
        screen = self.screen().availableGeometry().size() * OPENED_SHARE

        from desk.ui.attachment_image import ImageDialog

        def opened(image: QImage | TooLarge | None) -> None:
            if not isinstance(image, QImage) or self._row is None or self._row.id != message_id:
                return
            if self.picture_dialog is not None:
                self.picture_dialog.close()
            self.picture_dialog = ImageDialog(image, name, self)
            self.picture_dialog.finished.connect(self._picture_closed)
            self.picture_dialog.open()

        # A store failure opens nothing (StoreOps logs it); the thumbnail stays.
        self._picture_of(message_id, screen, opened, lambda: None)

    def _picture_closed(self) -> None:
        if self.picture_dialog is not None:
            self.picture_dialog.deleteLater()
            self.picture_dialog = None

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.link_focused()
        ):
            # Enter on a link reached by Tab (Save a copy…) follows it: the window's Enter
            # (open the message, or its picture) took it, and opened the picture instead.
            event.accept()
            return True
        return super().event(event)

    def link_focused(self) -> bool:
        """Whether a link of the page is reached by the keys (Tab), as Enter follows it."""
        cursor = self.textCursor()
        return cursor.hasSelection() and bool(cursor.charFormat().anchorHref())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        at = event.position() + QPointF(
            self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        )
        if self._row is not None and self.document().documentLayout().imageAt(at) == (
            PICTURE_URL % self._row.id
        ):
            self.open_picture()
            return
        super().mouseDoubleClickEvent(event)

    def _on_link(self, url: QUrl) -> None:
        if url.toString() == SAVE_LINK and self._row is not None:
            self.saveAttachmentRequested.emit(self._row.id)
        elif url.toString() == UNREPORTED_LINK:
            self.unreportedDingRequested.emit()
        elif url.toString() == AGAIN_LINK:
            self._again_open = not self._again_open
            self._show_again()
        elif url.toString() == ROSTER_LINK and self._row and self._row.sent_ding:
            self.sentDingRequested.emit(self._row.sent_ding.outbox_id)
        elif url.scheme() in ("http", "https"):
            # A link in a message (a notice's form, a news page) opens in the browser.
            QDesktopServices.openUrl(url)


def _only_read(shown: InboxRow | None, row: InboxRow | None) -> bool:
    """Whether `row` is the card `shown` as it was, or only marked read since. Not one
    unread again: posted again in its group, its copies (read with the page) changed."""
    if shown is None or row is None or (shown.read and not row.read):
        return False
    return replace(row, read=shown.read) == shown


def _with_links(text: str) -> str:
    """The text as HTML, each web address in it a link."""
    parts, at = [], 0
    for found in _URL.finditer(text):
        url = found.group().rstrip(".,;:!?)")
        parts.append(html.escape(text[at : found.start()]))
        # (No quote or bracket can be in it: _URL stops there. Qt reads `&` in an
        # attribute as it is, so it is not escaped.)
        parts.append(f"<a href='{url}'>{html.escape(url)}</a>")
        at = found.start() + len(url)
    parts.append(html.escape(text[at:]))
    return "".join(parts)


def _places(text: str, name: str) -> list[int]:
    """Where `name` starts in `text`, each time."""
    found, at = [], text.find(name)
    while at >= 0:
        found.append(at)
        at = text.find(name, at + 1)
    return found
