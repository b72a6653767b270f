"""Setting values in the store, under an administrator's policy."""

from __future__ import annotations

import logging

import pytest

from desk.core.policy import parse_policy
from desk.core.settings import SettingError
from desk.store.models import Setting
from desk.store.settings_store import SettingsStore
from desk.store.store import Store

POLICY = parse_policy('lock = ["notify.hide_text"]\n[notify]\nhide_text = true\nsound = false\n')


def test_values_round_trip_and_are_validated(store: Store) -> None:
    settings = SettingsStore(store.sessions)
    settings.set("quiet.days_off", ["2026-12-31", "2026-12-30"])
    assert settings.get("quiet.days_off") == ["2026-12-30", "2026-12-31"]
    with pytest.raises(SettingError):
        settings.set("quiet.days_off", ["someday"])


def test_a_locked_setting_cannot_be_set_and_the_policy_wins(store: Store) -> None:
    SettingsStore(store.sessions).set("notify.hide_text", False)  # before the policy came
    settings = SettingsStore(store.sessions, POLICY)
    assert settings.get("notify.hide_text") is True
    with pytest.raises(SettingError) as caught:
        settings.set("notify.hide_text", False)
    assert "administrator" in caught.value.problem
    assert settings.get("notify.sound") is False  # a preset...
    settings.set("notify.sound", True)
    assert settings.get("notify.sound") is True  # ...the user may change


def test_settings_stored_together_are_stored_all_or_none(store: Store) -> None:
    # The settings dialog's OK: told "not saved", the user must find none of it saved.
    settings = SettingsStore(store.sessions)
    with pytest.raises(SettingError):
        settings.set_many({"notify.sound": False, "quiet.days_off": ["someday"]})
    assert settings.get("notify.sound") is True
    stored = settings.set_many({"notify.sound": False, "quiet.days_off": ["2026-12-31"]})
    assert stored == {"notify.sound": False, "quiet.days_off": ["2026-12-31"]}
    assert settings.get("notify.sound") is False


def test_names_saved_with_a_title_alone_keep_the_others_after_the_upgrade(store: Store) -> None:
    # 方主任、主任 saved before a title alone was refused: desk then ignored the whole list,
    # and @方主任 was no longer the user (the settings showed the field empty).
    # An administrator's list with one: the rest apply, as the policy check says.
    policy = parse_policy('[triage]\nmy_names = ["方主任", "副书记", "晓宁"]\n')
    assert SettingsStore(store.sessions, policy).get("triage.my_names") == ["方主任", "晓宁"]
    with store.sessions.begin() as session:
        session.add(Setting(name="triage.my_names", value=["方主任", "主任"]))
    assert SettingsStore(store.sessions).get("triage.my_names") == ["方主任"]


def test_a_stored_value_kept_in_part_is_logged_once_and_as_kept(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    # Read at every alert check (each card marked done) and every sync batch: the log
    # said "ignoring stored triage.my_names" each time, though 方主任 still applied.
    with store.sessions.begin() as session:
        session.add(Setting(name="triage.my_names", value=["方主任", "主任"]))
    settings = SettingsStore(store.sessions)
    with caplog.at_level(logging.WARNING, logger="desk.store.settings"):
        for _read in range(3):
            assert settings.all()["triage.my_names"] == ["方主任"]
        assert SettingsStore(store.sessions).get("triage.my_names") == ["方主任"]
    said = [r.getMessage() for r in caplog.records if "triage.my_names" in r.getMessage()]
    assert len(said) == 1, said
    assert "ignoring" not in said[0] and "方主任" in said[0], said
