"""The learned second opinion on urgency: what it reads, when the engine asks it, and that
the shipped weights are what the labelled sets in tests/data train."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from desk.core.messages import Role, Tier
from desk.core.reasons import describe
from desk.core.triage.acks import canonical_ack_kind
from desk.core.triage.normalize import canonical
from desk.core.triage.tiers import Weights, assess
from desk.core.triage.urgent_model import features, shipped_model
from tests.core.test_triage_engine import msg, triage

TRAINER = Path(__file__).parents[2] / "tools" / "train_urgent_model.py"


def rules_only(text: str, *, mention: bool = False, role: Role = Role.MEMBER) -> Tier:
    message = msg(text, mention=mention, role=role)
    norm = canonical(text)
    return assess(message, norm, canonical_ack_kind(norm), None, False, ("李明",), Weights()).tier


def model_says_urgent(text: str, role: Role = Role.MEMBER) -> bool:
    return shipped_model().urgent(features(canonical(text), role))


def test_features_are_the_role_marker_and_every_1_to_3_gram() -> None:
    grams = features("紧急  通知", Role.ADMIN)
    # Whitespace runs read as one space: "紧急 通知" is 5 characters, 4 pairs, 3 triples.
    assert grams == [
        "\x01admin",
        *"紧急 通知",
        *["紧急", "急 ", " 通", "通知"],
        *["紧急 ", "急 通", " 通知"],
    ]


def test_an_emergency_in_words_no_rule_names_is_urgent_by_the_model() -> None:
    text = "县道拐弯那里一辆货车翻到沟里了，司机卡在里面出不来，已经打了120和119"
    assert rules_only(text) is Tier.INFO
    verdict = triage(msg(text))
    assert verdict.tier is Tier.URGENT
    assert "reads_urgent" in {r.code for r in verdict.reasons}
    assert describe(verdict.reasons[-1]) == "reads like an emergency"


@pytest.mark.parametrize(
    ("text", "mention", "tier"),
    [
        # Taught, not happening: the rules' reading stands.
        ("急救知识：发现有人晕倒昏迷，应立即拨打120。", False, Tier.INFO),
        # Over: calmed, under care (a reviewer's cases).
        (
            "下午有个老人在镇政府门口坐着不走，说要找书记，信访办的同志陪他吃了饭，"
            "他儿子来接，人已经回去了。",
            False,
            Tier.INFO,
        ),
        (
            "今天早上有个老人在菜市场晕倒了，旁边的人马上打了120，现在人在卫生院输液。",
            False,
            Tier.INFO,
        ),
        # Next week's visit is no emergency today.
        ("下周二上午10点市长来我镇调研，班子成员9点半前到镇政府门口等候。", False, Tier.INFO),
    ],
)
def test_the_rules_keep_what_the_model_would_misread(text: str, mention: bool, tier: Tier) -> None:
    assert model_says_urgent(text)
    assert triage(msg(text, mention=mention), me_names=("李明",)).tier is tier


@pytest.mark.parametrize(
    "text",
    [
        # Live, though the words of an ending are near (a reviewer's cases).
        "他从山上带回来的野蘑菇，一家四口吃了，现在上吐下泻，快叫救护车",
        "幼儿园说孩子被一个不认识的人接走了，现在联系不上",
        "食堂有20多个学生吃完午饭呕吐，需要马上送医院治疗，请卫生院派车",
        "灶上的火灭了，煤气一直往外冒，屋里还有老人",
        "一个老人晕倒在菜市场，叫不醒，没人带回去",
        # Told to someone by @, it is still a report.
        "@所有人 县道拐弯那里一辆货车翻到沟里了，司机卡在里面出不来，已经打了120和119",
        "县道拐弯那里一辆货车翻到沟里了，司机卡在里面出不来，已经打了120和119 @王书记",
    ],
)
def test_live_reports_near_the_words_of_an_ending_stay_urgent(text: str) -> None:
    assert triage(msg(text)).tier is Tier.URGENT


def test_an_emergency_that_also_asks_you_by_at_is_read_by_the_model() -> None:
    # Blind set B3: a child missing by a rising river, and the reader asked to call the
    # police; the @ kept the model away and left it an undated task.
    text = "大家分头去河坝同水陂头揾！@李明 同派出所讲声，派人过来帮手，河水已经开始涨。"
    assert rules_only(text, mention=True, role=Role.OWNER) is Tier.ACTION
    assert triage(msg(text, mention=True, role=Role.OWNER), me_names=("李明",)).tier is Tier.URGENT


def test_a_dated_task_for_you_stays_the_rules_to_judge() -> None:
    text = "@李明 县道拐弯那里翻车的情况，明天下班前写个材料发我"
    assert triage(msg(text, mention=True), me_names=("李明",)).tier is Tier.ACTION


def test_a_mild_warning_passed_on_with_a_report_hours_ahead_is_a_task() -> None:
    # Blind set D3: a village head passes a blue snow warning on to the herders, with their
    # report due in three hours; the model reads 预警 and 赶紧 as pressing.
    text = (
        "各位牧户注意：旗里发了暴雪预警，今天夜间到后天白天有大雪，降温八到十度，还刮大风。正接羔呢，"
        "大家把母羊羔子赶进暖棚，棚圈不结实的赶紧加固，草料备足。下午1点前把自家接羔点、暖棚、草料"
        "情况在群里报一下，我统一报苏木。"
    )
    assert model_says_urgent(text, Role.OWNER)
    assert triage(msg(text, role=Role.OWNER)).tier is Tier.ACTION


def test_a_promoted_report_drops_the_reasons_for_a_calmer_tier() -> None:
    text = "县道拐弯那里一辆货车翻到沟里了，司机卡在里面出不来，已经打了120和119"
    assert rules_only(text, role=Role.OWNER) is Tier.INFO
    verdict = triage(msg(text, role=Role.OWNER))
    assert verdict.tier is Tier.URGENT
    assert [r.code for r in verdict.reasons] == ["role_owner", "reads_urgent"]


def _trainer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_urgent_model", TRAINER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


def test_the_shipped_weights_are_what_the_labelled_sets_train() -> None:
    trainer = _trainer()
    data = trainer.examples(trainer.labelled_sets())
    fresh = trainer.train(data)
    shipped = shipped_model()
    assert fresh.table.keys() == shipped.table.keys()
    # The file keeps six significant digits; a retrain elsewhere may differ in the last.
    drift = max(abs(fresh.logit(e.grams) - shipped.logit(e.grams)) for e in data)
    assert drift < 1e-3
