"""Every command's parser: its options and their help, built without the command's module.

desk.cli.COMMAND_cmd, which runs the command, imports what it needs at its top (the store
and SQLAlchemy, sync, the triage engine): `desk --help` and `desk-cli COMMAND --help`,
which IT runs on every PC, loaded some 600 modules for their text when each command's
module built its own parser (~3.4 s cold here). A command's module is imported when the
command runs (`_later`), by its name, as build.spec's cli_commands() lists it.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desk.cli.speech import QT_TRANSLATE_NOOP, translate
from desk.core.placeholders import fill

ENV_BACKUP_PASSPHRASE = "DESK_BACKUP_PASSPHRASE"
# Cards `desk inbox` shows without --json unless --limit says.
TEXT_LIMIT = 40


def register(sub: argparse._SubParsersAction[Any], command: str) -> None:
    """Adds the parser of `command` (a name in desk.cli's _COMMANDS) to `sub` (desk.cli's
    parser's, whose parsers are of its own class)."""
    _PARSERS[command](sub)


def _later(command: str, name: str = "run") -> Callable[[argparse.Namespace], int]:
    """The function `name` of desk.cli.COMMAND_cmd, its module imported when it is called
    (looked up then: a test's monkeypatch of it holds)."""

    def run(args: argparse.Namespace) -> int:
        module = importlib.import_module(f"desk.cli.{command}_cmd")
        done: int = getattr(module, name)(args)
        return done

    return run


def folder_argument(value: str) -> str:
    """A folder named on the command line, not empty."""
    # `--data-dir "$DIR"` with DIR unset would otherwise mean the user's own data dir.
    if not value.strip():
        raise argparse.ArgumentTypeError(
            translate("Cli", "is empty: name a folder, or leave the option out")
        )
    return value


def count(value: str) -> int:
    """An argument that counts (0 or more): -1 was taken, and meant nothing (an IT tester)."""
    try:
        number = int(value)
    except ValueError:
        # In the line's language: argparse says the rest of it (参数 --limit：…).
        raise argparse.ArgumentTypeError(
            translate("Cli", "{value} is not a whole number").format(value=repr(value))
        ) from None
    if number < 0:
        raise argparse.ArgumentTypeError(
            translate("Cli", "{number} is below 0").format(number=number)
        )
    return number


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=folder_argument,
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "where desk keeps its database, key and logs (default: $DESK_DATA_DIR "
            "or the platform's user data dir)",
        ),
    )


def _gui(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from desk.cli import _console_build

    # desk-cli without a command lists the commands: "the default" there misled IT.
    said = (
        QT_TRANSLATE_NOOP("Cli", "open the desk window")
        if _console_build()
        else QT_TRANSLATE_NOOP("Cli", "open the desk window (the default)")
    )
    parser = sub.add_parser("gui", help=said)
    add_data_dir(parser)
    parser.set_defaults(run=_later("gui"))


def _sync(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("sync", help=QT_TRANSLATE_NOOP("Cli", "sync accounts without a window"))
    parser.add_argument(
        "--once",
        action="store_true",
        required=True,
        help=QT_TRANSLATE_NOOP("Cli", "sync once and exit"),
    )
    add_data_dir(parser)
    parser.set_defaults(run=_later("sync"))


def _inbox(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("inbox", help=QT_TRANSLATE_NOOP("Cli", "print the prioritised inbox"))
    parser.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli", "every message (copies, acks, done ones too), one JSON object per line"
        ),
    )
    parser.add_argument(
        "--limit",
        type=count,
        default=TEXT_LIMIT,
        metavar="N",
        help=QT_TRANSLATE_NOOP(
            "Cli", "cards shown without --json (default %(default)s; 0 for all)"
        ),
    )
    parser.add_argument(
        "--search",
        metavar="TEXT",
        default="",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "only the cards whose text, or a copy folded into them, or whose sender holds "
            "TEXT (several words: all of them); a DING waiting for your confirmation first, then "
            "notices and tasks (those with TEXT in their title, then urgent, to-do, confirmed or "
            "answered ones), then the rest, each newest first; done ones too, after the open ones",
        ),
    )
    add_data_dir(parser)
    parser.set_defaults(run=_later("inbox"))


def _quiet(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "quiet", help=QT_TRANSLATE_NOOP("Cli", "is it quiet hours at a given time?")
    )
    parser.add_argument(
        "--at",
        default="now",
        metavar="ISO_DATETIME",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "e.g. 2026-10-01T09:00 (in desk's time zone) or 2026-10-01T09:00:00+08:00; "
            "default: now",
        ),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "print only one JSON object, in English, for scripts: quiet, until, reason, "
            "holiday_name",
        ),
    )
    add_data_dir(parser)
    parser.set_defaults(run=_later("quiet"))


