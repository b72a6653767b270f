"""Loading translations: desk's own .qm files and Qt's qtbase, by locale."""

from __future__ import annotations

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
    translator = QTranslator()
    if translator.load(f"desk_{locale}", str(translations_dir())):
        return translator
    return None


def probe(translator: QTranslator) -> str:
    """A translated sample string, for the self-test."""
    return translator.translate(*_PROBE) or _PROBE[1]


def install(app: QCoreApplication, locale: str) -> list[QTranslator]:
    """Installs desk's and Qt's translators; keep the returned list alive."""
    installed: list[QTranslator] = []
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(locale), "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    own = load_desk_translator(locale)
    if own is not None:
        app.installTranslator(own)
        installed.append(own)
    return installed
