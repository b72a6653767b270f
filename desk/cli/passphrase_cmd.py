"""`desk passphrase`: choose a new passphrase for a passphrase-protected store.

The store's key stays the same: only its wrapping in desk.key changes, so the database
is not rewritten. Asked at a terminal: the current passphrase (or DESK_PASSPHRASE), which
is checked at once, then the new one twice.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from desk.cli.common import (
    STORE_ERRORS,
    ask_new_passphrase,
    at_a_terminal,
    fail,
    key_file_unreadable_text,
)
from desk.cli.speech import translate
from desk.store import keys
from desk.store.paths import DataDir


def run(args: argparse.Namespace) -> int:
    directory = DataDir.resolve(args.data_dir)  # nothing made: a misspelt dir is said
    if not directory.key_file.exists():
        fail(f"no desk store in {directory.root}: check --data-dir")
        return 2
    vault = keys.KeyVault(directory.key_file)
    try:
        protection = vault.protection()
    except keys.KeyFileCorrupt:
        fail(translate("Cli", STORE_ERRORS["key_file_corrupt"]).format(detail=directory.key_file))
        return 2
    except keys.KeyFileUnreadable as exc:
        fail(key_file_unreadable_text(exc))
        return 2
    if protection is keys.KeyProtection.KEYCHAIN:
        fail("this store's key is kept in the system keychain: there is no passphrase to change")
        return 1
    if not at_a_terminal():
        # getpass would read the pipe with a warning, then fail without a word.
        fail("run `desk passphrase` at a terminal: it asks for the new passphrase twice")
        return 2
    try:
        old = os.environ.get(keys.ENV_PASSPHRASE) or getpass.getpass(
            f"Current passphrase for {directory.root}: "
        )
        # Tried before the new one is asked: found wrong only after typing the new one
        # twice, the user had typed it for nothing (IT).
        vault.unlock(old)
        new = ask_new_passphrase("New passphrase: ")
    except (EOFError, KeyboardInterrupt):
        print(file=sys.stderr)
        return 1
    except (keys.WrongPassphrase, keys.PassphraseRequired):  # (none typed: none is right)
        fail(translate("Cli", STORE_ERRORS["wrong_passphrase"]))
        return 2
    except keys.KeyFileUnreadable as exc:  # another program took it meanwhile
        fail(key_file_unreadable_text(exc))
        return 2
    if new is None:
        fail("nothing was changed")
        return 1
    try:
        vault.change_passphrase(old, new)
    except keys.WrongPassphrase:
        fail(translate("Cli", STORE_ERRORS["wrong_passphrase"]))
        return 2
    except keys.KeyFileUnreadable as exc:  # another program took it meanwhile
        fail(key_file_unreadable_text(exc))
        return 2
    print("passphrase changed; the data was not touched")
    return 0
