"""The `desk` command: the window by default, headless subcommands for IT and scripts."""

from __future__ import annotations

import argparse
import errno
import functools
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from desk import __version__
from desk.cli.speech import QT_TRANSLATE_NOOP, VERSION_HELP, SpokenHelpFormatter, translate
from desk.store.paths import DataDir, DataDirUnusable

# Each COMMAND lives in desk.cli.COMMAND_cmd, in the order `desk --help` lists them, its
# parser in desk.cli.parsers. A command's module is imported only when it runs: the window's
# start should not wait for what the other commands import (the triage engine, asyncio, the
# sync code), nor `--help` (IT's install scripts) for any of it.
_COMMANDS = (
    "gui",
    "sync",
    "inbox",
    "quiet",
    "policy",
    "selftest",
    "triage",
    "account",
    "passphrase",
    "backup",
    "keychain",
    "attachment",
    "invites",
)


# A disk with no room left (or no quota left for this user).
_DISK_FULL = frozenset(
    getattr(errno, name) for name in ("ENOSPC", "EDQUOT") if hasattr(errno, name)
)

# The commands that speak English whatever the store's language (see desk.cli.speech): the
# window speaks for itself, and triage and policy read no data dir.
_UNSPOKEN = (None, "gui", "triage", "policy")


def build_parser(only: str | None = None, *, unspoken: bool = False) -> argparse.ArgumentParser:
    """The parser of every command, or of the one named `only`, under the name it was run
    by: desk, or the bundle's desk-cli, which opens no window without a command (IT read
    "usage: desk" and "opens its window" from desk-cli). `unspoken`: see _Parser."""
    console = _console_build()
    prog = "desk-cli" if console else "desk"
    without = (
        QT_TRANSLATE_NOOP(
            "Cli", "Without a COMMAND desk-cli lists the commands and exits (the window is desk's)."
        )
        if console
        else QT_TRANSLATE_NOOP("Cli", "Without a COMMAND desk opens its window.")
    )
    every = QT_TRANSLATE_NOOP(
        "Cli",
        "The window and every command that uses desk's data (all but triage and policy) take "
        "--data-dir DIR (default: $DESK_DATA_DIR, else the user's data folder).",
    )
    parser = _Parser(
        unspoken=unspoken,
        prog=prog,
        description=QT_TRANSLATE_NOOP("Cli", "desk, one inbox for work groups"),
        epilog=f"{translate('Cli', without)} {translate('Cli', every)}",
    )
    parser.add_argument(
        "--version", action="version", version=f"desk {__version__}", help=VERSION_HELP
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    from desk.cli import parsers

    for name in (only,) if only else _COMMANDS:
        parsers.register(sub, name)
    _speak_help(parser)
    return parser


class _Misparsed(Exception):
    """The command line did not parse, under a parser that did not speak yet (see main)."""


class _Parser(argparse.ArgumentParser):
    """argparse's parser, whose error, if made `unspoken`, is raised as _Misparsed, not
    said: main then chooses the language and parses again, with a parser that speaks, to
    say it in that language. The commands that speak English (the window, triage, policy)
    and the unknown one choose none before parsing, and `desk bogus` said argparse's
    "invalid choice" in English under zh_CN (IT). Its commands' parsers are of its class
    and as unspoken as it is (see add_subparsers): the flag is each parser's own, not
    one set and reset around a parse for every parser at once."""

    def __init__(self, *args: Any, unspoken: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.unspoken = unspoken

    def add_subparsers(self, **kwargs: Any) -> Any:
        kwargs.setdefault("parser_class", functools.partial(_Parser, unspoken=self.unspoken))
        return super().add_subparsers(**kwargs)

    def error(self, message: str) -> NoReturn:
        if self.unspoken:
            raise _Misparsed(message)
        super().error(message)


def _parse(args_list: list[str], named: str | None, spoken: bool) -> argparse.Namespace:
    """`args_list` parsed by the parser of `named` (every command's where None); a command
    line that does not parse is refused in the language of the store it names, even under
    a command that speaks English when it runs."""
    from desk.cli.speech import argparse_speaks, speak_for

    try:
        return build_parser(named, unspoken=not spoken).parse_args(args_list)
    except _Misparsed:
        pass
    speak_for(DataDir.resolve(_data_dir_named(args_list)))
    argparse_speaks()
    return build_parser(named).parse_args(args_list)  # says the error, and exits


def _speak_help(parser: argparse.ArgumentParser) -> None:
    """Every help text of `parser` and its commands' in the language chosen (see
    desk.cli.speech): they are marked where written, and said here, their groups' titles
    too (选项：, see SpokenHelpFormatter)."""
    parser.formatter_class = SpokenHelpFormatter
    if parser.description:
        parser.description = translate("Cli", parser.description)
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            action.help = translate("Cli", action.help)
        if isinstance(action, argparse._SubParsersAction):
            for listed in action._choices_actions:
                if listed.help:
                    listed.help = translate("Cli", listed.help)
            # An alias names its command's parser again: each is said once.
            for command in {id(p): p for p in action.choices.values()}.values():
                _speak_help(command)


def _data_dir_named(args_list: Sequence[str]) -> str | None:
    """The --data-dir given on the command line, read before it is parsed: the help and
    argparse's errors speak its store's language (see main)."""
    for i, arg in enumerate(args_list):
        if arg == "--data-dir" and i + 1 < len(args_list):
            return args_list[i + 1]
        if arg.startswith("--data-dir="):
            return arg.partition("=")[2]
    return None


def _in_data_dir(exc: OSError, root: Path, command: str | None) -> bool:
    """Whether the file an OSError names is the data dir `root` or lies in it, under a
    command that uses a data dir."""
    if not isinstance(exc.filename, str | bytes) or command in _UNSPOKEN:
        return False
    return Path(os.fsdecode(exc.filename)).is_relative_to(root)


# The commands that say what became of the policy themselves: the window in its status
# bar, `policy check` and `selftest` in their report.
_SAY_THEIR_POLICY = (None, "gui", "policy", "selftest")


def _warn_of_an_unread_policy() -> None:
    """One line on stderr when the policy file is there but none of it could be read: a
    command then runs as if there were none (the demo the policy turns off synced, exit
    code 0), and only desk.log said so (IT)."""
    from desk.cli.common import fail
    from desk.cli.speech import translate
    from desk.core.policy import FILE
    from desk.store.policy_file import load_policy, policy_path
    from desk.ui.policy_text import file_problem_text

    policy = load_policy(logged=False)
    if not policy.unread:
        return
    problem = next(p for p in policy.problems if p.key == FILE)
    # In the line's language, with the file, not the OS's or tomllib's English (无法读取
    # …（没有权限）, …不是有效的 TOML：错误在第 3 行第 5 列).
    reason = file_problem_text(problem, str(policy_path()), translate)
    said = translate(
        "Cli",
        "warning: the administrator's policy does not apply: {reason}; desk runs on its "
        "defaults and this user's settings (tell IT: desk policy check)",
    )
    fail(said.format(reason=reason))


def _console_build() -> bool:
    """Whether this is the bundle's console executable, desk-cli (see build.spec)."""
    return bool(getattr(sys, "frozen", False)) and Path(sys.executable).stem == "desk-cli"


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # `desk --data-dir DIR account list`, as `desk --data-dir DIR` starts the window: the
    # option goes to the command named after it (also written --data-dir=DIR).
    if len(args_list) > 2 and args_list[0] == "--data-dir" and args_list[2] in _COMMANDS:
        args_list = [*args_list[2:], *args_list[:2]]
    elif (
        len(args_list) > 1 and args_list[0].startswith("--data-dir=") and args_list[1] in _COMMANDS
    ):
        args_list = [*args_list[1:], args_list[0]]
    if args_list == ["--version"]:
        # Before any command module is imported: every command's parser is built for it
        # otherwise, and the commands' modules import the store, sync and triage (~1 s
        # of CPU in the bundle, where install.sh asks every PC for `desk-cli --version`).
        # Said as argparse's version action says it.
        print(f"desk {__version__}")
        return 0
    if not args_list and _console_build():
        # `desk-cli` alone, in a script or a console: what it can do, not a window (under
        # no display it never returned).
        args_list = ["--help"]
    if not args_list or (
        args_list[0].startswith("-") and args_list[0] not in ("-h", "--help", "--version")
    ):
        args_list.insert(0, "gui")
    named = args_list[0] if args_list[0] in _COMMANDS else None
    # Its help (and `desk --help`) speaks as the command does, and so do argparse's own
    # words and errors: the language is chosen before the parser is made.
    helping = any(arg in ("-h", "--help") for arg in args_list)
    spoken = named not in _UNSPOKEN or helping
    interrupted = False
    from desk.cli.speech import argparse_speaks, speak_for

    try:
        if spoken:
            # Before anything is said: the errors of opening the store too.
            speak_for(DataDir.resolve(_data_dir_named(args_list)))
    except KeyboardInterrupt:
        interrupted = True
    argparse_speaks()
    # A command named first is parsed alone: only its module is imported.
    args = _parse(args_list, named, spoken and not interrupted)
    if interrupted:
        # Half a second of loading Qt's translations: a command that says how it stopped
        # (`stopped`, as backup's nightly log wants) says so here too, not in a traceback.
        stopped = getattr(args, "stopped", None)
        if stopped is None:
            raise KeyboardInterrupt
        return int(stopped(args))
    if args.command not in _UNSPOKEN:
        data_dir = getattr(args, "data_dir", None)
        if data_dir is not None and str(data_dir) != _data_dir_named(args_list):
            # Named in a way only argparse reads (--data, an abbreviation): its store's.
            speak_for(DataDir.resolve(data_dir))
    if args.command not in _SAY_THEIR_POLICY:
        _warn_of_an_unread_policy()
    try:
        result: int = args.run(args)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader stopped early (`desk inbox --json | head`): no traceback, and no
        # second error when Python flushes stdout at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except DataDirUnusable as exc:
        # Any command that opens the data dir: one line, no traceback.
        from desk.cli.common import data_dir_error_text, fail

        fail(data_dir_error_text(exc))
        return 2
    except Exception as exc:
        # The database failed under a command (a desk.db left owned by root, a full disk,
        # a page damaged inside): one line, no traceback, which would quote the statement
        # and the messages in it.
        from desk.store.database import is_database_error

        root = DataDir.resolve(getattr(args, "data_dir", None)).root
        if isinstance(exc, OSError) and exc.errno in _DISK_FULL:
            # A file besides the database (the key file of a new store, a log) on a full
            # disk: a traceback ended in "OSError: [Errno 28]" (IT).
            from desk.cli.common import disk_full_text, fail

            fail(disk_full_text(exc, root))
            return 2
        if isinstance(exc, OSError) and _in_data_dir(exc, root, args.command):
            # A data dir the system will not look into (not this user's to open, a name
            # too long): every command that read it ended in a traceback.
            from desk.cli.common import data_dir_error_text, fail

            fail(data_dir_error_text(DataDirUnusable.from_os_error(root, exc)))
            return 2
        if not is_database_error(exc):
            raise
        from desk.cli.common import store_failure_text

        return store_failure_text(exc, args)
    return result
