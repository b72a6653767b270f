"""What a screen reader says: an inbox card as it is painted (bold type, badges and colour),
then who posted, when, what and why; and a name for every control of the dialogs."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from desk.core import settings
from desk.core.clock import ManualClock
from desk.core.messages import Role, Tier
from desk.store.inbox import InboxQueries
from desk.store.store import Store
from desk.sync.dings import DingOutbox
from desk.sync.posts import PostOutbox
from desk.ui.card_text import spoken_text
from desk.ui.ding_composer import DingComposer
from desk.ui.main_window import MainWindow
from desk.ui.ops import StoreOps
from desk.ui.passphrase_dialog import PassphraseDialog
from desk.ui.post_composer import PostComposer
from desk.ui.settings_dialog import SettingsDialog
from tests.conftest import SHANGHAI
from tests.helpers.demo_desk import DemoAccount
from tests.helpers.seed import sync_demo
from tests.ui.test_card_text import NOW
from tests.ui.test_detail_pane import _row


def test_a_card_is_said_with_its_state_its_sender_and_its_words() -> None:
    card = replace(
        _row("请各村今天17:30前报送值班表"),
        tier=Tier.URGENT,
        ding=True,
        pinned=True,
        sender_role=Role.OWNER,
        also_in=("镇防汛群",),
    )
    said = spoken_text(card, SHANGHAI, NOW)
    assert said == (
        "unread, Urgent, DING, unconfirmed, 镇工作群 · 张三 (owner), 09:00: "
        "请各村今天17:30前报送值班表, also in: 镇防汛群"
    )
    calm = spoken_text(replace(card, read=True, ding=False, pinned=False), SHANGHAI, NOW)
    assert not calm.startswith("unread") and "DING" not in calm


def test_the_inbox_list_gives_each_card_that_text_as_its_accessible_name(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    sync_demo(store, clock)
    ops = StoreOps()
    win = MainWindow(InboxQueries(store.sessions), ops, clock, SHANGHAI)
    qtbot.addWidget(win, before_close_func=MainWindow.allow_close)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(ops.idle)
    try:
        first = win.model.inbox_row(0)
        assert first is not None
        cells = QAccessible.queryAccessibleInterface(win.list)
        assert cells is not None
        first_cell = next(
            cell
            for cell in map(cells.child, range(cells.childCount()))
            if cell.role() == QAccessible.Role.Cell
        )
        name = first_cell.text(QAccessible.Text.Name)
        # Painted, the card says these by weight and colour alone.
        assert name == spoken_text(first, SHANGHAI, clock.now())
        assert name.startswith("unread, ")
        assert first.sender_name in name and first.text.split()[0] in name

        def named(widget: object) -> str:
            face = QAccessible.queryAccessibleInterface(widget)
            assert face is not None
            return face.text(QAccessible.Text.Name)

        assert _nameless(win) == []
        # What the eye finds by place and placeholder, a screen reader finds by name.
        assert named(win.search) == "Search open messages ( / )"
        assert named(win.sidebar) == "Views and groups"
        assert named(win.detail) == "Reading pane"
        win.ding_banner.resize(300, 40)
        win.ding_banner.show_waiting(first)
        assert named(win.ding_banner.label) == win.ding_banner.label.full_text()
        assert win.ding_banner.label.is_elided()
    finally:
        ops.shutdown()


_NAMED_BY_THEIR_TABLE = (
    QAccessible.Role.Cell,
    QAccessible.Role.RowHeader,
    QAccessible.Role.ColumnHeader,
    QAccessible.Role.ListItem,
    QAccessible.Role.TreeItem,
)


def _nameless(widget: QWidget) -> list[str]:
    """The controls in `widget` a screen reader's user can tab to but hears no name for."""
    found: list[str] = []

    def walk(face: QAccessibleInterface) -> None:
        state = face.state()
        if state.focusable and not state.invisible and not face.text(QAccessible.Text.Name):
            found.append(f"{face.role().name} {face.object().objectName()!r}")
        for child in map(face.child, range(face.childCount())):
            if child is not None and child.role() not in _NAMED_BY_THEIR_TABLE:
                walk(child)

    top = QAccessible.queryAccessibleInterface(widget)
    assert top is not None
    walk(top)
    return found


def test_every_control_of_the_dialogs_has_a_name_a_screen_reader_can_say(
    qtbot: QtBot, store: Store, clock: ManualClock
) -> None:
    # Before: the passphrase boxes (the first thing desk asks), the DING's members and
    # deadline, the days off, the always-get-through lists and their filters, the
    # groups' table and the language were all "edit box", "list", "spin box".
    values = {s.name: s.default for s in settings.DECLARED}
    dialog = SettingsDialog(values, [("g1", "镇机关干部群")], [("u1", "钟书记")], [])
    qtbot.addWidget(dialog)
    dialog.show()
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        assert _nameless(tabs.widget(index)) == [], tabs.tabText(index)
    for new in (True, False):
        asked = PassphraseDialog(new=new)
        qtbot.addWidget(asked)
        asked.show()
        assert _nameless(asked) == []
    demo = DemoAccount(store, clock)
    demo.round()
    ops = StoreOps()
    try:
        composer = DingComposer(DingOutbox(store, clock), ops, SHANGHAI)
        qtbot.addWidget(composer)
        composer.show()
        qtbot.waitUntil(ops.idle)
        assert _nameless(composer) == []
        post = PostComposer(PostOutbox(store, clock), ops)
        qtbot.addWidget(post)
        post.show()
        assert _nameless(post) == []
    finally:
        ops.shutdown()
        demo.close()
