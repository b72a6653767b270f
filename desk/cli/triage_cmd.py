"""`desk triage`: run the triage engine headless over a JSON-lines file of messages.

Input is the corpus format (any `label` is ignored); output is one JSON object per
message with id, tier, score, cluster, deadline, ack and English reasons. Every member of
a folded notice, its first message included, carries the same cluster id.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desk.core.messages import Message, Role, Verdict
from desk.core.quiet_hours import official_calendar
from desk.core.reasons import describe
from desk.core.triage import TriageConfig, TriageEngine
from desk.core.well_formed import well_formed_fields
from desk.store.policy_file import load_policy
from desk.sync.triage_process import collect_for_triage

_REQUIRED = ("id", "group_id", "group_name", "sender_id", "sender_name", "ts", "text")


class InputError(Exception):
    """A problem with the input file, worded for the person running the command."""


def run(args: argparse.Namespace) -> int:
    try:
        tz = ZoneInfo(args.tz)
    except (ZoneInfoNotFoundError, ValueError):
        return _fail(f"unknown time zone: {args.tz}")
    if _same_file(Path(args.input), Path(args.output)):
        # Opening the output truncates it: the messages would be gone before being read.
        return _fail(f"--output {args.output} is the input file; write the verdicts elsewhere")
    try:
        messages = read_messages(Path(args.input), tuple(args.me))
    except InputError as exc:
        # Said, as IT wondered whether a half-written file was left behind.
        return _fail(f"{exc}\nnothing was written to {args.output}")
    if not messages:
        # Not an error (an empty day exports an empty file), but said: a wrong file looks
        # the same as a run that worked.
        sys.stderr.write(f"desk triage: no messages in {args.input}\n")
    # Working days as the app counts them: with the admin policy's tables and regional
    # holidays, if this machine has one.
    # Unlogged: triage opens no log, and its problems went to stderr raw (a policy that
    # cannot be read is said by desk.cli, the others by `desk policy check`).
    work = official_calendar(load_policy(logged=False).apply({}))
    engine = TriageEngine(
        TriageConfig(me_names=tuple(args.me), tz=tz, work_calendar=work, unit=args.unit or None)
    )
    # Arrival order; the sort is stable so equal timestamps keep file order.
    ordered = sorted(messages, key=lambda m: m.ts)
    collect_for_triage()
    verdicts = [(m, engine.process(m)) for m in ordered]
    rows = to_rows(verdicts)
    try:
        with open(args.output, "w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
    except OSError as exc:
        return _fail(f"cannot write {args.output}: {exc.strerror}")
    return 0


def _same_file(source: Path, target: Path) -> bool:
    """Whether `target` names the file `source` does (through a link or another spelling)."""
    try:
        return source.samefile(target)
    except OSError:  # one of them does not exist (yet): they cannot be the same file
        return False


def read_messages(path: Path, me: tuple[str, ...]) -> list[Message]:
    """The messages of `path`; InputError naming every bad line (up to _SHOWN_ERRORS of
    them), so that one run tells all that is wrong with a file."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    messages: list[Message] = []
    errors: list[str] = []
    seen: dict[str, int] = {}
    # utf-8-sig: files saved by Windows Notepad start with a byte order mark.
    for number, raw_line in enumerate(data.removeprefix(b"\xef\xbb\xbf").splitlines(), 1):
        where = f"{path}, line {number}"
        try:
            line = raw_line.decode("utf-8")
        except UnicodeDecodeError as exc:
            errors.append(f"{where}, byte {exc.start + 1}: not UTF-8 text")
            continue
        if not line.strip():
            continue
        try:
            message = _parse_line(line, where, me)
        except InputError as exc:
            errors.append(str(exc))
            continue
        if message.id in seen:
            errors.append(f"{where}: id {message.id!r} is used on line {seen[message.id]} too")
            continue
        seen[message.id] = number
        messages.append(message)
    if errors:
        shown = errors[:_SHOWN_ERRORS]
        if len(errors) > _SHOWN_ERRORS:
            shown.append(f"... and {len(errors) - _SHOWN_ERRORS} more bad line(s)")
        raise InputError("\n".join(shown))
    return messages


