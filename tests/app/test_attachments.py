"""Saving an attachment from the window: the link in the detail pane, the save dialog, the copy."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desk.app.desk_app import DeskApp
from desk.connectors.protocol import Attachment, GroupInfo, IncomingMessage, SyncBatch
from desk.core.clock import ManualClock
from desk.core.messages import Role
from desk.store.attachments import save_content
from desk.store.models import Message
from desk.store.settings_store import SettingsStore
from desk.store.store import Store
from desk.sync.accounts import ensure_default_account
from desk.sync.ingest import Ingestor
from tests.conftest import SHANGHAI, paused_scheduler
from tests.helpers.save_dialog import answer_save_dialog, click_save_link

SHEET = b"village,on duty\n" * 100


@pytest.fixture
def app(qtbot: QtBot, store: Store, clock: ManualClock) -> Iterator[DeskApp]:
    (account,) = ensure_default_account(store, clock)
    messages = tuple(
        IncomingMessage(
            remote,
            "g1",
            "u1",
            "王五",
            Role.OWNER,
            clock.now(),
            f"[文件] {name}",
            attachment=Attachment("file", f"mxc://x/{remote}", name, "text/csv", len(SHEET)),
        )
        for remote, name in (("$sheet", "值班表.csv"), ("$other", "名单.csv"))
    )
    batch = SyncBatch("c1", (GroupInfo("g1", "镇工作群"),), messages)
    Ingestor(store, SHANGHAI, clock).apply(account.id, batch)
    # Fetched before (from the server: tests/connectors/matrix), so it is in the store.
    assert save_content(store, _id(store, "$sheet"), SHEET, clock.now())
    desk = DeskApp(
        store, SettingsStore(store.sessions), clock, SHANGHAI, scheduler=paused_scheduler()
    )
    qtbot.addWidget(desk.window)
    desk.start()
    qtbot.waitUntil(desk.ops_idle)
    yield desk
    desk.attachments.wait()
    desk.stop()


def _id(store: Store, remote_id: str) -> int:
    with store.sessions() as session:
        found = session.scalar(select(Message.id).where(Message.remote_id == remote_id))
    assert found is not None
    return found


def test_the_pane_shows_the_attachment_and_saves_a_copy(
    qtbot: QtBot, app: DeskApp, store: Store, tmp_path: Path
) -> None:
    app.window.open_message(_id(store, "$sheet"))
    text = app.window.detail.toPlainText()
    assert "Attachment: 值班表.csv (text/csv, 1.56 kB)" in text
    target = tmp_path / "值班表.csv"
    answer_save_dialog(target)
    with qtbot.waitSignal(app.attachments.saved, timeout=10_000) as saved:
        click_save_link(qtbot, app.window.detail)
    assert saved.args == [str(target)]
    assert target.read_bytes() == SHEET
    assert str(target) in app.window.statusBar().currentMessage()


def test_a_copy_inside_the_data_dir_or_without_a_server_is_refused(
    qtbot: QtBot, app: DeskApp, store: Store
) -> None:
    app.window.open_message(_id(store, "$sheet"))
    answer_save_dialog(store.data_dir.root / "leak.csv")
    with qtbot.waitSignal(app.attachments.failed, timeout=10_000) as failed:
        click_save_link(qtbot, app.window.detail)
    assert "not encrypted" in failed.args[0]
    assert not (store.data_dir.root / "leak.csv").exists()

    # Never fetched, and the demo workspace has no server to fetch it from.
    app.window.open_message(_id(store, "$other"))
    answer_save_dialog(store.data_dir.root.parent / "名单.csv")
    with qtbot.waitSignal(app.attachments.failed, timeout=10_000) as failed:
        click_save_link(qtbot, app.window.detail)
    assert failed.args[0] == (
        "Could not save the attachment: this account's server does not offer it"
    )
    assert app.window.statusBar().currentMessage() == failed.args[0]


def test_a_copy_into_a_folder_that_is_gone_says_so_in_words(
    qtbot: QtBot, app: DeskApp, store: Store, tmp_path: Path
) -> None:
    app.window.open_message(_id(store, "$sheet"))
    answer_save_dialog(tmp_path / "removed" / "值班表.csv")
    with qtbot.waitSignal(app.attachments.failed, timeout=10_000) as failed:
        click_save_link(qtbot, app.window.detail)
    assert failed.args[0] == ("Could not save the attachment: that folder is gone; choose another")
