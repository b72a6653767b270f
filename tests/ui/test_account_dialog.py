"""The Add account dialog, typed into as a person would."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QImage, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from desk.core.contrast import TEXT_CONTRAST, contrast_ratio
from desk.sync.sign_in import SignInError
from desk.ui import i18n
from desk.ui.account_dialog import AccountDialog
from desk.ui.style import dark_background, rgb
from tests.ui.test_themes import DARK, HIGH_CONTRAST, _switch, theme  # noqa: F401 (a fixture)


def _dialog(qtbot: QtBot, sign_in) -> AccountDialog:  # type: ignore[no-untyped-def]
    dialog = AccountDialog(sign_in, "https://matrix.county.example", offer_demo_removal=True)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_bad_input_is_explained_before_any_network(qtbot: QtBot) -> None:
    calls: list[tuple[str, str, str]] = []
    dialog = _dialog(qtbot, lambda *a: calls.append(a))
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "user id" in dialog.status.text()
    qtbot.keyClicks(dialog.user, "@li:county.example")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "password" in dialog.status.text()
    assert calls == []


def test_a_refused_sign_in_says_so_and_keeps_the_dialog(qtbot: QtBot) -> None:
    def refuse(server: str, user: str, password: str) -> None:
        raise SignInError("refused")

    dialog = _dialog(qtbot, refuse)
    qtbot.keyClicks(dialog.user, "@li:county.example")
    qtbot.keyClicks(dialog.password, "wrong")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "refused" in dialog.status.text())
    assert dialog.isVisible() and dialog.password.text() == ""


def _typed_where_the_keys_go(qtbot: QtBot, text: str) -> None:
    """Types `text` then Enter into whatever has the keys, as a person retyping does."""
    for key in [*text, Qt.Key.Key_Return]:
        focused = QApplication.focusWidget()
        assert focused is not None
        if isinstance(key, str):
            qtbot.keyClicks(focused, key)
        else:
            qtbot.keyClick(focused, key)


def test_after_a_wrong_password_the_new_one_is_typed_in_and_enter_signs_in(
    qtbot: QtBot,
) -> None:
    # The password field was disabled while signing in, the keys went to 取消, and the
    # deputy secretary's retyped password was lost and Enter cancelled the dialog (a tester).
    tried: list[str] = []

    def sign_in(server: str, user: str, password: str) -> str:
        tried.append(password)
        if password != "right":
            raise SignInError("refused")
        return user

    dialog = _dialog(qtbot, sign_in)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.user, "@li:county.example")
    dialog.password.setFocus()
    _typed_where_the_keys_go(qtbot, "wrong")
    qtbot.waitUntil(lambda: "refused" in dialog.status.text())
    assert QApplication.focusWidget() is dialog.password
    with qtbot.waitSignal(dialog.added):
        _typed_where_the_keys_go(qtbot, "right")
    assert tried == ["wrong", "right"]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_when_the_server_cannot_be_reached_its_address_is_selected_to_retype(
    qtbot: QtBot,
) -> None:
    def unreachable(server: str, user: str, password: str) -> None:
        raise SignInError("unreachable", "network")

    dialog = _dialog(qtbot, unreachable)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.user, "@li:county.example")
    dialog.password.setFocus()
    _typed_where_the_keys_go(qtbot, "secret")
    qtbot.waitUntil(lambda: "failed" in dialog.status.text())
    assert QApplication.focusWidget() is dialog.homeserver
    assert dialog.homeserver.selectedText() == "https://matrix.county.example"
    # Typed over, it is the new address; the rest stays.
    _typed_where_the_keys_go(qtbot, "http://10.0.0.5:8008")
    qtbot.waitUntil(lambda: dialog.homeserver.isEnabled())
    assert dialog.homeserver.text() == "http://10.0.0.5:8008"
    assert (dialog.user.text(), dialog.password.text()) == ("@li:county.example", "secret")
    assert dialog.isVisible()


@pytest.mark.parametrize("first", ["click", "enter"])
def test_enter_in_the_server_field_after_an_error_signs_in_again(qtbot: QtBot, first: str) -> None:
    # IT tester: after a failed sign-in, Return in the server field did nothing where a
    # click on 登录 signed in.
    calls: list[str] = []

    def unreachable(server: str, user: str, password: str) -> None:
        calls.append(server)
        raise SignInError("unreachable", "network")

    dialog = _dialog(qtbot, unreachable)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.user, "@li:county.example")
    qtbot.keyClicks(dialog.password, "secret")
    if first == "click":
        sign_in = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(sign_in, Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "failed" in dialog.status.text())
    assert len(calls) == 1
    dialog.status.clear()
    dialog.homeserver.setFocus()
    dialog.homeserver.setText("http://10.0.0.5:8008")
    qtbot.keyClick(dialog.homeserver, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(calls) == 2)
    assert calls[1] == "http://10.0.0.5:8008"
    qtbot.waitUntil(lambda: "failed" in dialog.status.text())
    assert dialog.isVisible()


def test_enter_never_cancels_the_dialog(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, lambda *a: None)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setFocus()
    qtbot.keyClick(cancel, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "user id" in dialog.status.text()  # Enter asked to sign in, as everywhere in it


def test_a_good_sign_in_adds_the_account(qtbot: QtBot) -> None:
    seen: list[tuple[str, str, str]] = []

    def accept(server: str, user: str, password: str) -> str:
        seen.append((server, user, password))
        return user

    dialog = _dialog(qtbot, accept)
    assert dialog.remove_demo.isChecked()
    qtbot.keyClicks(dialog.user, "@li:county.example")
    qtbot.keyClicks(dialog.password, "secret")
    with qtbot.waitSignal(dialog.added) as added:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert added.args == ["@li:county.example"]
    assert seen == [("https://matrix.county.example", "@li:county.example", "secret")]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_an_unreachable_server_is_said_in_words_not_a_code(qtbot: QtBot) -> None:
    def unreachable(server: str, user: str, password: str) -> None:
        raise SignInError("unreachable", "network")

    dialog = _dialog(qtbot, unreachable)
    qtbot.keyClicks(dialog.user, "@li:county.example")
    qtbot.keyClicks(dialog.password, "secret")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "failed" in dialog.status.text())
    assert dialog.status.text() == (
        "Signing in failed: no connection to the server.\n"
        "Check the address and port.\n"
        "Check also which the server uses: https:// or http://."
    )


@pytest.fixture(params=i18n.SHIPPED_LOCALES)
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    translator = i18n.load_desk_translator(request.param)
    assert translator is not None, "translations not compiled: run `python3 dev.py test`"
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    yield str(request.param)
    app.removeTranslator(translator)


def _shown_lines(label: QLabel) -> list[str]:
    """The lines `label` shows its text on, broken as its word wrap breaks them."""
    text = label.text().replace("\n", "\u2028")  # as QLabel lays out plain text
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    width = label.contentsRect().width() - 2 * label.margin()
    lines: list[str] = []
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return [line.strip("\u2028 ") for line in lines]


@pytest.mark.parametrize("address", ["127.0.0.1:60841", "https://127.0.0.1:60841"])
def test_no_connection_is_said_a_sentence_a_line(qtbot: QtBot, language: str, address: str) -> None:
    # At the dialog's width, 登录失败：… https:// went on one line and 还是 http://。 on the next.
    def unreachable(server: str, user: str, password: str) -> None:
        raise SignInError("unreachable", "network")

    dialog = _dialog(qtbot, unreachable)
    dialog.homeserver.clear()
    qtbot.keyClicks(dialog.homeserver, address)
    qtbot.keyClicks(dialog.user, "@li:county.example")
    qtbot.keyClicks(dialog.password, "secret")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.password.isEnabled())
    shown = _shown_lines(dialog.status)
    assert all(line.endswith(("。", ".")) for line in shown), shown


def test_no_connection_at_a_bare_address_says_the_server_may_use_http(qtbot: QtBot) -> None:
    # desk put https:// in front of 127.0.0.1:60841, where Synapse spoke plain http.
    def unreachable(server: str, user: str, password: str) -> None:
        raise SignInError("unreachable", "network")

    dialog = _dialog(qtbot, unreachable)
    dialog.homeserver.clear()
    qtbot.keyClicks(dialog.homeserver, "127.0.0.1:60841")
    qtbot.keyClicks(dialog.user, "@li:county.example")
    qtbot.keyClicks(dialog.password, "secret")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "failed" in dialog.status.text())
    assert dialog.status.text() == (
        "Signing in failed: no connection to the server over https://.\n"
        "Check the address and port.\n"
        "If the server uses http://, enter the address with http:// in front."
    )


def test_a_bare_server_address_means_the_secure_one(qtbot: QtBot) -> None:
    seen: list[str] = []

    def accept(server: str, user: str, password: str) -> str:
        seen.append(server)
        return user

    dialog = _dialog(qtbot, accept)
    dialog.homeserver.clear()
    qtbot.keyClicks(dialog.homeserver, "matrix.county.example")
    qtbot.keyClicks(dialog.user, "@li:county.example")
    qtbot.keyClicks(dialog.password, "secret")
    with qtbot.waitSignal(dialog.added):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert seen == ["https://matrix.county.example"]
    assert dialog.homeserver.text() == "https://matrix.county.example"


def test_a_bare_user_name_is_taken_and_a_name_with_a_space_is_not(qtbot: QtBot) -> None:
    seen: list[tuple[str, str, str]] = []
    dialog = _dialog(qtbot, lambda *a: seen.append(a) or a[1])
    qtbot.keyClicks(dialog.user, "li wei")
    qtbot.keyClicks(dialog.password, "secret")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "user id" in dialog.status.text() and seen == []
    dialog.user.setText("liwei")
    with qtbot.waitSignal(dialog.added):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert seen == [("https://matrix.county.example", "liwei", "secret")]


def test_an_unreachable_server_keeps_the_password_typed(qtbot: QtBot) -> None:
    def unreachable(server: str, user: str, password: str) -> None:
        raise SignInError("unreachable", "network")

    dialog = _dialog(qtbot, unreachable)
    qtbot.keyClicks(dialog.user, "@li:county.example")
    qtbot.keyClicks(dialog.password, "secret")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Signing in failed" in dialog.status.text())
    assert dialog.password.text() == "secret"


def test_cancel_while_signing_in_closes_at_once(qtbot: QtBot) -> None:
    release, finished = threading.Event(), threading.Event()

    def slow(server: str, user: str, password: str) -> None:
        release.wait(10)  # https:// to a server that speaks plain http: no answer
        finished.set()

    dialog = _dialog(qtbot, slow)
    qtbot.keyClicks(dialog.user, "@li:county.example")
    qtbot.keyClicks(dialog.password, "secret")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.isEnabled()
    cancel.click()
    assert not dialog.isVisible() and not finished.is_set()
    # Gone before the answer comes (the window quit): the answer must find nothing to crash.
    dialog.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    qtbot.waitUntil(finished.is_set)
    QApplication.processEvents()


def test_an_unexpected_failure_is_said_and_the_dialog_stays_usable(qtbot: QtBot) -> None:
    def broken(server: str, user: str, password: str) -> None:
        raise OSError("disk")

    dialog = _dialog(qtbot, broken)
    qtbot.keyClicks(dialog.user, "@li:county.example")
    qtbot.keyClicks(dialog.password, "secret")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Signing in failed"))
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_a_server_certificate_not_trusted_here_is_said_with_whom_to_ask(qtbot: QtBot) -> None:
    # It said 无法连接服务器。请检查地址和端口 (IT), and the address and port were right.
    def untrusted(server: str, user: str, password: str) -> None:
        raise SignInError("unreachable", "untrusted_certificate")

    dialog = _dialog(qtbot, untrusted)
    qtbot.keyClicks(dialog.user, "@li:county.example")
    qtbot.keyClicks(dialog.password, "secret")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "failed" in dialog.status.text())
    assert dialog.status.text() == (
        "Signing in failed: this computer does not trust the server's certificate.\n"
        "Ask IT to install your organisation's CA certificate in the system's certificate "
        "store."
    )
    assert dialog.password.text() == "secret", "not the password's fault"


def _drawn(field: QLineEdit) -> QImage:
    image = QImage(field.size(), QImage.Format.Format_RGB32)
    field.render(image)
    return image


@pytest.mark.parametrize("palette", [None, DARK, HIGH_CONTRAST], ids=["light", "dark", "hc"])
def test_a_locked_server_reads_as_fixed_and_can_still_be_copied(
    qtbot: QtBot,
    theme: None,  # noqa: F811 (the fixture)
    palette: QPalette | None,
) -> None:
    # From review: locked by the policy, the server field looked like one to type in (a
    # white box, a black address); typing did nothing and read as broken.
    if palette is not None:
        QApplication.setPalette(palette)
    locked = AccountDialog(lambda *_: None, "https://matrix.county.gov.cn", server_locked=True)
    free = AccountDialog(lambda *_: None, "https://matrix.county.gov.cn")
    for dialog in (locked, free):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
    field, open_field = locked.homeserver, free.homeserver
    shown = field.palette()
    window = locked.palette().color(QPalette.ColorRole.Window)
    # The dialog's own background in the box, its words readable, and not in the grey
    # of a placeholder (an example to type over).
    assert shown.color(QPalette.ColorRole.Base) == window
    text = shown.color(QPalette.ColorRole.Text)
    assert text != open_field.palette().color(QPalette.ColorRole.PlaceholderText)
    ratio = contrast_ratio(rgb(shown.color(QPalette.ColorRole.Text)), rgb(window))
    assert ratio >= TEXT_CONTRAST
    assert _drawn(field).pixelColor(field.width() // 2, 3) == window
    # Still a field: selected and copied, not disabled.
    assert field.isEnabled() and field.isReadOnly()
    field.selectAll()
    assert field.selectedText() == "https://matrix.county.gov.cn"
    assert open_field.palette().color(QPalette.ColorRole.Base) != window or palette is HIGH_CONTRAST


def test_a_locked_server_follows_a_switch_of_theme(
    qtbot: QtBot,
    theme: None,  # noqa: F811 (the fixture)
) -> None:
    dialog = AccountDialog(lambda *_: None, "https://matrix.county.gov.cn", server_locked=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _switch(qtbot, DARK, dialog)
    qtbot.waitUntil(
        lambda: (
            dialog.homeserver.palette().color(QPalette.ColorRole.Base)
            == DARK.color(QPalette.ColorRole.Window)
        )
    )
    assert dark_background(dialog.homeserver.palette().color(QPalette.ColorRole.Base))
    assert not dark_background(dialog.homeserver.palette().color(QPalette.ColorRole.Text))
