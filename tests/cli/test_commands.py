"""The headless commands, run as IT staff would: separate processes on a temporary data dir."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from desk import __version__
from desk.cli import build_parser
from desk.store.inbox import InboxQueries, View, ViewKind
from desk.store.paths import DataDir
from desk.store.store import open_store
from tests.helpers.http_server import self_signed, served_over_tls

ROOT = Path(__file__).resolve().parent.parent.parent

PASSPHRASE_ENV = {
    "DESK_PASSPHRASE": "an office passphrase",
    # No keychain: the explicit passphrase path, as on a headless server.
    "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    "QT_QPA_PLATFORM": "offscreen",
}


def desk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **PASSPHRASE_ENV, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "desk", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
    )


@pytest.fixture
def empty_dir(tmp_path: Path) -> str:
    return str(tmp_path / "desk-data")


def test_sync_once_then_inbox_json(empty_dir: str) -> None:
    synced = desk("sync", "--once", "--data-dir", empty_dir)
    assert synced.returncode == 0, synced.stderr
    assert "new messages" in synced.stdout
    first_count = int(synced.stdout.split(":")[1].split()[0])
    assert first_count >= 300

    again = desk("sync", "--once", "--data-dir", empty_dir)
    assert again.returncode == 0
    assert int(again.stdout.split(":")[1].split()[0]) < 5  # only live messages since

    # Without --json, as the window's All reads: a heading per tier, a line per card.
    cards = desk("inbox", "--limit", "5", "--data-dir", empty_dir)
    assert cards.returncode == 0, cards.stderr
    lines = cards.stdout.splitlines()
    assert lines[0] == "URGENT"
    assert sum(line.startswith(("* ", "  ")) for line in lines) == 5
    # Each card says how many confirmed it (and answered it), as the window's line does.
    assert any(line.endswith(")") and "(acks ×" in line for line in lines)
    assert lines[-1].startswith("... showing 5; `desk inbox --limit 0` lists all (")

    invites = desk("invites", "list", "--data-dir", empty_dir)
    assert (invites.returncode, invites.stdout) == (0, "")
    assert invites.stderr.strip() == "no invites waiting"  # a script still reads no lines

    inbox = desk("inbox", "--json", "--data-dir", empty_dir)
    assert inbox.returncode == 0, inbox.stderr
    items = [json.loads(line) for line in inbox.stdout.splitlines()]
    assert len(items) >= first_count
    assert set(items[0]) == {
        "id",
        "group",
        "group_id",
        "sender",
        "role",
        "ts",
        "tier",
        "text",
        "read",
        "done",
        "ding",
        "cluster",
        "ack_of",  # the notice an ack confirms
        "answers",  # the notice a reply answers or quotes
        "deadline",
        "confirm_by",  # by when an unconfirmed DING naming no time is to be confirmed
        "reasons",
        "attachment",
        "group_notice",
        "withdrawn",
        "withdrawn_by",
        "confirmation_refused",
        "sent_ding",  # who confirmed a DING the user sent (null for any other message)
    }
    ranks = ["urgent", "action", "info", "noise"]
    assert [ranks.index(i["tier"]) for i in items] == sorted(ranks.index(i["tier"]) for i in items)
    # An ack says which notice it confirms, a village's report which it answers (a tester:
    # the acks read as belonging to nothing).
    ids = {i["id"] for i in items}
    acks = [i for i in items if "ack" in " ".join(i["reasons"]) and i["ack_of"]]
    assert acks and all(i["ack_of"] in ids for i in acks)
    # The village's report of its 山塘 (flood season) or 林区 (fire season): words both hold.
    reports = [i for i in items if "三个责任人名单已报岳明" in i["text"]]
    assert reports and all(i["answers"] in ids for i in reports)
    assert items[0]["ts"].endswith("+08:00")

    # `| head`: the reader leaves after one line, and desk leaves quietly too.
    with subprocess.Popen(
        [sys.executable, "-m", "desk", "inbox", "--json", "--data-dir", empty_dir],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, **PASSPHRASE_ENV},
    ) as head:
        assert head.stdout is not None and head.stderr is not None
        assert json.loads(head.stdout.readline())["id"] == items[0]["id"]
        head.stdout.close()
        assert b"Traceback" not in head.stderr.read()


def test_wrong_passphrase_is_one_clear_line(empty_dir: str) -> None:
    assert desk("sync", "--once", "--data-dir", empty_dir).returncode == 0
    wrong = desk("inbox", "--json", "--data-dir", empty_dir, env={"DESK_PASSPHRASE": "nope"})
    assert wrong.returncode == 2
    assert wrong.stderr.strip().startswith("desk: Wrong passphrase: the store was left untouched.")
    assert "Traceback" not in wrong.stderr
    # What to do, said in the line: it named a README section, a file the bundle does not
    # ship, by its English title (an IT tester).
    assert "README" not in wrong.stderr
    assert "Try again" in wrong.stderr and "Forgot it? starts afresh" in wrong.stderr
    assert "ask your IT staff" in wrong.stderr


def test_the_commands_speak_the_store_s_language_where_desk_knows_it(empty_dir: str) -> None:
    # On a zh_CN store: "desk: Wrong passphrase: the store was left untouched…" (a tester).
    # The setting is in the store the passphrase opens; the window keeps a copy beside it.
    assert desk("sync", "--once", "--data-dir", empty_dir).returncode == 0
    kept = DataDir(Path(empty_dir)).language_file
    kept.write_text("[ui]\nlanguage=zh_CN\n", "utf-8")
    wrong = desk("inbox", "--data-dir", empty_dir, env={"DESK_PASSPHRASE": "nope"})
    assert wrong.returncode == 2
    assert wrong.stderr.startswith("desk: 本机数据密码不正确，数据未作任何改动。请再试一次")
    assert "“忘记了？”" in wrong.stderr and "README" not in wrong.stderr
    cards = desk("inbox", "--limit", "3", "--data-dir", empty_dir)
    lines = cards.stdout.splitlines()
    assert lines[0] == "紧急" and "、群管理员发布" in cards.stdout, cards.stdout
    assert lines[-1].startswith("……仅显示 3 条；")
    # A machine's format stays English.
    inbox = desk("inbox", "--json", "--data-dir", empty_dir)
    # Which card comes first follows the clock (the demo's times are relative to it).
    reasons = [json.loads(line)["reasons"] for line in inbox.stdout.splitlines()]
    assert any("from group admin" in said for said in reasons)
    # Where none is kept, the system's locale: a C locale's, a script's, English.
    kept.write_text("[ui]\nlanguage=system\n", "utf-8")
    taiwan = {"DESK_PASSPHRASE": "nope", "LANG": "zh_TW.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
    assert desk("inbox", "--data-dir", empty_dir, env=taiwan).stderr.startswith(
        "desk: 本機資料密碼不正確"
    )
    kept.unlink()
    plain = {"DESK_PASSPHRASE": "nope", "LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
    assert desk("inbox", "--data-dir", empty_dir, env=plain).stderr.startswith(
        "desk: Wrong passphrase"
    )


def test_no_passphrase_and_no_keychain_says_what_to_do(empty_dir: str) -> None:
    env = {**os.environ, **PASSPHRASE_ENV}
    env.pop("DESK_PASSPHRASE")
    result = subprocess.run(
        [sys.executable, "-m", "desk", "sync", "--once", "--data-dir", empty_dir],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 2
    assert "DESK_PASSPHRASE" in result.stderr
    assert not Path(empty_dir, "desk.db").exists()


def test_data_dir_from_the_environment(empty_dir: str) -> None:
    assert desk("sync", "--once", env={"DESK_DATA_DIR": empty_dir}).returncode == 0
    assert Path(empty_dir, "desk.db").exists()
    log = Path(empty_dir, "logs", "desk.log").read_text("utf-8").splitlines()
    # Support reads which desk wrote the log, and where each run ended: a command's run
    # is not the window's (a script's `desk inbox` each minute read as the window quitting).
    assert f"INFO desk: desk {__version__} `sync` command started (pid " in log[0]
    assert f"INFO desk: desk {__version__} `sync` command stopped (pid " in log[-1]


def test_selftest_passes_on_an_empty_data_dir(empty_dir: str) -> None:
    result = desk("selftest", "--data-dir", empty_dir, env={"DESK_PASSPHRASE": ""})
    assert result.returncode == 0, result.stdout + result.stderr
    header, *lines = result.stdout.splitlines()
    assert header.startswith(f"desk {__version__}, Python ") and "policy" in header
    # Sound warns on a machine with no audio output, as CI's (see test_selftest_cmd).
    verdicts = [line.split(":")[0].replace("warn sound", "ok   sound") for line in lines[:-1]]
    assert verdicts == [
        "ok   data dir",
        "ok   this data dir's store",
        "ok   encrypted store",
        "ok   key protection",
        "ok   translations",
        "ok   qt platform",
        "ok   chinese font",
        "ok   sound",
        "ok   connectors",
        "ok   triage process",
        "ok   policy",
        "ok   holiday calendar",
    ]
    assert lines[-1].startswith("12 passed, 0 failed")
    assert "none yet" in lines[1]
    assert "demo" in lines[8]
    assert "no store yet" in lines[3]  # which key protection this data dir's store has
    assert not Path(empty_dir, "selftest").exists()


def test_selftest_json_gives_each_checks_verdict_for_a_deployment_tool(
    empty_dir: str, tmp_path: Path
) -> None:
    # From county IT, checking 60 PCs from a deployment tool: it had to parse the lines.
    policy = tmp_path / "policy.toml"
    policy.write_text('[quiet]\nstart = "25:00"\n', encoding="utf-8")
    result = desk(
        "selftest",
        "--json",
        "--data-dir",
        empty_dir,
        env={"DESK_PASSPHRASE": "", "DESK_POLICY_FILE": str(policy)},
    )
    report = json.loads(result.stdout)  # the whole of stdout: no line beside it
    statuses = {check["name"]: check["status"] for check in report["checks"]}
    assert statuses["policy"] == "fail" and statuses["encrypted store"] == "ok"
    assert "problem" in next(c["detail"] for c in report["checks"] if c["name"] == "policy")
    assert report["version"] == __version__ and str(policy) in report["policy"]
    assert report["failed"] == 1 and report["passed"] == len(report["checks"]) - 1
    assert result.returncode == 1, "a failure fails the command, as without --json"
    # Nor the problems on stderr, which a tool reading both streams took in front of it.
    assert str(policy) not in result.stderr


def test_selftest_on_a_data_dir_not_made_yet_says_so_and_leaves_nothing_behind(
    tmp_path: Path,
) -> None:
    # From county IT: `--data-dir /typo/path` said "ok … writable" and left the typo's
    # folders, with a logs dir, behind.
    typo = tmp_path / "typo" / "path"
    result = desk("selftest", "--data-dir", str(typo), env={"DESK_PASSPHRASE": ""})
    (line,) = [x for x in result.stdout.splitlines() if x.startswith("ok   data dir")]
    assert f"{typo} does not exist yet (desk makes it on first start)" in line
    assert not (tmp_path / "typo").exists()
    # A data dir that exists keeps all it holds, its logs dir too.
    typo.mkdir(parents=True)
    desk("selftest", "--data-dir", str(typo), env={"DESK_PASSPHRASE": ""})
    assert (typo / "logs").is_dir()


@pytest.mark.parametrize("under_a_new_folder", [False, True])
def test_selftest_on_a_data_dir_the_system_will_not_look_up_reports_it_in_its_json(
    tmp_path: Path, under_a_new_folder: bool
) -> None:
    # A name the system refuses to look up (too long here; for a user, one under a folder
    # they may not open) ended selftest in a traceback, before its checks or after them,
    # with no JSON for the deployment tool and the folders it made left behind.
    parent = tmp_path / "new" if under_a_new_folder else tmp_path
    directory = parent / ("x" * 300)
    result = desk("selftest", "--json", "--data-dir", str(directory), env={"DESK_PASSPHRASE": ""})
    assert "Traceback" not in result.stderr, result.stderr
    report = json.loads(result.stdout)
    assert report["checks"][0]["name"] == "data dir"
    assert report["checks"][0]["status"] == "fail"
    assert result.returncode == 1
    assert not (tmp_path / "new").exists()


def test_selftest_says_no_keychain_without_calling_it_a_failure(empty_dir: str) -> None:
    # From township IT: "ok   key protection: no store yet; no usable keychain (fail)".
    result = desk("selftest", "--data-dir", empty_dir, env={"DESK_PASSPHRASE": ""})
    (line,) = [x for x in result.stdout.splitlines() if x.startswith("ok   key protection")]
    assert line.startswith("ok   key protection: no store yet; no keychain service found")
    assert line.endswith(": a new store uses a passphrase")
    assert "fail" not in line


def test_selftest_keeps_qts_own_messages_out_of_the_check_list(empty_dir: str) -> None:
    # From township IT: PulseAudio's and QtMultimedia's warnings came between the ok lines.
    result = subprocess.run(
        [sys.executable, "-m", "desk", "selftest", "--data-dir", empty_dir],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,  # as a terminal shows them: one stream
        text=True,
        # Qt's debug messages of its start, so that Qt surely says something on any machine.
        env={
            **os.environ,
            **PASSPHRASE_ENV,
            "DESK_PASSPHRASE": "",
            "QT_LOGGING_RULES": "qt.highdpi.debug=true",
        },
        timeout=180,
    )
    lines = result.stdout.splitlines()
    summary = next(i for i, line in enumerate(lines) if line.startswith("12 passed, 0 failed"))
    assert all(line.startswith(("ok   ", "warn ", "FAIL ")) for line in lines[1:summary]), lines
    assert lines[summary + 1 : summary + 3] == [
        "",
        "Qt's own messages during the checks, for support (the check lines above have the "
        "verdict):",
    ]
    assert len(lines) > summary + 3


def test_selftest_sent_to_a_file_says_qts_messages_after_the_summary(
    empty_dir: str, tmp_path: Path
) -> None:
    # From IT: `desk-cli selftest > f 2>&1`, for support, had Qt's block between the
    # connectors and triage process lines (stdout to a file is buffered; stderr is not).
    said = tmp_path / "selftest.txt"
    env = {
        **os.environ,
        **PASSPHRASE_ENV,
        "DESK_PASSPHRASE": "",
        "QT_LOGGING_RULES": "qt.highdpi.debug=true",  # Qt surely says something
    }
    env.pop("PYTHONUNBUFFERED", None)
    with said.open("w") as output:
        subprocess.run(
            [sys.executable, "-m", "desk", "selftest", "--data-dir", empty_dir],
            stdout=output,
            stderr=subprocess.STDOUT,
            env=env,
            timeout=180,
        )
    lines = said.read_text().splitlines()
    summary = next(i for i, line in enumerate(lines) if " passed, " in line)
    assert lines[summary + 2].startswith("Qt's own messages during the checks"), lines
    assert not [line for line in lines[1:summary] if line.startswith(("Qt's own", "  "))]


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_a_data_dir_opened_to_others_is_made_private_again_and_logged_once(
    empty_dir: str,
) -> None:
    # From IT: desk set a dir chmod 755 back to 0700 silently, and a backup agent reading
    # it through its group lost it.
    assert desk("sync", "--once", "--data-dir", empty_dir).returncode == 0
    Path(empty_dir).chmod(0o750)
    for _ in range(2):
        assert desk("inbox", "--limit", "1", "--data-dir", empty_dir).returncode == 0
    assert Path(empty_dir).stat().st_mode & 0o777 == 0o700
    log = Path(empty_dir, "logs", "desk.log").read_text("utf-8")
    assert log.count(f"data dir {empty_dir} was mode 0750: set back to 0700") == 1


def test_a_data_dir_holding_only_a_key_file_names_it(empty_dir: str, tmp_path: Path) -> None:
    # From IT: a dir with desk.key alone said "no desk data", as an empty one does.
    assert desk("sync", "--once", "--data-dir", empty_dir).returncode == 0
    keyed = tmp_path / "keyed"
    keyed.mkdir()
    (keyed / "desk.key").write_bytes(Path(empty_dir, "desk.key").read_bytes())
    result = desk("inbox", "--data-dir", str(keyed), env={"LANG": "C"})
    assert result.returncode == 2
    assert result.stderr.startswith(
        f"desk: no desk data in {keyed}: only the key file {keyed / 'desk.key'} is there, "
        "without the database it opens (desk.db moved or deleted?)"
    )


def test_a_new_store_without_a_passphrase_is_not_called_this_store(empty_dir: str) -> None:
    # From IT: a new dir, no keychain, no DESK_PASSPHRASE and no terminal: "This store
    # needs a passphrase", of a store not made yet.
    env = {**os.environ, **PASSPHRASE_ENV, "LANG": "C"}
    env.pop("DESK_PASSPHRASE")
    result = subprocess.run(
        [sys.executable, "-m", "desk", "sync", "--once", "--data-dir", empty_dir],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        env=env,
        start_new_session=True,  # no terminal to ask at
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr == (
        "desk: A new store needs a passphrase here (no keychain to keep its key): set "
        "DESK_PASSPHRASE, or run the command in a terminal to choose one.\n"
    )


def test_logs_never_hold_message_text(empty_dir: str) -> None:
    assert desk("sync", "--once", "--data-dir", empty_dir).returncode == 0
    inbox = desk("inbox", "--json", "--data-dir", empty_dir)
    texts = {json.loads(line)["text"] for line in inbox.stdout.splitlines()}
    names = {json.loads(line)["sender"] for line in inbox.stdout.splitlines()}
    log = Path(empty_dir, "logs", "desk.log").read_text("utf-8")
    assert log
    assert not [t for t in texts | names if len(t) >= 2 and t in log]


@pytest.fixture
def data_dir_under_a_file(tmp_path: Path) -> tuple[str, Path]:
    """A data dir that cannot be made: its parent is a plain file."""
    blocking = tmp_path / "afile"
    blocking.write_text("not a directory\n", "utf-8")
    return str(blocking / "desk"), blocking


@pytest.mark.parametrize(
    "command",
    [
        ["sync", "--once"],
        ["inbox", "--json"],
        ["quiet", "--at", "2026-11-23T10:00:00+08:00"],
        ["account", "list"],
        ["invites", "list"],
    ],
)
def test_unusable_data_dir_is_one_clear_line(
    data_dir_under_a_file: tuple[str, Path], command: list[str]
) -> None:
    directory, blocking = data_dir_under_a_file
    result = desk(*command, env={"DESK_DATA_DIR": directory})
    assert result.returncode == 2
    assert result.stderr == (
        f"desk: cannot use the data dir {directory}: {blocking} is a file, not a directory "
        "(choose another with --data-dir)\n"
    )
    assert blocking.read_text("utf-8") == "not a directory\n"


def test_selftest_reports_an_unusable_data_dir_as_a_failed_check(
    data_dir_under_a_file: tuple[str, Path],
) -> None:
    directory, blocking = data_dir_under_a_file
    result = desk("selftest", "--data-dir", directory, env={"DESK_PASSPHRASE": ""})
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stdout.splitlines()[1:]
    assert lines[0] == (
        f"FAIL data dir: cannot use the data dir {directory}: {blocking} is a file, "
        "not a directory (choose another with --data-dir)"
    )
    assert lines[2].startswith("FAIL encrypted store: cannot use the data dir")
    assert lines[3].startswith("ok   key protection")  # the other checks still ran
    assert lines[-1].startswith("10 passed, 2 failed")


def test_a_database_this_user_cannot_write_is_one_line_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from typing import Any

    from desk.cli import main
    from desk.store import database

    # Not PYTHON_KEYRING_BACKEND: keyring keeps the backend it first finds for the whole
    # process, and the tests after this one use the real keychain.
    monkeypatch.setenv("DESK_PASSPHRASE", PASSPHRASE_ENV["DESK_PASSPHRASE"])

    data = str(tmp_path / "desk-data")
    # A store with nothing in it yet: the sync below must write its first messages.
    open_store(DataDir(Path(data)), PASSPHRASE_ENV["DESK_PASSPHRASE"]).close()
    # As for a desk.db left owned by root by an admin's run: SQLite refuses every write.
    connect = database._on_connect

    def read_only(cache_kib: int, dbapi_conn: Any, record: Any) -> None:
        connect(cache_kib, dbapi_conn, record)
        dbapi_conn.execute("PRAGMA query_only = ON")

    monkeypatch.setattr(database, "_on_connect", read_only)
    capsys.readouterr()
    assert main(["sync", "--once", "--data-dir", data]) == 2
    err = capsys.readouterr().err
    assert err.startswith("desk: cannot write the database ") and "read-only" in err, err
    assert "Traceback" not in err and "INSERT" not in err
    assert len(err.strip().splitlines()) == 1


def test_account_add_turns_away_an_address_without_scheme_and_a_bad_ca_bundle(
    tmp_path: Path,
) -> None:
    data = str(tmp_path / "data")
    base = ["account", "add", "matrix", "--user", "@li:county.test", "--password-stdin"]
    no_scheme = desk(*base, "--homeserver", "127.0.0.1:9", "--data-dir", data)
    assert no_scheme.returncode == 2
    assert "must start with https://" in no_scheme.stderr
    not_pem = tmp_path / "ca.txt"
    not_pem.write_text("not a certificate\n")
    for bundle, said in ((tmp_path / "nope.pem", "cannot read the CA bundle"), (not_pem, "no PEM")):
        result = desk(
            *base,
            "--homeserver",
            "https://127.0.0.1:9",
            "--ca-bundle",
            str(bundle),
            "--data-dir",
            data,
        )
        assert result.returncode == 2 and said in result.stderr and str(bundle) in result.stderr
        assert "Traceback" not in result.stderr


def test_the_ca_bundle_s_and_sync_s_lines_speak_chinese_under_zh_cn(tmp_path: Path) -> None:
    # An IT officer under zh_CN read "desk: cannot read the CA bundle …", "the CA bundle …
    # holds no PEM certificate" and "matrix account 1: 0 new messages, 0 skipped, 3.04 s"
    # in English among Chinese lines (tester test52b).
    chinese = {"LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
    data = str(tmp_path / "data")
    base = ["account", "add", "matrix", "--user", "@li:county.test", "--password-stdin"]
    not_pem = tmp_path / "ca.txt"
    not_pem.write_text("not a certificate\n")
    for bundle, said in (
        (tmp_path / "nope.pem", f"desk: 无法读取 CA 证书文件 {tmp_path / 'nope.pem'}："),
        (not_pem, f"desk: CA 证书文件 {not_pem} 中没有 PEM 格式的证书"),
    ):
        result = desk(
            *base,
            *("--homeserver", "https://127.0.0.1:9", "--ca-bundle", str(bundle)),
            *("--data-dir", data),
            env=chinese,
        )
        assert result.returncode == 2 and result.stderr.startswith(said), result.stderr
    synced = desk("sync", "--once", "--data-dir", data, env=chinese)
    assert synced.returncode == 0, synced.stderr
    assert re.search(
        r"账号 1：新消息 \d+ 条，跳过 0 条，用时 \d+\.\d\d 秒$", synced.stdout, re.M
    ), synced.stdout
    assert "new messages" not in synced.stdout


def test_account_add_takes_the_server_the_administrator_s_policy_locks(tmp_path: Path) -> None:
    # With accounts.default_homeserver locked, `desk account add matrix --user …
    # --password-stdin` still asked for --homeserver, which only one value could have (an
    # IT tester). Nothing answers at port 9: the failure to sign in names where it tried.
    data = str(tmp_path / "data")
    policy = tmp_path / "policy.toml"
    policy.write_text(
        'lock = ["accounts.default_homeserver"]\n'
        'accounts.default_homeserver = "http://127.0.0.1:9"\n',
        "utf-8",
    )
    env = {**os.environ, **PASSPHRASE_ENV, "DESK_POLICY_FILE": str(policy)}
    base = [sys.executable, "-m", "desk", "account", "add", "matrix", "--user", "@li:county.test"]

    def add(*more: str, policy_env: dict[str, str] = env) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*base, "--password-stdin", *more, "--data-dir", data],
            input="secret\n",
            capture_output=True,
            text=True,
            env=policy_env,
            timeout=120,
        )

    taken = add()
    assert taken.returncode == 1, taken.stderr
    assert taken.stderr.startswith("desk: cannot sign in at http://127.0.0.1:9: "), taken.stderr
    assert "--homeserver" not in taken.stderr
    # Another server is refused, as the window refuses it.
    other = add("--homeserver", "https://matrix.elsewhere.test")
    assert other.returncode == 2
    assert other.stderr == (
        "desk: the administrator's policy locks the server to http://127.0.0.1:9 "
        "(accounts.default_homeserver): an account on https://matrix.elsewhere.test cannot "
        "be added\n"
    )
    # No policy, no --homeserver: said as such, not a traceback.
    free = {k: v for k, v in env.items() if k != "DESK_POLICY_FILE"}
    free["DESK_POLICY_FILE"] = str(tmp_path / "none.toml")
    asked = add(policy_env=free)
    assert asked.returncode == 2
    assert asked.stderr == (
        "desk: which server? Give --homeserver URL (the administrator's policy names none in "
        "accounts.default_homeserver)\n"
    )


def _in_a_terminal(
    args: list[str], answers: list[tuple[str, str]], *, passphrase_set: bool = False
) -> tuple[int, str]:
    """Runs `desk ARGS` with a pseudo-terminal as its controlling terminal, typing each
    answer once its prompt shows; (exit code, all it printed). DESK_PASSPHRASE is unset
    unless `passphrase_set`."""
    import pty
    import select
    import signal
    import time

    env = {**os.environ, **PASSPHRASE_ENV}
    if not passphrase_set:
        del env["DESK_PASSPHRASE"]
    pid, fd = pty.fork()
    if pid == 0:  # the child: desk, at the terminal
        os.execve(sys.executable, [sys.executable, "-m", "desk", *args], env)
    seen, answered_at = b"", 0
    pending = list(answers)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 1.0)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 1024)
        except OSError:  # the child closed the terminal: it has ended
            break
        if not chunk:
            break
        seen += chunk
        # Typed only once its prompt shows: getpass drops what was typed ahead.
        if pending and pending[0][0].encode() in seen[answered_at:]:
            os.write(fd, (pending.pop(0)[1] + "\n").encode())
            answered_at = len(seen)
    else:
        os.kill(pid, signal.SIGKILL)
    _pid, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), seen.decode(errors="replace")


def test_at_a_terminal_the_passphrase_is_asked_for(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    chosen = "一个够长的办公室口令"
    code, shown = _in_a_terminal(
        ["sync", "--once", "--data-dir", data],
        [
            # Too short, then twice the same: said why, asked again (from IT).
            ("New passphrase for", "短"),
            ("New passphrase for", chosen),
            ("Once more:", chosen),
        ],
    )
    assert code == 0, shown
    assert "use at least 8 characters" in shown
    assert (tmp_path / "data" / "desk.key").exists()
    code, shown = _in_a_terminal(
        ["account", "list", "--data-dir", data],
        [("Passphrase for", "wrong"), ("Passphrase for", chosen)],
    )
    assert code == 0 and "wrong passphrase, try again" in shown, shown
    # Not typed at all: as before, it says how to give one.
    assert desk("account", "list", "--data-dir", data, env={"DESK_PASSPHRASE": ""}).returncode


def test_a_new_store_refuses_a_short_passphrase_from_the_environment(tmp_path: Path) -> None:
    # From IT: the window asks for 8 characters; DESK_PASSPHRASE=a made a store.
    data = str(tmp_path / "data")
    result = desk("sync", "--once", "--data-dir", data, env={"DESK_PASSPHRASE": "a"})
    assert result.returncode == 2
    assert "too short for a new store" in result.stderr
    assert not (tmp_path / "data" / "desk.key").exists()


def test_an_empty_data_dir_option_is_refused_not_taken_for_the_default(tmp_path: Path) -> None:
    result = desk("account", "list", "--data-dir", "")
    assert result.returncode == 2
    assert "--data-dir: is empty" in result.stderr


def test_selftest_opens_the_data_dirs_own_store_and_fails_on_a_wrong_passphrase(
    empty_dir: str,
) -> None:
    assert desk("sync", "--once", "--data-dir", empty_dir).returncode == 0
    good = desk("selftest", "--data-dir", empty_dir)
    assert "ok   this data dir's store: opens with its key, this user may write it" in good.stdout
    # The README sends IT here to learn how this store's key is kept.
    assert (
        "ok   key protection: this store's key is under a passphrase; no keychain service found"
        in good.stdout
    )
    wrong = desk("selftest", "--data-dir", empty_dir, env={"DESK_PASSPHRASE": "not it"})
    assert wrong.returncode == 1
    assert "FAIL this data dir's store: Wrong passphrase" in wrong.stdout


def _selftest_on(
    empty_dir: str, display: str | None, lang: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`desk selftest` with this X display (None: none at all), no platform asked for."""
    env = {**os.environ, **PASSPHRASE_ENV, **(lang or {})}
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    if display is not None:
        env["DISPLAY"] = display
    return subprocess.run(
        [sys.executable, "-m", "desk", "selftest", "--data-dir", empty_dir],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )


