"""`desk inbox`: the prioritised inbox, best first: as the window's All lists it, one line per
card (a folded notice once), or with `--json` every message, one JSON object per line.

The lines speak the store's language (desk.cli.speech), worded as the window's cards are
where it is not English; `--json` stays English, for the scripts that read it."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError

from desk.cli import speech
from desk.cli.common import (
    DEFAULT_TZ,
    fail,
    open_for_cli,
    store_failure_words,
)
from desk.core.clock import SystemClock
from desk.core.dings import Roster
from desk.core.escalation import LadderConfig, confirm_by
from desk.core.reasons import BY_YOU, describe, removed_by, standing_at
from desk.store.attachments import AttachmentInfo, attachments_of
from desk.store.database import failure_cause
from desk.store.inbox import InboxQueries, InboxRow, View, ViewKind
from desk.store.own_unit import SETTING as OWN_UNIT_SETTING
from desk.store.policy_file import load_policy
from desk.store.settings_store import SettingsStore
from desk.ui.card_text import (
    acks_text,
    answers_text,
    confirm_text,
    listed,
    message_text,
    reason_lines,
    roll_call_text,
)

if TYPE_CHECKING:
    from desk.store.store import Store

# Said of every message of an end-to-end encrypted group, so a script need not know the flag.
ENCRYPTED_GROUP_NOTICE = "this group is end-to-end encrypted; desk cannot read it yet"

PAGE = 500
TEXT_WIDTH = 56  # display columns of a card's text: a Chinese character takes two
TIER_HEADINGS = {"urgent": "URGENT", "action": "ACTION", "info": "INFO", "noise": "NOISE"}
# By desk.core.triage.roll_call.Level's names: the units a roll call counts.
_UNIT_KINDS = {"VILLAGE": "villages", "TOWN": "towns", "OFFICE": "units"}
# Why the store may refuse a write it can still be read through (failure_cause).
REFUSED_WRITES = ("full", "read_only", "io", "busy")


def run(args: argparse.Namespace) -> int:
    store = open_for_cli(args, reading=True)
    if store is None:
        return 2
    try:
        speech.install_for_qt()  # the cards' words, as the window's (see `_card_line`)
        settings = SettingsStore(store.sessions, load_policy())
        queries = InboxQueries(store.sessions, lambda: str(settings.get(OWN_UNIT_SETTING)))
        now = SystemClock().now()
        _rerank(queries, now, args)
        within = _confirm_within(store)
        search = args.search.strip()
        if search and not args.json:
            _print_found(queries, now, args.limit, search, within)
            return 0
        if not args.json:
            _print_cards(queries, now, args.limit, within)
            return 0
        # The open inbox best first, then what the user has already marked done; searched,
        # the cards that hold it, as the window lists them.
        unfolded = not search
        for kind in (ViewKind.ALL, ViewKind.DONE):
            for ids in _pages(queries, View(kind, search=search, unfolded=unfolded)):
                rows = queries.rows(ids)
                files = attachments_of(store.sessions, ids)
                for message_id in ids:
                    item = to_json(rows[message_id], files.get(message_id), now, within)
                    line = json.dumps(item, ensure_ascii=False)
                    sys.stdout.write(line + "\n")
    finally:
        store.close()
    return 0


def _rerank(queries: InboxQueries, now: datetime, args: argparse.Namespace) -> None:
    """Moves due-soon cards up as time has passed; where the store refuses that write (a
    full disk, a read-only file), says so in one line and lists the order last saved."""
    try:
        queries.rerank(now)
    except SQLAlchemyError as exc:
        if failure_cause(exc) not in REFUSED_WRITES:
            raise
        said = speech.translate("Cli", "{why}; the inbox is listed in the order last saved")
        fail(said.format(why=store_failure_words(exc, args)))


def _confirm_within(store: Store) -> timedelta | None:
    """How long a DING naming no time has to be confirmed, as the window reads it (the
    setting escalation.confirm_within_minutes, under the administrator's policy)."""
    values = SettingsStore(store.sessions, load_policy()).all()
    return LadderConfig.from_settings(values).confirm_within


def to_json(
    row: InboxRow,
    attachment: AttachmentInfo | None,
    now: datetime,
    confirm_within: timedelta | None = None,
) -> dict[str, object]:
    """A row as JSON; reasons that age (due in, overdue by) are worded as they stand `now`,
    and its due time is the one that stands (see InboxRow.standing_at). An unconfirmed
    DING naming no time says by when it is to be confirmed, `confirm_within` of being
    posted (see card_text.confirm_text); its deadline stays null."""
    row = row.standing_at(now)
    by = (
        confirm_by(row.ts, row.deadline, confirm_within, row.ding_due)
        if row.ding and row.pinned
        else None
    )
    return {
        "id": row.remote_id,
        "group": row.group_name,
        "group_id": row.group_remote_id,
        "sender": row.sender_name,
        "role": row.sender_role.value,
        "ts": row.ts.astimezone(DEFAULT_TZ).isoformat(),
        "tier": row.tier.value,
        "text": row.text,
        "read": row.read,
        "done": row.done,
        "ding": row.ding,
        "cluster": row.cluster,
        # The notice an ack confirms, and the one a reply answers or quotes (their ids).
        "ack_of": row.ack_of,
        "answers": row.answering,
        "deadline": row.deadline.astimezone(DEFAULT_TZ).isoformat() if row.deadline else None,
        "confirm_by": by.astimezone(DEFAULT_TZ).isoformat() if by is not None else None,
        "reasons": _reasons_said(row, now),
        # A DING the user sent: who has confirmed it, who not yet (else null).
        "sent_ding": _sent_ding_json(row.sent_roster) if row.sent_roster else None,
        "attachment": _attachment_json(attachment) if attachment else None,
        "group_notice": ENCRYPTED_GROUP_NOTICE if row.group_encrypted else None,
        # When its sender withdrew it (its text is then empty), and who removed it if
        # not its sender: a group admin's name, or "you".
        "withdrawn": row.withdrawn.astimezone(DEFAULT_TZ).isoformat() if row.withdrawn else None,
        "withdrawn_by": _removed_by(row),
        # The user confirmed its DING and the server refused to pass that on.
        "confirmation_refused": bool(row.confirmation_refused),
    }


def _reasons_said(row: InboxRow, now: datetime) -> list[str]:
    """The row's reasons in English, once each, those that age (due in, overdue by) worded
    as they stand `now` (a due time further off by its day in the user's zone, as the
    window's cards say it); of a notice's steps, as its card says them, and none of a
    notice every unit has reported on (see `as_shown`)."""
    shown = row.shown_reasons(now)
    said = (describe(standing_at(r, now, row.deadline, DEFAULT_TZ)) for r in shown)
    return list(dict.fromkeys(said))


def _removed_by(row: InboxRow) -> str | None:
    by = removed_by(row.reasons)
    return "you" if by == BY_YOU else by


def _sent_ding_json(roster: Roster) -> dict[str, object]:
    return {
        "confirmed": [c.name for c in roster.confirmed],
        "unconfirmed": [p.name for p in roster.unconfirmed],
        "expected": roster.expected,
    }


def _attachment_json(a: AttachmentInfo) -> dict[str, object]:
    return {
        "kind": a.kind,
        "name": a.name,
        "mimetype": a.mimetype,
        "size": a.size,
        "fetched": a.fetched,
    }


def _print_cards(
    queries: InboxQueries, now: datetime, limit: int, within: timedelta | None
) -> None:
    """The open inbox as the window's All lists it, under a heading per tier: when, where,
    who, the text's start and why it stands there. `limit` cards (0: all); a DING naming
    no time to be confirmed `within` of being posted (see `_card_line`)."""
    shown = 0
    tier = None
    page = queries.page(View(ViewKind.ALL), limit=PAGE)
    while True:
        rows = queries.rows(page.ids)
        for message_id in page.ids:
            if limit and shown == limit:
                left = queries.view_counts().get(ViewKind.ALL, 0)
                said = speech.translate(
                    "Cli", "... showing {shown}; `desk inbox --limit 0` lists all ({left} unread)"
                )
                print(said.format(shown=shown, left=left))
                return
            row = rows[message_id]
            if row.tier.value != tier:
                tier = row.tier.value
                print(("\n" if shown else "") + _heading(row.tier.value))
            print(_card_line(row, now, within=within))
            shown += 1
        if page.after is None:
            break
        page = queries.page(View(ViewKind.ALL), page.after, PAGE)
    if shown == 0:
        print(speech.translate("Cli", "nothing open: the inbox is clear"))


def _heading(tier: str) -> str:
    """A tier's heading: URGENT in English, else the window's name of its view (紧急)."""
    if speech.english():
        return TIER_HEADINGS[tier]
    # Only then: the side list's module loads Qt's widgets, which a server with no
    # desktop libraries cannot (review), and the English commands need none.
    from desk.ui.sidebar import view_name

    return view_name(ViewKind(tier))


def _pages(queries: InboxQueries, view: View) -> Iterator[list[int]]:
    """The view's ids page by page; a searched card once, at its newest match, the first
    page in the order the window lists a search (InboxQueries.search_order: a page holds
    more than the cards it puts in order)."""
    shown: set[int] = set()
    page = queries.page(view, limit=PAGE)
    ids = queries.search_order(view, page.ids) if view.search.strip() else page.ids
    while True:
        yield ids
        if page.after is None:
            return
        shown.update(page.ids)
        page = queries.page(view, page.after, PAGE, shown=shown)
        ids = page.ids


def _print_found(
    queries: InboxQueries, now: datetime, limit: int, search: str, within: timedelta | None
) -> None:
    """The cards that hold `search`, the open ones then the done ones, each in the order
    the window lists them (notices and tasks first, each part newest first), with its
    tier: what a call asking "did you get the notice about …" needs. `limit` cards in
    each (0: all)."""
    open_, done = speech.translate("Cli", "OPEN"), speech.translate("Cli", "DONE")
    for kind, heading in ((ViewKind.ALL, open_), (ViewKind.DONE, done)):
        shown = 0
        for ids in _pages(queries, View(kind, search=search)):
            rows = queries.rows(ids)
            for message_id in ids:
                if limit and shown == limit:
                    said = speech.translate("Cli", "... showing {shown}; `--limit 0` lists all")
                    print(said.format(shown=shown))
                    break
                if shown == 0:
                    print(("\n" if kind is ViewKind.DONE else "") + heading)
                print(_card_line(rows[message_id], now, with_tier=True, within=within))
                shown += 1
            else:
                continue
            break
        if shown == 0:
            said = (
                speech.translate("Cli", "nothing open holds {search}")
                if kind is ViewKind.ALL
                else speech.translate("Cli", "nothing done holds {search}")
            )
            print(("\n" if kind is ViewKind.DONE else "") + said.format(search=repr(search)))


def _card_line(
    row: InboxRow, now: datetime, *, with_tier: bool = False, within: timedelta | None = None
) -> str:
    """A card in one line; an unconfirmed DING naming no time says first by when it is to
    be confirmed, `within` of being posted, as its card in the window does."""
    sent = row.ts.astimezone(DEFAULT_TZ)
    when = f"{sent:%H:%M}" if sent.date() == now.astimezone(DEFAULT_TZ).date() else f"{sent:%m-%d}"
    unread = "*" if not row.read else " "
    if not speech.english():
        return _card_line_as_the_window_says(row, now, unread, with_tier, within)
    text = " ".join(row.text.split()) or "(withdrawn)"
    confirm = confirm_text(row, DEFAULT_TZ, now, within)
    reasons = [*filter(None, [confirm]), *_reasons_said(row, now)]
    why = f"  [{', '.join(reasons)}]" if reasons else ""
    # Who confirmed it and who answered it, counted: `--json` lists them, by `ack_of`.
    counts = [
        f"{label} ×{n}"
        for label, n in (("acks", row.ack_count), ("replies", len(row.answers)))
        if n
    ]
    call = row.roll_call
    if call is not None:
        # Who of the units asked has reported (a 收到 is no report), and who not yet.
        if call.own is not None:
            # The user's own unit first: "have WE reported?".
            counts.append(f"{call.own} {'reported' if call.own_reported else 'not yet reported'}")
        # Whose reports are counted where that unit is not one of them: villages under
        # a district's notice the town passed down, beside "桐坪镇 not yet reported".
        kind = f" by {_UNIT_KINDS[call.others.name]}:" if call.others is not None else ""
        counts.append(f"reported{kind} {len(call.reported)}/{len(call.expected)}")
        if call.missing:
            counts.append(f"not yet: {', '.join(call.missing)}")
    why += f"  ({', '.join(counts)})" if counts else ""
    tier = f"{TIER_HEADINGS[row.tier.value]:<6}  " if with_tier else ""
    line = f"{row.group_name} · {row.sender_name}: {_clipped(text)}{why}"
    return f"{unread} {when:>5}  {tier}{line}"


def _card_line_as_the_window_says(
    row: InboxRow, now: datetime, unread: str, with_tier: bool, within: timedelta | None
) -> str:
    """`_card_line` in the store's language: the reasons, who confirmed and answered it,
    and the rest as the window's card says them (see desk.ui.card_text)."""
    sent = row.ts.astimezone(DEFAULT_TZ)
    when = f"{sent:%H:%M}" if sent.date() == now.astimezone(DEFAULT_TZ).date() else f"{sent:%m-%d}"
    text = " ".join(message_text(row).split())
    reasons = [
        *filter(None, [confirm_text(row, DEFAULT_TZ, now, within)]),
        *reason_lines(row, DEFAULT_TZ, now),
    ]
    why = f"  [{listed(tuple(reasons))}]" if reasons else ""
    counts = [
        p for p in (acks_text(row), answers_text(row), roll_call_text(row, DEFAULT_TZ, now)) if p
    ]
    why += f"  ({' · '.join(counts)})" if counts else ""
    tier = f"{_heading(row.tier.value)}  " if with_tier else ""
    line = f"{row.group_name} · {row.sender_name}: {_clipped(text)}{why}"
    return f"{unread} {when:>5}  {tier}{line}"


def _clipped(text: str, width: int = TEXT_WIDTH) -> str:
    """`text` cut to `width` display columns, with an ellipsis where it was cut."""
    used = 0
    for index, char in enumerate(text):
        used += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
        if used > width - 1:
            return text[:index] + "…"
    return text
