"""The log file of a data dir."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desk.app.logs import setup_logging
from desk.store.paths import DataDir, DataDirUnusable


def test_a_log_file_that_cannot_be_opened_is_a_data_dir_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A test that ran a command in this process may have set up its data dir's log already.
    monkeypatch.setattr(logging.getLogger("desk"), "handlers", [])
    directory = DataDir(tmp_path / "desk").ensure()
    (directory.logs / "desk.log").mkdir()  # a directory where the log file goes
    with pytest.raises(DataDirUnusable) as caught:
        setup_logging(directory)
    assert caught.value.code == "os_error"
    assert caught.value.path == directory.logs / "desk.log"
    assert caught.value.detail == "Is a directory"


def test_the_scheduler_s_warnings_go_to_the_log_file_not_the_console(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(logging.getLogger("desk"), "handlers", [])
    scheduler_log = logging.getLogger("apscheduler")
    monkeypatch.setattr(scheduler_log, "handlers", [])
    monkeypatch.setattr(scheduler_log, "propagate", True)
    monkeypatch.setattr(scheduler_log, "level", logging.NOTSET)
    directory = DataDir(tmp_path / "desk").ensure()
    setup_logging(directory)
    logging.getLogger("apscheduler.scheduler").info("Added job")
    logging.getLogger("apscheduler.scheduler").warning("Execution of job skipped")
    for handler in logging.getLogger("desk").handlers:
        handler.close()
    written = (directory.logs / "desk.log").read_text(encoding="utf-8")
    assert "Execution of job skipped" in written
    assert "Added job" not in written
    assert "Execution of job skipped" not in capsys.readouterr().err


def test_a_display_qt_cannot_open_is_said_in_the_log(tmp_path: Path) -> None:
    # From a tester: with a library of Qt's X11 plugin missing, desk died before its
    # window and wrote nothing to its log; Qt's reason went to a stderr no one sees from
    # a desktop icon. A platform plugin that is not there aborts Qt the same way (a
    # display no X server serves is found before Qt: see test_commands).
    env = {**os.environ, "QT_QPA_PLATFORM": "nosuch", "DESK_PASSPHRASE": "a passphrase"}
    data = tmp_path / "desk"
    started = subprocess.run(
        [sys.executable, "-m", "desk", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert started.returncode != 0
    log = (data / "logs" / "desk.log").read_text("utf-8")
    assert 'desk.qt: qt.qpa.plugin Could not find the Qt platform plugin "nosuch"' in log
    assert "no Qt platform plugin could be initialized" in log
    # Still on stderr too, as Qt writes it.
    assert 'Could not find the Qt platform plugin "nosuch"' in started.stderr
