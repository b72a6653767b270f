"""Starting the window when it cannot start: a dialog that says why, then a non-zero exit."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desk.app.gui import run_gui
from desk.store.paths import DataDir
from desk.store.store import open_store
from tests.conftest import PASSPHRASE, TEST_SCRYPT_N


def _read_and_close_the_dialog(seen: list[str]) -> None:
    """Reads the modal message box once it is up, then closes it as the user would."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QMessageBox):
            QTimer.singleShot(10, look)
            return
        seen.append(dialog.text())
        dialog.accept()

    QTimer.singleShot(0, look)


@pytest.mark.parametrize(
    ("language", "reason"),
    [
        ("en", "{blocking} is a file, not a folder."),
        ("zh_CN", "{blocking} 是一个文件，不是文件夹。"),
    ],
)
def test_a_data_dir_under_a_file_is_shown_in_a_dialog(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    reason: str,
) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(f'ui.language = "{language}"\n', "utf-8")
    monkeypatch.setenv("DESK_POLICY_FILE", str(policy))
    blocking = tmp_path / "afile"
    blocking.write_text("not a directory\n", "utf-8")
    seen: list[str] = []
    _read_and_close_the_dialog(seen)

    assert run_gui(str(blocking / "desk")) == 1

    assert len(seen) == 1
    assert str(blocking / "desk") in seen[0]
    assert reason.format(blocking=blocking) in seen[0]
    assert blocking.read_text("utf-8") == "not a directory\n"
    # The translators installed for the dialog are gone again.
    wrong = "Wrong passphrase. Nothing was changed."
    assert QApplication.translate("Store", wrong) == wrong


def test_a_damaged_key_file_is_named_with_what_to_do(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = DataDir(tmp_path / "desk")
    data.ensure()
    open_store(data, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N).close()
    data.key_file.write_bytes(b"\x00not a key\n")
    database = data.database.read_bytes()
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    seen: list[str] = []
    _read_and_close_the_dialog(seen)

    assert run_gui(str(data.root)) == 1

    assert len(seen) == 1
    assert f"The key file {data.key_file} is damaged" in seen[0]
    assert "Restore desk.key from a backup" in seen[0]
    assert data.database.read_bytes() == database, "nothing was changed"
