"""`desk selftest`'s sound check: a PC where alert sounds cannot play is warned of, not
passed and not failed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtWidgets import QApplication

from desk.cli import main


@pytest.fixture
def no_audio_output(monkeypatch: pytest.MonkeyPatch) -> None:
    """No audio output, as on a PC without a sound card or QtMultimedia's backend."""
    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(list))


def test_selftest_warns_that_alert_sounds_cannot_play_without_an_audio_output(
    qapp: QApplication,
    no_audio_output: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # From IT: "ok   sound: … no audio output on this machine", and DING alerts were
    # silent with no warning anywhere. In this process (`qapp`): the check's own
    # QGuiApplication would outlive the test, and the window's tests need a QApplication.
    monkeypatch.setenv("DESK_PASSPHRASE", "")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

    code = main(["selftest", "--data-dir", str(tmp_path / "data")])

    lines = capsys.readouterr().out.splitlines()
    (sound,) = [line for line in lines if " sound: " in line]
    assert sound == (
        "warn sound: QtMultimedia loaded, notify.wav and urgent.wav readable; no audio "
        "output on this machine (or no QtMultimedia backend for it): alert sounds cannot "
        "play here (DINGs still flash the taskbar and show pop-ups)"
    )
    assert lines[-1] == "11 passed, 0 failed, 1 with a warning"
    assert code == 0, "a warning fails nothing"
