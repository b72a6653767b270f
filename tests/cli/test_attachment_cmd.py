"""`desk attachment fetch` on content already in the store (the server path is in
tests/connectors/matrix/test_sync_e2e.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desk.cli import main
from desk.connectors.protocol import Attachment, GroupInfo, IncomingMessage, SyncBatch
from desk.core.clock import ManualClock
from desk.core.messages import Role
from desk.store.attachments import save_content
from desk.store.models import Message
from desk.store.paths import DataDir
from desk.store.store import Store
from desk.sync.accounts import ensure_default_account
from desk.sync.ingest import Ingestor
from tests.conftest import PASSPHRASE, SHANGHAI


def _a_sheet_fetched_already(store: Store, clock: ManualClock) -> None:
    """A file message, $sheet (表.csv), whose content is in the store; the store closed."""
    (account,) = ensure_default_account(store, clock)
    sheet = IncomingMessage(
        "$sheet", "g01", "u1", "王五", Role.OWNER, clock.now(), "[文件] 表.csv",
        attachment=Attachment("file", "mxc://x/sheet", "表.csv", "text/csv", 3),
    )  # fmt: skip
    Ingestor(store, SHANGHAI, clock).apply(
        account.id, SyncBatch("c1", (GroupInfo("g01", "测试群"),), (sheet,))
    )
    with store.sessions() as session:
        message_id = session.scalar(select(Message.id).where(Message.remote_id == "$sheet"))
    assert message_id is not None
    assert save_content(store, message_id, b"a,b", clock.now())
    store.close()


def test_the_stored_copy_is_saved_and_a_bad_target_is_an_error(
    store: Store,
    data_dir: DataDir,
    clock: ManualClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _a_sheet_fetched_already(store, clock)
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    where = ["--data-dir", str(data_dir.root)]

    nowhere = tmp_path / "no such dir" / "x.csv"
    assert main(["attachment", "fetch", "$sheet", "--save", str(nowhere), *where]) == 1
    assert "could not write" in capsys.readouterr().err
    target = tmp_path / "x.csv"
    assert main(["attachment", "fetch", "$sheet", "--save", str(target), *where]) == 0
    assert "already in the store" in capsys.readouterr().out
    assert target.read_bytes() == b"a,b"


def test_fetching_from_no_such_message_or_one_without_a_file_says_which(
    store: Store,
    data_dir: DataDir,
    clock: ManualClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # From IT: `attachment fetch nosuch` said "no attachment on message nosuch".
    (account,) = ensure_default_account(store, clock)
    words = IncomingMessage("$words", "g01", "u1", "王五", Role.OWNER, clock.now(), "开会")
    Ingestor(store, SHANGHAI, clock).apply(
        account.id, SyncBatch("c1", (GroupInfo("g01", "测试群"),), (words,))
    )
    store.close()
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    where = ["--data-dir", str(data_dir.root)]
    assert main(["attachment", "fetch", "nosuch", *where]) == 1
    assert capsys.readouterr().err == (
        "desk: no message nosuch in this data dir (`desk inbox --json` shows each one's id)\n"
    )
    assert main(["attachment", "fetch", "$words", *where]) == 1
    assert capsys.readouterr().err == "desk: message $words carries no file\n"


def test_fetching_speaks_the_store_s_language(
    store: Store,
    data_dir: DataDir,
    clock: ManualClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A Matrix tester under zh_CN: the other commands' lines were Chinese, fetch's English.
    _a_sheet_fetched_already(store, clock)
    data_dir.language_file.write_text("[ui]\nlanguage=zh_CN\n", "utf-8")
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    where = ["--data-dir", str(data_dir.root)]

    inside = data_dir.root / "x.csv"
    assert main(["attachment", "fetch", "$sheet", "--save", str(inside), *where]) == 2
    assert capsys.readouterr().err == "desk: --save 必须指向数据文件夹之外：这份副本没有加密\n"
    nowhere = tmp_path / "no such dir" / "x.csv"
    assert main(["attachment", "fetch", "$sheet", "--save", str(nowhere), *where]) == 1
    assert capsys.readouterr().err.startswith(f"desk: 已获取，但无法写入 {nowhere}：")
    target = tmp_path / "x.csv"
    assert main(["attachment", "fetch", "$sheet", "--save", str(target), *where]) == 0
    assert capsys.readouterr().out == "file 表.csv：3 字节，已在本机存储中\n"