def _policy(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    # Here, not at the top: the window's own parser, built before its start, needs none of
    # the policy's modules (they load with the window's settings).
    from desk.store.policy_file import policy_path

    parser = sub.add_parser(
        "policy", help=QT_TRANSLATE_NOOP("Cli", "check an administrator's policy file")
    )
    actions = parser.add_subparsers(dest="policy_action", metavar="ACTION", required=True)
    check = actions.add_parser(
        "check", help=QT_TRANSLATE_NOOP("Cli", "print every problem, exit non-zero if any")
    )
    check.add_argument(
        "file",
        nargs="?",
        type=Path,
        help=fill(translate("Cli", "the policy file (default: %1)"), str(policy_path())),
    )
    check.set_defaults(run=_later("policy", "run_check"))
    template = actions.add_parser(
        "template",
        help=QT_TRANSLATE_NOOP(
            "Cli", "print every setting a policy may set, with its default, to start from"
        ),
    )
    template.set_defaults(run=_later("policy", "run_template"))


def _selftest(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "selftest", help=QT_TRANSLATE_NOOP("Cli", "check that this installation works")
    )
    add_data_dir(parser)
    parser.add_argument(
        "--json",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "print one JSON object (each check's name, status and detail) for a "
            "deployment tool to read, instead of the lines",
        ),
    )
    parser.set_defaults(run=_later("selftest"))


def _triage(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "triage",
        help=QT_TRANSLATE_NOOP(
            "Cli", "triage messages from a JSON-lines file (no window, no database)"
        ),
    )
    parser.add_argument(
        "--input", required=True, metavar="FILE.jsonl", help=QT_TRANSLATE_NOOP("Cli", "messages in")
    )
    parser.add_argument(
        "--output",
        required=True,
        metavar="OUT.jsonl",
        help=QT_TRANSLATE_NOOP("Cli", "verdicts out"),
    )
    parser.add_argument(
        "--me",
        action="append",
        default=[],
        metavar="NAME",
        help=QT_TRANSLATE_NOOP(
            "Cli", "your name as others @-mention it (repeatable); used when mentions_me is absent"
        ),
    )
    parser.add_argument(
        "--unit",
        default=None,
        metavar="NAME",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "your own unit as groups write it, several names separated by 、 (桐坪镇、桐坪): "
            "a message asking it to act or report says so, and is at least action",
        ),
    )
    parser.add_argument(
        "--tz", default="Asia/Shanghai", help=QT_TRANSLATE_NOOP("Cli", "your time zone (IANA name)")
    )
    parser.set_defaults(run=_later("triage"))


def _account(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "account", help=QT_TRANSLATE_NOOP("Cli", "add, list or remove server accounts")
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser(
        "add", help=QT_TRANSLATE_NOOP("Cli", "sign in to a server and add the account")
    )
    add.add_argument(
        "kind", choices=["matrix"], help=QT_TRANSLATE_NOOP("Cli", "the kind of server")
    )
    add.add_argument(
        "--homeserver",
        metavar="URL",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "e.g. https://im.example.gov.cn (default: the administrator's policy's "
            "accounts.default_homeserver)",
        ),
    )
    add.add_argument(
        "--user", required=True, metavar="@ID:SERVER", help=QT_TRANSLATE_NOOP("Cli", "your user id")
    )
    add.add_argument(
        "--password-stdin",
        action="store_true",
        required=True,
        help=QT_TRANSLATE_NOOP("Cli", "read the password from stdin"),
    )
    add.add_argument(
        "--ca-bundle",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP("Cli", "extra CA certificates (intranet servers)"),
    )
    add.add_argument(
        "--initial-history",
        type=int,
        metavar="N",
        help=QT_TRANSLATE_NOOP(
            "Cli", "messages per group to fetch at the first sync (default 100)"
        ),
    )
    add.add_argument(
        "--shared",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "the account is signed in by several people (a duty room's, 值班室): what it "
            "sends is not yours",
        ),
    )
    add_data_dir(add)
    add.set_defaults(run=_later("account", "run_add"))

    listing = actions.add_parser("list", help=QT_TRANSLATE_NOOP("Cli", "list the accounts"))
    add_data_dir(listing)
    listing.set_defaults(run=_later("account", "run_list"))

    remove = actions.add_parser(
        "remove", help=QT_TRANSLATE_NOOP("Cli", "sign out and remove an account and its messages")
    )
    remove.add_argument(
        "id", type=int, help=QT_TRANSLATE_NOOP("Cli", "the account's id (see `desk account list`)")
    )
    remove.add_argument(
        "--yes",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli", "do not ask at a terminal before removing (needed where there is none)"
        ),
    )
    add_data_dir(remove)
    remove.set_defaults(run=_later("account", "run_remove"))

    shared = actions.add_parser(
        "shared",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "say whether an account is signed in by several people (a duty room's, 值班室): "
            "what a shared account sends is not yours, and rings as anyone else's would",
        ),
    )
    shared.add_argument(
        "id", type=int, help=QT_TRANSLATE_NOOP("Cli", "the account's id (see `desk account list`)")
    )
    shared.add_argument(
        "state", choices=["on", "off"], help=QT_TRANSLATE_NOOP("Cli", "shared or not")
    )
    add_data_dir(shared)
    shared.set_defaults(run=_later("account", "run_shared"))


