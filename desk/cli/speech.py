"""The language the commands speak: the store's, as far as desk knows it without opening it.

The `ui.language` setting lives in the encrypted store, which a wrong passphrase (the
error most worth reading) never opens. The window keeps a copy beside it for its first
prompts (DataDir.language_file, desk.ui.i18n.keep_language), and the commands read that
copy too, under the administrator's policy, as the window's first prompts do. Where none
is kept (a store the window never opened) they follow the system's locale (LANG), as
"system" does; a C or POSIX locale, which names no language, is a script's or a
service's, and there they speak English, as they always did (the window, read by people,
takes Chinese there).

Only the words for people are translated: `desk triage` and `--json` stay English, as
the scripts reading them expect.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

# Qt is imported where it is used, not here: desk.cli.common imports this module on the
# window's way to its start, and Qt loaded before SQLAlchemy puts its import hook in front
# of all of SQLAlchemy's modules (see desk.app.gui), some 60 ms of every start.
if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

    from desk.store.paths import DataDir

# The translator of the language chosen, None in English; and, once `install_for_qt` has
# run, the application and translators that Qt's own translate() calls need, kept alive.
_chosen: dict[str, QTranslator | None] = {}
_kept_alive: list[object] = []


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Marks `text` for translation in `context`, as Qt's own does, without loading Qt."""
    return text


def command_locale(directory: DataDir) -> str:
    """The locale the commands speak for the store in `directory` (see the module)."""
    from PySide6.QtCore import QLocale

    from desk.store.policy_file import load_policy
    from desk.ui import i18n

    kept = i18n.kept_language(directory.language_file)
    # Not logged: the command logs the policy's problems where it applies it (a selftest
    # reports them as its policy check), and said here they went to stderr before any
    # command had opened its log, in the middle of `selftest --json`.
    policy = load_policy(logged=False)
    language = str(policy.apply({} if kept is None else {"ui.language": kept})["ui.language"])
    if language != "system":
        return language
    if QLocale.system().language() == QLocale.Language.C:
        return "en"
    return i18n.choose_locale()


def speak_for(directory: DataDir) -> str:
    """Makes the commands speak the language of the store in `directory`; its locale."""
    from desk.ui import i18n

    locale = command_locale(directory)
    _chosen.clear()
    _chosen[locale] = None if locale == "en" else i18n.load_desk_translator(locale)
    return locale


def english() -> bool:
    """Whether the commands speak English (none chosen yet: they do)."""
    return not _chosen or "en" in _chosen or next(iter(_chosen.values())) is None


def translate(context: str, text: str) -> str:
    """`text` in the language chosen (see `speak_for`); as it is in English."""
    translator = next(iter(_chosen.values()), None)
    if translator is None:
        return text
    return translator.translate(context, text) or text


def install_for_qt() -> None:
    """Installs the language chosen for the words desk's window shares with a command
    (the cards' reasons), which Qt's translate() finds only through an application."""
    from PySide6.QtCore import QCoreApplication

    from desk.ui import i18n

    if english() or _kept_alive:
        return
    app = QCoreApplication.instance() or QCoreApplication([])
    _kept_alive.extend([app, *i18n.install(app, next(iter(_chosen)))])


# argparse's own words that a person reads (`desk quiet --help` said usage: and options:
# under 简体中文: a tester). argparse asks gettext for them (its `_`), in no domain desk
# could fill without .mo files: `argparse_speaks` answers them from desk's translations.
_ARGPARSE_WORDS = frozenset(
    (
        QT_TRANSLATE_NOOP("argparse", "usage: "),
        QT_TRANSLATE_NOOP("argparse", "options"),
        QT_TRANSLATE_NOOP("argparse", "positional arguments"),
        QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
        QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
        QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
        QT_TRANSLATE_NOOP("argparse", "expected one argument"),
        QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
        QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
        QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
        QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
        QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
        QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
        QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
        QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
        QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    )
)
# Not asked of gettext: the --version option's help, a plain string in argparse.
VERSION_HELP = QT_TRANSLATE_NOOP("Cli", "show program's version number and exit")
# Nor the colon after a group's title (选项:, 位置参数: under 简体中文, ASCII after Chinese
# words: a tester), which argparse writes itself: `SpokenHelpFormatter` says it in the
# language chosen.
_HEADING = QT_TRANSLATE_NOOP("argparse", "{heading}:")


def argparse_speaks() -> None:
    """Makes argparse say its own words in the language chosen (see `speak_for`), in
    parsers made from now on and in their errors; English again when that is English."""
    import argparse
    import gettext

    def words(text: str) -> str:
        return translate("argparse", text) if text in _ARGPARSE_WORDS else text

    def plural(one: str, many: str, n: int) -> str:
        return words(one if n == 1 else many)

    english_now = english()
    # argparse looks both names up in its module when it speaks.
    setattr(argparse, "_", gettext.gettext if english_now else words)  # noqa: B010
    setattr(argparse, "ngettext", gettext.ngettext if english_now else plural)  # noqa: B010


class SpokenHelpFormatter(argparse.HelpFormatter):
    """argparse's help, its groups' titles ending as the language chosen ends them (see
    `speak_for`): 选项： in Chinese, options: in English. argparse writes the colon itself
    (its _Section's "%s:"), so the title lines are rewritten once formatted."""

    def __init__(self, prog: str, *args: Any, **kwargs: Any) -> None:
        super().__init__(prog, *args, **kwargs)
        self._headings: list[str] = []

    def start_section(self, heading: str | None) -> None:
        if heading:
            self._headings.append(heading)
        super().start_section(heading)

    def format_help(self) -> str:
        said = super().format_help()
        ending = translate("argparse", _HEADING)
        if ending == _HEADING:
            return said
        lines = said.split("\n")
        titles = {f"{heading}:": ending.replace("{heading}", heading) for heading in self._headings}
        for i, line in enumerate(lines):
            indent = len(line) - len(line.lstrip(" "))
            title = titles.get(line[indent:])
            if title is not None:
                lines[i] = line[:indent] + title
        return "\n".join(lines)
