"""`desk policy check FILE`: validate an admin policy before rolling it out; `desk policy
template`: every setting a policy may set, to start one from."""

from __future__ import annotations

import argparse
import os
import textwrap
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desk.core import settings
from desk.core.policy import FILE, SERVER_SETTING, locked_server, toml_text, what_stands
from desk.core.work_calendar import WorkCalendar
from desk.store.policy_file import ENV_POLICY_FILE, policy_path, policy_there, read_policy


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("policy", help="check an administrator's policy file")
    actions = parser.add_subparsers(dest="policy_action", metavar="ACTION", required=True)
    check = actions.add_parser("check", help="print every problem, exit non-zero if any")
    check.add_argument(
        "file", nargs="?", type=Path, help=f"the policy file (default: {policy_path()})"
    )
    check.set_defaults(run=run_check)
    template = actions.add_parser(
        "template", help="print every setting a policy may set, with its default, to start from"
    )
    template.set_defaults(run=run_template)


def run_check(args: argparse.Namespace) -> int:
    path: Path = args.file or policy_path()
    if args.file is None and not policy_there(path):
        if os.environ.get(ENV_POLICY_FILE):
            # Named on purpose: a misspelt path must not pass for "no policy".
            print(f"{ENV_POLICY_FILE} names {path}, which does not exist")
            return 1
        # Most machines have none: desk then runs on its defaults and the user's settings.
        print(f"no policy at {path}: desk uses its defaults and each user's settings")
        return 0
    policy = read_policy(path)
    for warning in policy.warnings:
        print(f"{path}: warning: {warning.message if warning.key == FILE else warning}")
    for problem in policy.problems:
        print(f"{path}: {problem}{what_stands(problem, policy.locked)}")
    if policy.unread:
        print("nothing in this file would apply")
        return 1
    replaced = _built_in_years(policy.values.get("calendar.tables", {}))
    if replaced:
        # Allowed (a correction), but a table holding a few days would drop the rest.
        years = settings.listed(replaced, quoted=False)
        print(
            f"note: calendar.tables replaces desk's built-in holidays of {years} whole: a "
            "day its table leaves out is an ordinary day"
        )
    server = locked_server(policy)
    if server:
        # Chosen so: an account already added elsewhere holds the user's messages, and a
        # policy taking it away unasked would lose them; IT removes it on purpose.
        print(
            f"note: {SERVER_SETTING} is locked: accounts are added only on {server}; one a "
            "user added on another server before keeps syncing until removed (desk account "
            "remove)"
        )
    if policy.problems:
        print(f"{len(policy.problems)} problem(s); the valid settings would still apply")
        return 1
    warned = f" ({len(policy.warnings)} warning(s) above)" if policy.warnings else ""
    # Named when found, not given: an IT tester could not tell which file was checked.
    which = f"{path}: " if args.file is None else ""
    print(f"ok: {which}{len(policy.values)} setting(s), {len(policy.locked)} locked{warned}")
    return 0


# What desk keeps for itself, not for an administrator to preset: a user's temporary
# quiet switch, whether the tray's hint was shown, and the names colleagues call one
# user by.
NOT_FOR_POLICY = frozenset({"quiet.override", "app.tray_hint_shown", "triage.my_names"})


def run_template(_args: argparse.Namespace) -> int:
    print(template())
    return 0


def template() -> str:
    """A policy file with every declared setting commented out at its default, each under
    what it does: uncomment and change what the office needs."""
    lines = [
        "# desk administrator policy: uncomment a setting to preset it for every user,",
        "# and name it in `lock` to keep users from changing it. Check the file with",
        "# `desk policy check FILE` before rolling it out.",
        '# lock = ["quiet.windows", "app.start_at_login"]',
    ]
    for setting in settings.DECLARED:
        if setting.name in NOT_FOR_POLICY:
            continue
        lines += ["", *(f"# {line}" for line in textwrap.wrap(setting.description, 86))]
        lines.append(f"# {setting.name} = {toml_text(setting.default)}")
    return "\n".join(lines)


def _built_in_years(tables: Mapping[str, Any]) -> list[str]:
    """The years of the policy's tables that desk's calendar already knows."""
    built_in = WorkCalendar()
    return [year for year in sorted(tables) if built_in.known(int(year))]
