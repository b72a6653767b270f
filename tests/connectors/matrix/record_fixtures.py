"""Records real Synapse answers into tests/data/matrix/ (run by hand; not a test).

    .venv/bin/python -m tests.connectors.matrix.record_fixtures

Starts a throw-away Synapse on 127.0.0.1, plays the township scenario, and saves
the desk user's initial `/sync`, an incremental `/sync` whose timelines are cut
short (`limited`), the `/messages` page that fills the gap and one room's `/state`.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from desk.connectors.matrix.connector import sync_filter
from tests.connectors.matrix.scenario import (
    make_people,
    make_rooms,
    post_between_syncs,
    post_first_day,
)
from tests.helpers.synapse import SynapseServer

OUT = Path(__file__).resolve().parents[2] / "data" / "matrix"


def save(name: str, data: Any) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / name).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        server = SynapseServer(Path(tmp) / "hs")
        server.start()
        try:
            t = make_people(server)
            make_rooms(t)
            post_first_day(t)
            first = t.me.request(
                "GET", "/sync", query={"filter": json.dumps(sync_filter(100)), "timeout": "0"}
            )
            save("sync_initial.json", first)
            post_between_syncs(t)
            for n in range(6):  # more than the timeline limit below: a limited timeline
                t.clerk.text(t.work, f"收到{n}")
            later = t.me.request(
                "GET",
                "/sync",
                query={
                    "filter": json.dumps(sync_filter(3)),
                    "since": first["next_batch"],
                    "timeout": "0",
                },
            )
            save("sync_limited.json", later)
            gap = later["rooms"]["join"][t.work]["timeline"]["prev_batch"]
            page = t.me.request(
                "GET",
                f"/rooms/{t.work}/messages",
                query={"dir": "b", "from": gap, "to": first["next_batch"], "limit": "500"},
            )
            save("messages_gap.json", page)
            save("state_work.json", t.me.request("GET", f"/rooms/{t.work}/state"))
            save(
                "scenario.json",
                {
                    "me": t.me.user_id,
                    "leader": t.leader.user_id,
                    "deputy": t.deputy.user_id,
                    "clerk": t.clerk.user_id,
                    "rooms": {"work": t.work, "second": t.second, "secret": t.secret},
                    "ids": t.ids,
                },
            )
        finally:
            server.stop()


if __name__ == "__main__":
    main()
