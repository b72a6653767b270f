"""A township's work groups on a real Synapse, written by the other members through raw HTTP.

Used by the end-to-end tests and by `record_fixtures.py`. Each call makes new
users (a unique suffix), so tests on one server never see each other's rooms.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from tests.helpers.synapse import MatrixUser, SynapseServer

NOTICE = "【通知】请各村于今天18:00前报送防汛值班表，逾期通报。"
DING = "紧急：台风预警，各村书记立即到岗，收到请回复"


@dataclass
class Township:
    server: SynapseServer
    me: MatrixUser
    leader: MatrixUser  # creates the rooms: owner
    deputy: MatrixUser  # power 50 in the work group; an additional creator of the second
    clerk: MatrixUser  # power 0
    work: str = ""  # 镇政府工作群
    second: str = ""  # 村书记群 (version-12 room with an additional creator)
    secret: str = ""  # an end-to-end encrypted room
    ids: dict[str, str] = field(default_factory=dict)


def make_people(server: SynapseServer, me_password: str | None = None) -> Township:
    tag = secrets.token_hex(3)
    me = server.register(f"liu{tag}", me_password, displayname="小刘")
    leader = server.register(f"wang{tag}", displayname="王书记")
    deputy = server.register(f"li{tag}", displayname="李主任")
    clerk = server.register(f"zhang{tag}", displayname="张三")
    return Township(server, me, leader, deputy, clerk)


def make_rooms(t: Township) -> None:
    t.work = t.leader.create_room(
        "镇政府工作群",
        topic="工作通知，请勿闲聊",
        invite=(t.deputy, t.clerk, t.me),
        power={t.deputy.user_id: 50},
    )
    answer = t.leader.request(
        "POST",
        "/createRoom",
        {
            "name": "村书记群",
            "preset": "private_chat",
            "creation_content": {"additional_creators": [t.deputy.user_id]},
        },
    )
    t.second = answer["room_id"]
    for member in (t.deputy, t.clerk, t.me):
        t.leader.request("POST", f"/rooms/{t.second}/invite", {"user_id": member.user_id})
        member.join(t.second)
    t.secret = t.leader.create_room("保密群", invite=(t.me,), encrypted=True)


def post_first_day(t: Township) -> None:
    """What is there before desk's first sync."""
    ids = t.ids
    ids["notice"] = t.leader.text(t.work, NOTICE)
    ids["forward"] = t.deputy.text(t.second, NOTICE)
    ids["ack_reply"] = t.clerk.reply(t.work, ids["notice"], "收到")
    ids["mention"] = t.deputy.text(
        t.work,
        "小刘 请把防汛材料发我",
        **{"m.mentions": {"user_ids": [t.me.user_id]}},
    )
    ids["typo"] = t.clerk.text(t.work, "值班表已报送到镇里邮相")
    ids["typo_edit"] = t.clerk.edit(t.work, ids["typo"], "值班表已报送到镇里邮箱")
    ids["oops"] = t.deputy.text(t.work, "发错群了，这条请忽略")
    t.deputy.redact(t.work, ids["oops"])
    ids["encrypted"] = t.leader.send(
        t.secret,
        {
            "algorithm": "m.megolm.v1.aes-sha2",
            "ciphertext": "AwgAEnA" + secrets.token_hex(16),
            "sender_key": "x" * 43,
            "device_id": "ABCDEFGH",
            "session_id": "y" * 43,
        },
        kind="m.room.encrypted",
    )
    ids["weird"] = t.clerk.send(t.work, {"whatever": 1}, kind="com.example.weird")
    ids["malformed"] = t.clerk.send(t.work, {"m.relates_to": "nonsense"}, kind="org.desk.ack")
    ids["chat"] = t.clerk.text(t.second, "今晚谁去吃烧烤？")


def post_between_syncs(t: Township) -> None:
    """What arrives after the first sync: a DING, its ack, an edit and a redaction."""
    ids = t.ids
    ids["ding"] = t.leader.text(
        t.work, DING, **{"org.desk.ding": {"deadline": None, "recipients": None}}
    )
    ids["ding_ack"] = t.clerk.send(
        t.work,
        {"m.relates_to": {"rel_type": "m.reference", "event_id": ids["ding"]}},
        kind="org.desk.ack",
    )
    ids["notice_edit"] = t.leader.edit(t.work, ids["notice"], NOTICE.replace("18:00", "17:00"))
    t.clerk.redact(t.second, ids["chat"])
