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


def test_the_stored_copy_is_saved_and_a_bad_target_is_an_error(
    store: Store,
    data_dir: DataDir,
    clock: ManualClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
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
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE)
    where = ["--data-dir", str(data_dir.root)]

    nowhere = tmp_path / "no such dir" / "x.csv"
    assert main(["attachment", "fetch", "$sheet", "--save", str(nowhere), *where]) == 1
    assert "could not write" in capsys.readouterr().err
    target = tmp_path / "x.csv"
    assert main(["attachment", "fetch", "$sheet", "--save", str(target), *where]) == 0
    assert "already in the store" in capsys.readouterr().out
    assert target.read_bytes() == b"a,b"
    assert main(["attachment", "fetch", "$nothing", *where]) == 1
    assert "no attachment" in capsys.readouterr().err