def test_selftest_without_a_display_checks_offscreen_and_says_so(empty_dir: str) -> None:
    result = _selftest_on(empty_dir, None)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "checked offscreen" in result.stdout


def test_selftest_reports_a_display_qt_cannot_open_and_runs_the_other_checks(
    empty_dir: str,
) -> None:
    # From a tester: with a library of Qt's platform plugin missing, Qt aborted the whole
    # self-test after five lines, with no FAIL line. A display no X server serves aborts
    # Qt the same way.
    result = _selftest_on(empty_dir, ":987")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAIL qt platform: the display :987 (DISPLAY) cannot be opened" in result.stdout
    assert "ok   triage process" in result.stdout
    assert "11 passed, 1 failed" in result.stdout


def test_a_misspelt_data_dir_of_a_command_that_reads_makes_no_store(tmp_path: Path) -> None:
    for command in (["inbox", "--json"], ["account", "list"]):
        result = desk(*command, "--data-dir", str(tmp_path / "dtaa"))
        assert result.returncode == 2
        assert result.stderr.startswith(f"desk: no desk data in {tmp_path / 'dtaa'}")
    assert not (tmp_path / "dtaa").exists()


def test_the_data_dir_may_come_before_the_command(empty_dir: str) -> None:
    assert desk("--data-dir", empty_dir, "sync", "--once").returncode == 0
    listed = desk("--data-dir", empty_dir, "account", "list")
    assert listed.returncode == 0 and listed.stdout.startswith("1\tdemo")
    assert desk(f"--data-dir={empty_dir}", "account", "list").stdout == listed.stdout


