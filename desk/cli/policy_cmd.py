"""`desk policy check FILE`: validate an admin policy before rolling it out."""

from __future__ import annotations

import argparse
from pathlib import Path

from desk.store.policy_file import policy_path, read_policy


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("policy", help="check an administrator's policy file")
    actions = parser.add_subparsers(dest="policy_action", metavar="ACTION", required=True)
    check = actions.add_parser("check", help="print every problem, exit non-zero if any")
    check.add_argument(
        "file", nargs="?", type=Path, help=f"the policy file (default: {policy_path()})"
    )
    check.set_defaults(run=run_check)


def run_check(args: argparse.Namespace) -> int:
    path: Path = args.file or policy_path()
    if args.file is None and not path.exists():
        # Most machines have none: desk then runs on its defaults and the user's settings.
        print(f"no policy at {path}: desk uses its defaults and each user's settings")
        return 0
    policy = read_policy(path)
    for problem in policy.problems:
        print(f"{path}: {problem}")
    if policy.unread:
        print("nothing in this file would apply")
        return 1
    if policy.problems:
        print(f"{len(policy.problems)} problem(s); the valid settings would still apply")
        return 1
    print(f"ok: {len(policy.values)} settings, {len(policy.locked)} locked")
    return 0
