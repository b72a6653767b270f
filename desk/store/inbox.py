"""Reading the inbox: views, paging, search, counts; and the user's read/done marks."""

from __future__ import annotations

import bisect
import contextlib
import functools
import json
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import (
    ColumnElement,
    FromClause,
    Integer,
    Select,
    TableClause,
    and_,
    bindparam,
    case,
    exists,
    func,
    literal_column,
    not_,
    or_,
    select,
    text,
    tuple_,
    union,
    union_all,
    update,
)
from sqlalchemy.dialects import sqlite
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression

from desk.core.absence import Absence
from desk.core.added_lines import AddedLines
from desk.core.corrected_reasons import reasons_for_tier
from desk.core.delivery import Delivery
from desk.core.dings import Roster
from desk.core.group_names import account_names, shared_names
from desk.core.group_priority import Priority
from desk.core.match_spans import Needle, Span, needle_of, search_forms, search_terms
from desk.core.messages import Reason, Role, Tier
from desk.core.reasons import (
    ACK,
    ACK_PROMISE,
    FROM_YOU,
    REPLIED,
    as_shown,
    standing_due,
    unmatched_ack,
)
from desk.core.search_order import (
    HEADING_BRACKETS,
    RANKED,
    TITLE_MOST,
    Standing,
    arranged,
    standing,
    titled,
)
from desk.core.urgency import REPLIED_BAND, REPLIED_BAND_TOP
from desk.store import (
    first_days,
    presence,
    read_marks,
    tables,
    text_index,
)
from desk.store.attachments import AttachmentInfo, attachments_of, content_of
from desk.store.damage import driver_cursor
from desk.store.demo import DEMO_KIND, Workspace, workspace
from desk.store.dings import SentDing, dings_sent_as
from desk.store.first_days import FirstDays
from desk.store.own_unit import SETTING as OWN_UNIT_SETTING
from desk.store.own_unit import guessed_unit, own_unit
from desk.store.read_marks import MarkedRead
from desk.store.roll_calls import SendersSeen, roll_calls
from desk.store.settings_store import SettingsStore
from desk.store.tables import CARD_HEADS, NOTICE_COPIES, OWN_ACK, OutboxState, from_ms, to_ms

if TYPE_CHECKING:
    from sqlalchemy import Connection, TextClause

    # Only as types: what the first paint reads goes through Core (see Sessions).
    from sqlalchemy.orm import Session

    from desk.core.triage.roll_call import RollCall
    from desk.store.conversation import Conversation, Place
    from desk.store.database import Sessions
    from desk.store.ranking import RerankStep
    from desk.store.weights import Correction

# Below three characters the trigram index cannot answer (see PITFALLS: a 2-character
# MATCH silently returns nothing): two mostly go to the index of character pairs, the
# rest to a LIKE over the base table.
TRIGRAM_MIN = 3
# Matches read from the cursor at a time, for a page of search results.
_MATCH_BATCH = 256
# Names a search looks up what they posted for, at most.
_MOST_SENDERS = 200
# Between a unit and a person in a display name.
_UNIT_DASH = re.compile(r"[-－—–·・]")
# Above every message id.
_ABOVE_EVERY_ID = 2**63 - 1
# The All view; noise has a view of its own.
ALL_VIEW_TIERS = (Tier.URGENT, Tier.ACTION, Tier.INFO)
# The tiers whose views count what is not done yet, read or not: what still needs the user.
_OPEN_COUNTED = (Tier.URGENT.value, Tier.ACTION.value)


class ViewKind(StrEnum):
    ALL = "all"
    URGENT = "urgent"
    ACTION = "action"
    INFO = "info"
    NOISE = "noise"
    DONE = "done"
    # Open cards due on its `today`, and those overdue, soonest due first.
    DUE = "due"
    GROUP = "group"
    # What quiet hours held, as the morning digest counted it (its `ids`), or, while
    # they last, what they hold so far (`holding`).
    HELD = "held"
    # What came while the user was away (its `came`): All's cards of that time.
    AWAY = "away"


@dataclass(frozen=True, slots=True)
class View:
    kind: ViewKind = ViewKind.ALL
    group_id: int | None = None
    search: str = ""
    # Every message, as `desk inbox --json` lists them: copies, acks and noise too.
    unfolded: bool = False
    # The messages a HELD view lists the cards of.
    ids: tuple[int, ...] = ()
    # Those of them put to the user, listed first (as the digest names them).
    asks: tuple[int, ...] = ()
    # Those put to the user and notified while quiet, still unread: before the rest.
    woken: tuple[int, ...] = ()
    # A HELD view while quiet hours last: what they hold so far, as the status bar counts
    # it (see NotificationLedger.held_count), before a digest names any `ids`.
    holding: bool = False
    # An AWAY view's time, in ms: from the user's last presence to their return, the
    # return excluded (what came after is no longer "while away").
    came: tuple[int, int] | None = None
    # A DUE view's day, in ms from its midnight to the next, in the user's zone: what is
    # due on it is listed, and what was due before, but for meetings and other times
    # something happens, which once past have begun, not fallen overdue (reasons.EVENT).
    # Set by who shows the view, from its clock and zone; None lists every card with a
    # due time.
    today: tuple[int, int] | None = None

    @property
    def each_message(self) -> bool:
        """Whether it lists messages one by one, as posted, rather than the cards they fold
        into: a group lists the copies posted there."""
        return self.unfolded or self.kind is ViewKind.GROUP

    @property
    def tier(self) -> Tier | None:
        try:
            return Tier(self.kind.value)
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class Ack:
    """One confirmation of a card's notice: who sent it, in which group, when; `yours` for
    the user's own (a 收到 from their phone, or its DING confirmed in desk)."""

    name: str
    group_name: str
    ts: datetime
    yours: bool = False


class Answer(NamedTuple):
    """A reply to a card's notice with more to say than 收到: a unit's report on it, a
    question, a 收到 and a promise; who sent it, in which group, when, and what it said;
    `yours` for the user's own (sent from their phone)."""

    name: str
    group_name: str
    ts: datetime
    text: str
    yours: bool = False


class FoldedDing(NamedTuple):
    """A DING folded into a card as a copy (the same notice DINGed in another group), still
    waiting for the user: who sent it, in which group, when. Confirming the card confirms
    it, to its own sender in its own group, who need not be the card's."""

    message_id: int
    sender_name: str
    group_name: str
    ts: datetime


@dataclass(frozen=True, slots=True)
class InboxRow:
    id: int
    remote_id: str
    group_id: int
    group_remote_id: str
    group_name: str
    sender_name: str
    sender_role: Role
    ts: datetime
    text: str
    tier: Tier
    score: float
    reasons: tuple[Reason, ...]
    cluster: str | None
    deadline: datetime | None
    read: bool
    done: bool
    ding: bool
    mentions_me: bool
    corrected: bool = False
    # A DING's time to confirm by, as its sender set it (see core.escalation.confirm_by).
    ding_due: datetime | None = None
    # When it was marked done (None while open): Done lists by it, and an undone return
    # from Done puts it back there.
    done_at: datetime | None = None
    pinned: bool = False  # an unconfirmed DING
    # When its sender withdrew it: its text is gone, and the card says who withdrew it.
    withdrawn: datetime | None = None
    # An ack: the notice it confirms; a reply: the notice it answers or quotes (ids).
    ack_of: str | None = None
    answering: str | None = None
    # A folded notice: the other groups it was forwarded or re-posted into, and the groups
    # it came in under other accounts (two accounts of one official in one group: the
    # same event, one card; tables.messages.twin_of).
    also_in: tuple[str, ...] = ()
    # Whose each of `also_in` is ("@second"), said after its name, where it is another
    # account's group; "" or left out (an empty tuple) where it is this account's.
    also_in_whose: tuple[str, ...] = ()
    # Pure acknowledgements attached to this notice (or its copies), first come first: who
    # else sent one, and whether the user did (from another device: a 收到 typed on the phone).
    ack_names: tuple[str, ...] = ()
    acked_by_you: bool = False
    # ...and each of them (the user's too) with its group and time, oldest first: the
    # county asks who confirmed a notice, where and when.
    acks: tuple[Ack, ...] = ()
    # The replies that answer it (or a copy), quoted or not, oldest first: five villages'
    # reports on a notice read as its answers, not as five notices of their own.
    answers: tuple[Answer, ...] = ()
    # A notice asking units to report (请各村…报送), once one has (the user's own from the
    # start): who of them has, who not.
    roll_call: RollCall | None = None
    # The user confirmed its DING (or a copy's) in desk, and the server refused to pass the
    # confirmation on (a group where only admins may post): who sent the DINGs, and never
    # saw it (a copy's sender need not be the card's).
    confirmation_refused: tuple[str, ...] = ()
    # The user confirmed a DING of it, its own or a copy's folded under it (a notice posted
    # plainly here and DINGed in another group), and the server has not refused that.
    ding_confirmed: bool = False
    # ...its own DING, confirmed (the card pinned again by a copy's DING since): what
    # confirming it now leaves out (see `dings_owed`).
    own_ding_confirmed: bool = False
    # When its notice was last posted again in its own group (the reading pane's
    # 本群再次发送), if it was: the time the held and away lists give it.
    posted_again: datetime | None = None
    # ...and, for a DING's card, when it was last DINGed again there (a re-DING folded
    # in): not its words passed on plainly, which is no one asking the user again.
    re_dinged: datetime | None = None
    # The group is end-to-end encrypted: desk cannot read its messages yet.
    group_encrypted: bool = False
    # A DING the user sent from desk (or a re-DING of one): who has confirmed it so far.
    # Not `ding`, which is a DING to the user, waiting for them.
    sent_ding: SentDing | None = None
    # Of the built-in demo workspace: invented, and its alerts say so.
    demo: bool = False
    # The user's replies to it (their texts: 收到, or more) queued in the outbox and not
    # sent yet, offline: until the server has them, nothing else on the card said so.
    waiting_replies: tuple[str, ...] = ()
    # The user confirmed its DING (or a copy's) offline: the outbox holds the confirmation
    # unsent, which the sender sees only once it goes (待发送 on the card).
    confirmation_waiting: bool = False
    # The DINGs folded into it as copies that still wait for the user (not its own, which
    # `ding` and `pinned` say), oldest first: a card that is no DING itself stood 未确认
    # with no DING on it, and `a` confirmed a DING from another sender in another group
    # that nothing showed (a tester).
    folded_dings: tuple[FoldedDing, ...] = ()

    @property
    def holds_ding(self) -> bool:
        """Whether it shows as a DING: its own, or one folded into it that still waits or
        that the user confirmed (as a card's own DING still shows once confirmed)."""
        return self.ding or bool(self.folded_dings) or self.ding_confirmed

    @property
    def dings_owed(self) -> tuple[tuple[str, str], ...]:
        """(sender, group) of each DING that confirming this card confirms, as
        EscalationStore.acknowledge does: its own while it waits, then the copies'. Its
        own confirmed, a copy's DING pinning the card again, is not confirmed twice: `a`
        said 已确认 2 条 DING, the card's sender's among them, for the copy's alone."""
        own_waits = self.ding and self.pinned and not self.own_ding_confirmed
        own = ((self.sender_name, self.group_name),) if own_waits else ()
        return own + tuple((d.sender_name, d.group_name) for d in self.folded_dings)

    @property
    def ack_count(self) -> int:
        return len(self.ack_names) + self.acked_by_you

    @property
    def replied_by_you(self) -> bool:
        """Whether the user has answered it in words, sent (from desk or their phone): a
        reply quoting it or a copy (好的，马上发给你。), or one that answered the task. Not
        their bare 收到 (`acked_by_you`): a quoted promise, listed among the replies, left
        it counted nowhere the quick 收到 looked, and Shift+R sent 收到 after it (ui44)."""
        return any(answer.yours for answer in self.answers) or any(
            reason.code == REPLIED for reason in self.reasons
        )

    @property
    def all_reported(self) -> bool:
        """Whether every unit its notice asked has reported (已报齐): the window and `desk
        inbox` then say no due time, nor how late it would be (已逾期 1 天 beside 已报 8/8
        said nothing, a tester). Where the notice asks the user's own unit and counts
        others (a district's notice the town passed down to its villages), it is done only
        once that unit has reported: 各村（社区）已报齐 beside 本镇还没报 hid that the town
        was two days late (a tester)."""
        call = self.roll_call
        if call is None or call.missing:
            return False
        return call.others is None or call.own_reported

    def standing_at(self, now: datetime) -> InboxRow:
        """The card as it stands at `now`: due at its own time again, and saying where a
        copy asked for sooner, once that copy's time has passed (see `fall_back`). Rows
        are cached and drawn again as the clock moves, not read again from the store."""
        deadline, reasons = standing_due(self.reasons, self.deadline, now)
        if deadline == self.deadline:
            return self
        return replace(self, deadline=deadline, reasons=reasons)

    @property
    def sent_roster(self) -> Roster | None:
        """Who has confirmed the DING the user sent as this card; None for any other."""
        return self.sent_ding.roster if self.sent_ding is not None else None

    @property
    def confirmed_at(self) -> datetime | None:
        """When the user confirmed the DING of this card (in desk, or 收到 from another
        device), the first time; None for any other card, or one not confirmed. The DING
        asked that of them: its due time is no longer theirs to be late for."""
        confirmed = (self.ding and self.acked_by_you) or self.ding_confirmed
        if not confirmed or self.pinned or self.withdrawn is not None:
            return None
        return min((ack.ts for ack in self.acks if ack.yours), default=None)

    def confirmed_note(self, now: datetime) -> datetime | None:
        """When the user confirmed the card's DING, where that is said in place of its due
        time at `now`: not while the due time is still ahead. A 收到 confirms receipt, not
        the task (请于17:00前报送 is still to do by 17:00); once the time has passed, the
        DING they confirmed is no longer said to be late (a tester saw 已逾期 in red). The
        due time that stands at `now` (see `standing_at`): a cached row still holds a
        copy's sooner time after it passed, and its card was drawn as a note while its own
        time, still ahead, was said."""
        confirmed = self.confirmed_at
        if confirmed is None:
            return None
        deadline, _reasons = standing_due(self.reasons, self.deadline, now)
        if deadline is not None and deadline > now:
            return None
        return confirmed

    def shown_reasons(self, now: datetime, *, passed_steps: bool = False) -> list[Reason]:
        """Its reasons as the window and `desk inbox` show them at `now` (see `as_shown`):
        on a card the user moved, not triage's verdicts for another tier (see
        `reasons_for_tier`; 通知 — 我手动归类、闲聊, a tester)."""
        return as_shown(
            reasons_for_tier(self.reasons, self.tier),
            self.group_name,
            self.sent_roster,
            self.tier.asks_action,
            sent_ding_due=self.sent_ding.deadline if self.sent_ding is not None else None,
            now=now,
            passed_steps=passed_steps,
            all_reported=self.all_reported,
            # Its due time dropped only once passed (desk inbox lost it at 收到).
            confirmed=self.confirmed_note(now) is not None,
        )


COPIES_SHOWN = 50


@dataclass(frozen=True, slots=True)
class NoticeCopy:
    """A copy folded into a card: where and when it came, and what it adds to the card."""

    id: int
    group_name: str
    sender_name: str
    ts: datetime
    # Its sentences the card's text does not hold: often the relaying office's own order.
    added: tuple[str, ...]
    deadline: datetime | None


# The sort key of a view's row: where the next page starts.
PageKey = tuple[Any, ...]


class Page(NamedTuple):
    ids: list[int]
    # The key of the last row, to ask for the next page; None after the last page.
    after: PageKey | None


class GroupCount(NamedTuple):
    id: int
    name: str
    unread: int
    encrypted: bool = False  # end-to-end encrypted: desk cannot read it yet
    remote_id: str = ""  # the server's id, which notification rules name
    left: bool = False  # the user left it, or was removed: nothing more comes from it
    # Whose it is ("@hantao"), where another account has a group of the same name (see
    # desk.core.group_names); "" otherwise.
    account: str = ""


class OpenCards(NamedTuple):
    """A view's cards not done yet, read or not, and how many of them are unread; of the
    DUE view's, how many were due before its day (`overdue`), the rest due on it."""

    open: int
    unread: int
    overdue: int = 0


class CameWhileAway(NamedTuple):
    """The cards an AWAY view lists, per tier, and how many of them are still unread."""

    per_tier: dict[Tier, int]
    unread: int

    @property
    def total(self) -> int:
        return sum(self.per_tier.values())


