"""`desk triage` end to end on a small file, and its errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desk.cli import main


def line(n: int, minutes: int, text: str, group: str = "g1", **extra: object) -> str:
    row = {
        "id": f"d{n}",
        "group_id": group,
        "group_name": f"{group}群",
        "sender_id": "u1",
        "sender_name": "张三",
        "sender_role": "admin",
        "ts": f"2026-03-09T10:{minutes:02d}:00+08:00",
        "text": text,
        "label": {"tier": "noise"},  # ignored
        **extra,
    }
    return json.dumps(row, ensure_ascii=False)


NOTICE = "关于报送安全检查情况的通知\n请各镇（街道）于3月10日下午6点前将检查情况报区安委办邮箱。"


def run(tmp_path: Path, lines: list[str], *extra: str) -> tuple[int, list[dict[str, object]]]:
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = main(["triage", "--input", str(source), "--output", str(out), *extra])
    rows = (
        [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        if out.exists()
        else []
    )
    return code, rows


def test_triage_writes_one_verdict_per_message_in_time_order(tmp_path: Path) -> None:
    lines = [
        line(3, 20, "转发：" + NOTICE, group="g2"),  # out of order on purpose
        line(1, 0, NOTICE),
        line(2, 1, "收到"),
        line(4, 30, "@李明 11点前把材料发我"),
    ]
    code, rows = run(tmp_path, lines, "--me", "李明")
    assert code == 0
    by_id = {row["id"]: row for row in rows}
    assert [row["id"] for row in rows] == ["d1", "d2", "d3", "d4"]
    assert set(rows[0]) == {"id", "tier", "score", "cluster", "deadline", "ack", "reasons"}
    # Every member of a folded notice, the first included, shares one cluster id.
    assert by_id["d1"]["cluster"] == by_id["d3"]["cluster"] == "d1"
    assert by_id["d2"]["cluster"] is None
    assert by_id["d1"]["tier"] == "action"
    assert by_id["d1"]["deadline"] == "2026-03-10T18:00:00+08:00"
    assert by_id["d2"] == {**by_id["d2"], "tier": "noise", "ack": True, "deadline": None}
    assert "acknowledgement reply" in by_id["d2"]["reasons"]
    assert any(r == "same notice as in g1群" for r in by_id["d3"]["reasons"])  # type: ignore[union-attr]
    # --me stands in for a missing mentions_me flag.
    assert by_id["d4"]["tier"] == "urgent"
    assert isinstance(by_id["d4"]["score"], float)


def test_missing_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        ["triage", "--input", str(tmp_path / "nope.jsonl"), "--output", str(tmp_path / "o")]
    )
    assert code == 2
    err = capsys.readouterr().err
    assert "no such file" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (
            "{not json",
            "line 2, column 2: not valid JSON: Expecting property name enclosed in double quotes\n",
        ),
        ('["a list"]', "line 2: expected a JSON object"),
        ('{"id": "x"}', "line 2: missing field(s)"),
    ],
)
def test_bad_line_names_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad: str, message: str
) -> None:
    code, rows = run(tmp_path, [line(1, 0, "收到"), bad])
    assert code == 2
    assert rows == []
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_broken_line_error_is_complete(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A control character pasted into the text (here U+0001) is not allowed in a JSON string.
    broken = line(2, 1, "收到").replace("收到", "收\x01到")
    column = broken.index("\x01") + 1
    code, rows = run(tmp_path, [line(1, 0, "收到"), broken])
    assert code == 2
    assert rows == []
    err = capsys.readouterr().err
    assert err == (
        f"desk triage: {tmp_path / 'in.jsonl'}, line 2, column {column}: "
        f"not valid JSON: Invalid control character at column {column}\n"
        f"desk triage: nothing was written to {tmp_path / 'out.jsonl'}\n"
    )


def test_every_line_of_an_error_says_it_is_desk_triages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # From IT: only the first of the bad lines named carried the `desk triage:` prefix.
    code, _rows = run(tmp_path, ["{not json", '["a list"]', '{"id": "x"}'])
    assert code == 2
    said = capsys.readouterr().err.splitlines()
    assert len(said) == 4
    assert all(line.startswith("desk triage: ") for line in said), said


def test_utf8_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    """Windows Notepad saves UTF-8 with a byte order mark."""
    source = tmp_path / "in.jsonl"
    source.write_text(line(1, 0, NOTICE) + "\n" + line(2, 1, "收到") + "\n", encoding="utf-8-sig")
    assert source.read_bytes().startswith(b"\xef\xbb\xbf")
    out = tmp_path / "out.jsonl"
    assert main(["triage", "--input", str(source), "--output", str(out)]) == 0
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in rows] == ["d1", "d2"]
    assert rows[0]["tier"] == "action"


@pytest.mark.parametrize("spelling", ["same", "dotdot", "symlink", "hardlink"])
def test_output_over_the_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], spelling: str
) -> None:
    source = tmp_path / "in.jsonl"
    text = line(1, 0, NOTICE) + "\n" + line(2, 1, "收到") + "\n"
    source.write_text(text, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    output = {
        "same": source,
        "dotdot": tmp_path / "sub" / ".." / "in.jsonl",
        "symlink": tmp_path / "sub" / "link.jsonl",
        "hardlink": tmp_path / "sub" / "hard.jsonl",
    }[spelling]
    if spelling == "symlink":
        output.symlink_to(source)
    elif spelling == "hardlink":
        output.hardlink_to(source)
    code = main(["triage", "--input", str(source), "--output", str(output)])
    assert code == 2
    err = capsys.readouterr().err
    assert err == (
        f"desk triage: --output {output} is the input file; write the verdicts elsewhere\n"
    )
    assert source.read_text(encoding="utf-8") == text


def test_naive_timestamp_is_rejected(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    naive = line(1, 0, "收到").replace("+08:00", "")
    code, _ = run(tmp_path, [naive])
    assert code == 2
    assert "line 1: ts has no time zone offset" in capsys.readouterr().err


def test_unknown_time_zone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run(tmp_path, [line(1, 0, "收到")], "--tz", "Mars/Olympus")
    assert code == 2
    assert "unknown time zone" in capsys.readouterr().err


def test_a_deadline_close_at_hand_is_said_in_minutes(tmp_path: Path) -> None:
    # Posted 10:30, due 11:00: half an hour is 30 min, not "0.5 h".
    code, rows = run(tmp_path, [line(1, 30, "@李明 11点前把材料发我")], "--me", "李明")
    assert code == 0
    assert rows[0]["tier"] == "urgent"
    assert "due within 30 min" in rows[0]["reasons"]  # type: ignore[operator]


def test_half_an_emoji_in_the_json_is_triaged_as_a_broken_character(tmp_path: Path) -> None:
    # The lone surrogates escaped in the JSON, as an exporter may have written them.
    broken = line(2, 1, "表情坏了 X 收到", id="d2Y").replace("X", "\\ud83d").replace("Y", "\\udc00")
    lines = [line(1, 0, NOTICE), broken]
    code, rows = run(tmp_path, lines)
    assert code == 0
    assert [row["id"] for row in rows] == ["d1", "d2\ufffd"]


def test_every_bad_line_is_named_in_one_run_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        line(1, 0, NOTICE),
        "{not json",
        line(3, 2, "收到", mentions_me="yes"),
        line(4, 3, "收到", id=None),
        line(1, 4, "收到"),  # d1 again
        line(6, 5, "好的"),
        line(7, 6, "收到", id=True),
        line(8, 7, "收到").replace("}", ', "n": ' + "9" * 5000 + "}"),
    ]
    code, rows = run(tmp_path, lines)
    assert code == 2
    assert rows == []
    err = capsys.readouterr().err
    assert "line 2, column 2: not valid JSON" in err
    assert "line 3: wrong type of value for mentions_me" in err
    assert "line 4: wrong type of value for id" in err
    assert "line 5: id 'd1' is used on line 1 too" in err
    assert "line 6" not in err
    assert "line 7: wrong type of value for id" in err
    assert "line 8: not valid JSON" in err
    assert err.rstrip().endswith(f"nothing was written to {tmp_path / 'out.jsonl'}")


def test_an_empty_file_is_said_and_gives_an_empty_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # From a tester: an empty input exited 0 with an empty output, without a word.
    code, rows = run(tmp_path, [])
    assert (code, rows) == (0, [])
    assert (tmp_path / "out.jsonl").exists()
    assert capsys.readouterr().err == f"desk triage: no messages in {tmp_path / 'in.jsonl'}\n"


def test_a_line_that_is_not_utf8_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(
        (line(1, 0, NOTICE) + "\n").encode("utf-8") + line(2, 1, "收到").encode("gbk") + b"\n"
    )
    code = main(["triage", "--input", str(source), "--output", str(tmp_path / "out.jsonl")])
    assert code == 2
    assert "line 2, byte" in capsys.readouterr().err


def test_the_admin_policys_regional_holidays_are_days_off_to_triage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy = tmp_path / "policy.toml"
    policy.write_text(
        '[calendar.local_holidays]\n2027-04-13 = "泼水节"\n2027-04-14 = "泼水节"\n'
        '2027-04-15 = "泼水节"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("DESK_POLICY_FILE", str(policy))
    row = json.loads(line(1, 0, "节后第一个工作日上午9点前，请各站所把加班人员名单报党政办。"))
    row["ts"] = "2027-04-14T10:00:00+08:00"
    code, rows = run(tmp_path, [json.dumps(row, ensure_ascii=False)])
    assert code == 0
    assert rows[0]["deadline"] == "2027-04-16T09:00:00+08:00"


def test_unit_names_the_users_own_unit(tmp_path: Path) -> None:
    text = "关于12345热线工单办理情况的通报：桐坪镇、凤鸣乡按时办结率排名靠后。"
    _code, plain = run(tmp_path, [line(1, 0, text)])
    code, told = run(tmp_path, [line(1, 0, text)], "--unit", "桐坪镇、桐坪")
    assert code == 0
    assert plain[0]["tier"] == "info"
    assert told[0]["tier"] == "action"
    assert "names your unit (桐坪镇)" in told[0]["reasons"]  # type: ignore[operator]