def test_the_console_build_alone_lists_the_commands(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # From IT: `desk-cli` alone opened a window, and under no display never returned.
    from desk import cli

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(Path("/opt/desk/desk-cli")))
    with pytest.raises(SystemExit) as done:
        cli.main([])
    assert done.value.code == 0
    shown = capsys.readouterr().out
    assert "sync" in shown and "--data-dir" in shown


def test_the_console_builds_usage_is_its_own_and_promises_no_window(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # From IT: `desk-cli` alone said "usage: desk …" and "Without a COMMAND desk opens
    # its window", which desk-cli does not do.
    from desk import cli

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(Path("/opt/desk/desk-cli")))
    for args in ([], ["--help"]):
        with pytest.raises(SystemExit):
            cli.main(args)
        shown = " ".join(capsys.readouterr().out.split())
        assert shown.startswith("usage: desk-cli "), shown
        assert "opens its window" not in shown
        assert "Without a COMMAND desk-cli lists the commands" in shown
        assert "open the desk window" in shown and "(the default)" not in shown
    # The plain desk still says what it does without one.
    monkeypatch.setattr(sys, "executable", str(Path("/opt/desk/desk")))
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert "Without a COMMAND desk opens its window" in shown
    assert "open the desk window (the default)" in shown


def test_removing_an_account_speaks_the_store_s_language(tmp_path: Path) -> None:
    # IT: "removed account 2" in English, under desk's Chinese everywhere else.
    data = str(tmp_path / "data")
    assert desk("sync", "--once", "--data-dir", data).returncode == 0
    DataDir(Path(data)).language_file.write_text("[ui]\nlanguage=zh_CN\n", "utf-8")
    missing = desk("account", "remove", "7", "--yes", "--data-dir", data)
    assert (missing.returncode, missing.stderr) == (1, "desk: 没有编号为 7 的账号\n")
    removed = desk("account", "remove", "1", "--yes", "--data-dir", data)
    assert (removed.returncode, removed.stdout) == (0, "已删除账号 1\n"), removed.stderr


