"""The `desk` command: the window by default, headless subcommands for IT and scripts."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from desk.cli import (
    account_cmd,
    attachment_cmd,
    gui_cmd,
    inbox_cmd,
    invites_cmd,
    policy_cmd,
    quiet_cmd,
    selftest_cmd,
    sync_cmd,
    triage_cmd,
)

_COMMANDS = (
    gui_cmd,
    sync_cmd,
    inbox_cmd,
    quiet_cmd,
    policy_cmd,
    selftest_cmd,
    triage_cmd,
    account_cmd,
    attachment_cmd,
    invites_cmd,
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="desk", description="desk, one inbox for work groups")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _COMMANDS:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not args_list or (args_list[0].startswith("-") and args_list[0] not in ("-h", "--help")):
        args_list.insert(0, "gui")
    args = parser.parse_args(args_list)
    try:
        result: int = args.run(args)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader stopped early (`desk inbox --json | head`): no traceback, and no
        # second error when Python flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return result
