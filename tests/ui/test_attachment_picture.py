"""A picture sent into a group shows in the reading pane, and opens larger."""

from __future__ import annotations

import logging
import struct
import zlib
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QTextImageFormat
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

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
from desk.ui.attachment_image import MAX_WHOLE_PIXELS, TOO_LARGE, read_image
from desk.ui.detail_pane import PICTURE_URL, THUMBNAIL_HEIGHT, DetailPane
from tests.conftest import SHANGHAI, paused_scheduler

RED = QColor(200, 30, 30)


def _png(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(RED)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(data.data())


PHOTO = _png(600, 300)
NOT_A_PICTURE = b"this is no PNG at all" * 10


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
            f"[图片] {name}",
            attachment=Attachment("image", f"mxc://x/{remote}", name, "image/png", len(content)),
        )
        for remote, name, content in (
            ("$photo", "巡山照片.png", PHOTO),
            ("$broken", "现场图.png", NOT_A_PICTURE),
            ("$later", "签字扫描件.png", PHOTO),
        )
    )
    batch = SyncBatch("c1", (GroupInfo("g1", "镇工作群"),), messages)
    Ingestor(store, SHANGHAI, clock).apply(account.id, batch)
    # Fetched before (from the server), so in the store's encrypted cache; $later not yet.
    assert save_content(store, _id(store, "$photo"), PHOTO, clock.now())
    assert save_content(store, _id(store, "$broken"), NOT_A_PICTURE, clock.now())
    desk = DeskApp(
        store, SettingsStore(store.sessions), clock, SHANGHAI, scheduler=paused_scheduler()
    )
    qtbot.addWidget(desk.window)
    desk.window.resize(1200, 760)
    desk.start()
    qtbot.waitUntil(desk.ops_idle)
    yield desk
    desk.stop()


def _id(store: Store, remote_id: str) -> int:
    with store.sessions() as session:
        found = session.scalar(select(Message.id).where(Message.remote_id == remote_id))
    assert found is not None
    return found


def _picture(pane: DetailPane) -> tuple[QTextImageFormat, int] | None:
    """The picture drawn in the pane and where in its text, if one is."""
    block = pane.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isImageFormat():
                return fragment.charFormat().toImageFormat(), fragment.position()
            it += 1
        block = block.next()
    return None


def _shown(qtbot: QtBot, app: DeskApp, store: Store, remote_id: str) -> DetailPane:
    app.window.open_message(_id(store, remote_id))
    qtbot.waitUntil(app.ops_idle)
    return app.window.detail


def test_a_picture_in_the_cache_shows_under_the_text_at_its_aspect(
    qtbot: QtBot, app: DeskApp, store: Store
) -> None:
    pane = _shown(qtbot, app, store, "$photo")
    found = _picture(pane)
    assert found is not None
    image, at = found
    assert image.name() == PICTURE_URL % _id(store, "$photo")
    assert image.width() == 2 * image.height()
    assert 0 < image.height() <= THUMBNAIL_HEIGHT
    assert image.toolTip() == "Double-click or press Enter to see it larger"
    assert image.width() <= pane.viewport().width()
    text = pane.toPlainText()
    # Under the message's text, above the line that saves a copy.
    assert text.index("[图片] 巡山照片.png") < at < text.index("Attachment: 巡山照片.png")
    assert "Save a copy…" in text
    # Drawn: the pane shows the photo's red.
    shot = pane.viewport().grab().toImage()
    reds = sum(
        shot.pixelColor(x, y) == RED
        for x in range(0, shot.width(), 4)
        for y in range(0, shot.height(), 4)
    )
    assert reds > 100


def test_a_picture_follows_a_narrower_pane(qtbot: QtBot, app: DeskApp, store: Store) -> None:
    pane = _shown(qtbot, app, store, "$photo")
    pane.resize(300, pane.height())
    qtbot.waitUntil(lambda: pane.viewport().width() < 300)
    found = _picture(pane)
    assert found is not None
    assert found[0].width() <= pane.viewport().width()
    assert round(found[0].width() / found[0].height()) == 2


@pytest.fixture
def info_log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """The log from before the window starts (it shows a first card at once)."""
    caplog.set_level(logging.INFO, logger="desk")
    return caplog


def test_a_file_that_claims_to_be_a_picture_but_is_not_lists_as_a_file(
    info_log: pytest.LogCaptureFixture, qtbot: QtBot, app: DeskApp, store: Store
) -> None:
    pane = _shown(qtbot, app, store, "$broken")
    _shown(qtbot, app, store, "$photo")
    pane = _shown(qtbot, app, store, "$broken")
    assert _picture(pane) is None
    assert "Attachment: 现场图.png (image/png, 210 bytes) Save a copy…" in pane.toPlainText()
    records = info_log.get_records("setup") + info_log.records
    logged = [r for r in records if r.name == "desk.ui.detail_pane"]
    assert [r.getMessage() for r in logged] == [
        "an attachment said to be a picture did not read as one"
    ]


def test_a_picture_not_fetched_yet_lists_as_a_file(
    qtbot: QtBot, app: DeskApp, store: Store
) -> None:
    pane = _shown(qtbot, app, store, "$later")
    assert _picture(pane) is None
    assert "Attachment: 签字扫描件.png (image/png" in pane.toPlainText()


