"""`desk keychain forget --yes`: delete every secret this data dir's store filed in the
system keychain (its key, its accounts' sign-in secrets).

For IT staff, and the Windows uninstaller's "also remove my data": after it the store does
not open again, so it asks for --yes. It finds the entries through the data dir's key
files, so it runs before the data dir is deleted.

A keychain-protected store's backup, and a data dir restored from it, open with the
store's own keychain entry: forget refuses, unless --even-if-shared, where it finds another
data dir whose store the entry opens (see desk.store.keychain_entries.sharing_the_key).
"""

from __future__ import annotations

import argparse

from desk.cli.common import STORE_ERRORS, fail, key_file_unreadable_text
from desk.cli.speech import translate
from desk.store import keys
from desk.store.paths import DataDir


def run(args: argparse.Namespace) -> int:
    # Imported here: keyring's backends load only for this command.
    import keyring.errors

    from desk.store.keychain_entries import key_files, sharing_the_key

    directory = DataDir.resolve(args.data_dir)  # nothing made: a misspelt dir is said
    # Only stores set aside by Start afresh count too: their tokens are live.
    if not key_files(directory):
        # Only the store's key file names its keychain entries: with the data dir deleted
        # first, nothing desk has can tell them from another data dir's (IT, following
        # the removal steps in the wrong order).
        fail(
            f"no desk store in {directory.root}: desk finds its keychain entries through "
            "the store, so forget must run before the data dir is deleted. If this data "
            'dir is gone, remove the entries of service "desk" with the system\'s keychain '
            "tool (Passwords and Keys, Credential Manager, Keychain Access); if not, check "
            "--data-dir"
        )
        return 2
    shared = sharing_the_key(directory)
    if shared and not args.even_if_shared:
        # A test restore cleaned up with forget locked the user's real store for good (IT):
        # the copy and the store opened with one keychain entry, and nothing said so.
        said = translate(
            "Cli",
            "the store in {root} opens with the same keychain key as the store in {other} "
            "(one is a copy of the other: a backup, or a copy restored from one): forgetting "
            "it would lock {other} too, for good. To remove only the one in {root}, delete that "
            "folder and leave the keychain as it is; to lock both, add --even-if-shared. "
            "Nothing was deleted",
        )
        fail(said.format(root=directory.root, other=", ".join(str(d.root) for d in shared)))
        return 2
    try:
        return _forget(directory, args.yes)
    except keys.KeyFileCorrupt:
        fail(STORE_ERRORS["key_file_corrupt"].format(detail=directory.key_file))
        return 2
    except keys.KeyFileUnreadable as exc:
        fail(key_file_unreadable_text(exc))
        return 2
    except keyring.errors.KeyringError as exc:
        fail(STORE_ERRORS["keychain_unavailable"].format(detail=type(exc).__name__))
        return 1


def _forget(directory: DataDir, yes: bool) -> int:
    """Forgets what the stores of `directory` filed in the keychain, or says why not; the
    exit code. Raises what the key files and the keychain raise."""
    from desk.store.keychain_entries import files_in_keychain, forget_keychain

    if not files_in_keychain(directory):
        # Not "then never opens again" (without --yes) and "held no secret" (with it) for
        # one passphrase store (IT): it keeps nothing there, and forgetting cannot lock it.
        said = translate(
            "Cli",
            "the store in {root} is protected by a passphrase: it keeps nothing in the "
            "keychain, so there is nothing to delete (it still opens with its passphrase)",
        )
        print(said.format(root=directory.root))
        return 0
    if not yes:
        said = translate(
            "Cli",
            "this deletes the key of the store in {root}, which then never opens again, nor "
            "does any copy of it kept under the same keychain key (a backup or a copy "
            "restored from one, where `desk backup` said it opens only for this user on "
            "this PC); add --yes to do it",
        )
        fail(said.format(root=directory.root))
        return 2
    forgotten = forget_keychain(directory)
    if forgotten == 0:
        print(f"the keychain held no secret of the store in {directory.root}")
    else:
        print(f"deleted {forgotten} secret(s) of the store in {directory.root} from the keychain")
    return 0
