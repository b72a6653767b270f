"""`desk selftest`'s sound check: a PC where alert sounds cannot play is warned of, not
passed and not failed; its font check: a PC with no font for Chinese fails."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
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
    assert lines[-1] == "12 passed, 0 failed, 1 with a warning"
    assert code == 0, "a warning fails nothing"


def _fonts_conf(folder: Path, *font_dirs: Path) -> Path:
    """A fontconfig file that knows only the fonts in `font_dirs`."""
    conf = folder / "fonts.conf"
    dirs = "".join(f"<dir>{d}</dir>" for d in font_dirs)
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig>{dirs}<cachedir>{folder / 'cache'}</cachedir></fontconfig>\n",
        "utf-8",
    )
    return conf


DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


@pytest.mark.skipif(not DEJAVU.is_dir(), reason="needs fontconfig and DejaVu (Linux)")
def test_selftest_fails_where_no_font_shows_chinese(tmp_path: Path) -> None:
    # From IT: on a Linux PC without fonts-noto-cjk the window drew boxes for every
    # Chinese character, and `desk-cli selftest` said all was fine. A process of its own:
    # fontconfig is read once per process.
    env = {
        **os.environ,
        "FONTCONFIG_FILE": str(_fonts_conf(tmp_path, DEJAVU)),
        "QT_QPA_PLATFORM": "offscreen",
        "DESK_PASSPHRASE": "",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    args = [sys.executable, "-m", "desk", "selftest", "--data-dir", str(tmp_path / "data")]
    result = subprocess.run(args, capture_output=True, text=True, env=env, timeout=120)

    (font,) = [line for line in result.stdout.splitlines() if " chinese font: " in line]
    assert font.startswith("FAIL chinese font: no font on this computer shows Chinese")
    assert "apt-get install fonts-noto-cjk" in font and "微软雅黑" in font
    assert result.returncode == 1


def test_selftest_names_the_font_that_shows_chinese(qapp: QApplication) -> None:
    from desk.cli.selftest_cmd import CHINESE_SAMPLE, _check_chinese_font

    if shutil.which("fc-list") is None:
        pytest.skip("no fontconfig here")
    fonts = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True)
    if not fonts.stdout.strip():
        pytest.skip("no Chinese font installed here")
    assert _check_chinese_font().startswith(f"{CHINESE_SAMPLE} shown in ")