class InboxQueries:
    def __init__(self, sessions: Sessions, unit_setting: Callable[[], str] | None = None) -> None:
        """`unit_setting` says the user's own unit as set (triage.own_unit, the policy's
        included); by default as stored, with no policy."""
        self._sessions = sessions
        self._unit_setting = unit_setting or (
            lambda: str(SettingsStore(sessions).get(OWN_UNIT_SETTING))
        )
        # The user's accounts as `confirmed_as` names them, by id: (display name, user id).
        # Read once, and again after `forget_accounts`: counting the accounts and reading
        # each one's config every time the reading pane showed a confirmed DING.
        self._accounts: dict[int, tuple[str, str]] | None = None
        # Who posted lately in each group, for roll calls (see roll_calls.SendersSeen):
        # one for each thread reading here, the store thread's kept from page to page.
        self._senders = threading.local()

    def forget_accounts(self) -> None:
        """An account may have been added or removed, or its names learned by sync: the
        next `confirmed_as` reads them again (the window calls it with each re-read of
        the inbox, after a sync batch or a change in the Accounts dialog)."""
        self._accounts = None

    def _accounts_named(self, conn: Connection) -> dict[int, tuple[str, str]]:
        accounts = self._accounts
        if accounts is None:
            a = tables.accounts.c
            accounts = {
                account_id: (str((config or {}).get("me_name") or ""), _user_of(label, config))
                for account_id, label, config in conn.execute(select(a.id, a.label, a.config))
            }
            self._accounts = accounts
        return accounts

    def page(
        self,
        view: View,
        after: PageKey | None = None,
        limit: int = 200,
        window: int | None = None,
        shown: AbstractSet[int] = frozenset(),
        among: Sequence[int] | None = None,
    ) -> Page:
        """The next `limit` ids of the view, from just past the row whose key is `after`.

        Keyset paging: each page seeks in the view's index to where the last one ended,
        so paging deep costs what the first page costs (OFFSET re-reads every row above).

        A search the text indexes answer may be asked to look at only `window` message ids
        below `after` (the newest, at first): the page may then come back short, or empty,
        with `after` set where the next look begins. A needle found mostly in messages no
        card shows (早上好 in every group's folded greetings) is then read in steps a GUI
        can take between events, not in one walk of every match.

        A search of several words (split at white space) shows what holds all of them:
        a message holding one and its copy the other is no match.

        A search shows a card where its text or a copy folded into it holds the needle,
        or where a person the needle names posted it or acknowledged it or a copy (a 收到
        folded under the card: the county asks which notices X confirmed), at the newest
        of them, an ack by its own arrival (a search only a LIKE answers, of one character
        or with punctuation, lists the card by its own time, and no acks). Never by the
        user's own 收到: the card says it as 我, not by the name searched, and a user who
        searched their own name had every notice they confirmed listed, nothing marked
        (`_NOT_OWN_ACK`). A page lists each card once; a caller that pages passes the
        cards it has `shown`, which a later page would list again at an older match, and
        which do not count towards `limit`.

        `among` (ascending ids, from `done_search_ids`) says which text matches may show a
        card in a search of Done: the others are passed over unread (see `_cards_page`).
        """
        search = _search_of(view.search)
        if search is not None:
            return self._search_page(view, search, after, limit, window, shown, among)
        if view.kind is ViewKind.DUE and view.today is not None and not view.search.strip():
            return self._due_page(view.today, after, limit)
        if not view.search.strip():
            return self._plain_page(view, after, limit)
        key = _sort_key(view)
        if window is not None:
            return self._like_page(view, key, after, limit, max(1, window // LIKE_COST))
        query = select(*key).where(*_filters(view))
        if after is not None:
            query = query.where(_past(view, key, after))
        order = [c.desc() for c in key] if lists_by_time(view) else list(key)
        with self._sessions.connect() as session:
            found = session.execute(query.order_by(*order).limit(limit)).all()
        return Page([r[-1] for r in found], tuple(found[-1]) if len(found) == limit else None)

    def _plain_page(self, view: View, after: PageKey | None, limit: int) -> Page:
        """A page of a view without a search: its ids alone, read in the view's index
        order on the driver's cursor, then the sort key of the last of them, where the next
        page seeks from. Read with every row's key through SQLAlchemy, paging All to its
        10,000th card spent 13-14 ms of the GUI thread's CPU at 100,000 messages on
        building and compiling each page's statement and on the keys' values; 4-5 ms so."""
        with (
            self._sessions.connect() as session,
            driver_cursor(session) as cursor,
            _one_moment(cursor),
        ):
            cursor.execute(*plain_page_statement(view, after, limit))
            ids = [message_id for (message_id,) in cursor.fetchall()]
            if len(ids) < limit:
                return Page(ids, None)
            # Its key as the page was read. Read a moment later, a rerank landing between
            # (the store thread's, a sync batch's: the GUI thread pages) moved the card,
            # and the next page sought from its new place: cards skipped or listed twice
            # until the list was read again, or none more where the card was gone.
            sql, values = _plain_page_statements(view).key
            cursor.execute(sql, {**values, "card": ids[-1]})
            last = cursor.fetchone()
        return Page(ids, tuple(last) if last is not None else None)

    def count(self, view: View) -> int | None:
        """How many cards the view's pages list in all, counted in its index as its pages
        read it (the same conditions): None for a search, or Due today, which are not
        counted. A list that knows its length shows every row at once, and the scroll bar
        goes to the 10,000th card without paging the ids above it in (issue 8)."""
        if view.search.strip() or (view.kind is ViewKind.DUE and view.today is not None):
            return None
        with self._sessions.connect() as session, driver_cursor(session) as cursor:
            cursor.execute(*count_statement(view))
            (found,) = cursor.fetchone()
        return int(found)

    def _due_page(self, today: tuple[int, int], after: PageKey | None, limit: int) -> Page:
        """A page of Due today: its two parts (_due_parts) each read and ordered from its
        own index, then merged, in _sort_key's order. As one query, by id IN either part,
        every dated card's row was read to sort it (90 ms a page at 50,000 messages); the
        same built by SQLAlchemy at each page cost more than SQLite took to answer it."""
        with self._sessions.connect() as session, driver_cursor(session) as cursor:
            cursor.execute(*due_page_statement(today, after, limit))
            found = cursor.fetchall()
        return Page([r[-1] for r in found], tuple(found[-1]) if len(found) == limit else None)

    def _like_page(
        self,
        view: View,
        key: tuple[ColumnElement[Any], ...],
        after: PageKey | None,
        limit: int,
        rows: int,
    ) -> Page:
        """A page of a search only a LIKE answers, read from at most `rows` cards below
        `after`: one of a rare character (紧, a letter) read every card's text in one go,
        0.45 s at 300,000 messages with the window frozen. Short, or empty, with `after`
        where the next look begins, as `_search_page` is."""
        order = [c.desc() for c in key]
        scan = select(*key).where(*_filters(view, likes=False))
        if after is not None:
            scan = scan.where(_past(view, key, after))
        scan = scan.order_by(*order)
        looked = scan.limit(rows).subquery()
        # By id IN the cards looked at, which SQLite then reads one by one: as a join,
        # with the done flag a bound value, it read every card and the window second.
        query = (
            select(*key)
            .where(tables.messages.c.id.in_(select(looked.c.id)), *_filters(view))
            .order_by(*order)
            .limit(limit)
        )
        with self._sessions.connect() as session:
            found = session.execute(query).all()
            if len(found) == limit:
                return Page([r[-1] for r in found], tuple(found[-1]))
            last = session.execute(scan.offset(rows - 1).limit(1)).first()
        return Page([r[-1] for r in found], tuple(last) if last is not None else None)

    def _search_page(
        self,
        view: View,
        search: _Search,
        after: PageKey | None,
        limit: int,
        window: int | None,
        shown: AbstractSet[int],
        among: Sequence[int] | None = None,
    ) -> Page:
        """A page of a search a text index answers, newest first by arrival.

        The index hands out its row ids in descending order, so a page reads only as many
        matches as it needs; ordering by the message time read and sorted every match
        first (0.2-0.4 s for 通知 at 500,000 messages, one in four of which holds it).
        The index of the search's most telling word drives it; the other words are asked
        of each match (`_other_words`).
        """
        upper = after[0] if after is not None else None
        index, phrase = search.index, search.phrase
        with self._sessions.connect() as session:
            # The every-message view searches the text alone: without the acks' condition
            # the partial index of senders does not serve it. A search of several words
            # looks for a name that holds them all, as typed (Li Ming, 区政府办 孟凡), not
            # for what 孟凡 posted holding 直播.
            senders = [] if view.unfolded else _senders_named(session, view.search.strip())
            lower = 0
            if window is not None:
                if search.likes:
                    # Each match's row read for a word only a LIKE answers (通知 的): 50-90
                    # ms a window of 50,000 ids at 100,000 messages, as `_like_page` reads.
                    window = max(1, window // LIKE_COST)
                if upper is None:
                    upper = (session.scalar(select(func.max(tables.messages.c.id))) or 0) + 1
                lower = max(0, upper - window)
            if upper is None:
                upper = _ABOVE_EVERY_ID
            if view.each_message:
                # A group's copies and acks show too: its rows, read by their ids.
                rowid = index.c.rowid
                matches = (
                    select(rowid.label("id"))
                    .join(tables.messages, tables.messages.c.id == rowid)
                    .where(_matches(index, phrase), rowid >= lower, rowid < upper)
                    .where(*_filters(view))
                    .where(*_other_words(search, rowid, lambda at: (at >= lower, at < upper)))
                    .where(*(_holds_any(tables.messages.c.text, p) for p in search.likes))
                )
                if senders:
                    sent = select(tables.messages.c.id).where(
                        tables.messages.c.sender_name.in_(senders),
                        tables.messages.c.id >= lower,
                        tables.messages.c.id < upper,
                        *_filters(view),
                    )
                    # Ordered as a whole, so that SQLite merges the two ordered reads
                    # rather than reading and sorting every match.
                    both = union(matches, sent)
                    query = both.order_by(both.selected_columns.id.desc())
                else:
                    query = matches.order_by(rowid.desc())
                ids = list(session.scalars(query.limit(limit)))
                page = Page(ids, (ids[-1],) if len(ids) == limit else None)
            else:
                page = self._cards_page(
                    session, view, search, senders, (lower, upper), limit, shown, among
                )
        if page.after is None and lower > 0:
            return Page(page.ids, (lower,))
        return page

    @staticmethod
    def _cards_page(
        session: Session | Connection,
        view: View,
        search: _Search,
        senders: Sequence[str],
        ids_within: tuple[int, int],
        limit: int,
        shown: AbstractSet[int],
        among: Sequence[int] | None = None,
    ) -> Page:
        """A page of the cards a search shows in `view`, from the matches whose ids are
        within [lower, upper): of the text, and what the `senders` named posted or
        acknowledged (the ack's id is the match, its notice's card what it shows). Of
        the text's matches only those `among` the ids given, if given (ascending).

        A notice's copies match with it (forwarded to 30 groups, 30 times), and its card
        shows once, where its newest match is. The matches are read from the driver's
        cursor a batch at a time (SQLite steps only as far as they are taken), each batch's
        notices looked up in one query, until the page has `limit` cards: a needle found
        in a thousand copies of one greeting costs what reading them costs, not a
        SQLAlchemy row each.
        """
        lower, upper = ids_within
        within: list[int] | None = None
        if among is not None:
            within = list(
                among[bisect.bisect_left(among, lower) : bisect.bisect_left(among, upper)]
            )
            if not within and not senders:
                return Page([], None)  # nothing here can show a card of the view
        statement = _cards_search(
            search.index.name,
            _card_test(view),
            bool(senders),
            tuple(index.name for index, _phrase in search.also),
            tuple(len(patterns) for patterns in search.likes),
            within is not None,
        )
        arguments: tuple[object, ...] = (search.phrase, lower, upper)
        for _index, phrase in search.also:
            arguments += (phrase, lower, upper)
        arguments += tuple(p for patterns in search.likes for p in patterns)
        if within is not None:
            arguments += (json.dumps(within),)
        if senders:
            # Once for what they posted, once for what they acknowledged.
            arguments += (json.dumps(senders), lower, upper) * 2
        with driver_cursor(session) as cursor, driver_cursor(session) as lookup:
            cursor.execute(statement, arguments)
            seen: set[int | str] = set()
            ids: dict[int, None] = {}
            while batch := cursor.fetchmany(_MATCH_BATCH):
                fresh = []
                for at, found in batch:
                    if found not in seen:
                        seen.add(found)
                        fresh.append((at, found))
                notices = [found for _at, found in fresh if isinstance(found, str)]
                cards = _cards_of_copies(lookup, view, notices) if notices else {}
                for at, found in fresh:
                    card = found if isinstance(found, int) else cards.get(found)
                    if card is not None and card not in shown:
                        ids[card] = None
                        if len(ids) == limit:
                            return Page(list(ids), (at,))
            return Page(list(ids), None)

    def done_search_ids(self, most: int) -> list[int] | None:
        """The messages whose text a search of Done can show a card by, ascending: the
        cards marked done, and every copy of their notices, also one that came after the
        card was marked done, and stayed not done (a copy is marked with its card only
        if it is there then). None where they are more than `most`: a search then walks
        its matches (a text match not among them shows no card in Done)."""
        with self._sessions.connect() as session, driver_cursor(session) as cursor:
            cursor.execute(_DONE_SEARCH_IDS, (most + 1,))
            ids = [row[0] for row in cursor.fetchall()]
        return None if len(ids) > most else sorted(ids)

    def search_order(self, view: View, found: Sequence[int]) -> list[int]:
        """The cards a search found (`found`, newest first, as `page` lists them) in the
        order the search shows them: the first RANKED by their `standings`, then the rest
        as found (see desk.core.search_order)."""
        return arranged(found, self.standings(view, found[:RANKED]))

    def standings(self, view: View, ids: Sequence[int]) -> dict[int, Standing]:
        """How likely each of the cards `ids` a search for `view` found is what it looks
        for (desk.core.search_order.standing): from each card's tier and the start of its
        text, and, for a notice, whether anyone confirmed or answered it or a copy folded
        into it (`_STANDINGS`).

        One statement over the ids given (a page, not the search's every match), on the
        driver's cursor: each card's row by its key, and for a card of the Info tier alone,
        the first ack or reply by the indexes of acks and of answers."""
        if not ids:
            return {}
        needle = search_needle(view.search)
        with self._sessions.connect() as session, driver_cursor(session) as cursor:
            cursor.execute(_STANDINGS, (json.dumps(list(ids)),))
            found = cursor.fetchall()
        return {
            card: standing(
                _TIER_OF_RANK[rank], bool(answered), titled(start or "", needle), bool(pinned)
            )
            for card, rank, start, pinned, answered in found
        }

    def rows(self, ids: Sequence[int], *, with_roll_calls: bool = True) -> dict[int, InboxRow]:
        """The cards `ids`, each with its roll call unless not `with_roll_calls` (the
        window's first paint, see InboxModel.hold_roll_calls)."""
        if not ids:
            return {}
        with self._sessions.connect() as session:
            found = session.execute(_ROWS, {"ids": list(ids)}).all()
            folds = _folds(session, found)
            calls = (
                roll_calls(
                    session,
                    ((m, folds.get((m.account_id, m.remote_id), _NO_FOLDS).answers) for m in found),
                    lambda: own_unit(session, self._unit_setting()),
                    self._senders_seen(),
                )
                if with_roll_calls
                else {}
            )
            followed = _followed(session, [m.id for m in found if _unmatched_ack(m)])
            waiting, confirming = _waiting_replies(session, found)
            # Only what the user sent can be a DING they sent: a page of others' messages
            # asks nothing more.
            sent = dings_sent_as(
                session,
                (
                    (m.account_id, m.remote_id)
                    for m in found
                    if any(code == FROM_YOU for code, _args in m.reasons)
                ),
            )
        return {
            m.id: _row(
                m,
                m.group_name,
                m.group_remote_id,
                folds.get((m.account_id, m.remote_id), _NO_FOLDS),
                group_encrypted=m.group_encrypted,
                sent_ding=sent.get((m.account_id, m.remote_id)),
                demo=m.demo,
                followed=followed.get(m.id),
                roll_call=calls.get(m.id),
                waiting_replies=tuple(waiting.get((m.account_id, m.remote_id), ())),
                confirmation_waiting=(m.account_id, m.remote_id) in confirming,
            )
            for m in found
        }

    def _senders_seen(self) -> SendersSeen:
        """This thread's senders kept for roll calls, never another thread's."""
        kept: SendersSeen | None = getattr(self._senders, "kept", None)
        if kept is None:
            kept = self._senders.kept = SendersSeen()
        return kept

    def row(self, message_id: int) -> InboxRow | None:
        return self.rows([message_id]).get(message_id)

    def guessed_unit(self) -> str | None:
        """The user's own unit as their display names in the groups say it (桐坪镇-李明),
        None if none does: what desk goes by while the setting is empty."""
        with self._sessions.connect() as session:
            return guessed_unit(session)

    def account_names(self) -> list[str]:
        """The user's display name in each account, each once: an @ of one is to them
        already, without listing it among the other names they are called by."""
        with self._sessions.connect() as session:
            configs = session.scalars(
                select(tables.accounts.c.config).order_by(tables.accounts.c.id)
            )
            return list(dict.fromkeys(str(c["me_name"]) for c in configs if c and c.get("me_name")))

    def copies(self, message_id: int) -> list[NoticeCopy]:
        """The copies folded into the card `message_id`, in arrival order."""
        with self._sessions.connect() as session:
            card = session.execute(_CARD_TEXT, {"id": message_id}).first()
            if card is None or card.cluster != card.remote_id:
                return []
            found = session.execute(
                _COPY_ROWS, {"account": card.account_id, "head": card.remote_id, "id": message_id}
            ).all()
        if not found:
            # Most cards: no copies to compare, and no converter to simplified characters
            # to load for them (AddedLines; 4 ms before the window's first paint).
            return []
        added = AddedLines(card.text)
        return [
            NoticeCopy(
                id=c.id,
                group_name=c.group_name,
                sender_name=c.sender_name,
                ts=from_ms(c.ts_ms),
                added=tuple(added.of(c.text)),
                deadline=from_ms(c.deadline_ms) if c.deadline_ms is not None else None,
            )
            for c in found
        ]

    def ack_words(self, message_id: int) -> dict[tuple[str, datetime], str]:
        """The words of the acks to the card `message_id` (and to its notice's copies) that
        say more than 收到: a promise or a time (好的，马上发您; 收到，本周五前交), by who sent
        each and when, as `InboxRow.acks` lists them. Read for the card shown, not for a
        page: an ack's words are in its row, not in the index a page's counts are read from.
        A person is listed once in a group, at their first ack there (see `_acks_listed`):
        the words of a later one (收到, then 收到，本周五前交) go on that line, the last said
        when there are two, as the promise is what the line is for."""
        with self._sessions.connect() as session:
            card = session.execute(_CARD_TEXT, {"id": message_id}).first()
            if card is None:
                return {}
            head = card.remote_id if card.cluster == card.remote_id else ""
            found = session.execute(
                _ACK_TEXTS, {"account": card.account_id, "card": card.remote_id, "head": head}
            ).all()
        first: dict[tuple[str, int], int] = {}
        words = {}
        for sender, group_id, at, said, promise in found:
            listed_at = first.setdefault((sender, group_id), at)
            if promise:
                words[(sender, from_ms(listed_at))] = said
        return words

    def confirmed_as(self, message_id: int) -> tuple[str, str] | None:
        """The account that sent the 收到 confirming the DING of the card `message_id` (or
        of a copy folded into it), as its display name and user id, where the user has
        more than one account: the reply box names the account it sends from, and 已确认
        alone did not say which of two the DING's sender saw answer. None with one
        account, or where no confirmation of the user's is found. Read for the card shown."""
        m = tables.messages.c
        with self._sessions.connect() as conn:
            accounts = self._accounts_named(conn)
            if len(accounts) < 2:
                return None
            card = conn.execute(
                select(m.account_id, m.remote_id, m.twin_of).where(m.id == message_id)
            ).first()
            if card is None:
                return None
            if card.twin_of is not None:
                # A twin is confirmed as its first account's row (EscalationStore.acknowledge).
                card = conn.execute(
                    select(m.account_id, m.remote_id, m.twin_of).where(m.id == card.twin_of)
                ).first()
                if card is None:
                    return None
            # The card's event and its copies' (a copy's DING confirmed with the card).
            events = select(m.remote_id).where(
                m.account_id == card.account_id,
                or_(m.remote_id == card.remote_id, m.cluster == card.remote_id),
            )
            outbox = tables.outbox.c
            # Confirmed in desk: its queued 收到 names the account it went from (see
            # escalations._confirm, which picks the user's own account over a shared one).
            sent = conn.execute(
                select(outbox.account_id)
                .where(outbox.ack_of.in_(events))
                .order_by(outbox.created_ms, outbox.id)
                .limit(1)
            ).scalar()
            if sent is None:
                # Confirmed from another device (收到 typed on the phone, or its button):
                # the account whose user confirmed it first, as sync recorded it.
                by_user = {user: account_id for account_id, (_name, user) in accounts.items()}
                confirmations = tables.ding_confirmations.c
                by = conn.execute(
                    select(confirmations.user_id)
                    .where(
                        confirmations.ding_remote_id.in_(events),
                        confirmations.user_id.in_(list(by_user)),
                    )
                    .order_by(confirmations.ts_ms)
                    .limit(1)
                ).scalar()
                sent = by_user.get(by) if by is not None else None
        return accounts.get(sent) if sent is not None else None

    def conversation(self, message_id: int) -> Conversation | None:
        """The messages around `message_id` in its group, as they came (see
        desk.store.conversation); None once it is gone."""
        # Loaded with the first conversation opened: the window's start does not need it.
        from desk.store.conversation import conversation

        return conversation(self._sessions, message_id)

    def conversation_places(self, message_id: int) -> tuple[Place, ...]:
        """The groups of `message_id`'s notice, its own first, each with its copy there
        (see desk.store.conversation); none once it is gone."""
        from desk.store.conversation import conversation_places

        return conversation_places(self._sessions, message_id)

    def lists(self, view: View, message_id: int) -> bool:
        """Whether `view` lists the message, its search included, as `page` would: lookups
        by its id and its copies' ids, not a walk of the view (a search for 通知 matches
        every fourth message)."""
        with self._sessions.connect() as session:
            found = session.execute(
                select(
                    tables.messages.c.account_id,
                    tables.messages.c.remote_id,
                    tables.messages.c.cluster,
                ).where(tables.messages.c.id == message_id, *_filters(view))
            ).first()
            if found is None:
                return False
            needle = view.search.strip()
            search = _search_of(needle)
            if search is None:
                return True  # no search, or one only a LIKE answers: `_filters` held it
            # A card shows where its text or a copy folded into it holds the needle, or
            # where one of them was posted by a person the needle names (_cards_search);
            # a group's search and the every-message view list each message for itself.
            ids = [message_id]
            remote_ids = [found.remote_id]
            as_card = not view.each_message
            if as_card and found.cluster:
                for copy_id, copy_remote_id in session.execute(
                    select(tables.messages.c.id, tables.messages.c.remote_id).where(
                        tables.messages.c.account_id == found.account_id,
                        tables.messages.c.cluster == found.remote_id,
                        text(NOTICE_COPIES),
                    )
                ):
                    ids.append(copy_id)
                    remote_ids.append(copy_remote_id)
            table, at = search.index, search.index.c.rowid
            # The index seeks each id (FTS5's rowid constraint), not every match.
            matched = select(at).where(
                _matches(table, search.phrase),
                at.in_(ids),
                *_other_words(search, at, lambda other: (other.in_(ids),)),
            )
            if search.likes:
                holding = select(tables.messages.c.id).where(
                    tables.messages.c.id.in_(ids),
                    *(_holds_any(tables.messages.c.text, p) for p in search.likes),
                )
                matched = matched.where(at.in_(holding))
            if session.execute(matched.limit(1)).first() is not None:
                return True
            senders = [] if view.unfolded else _senders_named(session, needle)
            if not senders:
                return False
            posted = select(tables.messages.c.id).where(
                tables.messages.c.id.in_(ids), tables.messages.c.sender_name.in_(senders)
            )
            if session.execute(posted.limit(1)).first() is not None:
                return True
            # ...or, for a card, where one of them acknowledged it or a copy, not the user.
            acked = select(tables.messages.c.id).where(
                tables.messages.c.account_id == found.account_id,
                tables.messages.c.ack_of.in_(remote_ids),
                tables.messages.c.sender_name.in_(senders),
                text(f"NOT ({OWN_ACK.replace('ack.', '')})"),
            )
            return as_card and session.execute(acked.limit(1)).first() is not None

    def card_of(self, message_id: int) -> int:
        """The id of the card that shows `message_id`: the notice it is a copy of, the
        notice an ack answers (or that notice's card), else the message itself."""
        with self._sessions.connect() as session:
            found = session.execute(_FOLDED_INTO, {"id": message_id}).first()
            card = message_id
            # The message, the notice an ack answers, and the card that notice folds into.
            # Gone (redacted) is no card: the last message found stands for it.
            for _hop in range(3):
                if found is None:
                    break
                card = int(found[0])
                account_id, remote_id, cluster, ack_of = found[1:]
                target = ack_of or (cluster if cluster not in (None, remote_id) else None)
                if target is None:
                    break
                found = session.execute(
                    _BY_REMOTE_ID, {"account": account_id, "remote_id": target}
                ).first()
            return card

    def attachment(self, message_id: int) -> AttachmentInfo | None:
        """The message's attachment, if it has one (a primary-key lookup)."""
        return attachments_of(self._sessions, [message_id]).get(message_id)

    def attachment_content(self, message_id: int) -> bytes | None:
        """The message's attachment as fetched (decrypted, in memory), None if not fetched."""
        return content_of(self._sessions, message_id)

    def group_counts(self) -> list[GroupCount]:
        with self._sessions.connect() as session:
            rows = session.execute(_GROUP_COUNTS).all()
            unlisted = {g: int(n) for g, n in session.execute(_unread_re_dings(session))}
            shared = shared_names((row[1], row[6]) for row in rows)
            whose = (
                account_names((int(i), str(lb)) for i, lb in session.execute(_ACCOUNT_LABELS))
                if shared
                else {}
            )
            return [
                GroupCount(
                    i,
                    n,
                    max(0, int(c) - unlisted.get(i, 0)),
                    e,
                    r,
                    bool(gone),
                    whose.get(account, "") if n in shared else "",
                )
                for i, n, c, e, r, gone, account in rows
            ]

    def group_accounts(self) -> dict[str, str]:
        """Rooms (by remote id) whose name another account's different room has too, and
        whose each is ("@hantao"): the settings list says it after the name. A room both
        accounts are in is one row there (its rules are the room's) and needs none."""
        with self._sessions.connect() as session:
            rows = session.execute(
                select(
                    tables.groups.c.remote_id, tables.groups.c.name, tables.groups.c.account_id
                ).distinct()
            ).all()
            by_name: dict[str, set[str]] = {}
            for remote_id, name, _account in rows:
                by_name.setdefault(name, set()).add(remote_id)
            shared = {name for name, rooms in by_name.items() if len(rooms) > 1}
            shared &= shared_names((name, account) for _r, name, account in rows)
            if not shared:
                return {}
            whose = account_names((int(i), str(lb)) for i, lb in session.execute(_ACCOUNT_LABELS))
            found: dict[str, list[str]] = {}
            for remote_id, name, account in rows:
                if name in shared:
                    found.setdefault(remote_id, []).append(whose.get(account, ""))
            return {remote_id: "、".join(sorted(set(a))) for remote_id, a in found.items()}

    def directory(self) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """(group remote id, name) and (person id, name) pairs, for settings pickers."""
        with self._sessions.connect() as session:
            # A room two accounts are in is one row: its rules are keyed by its id, and
            # listed twice, the second row's choice silently won (IT tester, two accounts).
            groups = session.execute(
                select(tables.groups.c.remote_id, func.min(tables.groups.c.name))
                .group_by(tables.groups.c.remote_id)
                .order_by(func.min(tables.groups.c.name))
            )
            # The user is no one to let through to themselves.
            me = {
                str(config["user_id"])
                for config in session.scalars(select(tables.accounts.c.config))
                if isinstance(config, dict) and config.get("user_id")
            }
            people = session.execute(
                select(tables.members.c.user_id, func.min(tables.members.c.name))
                .where(tables.members.c.user_id.not_in(me))
                .group_by(tables.members.c.user_id)
                .order_by(func.min(tables.members.c.name))
            )
            return [(g, n) for g, n in groups], [(p, n) for p, n in people]

    def workspace(self) -> Workspace:
        """Whether the demo is there, or no account at all (read with the badges)."""
        with self._sessions.connect() as session:
            return workspace(session)

    def held_counts(self, view: View) -> tuple[int, int]:
        """How many cards the HELD `view` lists in all, and how many of them came through
        while quiet (its `woken`): counted, not the rows paged in so far (its line said
        "200 more alerted" of the first page, and none held, for more than a page)."""
        woken = func.json_each(json.dumps(list(view.woken))).table_valued("value")
        query = select(
            func.count(),
            func.count().filter(tables.messages.c.id.in_(select(woken.c.value))),
        ).where(*_filters(view))
        with self._sessions.connect() as session:
            cards, alerted = session.execute(query).one()
        return int(cards), int(alerted)

    def held_count(self, before: datetime | None = None) -> int:
        """How many cards quiet hours hold so far, as their list shows them (`holding`);
        only those posted `before` a time if given. Read before the first paint, where
        the alerts' own count comes tens of seconds later under load."""
        with self._sessions.connect() as session:
            return int(session.scalar(select(func.count()).where(*holding(before))) or 0)

    def confirmations_waiting(self) -> int:
        """The user's confirmations of DINGs the outbox holds unsent (made offline), as
        their cards say 确认 · 待发送 (see _waiting_replies): from the outbox's pending
        index, a handful at most."""
        with self._sessions.connect() as session:
            return int(
                session.scalar(
                    select(func.count())
                    .select_from(tables.outbox)
                    .where(
                        # By account, as the pending index is keyed: the outbox keeps every
                        # item ever sent.
                        tables.outbox.c.account_id.in_(select(tables.accounts.c.id)),
                        tables.outbox.c.state == OutboxState.PENDING.value,
                        tables.outbox.c.ack_of.is_not(None),
                        tables.outbox.c.ding.is_(None),
                    )
                )
                or 0
            )

    def invite_count(self) -> int:
        """Invites waiting for an answer (read with the badges, after every sync batch)."""
        with self._sessions.connect() as session:
            return int(session.scalar(select(func.count()).select_from(tables.invites)) or 0)

    def view_counts(self) -> dict[ViewKind, int]:
        """Unread, not-done messages per tier view, and in All."""
        query = (
            select(tables.unread_counts.c.tier, func.sum(tables.unread_counts.c.n))
            .where(tables.unread_counts.c.card.is_(True))
            .group_by(tables.unread_counts.c.tier)
        )
        with self._sessions.connect() as session:
            per_tier = {ViewKind(t): int(n) for t, n in session.execute(query)}
        per_tier[ViewKind.ALL] = sum(
            n for kind, n in per_tier.items() if View(kind).tier in ALL_VIEW_TIERS
        )
        return per_tier

    def open_counts(self, today: tuple[int, int]) -> dict[ViewKind, OpenCards]:
        """The cards not done in Urgent and Action, and in the DUE view of `today`, each
        with how many of them are unread: what still needs the user, read or not. Urgent's
        and Action's from the counts the triggers of 0035 and 0009 keep; the due ones from
        their indexes (see _due_page)."""
        unread = (
            select(tables.unread_counts.c.tier, func.sum(tables.unread_counts.c.n))
            .where(
                tables.unread_counts.c.card.is_(True),
                tables.unread_counts.c.tier.in_(_OPEN_COUNTED),
            )
            .group_by(tables.unread_counts.c.tier)
        )
        with self._sessions.connect() as session:
            opened = {
                t: int(n)
                for t, n in session.execute(
                    select(tables.open_counts.c.tier, tables.open_counts.c.n).where(
                        tables.open_counts.c.tier.in_(_OPEN_COUNTED)
                    )
                )
            }
            unread_of = {t: int(n) for t, n in session.execute(unread)}
            # Each part of Due today from its own index, as its page (see _due_page).
            due_open = due_unread = due_overdue = 0
            with driver_cursor(session) as cursor:
                for statement in DUE_COUNTS:
                    cursor.execute(statement, {"start": today[0], "end": today[1]})
                    listed, unread, overdue = cursor.fetchone()
                    due_open, due_unread = due_open + listed, due_unread + unread
                    due_overdue += overdue
        counts = {
            ViewKind(tier): OpenCards(opened.get(tier, 0), unread_of.get(tier, 0))
            for tier in _OPEN_COUNTED
        }
        counts[ViewKind.DUE] = OpenCards(int(due_open), int(due_unread), int(due_overdue))
        return counts

    def first_days(self) -> FirstDays:
        """The days desk was used on, and whether its first-days guide was closed."""
        return first_days.first_days(self._sessions)

    def note_day_used(self, today: date) -> None:
        first_days.note_day_used(self._sessions, today)

    def close_guide(self) -> None:
        first_days.close_guide(self._sessions)

    def stored_presence(self) -> presence.Presence:
        """When the user was last in desk's window, and the absence they came back from
        still offered (see desk.store.presence)."""
        return presence.presence(self._sessions)

    def note_present(self, at: datetime) -> None:
        presence.note_present(self._sessions, at)

    def keep_absence(self, away: Absence) -> None:
        presence.keep_absence(self._sessions, away)

    def forget_absence(self, away: Absence) -> None:
        presence.forget_absence(self._sessions, away)

    def came_while_away(self, view: View) -> CameWhileAway:
        """What an AWAY view lists, counted as its cards: per tier, and how many of them
        are unread. The view's own conditions, so a notice forwarded into three groups
        counts once, as it lists once."""
        unread = func.sum(case((tables.messages.c.read.is_(False), 1), else_=0))
        query = (
            select(tables.messages.c.tier_rank, func.count(), unread)
            .where(*_filters(replace(view, search="")))
            .group_by(tables.messages.c.tier_rank)
        )
        with self._sessions.connect() as session:
            found = session.execute(query).all()
        by_rank = {tier.rank: tier for tier in Tier}
        return CameWhileAway(
            {by_rank[rank]: int(n) for rank, n, _unread in found},
            sum(int(u or 0) for _rank, _n, u in found),
        )

    # The learned weights and the groups' presets load with the first correction or
    # setting that needs them, not before the window's first paint.

    def correct_tier(self, message_id: int, tier: Tier, now: datetime) -> Correction | None:
        from desk.store import weights

        return weights.correct_tier(self._sessions, message_id, tier, now)

    def foresee_correction(self, message_id: int, tier: Tier, now: datetime) -> Correction | None:
        """What `correct_tier` would teach, not done (see weights.foresee_correction)."""
        from desk.store import weights

        return weights.foresee_correction(self._sessions, message_id, tier, now)

    def undo_correction(self, correction: Correction, now: datetime) -> None:
        from desk.store import weights

        weights.undo_correction(self._sessions, correction, now)

    def group_weights(self) -> dict[str, float]:
        from desk.store import weights

        return weights.group_weights(self._sessions)

    def set_group_priority(self, remote_id: str, priority: Priority, now: datetime) -> int:
        from desk.store import weights

        return weights.set_group_priority(self._sessions, remote_id, priority, now)

    def preset_names(self, presets: Mapping[str, str]) -> dict[str, str]:
        """The key of the policy's `presets` that names each group, by its remote id (see
        group_presets.named_by: a group renamed since keeps the name it was given by)."""
        from desk.store import group_presets

        with self._sessions() as session:
            return group_presets.preset_names(session, presets)

    # The ranking's module loads with the first rerank, after the first paint, or the
    # first card put away or brought back.

    def rerank(self, now: datetime) -> int:
        from desk.store import ranking

        return ranking.rerank(self._sessions, now)

    def rerank_step(
        self, now: datetime, after: tuple[int, int] | None, since: datetime | None = None
    ) -> RerankStep:
        from desk.store import ranking

        return ranking.rerank_step(self._sessions, now, after, since)

    def set_read(self, ids: Iterable[int], read: bool) -> None:
        self._mark(ids, read=read)

    def read_card(self, card_id: int) -> list[int]:
        """Marks read the card the user opened, with what it folds (its copies, its acks)
        and, where it is a copy folded under a notice, that notice and its other copies:
        the same notice, read in one view, read in every view listing it. A forwarded copy
        opened and answered on its notice's card stayed bold in its group (tester test52b).
        Returns the messages that were unread (none: nothing changed)."""
        with self._sessions.connect() as session:
            found = session.execute(
                select(tables.messages.c.account_id, tables.messages.c.cluster).where(
                    tables.messages.c.id == card_id
                )
            ).first()
            ids = [card_id]
            if found is not None and found.cluster is not None:
                ids.extend(
                    session.scalars(
                        select(tables.messages.c.id).where(
                            tables.messages.c.account_id == found.account_id,
                            tables.messages.c.remote_id == found.cluster,
                        )
                    )
                )
        return self._mark(ids, read=True)

    def mark_view_read(self, view: View) -> MarkedRead:
        """Marks read what the view lists (a search aside), as `read_marks.mark_read`, and
        with All what Noise lists; Done lists nothing open, so nothing there changes."""
        mark = self.view_read_mark(view)
        while not mark.step().finished:
            pass
        return mark.marked

    def view_read_mark(
        self, view: View, step_rows: int = read_marks.STEP_ROWS
    ) -> read_marks.ViewReadMark:
        """Marking read what the view lists a step at a time (see `mark_view_read`)."""
        if view.kind is ViewKind.GROUP and view.group_id is not None:
            return read_marks.ViewReadMark(
                self._sessions, group_id=view.group_id, step_rows=step_rows
            )
        if view.kind is ViewKind.ALL:
            # Caught up on All is caught up: chit-chat left unread kept every group's badge
            # up (a tester). Noise's cards do not count towards All's badge.
            return read_marks.ViewReadMark(
                self._sessions, ALL_VIEW_TIERS, step_rows=step_rows, also=(Tier.NOISE,)
            )
        # Done lists nothing open: no tier, nothing to mark.
        tiers = (view.tier,) if view.tier else ()
        return read_marks.ViewReadMark(self._sessions, tiers, step_rows=step_rows)

    def unread_in(self, view: View) -> int:
        """The unread count the view's badge shows (read from the counts the store keeps)."""
        if view.kind is ViewKind.GROUP:
            return next((g.unread for g in self.group_counts() if g.id == view.group_id), 0)
        return self.view_counts().get(view.kind, 0)

    def unread_listed(self, view: View) -> list[int]:
        """The unread messages a view of messages one by one lists (what quiet hours held),
        its search aside: what its Shift+C marks read."""
        with self._sessions.connect() as session:
            found = select(tables.messages.c.id).where(
                *_filters(replace(view, search="")), tables.messages.c.read.is_(False)
            )
            return list(session.scalars(found))

    def unmark_read(self, marked: MarkedRead) -> None:
        read_marks.unmark(self._sessions, marked)

    def set_done(
        self, ids: Iterable[int], done: bool, now: datetime, *, done_at: datetime | None = None
    ) -> list[int]:
        """Puts the cards away as done, or brings them back, listed where their due times
        put them at `now` (see `desk.store.ranking.rescore`). Put away as done at `done_at` where
        given (a return from Done undone), else at `now`. Returns every message marked
        (the cards, their copies and acks): an undo marks those back, whatever became of
        the notice meanwhile (its first post withdrawn, its copies then folded under
        another, which the first post's id no longer finds)."""
        if done:
            return self._mark(ids, done=True, done_ms=to_ms(done_at or now))
        return self._mark(ids, now, done=False)

    def _mark(
        self, ids: Iterable[int], rescore_at: datetime | None = None, **values: Any
    ) -> list[int]:
        """Marks the cards: a folded notice's copies and its attached acks go with it;
        with `rescore_at`, each scored for that time. Returns the messages marked.

        Looked up by key, each through its own index: one UPDATE with the four conditions
        OR'ed read every message of the account (0.6 s a key press at 300,000)."""
        marked: list[int] = []
        with self._sessions.begin() as session:
            ids = list(ids)
            cards = session.execute(
                select(tables.messages.c.account_id, tables.messages.c.remote_id).where(
                    tables.messages.c.id.in_(ids)
                )
            ).all()
            for account_id, remote_id in dict.fromkeys([*cards, *_twins_of(session, ids)]):
                copies = session.scalars(
                    select(tables.messages.c.remote_id).where(
                        tables.messages.c.account_id == account_id,
                        tables.messages.c.cluster == remote_id,
                    )
                ).all()
                keys = list({remote_id, *copies})
                for start in range(0, len(keys), _KEYS_AT_ONCE):
                    chunk = keys[start : start + _KEYS_AT_ONCE]
                    for column in (tables.messages.c.remote_id, tables.messages.c.ack_of):
                        which = [tables.messages.c.account_id == account_id, column.in_(chunk)]
                        if values.get("read") is False:
                            # A withdrawn message says nothing to read: never unread.
                            which.append(tables.messages.c.withdrawn_ms.is_(None))
                        elif values.get("read") is True:
                            # What was unread: the messages marked are what changed.
                            which.append(tables.messages.c.read.is_(False))
                        marked.extend(
                            session.scalars(
                                update(tables.messages)
                                .where(*which)
                                .values(**values)
                                .returning(tables.messages.c.id),
                                execution_options={"synchronize_session": False},
                            )
                        )
                        if rescore_at is not None:
                            from desk.store.ranking import rescore

                            rescore(session, and_(*which), rescore_at)
        return marked


def _user_of(label: str, config: Mapping[str, Any] | None) -> str:
    """An account's user id as its config has it, else its label."""
    return str((config or {}).get("user_id") or label)


def _twins_of(session: Session, ids: list[int]) -> list[tuple[int, str]]:
    """The other rows of the same events as the messages `ids` under other accounts (their
    twins, or the first row a twin names: tables.messages.twin_of), as (account, remote
    id): marking one marks the other's notice as well, its copies and acks there."""
    message, twin = tables.messages, tables.messages.alias("twin")
    if session.scalar(select(exists().where(message.c.twin_of.is_not(None)))) is not True:
        return []
    return [
        (account_id, remote_id)
        for account_id, remote_id in session.execute(
            union(
                select(message.c.account_id, message.c.remote_id).where(message.c.twin_of.in_(ids)),
                select(message.c.account_id, message.c.remote_id)
                .join(twin, twin.c.twin_of == message.c.id)
                .where(twin.c.id.in_(ids)),
            )
        )
    ]


# A LIKE reads each card's text where an index search reads a message id: a search step
# reads this many times fewer cards than its window of ids.
LIKE_COST = 25
# Bound parameters in one statement, well under SQLite's limit.
_KEYS_AT_ONCE = 500


def _folded_away() -> list[ColumnElement[bool]]:
    """Conditions that hide what a card stands for: later copies of a notice, attached acks,
    twins (a second account's row of the same event, see tables.messages.twin_of)."""
    return [
        tables.messages.c.ack_of.is_(None),
        or_(
            tables.messages.c.cluster.is_(None),
            tables.messages.c.cluster == tables.messages.c.remote_id,
        ),
        tables.messages.c.twin_of.is_(None),
    ]


def holding(
    before: datetime | None = None, beside: Sequence[int] = ()
) -> list[ColumnElement[bool]]:
    """What quiet hours hold so far as their list shows it: the cards of the messages
    whose alert they held (a notice forwarded into four groups is one), not acks nor what
    the user has marked done; only what was posted `before` a time if given; with the
    messages `beside` (the last digest's, kept through a quiet hour the user started by
    hand, see View.ids). The status bar's count and the morning digest count these, so
    that the number the user sees is the list they open."""
    conditions = _filters(View(ViewKind.HELD, ids=tuple(beside), holding=True))
    if before is not None:
        conditions[-1] = tables.messages.c.id.in_(
            _held_cards(*_held_now(), _HELD.c.ts_ms < to_ms(before))
        )
    return conditions


def _held_now() -> list[ColumnElement[bool]]:
    """The messages whose alert quiet hours hold, as conditions on `_HELD`."""
    return [_HELD.c.notify_state == Delivery.HOLD.value]


# A held message, as `_held_cards` reads it: the card it folds into is the messages row.
_HELD = tables.messages.alias("held")


def _held_cards(*held: ColumnElement[bool]) -> Select[tuple[int]]:
    """The ids of the cards the messages `held` (conditions on `_HELD`) fold into, as the
    inbox shows them: the status bar said 5 条暂缓 and the held list showed a notice four
    times, for two items in the inbox (a tester)."""
    card = tables.messages.alias("held_card")
    query = select().join_from(_HELD, card, card_of(_HELD, card))
    query, first_card = through_twin(query, card, "held")
    return query.add_columns(func.coalesce(first_card.c.id, card.c.id)).where(
        _HELD.c.ack_of.is_(None), *held
    )


def _came_cards(since: int, until: int) -> Select[tuple[int]]:
    """The ids of the cards of what was posted from `since` to `until` (ms), acks aside:
    a card posted before, whose notice came again meanwhile, came then too, as quiet
    hours count it held for that copy (see `_held_cards`): by the card's own time, the
    away line said 新到 2 条：通知 2 where the held line said 暂缓 3 条（待办 1、通知 2）
    of the same night (a tester). Read by the messages' time index, the few of an
    absence, then each card by its id."""
    came = tables.messages.alias("came")
    card = tables.messages.alias("came_card")
    query = select().join_from(came, card, card_of(came, card))
    query, first_card = through_twin(query, card, "came")
    return query.add_columns(func.coalesce(first_card.c.id, card.c.id)).where(
        came.c.ack_of.is_(None), came.c.ts_ms >= since, came.c.ts_ms < until
    )


# The remote ids of the user's re-DINGs, from desk or the phone (DingOutbox.re_ding,
# record_sent_elsewhere): few, read once a query, not a lookup a copy.
_OWN_RE_DINGS = (
    select(tables.outbox.c.account_id, tables.outbox.c.remote_id)
    .join(tables.ding_resends, tables.ding_resends.c.txn_id == tables.outbox.c.txn_id)
    .where(tables.outbox.c.remote_id.is_not(None))
)


# The DING a received re-DING repeats (see sync re_ding_folds): an earlier DING of the
# same sender in the same group, folded where it is (its cluster's first post, or itself
# a copy folded under a notice posted elsewhere), who DINGed it again.
_RE_DINGED_CARD = tables.messages.alias("re_dinged_card")


def _re_ding_of_its_card() -> ColumnElement[bool]:
    """That a message is a DING asked again by its sender in its group: a re-DING
    (received; the user's own are known by their outbox link, `_OWN_RE_DINGS`), or the
    same DING sent again by them. Its DING is the group's row, whether it heads its card
    or is a copy folded under a notice posted elsewhere (the re-DING then folds there
    too, and stood beside it in the group). Not another's DING folded there, the order
    passed on, which waits on its own. Looked up for the folded DINGs alone, few."""
    message, card = tables.messages.c, _RE_DINGED_CARD.c

    def repeated(folded_there: ColumnElement[bool]) -> ColumnElement[bool]:
        return exists().where(
            card.account_id == message.account_id,
            folded_there,
            card.group_id == message.group_id,
            card.sender_id == message.sender_id,
            card.ding.is_(True),
            card.ts_ms < message.ts_ms,
        )

    # Apart, each by its index: as one OR, SQLite read the group's earlier messages.
    return and_(
        message.ding.is_(True),
        or_(repeated(card.remote_id == message.cluster), repeated(card.cluster == message.cluster)),
    )


def through_twin(query: Select[Any], card: FromClause, name: str) -> tuple[Select[Any], FromClause]:
    """`query`, which reads `card` (the row a message folds into under its own account),
    joined to the card that row's first row folds into where it is a twin (the same event
    under a second account, tables.messages.twin_of), which stands for it: returns the
    query and that card, whose columns are NULL for a row that is no twin. A copy held, or
    come while away, under the second account is its card's, listed and counted as such:
    mapped to the twin, which is no card, the held list showed the twin beside its card,
    and 离开期间 left the card out."""
    first = tables.messages.alias(f"{name}_first")
    first_card = tables.messages.alias(f"{name}_first_card")
    return (
        query.outerjoin(first, first.c.id == card.c.twin_of).outerjoin(
            first_card, card_of(first, first_card)
        ),
        first_card,
    )


_QUOTED = tables.messages.alias("quoted")


def _own_reply_under_its_quote() -> ColumnElement[bool]:
    """That the message is a reply of the user's that quotes a message stored under the
    same account: the card of that message lists it, as _ANSWERS reads them (not an ack,
    nor one withdrawn)."""
    message = tables.messages.c
    return and_(
        message.reply_to.is_not(None),
        message.ack.is_(False),
        message.withdrawn_ms.is_(None),
        func.instr(message.reasons, f'"{FROM_YOU}"') > 0,
        select(_QUOTED.c.id)
        .where(
            _QUOTED.c.account_id == message.account_id,
            _QUOTED.c.remote_id == message.reply_to,
            _QUOTED.c.ack_of.is_(None),
        )
        .exists(),
    )


_REPLIES = tables.messages.alias("replies")


def _not_own_reply_under_its_quote(apart: bool) -> ColumnElement[bool]:
    """That the message is not a reply of the user's under its quote. A row's reply_to is
    in no index a view pages by: asking it read each card's row, 15 µs a card (a page
    of 3,200 ids 48 ms of SQLite's time, at 100,000 messages, where the index alone took
    2 ms). `apart`, the replies' ids are read first from their own partial index
    (ix_messages_replies, no row read; a Bloom filter), and only a card among them reads
    its row: for a deep page, which the row reads cost most. Not for every page: the
    replies' ids are every reply's, 0.2-0.3 µs each a page, which a first page of 200
    cards in a store of many replies would pay for little."""
    own = not_(_own_reply_under_its_quote())
    if not apart:
        return own
    replies = select(_REPLIES.c.id).where(_REPLIES.c.reply_to.is_not(None))
    return or_(tables.messages.c.id.not_in(replies), own)


def card_of(message: FromClause, card: FromClause) -> ColumnElement[bool]:
    """That `card` (an alias of the messages table) is the card `message` (another) folds
    into: its cluster's first post, or itself."""
    return and_(
        card.c.account_id == message.c.account_id,
        card.c.remote_id == func.coalesce(message.c.cluster, message.c.remote_id),
    )


def _filters(
    view: View, *, likes: bool = True, replies_apart: bool = False
) -> list[ColumnElement[bool]]:
    """What the view lists; without its search's LIKE conditions when not `likes` (the
    cards a LIKE then reads). Where `replies_apart`, the user's own replies under their
    quote are left out as _not_own_reply_under_its_quote says."""
    conditions: list[ColumnElement[bool]] = [tables.messages.c.done.is_(view.kind is ViewKind.DONE)]
    needle = view.search.strip()
    # Words the text indexes cannot answer (one character, or with punctuation), when no
    # word of the search can: each in each of its forms.
    patterns = (
        [_like_patterns(word) for word in search_terms(needle)]
        if likes and needle and _search_of(needle) is None
        else []
    )
    if view.unfolded:
        if patterns:
            conditions.append(_holds_all(tables.messages.c.text, patterns))
        return conditions
    conditions.append(tables.messages.c.ack_of.is_(None))
    in_group = view.kind is ViewKind.GROUP and view.group_id is not None
    if in_group:
        # A group shows what was posted there, forwarded copies included; not re-DINGs,
        # the user's or received, each its DING's card asked again (再次 DING on it):
        # listed beside it, the group showed two alike DING cards for one DING (testers);
        # nor a notice posted there again, its card there already (as All shows it).
        # By name: a group's page statements are compiled once for every group (see
        # _plain_page_statements), its id given with the page's values.
        conditions.append(tables.messages.c.group_id == bindparam(VIEW_GROUP, view.group_id))
        conditions.append(
            or_(
                tables.messages.c.cluster.is_(None),
                tables.messages.c.cluster == tables.messages.c.remote_id,
                and_(
                    tuple_(tables.messages.c.account_id, tables.messages.c.remote_id).not_in(
                        _OWN_RE_DINGS
                    ),
                    not_(_re_ding_of_its_card()),
                    text(f"NOT ({tables.REPOSTED_IN_GROUP.format(m='messages')})"),
                ),
            )
        )
    elif view.kind is ViewKind.HELD and view.holding:
        # Read by the state, the few held: by `done`, SQLite read every card not done
        # (90 ms at 100,000 messages), and the count is taken each batch of a night's
        # flood, the list for the digest each batch of the day. `+done` uses no index.
        conditions[0] = unindexed(tables.messages.c.done).is_(False)
        held_now = _held_now()
        if view.ids:
            # Beside the last digest's (`ids`), kept through a quiet period the user
            # started by hand: one list of what has not been gone through.
            listed = func.json_each(json.dumps(list(view.ids))).table_valued("value")
            held_now = [or_(*held_now, _HELD.c.id.in_(select(listed.c.value)))]
        conditions.append(tables.messages.c.id.in_(_held_cards(*held_now)))
    elif view.kind is ViewKind.HELD:
        # By a JSON array, not one bound value an id: a night's flood holds thousands.
        # A digest kept from before desk listed held cards may name a copy: its card.
        held = func.json_each(json.dumps(list(view.ids))).table_valued("value")
        conditions.append(
            tables.messages.c.id.in_(_held_cards(_HELD.c.id.in_(select(held.c.value))))
        )
    else:
        conditions.extend(_folded_away())
    if not needle and view.kind is not ViewKind.HELD:
        # The user's own quoted reply is listed under its quote's card (回复 ×1（我））:
        # listed again as a row of its own, it stood in 杂项 and in its group (a tester).
        # A search still finds it where it is. Read, as the user's own always are (an
        # edit of theirs is no news), it was never in an unread badge.
        conditions.append(_not_own_reply_under_its_quote(replies_apart))
    # Tiers by rank, as the inbox index holds them; noise ranks last.
    if view.tier is not None:
        conditions.append(tables.messages.c.tier_rank == view.tier.rank)
    elif view.kind in (ViewKind.ALL, ViewKind.AWAY) and not needle:
        # Noise stays in its own view, out of the way; a search looks everywhere. A range,
        # not IN: with IN, SQLite gives up the index's order and sorts the whole view.
        conditions.append(tables.messages.c.tier_rank < Tier.NOISE.rank)
    elif view.kind is ViewKind.DUE:
        # Only the tiers that ask something (Tier.asks_action), searched too: a time said
        # in a chat is no task of the user's, and a card moved to information says no due
        # time, yet stood among the overdue with nothing on it saying why.
        conditions.append(tables.messages.c.tier_rank <= Tier.ACTION.rank)
        if view.today is None:
            conditions.append(tables.messages.c.deadline_ms.is_not(None))
        else:
            # Each part from its own index: with OR, SQLite read every open task's card.
            dated, answered = _due_parts(view.today)
            conditions.append(
                tables.messages.c.id.in_(
                    union_all(
                        select(tables.messages.c.id).where(*dated),
                        select(tables.messages.c.id).where(*answered),
                    )
                )
            )
    if view.kind is ViewKind.AWAY and view.came is not None:
        conditions.append(tables.messages.c.id.in_(_came_cards(*view.came)))
    if patterns:
        holds = _holds_all(tables.messages.c.text, patterns)
        # A name only a LIKE finds (Li Ming, as typed, spaces and all) finds what its
        # bearer posted too.
        holds = or_(holds, tables.messages.c.sender_name.in_(search_forms(needle)))
        if in_group:
            conditions.append(holds)
        else:
            # A card shows where a copy folded into it holds the text (as _cards_search).
            copy = tables.messages.alias("copy")
            copy_holds = (
                select(copy.c.id)
                .where(
                    copy.c.account_id == tables.messages.c.account_id,
                    copy.c.cluster == tables.messages.c.remote_id,
                    text(_COPIES_OF_COPY),
                    _holds_all(copy.c.text, patterns),
                )
                .exists()
            )
            conditions.append(or_(holds, and_(tables.messages.c.cluster.is_not(None), copy_holds)))
    return conditions


def unindexed(column: Any) -> ColumnElement[Any]:
    """`column` as +column, which SQLite reads from no index: the planner then takes
    another condition's."""
    return UnaryExpression(column, operator=operators.custom_op("+"), type_=column.type)


def _holds_any(column: Any, patterns: Sequence[str]) -> ColumnElement[bool]:
    """`column` LIKE any of `patterns` (see `_like_pattern`)."""
    return or_(*(column.like(p, escape="\\") for p in patterns))


def _holds_all(column: Any, words: Sequence[Sequence[str]]) -> ColumnElement[bool]:
    """`column` holds every word, each LIKE any of its patterns (`_like_patterns`)."""
    return and_(*(_holds_any(column, patterns) for patterns in words))


def _like_patterns(word: str) -> tuple[str, ...]:
    """The LIKE patterns that find `word`, one for each of its `search_forms`."""
    return tuple(_like_pattern(f) for f in search_forms(word))


def _like_pattern(needle: str) -> str:
    """The LIKE pattern (escape \\) that finds `needle` anywhere in a text."""
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def indexed(needle: str) -> bool:
    """Whether a text index answers a search for `needle`, not a LIKE over every card's
    text (one character, or punctuation: 0.2-0.4 s a step in Done at 100,000 messages): for a
    search of several words, whether one of them is so answered."""
    return _search_of(needle) is not None


def search_needle(typed: str) -> Needle | None:
    """The needle to mark where the search `typed` matched, as the path that answers it
    reads it: the trigram index folds the case of every letter, a LIKE and the pair index
    only of A to Z (ä finds no Ä there), each word of a search of several as its own path
    reads it. A needle of one character names no sender (`_senders_named`); a search of
    several words names the one whose name holds them as typed (Li Ming). None for no
    search."""
    words = search_terms(typed)
    needles = []
    for word in words:
        index = _index_match(word)
        needle = needle_of(
            word,
            ascii_case=index is None or index.index is not text_index.TRIGRAMS,
            names=len(words) == 1 and index is not None and len(word) >= 2,
        )
        assert needle is not None, word  # a word holds no white space
        needles.append(needle)
    if not needles:
        return None
    first, *more = needles
    if not more:
        return first
    # As _senders_named casefolds it: each letter, not A to Z alone.
    return replace(first, more=tuple(more), whole=needle_of(typed, names=True))


class _Search(NamedTuple):
    """How the store answers a search a text index answers: the index and the query to
    MATCH of its most telling word, which drive it, and what its other words ask of each
    message that matches."""

    index: TableClause
    phrase: str
    # The other words a text index answers: that index, and the query to MATCH.
    also: tuple[tuple[TableClause, str], ...] = ()
    # The other words only a LIKE answers: the patterns of each (`_like_patterns`).
    likes: tuple[tuple[str, ...], ...] = ()

    @property
    def single(self) -> bool:
        """A search of one word."""
        return not self.also and not self.likes


def _search_of(needle: str) -> _Search | None:
    """How the store answers a search for `needle`; None for no search, or one only a
    LIKE over the rows answers (no word of it has an index).

    A word of three characters or more is driven by the trigram index, the longest
    first (the fewer messages hold it), else by the pair index; each other word is
    then looked up for the driving word's matches alone. One word asks what it always
    asked, by the same statements."""
    words = search_terms(needle)
    answered = [(word, _index_match(word)) for word in words]
    by_index = [(word, found) for word, found in answered if found is not None]
    if not by_index:
        return None
    by_index.sort(key=lambda wf: (wf[1].index is not text_index.TRIGRAMS, wf[1].loose, -len(wf[0])))
    (_word, (index, phrase, _loose)), *also = by_index
    return _Search(
        index,
        phrase,
        tuple((found.index, found.phrase) for _word, found in also),
        # A word the pair index finds loosely is a LIKE's to hold exactly.
        tuple(_like_patterns(word) for word, found in answered if found is None or found.loose),
    )


def _other_words(
    search: _Search,
    at: ColumnElement[int],
    within: Callable[[ColumnElement[int]], tuple[ColumnElement[bool], ...]],
) -> list[ColumnElement[bool]]:
    """That the message `at` holds each of the search's other words an index answers:
    `at` among that index's matches, of the ids `within` says (a window, a card's own),
    read once, not at each match.

    As `+at`, which SQLite does not hand the driving index as a constraint: handed it,
    it read that index once for each of the other word's matches and sorted what it
    found (1.1 s for 请各村 通知 a window of 50,000 at 100,000 messages, against 3 ms)."""
    unindexed = UnaryExpression(at, operator=operators.custom_op("+"), type_=Integer())
    return [
        unindexed.in_(select(other.c.rowid).where(_matches(other, phrase), *within(other.c.rowid)))
        for other, phrase in search.also
    ]


class _IndexMatch(NamedTuple):
    """The text index that answers a search for a word, the query to MATCH, and whether
    it finds more than what holds the word (`loose`), which a LIKE then sets aside."""

    index: TableClause
    phrase: str
    loose: bool = False


def _index_match(needle: str) -> _IndexMatch | None:
    """The text index that answers a search for `needle` (in any of its `search_forms`), and
    the query to MATCH; None for no search, or one that only a LIKE over the rows answers.

    Forms of two characters and of more (Ⅲ级, III级) go to the pair index, which finds the
    longer ones loosely: the trigram index cannot find the shorter, and a LIKE over every
    card would answer a search of two characters."""
    forms = search_forms(needle)
    if len(needle) >= TRIGRAM_MIN and all(len(f) >= TRIGRAM_MIN for f in forms):
        phrase = " OR ".join('"' + f.replace('"', '""') + '"' for f in forms)
        return _IndexMatch(text_index.TRIGRAMS, phrase)
    if needle and all(text_index.pairs_indexed(f) for f in forms):
        phrase = " OR ".join(text_index.pairs_query(f) for f in forms)
        return _IndexMatch(text_index.PAIRS, phrase, any(len(f) > 2 for f in forms))
    return None


def _matches(index: TableClause, phrase: str) -> ColumnElement[bool]:
    # FTS5's hidden column named like the table is the MATCH target.
    return index.c[index.name].op("MATCH")(phrase)


# SQL: the due time, in ms, that the answer of a task kept (reasons.REPLIED's "due": see
# ingest._mark_replied, which takes the card's deadline_ms away); NULL where none. Read
# of the few answered cards alone (_ANSWERED_IDS).
_REPLIED_DUE_MS = (
    "(SELECT unixepoch(json_extract(said.value, '$[1].due')) * 1000 "
    "FROM json_each({table}.reasons) AS said "
    f"WHERE json_extract(said.value, '$[0]') = '{REPLIED}' LIMIT 1)"
)
# The open tasks the user answered, by their score's band (urgency.REPLIED_BAND), tier by
# tier, from the inbox's index of cards, before any row is read. Named: beside a
# condition on the reasons, SQLite walked another index and read every row (8 ms at 50,000
# messages, where these few hundred take 0.2 ms).
_ANSWERED_IDS = (
    "SELECT id FROM messages INDEXED BY ix_messages_cards_inbox "
    f"WHERE done = 0 AND ack_of IS NULL AND ({CARD_HEADS}) "
    f"AND tier_rank IN ({Tier.URGENT.rank}, {Tier.ACTION.rank}) AND neg_pinned IN (-1, 0) "
    f"AND neg_score <= {-REPLIED_BAND!r} AND neg_score > {-REPLIED_BAND_TOP!r}"
)


def _due_parts(today: tuple[int, int]) -> tuple[list[Any], list[Any]]:
    """The conditions of the two parts of Due today (`today` its start and end, ms): the
    open tasks dated before its end (a meeting of an earlier day has begun, not fallen
    overdue: 时间已过), read from ix_messages_due alone; and the tasks the user answered
    and has not marked done, due before its end, but meetings of an earlier day, as in the
    first (see _answered_due_by): the list dropped them at the reply, as if done, and said
    nothing of them."""
    start, end = today
    dated = [
        *_due_cards(),
        tables.messages.c.deadline_ms < end,
        or_(tables.messages.c.deadline_ms >= start, tables.messages.c.due_begins.is_(False)),
    ]
    return dated, [*_due_cards(), *_answered_due_by(start, end)]


# Due today's two parts (see _due_parts, _due_key) in _sort_key's order, each sorted from
# its index and cut at the page's length, then merged; {seek} past the page before. The
# answered tasks' due times read once each (a JSON array), as SQLite would read them at
# each use. On the driver's cursor.
_CONFIRMED_DINGS = (
    "SELECT ladder.message_id FROM escalations AS ladder WHERE ladder.acked_ms IS NOT NULL "
    "AND (SELECT dinged.ding FROM messages AS dinged WHERE dinged.id = ladder.message_id) IS 1"
)
_DUE_ORDER = "CASE WHEN {due} >= :start THEN {due} ELSE :end + :start - {due} END"
_DATED_KEY = (
    f"CASE WHEN id IN ({_CONFIRMED_DINGS}) THEN 1 ELSE 0 END, "
    + _DUE_ORDER.format(due="deadline_ms")
    + ", tier_rank, read, due_begins, id"
)
_ANSWERED_KEY = "1, " + _DUE_ORDER.format(due="due_ms") + ", tier_rank, read, due_begins, id"
_ANSWERED_CTE = (
    "WITH answered AS MATERIALIZED (SELECT "
    f"{_REPLIED_DUE_MS.format(table='messages')} AS due_ms, tier_rank, read, due_begins, id "
    f"FROM messages WHERE id IN ({_ANSWERED_IDS}) AND deadline_ms IS NULL) "
)
_DATED_CARDS = (
    f"FROM messages WHERE done IS 0 AND ack_of IS NULL AND ({CARD_HEADS}) "
    f"AND tier_rank <= {Tier.ACTION.rank} "
    "AND deadline_ms < :end AND (deadline_ms >= :start OR due_begins IS 0)"
)
# How many each part of Due today lists, how many of them unread, and how many due before
# the day (overdue: the sidebar's tip says them apart, the count named 今日到期 was 9,239
# overdue on a big store with nothing due that day), each from its own index as its page
# reads them (as one statement, a UNION ALL, 9.6 ms against 1.4 ms at 50,000 messages).
DUE_COUNTS = (
    "SELECT count(*), coalesce(sum(read = 0), 0), coalesce(sum(deadline_ms < :start), 0) "
    f"{_DATED_CARDS}",
    "SELECT count(*), coalesce(sum(read = 0), 0), "
    f"coalesce(sum({_REPLIED_DUE_MS.format(table='messages')} < :start), 0) "
    f"FROM messages WHERE id IN ({_ANSWERED_IDS}) "
    f"AND deadline_ms IS NULL AND {_REPLIED_DUE_MS.format(table='messages')} < :end "
    f"AND ({_REPLIED_DUE_MS.format(table='messages')} >= :start OR due_begins IS 0)",
)
_DUE_PAGE = (
    f"{_ANSWERED_CTE}SELECT * FROM (SELECT {_DATED_KEY} {_DATED_CARDS} "
    "{dated_seek} ORDER BY 1, 2, 3, 4, 5, 6 LIMIT :limit) "
    "UNION ALL "
    f"SELECT * FROM (SELECT {_ANSWERED_KEY} FROM answered WHERE due_ms < :end "
    "AND (due_ms >= :start OR due_begins IS 0) "
    "{answered_seek} ORDER BY 1, 2, 3, 4, 5, 6 LIMIT :limit) "
    "ORDER BY 1, 2, 3, 4, 5, 6 LIMIT :limit"
)


def due_page_statement(
    today: tuple[int, int], after: PageKey | None, limit: int
) -> tuple[str, dict[str, Any]]:
    """The statement of a page of Due today (see InboxQueries._due_page), and its values."""
    start, end = today
    values: dict[str, Any] = {"start": start, "end": end, "limit": limit}
    seeks = {"dated_seek": "", "answered_seek": ""}
    if after is not None:
        past = " > (:a0, :a1, :a2, :a3, :a4, :a5)"
        seeks = {
            "dated_seek": f"AND ({_DATED_KEY}){past}",
            "answered_seek": f"AND ({_ANSWERED_KEY}){past}",
        }
        values.update({f"a{i}": value for i, value in enumerate(after)})
    return _DUE_PAGE.format(**seeks), values


def _due_cards() -> list[ColumnElement[bool]]:
    """Open cards of the tiers asking for action, as the partial indexes of cards state it
    (SQLite uses one only where a query repeats its condition)."""
    return [
        tables.messages.c.done.is_(False),
        *_folded_away(),
        tables.messages.c.tier_rank <= Tier.ACTION.rank,
    ]


def _answered_due_by(start: int, end: int) -> list[ColumnElement[bool]]:
    """Conditions: a task the user answered (reasons.REPLIED, see _ANSWERED_IDS) and has
    not marked done, due before `end`; a meeting's (due_begins), not before `start`: it
    has begun, as an unanswered one has, and an answer kept it there every day after."""
    due = literal_column(_REPLIED_DUE_MS.format(table="messages"))
    return [
        tables.messages.c.deadline_ms.is_(None),
        tables.messages.c.id.in_(text(_ANSWERED_IDS)),
        due < end,
        or_(due >= start, tables.messages.c.due_begins.is_(False)),
    ]


def _card_test(view: View) -> str:
    """SQL: whether the message `card` is a card of `view`. The view's values are numbers
    desk chose, not input."""
    tier = "" if view.tier is None else f" AND card.tier_rank = {int(view.tier.rank)}"
    if view.kind is ViewKind.AWAY and view.came is not None:
        since, until = (int(ms) for ms in view.came)
        # The cards of what came meanwhile.
        tier += f" AND card.id IN ({_came_cards_sql(since, until)})"
    if view.kind is ViewKind.DUE:
        tier = f" AND card.tier_rank <= {int(Tier.ACTION.rank)} AND card.deadline_ms IS NOT NULL"
        if view.today is not None:
            start, end = (int(ms) for ms in view.today)
            replied_due = _REPLIED_DUE_MS.format(table="card")
            tier = (
                f" AND card.tier_rank <= {int(Tier.ACTION.rank)}"
                f" AND ((card.deadline_ms < {end}"
                f" AND (card.deadline_ms >= {start} OR card.due_begins IS 0))"
                f" OR (card.deadline_ms IS NULL AND card.score >= {REPLIED_BAND!r}"
                f" AND card.score < {REPLIED_BAND_TOP!r} AND {replied_due} < {end}"
                f" AND ({replied_due} >= {start} OR card.due_begins IS 0)))"
            )
    if view.kind is ViewKind.HELD:
        # The cards of what was held (see `_held_cards`).
        ids = json.dumps([int(i) for i in view.ids])
        listed = f"held.id IN (SELECT value FROM json_each('{ids}'))"
        held = listed
        if view.holding:
            held = f"held.notify_state = '{Delivery.HOLD.value}'"
            if view.ids:  # beside the last digest's (see `_filters`)
                held = f"({held} OR {listed})"

        tier += f" AND card.id IN ({_held_cards_sql(held)})"
    done = int(view.kind is ViewKind.DONE)
    return f"card.done IS {done} AND card.ack_of IS NULL AND ({_CARD_HEADS_OF_CARD}){tier}"


# Each compiled once a view (some 6 ms each, a search asks for them at every step).
@functools.lru_cache(maxsize=16)
def _came_cards_sql(since: int, until: int) -> str:
    """`_came_cards` as raw SQL, for `_card_test`."""
    return _literal_sql(_came_cards(since, until))


@functools.lru_cache(maxsize=16)
def _held_cards_sql(held: str) -> str:
    """`_held_cards` as raw SQL, the messages held given as SQL on `held`."""
    return _literal_sql(_held_cards(text(held)))


def _literal_sql(query: Select[Any]) -> str:
    """`query` as SQLite reads it, its values written in (numbers and desk's own words):
    one query for the cards of what came or was held, in SQLAlchemy and in raw SQL."""
    return str(query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))


@contextlib.contextmanager
def _one_moment(cursor: Any) -> Iterator[None]:
    """The statements run on the driver's `cursor` within it read the store as it was at
    one moment (one read transaction; WAL lets writers on meanwhile). Within a transaction
    already, that one's."""
    connection = cursor.connection
    if connection.in_transaction:
        yield
        return
    cursor.execute("BEGIN")
    try:
        yield
    finally:
        if connection.in_transaction:
            connection.rollback()  # read only: nothing to keep


def plain_page_statement(
    view: View, after: PageKey | None, limit: int
) -> tuple[str, dict[str, Any]]:
    """The statement of a page of the ids of `view` (no search, see
    InboxQueries._plain_page), and its values."""
    statements = _plain_page_statements(view, deep=limit >= DEEP_PAGE_LIMIT)
    sql, values = statements.first if after is None else statements.next
    values = {**values, "limit": limit}
    if after is not None:
        values.update({f"after{i}": value for i, value in enumerate(after)})
    return sql, values


def count_statement(view: View) -> tuple[str, dict[str, Any]]:
    """The statement that counts the cards of `view` (no search; see InboxQueries.count),
    and its values: its deep page's, without order or limit."""
    if view.kind is not ViewKind.GROUP or view.group_id is None:
        return _compiled_count_statement(view)
    sql, values = _compiled_count_statement(replace(view, group_id=_ANY_GROUP))
    return sql, ({**values, VIEW_GROUP: view.group_id} if VIEW_GROUP in values else values)


@functools.lru_cache(maxsize=32)
def _compiled_count_statement(view: View) -> tuple[str, dict[str, Any]]:
    key = _sort_key(view)
    ids = select(key[-1]).where(*_filters(view, replies_apart=True)).subquery()
    done = (
        select(func.count())
        .select_from(ids)
        .compile(dialect=_NAMED, compile_kwargs={"render_postcompile": True})
    )
    return str(done), dict(done.construct_params())


class _PageStatements(NamedTuple):
    """A view's page statements as SQLite reads them (see InboxQueries._plain_page), each
    with the view's own values it takes: its first page and each next one (`:limit` ids;
    the next from past `:after0`...), and the sort key of card `:card`."""

    first: tuple[str, dict[str, Any]]
    next: tuple[str, dict[str, Any]]
    key: tuple[str, dict[str, Any]]


# Named parameters: the view's values beside the page's own (`limit`, `after…`, `card`).
_NAMED = sqlite.dialect(paramstyle="named")
_PAGE_PARAMS = re.compile(r"limit|card|after\d+")


# The bound value that names a group view's group (_filters).
VIEW_GROUP = "view_group"
# The group the shared statements of every group view are compiled with: none has it.
_ANY_GROUP = -1


# A page of at least this many ids leaves the user's own replies out by the replies' own
# index (_not_own_reply_under_its_quote): paging All to its 10,000th card read 12,600 rows
# for their reply_to, 200-250 ms of the GUI thread at 100,000 messages; so, 10 ms.
DEEP_PAGE_LIMIT = 800


def _plain_page_statements(view: View, *, deep: bool = False) -> _PageStatements:
    """The page statements of `view` (no search); `deep`, those of a page of at least
    DEEP_PAGE_LIMIT ids. Every group view shares one set, its group a value: compiled
    for each group, the first switch to a group spent 4 ms of the GUI thread's CPU on it
    (11 ms on a loaded machine) before reading a row."""
    if view.kind is not ViewKind.GROUP or view.group_id is None:
        return _compiled_page_statements(view, deep)
    shared = _compiled_page_statements(replace(view, group_id=_ANY_GROUP), deep)
    return _PageStatements(
        *(
            (sql, {**values, VIEW_GROUP: view.group_id} if VIEW_GROUP in values else values)
            for sql, values in shared
        )
    )


def warm_page_statements() -> None:
    """Compiles the page statements of the views a user goes to next (the tiers, All,
    any group) ahead of time, for the store thread's spare time after the first paint:
    each first switch to a view then reads at once."""
    for deep in (False, True):
        for kind in (ViewKind.ALL, ViewKind.URGENT, ViewKind.ACTION, ViewKind.INFO, ViewKind.NOISE):
            _plain_page_statements(View(kind), deep=deep)
        _plain_page_statements(View(ViewKind.GROUP, group_id=_ANY_GROUP), deep=deep)


@functools.lru_cache(maxsize=32)
def _compiled_page_statements(view: View, deep: bool = False) -> _PageStatements:
    """The page statements of `view`, built and compiled once a view (and once `deep`)."""
    key = _sort_key(view)
    order = [c.desc() for c in key] if lists_by_time(view) else list(key)
    ids = select(key[-1]).where(*_filters(view, replies_apart=deep))
    # Given values only so that the view's own can be read off without them.
    limit = bindparam("limit", 0, type_=Integer)
    past = _past(view, key, tuple(bindparam(f"after{i}", None) for i in range(len(key))))
    card = bindparam("card", 0, type_=Integer)

    def compiled(statement: Select[Any]) -> tuple[str, dict[str, Any]]:
        done = statement.compile(dialect=_NAMED, compile_kwargs={"render_postcompile": True})
        values = done.construct_params()
        return str(done), {k: v for k, v in values.items() if not _PAGE_PARAMS.fullmatch(k)}

    return _PageStatements(
        compiled(ids.order_by(*order).limit(limit)),
        compiled(ids.where(past).order_by(*order).limit(limit)),
        compiled(select(*key).where(tables.messages.c.id == card)),
    )


def _senders_named(session: Session | Connection, needle: str) -> list[str]:
    """The names posted under that are `needle` (in any of its `search_forms`), or whose
    person holds it: a search for 孟凡 lists what 区政府办-孟凡 posted, and the notices he
    acknowledged, as well as the texts that name him. The unit before the dash is not the
    person (a search for 党政办 or 杨梅岭村 lists what names them, not all its people
    posted), and a single character names nearly everyone (王, 村), so it names no one."""
    if len(needle) < 2:
        return []
    forms = [f.casefold() for f in search_forms(needle)]
    # On the driver's cursor: asked at each step of a search, the same statement built
    # and compiled by SQLAlchemy each time cost ten times what SQLite took to answer it.
    with driver_cursor(session) as cursor:
        cursor.execute(_SENDERS_HOLDING[len(forms)], forms)
        candidates = [name for (name,) in cursor.fetchall()]
    named = [
        name
        for name in candidates
        if name.casefold() in forms or any(f in _person(name).casefold() for f in forms)
    ]
    return named[:_MOST_SENDERS]


# By the number of forms of the needle (`search_forms` gives one to four).
_SENDERS_HOLDING = {
    n: "SELECT name FROM senders WHERE "
    + " OR ".join(["instr(lower(name), ?) > 0"] * n)
    + " ORDER BY name"
    for n in range(1, 5)
}


def _person(name: str) -> str:
    """The person of a display name that starts with their unit (区政府办-孟凡, 上坪村－卜长林)."""
    return name[person_start(name) :]


def person_start(name: str) -> int:
    """Where the person begins in a display name: after the last dash of a unit before it
    (区政府办-孟凡), else at its start."""
    dashes = [dash.end() for dash in _UNIT_DASH.finditer(name)]
    return dashes[-1] if dashes else 0


def named_spans(name: str, shown: str, needle: Needle | None) -> tuple[Span, ...]:
    """Where a search for `needle` found the sender `name` in `shown` (the name as shown,
    its end maybe cut): the whole name, or in the person's part of it (孟凡 of 区政府办-孟凡),
    as `_senders_named` looks for them; never in the unit before the dash, which it does
    not search, and nowhere for a search that looks in no names."""
    naming = needle.naming if needle is not None else None
    if naming is None:
        return ()
    # The person as the whole name has it: a name cut before its dash (区政府办综合…) shows
    # no person, and its unit is no match (review).
    at = 0 if naming.spans(name) == ((0, len(name)),) else person_start(name)
    return tuple((s + at, e + at) for s, e in naming.spans(shown[at:]))


# Bounded: one statement per shape of search (the words a LIKE answers, by their forms).
@functools.lru_cache(maxsize=64)
def _cards_search(
    index: str,
    card_test: str,
    by_sender: bool = False,
    also: tuple[str, ...] = (),
    likes: tuple[int, ...] = (),
    among: bool = False,
) -> str:
    """The statement (for the driver: phrase, lowest id, id below) that reads `index`'s
    matches newest first, each with what it shows: its own id if it is a card
    (`card_test`); if it is a copy of a notice, the notice as the text "account_id
    remote_id" (its card is looked up once a batch, `_cards_of_copies`); else nothing.

    Asked of two small indexes, of cards and of copies, never of the matching rows: a
    greeting posted in many groups (早上好) matched thousands of folded copies to show one
    card, and reading each match's row took 0.3-1.3 s at a million messages (40 ms through
    the index of cards). SQLAlchemy renders no SQLite index hints, and SQLite's planner
    prefers the row, hence the text.

    `by_sender` adds what the senders named posted, from the index of senders, and what
    they acknowledged, from the index of acks by sender, each ack showing the notice it
    answers (the notice a copy it answers is a copy of), the user's own left out
    (`_NOT_OWN_ACK`): for the driver, after the rest, a JSON list of names, lowest id,
    id below, twice.

    A search of several words keeps the matches that hold the others: those among the
    matches of each index in `also` (for the driver, after the first three: phrase,
    lowest id, id below, each), read once for the ids asked; and whose text is LIKE a
    pattern of each word in `likes`, by its number of patterns (for the driver, after
    those: the patterns), read from the match's row.

    `among` keeps only the matches among a JSON list of ids (for the driver, after the
    patterns), looked up in memory: no card or copy is looked up for the others.
    """
    at = "hit.at" if by_sender else f"{index}.rowid"
    shows = (
        "COALESCE("
        "(SELECT card.id FROM messages AS card INDEXED BY ix_messages_card_ids "
        f"WHERE card.id = {at} AND {card_test}), "
        "(SELECT copy.account_id || ' ' || copy.cluster "
        "FROM messages AS copy INDEXED BY ix_messages_copy_cards "
        f"WHERE copy.id = {at} AND {_COPIES_OF_COPY}))"
    )
    matching = f"{index} MATCH ? AND {index}.rowid >= ? AND {index}.rowid < ?"
    for other in also:
        # Not a constraint FTS5 is handed (the unary +), as in `_other_words`.
        matching += (
            f" AND +{index}.rowid IN (SELECT rowid FROM {other} "
            f"WHERE {other} MATCH ? AND rowid >= ? AND rowid < ?)"
        )
    if likes:
        held = " AND ".join(
            "(" + " OR ".join(["held.text LIKE ? ESCAPE '\\'"] * n) + ")" for n in likes
        )
        matching += (
            f" AND EXISTS (SELECT 1 FROM messages AS held WHERE held.id = {index}.rowid AND {held})"
        )
    if among:
        # Built once a statement, into a table in memory each match is looked up in.
        matching += f" AND +{index}.rowid IN (SELECT value FROM json_each(?))"
    if by_sender:
        # Ordered inside the compound, where SQLite merges the reads in their order;
        # an order outside it sorted every match, each looked up first (76 ms for 党政办
        # at 300,000 messages, against 13). An ack brings what it shows: no card or copy
        # is looked up for it (COALESCE stops at the first value).
        source = (
            f"(SELECT {index}.rowid AS at, NULL AS acked FROM {index} WHERE {matching} UNION "
            "SELECT id, NULL FROM messages INDEXED BY ix_messages_sender "
            "WHERE sender_name IN (SELECT value FROM json_each(?)) AND ack_of IS NULL "
            f"AND id >= ? AND id < ? UNION SELECT ack.id, {_ACKED_NOTICE} "
            "FROM messages AS ack INDEXED BY ix_messages_acks_by_sender "
            "WHERE ack.sender_name IN (SELECT value FROM json_each(?)) "
            f"AND ack.ack_of IS NOT NULL AND ack.id >= ? AND ack.id < ? AND {_NOT_OWN_ACK} "
            "ORDER BY 1 DESC) AS hit"
        )
        shows = f"COALESCE(hit.acked, {shows})"
        order = ""
    else:
        source = f"{index} WHERE {matching}"
        order = f" ORDER BY {at} DESC"
    # The inner query is not flattened (LIMIT -1): that would look each match up twice.
    return (
        f"SELECT at, found FROM (SELECT {at} AS at, {shows} AS found FROM {source}"
        f"{order} LIMIT -1) WHERE found IS NOT NULL"
    )


# An ack found by its sender's name that is not the user's own, asked of the small index
# of the user's acks by the ack's own key (its row is never read, nor any other's: the
# index's condition holds for what it lists). The user's 收到 is said as 我 on the card and
# in the reading pane, so a search for their name would list it with nothing to mark.
_NOT_OWN_ACK = (
    "NOT EXISTS (SELECT 1 FROM messages AS own INDEXED BY ix_messages_own_acks "
    "WHERE own.account_id = ack.account_id AND own.ack_of = ack.ack_of "
    "AND own.sender_name = ack.sender_name AND own.id = ack.id AND "
    + OWN_ACK.replace("ack.", "own.")
    + ")"
)


# The notice an ack answers, as `_cards_search` names one ("account_id remote_id"): the
# notice itself, or the one the copy it answers is a copy of (as _ACKS reaches copies).
_ACKED_NOTICE = (
    "ack.account_id || ' ' || COALESCE((SELECT acked.cluster FROM messages AS acked "
    "WHERE acked.account_id = ack.account_id AND acked.remote_id = ack.ack_of), ack.ack_of)"
)


def _cards_of_copies(cursor: Any, view: View, notices: Sequence[str]) -> dict[str, int]:
    """The cards of `view` that show `notices` ("account_id remote_id", from `_cards_search`),
    by notice, in one statement on the driver's `cursor`; a notice whose card is not in the
    view is left out."""
    cursor.execute(_heads(_card_test(view)), (json.dumps(notices),))
    return {notice: card_id for card_id, notice in cursor.fetchall()}


@functools.cache
def _heads(card_test: str) -> str:
    """The statement (for the driver: a JSON list of notices) that finds their cards
    (`card_test`), by the unique index of account and remote id. Whether the head is a
    card of the view is asked of the index of cards, as for each match, not of its row:
    the unique index gives the head's id alone."""
    account = "CAST(substr(wanted.value, 1, instr(wanted.value, ' ') - 1) AS INTEGER)"
    remote_id = "substr(wanted.value, instr(wanted.value, ' ') + 1)"
    return (
        "SELECT head.id, wanted.value FROM json_each(?) AS wanted "
        f"JOIN messages AS head ON head.account_id = {account} AND head.remote_id = {remote_id} "
        "WHERE EXISTS (SELECT 1 FROM messages AS card INDEXED BY ix_messages_card_ids "
        f"WHERE card.id = head.id AND {card_test})"
    )


# Every unread copy counts in its group, not only the cards (see tables.unread_counts).
_UNREAD_BY_GROUP = (
    select(tables.unread_counts.c.group_id, func.sum(tables.unread_counts.c.n).label("n"))
    .group_by(tables.unread_counts.c.group_id)
    .subquery()
)
# Built once: a subquery's columns point back at it, and one built per recount (after
# every sync batch) left 48 objects in cycles each time, freed by full collections only.
_GROUP_COUNTS = (
    select(
        tables.groups.c.id,
        tables.groups.c.name,
        func.coalesce(_UNREAD_BY_GROUP.c.n, 0),
        tables.groups.c.encrypted,
        tables.groups.c.remote_id,
        tables.groups.c.left_ms.is_not(None),
        tables.groups.c.account_id,
    )
    .outerjoin(_UNREAD_BY_GROUP, _UNREAD_BY_GROUP.c.group_id == tables.groups.c.id)
    # The same name in two accounts: in the order the accounts were added.
    .order_by(tables.groups.c.name, tables.groups.c.account_id)
)
_ACCOUNT_LABELS = select(tables.accounts.c.id, tables.accounts.c.label)
_ACCOUNT_LABELS_SQL = "SELECT id, label FROM accounts"
# The unread re-DINGs each group lists on their DING's card, not as rows (see `_filters`),
# which its unread count (every unread copy, tables.unread_counts) has: the badge said 1
# over a group with nothing unread listed. Received ones by the partial index of the DING
# copies, the user's own from their re-DINGs sent (stored without the DING flag, as their
# own are), read from the resends on; both few. So the notices posted again where they
# stand, each a copy its group lists on its card, by the partial index of the unread
# (left to choose, SQLite read every open message). The received re-DINGs by the unread,
# and the user's own from every open message (SQLite's choice), took 4.4 s and 0.5 s of
# the store thread at 100,000 messages, all unread (the bench's store), before the
# window's first counts: 14 ms and 1 ms so.
_UNREAD_RE_DINGS = text(
    "SELECT group_id, count(*) FROM ("
    "SELECT message.id AS id, message.group_id AS group_id FROM messages AS message "
    "INDEXED BY ix_messages_ding_copies "
    "WHERE message.read = 0 AND message.done = 0 "
    "AND message.ack_of IS NULL AND message.ding IS 1 "
    "AND message.cluster != message.remote_id "
    # The DING it repeats, the group's row (see _re_ding_of_its_card).
    f"AND {tables.RE_DING_RECEIVED.format(m='message')} "
    "UNION "
    # A notice posted again in a group where it stands (see _filters).
    "SELECT message.id AS id, message.group_id AS group_id FROM messages AS message "
    "INDEXED BY ix_messages_unread "
    "WHERE message.read = 0 AND message.done = 0 "
    "AND message.ack_of IS NULL AND message.cluster != message.remote_id "
    f"AND {tables.REPOSTED_IN_GROUP.format(m='message')} "
    "UNION "
    # CROSS JOIN: in this order.
    "SELECT own.id, own.group_id FROM ding_resends AS resend "
    "CROSS JOIN outbox AS sent ON sent.txn_id = resend.txn_id "
    "CROSS JOIN messages AS own ON own.account_id = sent.account_id "
    "AND own.remote_id = sent.remote_id "
    "WHERE own.read = 0 AND own.done = 0 AND own.ack_of IS NULL "
    "AND own.cluster != own.remote_id"
    ") GROUP BY group_id"
)

# The same, with the notices posted again sought among the copies (their partial index)
# rather than among the unread: where more messages are unread than there are copies (the
# bench's store, all 100,000 unread: 5.7 s against 0.8 s).
_UNREAD_RE_DINGS_BY_COPIES = text(
    str(_UNREAD_RE_DINGS).replace(
        "INDEXED BY ix_messages_unread ", "INDEXED BY ix_messages_copy_cards ", 1
    )
)
# The unread, as counted (tables.unread_counts), and the copies as far as that many: each
# from an index alone, at most as many entries as the fewer of them.
_UNREAD_TOTAL = "SELECT coalesce(sum(n), 0) FROM unread_counts"
_COPIES_UP_TO = (
    "SELECT count(*) FROM (SELECT 1 FROM messages INDEXED BY ix_messages_copy_cards "
    "WHERE ack_of IS NULL AND cluster IS NOT NULL AND cluster != remote_id LIMIT ?)"
)


def _unread_re_dings(session: Session | Connection) -> TextClause:
    """_UNREAD_RE_DINGS, reading the fewer of the unread and the copies."""
    with driver_cursor(session) as cursor:
        unread = int(cursor.execute(_UNREAD_TOTAL).fetchone()[0])
        copies = int(cursor.execute(_COPIES_UP_TO, (unread + 1,)).fetchone()[0])
    return _UNREAD_RE_DINGS_BY_COPIES if copies <= unread else _UNREAD_RE_DINGS


_CARD_HEADS_OF_CARD = (
    CARD_HEADS.replace("cluster", "card.cluster")
    .replace("remote_id", "card.remote_id")
    .replace("twin_of", "card.twin_of")
)
_COPIES_OF_COPY = (
    NOTICE_COPIES.replace("ack_of", "copy.ack_of")
    .replace("cluster", "copy.cluster")
    .replace("remote_id", "copy.remote_id")
)

# The cards marked done, and what may be a copy of their notices, each by its index
# alone (`InboxQueries.done_search_ids`): as many as the user marked done, however many
# messages the store holds. Read through the index of cards by done, and every copy's ack
# flag from its row, 1,300 done cards took 30 ms at 394,000 messages; an ack of a notice
# among them says nothing in Done, as the search's own statement finds.
_DONE_SEARCH_IDS = (
    "WITH done_card AS (SELECT card.id, card.account_id, card.remote_id "
    "FROM messages AS card INDEXED BY ix_messages_done_cards "
    f"WHERE card.done = 1 AND card.ack_of IS NULL AND ({_CARD_HEADS_OF_CARD})) "
    "SELECT id FROM done_card UNION ALL "
    "SELECT copy.id FROM done_card JOIN messages AS copy INDEXED BY ix_messages_cluster "
    "ON copy.account_id = done_card.account_id AND copy.cluster = done_card.remote_id "
    "WHERE copy.cluster != copy.remote_id LIMIT ?"
)


def lists_by_time(view: View) -> bool:
    """Done (by when it was marked done), what quiet hours held and search results list
    newest first; the inbox lists by its rank order."""
    return view.kind in (ViewKind.DONE, ViewKind.HELD) or bool(view.search.strip())


def _sort_key(view: View) -> tuple[ColumnElement[Any], ...]:
    """The view's order, the row id last so that every row has its own place in it."""
    if lists_by_time(view):
        # A search the text indexes answer lists by arrival instead (see _search_page).
        if view.kind is ViewKind.HELD and (view.asks or view.woken):
            # What the morning digest named as asking the user, first, tasks before
            # notices as it names them: newest first put them under a night's notices.
            # Before them what came through while quiet: what the user slept through.
            asks = func.json_each(json.dumps(list(view.asks))).table_valued("value")
            woken = func.json_each(json.dumps(list(view.woken))).table_valued("value")
            asked = case(
                (tables.messages.c.id.in_(select(woken.c.value)), len(Tier) + 1),
                (
                    tables.messages.c.id.in_(select(asks.c.value)),
                    len(Tier) - tables.messages.c.tier_rank,
                ),
                else_=0,
            )
            # All descending.
            return (asked, _tasks_first(), _came_ms(), tables.messages.c.id)
        if view.kind is ViewKind.HELD:
            # Tasks before notices, as the inbox orders them, each tier newest first: the
            # one task held sat under a night's notices, below a photo of lunch (a tester).
            return (_tasks_first(), _came_ms(), tables.messages.c.id)  # descending
        if view.kind is ViewKind.DONE and not view.search.strip():
            # What was just marked done first, as an archive lists: by the message's
            # time, the notice marked done sat under a morning's chats.
            return (tables.messages.c.done_ms, tables.messages.c.id)  # both descending
        return (tables.messages.c.ts_ms, tables.messages.c.id)  # both descending
    if view.kind is ViewKind.DUE:
        # What is due today first, soonest first, then the overdue, the latest due first:
        # oldest first put days of overdue cards above the day's work. At one time, the
        # more pressing tier, then the unread. Sorted, not read in the index's order: the
        # view holds only open cards due by tonight, which its index finds.
        due: ColumnElement[Any] = tables.messages.c.deadline_ms
        if view.today is None:
            return (
                due,
                tables.messages.c.tier_rank,
                tables.messages.c.read,
                tables.messages.c.due_begins,
                tables.messages.c.id,
            )
        answered = case(
            (or_(tables.messages.c.deadline_ms.is_(None), _ding_confirmed()), 1), else_=0
        )
        due = func.coalesce(tables.messages.c.deadline_ms, _replied_due())
        return _due_key(view.today, answered, due)
    # Tier, unconfirmed DINGs first, score and time descending: all ascending columns.
    return (
        tables.messages.c.tier_rank,
        tables.messages.c.neg_pinned,
        tables.messages.c.neg_score,
        tables.messages.c.neg_ts_ms,
        tables.messages.c.id,
    )


def _came_ms() -> ColumnElement[Any]:
    """When a card came, as the held list shows it: when its notice was last posted in
    its own group (see InboxRow.posted_again), else its own time. By its first post, a
    notice posted again overnight was listed under the night's (a tester). Read from the
    index of clusters, and only for a card that heads copies (most head none)."""
    copy = tables.messages.alias("posted")
    card = tables.messages.c
    last = (
        select(func.max(copy.c.ts_ms))
        .where(
            copy.c.account_id == card.account_id,
            copy.c.cluster == card.remote_id,
            copy.c.group_id == card.group_id,
        )
        .scalar_subquery()
    )
    return case((card.cluster == card.remote_id, func.coalesce(last, card.ts_ms)), else_=card.ts_ms)


def _tasks_first() -> ColumnElement[Any]:
    """The tier as a key read descending: urgent highest, noise lowest."""
    return len(Tier) - tables.messages.c.tier_rank


def _due_key(
    today: tuple[int, int], answered: ColumnElement[Any], due: ColumnElement[Any]
) -> tuple[ColumnElement[Any], ...]:
    """Due today's order (see _sort_key), of a card `answered` (1) or not (0) due at `due`
    (ms): what the user answered (replied to, or confirmed its DING in desk) after what
    still asks them, each part in the same order: 已逾期 2 天 on a task answered on the day
    stood among the work still owed."""
    start, end = today
    return (
        answered,
        case((due >= start, due), else_=end + start - due),
        tables.messages.c.tier_rank,
        tables.messages.c.read,
        tables.messages.c.due_begins,
        tables.messages.c.id,
    )


def _replied_due() -> ColumnElement[Any]:
    return literal_column(_REPLIED_DUE_MS.format(table="messages"))


def _ding_confirmed() -> ColumnElement[bool]:
    """Whether the user confirmed the card's own DING in desk (its ladder says when, see
    InboxRow.confirmed_at), by its id alone: read from ix_messages_due, the confirmed
    DINGs listed once, not each card's row looked up."""
    dinged = tables.messages.alias("dinged")
    ding = (
        select(dinged.c.ding)
        .where(dinged.c.id == tables.escalations.c.message_id)
        .scalar_subquery()
    )
    return tables.messages.c.id.in_(
        select(tables.escalations.c.message_id).where(
            tables.escalations.c.acked_ms.is_not(None), ding.is_(True)
        )
    )


def _past(view: View, key: tuple[ColumnElement[Any], ...], after: PageKey) -> ColumnElement[bool]:
    """Rows after `after` in the view's order, as one row-value comparison the index seeks."""
    if lists_by_time(view):
        return tuple_(*key) < tuple_(*after)
    if view.tier is not None:
        # The tier is fixed by the view: SQLite seeks on a row value only when it does
        # not start with a column that another condition already pins to one value.
        return tuple_(*key[1:]) > tuple_(*after[1:])
    return tuple_(*key) > tuple_(*after)


class _Folds(NamedTuple):
    also_in: tuple[str, ...] = ()
    ack_names: tuple[str, ...] = ()
    acked_by_you: bool = False
    confirmation_refused: tuple[str, ...] = ()
    acks: tuple[Ack, ...] = ()
    answers: tuple[Answer, ...] = ()
    ding_confirmed: bool = False
    posted_again: datetime | None = None
    folded_dings: tuple[FoldedDing, ...] = ()
    re_dinged: datetime | None = None
    own_ding_confirmed: bool = False
    # Whose each of `also_in` is, where it is a group of another account (see InboxRow).
    also_in_whose: tuple[str, ...] = ()


_NO_FOLDS = _Folds()


def _folds(session: Session | Connection, messages: Sequence[Any]) -> dict[tuple[int, str], _Folds]:
    """For each card: the other groups of its notice, the names of who else acknowledged
    it (and each ack, with its group and time), and whether the user did (an ack to any
    copy of the notice counts for the card that heads it; so does confirming the card's
    DING, unless the server refused to pass that confirmation on, which the card then
    says).

    Four statements per account for the whole page (and two for its DINGs, one more for
    those the user received, whose other recipients may confirm with a reaction, see
    _others_confirmed, and one for the confirmations the server refused where the user
    confirmed one), on the driver's cursor, read from the indexes of clusters and of
    acks (and the DINGs' ladders and confirmations by key) alone: a greeting folded
    from every group for a week has hundreds of copies,
    and reading each copy's row, a page of the encrypted file, took up to 90 ms for one
    page of cards at a million messages.
    """
    result: dict[tuple[int, str], tuple[list[str], list[str]]] = {
        (m.account_id, m.remote_id): ([], []) for m in messages
    }
    # Each card's acks as (sender, group id, ms, the user's own), oldest first.
    acks: dict[tuple[int, str], list[tuple[str, int, int, bool]]] = {key: [] for key in result}
    answers: dict[tuple[int, str], list[Answer]] = {key: [] for key in result}
    # The groups the acks came in, by id: the cards' own, and their copies'.
    group_names = {m.group_id: m.group_name for m in messages}
    # Cards whose DING the user confirmed in desk (with its group, and when), and those
    # acknowledged from elsewhere.
    confirmed: dict[tuple[int, str], tuple[int, int | None]] = {}
    acked: set[tuple[int, str]] = set()
    refused: dict[tuple[int, str], list[str]] = {}
    # The cards whose own DING the user confirmed (not a copy's).
    own_confirmed: set[tuple[int, str]] = set()
    own_group = {(m.account_id, m.remote_id): m.group_id for m in messages}
    own_ms = {(m.account_id, m.remote_id): m.ts_ms for m in messages}
    # When each card's notice was last posted again in its own group (本群再次发送), and
    # each DING's card last DINGed again there.
    again: dict[tuple[int, str], int] = {}
    re_dinged: dict[tuple[int, str], int] = {}
    by_account: dict[int, tuple[list[str], list[str]]] = {}
    # The pinned cards heading a notice, by account: a DING folded into one may wait.
    pinned_heads: dict[int, list[str]] = {}
    folded: dict[tuple[int, str], list[tuple[int, str, int, int]]] = {}
    # The DINGs the user received (not theirs) among the cards, by account: who else
    # confirmed each with a button or reaction is read from ding_confirmations.
    received_dings: dict[int, list[str]] = {}
    for m in messages:
        if m.ding and not any(code == FROM_YOU for code, _args in m.reasons):
            received_dings.setdefault(m.account_id, []).append(m.remote_id)
        mine, heads = by_account.setdefault(m.account_id, ([], []))
        mine.append(m.remote_id)
        if m.cluster == m.remote_id:
            heads.append(m.remote_id)
            if m.pinned:
                pinned_heads.setdefault(m.account_id, []).append(m.remote_id)
    with driver_cursor(session) as cursor:
        # The same events under a second account (twins): their groups are the card's too,
        # each said with its account (the same room's name under both, see group_names).
        cursor.execute(_ANY_TWIN)
        whose: dict[int, str] = {}
        if cursor.fetchone()[0]:
            cursor.execute(_ACCOUNT_LABELS_SQL)
            whose = account_names((int(i), str(label)) for i, label in cursor.fetchall())
        twin_groups: dict[tuple[int, str], list[tuple[str, str]]] = {}
        for account_id, (mine, heads) in by_account.items():
            if heads:
                cursor.execute(_COPY_GROUPS, (json.dumps(heads), account_id))
                for head, group_id, group_name, last in cursor.fetchall():
                    group_names[group_id] = group_name
                    key = (account_id, head)
                    if group_id == own_group[key] and last > own_ms[key]:
                        again[key] = last
                    groups = result[key][0]
                    if group_id != own_group[(account_id, head)] and group_name not in groups:
                        groups.append(group_name)
                # A DING the user confirmed, here a copy's folded under the card (below,
                # the card's own), is acknowledged by them as much as a 收到 typed on the
                # phone: the line under it counted the phone's and not desk's (a tester).
                cursor.execute(_CONFIRMED_COPIES, (json.dumps(heads), account_id))
                for head, group_id, at in cursor.fetchall():
                    confirmed.setdefault((account_id, head), (group_id, at))
            if pinned_heads.get(account_id):
                cursor.execute(_WAITING_COPIES, (json.dumps(pinned_heads[account_id]), account_id))
                for head, copy_id, sender, group_id, at in cursor.fetchall():
                    folded.setdefault((account_id, head), []).append(
                        (copy_id, sender, group_id, at)
                    )
            if whose:
                cursor.execute(_TWIN_GROUPS, (json.dumps(mine), account_id) * 2)
                for card, group_name, group_account in cursor.fetchall():
                    there = twin_groups.setdefault((account_id, card), [])
                    if (group_name, whose[group_account]) not in there:
                        there.append((group_name, whose[group_account]))
            cursor.execute(_ACKS, (json.dumps(mine), account_id, json.dumps(heads), account_id))
            acks_by: Counter[tuple[str, str]] = Counter()
            for card, sender, at, group_id in cursor.fetchall():
                acks_by[(card, sender)] += 1
                names = result[(account_id, card)][1]
                if sender not in names:
                    names.append(sender)
                # An ack answers the message before it in its group (the triage's
                # `ack_of`): to the card itself, in the card's group.
                group = own_group[(account_id, card)] if group_id is None else group_id
                acks[(account_id, card)].append((sender, group, at, False))
            cursor.execute(
                _ANSWERS, (json.dumps(mine), account_id, json.dumps(heads), account_id) * 2
            )
            listed: set[tuple[str, int]] = set()
            for card, sender, at, group_id, said, reply_id, yours in cursor.fetchall():
                if (card, reply_id) in listed:
                    continue
                listed.add((card, reply_id))
                group = own_group[(account_id, card)] if group_id is None else group_id
                answers[(account_id, card)].append(
                    Answer(sender, group_names.get(group, ""), from_ms(at), said, bool(yours))
                )
            cursor.execute(_OWN_ACKS, (json.dumps(mine), account_id, json.dumps(heads), account_id))
            for card, own_name, own_at in cursor.fetchall():
                names = result[(account_id, card)][1]
                acked.add((account_id, card))
                listed = acks[(account_id, card)]
                for n, (sender, group, at, _yours) in enumerate(listed):
                    if (sender, at) == (own_name, own_at):
                        listed[n] = (sender, group, at, True)
                        break
                acks_by[(card, own_name)] -= 1
                if acks_by[(card, own_name)] <= 0 and own_name in names:
                    # Not when someone else of that name acked too (two 李明 in a county).
                    names.remove(own_name)
            if received_dings.get(account_id):
                _others_confirmed(
                    cursor, account_id, received_dings[account_id], result, acks, own_group
                )
        dings = {m.id: (m.account_id, m.remote_id) for m in messages if m.ding}
        if dings:
            cursor.execute(_CONFIRMED, (json.dumps(list(dings)),))
            for message_id, at in cursor.fetchall():
                confirmed[dings[message_id]] = (own_group[dings[message_id]], at)
                own_confirmed.add(dings[message_id])
        ding_heads: dict[int, list[str]] = {}
        for m in messages:
            if m.ding and m.cluster == m.remote_id:
                ding_heads.setdefault(m.account_id, []).append(m.remote_id)
        for account_id, wanted in ding_heads.items():
            # A page's DING cards are few, and their copies too: their rows are read.
            cursor.execute(_RE_DINGED, (json.dumps(wanted), account_id))
            for head, group_id, last in cursor.fetchall():
                key = (account_id, head)
                if group_id == own_group[key] and last > own_ms[key]:
                    re_dinged[key] = last
        for account_id in {key[0] for key in confirmed}:
            cursor.execute(_REFUSED, (account_id,))
            for card, sender in cursor.fetchall():
                senders = refused.setdefault((account_id, card), [])
                if sender not in senders:
                    senders.append(sender)
    for key, (group_id, at) in confirmed.items():
        if key not in acked and key not in refused and at is not None:
            acks[key].append(("", group_id, at, True))
    for key, there in twin_groups.items():
        # A room the card names already (a copy folded into it) is said once: the other
        # account's group of it is the same room. Said, its own room (it came under both
        # accounts), and rooms only the other account is in.
        there[:] = [(name, w) for name, w in there if name not in result[key][0]]
    return {
        key: _Folds(
            (*groups, *(name for name, _whose in twin_groups.get(key, ()))),
            tuple(names),
            key in acked or (key in confirmed and key not in refused),
            # Not a DING withdrawn since (no longer one): it asks nothing of anyone.
            tuple(refused[key]) if key in refused and key in confirmed and key not in acked else (),
            _acks_listed(acks[key], group_names),
            tuple(answers[key]),
            key in confirmed and key not in refused,
            from_ms(again[key]) if key in again else None,
            tuple(
                FoldedDing(copy_id, sender, group_names.get(group_id, ""), from_ms(at))
                for copy_id, sender, group_id, at in folded.get(key, ())
            ),
            from_ms(re_dinged[key]) if key in re_dinged else None,
            key in own_confirmed,
            (
                (*("" for _g in groups), *(w for _name, w in twin_groups[key]))
                if twin_groups.get(key)
                else ()
            ),
        )
        for key, (groups, names) in result.items()
    }


def _others_confirmed(
    cursor: Any,
    account_id: int,
    cards: list[str],
    result: dict[tuple[int, str], tuple[list[str], list[str]]],
    acks: dict[tuple[int, str], list[tuple[str, int, int, bool]]],
    own_group: dict[tuple[int, str], int],
) -> None:
    """Adds to the received DING cards `cards` (remote ids, of the account) who else
    confirmed each as sync recorded it (`ding_confirmations`): a 收到 reaction or the
    DING's button leaves no message whose `ack_of` names the card, and the card said
    收到 ×1（我） after the other recipient had confirmed (a tester). Not the user under
    any of their accounts (their own confirmation is the ladder's and their 收到's), nor
    one counted already: the 收到 message a confirmation was read from, or another of
    that person's (by name)."""
    cursor.execute(_OTHERS_CONFIRMED, (json.dumps(cards), account_id))
    added: set[tuple[int, str]] = set()
    for card, name, at in cursor.fetchall():
        key = (account_id, card)
        names = result[key][1]
        if name in names:
            continue
        names.append(name)
        acks[key].append((name, own_group[key], at, False))
        added.add(key)
    for key in added:
        # The names in the order they first confirmed, as the acks' messages list them.
        first: dict[str, int] = {}
        for sender, _group, at, yours in acks[key]:
            if not yours:
                first[sender] = min(at, first.get(sender, at))
        result[key][1].sort(key=lambda name: first.get(name, 0))


def _acks_listed(
    acks: list[tuple[str, int, int, bool]], group_names: dict[int, str]
) -> tuple[Ack, ...]:
    """The acks oldest first, each person's first in each group: a 收到 and then a 好的
    from one village head is one confirmation."""
    seen: set[tuple[str, int, bool]] = set()
    listed = []
    for sender, group_id, at, yours in sorted(acks, key=lambda ack: ack[2]):
        # The user's own under whatever name: a 收到 from the phone and a DING confirmed.
        who = ("", group_id, True) if yours else (sender, group_id, False)
        if who not in seen:
            seen.add(who)
            listed.append(Ack(sender, group_names.get(group_id, ""), from_ms(at), yours))
    return tuple(listed)


# The groups a notice's copies came in, in the order they first came (for the driver: the
# heads as a JSON list, the account). CROSS JOIN keeps the list the outer loop: SQLite
# knows nothing of its size and would rather scan the messages.
_COPY_GROUPS = (
    "SELECT seen.cluster, seen.group_id, groups.name, seen.last FROM ("
    "SELECT copy.cluster AS cluster, copy.group_id AS group_id, MIN(copy.ts_ms) AS first, "
    "MAX(copy.ts_ms) AS last "
    "FROM json_each(?) AS wanted CROSS JOIN messages AS copy "
    "ON copy.account_id = ? AND copy.cluster = wanted.value "
    "GROUP BY copy.cluster, copy.group_id) AS seen "
    "JOIN groups ON groups.id = seen.group_id ORDER BY seen.first"
)
# Whether any message is a twin (tables.messages.twin_of): most stores, of one account, have
# none, and ask no more of their cards (read from the partial index alone).
_ANY_TWIN = "SELECT EXISTS (SELECT 1 FROM messages WHERE twin_of IS NOT NULL)"
# The groups the cards' events came in under other accounts (for the driver: the cards'
# remote ids as a JSON list, the account, twice): each twin of a card or of a copy folded
# into it, and where a twin heads its own account's notice, that notice's copies there,
# each in the order they first came.
_TWIN_GROUPS = (
    "WITH twins AS ("
    "SELECT wanted.value AS card, twin.account_id AS account_id, twin.remote_id AS remote_id, "
    "twin.group_id AS group_id, twin.ts_ms AS ts "
    "FROM json_each(?) AS wanted CROSS JOIN messages AS mine "
    "ON mine.account_id = ? AND mine.remote_id = wanted.value "
    "JOIN messages AS twin ON twin.twin_of = mine.id "
    "UNION ALL "
    "SELECT wanted.value, twin.account_id, twin.remote_id, twin.group_id, twin.ts_ms "
    "FROM json_each(?) AS wanted CROSS JOIN messages AS mine "
    "ON mine.account_id = ? AND mine.cluster = wanted.value "
    "JOIN messages AS twin ON twin.twin_of = mine.id), "
    "seen AS ("
    "SELECT card, group_id, ts FROM twins "
    "UNION ALL "
    "SELECT twins.card, copy.group_id, copy.ts_ms FROM twins JOIN messages AS copy "
    "ON copy.account_id = twins.account_id AND copy.cluster = twins.remote_id) "
    "SELECT first.card, groups.name, groups.account_id FROM ("
    "SELECT card, group_id, MIN(ts) AS ts FROM seen GROUP BY card, group_id) AS first "
    "JOIN groups ON groups.id = first.group_id ORDER BY first.ts"
)
# When each DING card (the page's heads that are DINGs) was last DINGed again, by group:
# a copy that is a DING too (a re-DING folded in), not one of its words posted plainly.
_RE_DINGED = (
    "SELECT copy.cluster, copy.group_id, MAX(copy.ts_ms) "
    "FROM json_each(?) AS wanted CROSS JOIN messages AS copy "
    "ON copy.account_id = ? AND copy.cluster = wanted.value AND copy.remote_id != copy.cluster "
    "WHERE copy.ding IS 1 GROUP BY copy.cluster, copy.group_id"
)
# Who acknowledged each card, oldest first: acks to the cards themselves (the page's remote
# ids), then acks to the copies of those that head a notice (the heads).
_ACKS = (
    "SELECT card, sender, ts, group_id FROM ("
    "SELECT wanted.value AS card, ack.sender_name AS sender, ack.ts_ms AS ts, "
    "NULL AS group_id "
    "FROM json_each(?) AS wanted CROSS JOIN messages AS ack "
    "ON ack.account_id = ? AND ack.ack_of = wanted.value "
    "UNION ALL "
    "SELECT copy.cluster, ack.sender_name, ack.ts_ms, copy.group_id "
    "FROM json_each(?) AS wanted CROSS JOIN messages AS copy "
    "ON copy.account_id = ? AND copy.cluster = wanted.value AND copy.remote_id != copy.cluster "
    "CROSS JOIN messages AS ack ON ack.account_id = copy.account_id "
    "AND ack.ack_of = copy.remote_id) ORDER BY ts"
)
# Who confirmed each of the DINGs given (their remote ids as a JSON list, then the account)
# as sync recorded it, oldest first: by the key of ding_confirmations, the page's few
# DINGs. Not the user: under any of their accounts but a shared one (by its user id, or,
# one not known yet, by the name it goes by: see dings.me_on), as FROM_YOU makes a reply
# from any of them theirs, nor one this desk sent (the outbox's, by its remote id: a
# shared account's); nor one read from a 收到 whose `ack_of` is the DING: _ACKS counts it.
_OTHERS_CONFIRMED = (
    "SELECT wanted.value, done.name, done.ts_ms "
    "FROM json_each(?) AS wanted CROSS JOIN ding_confirmations AS done "
    "ON done.account_id = ? AND done.ding_remote_id = wanted.value "
    "WHERE NOT EXISTS (SELECT 1 FROM accounts AS own WHERE NOT own.shared "
    "AND (json_extract(own.config, '$.user_id') = done.user_id "
    "OR (own.id = done.account_id AND json_extract(own.config, '$.user_id') IS NULL "
    "AND json_extract(own.config, '$.me_name') = done.name))) "
    "AND NOT EXISTS (SELECT 1 FROM outbox AS sent WHERE sent.account_id = done.account_id "
    "AND sent.remote_id = done.remote_id) "
    "AND NOT EXISTS (SELECT 1 FROM messages AS ack WHERE ack.account_id = done.account_id "
    "AND ack.remote_id = done.remote_id AND ack.ack_of = wanted.value) "
    "ORDER BY done.ts_ms"
)
# The replies that answer each card or a copy of it, oldest first: those triage read as
# answers (`answers`) and those that quote it (`reply_to`), each by its partial index; never
# an ack (a late 收到 quoting it), which says nothing more, nor one withdrawn since. Twice
# the parameters of _ACKS: a pair of lookups per link. A reply met by both links comes
# twice, with and without its copy's group: the caller lists it once. Whether the user
# sent it (see OWN_ACK) is read from the row read for its text.
_YOURS = f"instr(reply.reasons, '\"{FROM_YOU}\"') > 0"
_ANSWERS = " UNION ".join(
    part.replace("LINK", link)
    for link in ("answers", "reply_to")
    for part in (
        "SELECT wanted.value AS card, reply.sender_name AS sender, reply.ts_ms AS ts, "
        f"NULL AS group_id, reply.text AS said, reply.id AS reply_id, {_YOURS} AS yours "
        "FROM json_each(?) AS wanted CROSS JOIN messages AS reply "
        "ON reply.account_id = ? AND reply.LINK = wanted.value AND reply.ack_of IS NULL "
        "AND reply.ack = 0 AND reply.withdrawn_ms IS NULL",
        "SELECT copy.cluster, reply.sender_name, reply.ts_ms, copy.group_id, reply.text, reply.id, "
        f"{_YOURS} "
        "FROM json_each(?) AS wanted CROSS JOIN messages AS copy "
        "ON copy.account_id = ? AND copy.cluster = wanted.value "
        "AND copy.remote_id != copy.cluster "
        "CROSS JOIN messages AS reply ON reply.account_id = copy.account_id "
        "AND reply.LINK = copy.remote_id AND reply.ack_of IS NULL "
        "AND reply.ack = 0 AND reply.withdrawn_ms IS NULL",
    )
)
_ANSWERS = (
    f"SELECT card, sender, ts, group_id, said, reply_id, yours FROM ({_ANSWERS}) "
    "ORDER BY ts, reply_id"
)
# Which of those acks the user sent, from another device (a 收到 typed on the phone), under
# what name, when: the same two lookups on the small partial index of the user's own acks.
_OWN_ACKS = (
    "SELECT wanted.value, ack.sender_name, ack.ts_ms "
    "FROM json_each(?) AS wanted CROSS JOIN messages AS ack "
    f"ON ack.account_id = ? AND ack.ack_of = wanted.value AND {OWN_ACK} "
    "UNION ALL "
    "SELECT copy.cluster, ack.sender_name, ack.ts_ms "
    "FROM json_each(?) AS wanted CROSS JOIN messages AS copy "
    "ON copy.account_id = ? AND copy.cluster = wanted.value AND copy.remote_id != copy.cluster "
    "CROSS JOIN messages AS ack ON ack.account_id = copy.account_id "
    f"AND ack.ack_of = copy.remote_id AND {OWN_ACK}"
)


# Of the DINGs given (their ids as a JSON list), those the user confirmed, and when.
_CONFIRMED = (
    "SELECT ladder.message_id, ladder.acked_ms "
    "FROM json_each(?) AS wanted CROSS JOIN escalations AS ladder "
    "ON ladder.message_id = wanted.value AND ladder.acked_ms IS NOT NULL"
)


# Of the pinned notices given (their remote ids as a JSON list, then the account), the
# copies that are DINGs still waiting for the user, as EscalationStore.acknowledge finds
# them (no ladder yet, or one running), oldest first: from the cluster index, the ladders
# by key.
_WAITING_COPIES = (
    "SELECT copy.cluster, copy.id, copy.sender_name, copy.group_id, copy.ts_ms "
    "FROM json_each(?) AS wanted CROSS JOIN messages AS copy "
    "ON copy.account_id = ? AND copy.cluster = wanted.value AND copy.remote_id != copy.cluster "
    "AND copy.ding IS 1 "
    "LEFT JOIN escalations AS ladder ON ladder.message_id = copy.id "
    "WHERE ladder.message_id IS NULL OR (ladder.acked_ms IS NULL AND ladder.history = 0) "
    "ORDER BY copy.ts_ms, copy.id"
)


# Of the notices given (their remote ids as a JSON list, then the account), those with a
# copy whose DING the user confirmed, where and when, first first: the copies from the
# cluster index, their ladders by key (the few DINGs' rows alone are in that table).
_CONFIRMED_COPIES = (
    "SELECT copy.cluster, copy.group_id, ladder.acked_ms "
    "FROM json_each(?) AS wanted CROSS JOIN messages AS copy "
    "ON copy.account_id = ? AND copy.cluster = wanted.value AND copy.remote_id != copy.cluster "
    "CROSS JOIN escalations AS ladder ON ladder.message_id = copy.id "
    "AND ladder.acked_ms IS NOT NULL ORDER BY ladder.acked_ms"
)


# The cards of the account (its id) whose DING, or a copy's, the user confirmed and the
# server refused to pass on, and who sent that DING: from the outbox's index, its few
# refused items, and each acknowledged message by its key. Not a DING the user has
# confirmed since from another device (a 收到 from the phone once the group let members
# answer): the group has it.
_REFUSED = (
    "SELECT coalesce(ding.cluster, ding.remote_id), ding.sender_name FROM outbox AS item "
    "JOIN messages AS ding ON ding.account_id = item.account_id AND ding.remote_id = item.ack_of "
    "WHERE item.account_id = ? AND item.state = 'failed' AND item.ack_of IS NOT NULL "
    "AND NOT EXISTS (SELECT 1 FROM ding_confirmations AS mine "
    "JOIN accounts ON accounts.id = mine.account_id "
    "WHERE mine.account_id = item.account_id AND mine.ding_remote_id = item.ack_of "
    "AND mine.user_id = json_extract(accounts.config, '$.user_id'))"
)


def _answered(of: str) -> str:
    """SQL: whether someone confirmed or answered the message `of` (an ack, a reply that
    answers or quotes it; no ack quoting it, nor a reply withdrawn since), as `_ACKS` and
    `_ANSWERS` read them: by the indexes of acks and of answers, the first found enough."""
    replied = (
        "SELECT 1 FROM messages AS reply WHERE reply.account_id = {of}.account_id "
        "AND reply.{link} = {of}.remote_id AND reply.ack_of IS NULL AND reply.ack = 0 "
        "AND reply.withdrawn_ms IS NULL"
    )
    return (
        f"EXISTS (SELECT 1 FROM messages AS ack WHERE ack.account_id = {of}.account_id "
        f"AND ack.ack_of = {of}.remote_id) "
        f"OR EXISTS ({replied.format(of=of, link='answers')}) "
        f"OR EXISTS ({replied.format(of=of, link='reply_to')})"
    )


# Each card's tier rank, the start of its text (a title is short: TITLE_MOST), and, for a
# notice of the Info tier (urgent and to-do stand high, noise low, whoever answered them),
# whether anyone confirmed or answered it or a copy folded into it (for the driver: the
# ids as a JSON list). A notice: posted by a group's owner or an admin, due at a time,
# heading copies folded from other groups, or with a title (desk.core.search_order.
# title_of: a line and more, or a heading in brackets); not a line of chat a colleague
# said 收到 to (钟主任，晚饭给值班室订了盒饭 stood above the duty notice). The copies of a
# greeting folded from every group are never read: it is noise.
_A_NOTICE = (
    f"card.sender_role IN ('{Role.OWNER}', '{Role.ADMIN}') OR card.deadline_ms IS NOT NULL "
    # IS, not =: for a card without a cluster = gives NULL, and NOT (...) with it NULL,
    # which the CASE read as a notice. A card may head a cluster with no copy in it, or
    # only the same words posted again in its own group (the demo's dinner order, twice).
    "OR (card.cluster IS card.remote_id AND EXISTS (SELECT 1 FROM messages AS copy "
    "WHERE copy.account_id = card.account_id AND copy.cluster = card.remote_id "
    "AND copy.group_id != card.group_id)) "
    f"OR instr(substr(card.text, 1, {2 * TITLE_MOST}), char(10)) > 0 "
    "OR substr(ltrim(card.text), 1, 1) IN ("
    + ", ".join(f"'{opening}'" for opening, _closing in HEADING_BRACKETS)
    + ")"
)
_STANDINGS = (
    f"SELECT card.id, card.tier_rank, substr(card.text, 1, {2 * TITLE_MOST}), card.pinned, "
    f"CASE WHEN card.tier_rank != {Tier.INFO.rank} OR NOT ({_A_NOTICE}) THEN 0 "
    f"ELSE ({_answered('card')} "
    "OR (card.cluster = card.remote_id AND EXISTS (SELECT 1 FROM messages AS copy "
    "WHERE copy.account_id = card.account_id AND copy.cluster = card.remote_id "
    f"AND copy.remote_id != copy.cluster AND ({_answered('copy')})))) END "
    "FROM json_each(?) AS wanted CROSS JOIN messages AS card ON card.id = wanted.value"
)
_TIER_OF_RANK = {tier.rank: tier for tier in Tier}

# What a card shows; `rows` reads these as plain columns.
_ROW_COLUMNS = (
    tables.messages.c.id,
    tables.messages.c.account_id,
    tables.messages.c.remote_id,
    tables.messages.c.group_id,
    tables.messages.c.sender_name,
    tables.messages.c.sender_role,
    tables.messages.c.ts_ms,
    tables.messages.c.text,
    tables.messages.c.tier,
    tables.messages.c.score,
    tables.messages.c.reasons,
    tables.messages.c.cluster,
    tables.messages.c.deadline_ms,
    tables.messages.c.read,
    tables.messages.c.done,
    tables.messages.c.done_ms,
    tables.messages.c.ding,
    tables.messages.c.ding_due_ms,
    tables.messages.c.mentions_me,
    tables.messages.c.corrected,
    tables.messages.c.pinned,
    tables.messages.c.withdrawn_ms,
    tables.messages.c.ack_of,
    tables.messages.c.answers,
    tables.messages.c.reply_to,
)


# A page's cards and what they fold, as Core statements built once: a page is read on
# every scroll, and building and coercing an ORM select of 60 ids cost more than running it.
_MESSAGES = tables.messages.c
_GROUPS = tables.groups.c
_ACCOUNTS = tables.accounts.c
_ROWS = (
    select(
        *(_MESSAGES[c.key] for c in _ROW_COLUMNS),
        _GROUPS.name.label("group_name"),
        _GROUPS.remote_id.label("group_remote_id"),
        _GROUPS.encrypted.label("group_encrypted"),
        (_ACCOUNTS.kind == DEMO_KIND).label("demo"),
    )
    .join_from(tables.messages, tables.groups, _GROUPS.id == _MESSAGES.group_id)
    .join_from(tables.messages, tables.accounts, _ACCOUNTS.id == _MESSAGES.account_id)
    .where(_MESSAGES.id.in_(bindparam("ids", expanding=True)))
)
_FOLDED_COLUMNS = (
    _MESSAGES.id,
    _MESSAGES.account_id,
    _MESSAGES.remote_id,
    _MESSAGES.cluster,
    _MESSAGES.ack_of,
)
_FOLDED_INTO = select(*_FOLDED_COLUMNS).where(_MESSAGES.id == bindparam("id"))
_BY_REMOTE_ID = select(*_FOLDED_COLUMNS).where(
    _MESSAGES.account_id == bindparam("account"), _MESSAGES.remote_id == bindparam("remote_id")
)
_CARD_TEXT = select(
    _MESSAGES.account_id, _MESSAGES.remote_id, _MESSAGES.cluster, _MESSAGES.text
).where(_MESSAGES.id == bindparam("id"))
# The acks to a card (`card`) and to the copies of the notice it heads (`head`; empty for
# none), with their words, by the index of acks.
_ACK_TEXTS = text(
    "SELECT ack.sender_name, ack.group_id, ack.ts_ms, ack.text, "
    # Those triage read as adding a promise or a time (reasons.ACK_PROMISE). Every ack is
    # read, as `_ACKS` does, for the first of each person in each group: the one listed.
    "ack.withdrawn_ms IS NULL AND EXISTS (SELECT 1 FROM json_each(ack.reasons) "
    f"WHERE value ->> 0 = '{ACK_PROMISE}') "
    "FROM messages AS ack "
    "WHERE ack.account_id = :account AND ack.ack_of IN ("
    "SELECT :card UNION ALL SELECT copy.remote_id FROM messages AS copy "
    "WHERE copy.account_id = :account AND copy.cluster = :head "
    "AND copy.remote_id != copy.cluster) "
    "ORDER BY ack.ts_ms"
)
_COPY_ROWS = (
    select(
        _MESSAGES.id,
        _GROUPS.name.label("group_name"),
        _MESSAGES.sender_name,
        _MESSAGES.ts_ms,
        _MESSAGES.text,
        _MESSAGES.deadline_ms,
    )
    .join_from(tables.messages, tables.groups, _GROUPS.id == _MESSAGES.group_id)
    .where(
        _MESSAGES.account_id == bindparam("account"),
        _MESSAGES.cluster == bindparam("head"),
        _MESSAGES.id != bindparam("id"),
    )
    .order_by(_MESSAGES.ts_ms)
    # A notice in every group of a county: the first copies say what the relays added.
    .limit(COPIES_SHOWN)
)


def _unmatched_ack(m: Any) -> bool:
    """Whether the message read is an acknowledgement desk found no notice for: a card."""
    return m.ack_of is None and any(code == ACK for code, _args in m.reasons)


def _followed(session: Session | Connection, ids: list[int]) -> dict[int, str]:
    """The text of the message each of the acks `ids` follows in its group, as a card of
    an ack no notice was found for names it."""
    if not ids:
        return {}
    with driver_cursor(session) as cursor:
        cursor.execute(_FOLLOWED, (json.dumps(ids),))
        return {ack: text for ack, text in cursor.fetchall() if text}


# For each ack (the ids as a JSON list), the text of the message before it in its group
# that is no ack (a flood of 收到 follows the notice) and not withdrawn: by the group's
# index of times, a step back from the ack's.
_FOLLOWED = (
    "SELECT ack.id, (SELECT before.text FROM messages AS before "
    "WHERE before.group_id = ack.group_id AND before.ts_ms <= ack.ts_ms "
    "AND NOT (before.ts_ms = ack.ts_ms AND before.id >= ack.id) "
    "AND before.ack = 0 AND before.withdrawn_ms IS NULL "
    "ORDER BY before.ts_ms DESC, before.id DESC LIMIT 1) "
    "FROM json_each(?) AS wanted CROSS JOIN messages AS ack ON ack.id = wanted.value"
)


def _waiting_replies(
    session: Session | Connection, messages: Sequence[Any]
) -> tuple[dict[tuple[int, str], list[str]], set[tuple[int, str]]]:
    """The user's replies to the cards `messages` the outbox holds unsent (offline), their
    texts by (account, card's remote id), oldest first; and the cards whose DING (or a
    copy's folded under them) the user confirmed, the confirmation unsent. A DING sent has
    its roster. The outbox's pending index: a handful of items at most, however large the
    store."""
    accounts = {m.account_id for m in messages}
    cards = {(m.account_id, m.remote_id) for m in messages}
    found = session.execute(
        select(
            tables.outbox.c.account_id,
            tables.outbox.c.reply_to,
            tables.outbox.c.text,
            tables.outbox.c.ack_of,
        )
        .where(
            tables.outbox.c.account_id.in_(accounts),
            tables.outbox.c.state == OutboxState.PENDING.value,
            or_(tables.outbox.c.reply_to.is_not(None), tables.outbox.c.ack_of.is_not(None)),
            tables.outbox.c.ding.is_(None),
        )
        .order_by(tables.outbox.c.id)
    )
    # A confirmation answers its DING (`ack_of`): confirmed offline, the card said 已确认
    # and nothing of it waiting, while a reply said 待发送 (IT tester).
    pending = [
        (account_id, ack_of or reply_to, said, ack_of is not None)
        for account_id, reply_to, said, ack_of in found
    ]
    if not pending:
        return {}, set()
    # A reply to a copy of a notice (收到 from the copy's group) waits on the card the
    # notice folds into too, as it counts there once sent: from 二组's view, the card in
    # All said nothing of it.
    folded_into = {
        (account_id, remote_id): cluster
        for account_id, remote_id, cluster in session.execute(
            select(
                tables.messages.c.account_id, tables.messages.c.remote_id, tables.messages.c.cluster
            ).where(
                tables.messages.c.account_id.in_(accounts),
                tables.messages.c.remote_id.in_({target for _a, target, _s, _c in pending}),
                tables.messages.c.cluster.is_not(None),
            )
        )
    }
    waiting: dict[tuple[int, str], list[str]] = {}
    confirming: set[tuple[int, str]] = set()
    for account_id, target, said, confirmation in pending:
        head = folded_into.get((account_id, target))
        for card in dict.fromkeys(((account_id, target), (account_id, head or target))):
            if card not in cards:
                continue
            if confirmation:
                confirming.add(card)
            else:
                waiting.setdefault(card, []).append(said)
    return waiting, confirming


def _row(
    m: Any,
    group_name: str,
    group_remote_id: str,
    folds: _Folds = _NO_FOLDS,
    *,
    group_encrypted: bool = False,
    sent_ding: SentDing | None = None,
    demo: bool = False,
    followed: str | None = None,
    roll_call: RollCall | None = None,
    waiting_replies: tuple[str, ...] = (),
    confirmation_waiting: bool = False,
) -> InboxRow:
    """The row as read; an ack no notice was found for says so, and what it follows."""
    reasons = tuple(Reason.of(code, **args) for code, args in m.reasons)
    if _unmatched_ack(m):
        reasons = unmatched_ack(reasons, followed)
    return InboxRow(
        id=m.id,
        remote_id=m.remote_id,
        group_id=m.group_id,
        group_remote_id=group_remote_id,
        group_name=group_name,
        sender_name=m.sender_name,
        sender_role=Role(m.sender_role),
        ts=from_ms(m.ts_ms),
        text=m.text,
        tier=Tier(m.tier),
        score=m.score,
        reasons=reasons,
        cluster=m.cluster,
        deadline=from_ms(m.deadline_ms) if m.deadline_ms is not None else None,
        read=m.read,
        done=m.done,
        done_at=from_ms(m.done_ms) if m.done and m.done_ms is not None else None,
        ding=m.ding,
        ding_due=from_ms(m.ding_due_ms) if m.ding_due_ms is not None else None,
        mentions_me=m.mentions_me,
        corrected=m.corrected,
        pinned=m.pinned,
        withdrawn=from_ms(m.withdrawn_ms) if m.withdrawn_ms is not None else None,
        ack_of=m.ack_of,
        answering=m.answers or m.reply_to,
        also_in=folds.also_in,
        also_in_whose=folds.also_in_whose,
        ack_names=folds.ack_names,
        acked_by_you=folds.acked_by_you,
        acks=folds.acks,
        answers=folds.answers,
        roll_call=roll_call,
        confirmation_refused=folds.confirmation_refused,
        ding_confirmed=folds.ding_confirmed,
        own_ding_confirmed=folds.own_ding_confirmed,
        posted_again=folds.posted_again,
        re_dinged=folds.re_dinged,
        group_encrypted=group_encrypted,
        sent_ding=sent_ding,
        demo=demo,
        waiting_replies=waiting_replies,
        confirmation_waiting=confirmation_waiting,
        folded_dings=folds.folded_dings,
    )
