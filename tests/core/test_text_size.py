"""The text size steps Ctrl++ and Ctrl+- go through."""

from __future__ import annotations

import pytest

from desk.core import settings
from desk.core.text_size import larger, smaller


def test_the_steps_go_up_and_down_and_stop_at_the_ends() -> None:
    assert [larger(p) for p in (100, 125, 150, 175)] == [125, 150, 175, 175]
    assert [smaller(p) for p in (175, 150, 125, 100)] == [150, 125, 100, 100]


def test_a_size_between_steps_goes_to_the_neighbouring_step() -> None:
    # An administrator's preset of 130 %: the next step either way.
    assert (larger(130), smaller(130)) == (150, 125)


def test_the_setting_takes_whole_percentages_from_100_to_175() -> None:
    assert settings.validate("ui.text_size", 130) == 130
    for wrong in (90, 200, "150", 1.5):
        with pytest.raises(settings.SettingError):
            settings.validate("ui.text_size", wrong)
