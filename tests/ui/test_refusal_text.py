"""Why the OS refused desk a file is worded once: the start's error about its key file
said 没有访问权限 where the policy file's problem said 没有权限 for the same refusal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from desk.app.gui import store_error_text
from desk.core import policy as codes
from desk.core.policy import Problem
from desk.store.paths import OsRefusal
from desk.store.store import StoreError
from desk.ui import i18n
from desk.ui.policy_text import file_problem_text

FILE = "policy.toml"
_CODES = ("permission_denied", "in_use", "is_a_directory", "not_a_file")


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW", "en"])
@pytest.mark.usefixtures("qapp")
def test_the_start_and_the_policy_file_say_a_refusal_in_the_same_words(language: str) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    installed = i18n.install(app, language)
    try:
        for code in _CODES:
            error = StoreError("key_file_unreadable", refusal=OsRefusal(code))
            started = store_error_text(error)
            problem = Problem(FILE, "unreadable", code=codes.UNREADABLE, args=(("refusal", code),))
            policy = file_problem_text(problem, "/etc/desk/policy.toml", QCoreApplication.translate)
            # The policy file's words for it, inside its own sentence: (…) in English.
            said = policy.rsplit("(", 1)[-1].rsplit("（", 1)[-1].rstrip(")）")
            assert said and said in started, (code, said, started)
            assert said not in {code, ""}
            if language != "en":
                assert not said.isascii(), said  # translated, not left in English
    finally:
        i18n.uninstall(app, installed)
