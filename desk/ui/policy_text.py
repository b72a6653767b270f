"""The policy file's problems, worded in the user's language from the core's codes.

Said by the window (the settings dialog's note, the status bar at start, About) and by
the commands (their warning of a policy that does not apply, `desk policy check`), so it
imports no Qt: each passes its own translate(context, text). A problem the core gives no
code keeps its English message (the settings' own checks, for IT).
"""

from __future__ import annotations

from collections.abc import Callable

from desk.core import policy as codes
from desk.core.policy import Problem
from desk.ui.refusal_text import refusal_words

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Marks `text` for translation in `context`, as Qt's own does, without loading Qt."""
    return text


# Each takes {path}, the file, and the problem's args.
_FILE_TEXT = {
    codes.UNREADABLE: QT_TRANSLATE_NOOP("Policy", "cannot read {path} ({reason})"),
    codes.TOO_BIG: QT_TRANSLATE_NOOP(
        "Policy",
        "{path} is {size} KB, larger than any policy file (at most {limit} KB): is it the "
        "right file?",
    ),
    codes.NOT_UTF8: QT_TRANSLATE_NOOP(
        "Policy",
        "{path} is not UTF-8 text: save it as UTF-8 (Notepad: File > Save As, Encoding: UTF-8)",
    ),
    codes.READ_AS_GBK: QT_TRANSLATE_NOOP(
        "Policy",
        "{path} is not UTF-8 and was read as Chinese (GBK) text: save it as UTF-8 "
        "(Notepad: File > Save As, Encoding: UTF-8)",
    ),
    codes.TOML_SYNTAX: QT_TRANSLATE_NOOP(
        "Policy", "{path} is not valid TOML: the error is at line {line}, column {column}"
    ),
    codes.TOML_CUT_SHORT: QT_TRANSLATE_NOOP(
        "Policy",
        "{path} is not valid TOML: it ends inside a value (a quote or a bracket not closed)",
    ),
    codes.NOT_TOML: QT_TRANSLATE_NOOP("Policy", "{path} is not valid TOML"),
}

# Each takes the problem's args, and names what it is about.
_KEY_TEXT = {
    codes.UNKNOWN_SETTING: QT_TRANSLATE_NOOP("Policy", "{name}: unknown setting"),
    codes.UNKNOWN_TABLE: QT_TRANSLATE_NOOP("Policy", "[{name}]: unknown table"),
    codes.NOT_A_TABLE: QT_TRANSLATE_NOOP(
        "Policy", "{name}: a table of settings ({first}, …), not one value"
    ),
}
_LOCKED_UNKNOWN = QT_TRANSLATE_NOOP("Policy", "lock: unknown setting '{name}'")
_MEANT = QT_TRANSLATE_NOOP("Policy", "{said} (did you mean {meant}?)")


def file_problem_text(problem: Problem, path: str, translate: Translate) -> str:
    """A problem with the whole file at `path` (or a warning of it), in the language of
    `translate`, naming the file; one of no code (none yet), as the core said it."""
    said = _FILE_TEXT.get(problem.code)
    if said is None:
        return problem.message if path in problem.message else f"{path}: {problem.message}"
    args = dict(problem.args)
    if problem.code == codes.UNREADABLE:
        refusal = refusal_words(args.get("refusal", ""), translate)
        # An error no code words (os_error): the OS's own words are all there is.
        args["reason"] = refusal if refusal is not None else args.get("os", "")
    return translate("Policy", said).format(path=path, **args)


def key_problem_text(problem: Problem, translate: Translate) -> str | None:
    """A problem of a name in the file, in the language of `translate`, with the name;
    None for one the core gives no code (said in English, as the settings' checks say
    it)."""
    said = _KEY_TEXT.get(problem.code)
    if said is None:
        return None
    if problem.key == "lock":
        said = _LOCKED_UNKNOWN
    args = dict(problem.args)
    text = translate("Policy", said).format(**args)
    if args.get("meant"):
        text = translate("Policy", _MEANT).format(said=text, meant=args["meant"])
    return text
