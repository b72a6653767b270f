"""Loading translations: desk's own .qm files and Qt's qtbase, by locale."""

from __future__ import annotations

import configparser
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desk.core.policy import Policy
from desk.core.settings import LANGUAGES
from desk.resources import translations_dir
from desk.store.files import write_whole

SHIPPED_LOCALES = ("zh_CN", "zh_TW", "en")
_PROBE = ("MainWindow", "All")
# The layout QSettings gave the file in earlier versions, which still read:
# [ui] language=zh_CN.
_SECTION, _KEY = "ui", "language"
# The files that could not be written this run: said once each, not at every save.
_unkept: set[Path] = set()

log = logging.getLogger("desk.ui.i18n")


def choose_locale(system: QLocale | None = None) -> str:
    """The shipped locale closest to the system's: any Chinese script maps to its own."""
    locale = system or QLocale.system()
    if locale.language() == QLocale.Language.C:
        # A C, POSIX or C.UTF-8 locale names no language (Linux boxes set up without
        # one, never an official's Windows PC): desk's users read Chinese.
        return "zh_CN"
    if locale.language() == QLocale.Language.Chinese:
        traditional = locale.script() == QLocale.Script.TraditionalChineseScript or (
            locale.territory()
            in (QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macao)
            and locale.script() != QLocale.Script.SimplifiedChineseScript
        )
        return "zh_TW" if traditional else "zh_CN"
    return "en"


def locale_for(language: str) -> str:
    """The locale for the `ui.language` setting ("system" follows the system)."""
    return choose_locale() if language == "system" else language


def kept_language(file: Path) -> str | None:
    """The `ui.language` setting as kept in `file` (DataDir.language_file), or None where
    none is kept, or the file holds a value desk does not know."""
    kept = configparser.ConfigParser(interpolation=None)
    try:
        kept.read_string(file.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, configparser.Error):
        return None
    value = kept.get(_SECTION, _KEY, fallback=None)
    return value if value in LANGUAGES else None


def keep_language(file: Path, language: str) -> None:
    """Keeps the `ui.language` setting in `file` for the next start's first prompts,
    where it holds another. Written whole to a file beside it and moved over it, with
    no lock: QSettings waited up to 30 s, on the GUI thread, for a lock another PC left
    on a network share. A file that cannot be written leaves the prompts in the language
    they had, said once a run."""
    if kept_language(file) == language:
        return
    try:
        write_whole(file, f"[{_SECTION}]\n{_KEY}={language}\n")
    except OSError as exc:
        if file not in _unkept:
            _unkept.add(file)
            log.warning("the language could not be kept in %s: %s", file.name, type(exc).__name__)


def starting_locale(policy: Policy, file: Path) -> str:
    """The locale of what desk shows before its store opens: the language kept in `file`,
    unless the administrator's policy locks another; the policy's or the system's where
    none is kept."""
    kept = kept_language(file)
    return locale_for(policy.apply({} if kept is None else {"ui.language": kept})["ui.language"])


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


def load_desk_translator(locale: str) -> QTranslator | None:
    return _load_copy(translations_dir() / f"desk_{locale}.qm")


def _load_copy(path: Path, parent: QCoreApplication | None = None) -> QTranslator | None:
    """A translator of the .qm file read into memory. Loaded by name, Qt maps the file:
    rewritten while desk runs (a new bundle unpacked over the old, lrelease in a checkout),
    every desk then running went half English, or died of a segmentation fault."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    translator = QTranslator(parent)
    if not translator.load(data, str(path.parent)):
        return None
    # Qt reads these very bytes for as long as the translator lives (a property would
    # hold a copy of them).
    translator.desk_qm = data  # type: ignore[attr-defined]
    return translator


def _qt_catalog(locale: str) -> Path | None:
    """Qt's own qtbase catalog for `locale`, as QTranslator's search by locale finds it."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for language in QLocale(locale).uiLanguages():
        name = language.replace("-", "_")
        while name:
            candidate = folder / f"qtbase_{name}.qm"
            if candidate.is_file():
                return candidate
            name = name.rpartition("_")[0]
    return None


def probe(translator: QTranslator) -> str:
    """A translated sample string, for the self-test."""
    return translator.translate(*_PROBE) or _PROBE[1]


def install(app: QCoreApplication, locale: str) -> list[QTranslator]:
    """Installs desk's and Qt's translators, and makes `locale` the widgets' own (a
    calendar's month and day names, numbers); keep the returned list alive."""
    # In the language desk speaks, not the system's: 简体 on an English Windows showed a
    # calendar of January and Mon.
    QLocale.setDefault(QLocale(locale))
    installed: list[QTranslator] = []
    catalog = _qt_catalog(locale)
    qt = _load_copy(catalog, app) if catalog is not None else None
    if qt is not None:
        app.installTranslator(qt)
        installed.append(qt)
    own = load_desk_translator(locale)
    if own is not None:
        app.installTranslator(own)
        installed.append(own)
    return installed
