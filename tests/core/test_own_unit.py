"""The user's own unit (本单位): its names as set, a guess from their display names, and
which units written in the groups are it."""

from __future__ import annotations

import pytest

from desk.core.own_unit import OwnUnit, guess_unit, in_force, parse_units
from desk.core.triage.normalize import canonical
from desk.core.triage.roll_call import Level
from desk.core.triage.unit_named import names_unit


def test_the_setting_names_one_unit_by_several_names() -> None:
    assert parse_units("桐坪镇、桐坪") == ("桐坪镇", "桐坪")
    assert parse_units(" 桐坪镇，桐坪 桐坪镇 ") == ("桐坪镇", "桐坪")
    assert parse_units("") == ()
    assert OwnUnit.of("  ") is None


@pytest.mark.parametrize(
    "names",
    [
        ["桐坪镇-李明"],
        ["李明（桐坪镇党政办）"],
        ["桐坪镇·李明"],
        ["李明(桐坪镇)"],
        ["桐坪鎮-李明"],
        ["李明", "桐坪镇-李明", "桐坪镇·李明", "凤鸣乡-李明"],
    ],
)
def test_the_unit_is_guessed_from_each_form_of_display_name(names: list[str]) -> None:
    assert guess_unit(names) == "桐坪镇"


def test_no_guess_from_names_that_say_no_unit() -> None:
    assert guess_unit(["李明", "方晓宁"]) is None


def test_the_setting_wins_over_the_guess() -> None:
    unit = in_force("白鹭镇", "桐坪镇")
    assert unit is not None and unit.name == "白鹭镇"
    guessed = in_force("", "桐坪镇")
    assert guessed is not None and guessed.name == "桐坪镇"
    assert in_force("", None) is None


@pytest.mark.parametrize("written", ["桐坪镇", "桐坪", "桐坪鎮"])
def test_the_unit_matches_with_or_without_its_kind_in_either_script(written: str) -> None:
    assert OwnUnit(("桐坪镇",)).matches(written)


# A county with both a 桐岭乡 and a 桐岭镇: each is its own unit, the bare stem either's.
@pytest.mark.parametrize(
    ("setting", "written", "same"),
    [
        pytest.param("桐岭镇", "桐岭乡", False, id="town-is-not-the-township"),
        pytest.param("桐岭乡", "桐岭镇", False, id="township-is-not-the-town"),
        pytest.param("桐岭镇", "桐岭街道", False, id="town-is-not-the-street-office"),
        pytest.param("桐岭街道", "桐岭镇", False, id="street-office-is-not-the-town"),
        pytest.param("桐岭镇、桐岭", "桐岭乡", False, id="an-alias-stem-lets-no-other-kind-in"),
        pytest.param("桐岭镇", "桐嶺鄉", False, id="traditional-township-is-not-the-town"),
        pytest.param("桐岭镇", "桐嶺鎮", True, id="traditional-town-is-the-town"),
        pytest.param("桐岭乡", "桐嶺鄉", True, id="traditional-township-is-the-township"),
        pytest.param("桐岭镇", "桐岭", True, id="bare-stem-is-the-town"),
        pytest.param("桐岭乡", "桐岭", True, id="bare-stem-is-the-township"),
        pytest.param("桐岭", "桐岭乡", True, id="a-stem-setting-says-no-kind"),
    ],
)
def test_another_kind_word_of_the_same_level_is_another_unit(
    setting: str, written: str, same: bool
) -> None:
    unit = OwnUnit.of(setting)
    assert unit is not None
    assert unit.matches(written) is same


@pytest.mark.parametrize("written", ["桐坪村", "桐坪社区", "凤鸣镇", "新桐坪镇", "桐坪中心"])
def test_a_unit_of_another_kind_or_name_is_not_it(written: str) -> None:
    assert not OwnUnit(("桐坪镇",)).matches(written)
    assert not OwnUnit(("桐坪镇", "桐坪")).matches(written)


def test_an_alias_matches_as_set() -> None:
    unit = OwnUnit(("区住建局", "住建局"))
    assert unit.matches("住建局")
    assert unit.first_match(("区水利局", "住建局", "区住建局")) == "住建局"


TONGPING = OwnUnit(("桐坪镇",))


