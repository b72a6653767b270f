"""skip_ahead only makes a rule pattern faster: every match it finds is the original's."""

from __future__ import annotations

import json
import re
from pathlib import Path

from desk.core.triage import acks, answers, deadlines, folding, roll_call, superseding, tiers
from desk.core.triage.normalize import canonical
from desk.core.triage.skip_ahead import skip_ahead

_SET = Path(__file__).parents[1] / "data" / "triage_challenge.jsonl"


def _texts() -> list[str]:
    lines = _SET.read_text(encoding="utf-8").splitlines()
    return [canonical(json.loads(line)["text"]) for line in lines if line.strip()]


def _matches(
    pattern: re.Pattern[str], text: str
) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_every_rule_pattern_finds_the_same_matches_skipping_ahead() -> None:
    texts = _texts()
    patterns = [
        value
        for module in (acks, answers, deadlines, folding, roll_call, superseding, tiers)
        for value in vars(module).values()
        if isinstance(value, re.Pattern)
    ]
    skipped = 0
    for pattern in patterns:
        faster = skip_ahead(pattern)
        if faster is pattern:
            continue
        skipped += 1
        assert faster.groupindex == pattern.groupindex
        for text in texts:
            assert _matches(faster, text) == _matches(pattern, text), (pattern.pattern, text)
            assert bool(faster.match(text, 1)) == bool(pattern.match(text, 1))
    # Most rule patterns have a set of opening characters to skip by.
    assert skipped > len(patterns) // 2


def test_the_patterns_triage_searches_most_skip_ahead() -> None:
    assert tiers._EMERGENCY.pattern.startswith("(?=[")
    assert deadlines._WORKING_HINT.pattern.startswith("(?=[")


def test_a_pattern_with_no_set_of_opening_characters_is_left_as_it_is() -> None:
    for pattern in (
        re.compile(r"a*"),  # may match nothing, anywhere
        re.compile(r"(?:收到|好的)?"),
        re.compile(r".收到"),  # opens with any character
        re.compile(r"[^，。]+"),
        re.compile(r"ding", re.IGNORECASE),
    ):
        assert skip_ahead(pattern) is pattern


def test_a_match_opening_with_a_class_or_a_group_is_still_found() -> None:
    pattern = skip_ahead(
        re.compile(r"(?<![\d])(?P<h>\d{1,2})点前|(?:^|【)\s*再报|(?:娃|孩)[^，]{0,4}?不见了")
    )
    assert pattern.pattern.startswith("(?=[")
    assert pattern.search("请于下午5点前报送").group("h") == "5"  # type: ignore[union-attr]
    assert pattern.search("  再报：山火已扑灭") is not None
    assert pattern.search("【再报】山火") is not None
    assert pattern.search("邻居家孩子刚刚不见了") is not None
    assert pattern.search("下午报送") is None
