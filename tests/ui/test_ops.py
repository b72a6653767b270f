"""Store operations off the GUI thread: what the log says of one that fails."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desk.store.settings_store import SettingsStore
from desk.store.store import Store
from desk.ui.ops import StoreOps
from tests.helpers.busy_store import write_lock_held


@pytest.fixture
def ops() -> Iterator[StoreOps]:
    running = StoreOps()
    yield running
    running.shutdown()


def _save_language(store: Store) -> None:
    """A store write with a bug after it: what it returns is used as what it is not."""
    saved = SettingsStore(store.sessions).set("ui.language", "zh_CN")
    saved.confirm()  # a str has no confirm: AttributeError


def _run_failing(qtbot: QtBot, ops: StoreOps, work: Callable[[], Any]) -> None:
    failures: list[BaseException] = []
    with qtbot.waitSignal(ops.finished):
        ops.run(work, failure=failures.append)
    assert failures


def _logged(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.name == "desk.ui.ops"]


def test_an_unexpected_failure_is_logged_with_where_it_happened_once_per_place(
    qtbot: QtBot, store: Store, ops: StoreOps, caplog: pytest.LogCaptureFixture
) -> None:
    # From a field report: 15 lines of "store operation failed: AttributeError (other)",
    # none saying where.
    for _time in range(3):
        _run_failing(qtbot, ops, lambda: _save_language(store))
    settings = SettingsStore(store.sessions)
    with write_lock_held(store):
        _run_failing(qtbot, ops, lambda: settings.set("ui.language", "en"))

    first, *again, busy = _logged(caplog)
    assert first.startswith("store operation failed: AttributeError (other) at ops.py:")
    frames = first.split(" at ", 1)[1].split("; ")
    assert frames[-2].startswith("test_ops.py:") and frames[-2].endswith(" <lambda>")
    assert frames[-1] == "test_ops.py:27 _save_language", "the line that failed"
    assert (
        again
        == ["store operation failed: AttributeError (other) again at test_ops.py:27 _save_language"]
        * 2
    ), "the frames once, then the place"
    assert busy == "store operation failed: OperationalError (busy)", "a known cause: no frames"
