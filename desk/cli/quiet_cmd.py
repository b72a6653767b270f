"""`desk quiet [--at ISO_DATETIME] [--json]`: the configured quiet-hours policy at one
moment (now by default), as a line for people, or as JSON with --json.

IT staff use it to check a policy before rolling it out. It reads the data dir's
settings when a store exists there, and never creates one. The line, its notes and its
warnings speak the commands' language (see desk.cli.speech): at a terminal one reads the
first line first, and it was JSON with English reasons (a tester, on 元旦). The JSON is for
scripts and stays English, as `desk policy`'s does.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any

from desk.cli.common import fail, no_store_yet, open_for_cli
from desk.cli.speech import translate
from desk.core.placeholders import fill
from desk.core.quiet_hours import QuietHoursPolicy, policy_from_settings
from desk.core.quiet_reason import QuietReason
from desk.core.quiet_state import QuietState
from desk.store.paths import DataDir
from desk.store.policy_file import load_policy
from desk.store.settings_store import SettingsStore


def run(args: argparse.Namespace) -> int:
    given: datetime | None = None
    if args.at != "now":
        try:
            given = datetime.fromisoformat(args.at)
        except ValueError:
            said = translate("Cli", "--at {value} is not an ISO 8601 date and time (or: now)")
            fail(said.format(value=repr(args.at)))
            return 2
    values = _settings(args)
    if values is None:
        return 2
    policy = policy_from_settings(values)
    if given is None:
        at = datetime.now(policy.config.tz)
    else:
        # Without an offset, a time is read in the time zone desk itself uses.
        at = given if given.tzinfo is not None else given.replace(tzinfo=policy.config.tz)
    state = policy.state_at(at)
    # Only the years this answer rests on: the moment's own, and the one its quiet run ends
    # in; and of those, the ones whose days nobody has entered yet (see year_settled).
    touched = {at.astimezone(policy.config.tz).year}
    if state.until is not None:
        touched.add(state.until.astimezone(policy.config.tz).year)
    for year in sorted(y for y in touched if not policy.year_settled(y)):
        said = translate(
            "Cli",
            "warning: no official calendar for {year}; assuming Monday to Friday with only the "
            "holidays desk can foresee, by date or lunar calendar, and no make-up days (add "
            "other days off and make-up working days in the settings' Quiet hours tab, Ctrl+,; "
            "or an administrator can supply the year's table in the policy's calendar.tables)",
        )
        fail(said.format(year=year))
    if args.json:
        print(
            json.dumps(
                {
                    "quiet": state.quiet,
                    "until": state.until.isoformat() if state.until else None,
                    "reason": state.reason.value,
                    "holiday_name": state.holiday_name,
                },
                ensure_ascii=False,
            )
        )
    else:
        print(said_of(state, policy, at, now=given is None))
    return 0


def said_of(state: QuietState, policy: QuietHoursPolicy, at: datetime, *, now: bool) -> str:
    """The answer in a line, in the commands' language: 现在是免打扰时间（元旦），至 1月4日
    （周一）08:00, or 现在不是免打扰时间；下一段 18:00 开始."""
    from desk.ui.date_words import QUIET_REASONS, day_and_time, holiday_name

    tz = policy.config.tz
    local = at.astimezone(tz)

    def when(moment: datetime) -> str:
        moment = moment.astimezone(tz)
        if moment.date() == local.date():
            return moment.strftime("%H:%M")
        return day_and_time(moment, translate)

    moment = translate("Cli", "Now") if now else day_and_time(local, translate)
    if state.quiet:
        why = holiday_name(state.holiday_name or "", translate) or translate(
            "QuietIndicator", QUIET_REASONS.get(state.reason, "")
        )
        if state.until is None:
            return fill(translate("Cli", "%1: quiet hours (%2)"), moment, why)
        return fill(
            translate("Cli", "%1: quiet hours (%2), until %3"), moment, why, when(state.until)
        )
    if state.reason is QuietReason.MANUAL and state.until is not None:
        return fill(
            translate("Cli", "%1: not quiet hours, paused until %2"), moment, when(state.until)
        )
    coming = policy.next_quiet(at)
    if coming is None:
        return fill(translate("Cli", "%1: not quiet hours"), moment)
    return fill(
        translate("Cli", "%1: not quiet hours; the next begin %2"), moment, when(coming.start)
    )


def _settings(args: argparse.Namespace) -> dict[str, Any] | None:
    if no_store_yet(args):
        # Nothing made on a misspelt dir; the answer is the defaults', and says so.
        where = DataDir.resolve(args.data_dir).root
        said = translate(
            "Cli", "note: no desk data in {where}: answering from the defaults and the policy"
        )
        fail(said.format(where=where))
        # Unlogged: with no log open, its problems went to stderr raw, beside the line
        # every command says of a policy that cannot be read (desk.cli).
        return load_policy(logged=False).apply({})
    store = open_for_cli(args)
    if store is None:
        return None
    try:
        # Read once the data dir's log is open: its problems go there, as sync's do.
        return SettingsStore(store.sessions, load_policy()).all()
    finally:
        store.close()