def _passphrase(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "passphrase",
        help=QT_TRANSLATE_NOOP("Cli", "choose a new passphrase for a passphrase-protected store"),
    )
    add_data_dir(parser)
    parser.set_defaults(run=_later("passphrase"))


def _backup(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "backup",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "copy the store and its key into DEST_DIR while desk runs, and read the copy "
            "back whole",
        ),
    )
    parser.add_argument(
        "destination",
        metavar="DEST_DIR",
        type=folder_argument,
        help=QT_TRANSLATE_NOOP(
            "Cli", "a new or empty folder (made if need be) outside the data dir"
        ),
    )
    parser.add_argument(
        "--overwrite",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "write into DEST_DIR though it holds a backup: it is replaced once the new copy "
            "reads back whole (a folder holding anything else is refused all the same)",
        ),
    )
    own_key = parser.add_mutually_exclusive_group()
    own_key.add_argument(
        "--passphrase",
        action="store_true",
        help=fill(
            translate(
                "Cli",
                "keep the copy's key under a passphrase of its own, so that the copy opens on "
                "any PC with it alone (a keychain-protected store's copy otherwise opens only "
                "for this user on this PC): asked twice at a terminal, else read from $%1",
            ),
            ENV_BACKUP_PASSPHRASE,
        ),
    )
    own_key.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli", "as --passphrase, the passphrase read from the first line of standard input"
        ),
    )
    add_data_dir(parser)
    parser.set_defaults(run=_later("backup"), stopped=_later("backup", "stopped_before_run"))


def _keychain(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "keychain", help=QT_TRANSLATE_NOOP("Cli", "remove desk's secrets from the system keychain")
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    forget = actions.add_parser(
        "forget",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "delete the store key and the accounts' sign-in secrets this data dir filed "
            "in the keychain (the store then no longer opens: for removing desk's data, "
            "before the data dir is deleted)",
        ),
    )
    forget.add_argument(
        "--yes",
        action="store_true",
        help=QT_TRANSLATE_NOOP("Cli", "really delete them (the store cannot be opened after)"),
    )
    forget.add_argument(
        "--even-if-shared",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "delete them though another data dir's store opens with the same key (this one "
            "a backup or restored copy of it, or it of this one): that store is locked too",
        ),
    )
    add_data_dir(forget)
    forget.set_defaults(run=_later("keychain"))


def _attachment(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "attachment", help=QT_TRANSLATE_NOOP("Cli", "fetch the file a message carries")
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    fetch = actions.add_parser(
        "fetch", help=QT_TRANSLATE_NOOP("Cli", "fetch it into the encrypted store")
    )
    fetch.add_argument(
        "message_id",
        metavar="MESSAGE_ID",
        help=QT_TRANSLATE_NOOP("Cli", "the message's id (`desk inbox`)"),
    )
    fetch.add_argument(
        "--save",
        metavar="FILE",
        type=Path,
        help=QT_TRANSLATE_NOOP("Cli", "also write a copy to FILE"),
    )
    add_data_dir(fetch)
    fetch.set_defaults(run=_later("attachment", "run_fetch"))


def _invites(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "invites", help=QT_TRANSLATE_NOOP("Cli", "list, accept or decline invites to groups")
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", help=QT_TRANSLATE_NOOP("Cli", "invites not yet answered (tab-separated)")
    )
    add_data_dir(listing)
    listing.set_defaults(run=_later("invites", "run_list"))
    for action, text in (
        ("accept", QT_TRANSLATE_NOOP("Cli", "join the group")),
        ("decline", QT_TRANSLATE_NOOP("Cli", "decline the invite")),
    ):
        answer = actions.add_parser(action, help=text)
        answer.add_argument(
            "group_id",
            metavar="GROUP_ID",
            help=QT_TRANSLATE_NOOP("Cli", "as `desk invites list` shows"),
        )
        add_data_dir(answer)
        answer.set_defaults(run=_later("invites", "run_answer"))


_PARSERS: dict[str, Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = {
    "gui": _gui,
    "sync": _sync,
    "inbox": _inbox,
    "quiet": _quiet,
    "policy": _policy,
    "selftest": _selftest,
    "triage": _triage,
    "account": _account,
    "passphrase": _passphrase,
    "backup": _backup,
    "keychain": _keychain,
    "attachment": _attachment,
    "invites": _invites,
}
