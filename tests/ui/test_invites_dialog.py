"""The group invites list: join, decline, and what the server's answers mean to the user."""

from __future__ import annotations

import threading
from datetime import datetime

from pytestqt.qtbot import QtBot

from desk.connectors.protocol import ConnectorError
from desk.store.invites import PendingInvite
from desk.ui.invites_dialog import InvitesDialog
from tests.conftest import SHANGHAI

SEEN = datetime(2026, 12, 3, 9, 5, tzinfo=SHANGHAI)
INVITES = [
    PendingInvite(1, "!front:x", "县防指桐坪前线工作群", "@liuyang:x", SEEN, "刘洋"),
    PendingInvite(1, "!old:x", "旧专班群", "@gone:x", SEEN, None),
]


def _dialog(qtbot: QtBot, answer) -> InvitesDialog:  # type: ignore[no-untyped-def]
    dialog = InvitesDialog(list(INVITES), answer, SHANGHAI)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_each_invite_says_the_group_who_invited_and_when(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, lambda *_a: None)
    assert dialog.list.item(0).text() == "县防指桐坪前线工作群\ninvited by 刘洋 · 12-03 09:05"
    # Someone no group of the user's knows is named by their id.
    assert "invited by @gone:x" in dialog.list.item(1).text()


def test_joining_takes_the_invite_off_the_list(qtbot: QtBot) -> None:
    asked: list[tuple[str, bool]] = []
    dialog = _dialog(qtbot, lambda account, group, accept: asked.append((group, accept)))
    with qtbot.waitSignal(dialog.answered) as answered:
        dialog.join_button.click()
    assert answered.args == ["!front:x"] and asked == [("!front:x", True)]
    assert dialog.list.count() == 1
    assert dialog.status.text() == "Joined: its messages come in with the next sync."


def test_a_withdrawn_invite_goes_and_a_network_failure_keeps_it(qtbot: QtBot) -> None:
    def answer(account: int, group: str, accept: bool) -> None:
        raise ConnectorError("rejected" if group == "!front:x" else "network")

    dialog = _dialog(qtbot, answer)
    with qtbot.waitSignal(dialog.answered):
        dialog.decline_button.click()
    assert dialog.status.text() == "The invite was withdrawn."
    dialog.list.setCurrentRow(0)
    dialog.join_button.click()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Not answered"))
    assert dialog.status.text() == "Not answered: no connection to the server."
    assert dialog.list.count() == 1 and dialog.join_button.isEnabled()


def test_closing_while_an_answer_is_on_its_way_does_not_wait_for_it(qtbot: QtBot) -> None:
    release, finished = threading.Event(), threading.Event()

    def slow(account: int, group: str, accept: bool) -> None:
        release.wait(10)  # a server out of reach
        finished.set()

    dialog = _dialog(qtbot, slow)
    dialog.join_button.click()
    dialog.reject()
    assert not dialog.isVisible() and not finished.is_set()
    release.set()


def test_an_unexpected_failure_is_said_and_the_list_stays_usable(qtbot: QtBot) -> None:
    def broken(account: int, group: str, accept: bool) -> None:
        raise OSError("disk")

    dialog = _dialog(qtbot, broken)
    dialog.join_button.click()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Not answered"))
    assert dialog.join_button.isEnabled() and dialog.list.count() == 2