def test_enter_opens_the_picture_larger_and_esc_closes_it(
    qtbot: QtBot, app: DeskApp, store: Store
) -> None:
    pane = _shown(qtbot, app, store, "$photo")
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.picture_dialog is not None and pane.picture_dialog.isVisible())
    dialog = pane.picture_dialog
    assert dialog is not None
    assert dialog.windowTitle() == "巡山照片.png"
    shown = dialog.picture.pixmap()
    assert shown.width() == 2 * shown.height()
    assert shown.height() > THUMBNAIL_HEIGHT  # larger than in the pane
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: pane.picture_dialog is None)


def test_a_double_click_on_the_picture_opens_it(qtbot: QtBot, app: DeskApp, store: Store) -> None:
    pane = _shown(qtbot, app, store, "$photo")
    found = _picture(pane)
    assert found is not None
    cursor = pane.textCursor()
    cursor.setPosition(found[1])
    spot = pane.cursorRect(cursor).topLeft() + QPointF(20, 20).toPoint()
    qtbot.mouseDClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.waitUntil(lambda: pane.picture_dialog is not None and pane.picture_dialog.isVisible())
    assert pane.picture_dialog is not None
    pane.picture_dialog.reject()
    qtbot.waitUntil(lambda: pane.picture_dialog is None)


def _huge_png(side: int) -> bytes:
    """A black-and-white PNG `side` pixels square, small on disk (it compresses to bytes)."""
    row = b"\x00" + b"\x00" * (side // 8)
    raw = zlib.compress(row * side, 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")


def _jpeg(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(RED)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPEG")
    return bytes(data.data())


def test_a_huge_picture_is_read_at_the_size_it_is_shown() -> None:
    # JPEG decodes at the size asked for: never whole.
    image = read_image(_jpeg(8000, 8000), QSize(1200, THUMBNAIL_HEIGHT))
    assert isinstance(image, QImage)
    assert image.size() == QSize(THUMBNAIL_HEIGHT, THUMBNAIL_HEIGHT)


def test_a_huge_png_is_not_decoded() -> None:
    # Qt's PNG reader decodes the whole picture before scaling it: an 8000x8000 PNG held
    # the store thread 0.5-1.2 s and took 250 MB for its thumbnail (from review).
    assert read_image(_huge_png(8000), QSize(1200, THUMBNAIL_HEIGHT)) is TOO_LARGE
    # A large one still within the limit reads.
    side = int(MAX_WHOLE_PIXELS**0.5)
    image = read_image(_huge_png(side), QSize(1200, THUMBNAIL_HEIGHT))
    assert isinstance(image, QImage)
    assert image.size() == QSize(THUMBNAIL_HEIGHT, THUMBNAIL_HEIGHT)


def test_a_huge_png_lists_as_a_file_saying_why(
    qtbot: QtBot, app: DeskApp, store: Store, clock: ManualClock
) -> None:
    huge = _huge_png(8000)
    assert save_content(store, _id(store, "$later"), huge, clock.now())
    pane = _shown(qtbot, app, store, "$later")
    assert _picture(pane) is None
    text = pane.toPlainText()
    assert "Attachment: 签字扫描件.png (image/png" in text and "Save a copy…" in text
    assert "Picture too large to preview" in text
    # Not read again as the page is written anew (the clock, the text size).
    asked: list[int] = []
    picture_of = pane._picture_of
    assert picture_of is not None

    def counted(message_id: int, *rest: Any) -> None:
        asked.append(message_id)
        picture_of(message_id, *rest)

    pane._picture_of = counted
    pane._show_again()
    qtbot.waitUntil(app.ops_idle)
    assert asked == []
    assert "Picture too large to preview" in pane.toPlainText()


def test_a_picture_smaller_than_its_room_is_not_blown_up() -> None:
    image = read_image(PHOTO, QSize(1200, THUMBNAIL_HEIGHT * 4))
    assert image is not None
    assert image.size() == QSize(600, 300)


def test_a_picture_the_store_failed_to_read_once_shows_when_its_card_is_shown_again(
    qtbot: QtBot, app: DeskApp, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The store busy for a moment (sync writing) is no word on the file: it was taken
    # for one that is no picture, listed as a file until desk restarted, and logged so.
    queries = app.window._queries
    read = queries.attachment_content

    def busy(message_id: int) -> bytes | None:
        raise OperationalError("SELECT", {}, Exception("database is locked"))

    monkeypatch.setattr(queries, "attachment_content", busy)
    pane = _shown(qtbot, app, store, "$photo")
    assert _picture(pane) is None
    monkeypatch.setattr(queries, "attachment_content", read)
    _shown(qtbot, app, store, "$later")
    pane = _shown(qtbot, app, store, "$photo")
    assert _picture(pane) is not None


def test_enter_on_the_save_link_saves_a_copy_not_opens_the_picture(
    qtbot: QtBot, app: DeskApp, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tab to 另存副本… and Enter, as a keyboard user saves a file: the picture opened.
    asked: list[str] = []
    # Where to save, asked without a dialog: none chosen, nothing saved.
    monkeypatch.setattr(app.attachments, "_ask_path", lambda name: asked.append(name))
    pane = _shown(qtbot, app, store, "$photo")
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_Tab)
    assert pane.textCursor().selectedText() == "Save a copy…"
    with qtbot.waitSignal(pane.saveAttachmentRequested, timeout=2000) as saving:
        qtbot.keyClick(pane, Qt.Key.Key_Return)
    assert saving.args == [_id(store, "$photo")]
    assert asked == ["巡山照片.png"]
    assert pane.picture_dialog is None