# Bad lines listed before the rest are counted.
_SHOWN_ERRORS = 20
_TEXT_FIELDS = ("id", "group_id", "group_name", "sender_id", "sender_name", "text")
_FLAGS = ("mentions_me", "ding")


def _parse_line(line: str, where: str, me: tuple[str, ...]) -> Message:
    try:
        raw: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}, column {exc.colno}: {_json_error(exc)}") from None
    except (ValueError, RecursionError):  # a number of thousands of digits; deep nesting
        raise InputError(f"{where}: not valid JSON (too long a number or too deep)") from None
    if not isinstance(raw, dict):
        raise InputError(f"{where}: expected a JSON object")
    missing = [key for key in _REQUIRED if key not in raw]
    if missing:
        raise InputError(f"{where}: missing field(s) {', '.join(missing)}")
    # A number as an id or a text is read as written; null or a list is a mistake.
    wrong = [
        k
        for k in _TEXT_FIELDS
        if isinstance(raw[k], bool) or not isinstance(raw[k], str | int | float)
    ]
    wrong += [k for k in _FLAGS if raw.get(k) is not None and not isinstance(raw[k], bool)]
    if wrong:
        raise InputError(f"{where}: wrong type of value for {', '.join(wrong)}")
    try:
        ts = datetime.fromisoformat(str(raw["ts"]))
    except ValueError:
        raise InputError(f"{where}: ts is not an ISO 8601 time: {raw['ts']!r}") from None
    if ts.tzinfo is None:
        raise InputError(f"{where}: ts has no time zone offset: {raw['ts']!r}")
    try:
        role = Role(raw.get("sender_role", "member"))
    except ValueError:
        raise InputError(f"{where}: unknown sender_role {raw.get('sender_role')!r}") from None
    text = str(raw["text"])
    mentions = raw.get("mentions_me")
    if mentions is None:
        mentions = any(f"@{name}" in text for name in me)
    # Half an emoji escaped in the JSON (\ud83d) would stop the engine and the output.
    return well_formed_fields(
        Message(
            id=str(raw["id"]),
            group_id=str(raw["group_id"]),
            group_name=str(raw["group_name"]),
            sender_id=str(raw["sender_id"]),
            sender_name=str(raw["sender_name"]),
            sender_role=role,
            ts=ts,
            text=text,
            mentions_me=bool(mentions),
            ding=bool(raw.get("ding", False)),
        )
    )


def _json_error(exc: json.JSONDecodeError) -> str:
    # json's messages that end in "at" ("Invalid control character at") expect a position
    # after them, which its str() adds counting lines of the one line parsed here.
    where = f" column {exc.colno}" if exc.msg.endswith(" at") else ""
    return f"not valid JSON: {exc.msg}{where}"


def to_rows(verdicts: list[tuple[Message, Verdict]]) -> list[dict[str, Any]]:
    """JSON rows; a cluster's first message gets the cluster id its followers point at."""
    roots = {v.cluster for _, v in verdicts if v.cluster is not None}
    rows: list[dict[str, Any]] = []
    for message, verdict in verdicts:
        cluster = verdict.cluster or (message.id if message.id in roots else None)
        rows.append(
            {
                "id": message.id,
                "tier": verdict.tier.value,
                "score": verdict.score,
                "cluster": cluster,
                "deadline": verdict.deadline.isoformat() if verdict.deadline else None,
                "ack": verdict.ack,
                "reasons": [describe(reason) for reason in verdict.reasons],
            }
        )
    return rows


def _fail(message: str) -> int:
    # Each line prefixed alike: a script's `grep 'desk triage:'`, or a person reading
    # a log of many commands, missed every bad line after the first (IT).
    sys.stderr.write("".join(f"desk triage: {said}\n" for said in message.splitlines()))
    return 2
