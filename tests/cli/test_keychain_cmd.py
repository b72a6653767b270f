"""`desk keychain forget`: what the Windows uninstaller's "also remove my data" runs, so no
store key or live access token stays in the keychain."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import keyring.backend
import pytest

from desk.cli import main
from desk.store.credentials import CredentialStore
from desk.store.keys import KEYCHAIN_SERVICE, KeyFile, KeyProtection
from desk.store.models import Account
from desk.store.paths import DataDir
from desk.store.set_aside import set_aside
from desk.store.store import StoreError, open_store
from tests.cli.test_commands import desk
from tests.conftest import PASSPHRASE, TEST_SCRYPT_N


def _keychain_store_with_accounts(
    data_dir: DataDir, backend: keyring.backend.KeyringBackend, count: int
) -> str:
    """A keychain-protected store whose `count` accounts keep tokens there; its store id."""
    store = open_store(data_dir, None, backend=backend)
    with store.transaction() as session:
        session.add_all(
            Account(kind="matrix", label=f"county {n}", created_ms=0) for n in range(count)
        )
    credentials = CredentialStore(store, backend)
    for account_id in range(1, count + 1):
        credentials.save(account_id, {"access_token": f"syt_live_{account_id}"})
    store.close()
    return KeyFile.load(data_dir.key_file).store_id


def _entries(backend: keyring.backend.KeyringBackend, store_id: str, count: int) -> list[bool]:
    names = [f"store-key:{store_id}"] + [f"account:{store_id}:{n}" for n in range(1, count + 1)]
    return [backend.get_password(KEYCHAIN_SERVICE, name) is not None for name in names]


@pytest.mark.keychain
def test_forget_deletes_the_store_key_and_every_accounts_token(
    data_dir: DataDir,
    keychain: keyring.backend.KeyringBackend,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store_id = _keychain_store_with_accounts(data_dir, keychain, 2)
    assert _entries(keychain, store_id, 2) == [True, True, True]

    assert main(["keychain", "forget", "--yes", "--data-dir", str(data_dir.root)]) == 0

    assert _entries(keychain, store_id, 2) == [False, False, False]
    assert "deleted 3 secret(s)" in capsys.readouterr().out


@pytest.mark.keychain
def test_without_yes_nothing_is_deleted(
    data_dir: DataDir,
    keychain: keyring.backend.KeyringBackend,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store_id = _keychain_store_with_accounts(data_dir, keychain, 1)

    assert main(["keychain", "forget", "--data-dir", str(data_dir.root)]) == 2

    assert _entries(keychain, store_id, 1) == [True, True]
    assert capsys.readouterr().err == (
        f"desk: this deletes the key of the store in {data_dir.root}, which then never opens "
        "again, nor does any copy of it kept under the same keychain key (a backup or a copy "
        "restored from one, where `desk backup` said it opens only for this user on this "
        "PC); add --yes to do it\n"
    )
    assert main(["keychain", "forget", "--yes", "--data-dir", str(data_dir.root)]) == 0


@pytest.mark.keychain
def test_tokens_are_found_when_the_store_key_is_already_gone(
    data_dir: DataDir, keychain: keyring.backend.KeyringBackend
) -> None:
    # The store no longer says which accounts it has: their entries are found all the same.
    store_id = _keychain_store_with_accounts(data_dir, keychain, 3)
    keychain.delete_password(KEYCHAIN_SERVICE, f"store-key:{store_id}")

    assert main(["keychain", "forget", "--yes", "--data-dir", str(data_dir.root)]) == 0

    assert _entries(keychain, store_id, 3) == [False, False, False, False]


def test_a_passphrase_store_has_nothing_in_the_keychain(
    data_dir: DataDir, capsys: pytest.CaptureFixture[str]
) -> None:
    from keyring.backends import fail

    open_store(data_dir, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N).close()

    # With --yes or without, one answer: nothing there (without, it warned that the
    # store would never open again, which forgetting cannot do to a passphrase store).
    for yes in (["--yes"], []):
        assert main(["keychain", "forget", *yes, "--data-dir", str(data_dir.root)]) == 0
        said = capsys.readouterr()
        assert "is protected by a passphrase: it keeps nothing in the keychain" in said.out
        assert said.err == ""
    assert data_dir.key_file.exists()  # the data itself is the uninstaller's to remove


def test_a_folder_without_a_store_is_said(
    tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["keychain", "forget", "--yes", "--data-dir", f"{tmp_path}/nothing"]) == 2
    assert "no desk store in" in capsys.readouterr().err


def test_forget_after_the_data_dir_was_deleted_says_what_is_left_and_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # From IT: the data dir deleted first, as README listed the steps, `forget` only said
    # "check --data-dir", and the store key stayed in the keychain with nothing of desk's
    # able to find it.
    gone = tmp_path / "desk"

    assert main(["keychain", "forget", "--yes", "--data-dir", str(gone)]) == 2

    said = capsys.readouterr().err
    assert said.count("\n") == 1 and "Traceback" not in said
    assert said.startswith(f"desk: no desk store in {gone}: ")
    # Why nothing can be found, and what is left to do by hand.
    assert "before the data dir is deleted" in said
    assert 'service "desk"' in said
    assert "--data-dir" in said


def test_readme_has_forget_run_before_the_data_dir_is_deleted() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    removal = " ".join(readme.split("Linux, removing desk is", 1)[1].split(".", 1)[0].split())
    assert removal.index("keychain forget --yes") < removal.index("deleting the data dir")


@pytest.mark.keychain
def test_forget_deletes_the_secrets_of_a_store_set_aside_to_start_afresh(
    data_dir: DataDir, keychain: keyring.backend.KeyringBackend
) -> None:
    # Start afresh keeps the old files in set-aside-<time>; its accounts' tokens stay
    # valid on the server, so "also remove my data" must forget them too.
    old_id = _keychain_store_with_accounts(data_dir, keychain, 2)
    set_aside(data_dir, datetime(2026, 12, 4, 9, 0, tzinfo=UTC))
    new_id = _keychain_store_with_accounts(data_dir, keychain, 1)
    assert new_id != old_id

    assert main(["keychain", "forget", "--yes", "--data-dir", str(data_dir.root)]) == 0

    assert _entries(keychain, old_id, 2) == [False, False, False]
    assert _entries(keychain, new_id, 1) == [False, False]


@pytest.mark.keychain
def test_forget_finds_a_set_aside_store_when_no_new_one_was_made(
    data_dir: DataDir, keychain: keyring.backend.KeyringBackend
) -> None:
    # Start afresh, then the new store's passphrase dialog cancelled: only the old files.
    old_id = _keychain_store_with_accounts(data_dir, keychain, 1)
    set_aside(data_dir, datetime(2026, 12, 4, 9, 0, tzinfo=UTC))

    assert main(["keychain", "forget", "--yes", "--data-dir", str(data_dir.root)]) == 0

    assert _entries(keychain, old_id, 1) == [False, False]


@pytest.mark.keychain
def test_forget_deletes_the_token_of_an_account_whose_row_went_without_it(
    data_dir: DataDir, keychain: keyring.backend.KeyringBackend
) -> None:
    # `desk account remove` drops the row even where the keychain refused to delete the
    # token (it logs a warning): the readable store no longer names that account.
    store_id = _keychain_store_with_accounts(data_dir, keychain, 3)
    store = open_store(data_dir, None, backend=keychain)
    with store.transaction() as session:
        session.delete(session.get_one(Account, 3))
    store.close()

    assert main(["keychain", "forget", "--yes", "--data-dir", str(data_dir.root)]) == 0

    assert _entries(keychain, store_id, 3) == [False, False, False, False]


@pytest.mark.keychain
def test_a_data_dir_whose_keychain_is_not_here_says_a_copy_leaves_its_key_behind(
    tmp_path: Path, keychain: keyring.backend.KeyringBackend
) -> None:
    # An IT tester moved a keychain-protected data dir to a PC with no keychain: desk said
    # "the key is still there" and to unlock it, which no unlocking could mend.
    data_dir = DataDir(tmp_path / "moved").ensure()
    _keychain_store_with_accounts(data_dir, keychain, 0)
    result = desk("inbox", "--data-dir", str(data_dir.root), env={"DESK_PASSPHRASE": ""})
    assert result.returncode != 0
    assert "copied from another computer or user" in result.stderr, result.stderr
    assert "still there" not in result.stderr and "Traceback" not in result.stderr


def _opens(directory: DataDir, backend: keyring.backend.KeyringBackend) -> bool:
    try:
        open_store(directory, None, backend=backend).close()
    except StoreError as exc:
        assert exc.code == "keychain_entry_missing", exc
        return False
    return True


@pytest.mark.keychain
def test_forget_on_a_restored_copy_refuses_to_lock_the_store_it_was_copied_from(
    data_dir: DataDir,
    keychain: keyring.backend.KeyringBackend,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # From IT: a backup restored to try it, then cleaned up with forget; the user's own
    # store then never opened again. Found here through the copy's key file alone: the
    # user's own data dir is elsewhere.
    monkeypatch.setenv("DESK_DATA_DIR", str(tmp_path / "the-users-own"))
    store_id = _keychain_store_with_accounts(data_dir, keychain, 1)
    assert main(["backup", str(tmp_path / "nightly"), "--data-dir", str(data_dir.root)]) == 0
    restored = DataDir(tmp_path / "kcrest")
    shutil.copytree(tmp_path / "nightly", restored.root)
    assert _opens(restored, keychain)
    capsys.readouterr()

    assert main(["keychain", "forget", "--yes", "--data-dir", str(restored.root)]) == 2

    assert capsys.readouterr().err == (
        f"desk: the store in {restored.root} opens with the same keychain key as the store in "
        f"{data_dir.root} (one is a copy of the other: a backup, or a copy restored from "
        f"one): forgetting it would lock {data_dir.root} too, for good. To remove only the "
        f"one in {restored.root}, delete that folder and leave the keychain as it is; to lock "
        "both, add --even-if-shared. Nothing was deleted\n"
    )
    assert _entries(keychain, store_id, 1) == [True, True]
    assert _opens(data_dir, keychain) and _opens(restored, keychain)

    # Told: both locked, as said.
    assert (
        main(["keychain", "forget", "--yes", "--even-if-shared", "--data-dir", str(restored.root)])
        == 0
    )
    assert _entries(keychain, store_id, 1) == [False, False]
    assert not _opens(data_dir, keychain)


@pytest.mark.keychain
def test_a_copy_made_by_hand_of_the_users_own_data_dir_is_found_too(
    data_dir: DataDir,
    keychain: keyring.backend.KeyringBackend,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The data dir copied with Explorer notes nothing: the user's own is compared.
    monkeypatch.setenv("DESK_DATA_DIR", str(data_dir.root))
    store_id = _keychain_store_with_accounts(data_dir, keychain, 1)
    by_hand = DataDir(tmp_path / "copied")
    by_hand.root.mkdir()
    for name in ("desk.db", "desk.key"):
        shutil.copy2(data_dir.root / name, by_hand.root / name)

    assert main(["keychain", "forget", "--yes", "--data-dir", str(by_hand.root)]) == 2

    assert f"as the store in {data_dir.root} (one is a copy" in capsys.readouterr().err
    assert _entries(keychain, store_id, 1) == [True, True]


@pytest.mark.keychain
def test_forget_on_the_store_itself_goes_ahead_and_its_keychain_backups_lock_with_it(
    data_dir: DataDir,
    keychain: keyring.backend.KeyringBackend,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The uninstaller's "also remove my data": the user's own store, whose backups no
    # forget can find (the confirmation says they lock too).
    monkeypatch.setenv("DESK_DATA_DIR", str(data_dir.root))
    store_id = _keychain_store_with_accounts(data_dir, keychain, 1)
    backup = DataDir(tmp_path / "nightly")
    assert main(["backup", str(backup.root), "--data-dir", str(data_dir.root)]) == 0
    assert KeyFile.load(backup.key_file).copy_of == str(data_dir.root)

    assert main(["keychain", "forget", "--yes", "--data-dir", str(data_dir.root)]) == 0

    assert _entries(keychain, store_id, 1) == [False, False]
    assert not _opens(backup, keychain)


def test_a_copy_noted_from_a_folder_the_system_will_not_look_up_is_no_traceback(
    tmp_path: Path,
) -> None:
    # A copy restored for another user keeps the note of the data dir it came from, under
    # a profile this user may not open (too long a name here): forget, as the uninstaller
    # runs it, ended in a traceback. A store this user cannot reach shares no entry of
    # this user's keychain.
    restored = DataDir(tmp_path / "restored")
    restored.root.mkdir()
    restored.database.write_bytes(b"")
    noted = KeyFile("9d3c", KeyProtection.KEYCHAIN, copy_of=str(tmp_path / ("x" * 300)))
    restored.key_file.write_text(noted.to_json(), encoding="utf-8")

    result = desk(
        "keychain",
        "forget",
        "--data-dir",
        str(restored.root),
        env={"DESK_DATA_DIR": str(tmp_path / "own")},
    )

    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2
    assert "add --yes to do it" in result.stderr