def test_the_account_list_speaks_the_store_s_language_and_says_which_is_shared(
    tmp_path: Path,
) -> None:
    # A tester's zh_CN list said "signed in", "built in", "no accounts yet" in English,
    # and not which account was the duty room's shared one (the Accounts dialog does).
    data = str(tmp_path / "data")
    assert desk("sync", "--once", "--data-dir", data).returncode == 0
    DataDir(Path(data)).language_file.write_text("[ui]\nlanguage=zh_CN\n", "utf-8")
    assert desk("account", "list", "--data-dir", data).stdout.split("\t")[-1] == "内置\n"
    assert desk("account", "shared", "1", "on", "--data-dir", data).returncode == 0
    shared = desk("account", "list", "--data-dir", data).stdout
    assert shared.rstrip("\n").split("\t")[-2:] == ["内置", "共用"], shared
    assert desk("account", "remove", "1", "--yes", "--data-dir", data).returncode == 0
    empty = desk("account", "list", "--data-dir", data).stdout
    assert empty.startswith("还没有账号") and "desk account add matrix" in empty, empty


def test_removing_an_account_at_a_terminal_asks_first_and_an_empty_list_says_so(
    tmp_path: Path,
) -> None:
    # From IT: `account remove 1` took the account and its messages at once, and `account
    # list` then printed nothing at all.
    data = str(tmp_path / "data")
    assert desk("sync", "--once", "--data-dir", data).returncode == 0
    code, shown = _in_a_terminal(
        ["account", "remove", "1", "--data-dir", data],
        [("Remove account 1 and its", "n")],
        passphrase_set=True,
    )
    assert code == 1 and "nothing removed" in shown, shown
    assert desk("account", "remove", "1", "--yes", "--data-dir", data).returncode == 0
    listed = desk("account", "list", "--data-dir", data)
    assert listed.returncode == 0 and "no accounts yet" in listed.stdout
    # The command it suggests parses as typed (a tester's failed: `matrix` was missing).
    suggested = listed.stdout.split("(", 1)[1].split(" adds one")[0]
    assert suggested.startswith("desk account add ")
    args = build_parser().parse_args(
        [w.replace("URL", "https://example.org") for w in suggested.split()[1:]]
    )
    assert args.kind == "matrix" and args.password_stdin


