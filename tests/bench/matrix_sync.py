"""Benchmark: desk's initial sync of a Matrix account into the encrypted store, against a
bare matrix-nio client's initial sync into memory, on a local Synapse. Not collected by pytest.

    .venv/bin/python -m tests.bench.matrix_sync [--rooms 40] [--messages 250] [--rounds 3]

Seeds the server once (ROOMS x MESSAGES plain-text work messages, 127.0.0.1 only),
then times, in the same run and with the same sync filter, each side's first sync
of everything (timeline limit = MESSAGES, so no back-fill). Prints both medians and
the ratio desk / nio; the target is <= 1.5.
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

from keyring.backends import fail
from nio import AsyncClient, AsyncClientConfig, RoomMessagesResponse, SyncResponse

from desk.connectors.matrix import MatrixConnector
from desk.connectors.matrix.connector import login, sync_filter
from desk.connectors.matrix.transport import ServerConfig
from desk.core.clock import SystemClock
from desk.store.models import Account, to_ms
from desk.store.paths import DataDir
from desk.store.store import open_store
from desk.sync.accounts import AccountRef
from desk.sync.ingest import Ingestor
from desk.sync.worker import sync_account_once
from tests.helpers.synapse import MatrixUser, SynapseServer

TZ_NAME = "Asia/Shanghai"
TEXTS = (
    "【通知】请各村于今天18:00前报送防汛值班表，逾期通报。",
    "收到",
    "收到，马上落实",
    "好的，谢谢领导",
    "明天上午9点在三楼会议室开会，请准时参加",
    "第{n}号网格人员信息已核对完毕",
    "请各位把本周工作小结发到群里",
    "今天的安全生产检查表已经上传",
)


def seed(server: SynapseServer, rooms: int, messages: int) -> tuple[MatrixUser, str]:
    """One poster per room, one kept-alive connection per poster (Synapse on SQLite takes
    one write at a time, so more parallelism only adds lock waits)."""
    password = secrets.token_urlsafe(12)
    me = server.register("bench_me", password, displayname="小刘")
    poster = server.register("bench_poster", displayname="王书记")
    started = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    headers = {"Authorization": f"Bearer {poster.token}", "Content-Type": "application/json"}
    try:
        for index in range(rooms):
            room = poster.create_room(f"第{index}工作群", invite=(me,))
            for n in range(messages):
                body = {"msgtype": "m.text", "body": TEXTS[n % len(TEXTS)].format(n=n)}
                path = f"/_matrix/client/v3/rooms/{quote(room)}/send/m.room.message/s{index}-{n}"
                conn.request("PUT", path, json.dumps(body), headers)
                response = conn.getresponse()
                response.read()
                assert response.status == 200, response.status
    finally:
        conn.close()
    elapsed = time.perf_counter() - started
    print(f"seeded {rooms} rooms x {messages} messages in {elapsed:.1f} s", flush=True)
    return me, password


async def desk_initial_sync(server: ServerConfig, user_id: str, password: str, limit: int) -> float:
    from zoneinfo import ZoneInfo

    creds = await login(server, user_id, password)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(DataDir(Path(tmp)), "bench passphrase", backend=fail.Keyring())
        try:
            config = {"homeserver": server.homeserver, "user_id": user_id, "initial_history": limit}
            with store.transaction() as session:
                row = Account(
                    kind="matrix",
                    label=user_id,
                    config=config,
                    created_ms=to_ms(SystemClock().now()),
                )
                session.add(row)
                session.flush()
                account = AccountRef(row.id, row.kind, row.label, dict(config))
            clock = SystemClock()
            connector = MatrixConnector.from_config(account.config, creds.secrets(), clock=clock)
            ingestor = Ingestor(store, ZoneInfo(TZ_NAME), clock)
            try:
                started = time.perf_counter()
                results = await sync_account_once(connector, account, store, ingestor)
                elapsed = time.perf_counter() - started
            finally:
                await connector.close()
            stored = sum(r.new_messages for r in results)
        finally:
            store.close()
    print(f"  desk: {stored} messages stored in {elapsed:.2f} s", flush=True)
    return elapsed


async def nio_initial_sync(server: ServerConfig, user_id: str, password: str, limit: int) -> float:
    client = AsyncClient(server.homeserver, user_id, config=AsyncClientConfig(request_timeout=300))
    try:
        await client.login(password)
        started = time.perf_counter()
        response = await client.sync(timeout=0, sync_filter=sync_filter(limit), full_state=True)
        assert isinstance(response, SyncResponse), response
        events = 0
        # The same history desk fetches: what the server's timeline cap left out, back-filled.
        for room_id, room in response.rooms.join.items():
            events += len(room.timeline.events)
            token, wanted = room.timeline.prev_batch, limit - len(room.timeline.events)
            while room.timeline.limited and token and wanted > 0:
                page = await client.room_messages(room_id, start=token, limit=min(wanted, 500))
                assert isinstance(page, RoomMessagesResponse), page
                if not page.chunk:
                    break
                events += len(page.chunk)
                wanted -= len(page.chunk)
                token = page.end
        elapsed = time.perf_counter() - started
    finally:
        await client.close()
    print(f"  nio:  {events} events in memory in {elapsed:.2f} s", flush=True)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rooms", type=int, default=40)
    parser.add_argument("--messages", type=int, default=250)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        server = SynapseServer(Path(tmp) / "synapse")
        server.start()
        try:
            me, password = seed(server, args.rooms, args.messages)
            config = ServerConfig(server.base_url, request_timeout_s=300)
            # A first sync of each kind warms the server's caches for both alike.
            asyncio.run(nio_initial_sync(config, me.user_id, password, args.messages))
            desk_times, nio_times = [], []
            for _ in range(args.rounds):
                desk_times.append(
                    asyncio.run(desk_initial_sync(config, me.user_id, password, args.messages))
                )
                nio_times.append(
                    asyncio.run(nio_initial_sync(config, me.user_id, password, args.messages))
                )
        finally:
            server.stop()
    desk_s, nio_s = statistics.median(desk_times), statistics.median(nio_times)
    ratio = desk_s / nio_s
    print(f"desk initial sync into the encrypted store: {desk_s:.2f} s (median of {args.rounds})")
    print(f"bare matrix-nio initial sync into memory:  {nio_s:.2f} s (median of {args.rounds})")
    print(f"ratio desk / nio: {ratio:.2f} (target <= 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
