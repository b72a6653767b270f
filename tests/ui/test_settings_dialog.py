"""The settings dialog, used as a person would: painting the grid, ticking, choosing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QSpinBox
from pytestqt.qtbot import QtBot

from desk.core import settings
from desk.core.quiet_grid import CELLS
from desk.ui.settings_dialog import SettingsDialog

GROUPS = [("g1", "镇机关干部群"), ("g2", "机关工会群")]
PEOPLE = [("u1", "钟书记"), ("u2", "岳明")]


def _dialog(qtbot: QtBot, unknown: list[int] | None = None, **values: Any) -> SettingsDialog:
    current = {s.name: s.default for s in settings.DECLARED}
    current.update(values)
    dialog = SettingsDialog(current, GROUPS, PEOPLE, unknown or [])
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_unchanged_means_nothing_to_store(qtbot: QtBot) -> None:
    assert _dialog(qtbot).changes() == {}


def test_painting_the_grid_changes_the_windows(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    grid = dialog.grid
    # Drag across Wednesday 12:00–13:30 (cells 24, 25, 26).
    row_y = grid.rowViewportPosition(2) + 5
    start = QPoint(grid.columnViewportPosition(24) + 4, row_y)
    end = QPoint(grid.columnViewportPosition(26) + 4, row_y)
    qtbot.mousePress(grid.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(grid.viewport(), QPoint(grid.columnViewportPosition(25) + 4, row_y))
    qtbot.mouseMove(grid.viewport(), end)
    qtbot.mouseRelease(grid.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert dialog.changes()["quiet.windows"]["wed"] == [
        "00:00-08:30",
        "12:00-13:30",
        "18:00-24:00",
    ]


def test_a_make_up_day_row_is_there_to_edit(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    for cell in range(CELLS):
        if dialog.grid.grid()["makeup"][cell]:
            dialog.grid.toggle("makeup", cell)
    assert dialog.changes()["quiet.windows"]["makeup"] == []


def test_break_through_people_and_group_rules(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.breakthrough_people.item(0).setCheckState(Qt.CheckState.Checked)
    combo = dialog.group_table.cellWidget(1, 1)
    spin = dialog.group_table.cellWidget(0, 2)
    assert isinstance(combo, QComboBox) and isinstance(spin, QSpinBox)
    combo.setCurrentIndex(2)
    spin.setValue(15)
    dialog.hide_text.click()
    changes = dialog.changes()
    assert changes["quiet.breakthrough_senders"] == ["u1"]
    assert changes["notify.groups"] == {
        "g1": {"mode": "all", "throttle_minutes": 15},
        "g2": {"mode": "mute", "throttle_minutes": 0},
    }
    assert changes["notify.hide_text"] is True


def test_days_off_and_the_missing_calendar_warning(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, unknown=[2027])
    assert "2027" in dialog.calendar_warning.text()
    dialog.day_picker.setDate(dialog.day_picker.date().fromString("2027-02-10", "yyyy-MM-dd"))
    dialog._add_day_off()
    assert dialog.changes()["quiet.days_off"] == ["2027-02-10"]


def test_a_locked_setting_is_greyed_out_and_cannot_change(qtbot: QtBot) -> None:
    current = {s.name: s.default for s in settings.DECLARED}
    dialog = SettingsDialog(
        current, GROUPS, PEOPLE, [], locked=frozenset({"notify.hide_text", "quiet.windows"})
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.hide_text.isEnabled()
    assert dialog.hide_text.toolTip() == "Set by your administrator"
    qtbot.mouseClick(dialog.hide_text, Qt.MouseButton.LeftButton)
    assert not dialog.hide_text.isChecked()
    assert not dialog.grid.isEnabled()
    assert dialog.changes() == {}
    assert dialog.sound.isEnabled()


def test_choosing_a_language(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_TW"))
    assert dialog.changes() == {"ui.language": "zh_TW"}