def test_removing_an_account_with_no_terminal_to_ask_needs_yes(tmp_path: Path) -> None:
    # From IT: a script's `account remove 1` (stdin not a terminal) took the account and
    # its messages with exit code 0, no question asked.
    data = str(tmp_path / "data")
    assert desk("sync", "--once", "--data-dir", data).returncode == 0
    refused = subprocess.run(
        [sys.executable, "-m", "desk", "account", "remove", "1", "--data-dir", data],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        env={**os.environ, **PASSPHRASE_ENV, "LANG": "C"},
        timeout=120,
    )
    assert refused.returncode == 2
    assert "add --yes to do it; nothing was removed" in refused.stderr
    assert "built in" in desk("account", "list", "--data-dir", data).stdout


def test_a_new_passphrase_rewraps_the_key_and_leaves_the_data_alone(tmp_path: Path) -> None:
    # From IT: there was no way to change a passphrase.
    data = str(tmp_path / "data")
    assert desk("sync", "--once", "--data-dir", data).returncode == 0
    before = (tmp_path / "data" / "desk.db").read_bytes()
    new = "一个新的办公室口令"
    code, shown = _in_a_terminal(
        ["passphrase", "--data-dir", data],
        [("New passphrase", "短"), ("New passphrase", new), ("Once more:", new)],
        passphrase_set=True,
    )
    assert code == 0 and "passphrase changed" in shown, shown
    assert "use at least 8 characters" in shown
    assert (tmp_path / "data" / "desk.db").read_bytes() == before
    old = desk("inbox", "--json", "--data-dir", data)
    assert old.returncode == 2 and "Wrong passphrase" in old.stderr
    listed = desk("inbox", "--json", "--data-dir", data, env={"DESK_PASSPHRASE": new})
    assert listed.returncode == 0 and listed.stdout.count("\n") > 400


def test_a_wrong_current_passphrase_fails_before_the_new_one_is_asked(
    tmp_path: Path,
) -> None:
    # From IT: the new passphrase was asked twice, and only then was the current one found
    # wrong.
    data = str(tmp_path / "data")
    assert desk("sync", "--once", "--data-dir", data).returncode == 0
    key_before = (tmp_path / "data" / "desk.key").read_bytes()

    code, shown = _in_a_terminal(
        ["passphrase", "--data-dir", data], [("Current passphrase for", "not the passphrase")]
    )

    assert code == 2, shown
    assert "Wrong passphrase: the store was left untouched" in shown
    assert "New passphrase" not in shown
    assert (tmp_path / "data" / "desk.key").read_bytes() == key_before


