"""A card the user moved shows no verdict of triage's for another tier (a tester: 闲聊 moved
to 通知 read "通知 — 我手动归类、群管理员发布、闲聊")."""

from __future__ import annotations

import pytest

from desk.core.corrected_reasons import ARGUES_FOR, USER_CORRECTION, reasons_for_tier
from desk.core.messages import Reason, Tier
from desk.core.reasons import ENGLISH

# Moved by the user; the tier triage gave it is left out, as of a correction made before
# desk kept it: a card back in that tier says what triage says (see the last test).
MOVED = Reason.of(USER_CORRECTION)
ADMIN = Reason.of("role_admin")
OWNER = Reason.of("role_owner")
DUE = Reason.of("deadline", when="2026-12-07T18:00:00+08:00")


def codes(reasons: tuple[Reason, ...]) -> list[str]:
    return [r.code for r in reasons]


def test_chit_chat_moved_to_info_keeps_who_posted_it_not_chit_chat() -> None:
    assert codes(reasons_for_tier([MOVED, ADMIN, Reason.of("chitchat")], Tier.INFO)) == [
        USER_CORRECTION,
        "role_admin",
    ]


def test_a_notice_moved_to_action_keeps_the_owner_and_its_due_time_not_notice() -> None:
    said = reasons_for_tier([MOVED, OWNER, Reason.of("notice"), DUE], Tier.ACTION)
    assert codes(said) == [USER_CORRECTION, "role_owner", "deadline"]


def test_the_users_correction_is_said_first_wherever_it_was_stored() -> None:
    said = reasons_for_tier([OWNER, Reason.of("task_words"), MOVED], Tier.ACTION)
    assert codes(said) == [USER_CORRECTION, "role_owner", "task_words"]


@pytest.mark.parametrize(
    ("code", "kept_on", "dropped_on"),
    [
        ("chitchat", [Tier.NOISE], [Tier.INFO, Tier.ACTION, Tier.URGENT]),
        ("sticker", [Tier.NOISE], [Tier.INFO]),
        ("ack", [Tier.NOISE], [Tier.ACTION]),
        ("notice", [Tier.INFO], [Tier.NOISE, Tier.ACTION, Tier.URGENT]),
        ("routine_report", [Tier.INFO], [Tier.NOISE, Tier.ACTION]),
        ("task_words", [Tier.ACTION, Tier.URGENT], [Tier.INFO, Tier.NOISE]),
        ("task_undated", [Tier.INFO, Tier.ACTION], [Tier.NOISE]),
        ("urgent_words", [Tier.URGENT], [Tier.ACTION, Tier.INFO]),
        ("lesson_put_away", [Tier.NOISE], [Tier.INFO]),
        ("lesson_read", [Tier.INFO], [Tier.NOISE]),
    ],
)
def test_a_verdict_stays_only_on_the_tiers_it_argues_for(
    code: str, kept_on: list[Tier], dropped_on: list[Tier]
) -> None:
    for tier in kept_on:
        assert code in codes(reasons_for_tier([MOVED, Reason.of(code)], tier)), tier
    for tier in dropped_on:
        assert code not in codes(reasons_for_tier([MOVED, Reason.of(code)], tier)), tier


@pytest.mark.parametrize(
    "code",
    [
        "role_owner",
        "role_admin",
        "mention",
        "asks_you",
        "addresses_you",
        "names_unit",
        "ding",
        "deadline",
        "deadline_soon",
        "group_weight",
        "sender_weight",
        "same_notice",
        "edited",
    ],
)
def test_facts_stay_on_every_tier(code: str) -> None:
    for tier in Tier:
        assert code in codes(reasons_for_tier([MOVED, Reason.of(code)], tier))


def test_a_card_triage_put_in_its_tier_keeps_every_reason() -> None:
    # Triage's own tier is the one its verdicts argued for (the engine drops calmer ones
    # itself where a copy raises the card).
    reasons = [OWNER, Reason.of("notice"), Reason.of("task_undated")]
    assert reasons_for_tier(reasons, Tier.ACTION) == tuple(reasons)


def test_every_verdict_is_a_reason_code_desk_words() -> None:
    # A renamed code would leave its verdict shown on every tier, silently.
    assert set(ARGUES_FOR) <= set(ENGLISH)


def test_a_card_moved_back_where_triage_put_it_says_what_triage_says() -> None:
    # A tester: moved to Noise and back to Urgent, the reading pane said 我手动归类.
    moved = Reason.of(USER_CORRECTION, triaged="urgent")
    urgent = Reason.of("urgent_wording")
    assert codes(reasons_for_tier([moved, OWNER, urgent], Tier.URGENT)) == [
        "role_owner",
        "urgent_wording",
    ]
    assert codes(reasons_for_tier([moved, OWNER, urgent], Tier.NOISE))[0] == USER_CORRECTION
