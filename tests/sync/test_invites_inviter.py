"""Who invited the user, by name: the invite's own stripped state says it (Matrix puts the
inviter's m.room.member event there), which no joined group need know (IT tester: the
invite list showed @zhuren:… with only invites)."""

from __future__ import annotations

from typing import Any

from desk.connectors.matrix import events as ev
from desk.connectors.protocol import Invite, SyncBatch
from desk.core.clock import ManualClock
from desk.store import tables
from desk.store.invites import pending_invites
from desk.store.store import Store
from desk.sync.invites import record_invites

ME = "@hantao:synapse.local"
ZHUREN = "@zhuren:synapse.local"


def _member(user: str, membership: str, sender: str, **content: Any) -> dict[str, Any]:
    return {
        "type": "m.room.member",
        "state_key": user,
        "sender": sender,
        "content": {"membership": membership, **content},
    }


def test_the_invite_gives_the_inviters_display_name() -> None:
    body = {
        "next_batch": "s1",
        "rooms": {
            "invite": {
                "!flood:s": {
                    "invite_state": {
                        "events": [
                            {
                                "type": "m.room.name",
                                "state_key": "",
                                "sender": ZHUREN,
                                "content": {"name": "青石镇防汛应急指挥群"},
                            },
                            _member(ZHUREN, "join", ZHUREN, displayname="赵主任"),
                            _member(ME, "invite", ZHUREN),
                        ]
                    }
                },
                "!bare:s": {"invite_state": {"events": [_member(ME, "invite", ZHUREN)]}},
            }
        },
    }
    parsed = ev.parse_sync(body, {}, ev.Me(ME))
    invites = {i.group_id: i for i in parsed.invites}
    assert invites["!flood:s"] == Invite("!flood:s", "青石镇防汛应急指挥群", ZHUREN, "赵主任")
    assert invites["!bare:s"].inviter_name is None


def test_the_invite_list_names_the_inviter_no_group_knows(store: Store, clock: ManualClock) -> None:
    with store.transaction() as session:
        account_id = session.execute(
            tables.accounts.insert().values(
                kind="matrix", label=ME, config={"user_id": ME}, created_ms=0
            )
        ).inserted_primary_key[0]
        batch = SyncBatch(
            next_cursor="s1",
            invites=(Invite("!flood:s", "青石镇防汛应急指挥群", ZHUREN, "赵主任"),),
        )
        record_invites(session, account_id, batch, clock.now())
    (invite,) = pending_invites(store.sessions)
    assert (invite.inviter_id, invite.inviter_name) == (ZHUREN, "赵主任")
