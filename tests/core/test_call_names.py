"""The names colleagues @ the user by, as typed in the settings or a policy file."""

from __future__ import annotations

import pytest

from desk.core import settings
from desk.core.call_names import split_names, titles_alone, too_short


def test_names_are_split_on_commas_enumeration_commas_and_spaces_without_at_or_repeats() -> None:
    assert split_names(" @方主任，晓宁、 ＠方主任  方局;老方 ") == [
        "方主任",
        "晓宁",
        "方局",
        "老方",
    ]
    assert split_names("  ,、 ") == []


def test_a_one_character_name_is_refused_as_it_would_match_inside_other_words() -> None:
    assert too_short(["方主任", "方"]) == ["方"]
    with pytest.raises(settings.SettingError, match="'方' is one character"):
        settings.validate("triage.my_names", ["方主任", "@方"])
    assert settings.validate("triage.my_names", ["@方主任", "晓宁 方主任"]) == ["方主任", "晓宁"]


def test_a_title_alone_is_refused_as_it_is_everyones_who_holds_it() -> None:
    # A reviewer: with 主任 listed, 张主任，这个表怎么填？ and 各位主任 were asked of the user.
    assert titles_alone(["方主任", "主任", "副书记", "晓宁"]) == ["主任", "副书记"]
    # A village's titles too (a reviewer): 各位支书 was read as the user.
    assert titles_alone(["支书", "第一书记", "方支书"]) == ["支书", "第一书记"]
    with pytest.raises(settings.SettingError, match="a title alone"):
        settings.validate("triage.my_names", ["方主任", "主任"])
