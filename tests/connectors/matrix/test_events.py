"""Parsing real Synapse answers (recorded in tests/data/matrix/) into desk's typed values."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from desk.connectors.matrix import events as ev
from desk.connectors.matrix.transport import error_for, proxy_for, without_token
from desk.connectors.matrix.wire import outgoing_event
from desk.connectors.protocol import (
    Attachment,
    AuthError,
    ConnectorError,
    DingRequest,
    MemberInfo,
    Outgoing,
)
from desk.core.messages import ENCRYPTED_PLACEHOLDER, Role

DATA = Path(__file__).resolve().parents[2] / "data" / "matrix"


def load(name: str) -> Any:
    return json.loads((DATA / name).read_text("utf-8"))


@pytest.fixture(scope="module")
def scenario() -> dict[str, Any]:
    data: dict[str, Any] = load("scenario.json")
    return data


@pytest.fixture(scope="module")
def initial(scenario: dict[str, Any]) -> ev.SyncParse:
    return ev.parse_sync(load("sync_initial.json"), {}, ev.Me(scenario["me"], ("小刘",)))


def test_rooms_become_groups_with_roles(initial: ev.SyncParse, scenario: dict[str, Any]) -> None:
    rooms = scenario["rooms"]
    work = initial.states[rooms["work"]].group_info(scenario["me"])
    assert (work.name, work.topic) == ("镇政府工作群", "工作通知，请勿闲聊")
    roles = {m.user_id: (m.name, m.role) for m in work.members}
    assert roles[scenario["leader"]] == ("王书记", Role.OWNER)  # creator of a version-12 room
    assert roles[scenario["deputy"]] == ("李主任", Role.ADMIN)  # power 50
    assert roles[scenario["clerk"]] == ("张三", Role.MEMBER)
    second = initial.states[rooms["second"]]
    assert second.role_of(scenario["deputy"]) is Role.OWNER  # an additional creator
    assert sorted(initial.changed) == sorted(rooms.values())
    assert initial.states[rooms["secret"]].encrypted


def test_messages_at_first_sync(initial: ev.SyncParse, scenario: dict[str, Any]) -> None:
    ids = scenario["ids"]
    by_id = {m.remote_id: m for m in initial.events.messages}
    assert set(by_id) == {
        ids[k] for k in ("notice", "forward", "ack_reply", "mention", "typo", "encrypted", "chat")
    }
    assert by_id[ids["notice"]].sender_role is Role.OWNER
    assert by_id[ids["ack_reply"]].reply_to == ids["notice"]
    assert by_id[ids["mention"]].mentions_me
    assert not by_id[ids["notice"]].mentions_me
    assert by_id[ids["encrypted"]].text == ENCRYPTED_PLACEHOLDER
    # An edit carries its own id, which a redaction of it names.
    assert [(e.target_id, e.text, e.remote_id) for e in initial.events.edits] == [
        (ids["typo"], "值班表已报送到镇里邮箱", ids["typo_edit"])
    ]
    oops = [r for r in initial.events.redactions if r.target_id == ids["oops"]]
    # ...and a redaction says when it was made, and by whom: the card says when it was
    # withdrawn, and by a group admin if not by its sender.
    assert oops and all(r.ts is not None for r in oops)
    deputy = scenario["deputy"]
    names = {
        m.user_id: m.name
        for m in initial.states[scenario["rooms"]["work"]].group_info(scenario["me"]).members
    }
    assert {(r.by_id, r.by_name) for r in oops} == {(deputy, names[deputy])}
    assert {(b.kind, b.reason, b.remote_id) for b in initial.events.bad} == {
        ("event", "unknown_type", ids["weird"]),
        ("ack", "malformed", ids["malformed"]),
    }
    assert not initial.gaps


def test_a_limited_timeline_leaves_a_gap_and_the_page_fills_it(
    initial: ev.SyncParse, scenario: dict[str, Any]
) -> None:
    me = ev.Me(scenario["me"], ("小刘",))
    later = ev.parse_sync(load("sync_limited.json"), initial.states, me)
    work = scenario["rooms"]["work"]
    assert [g.room_id for g in later.gaps] == [work]
    assert later.changed == []  # no state changed: no group rewrite
    assert [m.text for m in later.events.messages] == ["收到3", "收到4", "收到5"]
    assert [(r.target_id, r.by_id) for r in later.events.redactions] == [
        (scenario["ids"]["chat"], scenario["clerk"])
    ]

    page, end = ev.messages_page(load("messages_gap.json"))
    assert end
    filled = ev.parse_events(work, list(reversed(page)), later.states[work], me, apply_state=False)
    ids = scenario["ids"]
    ding = filled.messages[0]
    assert (ding.remote_id, ding.ding, ding.sender_role) == (ids["ding"], True, Role.OWNER)
    assert [m.text for m in filled.messages[1:]] == ["收到0", "收到1", "收到2"]
    assert [(a.target_id, a.sender_id) for a in filled.acks] == [(ids["ding"], scenario["clerk"])]
    assert [e.target_id for e in filled.edits] == [ids["notice"]]


def test_state_answer_rebuilds_a_room(scenario: dict[str, Any]) -> None:
    state = ev.state_from_events(scenario["rooms"]["work"], load("state_work.json"))
    assert state.role_of(scenario["leader"]) is Role.OWNER
    assert state.role_of(scenario["deputy"]) is Role.ADMIN
    assert state.name == "镇政府工作群"


def _event(**fields: Any) -> dict[str, Any]:
    base = {
        "event_id": "$e",
        "sender": "@a:x",
        "origin_server_ts": 1_795_400_000_000,
        "type": "m.room.message",
    }
    return {**base, **fields}


@pytest.mark.parametrize(
    "event",
    [
        _event(content={"msgtype": "m.text", "body": 3}),
        _event(content="nonsense"),
        _event(origin_server_ts="yesterday", content={"body": "x"}),
        # Out of any year a message was sent in: its sync stopped for good, or triage's
        # date arithmetic overflowed.
        _event(origin_server_ts=1_000_000_000_000_000, content={"msgtype": "m.text", "body": "x"}),
        _event(origin_server_ts=253_402_257_600_000, content={"msgtype": "m.text", "body": "x"}),
        _event(origin_server_ts=-1, content={"msgtype": "m.text", "body": "x"}),
        _event(content={"body": "x", "m.relates_to": {"rel_type": "m.replace"}}),
        {"type": 7},
        _event(type="m.room.redaction", content={}),
    ],
)
def test_malformed_events_become_bad_items_without_content(event: dict[str, Any]) -> None:
    parsed = ev.parse_events(
        "!r:x", [event], ev.RoomState("!r:x"), ev.Me("@me:x"), apply_state=True
    )
    assert not parsed.messages and not parsed.edits and not parsed.redactions
    assert len(parsed.bad) == 1
    assert "x" not in parsed.bad[0].reason


def test_power_levels_and_creators_by_room_version() -> None:
    state = ev.RoomState("!r:x")
    state.apply(
        {
            "type": "m.room.create",
            "state_key": "",
            "sender": "@c:x",
            "content": {"room_version": "10"},
        }
    )
    state.apply(
        {
            "type": "m.room.power_levels",
            "state_key": "",
            "content": {"users": {"@c:x": 0, "@p:x": "100", "@m:x": 49}, "users_default": 0},
        }
    )
    # Before version 12 the creator is only what the power levels say.
    assert state.role_of("@c:x") is Role.MEMBER
    assert state.role_of("@p:x") is Role.OWNER
    assert state.role_of("@m:x") is Role.MEMBER


def test_mentions_by_m_mentions_room_and_display_name() -> None:
    state = ev.RoomState("!r:x")
    me = ev.Me("@me:x", ("小刘",))

    def mentioned(content: dict[str, Any]) -> bool:
        out = ev.parse_events("!r:x", [_event(content=content)], state, me, apply_state=True)
        return out.messages[0].mentions_me

    assert mentioned({"body": "hi", "m.mentions": {"user_ids": ["@me:x"]}})
    assert mentioned({"body": "@小刘 看一下"})
    assert not mentioned({"body": "小王 看一下", "m.mentions": {}})


def test_a_name_inside_another_member_s_longer_name_is_no_mention() -> None:
    state = ev.RoomState("!r:x")
    for user, name in (("@me:x", "王丽"), ("@wlh:x", "王丽华")):
        state.apply(
            {
                "type": "m.room.member",
                "state_key": user,
                "sender": user,
                "content": {"membership": "join", "displayname": name},
            }
        )
    me = ev.Me("@me:x", ("王丽",))

    def mentioned(body: str) -> bool:
        event = _event(content={"body": body})
        return ev.parse_events("!r:x", [event], state, me, apply_state=True).messages[0].mentions_me

    assert not mentioned("王丽华同志家里有事，今天请假")
    assert mentioned("王丽华请假了，王丽你替她值班")
    assert mentioned("请王丽下午到党政办")


@pytest.mark.parametrize(
    ("key", "acknowledges"),
    [("收到", True), ("👍", True), ("👍\ufe0f", True), ("OK", True), ("😂", False), ("🎉", False)],
)
def test_a_reaction_that_acknowledges_is_an_ack_of_what_it_is_under(
    key: str, acknowledges: bool
) -> None:
    relates = {"rel_type": "m.annotation", "event_id": "$ding", "key": key}
    event = _event(type="m.reaction", content={"m.relates_to": relates})
    out = ev.parse_events(
        "!r:x", [event], ev.RoomState("!r:x"), ev.Me("@me:x", ()), apply_state=True
    )
    assert [(a.target_id, a.sender_id) for a in out.acks] == (
        [("$ding", "@a:x")] if acknowledges else []
    )
    assert out.messages == [] and out.bad == []


def test_reply_fallback_is_stripped() -> None:
    content = {
        "body": "> <@a:x> 通知原文\n> 第二行\n\n收到",
        "m.relates_to": {"m.in_reply_to": {"event_id": "$n"}},
    }
    out = ev.parse_events(
        "!r:x", [_event(content=content)], ev.RoomState("!r:x"), ev.Me("@me:x"), apply_state=True
    )
    assert (out.messages[0].text, out.messages[0].reply_to) == ("收到", "$n")


def test_ding_only_for_its_recipients() -> None:
    def ding(recipients: Any) -> bool:
        content = {"body": "紧急", "org.desk.ding": {"deadline": None, "recipients": recipients}}
        out = ev.parse_events(
            "!r:x",
            [_event(content=content)],
            ev.RoomState("!r:x"),
            ev.Me("@me:x"),
            apply_state=True,
        )
        return out.messages[0].ding

    assert ding(None)
    assert ding(["@me:x"])
    assert not ding(["@other:x"])


def test_a_ding_for_the_user_carries_the_time_its_sender_set_to_confirm_by() -> None:
    def due(deadline: Any, recipients: Any = None) -> datetime | None:
        ding = {"deadline": deadline, "recipients": recipients}
        content = {"body": "紧急", "org.desk.ding": ding}
        out = ev.parse_events(
            "!r:x",
            [_event(content=content)],
            ev.RoomState("!r:x"),
            ev.Me("@me:x"),
            apply_state=True,
        )
        return out.messages[0].ding_due

    at = "2026-12-06T22:36:00+08:00"
    assert due(at) == datetime.fromisoformat(at)
    assert due(at, ["@me:x"]) == datetime.fromisoformat(at)
    # Malformed: not a time, no offset, absurdly far, not a string; and none for a DING
    # that asks others.
    for bad in ("今晚十点", "2026-12-06T22:36:00", "9999-01-01T00:00:00+00:00", 1765031760, None):
        assert due(bad) is None, bad
    assert due(at, ["@other:x"]) is None


def test_the_user_s_ding_from_another_device_says_whom_it_asks_and_is_no_ding_for_them() -> None:
    def own(ding: Any, **fields: Any) -> tuple[bool, DingRequest | None]:
        content = {"body": "紧急", "org.desk.ding": ding}
        event = _event(sender="@me:x", content=content, **fields)
        out = ev.parse_events(
            "!r:x", [event], ev.RoomState("!r:x"), ev.Me("@me:x"), apply_state=True
        )
        (message,) = out.messages
        assert message.from_me
        return message.ding, message.own_ding

    due = "2026-11-23T11:00:00+08:00"
    assert own({"deadline": due, "recipients": ["@a:x", "@me:x"]}) == (
        False,
        DingRequest(datetime.fromisoformat(due), ("@a:x", "@me:x")),
    )
    assert own({"deadline": None, "recipients": None}) == (False, DingRequest())
    # A deadline without its offset, or past any sane year, is no deadline.
    assert own({"deadline": "2026-11-23T11:00:00", "recipients": None}) == (False, DingRequest())
    assert own({"deadline": "9999-12-31T23:00:00-05:00"}) == (False, DingRequest())
    assert own({"recipients": "@a:x"}) == (False, None)
    # A re-DING names the DING it repeats.
    assert own({"recipients": ["@a:x"], "repeats": "$d1"}) == (
        False,
        DingRequest(recipients=("@a:x",), repeats="$d1"),
    )
    assert own({"recipients": None, "repeats": 7}) == (False, DingRequest())
    # Sent by this very session (the server names its transaction id): desk's own outbox
    # knows it already.
    assert own({"recipients": None}, unsigned={"transaction_id": "desk-1"}) == (False, None)


def test_what_this_desk_sent_comes_back_with_its_transaction_id() -> None:
    # Which outbox item it is, before the send's answer gives that item its remote id.
    def txn_of(sender: str, **fields: Any) -> str | None:
        event = _event(sender=sender, content={"body": "紧急", "org.desk.ding": {}}, **fields)
        out = ev.parse_events(
            "!r:x", [event], ev.RoomState("!r:x"), ev.Me("@me:x"), apply_state=True
        )
        (message,) = out.messages
        return message.txn_id

    assert txn_of("@me:x", unsigned={"transaction_id": "desk-1"}) == "desk-1"
    assert txn_of("@me:x") is None
    assert txn_of("@me:x", unsigned={"transaction_id": 7}) is None
    assert txn_of("@a:x", unsigned={"transaction_id": "desk-1"}) is None


def test_what_the_account_sent_is_marked_as_its_own() -> None:
    events = [
        _event(event_id="$mine", sender="@me:x", content={"body": "请各村报送"}),
        _event(event_id="$theirs", sender="@a:x", content={"body": "请各村报送"}),
        _event(event_id="$sealed", sender="@me:x", type="m.room.encrypted", content={}),
    ]
    out = ev.parse_events("!r:x", events, ev.RoomState("!r:x"), ev.Me("@me:x"), apply_state=True)
    assert [(m.remote_id, m.from_me) for m in out.messages] == [
        ("$mine", True),
        ("$theirs", False),
        ("$sealed", True),
    ]


def test_a_re_ding_to_the_user_names_the_ding_it_repeats() -> None:
    def received(ding: Any) -> tuple[bool, str | None]:
        content = {"body": "紧急", "org.desk.ding": ding}
        event = _event(sender="@lead:x", content=content, event_id="$r1")
        out = ev.parse_events(
            "!r:x", [event], ev.RoomState("!r:x"), ev.Me("@me:x"), apply_state=True
        )
        (message,) = out.messages
        return message.ding, message.repeats

    # Its card is the first DING's (sync.dings.re_ding_folds).
    assert received({"recipients": ["@me:x"], "repeats": "$d1"}) == (True, "$d1")
    assert received({"recipients": None}) == (True, None)
    # Not a DING that names no DING, nor itself, as repeated.
    assert received({"recipients": None, "repeats": 7}) == (True, None)
    assert received({"recipients": None, "repeats": "$r1"}) == (True, None)


def test_wire_format_of_replies_dings_and_acks() -> None:
    assert outgoing_event(Outgoing("t1", "!r", "收到", reply_to="$n")) == (
        "m.room.message",
        {
            "msgtype": "m.text",
            "body": "收到",
            "m.relates_to": {"m.in_reply_to": {"event_id": "$n"}},
            "m.mentions": {},
        },
    )
    # The person answered is mentioned, so that their client tells them; the user
    # answering their own message mentions no one.
    answer = Outgoing("t5", "!r", "好的", reply_to="$n", reply_to_sender="@lead:x")
    assert outgoing_event(answer, "@me:x")[1]["m.mentions"] == {"user_ids": ["@lead:x"]}
    assert outgoing_event(answer, "@lead:x")[1]["m.mentions"] == {}
    assert outgoing_event(Outgoing("t2", "!r", "", ack_of="$d")) == (
        "m.reaction",
        {"m.relates_to": {"rel_type": "m.annotation", "event_id": "$d", "key": "收到"}},
    )
    _, content = outgoing_event(
        Outgoing("t3", "!r", "立即到岗", ding=DingRequest(recipients=("@a:x",)))
    )
    assert content["org.desk.ding"] == {"deadline": None, "recipients": ["@a:x"]}
    assert content["m.mentions"] == {"user_ids": ["@a:x"]}
    # A re-DING says which DING it repeats, for the sender's other devices.
    _, content = outgoing_event(
        Outgoing("t4", "!r", "立即到岗", ding=DingRequest(recipients=("@a:x",), repeats="$d"))
    )
    assert content["org.desk.ding"] == {"deadline": None, "recipients": ["@a:x"], "repeats": "$d"}


def test_a_reply_tells_everyone_its_words_name_as_well_as_the_person_answered() -> None:
    # With m.mentions there, servers no longer read names or @room in the body: a reply
    # naming 王强 and 李明 that mentioned only the person answered told neither of them.
    members = (
        MemberInfo("@me:x", "小刘", Role.MEMBER),
        MemberInfo("@zhao:x", "赵书记", Role.OWNER),
        MemberInfo("@wq:x", "王强", Role.MEMBER),
        MemberInfo("@lm:x", "李明", Role.MEMBER),
        MemberInfo("@lmh:x", "李明华", Role.MEMBER),
        MemberInfo("@w:x", "王", Role.MEMBER),
    )

    def mentions(text: str, sender: str | None = "@zhao:x") -> Any:
        item = Outgoing("t", "!r", text, reply_to="$ev", reply_to_sender=sender, members=members)
        return outgoing_event(item, "@me:x")[1]["m.mentions"]

    assert mentions("@room 王强、李明今天下午5点前报") == {
        "user_ids": ["@zhao:x", "@wq:x", "@lm:x"],
        "room": True,
    }
    assert mentions("@所有人 今天下午5点前报", None) == {"room": True}
    assert mentions("@全体成员 注意") == {"user_ids": ["@zhao:x"], "room": True}
    # 李明 inside 李明华 is 李明华; a one-character name and the user's own are no one to tell.
    assert mentions("李明华和小刘去，@lm:x 留下") == {"user_ids": ["@zhao:x", "@lmh:x", "@lm:x"]}
    assert mentions("好的，王老师", "@me:x") == {}
    assert mentions("@roommate 不是全体") == {"user_ids": ["@zhao:x"]}
    # A DING tells its recipients and whoever it names; one for everyone, the room.
    ding = Outgoing(
        "d", "!r", "王强带队，立即到岗", ding=DingRequest(recipients=("@lm:x",)), members=members
    )
    assert outgoing_event(ding, "@me:x")[1]["m.mentions"] == {"user_ids": ["@lm:x", "@wq:x"]}
    ding = Outgoing("d", "!r", "王强带队，立即到岗", ding=DingRequest(), members=members)
    assert outgoing_event(ding, "@me:x")[1]["m.mentions"] == {"user_ids": ["@wq:x"], "room": True}
    # A plain message carries none: the server's legacy rules read its body.
    assert "m.mentions" not in outgoing_event(Outgoing("p", "!r", "王强", members=members))[1]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # A reviewer found these pinging the wrong people: a Latin name inside a word, a
        # title alone after a surname (王主任 is not the member called 主任).
        ("All villages have reported.", ["@boss:x"]),
        ("收到，已转王主任审核", ["@boss:x"]),
        ("Al, please check", ["@boss:x", "@al:x"]),
        ("@Al 看一下", ["@boss:x", "@al:x"]),
        ("主任，材料已报", ["@boss:x", "@zr:x"]),
        ("请李明周五前交", ["@boss:x", "@lm:x"]),
    ],
)
def test_a_reply_tells_no_one_its_words_name_only_inside_another_word(
    text: str, told: list[str]
) -> None:
    members = (
        MemberInfo("@me:x", "小刘", Role.MEMBER),
        MemberInfo("@boss:x", "王书记", Role.ADMIN),
        MemberInfo("@al:x", "Al", Role.MEMBER),
        MemberInfo("@zr:x", "主任", Role.MEMBER),
        MemberInfo("@lm:x", "李明", Role.MEMBER),
    )
    item = Outgoing("t", "!r", text, reply_to="$e", reply_to_sender="@boss:x", members=members)
    assert outgoing_event(item, "@me:x")[1]["m.mentions"] == {"user_ids": told}


def test_a_call_on_everyone_is_no_mention_of_the_user() -> None:
    # A notice to all reads by its words: as "@you", each @所有人 due within two hours
    # would be urgent. Whether said in the body or as `room: true`, as desk sends it.
    state = ev.RoomState("!r:x")
    me = ev.Me("@me:x", ("小刘",))

    def mentioned(body: str) -> bool:
        out = ev.parse_events("!r:x", [_event(content={"body": body})], state, me, apply_state=True)
        return out.messages[0].mentions_me

    assert not mentioned("@所有人 今天下午3点开会")
    assert not mentioned("@全体成员 注意")
    assert not mentioned("@room please read")
    assert mentioned("@所有人 @小刘 今天下午3点开会")
    out = ev.parse_events(
        "!r:x",
        [_event(content={"body": "全体注意", "m.mentions": {"room": True}})],
        state,
        me,
        apply_state=True,
    )
    assert not out.messages[0].mentions_me


def test_error_mapping() -> None:
    limited = error_for(429, {"errcode": "M_LIMIT_EXCEEDED", "retry_after_ms": 1500})
    assert limited is not None
    assert (limited.reason, limited.retry_after_s) == ("rate_limited", 1.5)
    assert isinstance(error_for(401, {"errcode": "M_UNKNOWN_TOKEN"}), AuthError)
    server = error_for(502, {}, {"Retry-After": "7"})
    assert server is not None and (server.reason, server.retry_after_s) == ("server_error", 7.0)
    rejected = error_for(403, {"errcode": "M_FORBIDDEN"})
    assert rejected is not None and rejected.reason == "rejected"
    assert error_for(200, {}) is None


def test_token_never_in_the_url_and_proxy_from_the_environment() -> None:
    assert "access_token" not in without_token("/_matrix/client/v3/sync?access_token=abc&since=s1")
    env = {"HTTPS_PROXY": "http://proxy.intra:3128", "NO_PROXY": "localhost,.gov.local"}
    assert proxy_for("https://im.example.cn", env) == "http://proxy.intra:3128"
    assert proxy_for("https://im.gov.local", env) is None
    assert proxy_for("http://127.0.0.1:8008", {}) is None


def _file_event(n: int, content: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "m.room.message",
        "event_id": f"$f{n}",
        "sender": "@a:x",
        "origin_server_ts": 1_790_000_000_000 + n,
        "content": content,
    }


def test_file_messages_become_attachments_with_a_readable_text() -> None:
    events = [
        _file_event(
            1,
            {
                "msgtype": "m.file",
                "body": "报表.xlsx",
                "url": "mxc://x/abc",
                "info": {"mimetype": "application/vnd.ms-excel", "size": 5120},
            },
        ),
        # Spec v1.10: with `filename`, `body` is a caption.
        _file_event(
            2,
            {
                "msgtype": "m.video",
                "body": "现场",
                "filename": "v.mp4",
                "url": "mxc://x/v",
                "info": {"size": "oops"},
            },
        ),
        # An encrypted file (as in an encrypted room) has no plain `url`: text only.
        _file_event(3, {"msgtype": "m.image", "body": "a.png", "file": {"url": "mxc://x/e"}}),
        _file_event(4, {"msgtype": "m.audio", "body": "语音", "url": "https://x/not-mxc"}),
    ]
    out = ev.parse_events("!r", events, ev.RoomState("!r"), ev.Me("@me:x"), apply_state=False)
    by_id = {m.remote_id: m for m in out.messages}
    assert (by_id["$f1"].text, by_id["$f1"].attachment) == (
        "[文件] 报表.xlsx",
        Attachment("file", "mxc://x/abc", "报表.xlsx", "application/vnd.ms-excel", 5120),
    )
    assert by_id["$f2"].text == "[视频] v.mp4 现场"
    assert by_id["$f2"].attachment == Attachment("video", "mxc://x/v", "v.mp4")
    assert (by_id["$f3"].text, by_id["$f3"].attachment) == ("a.png", None)
    assert (by_id["$f4"].text, by_id["$f4"].attachment) == ("语音", None)
    assert out.bad == []


def test_mxc_uris() -> None:
    assert ev.parse_mxc("mxc://county.example/AbC123") == ("county.example", "AbC123")
    for bad in ("https://x/y", "mxc://x", "mxc:///y", "mxc://x/y/z"):
        with pytest.raises(ConnectorError):
            ev.parse_mxc(bad)
