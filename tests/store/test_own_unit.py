"""The user's own unit as desk uses it: the setting, with the kind the display names say."""

from __future__ import annotations

from desk.core.triage.roll_call import Level
from desk.store.own_unit import own_unit
from desk.store.store import Store


def test_a_setting_without_its_kind_takes_the_kind_the_display_names_say(store: Store) -> None:
    # 桐坪 set alone said no kind: 还差桐坪村…没报 read as the user's chase, and the roll
    # call never said whether the street office had reported.
    with store.sessions() as session:
        unit = own_unit(session, "桐坪", ["李明-桐坪街道"])
    assert unit is not None
    assert unit.name == "桐坪街道" and unit.level is Level.TOWN
    assert unit.matches("桐坪街道") and not unit.matches("桐坪村")


def test_a_setting_without_its_kind_is_a_town_when_the_names_say_another_unit(
    store: Store,
) -> None:
    with store.sessions() as session:
        unit = own_unit(session, "桐坪", ["凤鸣乡-李明"])
        kept = own_unit(session, "白鹭镇", ["桐坪镇-李明"])
    assert unit is not None and unit.names == ("桐坪",) and unit.level is Level.TOWN
    assert kept is not None and kept.names == ("白鹭镇",)