@pytest.mark.parametrize(
    "text",
    [
        "请白鹭镇、桐坪镇、凤鸣乡于周五前报送自建房排查情况表。",
        "区委书记今晚到北部山区检查防汛工作，请桐坪镇、凤鸣乡主要负责同志在岗。",
        "桐坪、凤鸣两个镇注意：危险区域人员必须全部转移，立即落实！",
        "截至5点，还有白鹭镇、桐坪镇未报自查情况表，请抓紧。",
        "【通报】6月暗访发现：桐坪镇农贸市场周边垃圾堆放问题突出，请限期整改。",
        "关于全区人居环境整治督查情况的通报：桐坪镇、凤鸣乡进度滞后，排名靠后。",
    ],
)
def test_a_message_asking_the_unit_or_naming_its_faults_names_it(text: str) -> None:
    assert names_unit(canonical(text), TONGPING) is not None


@pytest.mark.parametrize(
    "text",
    [
        "【雨情通报】昨日全区平均降雨42.3毫米，最大为桐坪镇洄水湾站96.5毫米。",
        "祝桐坪镇的同志们端午安康！",
        "截至昨天，全区完成率63.7%，桐坪镇71.2%、凤鸣乡48.5%，请完成率低的单位加把劲。",
        "请桐坪村、竹溪村于周五前报送表格。",
        "【通报】桐坪镇报送及时、资料完整，凤鸣乡进度滞后。",
    ],
)
def test_a_name_in_passing_is_none(text: str) -> None:
    assert names_unit(canonical(text), TONGPING) is None


@pytest.mark.parametrize(
    ("text", "named"),
    [
        pytest.param("请桐岭乡于周五前报送自建房排查情况表。", None, id="asks-the-township"),
        pytest.param("截至5点，还有桐岭乡未报自查情况表，请抓紧。", None, id="chases-the-township"),
        pytest.param("请桐岭镇于周五前报送自建房排查情况表。", "桐岭镇", id="asks-the-town"),
        pytest.param("桐岭、凤鸣两个镇注意：立即转移！", "桐岭", id="names-the-stem-in-a-list"),
    ],
)
def test_a_message_to_the_township_of_the_same_stem_is_not_the_towns(
    text: str, named: str | None
) -> None:
    assert names_unit(canonical(text), OwnUnit(("桐岭镇",))) == named


@pytest.mark.parametrize(
    "names", [["李明-桐坪镇"], ["桐坪镇政府-李明"], ["李明·桐坪镇人民政府"], ["李明 桐坪镇党政办"]]
)
def test_the_unit_is_guessed_from_a_name_said_first_or_a_town_s_government(
    names: list[str],
) -> None:
    assert guess_unit(names) == "桐坪镇"


def test_a_unit_set_without_its_kind_is_a_town() -> None:
    # 桐坪 alone said no kind, so 桐坪村 (a village of the town) matched it.
    bare = OwnUnit(("桐坪",))
    assert bare.level is Level.TOWN
    assert bare.matches("桐坪镇") and bare.matches("桐坪")
    assert not bare.matches("桐坪村")


@pytest.mark.parametrize(
    "text",
    [
        # Praise held up to every town is no task of the one praised.
        "请各乡镇学习借鉴桐坪镇的经验做法。",
        "请大家参照桐坪镇的做法抓好落实。",
        "请各村到桐坪镇政府领取物资。",
        # The police station in the town is not the town's government.
        "请桐坪镇派出所加强夜间巡逻。",
        "请桐坪镇卫生院做好疫苗接种工作。",
    ],
)
def test_a_name_that_is_not_the_one_asked_is_none(text: str) -> None:
    assert names_unit(canonical(text), TONGPING) is None


BARE = OwnUnit(("桐坪",))


@pytest.mark.parametrize(
    "text",
    [
        "还差桐坪村、上坪村没报，请抓紧。",
        "请桐坪派出所加强夜间巡逻。",
        "请桐坪中心小学做好开学准备。",
        "请各乡镇学习借鉴桐坪的经验做法。",
    ],
)
def test_a_unit_set_without_its_kind_is_not_another_unit_of_its_stem(text: str) -> None:
    assert names_unit(canonical(text), BARE) is None


@pytest.mark.parametrize(
    "text",
    [
        "请桐坪、凤鸣两个镇于周五前报送值班表。",
        "请白鹭镇、桐坪镇、凤鸣乡于周五前报送值班表。",
        "还差白鹭镇、桐坪镇未报自查情况表，请抓紧。",
    ],
)
def test_a_unit_set_without_its_kind_is_still_asked_by_name(text: str) -> None:
    assert names_unit(canonical(text), BARE) is not None