def test_a_window_start_without_a_display_is_in_the_data_dirs_log(tmp_path: Path) -> None:
    # From IT: on a server with no screen Qt aborted (exit 134) naming a missing library;
    # the README says a start that fails says why in desk.log, and this one did not.
    data = tmp_path / "data"
    assert desk("sync", "--once", "--data-dir", str(data)).returncode == 0
    env = {**os.environ, **PASSPHRASE_ENV}
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    started = subprocess.run(
        [sys.executable, "-m", "desk", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert started.returncode == 2
    assert "no display to open the window on" in started.stderr
    log = (data / "logs" / "desk.log").read_text("utf-8")
    assert "ERROR desk.app: the window did not start: no display to open the window on" in log
    # A misspelt data dir is not made to say it.
    missing = tmp_path / "dtaa"
    subprocess.run([sys.executable, "-m", "desk", "--data-dir", str(missing)], env=env, timeout=60)
    assert not missing.exists()


def test_a_sync_that_cannot_reach_the_server_names_it_and_what_to_check(
    tmp_path: Path,
) -> None:
    from keyring.backends import fail

    from desk.store.credentials import CredentialStore
    from desk.store.models import Account
    from desk.store.paths import DataDir
    from desk.store.store import open_store

    data = DataDir(tmp_path / "data")
    store = open_store(data, PASSPHRASE_ENV["DESK_PASSPHRASE"], backend=fail.Keyring())
    with store.transaction() as session:
        # Port 9 (discard) on loopback: nothing answers there.
        config = {"homeserver": "http://127.0.0.1:9", "user_id": "@li:county.test"}
        session.add(Account(kind="matrix", label="county", config=config, created_ms=0))
    CredentialStore(store).save(1, {"access_token": "syt_x", "device_id": "DESKTEST"})
    store.close()

    result = desk("sync", "--once", "--data-dir", str(data.root))

    assert result.returncode == 1
    assert result.stderr.strip() == (
        "desk: account 1 (matrix) at http://127.0.0.1:9: sync failed: no connection (check "
        "the address and port, and whether the server speaks https:// or http://)"
    )


def _closed_loopback_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then let go)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_an_unreachable_proxy_is_one_line_in_the_store_s_language_not_a_traceback(
    tmp_path: Path,
) -> None:
    # IT: https_proxy left pointing at a proxy that is gone crashed `sync --once` and
    # `account add` with aiohttp_socks' ProxyConnectionError traceback, exit 1.
    from keyring.backends import fail

    from desk.store.credentials import CredentialStore
    from desk.store.models import Account

    proxy = f"127.0.0.1:{_closed_loopback_port()}"
    server = f"http://127.0.0.1:{_closed_loopback_port()}"
    data = DataDir(tmp_path / "data")
    store = open_store(data, PASSPHRASE_ENV["DESK_PASSPHRASE"], backend=fail.Keyring())
    with store.transaction() as session:
        config = {"homeserver": server, "user_id": "@li:county.test"}
        session.add(Account(kind="matrix", label="county", config=config, created_ms=0))
    CredentialStore(store).save(1, {"access_token": "syt_x", "device_id": "DESKTEST"})
    store.close()
    data.language_file.write_text("[ui]\nlanguage=zh_CN\n", "utf-8")
    through_proxy = {
        "http_proxy": f"http://{proxy}",
        "https_proxy": f"http://{proxy}",
        "no_proxy": "",
        "NO_PROXY": "",
    }

    synced = desk("sync", "--once", "--data-dir", str(data.root), env=through_proxy)
    added = subprocess.run(
        [
            *(sys.executable, "-m", "desk", "account", "add", "matrix", "--homeserver", server),
            *("--user", "@wang:county.test", "--password-stdin", "--data-dir", str(data.root)),
        ],
        input="secret\n",
        capture_output=True,
        text=True,
        env={**os.environ, **PASSPHRASE_ENV, **through_proxy},
        timeout=120,
    )

    said = f"desk: 无法连接代理服务器 {proxy}，请检查代理设置或联系信息部门\n"
    assert (synced.returncode, synced.stderr) == (2, said)
    assert (added.returncode, added.stderr) == (2, said)


def test_a_new_passphrase_outside_a_terminal_says_where_to_run_it(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    assert desk("sync", "--once", "--data-dir", data).returncode == 0
    # A session of its own: no controlling terminal, as from a script or a scheduler.
    result = subprocess.run(
        [sys.executable, "-m", "desk", "passphrase", "--data-dir", data],
        capture_output=True,
        text=True,
        env={**os.environ, **PASSPHRASE_ENV},
        stdin=subprocess.DEVNULL,
        start_new_session=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "GetPassWarning" not in result.stderr
    assert result.stderr.strip() == (
        "desk: run `desk passphrase` at a terminal: it asks for the new passphrase twice"
    )


def test_inbox_search_lists_the_notice_it_names_before_the_chatter(empty_dir: str) -> None:
    # As the window lists a search (two testers: 值班 listed the duty notice last of 22).
    assert desk("sync", "--once", "--data-dir", empty_dir).returncode == 0

    found = desk("inbox", "--search", "值班", "--data-dir", empty_dir)

    assert found.returncode == 0, found.stderr
    lines = found.stdout.splitlines()
    assert lines[0] == "OPEN"
    assert "值班值守" in lines[1]
    chatter = next(n for n, line in enumerate(lines) if "能看回放吗" in line)
    assert all(n < chatter for n, line in enumerate(lines) if "  ACTION  " in line)
    listed = desk("inbox", "--search", "值班", "--json", "--data-dir", empty_dir)
    cards = [json.loads(line) for line in listed.stdout.splitlines()]
    assert "值班值守" in cards[0]["text"]


def _tier_in(line: str) -> str:
    found = re.search(r"  (URGENT|ACTION|INFO|NOISE)  ", line)
    assert found is not None, line
    return found.group(1)


def test_inbox_search_lists_the_cards_that_hold_it_open_then_done(empty_dir: str) -> None:
    # From a tester answering the county's "did you get the notice about …": the CLI had no
    # search, and left out what was marked done.
    assert desk("sync", "--once", "--data-dir", empty_dir).returncode == 0
    store = open_store(DataDir(Path(empty_dir)), PASSPHRASE_ENV["DESK_PASSPHRASE"])
    try:
        queries = InboxQueries(store.sessions)
        (notice,) = queries.page(View(ViewKind.ALL, search="值班值守")).ids
        queries.set_done([notice], True, datetime.now(UTC))
    finally:
        store.close()

    found = desk("inbox", "--search", "值班", "--data-dir", empty_dir)

    assert found.returncode == 0, found.stderr
    lines = found.stdout.splitlines()
    assert lines[0] == "OPEN" and "DONE" in lines
    done_at = lines.index("DONE")
    assert ["值班值守" in line for line in lines[done_at + 1 :]] == [True]
    assert not any("值班值守" in line for line in lines[:done_at])
    # Each line says its tier: found cards are listed by standing and time, not by tier.
    tiers = [_tier_in(line) for line in lines[1:done_at] if line.strip()]
    assert set(tiers) >= {"ACTION", "INFO", "NOISE"}
    assert tiers != sorted(tiers, key=["URGENT", "ACTION", "INFO", "NOISE"].index)
    listed = desk("inbox", "--search", "值班", "--json", "--data-dir", empty_dir)
    cards = [json.loads(line) for line in listed.stdout.splitlines()]
    # One object a card (a yellow warning holds it only in a copy folded into it).
    assert len(cards) == len(lines) - 3
    # The demo names the day from its clock (值班表{weekday+4}前报): it changes with the date.
    assert any(card["text"].startswith("桐坪镇收到，值班表") for card in cards)
    assert [card["done"] for card in cards].index(True) == len(cards) - 1

    missing = desk("inbox", "--search", "地震", "--data-dir", empty_dir)
    assert missing.stdout.splitlines() == [
        "nothing open holds '地震'",
        "",
        "nothing done holds '地震'",
    ]


def test_the_window_on_a_display_that_cannot_be_opened_says_so_and_logs_it(
    tmp_path: Path,
) -> None:
    # From IT: DISPLAY=:99 with no X server there aborted desk (exit 134) with Qt's
    # "Reinstalling the application may fix this problem" and a crash.log.
    data = tmp_path / "data"
    assert desk("sync", "--once", "--data-dir", str(data)).returncode == 0
    env = {**os.environ, **PASSPHRASE_ENV, "DISPLAY": ":987"}
    for name in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    result = subprocess.run(
        [sys.executable, "-m", "desk", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(
        "desk: the display :987 (DISPLAY) cannot be opened: no X server answers there"
    ), result.stderr
    assert "Reinstall" not in result.stderr
    crashes = data / "logs" / "crash.log"
    assert not crashes.exists() or not crashes.read_text("utf-8")
    logged = (data / "logs" / "desk.log").read_text("utf-8")
    assert "the window did not start: the display :987 (DISPLAY) cannot be opened" in logged


def test_selftest_says_the_display_cannot_be_opened_not_that_libraries_are_missing(
    empty_dir: str,
) -> None:
    # From IT: it advised apt-get install libxcb-cursor0 … with those in the bundle.
    result = _selftest_on(empty_dir, ":987")
    assert (
        "FAIL qt platform: the display :987 (DISPLAY) cannot be opened: no X server answers "
        "there, or it refuses this user, so the window cannot start." in result.stdout
    ), result.stdout
    assert "apt-get" not in result.stdout and "library" not in result.stdout


def test_a_negative_limit_is_refused_with_the_reason(empty_dir: str) -> None:
    # An IT tester's `inbox --limit -1` was taken, meaning nothing.
    refused = desk("inbox", "--limit", "-1", "--data-dir", empty_dir)
    assert refused.returncode == 2
    assert "argument --limit: -1 is below 0" in refused.stderr
    assert "Traceback" not in refused.stderr


@pytest.mark.parametrize(
    "command", [["inbox"], ["account", "list"], ["passphrase"], ["quiet"], ["sync", "--once"]]
)
def test_a_data_dir_the_system_will_not_look_up_is_one_line_for_every_command(
    tmp_path: Path, command: list[str]
) -> None:
    # A name the system refuses to look up (too long here; for a user, one under a folder
    # they may not open) ended every command that reads in a traceback.
    directory = tmp_path / ("x" * 300)
    result = desk(*command, "--data-dir", str(directory), env={"DESK_PASSPHRASE": ""})
    assert "Traceback" not in result.stderr, result.stderr
    assert "cannot use the data dir" in result.stderr
    assert result.returncode == 2


def test_account_add_refuses_another_server_than_the_one_the_policy_locks(
    tmp_path: Path,
) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(
        'lock = ["accounts.default_homeserver"]\n'
        'accounts.default_homeserver = "https://matrix.county.gov.cn"\n',
        "utf-8",
    )
    data = tmp_path / "data"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desk",
            "account",
            "add",
            "matrix",
            "--homeserver",
            "https://matrix.elsewhere.example",
            "--user",
            "@li:elsewhere.example",
            "--password-stdin",
            "--data-dir",
            str(data),
        ],
        input="secret\n",
        capture_output=True,
        text=True,
        env={**os.environ, **PASSPHRASE_ENV, "DESK_POLICY_FILE": str(policy)},
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr == (
        "desk: the administrator's policy locks the server to https://matrix.county.gov.cn "
        "(accounts.default_homeserver): an account on https://matrix.elsewhere.example "
        "cannot be added\n"
    )
    assert not data.exists(), "refused before any store is made"


def test_account_add_signs_in_again_to_an_account_added_before_the_lock(
    tmp_path: Path,
) -> None:
    # The window signs such an account in again on its own server (it keeps syncing under
    # the lock); the command refused it, and IT could put the refused sign-in right nowhere.
    from keyring.backends import fail

    from desk.store.models import Account

    policy = tmp_path / "policy.toml"
    policy.write_text(
        'lock = ["accounts.default_homeserver"]\n'
        'accounts.default_homeserver = "https://matrix.county.gov.cn"\n',
        "utf-8",
    )
    data = DataDir(tmp_path / "data")
    store = open_store(data, PASSPHRASE_ENV["DESK_PASSPHRASE"], backend=fail.Keyring())
    with store.transaction() as session:
        # Port 9 (discard) on loopback: nothing answers there.
        config = {"homeserver": "http://127.0.0.1:9", "user_id": "@li:town.test"}
        session.add(Account(kind="matrix", label="town", config=config, created_ms=0))
    store.close()

    def add(user: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "desk",
                "account",
                "add",
                "matrix",
                "--homeserver",
                "http://127.0.0.1:9/",
                "--user",
                user,
                "--password-stdin",
                "--data-dir",
                str(data.root),
            ],
            input="secret\n",
            capture_output=True,
            text=True,
            env={**os.environ, **PASSPHRASE_ENV, "DESK_POLICY_FILE": str(policy)},
            timeout=120,
        )

    for user in ("@li:town.test", "li"):
        again = add(user)
        # Asked of its server, which is down here: not refused by the lock.
        assert again.returncode == 1, again.stderr
        assert again.stderr.startswith("desk: cannot sign in at http://127.0.0.1:9/: no conn")
    # Another user on that server is a new account: the lock holds.
    other = add("@wang:town.test")
    assert other.returncode == 2
    assert "the administrator's policy locks the server" in other.stderr


def test_account_add_says_why_a_server_cannot_be_reached_in_the_user_s_language(
    tmp_path: Path,
) -> None:
    # On a Chinese PC, IT read 无法… for every failure but this one, in English whole.
    def add(lang: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "desk",
                "account",
                "add",
                "matrix",
                "--homeserver",
                "http://127.0.0.1:9",
                "--user",
                "@li:town.test",
                "--password-stdin",
                "--data-dir",
                str(tmp_path / lang),
            ],
            input="secret\n",
            capture_output=True,
            text=True,
            env={**os.environ, **PASSPHRASE_ENV, "LANG": lang, "LC_ALL": "", "LC_MESSAGES": ""},
            timeout=120,
        )

    chinese = add("zh_CN.UTF-8")
    assert chinese.returncode == 1
    assert chinese.stderr.startswith("desk: 无法登录 http://127.0.0.1:9：无法连接服务器（"), (
        chinese.stderr
    )
    plain = add("C.UTF-8")
    assert plain.stderr.startswith("desk: cannot sign in at http://127.0.0.1:9: no connection")


class _SignInDown(BaseHTTPRequestHandler):
    """A server whose sign-in answers 502: what a server past its certificate says."""

    def do_POST(self) -> None:
        self.send_response(502)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        return None


def test_account_add_at_a_server_whose_certificate_is_not_trusted_says_so(
    tmp_path: Path,
) -> None:
    # IT's tester: "no connection…" for a self-signed https server; only desk.log had
    # ClientConnectorCertificateError.
    certificate, key = self_signed(tmp_path)

    def add(address: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "desk",
                "account",
                "add",
                "matrix",
                "--homeserver",
                address,
                "--user",
                "@li:county.test",
                "--password-stdin",
                "--data-dir",
                str(tmp_path / "data"),
            ],
            input="secret\n",
            capture_output=True,
            text=True,
            env={**os.environ, **PASSPHRASE_ENV, **env},
            timeout=120,
        )

    with served_over_tls(_SignInDown, certificate, key) as address:
        untrusted = add(address, {})
        # The README's advice for IT: the CA in the system's store, or named by SSL_CERT_FILE.
        trusted = add(address, {"SSL_CERT_FILE": str(certificate)})
    assert untrusted.returncode == 1
    assert untrusted.stderr == (
        f"desk: cannot sign in at {address}: the server's certificate is not trusted on this "
        "computer (IT: install the organisation's CA certificate in the system's certificate "
        "store, or add the account with --ca-bundle FILE)\n"
    )
    assert trusted.returncode == 1
    assert "the server had an error" in trusted.stderr


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="runs desk as another user")
def test_a_data_dir_restored_as_root_names_its_owner_and_the_chown_that_gives_it_back() -> None:
    # IT restored a backup as root, and the user read "no permission to write …/desk.db
    # (choose another with --data-dir)": another data dir was not what was needed.
    import shutil
    import tempfile

    place = Path(tempfile.mkdtemp(prefix="desk-restored-", dir="/tmp"))
    try:
        place.chmod(0o755)  # the user's home, open to its user
        data = place / "data"
        assert desk("sync", "--once", "--data-dir", str(data)).returncode == 0  # root's
        as_nobody = subprocess.run(
            [sys.executable, "-m", "desk", "sync", "--once", "--data-dir", str(data)],
            capture_output=True,
            text=True,
            env={**os.environ, **PASSPHRASE_ENV, "HOME": str(place), "PYTHONPATH": str(ROOT)},
            cwd=ROOT,
            user=65534,
            group=65534,
            timeout=120,
        )
        assert as_nobody.returncode == 2
        assert as_nobody.stderr == (
            f"desk: cannot use the data dir {data}: {data} belongs to root, not to nobody "
            f"(restored as root?): `sudo chown -R nobody {data}` gives it back\n"
        )
    finally:
        shutil.rmtree(place)


