"""Every shipped locale loads, is complete, keeps its placeholders, and matches the code."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QCalendarWidget

from desk.core.reasons import ENGLISH
from desk.resources import translations_dir
from desk.ui import i18n
from desk.ui.reason_text import _TEXT as REASON_TEXTS

ROOT = Path(__file__).resolve().parents[2]
# Qt's %1, and the {name} the commands' words fill in (desk.cli.speech).
PLACEHOLDER = re.compile(r"%\d|\{[a-z]+\}")


def _messages(locale: str) -> list[ET.Element]:
    return list(ET.parse(translations_dir() / f"desk_{locale}.ts").iter("message"))


@pytest.mark.parametrize("locale", i18n.SHIPPED_LOCALES)
def test_locale_loads_and_translates(locale: str) -> None:
    translator = i18n.load_desk_translator(locale)
    assert translator is not None, f"desk_{locale}.qm missing: run `python3 dev.py test`"
    expected = {"zh_CN": "全部", "zh_TW": "全部", "en": "All"}[locale]
    assert i18n.probe(translator) == expected


@pytest.mark.parametrize("locale", i18n.SHIPPED_LOCALES)
def test_no_unfinished_or_missing_string(locale: str) -> None:
    for message in _messages(locale):
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation is not None and translation.text, f"{locale}: {source!r} untranslated"
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), source


@pytest.mark.parametrize("locale", i18n.SHIPPED_LOCALES)
def test_placeholders_match_the_source(locale: str) -> None:
    for message in _messages(locale):
        source = message.findtext("source") or ""
        # A plural's each form (one, many) holds them all.
        forms = [f.text or "" for f in message.iter("numerusform")]
        for translation in forms or [message.findtext("translation") or ""]:
            assert sorted(PLACEHOLDER.findall(source)) == sorted(
                PLACEHOLDER.findall(translation)
            ), f"{locale}: {source!r} -> {translation!r}"


def test_ts_files_are_in_step_with_the_code(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    folders = ("desk/ui", "desk/app", "desk/cli")
    sources = sorted(str(p) for d in folders for p in (ROOT / d).glob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = {(m.findtext("source")) for m in ET.parse(fresh).iter("message")}
    shipped = {m.findtext("source") for m in _messages("zh_CN")}
    assert in_code == shipped, "run pyside6-lupdate and translate the new strings"


def test_every_reason_code_has_a_translatable_wording() -> None:
    assert set(ENGLISH) <= set(REASON_TEXTS)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("zh_CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh_TW", "zh_TW"),
        ("zh_HK", "zh_TW"),
        ("zh_Hant_MO", "zh_TW"),
        ("en_US", "en"),
        ("de_DE", "en"),
        # A C, POSIX or C.UTF-8 locale names no language: desk's users read Chinese.
        ("C", "zh_CN"),
        ("POSIX", "zh_CN"),
    ],
)
def test_system_locale_maps_to_a_shipped_one(name: str, expected: str) -> None:
    assert i18n.choose_locale(QLocale(name)) == expected


def test_a_catalog_rewritten_while_desk_runs_changes_nothing_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # From a week-long run: a new bundle unpacked over the old (or lrelease in a checkout)
    # rewrote the .qm file Qt had mapped, and every running desk went half English or
    # died of a segmentation fault.
    catalog = tmp_path / "desk_zh_CN.qm"
    shutil.copy(translations_dir() / "desk_zh_CN.qm", catalog)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    translator = i18n.load_desk_translator("zh_CN")
    assert translator is not None and i18n.probe(translator) == "全部"
    english = (translations_dir() / "desk_en.qm").read_bytes()
    size = catalog.stat().st_size
    # In place, as unpacking does, and no shorter: a mapped file cut short is a bus error.
    with catalog.open("r+b") as rewritten:
        rewritten.write(english.ljust(size, b"\0"))
    assert i18n.probe(translator) == "全部"


def test_the_tests_run_as_on_an_english_system() -> None:
    # From review: only QLocale.system() was English; QLocale() and QCollator still read
    # the machine's locale (C on a Linux test box), so a sort or a number read otherwise.
    assert QLocale.system().name() == "en_US"
    assert QLocale().name() == "en_US"


def test_widgets_speak_desks_language_while_it_is_installed(qapp: QApplication) -> None:
    # A calendar in a 简体 window on an English system named its months in English.
    translators = i18n.install(qapp, "zh_TW")
    try:
        calendar = QCalendarWidget()
        assert calendar.locale().monthName(1) == "1月"
        assert QLocale().script() is QLocale.Script.TraditionalChineseScript
    finally:
        i18n.uninstall(qapp, translators)
    assert QLocale().name() == "en_US"


def test_english_counts_say_one_thing_or_several(qapp: QApplication) -> None:
    # English said "2 DING unconfirmed" over two DINGs alerting together: its translation
    # had one form, the singular, for every count. Qt's plural forms say each.
    translator = i18n.load_desk_translator("en")
    assert translator is not None, "desk_en.qm missing: run `python3 dev.py test`"
    said = {
        ("Ringing", "%n DINGs to confirm"): ("1 DING to confirm", "2 DINGs to confirm"),
        ("Ringing", "%n urgent items to confirm"): (
            "1 urgent item to confirm",
            "2 urgent items to confirm",
        ),
        (
            "MainWindow",
            "Marked %n message(s) read, and %1 more in “%2” (%3 in all). Ctrl+Z undoes.",
        ): (
            "Marked 1 message read, and %1 more in “%2” (%3 in all). Ctrl+Z undoes.",
            "Marked 2 messages read, and %1 more in “%2” (%3 in all). Ctrl+Z undoes.",
        ),
    }
    QCoreApplication.installTranslator(translator)
    try:
        for (context, source), (one, two) in said.items():
            assert QCoreApplication.translate(context, source, "", 1) == one
            assert QCoreApplication.translate(context, source, "", 2) == two
    finally:
        QCoreApplication.removeTranslator(translator)


def test_no_english_count_says_s_in_brackets() -> None:
    # "%n message(s)" is the source's shorthand: English says "1 message", "2 messages".
    for message in _messages("en"):
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in message.iter("numerusform")]
            assert not any("(s)" in form for form in forms), message.findtext("source")


@pytest.mark.parametrize(
    ("locale", "store_word", "other_words", "it_word", "other_it"),
    [
        ("zh_CN", "系统凭据存储", ("钥匙串",), "信息化部门", ("IT 人员",)),
        ("zh_TW", "系統鑰匙圈", ("憑據儲存", "鑰匙串"), "資訊部門", ("IT 人員",)),
    ],
)
def test_one_word_for_the_keychain_and_for_it_staff(
    locale: str,
    store_word: str,
    other_words: tuple[str, ...],
    it_word: str,
    other_it: tuple[str, ...],
) -> None:
    # From IT: the dialogs said 系统凭据存储, desk account and desk keychain 系统钥匙串, and
    # one message "IT 人员" where every other says 信息化部门.
    said = [m.findtext("translation") or "" for m in _messages(locale)]
    assert any(store_word in text for text in said)
    assert any(it_word in text for text in said)
    for word in (*other_words, *other_it):
        assert not [text for text in said if word in text], word
