"""`desk quiet [--at]`, as IT staff run it to check a policy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from keyring.backends import fail

from desk.cli import _Misparsed, build_parser
from desk.store.paths import DataDir
from desk.store.settings_store import SettingsStore
from desk.store.store import open_store
from tests.cli.test_commands import PASSPHRASE_ENV, desk


def _quiet(at: str, data_dir: Path) -> dict[str, object]:
    result = desk("quiet", "--at", at, "--json", "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_defaults_without_a_store(tmp_path: Path) -> None:
    assert _quiet("2026-10-02T09:00:00+08:00", tmp_path) == {
        "quiet": True,
        "until": "2026-10-08T08:30:00+08:00",
        "reason": "holiday",
        "holiday_name": "国庆节",
    }
    assert _quiet("2026-11-23T01:00:00Z", tmp_path)["reason"] == "workday"
    assert not (tmp_path / "desk.db").exists()
    # A misspelt data dir is said, and nothing is made there.
    typo = desk("quiet", "--at", "2026-11-23T01:00:00Z", "--data-dir", str(tmp_path / "dtaa"))
    assert "no desk data in" in typo.stderr and not (tmp_path / "dtaa").exists()


def test_reads_the_configured_policy(tmp_path: Path) -> None:
    store = open_store(
        DataDir(tmp_path).ensure(), PASSPHRASE_ENV["DESK_PASSPHRASE"], backend=fail.Keyring()
    )
    SettingsStore(store.sessions).set("quiet.days_off", ["2026-11-25"])
    store.close()
    state = _quiet("2026-11-25T10:00:00+08:00", tmp_path)
    assert (state["quiet"], state["until"]) == (True, "2026-11-26T08:30:00+08:00")


def test_unknown_years_are_warned_about(tmp_path: Path) -> None:
    result = desk("quiet", "--at", "2027-05-06T10:00:00+08:00", "--data-dir", str(tmp_path))
    assert result.returncode == 0
    assert "no official calendar for 2027" in result.stderr


def test_a_moment_this_year_is_not_warned_about_next_year(tmp_path: Path) -> None:
    result = desk(
        "quiet", "--at", "2026-12-01T10:00:00+08:00", "--json", "--data-dir", str(tmp_path)
    )
    assert json.loads(result.stdout)["reason"] == "workday"
    assert "no official calendar" not in result.stderr
    new_year = desk("quiet", "--at", "2026-12-31T19:00:00+08:00", "--data-dir", str(tmp_path))
    assert "no official calendar for 2027" in new_year.stderr, "its quiet run ends in 2027"


def test_a_time_without_offset_is_desks_own_and_no_time_is_now(tmp_path: Path) -> None:
    # An official types the time on the wall clock: desk's time zone (Asia/Shanghai).
    assert _quiet("2026-10-02T09:00", tmp_path) == _quiet("2026-10-02T09:00:00+08:00", tmp_path)
    for now in (
        desk("quiet", "--json", "--data-dir", str(tmp_path)),
        desk("quiet", "--at", "now", "--json", "--data-dir", str(tmp_path)),
    ):
        assert now.returncode == 0, now.stderr
        assert set(json.loads(now.stdout)) == {"quiet", "until", "reason", "holiday_name"}


def test_bad_input_is_one_clear_line(tmp_path: Path) -> None:
    for at in ("tomorrow", "2026-13-02T09:00"):
        result = desk("quiet", "--at", at, "--data-dir", str(tmp_path))
        assert result.returncode == 2
        assert result.stderr.startswith("desk: ") and "Traceback" not in result.stderr


def test_a_make_up_saturday_is_named(tmp_path: Path) -> None:
    # From a tester: on a 调休 Saturday the reason read "workday", as though desk took it
    # for a Friday.
    assert _quiet("2026-10-10T10:00:00+08:00", tmp_path)["reason"] == "makeup_workday"
    assert _quiet("2026-10-09T10:00:00+08:00", tmp_path)["reason"] == "workday"


def test_its_words_for_people_speak_the_locales_language_and_its_json_stays_english(
    tmp_path: Path,
) -> None:
    # From a tester under a Chinese LANG: the rest of the commands spoke Chinese, desk quiet
    # English. Its JSON is for scripts, as desk policy's is; its notes are for people.
    chinese = {"LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
    missing = tmp_path / "dtaa"
    result = desk(
        "quiet",
        "--at",
        "2027-05-06T10:00:00+08:00",
        "--json",
        "--data-dir",
        str(missing),
        env=chinese,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["reason"] in ("holiday", "workday")
    assert "没有 2027 年的官方日历" in result.stderr, result.stderr
    assert "no official calendar" not in result.stderr
    assert "no desk data" not in result.stderr
    # An official reads it: where to add days is the dialog she knows, not a setting's key.
    assert "quiet.days_off" not in result.stderr and "免打扰" in result.stderr


CHINESE = {"LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}


def test_a_person_reads_one_line_in_her_language_and_scripts_ask_for_json(tmp_path: Path) -> None:
    # A tester at a terminal on 元旦 got JSON with "holiday" in English; the line comes
    # first, with the weekday of the day quiet hours end, and JSON only with --json.
    missing = tmp_path / "none"
    holiday = desk("quiet", "--at", "2027-01-01T09:00", "--data-dir", str(missing), env=CHINESE)
    assert holiday.returncode == 0, holiday.stderr
    assert holiday.stdout == "1月1日（周五）09:00是免打扰时间（元旦），至 1月4日（周一）08:30\n"
    monday = desk("quiet", "--at", "2026-12-07T10:00", "--data-dir", str(missing), env=CHINESE)
    assert monday.stdout == "12月7日（周一）10:00不是免打扰时间；下一段 18:00 开始\n"
    now = desk("quiet", "--data-dir", str(missing), env=CHINESE)
    assert now.stdout.startswith("现在") and "{" not in now.stdout
    english = desk("quiet", "--at", "2027-01-01T09:00", "--data-dir", str(missing))
    assert english.stdout == "Fri 1/1 09:00: quiet hours (New Year's Day), until Mon 1/4 08:30\n"
    scripted = desk("quiet", "--at", "2027-01-01T09:00", "--json", "--data-dir", str(missing))
    assert json.loads(scripted.stdout)["reason"] == "holiday"


def test_the_warning_leaves_out_a_year_whose_days_the_user_entered(tmp_path: Path) -> None:
    # The tester added 2027-01-01 in the settings, and desk quiet still asked her to add
    # 2027's days off; a year nobody entered anything for is still named.
    at = ("--at", "2026-12-31T19:00:00+08:00")  # quiet into 2027
    assert "no official calendar for 2027" in desk("quiet", *at, "--data-dir", str(tmp_path)).stderr
    store = open_store(
        DataDir(tmp_path).ensure(), PASSPHRASE_ENV["DESK_PASSPHRASE"], backend=fail.Keyring()
    )
    SettingsStore(store.sessions).set("quiet.days_off", ["2027-01-01"])
    store.close()
    entered = desk("quiet", *at, "--data-dir", str(tmp_path))
    assert entered.returncode == 0, entered.stderr
    assert "no official calendar" not in entered.stderr, entered.stderr
    later = desk("quiet", "--at", "2028-03-01T10:00", "--data-dir", str(tmp_path))
    assert "no official calendar for 2028" in later.stderr


def test_its_help_speaks_the_locales_language(tmp_path: Path) -> None:
    # `desk quiet --help` said usage:, options: and English help under 简体中文 (a tester).
    missing = str(tmp_path / "none")
    chinese = desk("quiet", "--help", "--data-dir", missing, env=CHINESE)
    assert chinese.returncode == 0, chinese.stderr
    assert "usage:" not in chinese.stdout and "options:" not in chinese.stdout
    assert "用法：desk quiet" in chinese.stdout
    assert "显示此帮助信息并退出" in chinese.stdout
    assert "只打印一个英文 JSON 对象" in chinese.stdout  # --json, named in Chinese
    # Its groups' titles end in a full-width colon: argparse's own ASCII one followed
    # 选项 and 位置参数 (a tester).
    assert "\n选项：\n" in chinese.stdout and ":\n" not in chinese.stdout
    listing = desk("--help", env=CHINESE)
    assert "某个时间是否处于免打扰时间？" in listing.stdout and "usage:" not in listing.stdout
    assert "\n位置参数：\n" in listing.stdout and "\n选项：\n" in listing.stdout
    assert ":\n" not in listing.stdout
    wrong = desk("quiet", "--at", env=CHINESE)
    assert wrong.returncode == 2 and "需要一个参数" in wrong.stderr
    english = desk("quiet", "--help", "--data-dir", missing)
    assert english.stdout.startswith("usage: desk quiet") and "options:" in english.stdout
    assert "show this help message and exit" in english.stdout


def test_a_command_line_that_does_not_parse_is_refused_in_the_locales_language(
    tmp_path: Path,
) -> None:
    # From IT under zh_CN: `desk bogus` said argparse's "invalid choice" in English, and
    # `desk inbox --limit x` "'x' is not a whole number" inside a Chinese line.
    env = {**CHINESE, "DESK_DATA_DIR": str(tmp_path / "none")}
    unknown = desk("bogus", env=env)
    assert unknown.returncode == 2
    assert "无效的选项：'bogus'" in unknown.stderr and "invalid choice" not in unknown.stderr
    assert "用法：desk" in unknown.stderr
    option = desk("--bogus", env=env)
    assert option.returncode == 2 and "无法识别的参数：--bogus" in option.stderr
    limit = desk("inbox", "--limit", "x", env=env)
    assert limit.returncode == 2
    assert "参数 --limit：'x' 不是整数" in limit.stderr, limit.stderr
    below = desk("inbox", "--limit", "-1", env=env)
    assert "参数 --limit：-1 小于 0" in below.stderr, below.stderr
    english = desk("bogus", env={"DESK_DATA_DIR": str(tmp_path / "none"), "LANG": "C.UTF-8"})
    assert "invalid choice: 'bogus'" in english.stderr


def test_a_parser_that_does_not_speak_yet_leaves_another_speaking(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Its error is raised for main to say in the store's language (see desk.cli._Parser),
    # its commands' and their actions' parsers' too; a parser built meanwhile says its
    # own at once: the flag was one of the class, set and reset around each parse.
    quiet = build_parser("policy", unspoken=True)
    speaking = build_parser("policy")
    for args in (["policy", "nonsense"], ["policy"], ["nonsense"]):
        with pytest.raises(_Misparsed):
            quiet.parse_args(args)
    with pytest.raises(SystemExit) as exited:
        speaking.parse_args(["policy", "nonsense"])
    assert exited.value.code == 2
    assert "invalid choice: 'nonsense'" in capsys.readouterr().err
    with pytest.raises(_Misparsed):
        quiet.parse_args(["policy", "nonsense"])
