"""Why the OS would not let desk have a file (desk.store.paths.OsRefusal codes), worded
once: the start's error about the database or its key (desk.app.gui) and the policy
file's problems (desk.ui.policy_text) said one refusal in two wordings (没有访问权限 and
没有权限). No Qt, as policy_text: the commands word the policy's problems too, each
passing its own translate(context, text).
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]

# The context the words are translated in (the start's, where they were first said).
CONTEXT = "Store"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Marks `text` for translation in `context`, as Qt's own does, without loading Qt."""
    return text


_REFUSALS = {
    "permission_denied": QT_TRANSLATE_NOOP("Store", "permission denied"),
    "in_use": QT_TRANSLATE_NOOP("Store", "another program is using it"),
    "is_a_directory": QT_TRANSLATE_NOOP("Store", "it is a folder, not a file"),
    "not_a_file": QT_TRANSLATE_NOOP("Store", "it is not a file (a pipe or a device)"),
}


def refusal_words(code: str, translate: Translate) -> str | None:
    """The refusal `code` in the language of `translate`; None for one no words are kept
    for (os_error: the OS's own words are all there is)."""
    said = _REFUSALS.get(code)
    return translate(CONTEXT, said) if said is not None else None
