"""`desk policy check FILE`: validate an admin policy before rolling it out; `desk policy
template`: every setting a policy may set, to start one from."""

from __future__ import annotations

import argparse
import os
import textwrap
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desk.cli.speech import translate
from desk.core import settings
from desk.core.policy import FILE, SERVER_SETTING, locked_server, toml_text, what_stands
from desk.core.work_calendar import WorkCalendar
from desk.store.paths import DataDir
from desk.store.policy_file import ENV_POLICY_FILE, policy_path, policy_there, read_policy


def run_check(args: argparse.Namespace) -> int:
    from desk.cli.speech import speak_for
    from desk.ui.policy_text import file_problem_text, key_problem_text

    # In the user's language, as the window's note of the same file: 管理员策略未生效 over
    # "not valid TOML: Expected ']' …" was two languages in one line (IT). The settings'
    # own checks stay English (a key and its value, for IT).
    speak_for(DataDir.resolve(None))
    path: Path = args.file or policy_path()
    if args.file is None and not policy_there(path):
        if os.environ.get(ENV_POLICY_FILE):
            # Named on purpose: a misspelt path must not pass for "no policy".
            said = translate("Cli", "{variable} names {path}, which does not exist")
            print(said.format(variable=ENV_POLICY_FILE, path=path))
            return 1
        # Most machines have none: desk then runs on its defaults and the user's settings.
        said = translate(
            "Cli", "no policy at {path}: desk uses its defaults and each user's settings"
        )
        print(said.format(path=path))
        return 0
    policy = read_policy(path)
    for problem in policy.warnings:
        if problem.key == FILE:  # names the file itself
            print(
                translate("Cli", "warning: {problem}").format(
                    problem=file_problem_text(problem, str(path), translate)
                )
            )
        else:
            said = translate("Cli", "{path}: warning: {problem}")
            print(said.format(path=path, problem=problem))
    for problem in policy.problems:
        if problem.key == FILE:
            print(file_problem_text(problem, str(path), translate))
        else:
            said = key_problem_text(problem, translate) or str(problem)
            # The line's colon in its language (…p.toml：[bogus]：未知的表, not "p.toml: ").
            print(
                translate("Cli", "{path}: {problem}").format(
                    path=path, problem=f"{said}{what_stands(problem, policy.locked)}"
                )
            )
    if policy.unread:
        print(translate("Cli", "nothing in this file would apply"))
        return 1
    replaced = _built_in_years(policy.values.get("calendar.tables", {}))
    if replaced:
        # Allowed (a correction), but a table holding a few days would drop the rest.
        years = settings.listed(replaced, quoted=False)
        said = translate(
            "Cli",
            "note: calendar.tables replaces desk's built-in holidays of {years} whole: a "
            "day its table leaves out is an ordinary day",
        )
        print(said.format(years=years))
    server = locked_server(policy)
    if server:
        # Chosen so: an account already added elsewhere holds the user's messages, and a
        # policy taking it away unasked would lose them; IT removes it on purpose.
        said = translate(
            "Cli",
            "note: {setting} is locked: accounts are added only on {server}; one a user "
            "added on another server before keeps syncing until removed (desk account remove)",
        )
        print(said.format(setting=SERVER_SETTING, server=server))
    if policy.problems:
        said = translate("Cli", "{count} problem(s); the valid settings would still apply")
        print(said.format(count=len(policy.problems)))
        return 1
    warned = ""
    if policy.warnings:
        warned = translate("Cli", " ({count} warning(s) above)").format(count=len(policy.warnings))
    # Named when found, not given: an IT tester could not tell which file was checked.
    which = translate("Cli", "{path}: ").format(path=path) if args.file is None else ""
    said = translate("Cli", "ok: {which}{settings} setting(s), {locked} locked{warned}")
    print(
        said.format(
            which=which, settings=len(policy.values), locked=len(policy.locked), warned=warned
        )
    )
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