def test_the_chown_said_for_a_data_dir_restored_as_root_runs_as_pasted_with_a_space() -> None:
    # Copied into a terminal, `sudo chown -R zhang /home/zhang/工作 数据` gave root's
    # files of /home/zhang/工作 to zhang and failed on 数据: the data dir stayed root's.
    import shlex

    from desk.cli.common import data_dir_error_text
    from desk.store.paths import DataDirUnusable

    root = Path("/home/zhang/工作 数据")
    refused = DataDirUnusable(
        root,
        root / "desk.db",
        "permission_denied",
        owned=root,
        owner="root",
        user="zhang",
    )
    said = data_dir_error_text(refused)
    command = said.split("`")[1]
    assert shlex.split(command) == ["sudo", "chown", "-R", "zhang", str(root)]


def test_the_demo_s_lines_and_account_add_s_refusals_speak_chinese_under_zh_cn(
    tmp_path: Path,
) -> None:
    # On a Chinese PC the sync's demo lines and two of `account add`'s refusals were the
    # last English lines left among translated ones (a tester).
    chinese = {"LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
    data = str(tmp_path / "desk-data")
    first = desk("sync", "--once", "--data-dir", data, env=chinese)
    assert first.returncode == 0, first.stderr
    policy = tmp_path / "policy.toml"
    policy.write_text("accounts.demo = false\n", "utf-8")
    env = {**chinese, "DESK_POLICY_FILE": str(policy)}
    turned_off = desk("sync", "--once", "--data-dir", data, env=env)
    assert turned_off.returncode == 1
    assert turned_off.stdout.startswith("已移除演示工作区及其 "), turned_off.stdout
    assert f"管理员策略关闭了它（accounts.demo = false，见 {policy}）" in turned_off.stdout
    assert turned_off.stderr.startswith(
        "desk: 没有可同步的账号（管理员策略 accounts.demo = false 让演示工作区不再出现）："
    ), turned_off.stderr
    base = ["account", "add", "matrix", "--user", "@li:county.test", "--password-stdin"]
    no_scheme = desk(*base, "--homeserver", "127.0.0.1:9", "--data-dir", data, env=chinese)
    assert no_scheme.stderr == (
        "desk: 服务器地址必须以 https://（或 http://）开头：127.0.0.1:9\n"
    ), no_scheme.stderr
    at_county = ["--homeserver", "https://county.test", "--data-dir", data]
    no_password = subprocess.run(
        [sys.executable, "-m", "desk", *base, *at_county],
        input="\n",
        capture_output=True,
        text=True,
        env={**os.environ, **PASSPHRASE_ENV, **chinese},
        timeout=120,
    )
    assert no_password.stderr == "desk: 标准输入中没有密码\n", no_password.stderr


def test_adding_an_account_speaks_the_store_s_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A tester: `account add` answered "Added account 2…" in English, where `remove`
    # answered 已删除账号 2.
    import io

    from desk import cli
    from desk.cli import account_cmd, speech
    from desk.sync.sign_in import AddedAccount

    data = str(tmp_path / "data")
    assert desk("sync", "--once", "--data-dir", data).returncode == 0
    DataDir(Path(data)).language_file.write_text("[ui]\nlanguage=zh_CN\n", "utf-8")
    for key, value in PASSPHRASE_ENV.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(
        account_cmd,
        "add_matrix_account",
        lambda *_a, **_k: AddedAccount(2, "@liumin2:town.test", "store", False),
    )
    monkeypatch.setattr(sys, "stdin", io.StringIO("secret\n"))
    try:
        code = cli.main(
            [
                *("account", "add", "matrix", "--homeserver", "https://town.test"),
                *("--user", "@liumin2:town.test", "--password-stdin", "--data-dir", data),
            ]
        )
    finally:
        speech._chosen.clear()
    said = capsys.readouterr().out.splitlines()
    assert code == 0
    assert said == [
        "已添加账号 2：@liumin2:town.test（令牌保存在加密数据库）",
        "已移除演示工作区及其虚构消息",
    ]


def test_an_account_is_said_shared_and_yours_again_in_the_store_s_language(
    tmp_path: Path,
) -> None:
    # A duty room's account (值班室) signed in on several PCs: what it sends is not the
    # user's own. Said from the command line as the window's Accounts list would.
    data = str(tmp_path / "data")
    assert desk("sync", "--once", "--data-dir", data).returncode == 0
    on = desk("account", "shared", "1", "on", "--data-dir", data)
    assert (on.returncode, on.stdout.split(":")[0]) == (0, "account 1 is shared"), on.stderr
    DataDir(Path(data)).language_file.write_text("[ui]\nlanguage=zh_CN\n", "utf-8")
    off = desk("account", "shared", "1", "off", "--data-dir", data)
    assert off.returncode == 0 and off.stdout.startswith("账号 1 "), off.stdout
    missing = desk("account", "shared", "7", "on", "--data-dir", data)
    assert (missing.returncode, missing.stderr) == (1, "desk: 没有编号为 7 的账号\n")


def test_the_window_s_no_display_words_speak_the_locales_language(
    empty_dir: str, tmp_path: Path
) -> None:
    # From IT over SSH under zh_CN: desk and desk selftest said why the window cannot
    # start in English only.
    chinese = {"LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
    env = {**os.environ, **PASSPHRASE_ENV, **chinese}
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    missing = str(tmp_path / "none")
    none = subprocess.run(
        [sys.executable, "-m", "desk", "--data-dir", missing],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert none.returncode == 2
    assert none.stderr.startswith("desk: 没有可以打开窗口的显示器（DISPLAY"), none.stderr
    gone = subprocess.run(
        [sys.executable, "-m", "desk", "--data-dir", missing],
        capture_output=True,
        text=True,
        env={**env, "DISPLAY": ":987"},
        timeout=60,
    )
    said = (
        "无法打开显示器 :987（DISPLAY）：那里没有 X 服务器应答，或者它拒绝此用户，"
        "所以窗口无法启动。"
    )
    assert gone.returncode == 2 and gone.stderr.startswith(f"desk: {said}"), gone.stderr
    selftest = _selftest_on(empty_dir, ":987", chinese)
    assert said in selftest.stdout, selftest.stdout
