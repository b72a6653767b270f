"""Loading translations: desk's own .qm files and Qt's qtbase, by locale."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desk.resources import translations_dir

SHIPPED_LOCALES = ("zh_CN", "zh_TW", "en")
_PROBE = ("MainWindow", "All")


def choose_locale(system: QLocale | None = None) -> str:
    """The shipped locale closest to the system's: any Chinese script maps to its own."""
    locale = system or QLocale.system()
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


def uninstall(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


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
    """Installs desk's and Qt's translators; keep the returned list alive."""
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
