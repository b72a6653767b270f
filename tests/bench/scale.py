"""Scale bench (issue 8): desk with N messages in its encrypted cache. Not collected by pytest.

    .venv/bin/python tests/bench/scale.py --messages 100000 [--keep DIR] [--skip-flood]

Builds an encrypted store (passphrase-protected, production scrypt cost) in a temp data
dir, or in --keep DIR (reused on the next run when it holds a store built with the same
--messages and --seed), with N seeded messages over 40 groups fed through the real ingest
pipeline (triage, folding, insert, FTS triggers), then measures:

- ingest_per_s: messages/s through `Ingestor.apply` in batches of 1,000, triage in a
  process of its own as in desk's window (generation not timed, nor the child's start,
  reported as triage_start_s: a running desk pays it once); raw_insert_per_s: a
  plain `executemany` of the same stored rows and their FTS entries into a second
  SQLCipher file with the same key and schema, no triggers, 1,000 rows per transaction as
  ingest commits; ingest_ratio = ingest / raw;
- caught_up_rows: before anything is measured, the store's scores are brought to the
  present as the window's minutely rerank keeps a store in use (see `catch_up`);
- triage_per_s: the triage engine alone over min(N, 100,000) generated messages, with
  garbage collection set as in desk's triage process;
- cold_start_s: a fresh `desk` process (offscreen), its start to the end of the first
  paint of the inbox, worst of --cold-runs (after one unmeasured run that fills the
  bytecode and file caches); cold_unlock_s is the time scrypt takes, on a thread beside
  the start-up, cold_key_wait_s how long the window waited for it, and
  cold_start_no_kdf_s the cold start less that wait (a keychain-protected store);
  cold_floor_s: the same for a bare PySide6 + SQLAlchemy window (tests/bench/cold_floor.py),
  run just before each of desk's; cold_ratio = cold_start_s / cold_floor_s, and
  cold_ratio_median the median of the run-by-run ratios; cold_cpu_s and cold_floor_cpu_s
  the GUI thread's CPU time from the process start to that paint (what a loaded machine
  adds to the wall times is not in them), cold_cpu_ratio_median their run-by-run ratio;
- view_switch_ms (Urgent -> All -> largest group, worst of 3 rounds from a second after
  the first paint, as a person's first click), view_switch_at_paint_ms (one round clicked
  as the paint ends, in a process of its own, while start-up work still runs), scroll_10k_ms
  (paging All to its 10,000th row by the scroll bar, to the list repainted; its cards may
  still be drawn empty then: scroll_10k_drawn_ms is until they are drawn, which waits for
  the store thread, and scroll_10k_paint_cpu_ms and scroll_10k_cpu_ms the GUI thread's CPU
  time to the repaint and until the cards are drawn, other work of the window included), search
  p50/p95 over --queries
  substrings each of 2, 3 and 6 Chinese characters, taken from stored texts, the lengths
  in turn; all in one fresh process, each from the action to the repainted list, and
  search_cpu_p50_ms / search_cpu_p95_ms (and per length) the GUI thread's CPU time for
  the same, which a busy machine's other processes do not inflate;
- rss_mb: peak RSS of the cold-start process (store open, inbox shown), worst run;
- max_stall_ms: the longest GUI event-loop stall while --flood-rate messages/s arrive for
  --flood-seconds through the real SyncWorker (the flood's messages stay in a kept store);
  rss_flood_peak_mb the window process's peak RSS then, rss_flood_children_peak_mb its
  triage process's.

Progress goes to stderr; the last line on stdout is one JSON object.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
if __name__ == "__main__" and str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import sqlcipher3  # noqa: E402
from keyring.backends import fail  # noqa: E402
from sqlalchemy import text, update  # noqa: E402

from desk.connectors.protocol import SyncBatch  # noqa: E402
from desk.core.clock import ManualClock  # noqa: E402
from desk.core.triage_config import TriageConfig  # noqa: E402
from desk.store import keys, ranking  # noqa: E402
from desk.store.models import Account, Message  # noqa: E402
from desk.store.paths import DataDir  # noqa: E402
from desk.store.store import Store, open_store  # noqa: E402
from desk.sync.ingest import Ingestor  # noqa: E402
from desk.sync.triage_process import TriageProcess  # noqa: E402
from tests.bench import scale_connector  # noqa: E402
from tests.bench.scale_traffic import (  # noqa: E402
    GENERATOR_START,
    ME_NAME,
    ScaleTraffic,
    groups,
)

TZ = ZoneInfo("Asia/Shanghai")
PASSPHRASE = "bench passphrase 基准"
META = "bench.json"
BATCH = 1000
# The generator's messages come about 32.5 s apart (tests/bench/scale_traffic.py); placed
# at a little more, its last one falls before now.
SECONDS_PER_MESSAGE_AT_MOST = 33
TRIAGE_SAMPLE = 100_000
SEARCH_LENGTHS = (2, 3, 6)
# Words people type: two-character ones cannot use the trigram index.
BYTECODE_CACHE = Path(tempfile.gettempdir()) / f"desk-bench-pycache-{os.getuid()}"
BENCH_CONFIG = Path(tempfile.gettempdir()) / f"desk-bench-config-{os.getuid()}"
COMMON_WORDS = {
    2: ("紧急", "通知", "安全", "防汛", "会议", "收到", "台账", "排查", "日报", "整改"),
    3: ("推进会", "网格员", "统计表", "零报告", "安监办"),
    6: ("森林防火专项", "请各村（社区", "安全生产有关"),
}
_CJK_RUN = re.compile(r"[\u4e00-\u9fff（）]{2,}")


def say(message: str) -> None:
    print(f"[scale {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ------------------------------------------------------------------ build


def open_bench_store(data_dir: Path, scrypt_n: int) -> Store:
    return open_store(DataDir(data_dir), PASSPHRASE, backend=fail.Keyring(), scrypt_n=scrypt_n)


def build(data_dir: Path, n: int, seed: int, scrypt_n: int) -> dict[str, Any]:
    """Fills a new store with `n` messages through the ingest pipeline; returns its timings."""
    store = open_bench_store(data_dir, scrypt_n)
    triage = TriageProcess()
    try:
        with store.transaction() as session:
            account = Account(kind=scale_connector.KIND, label="bench", config={}, created_ms=0)
            session.add(account)
            session.flush()
            account_id = account.id
        begins = traffic_begins(n, datetime.now(TZ))
        traffic = ScaleTraffic(seed, TZ, start=begins)
        clock = ManualClock(next(traffic.messages(1)).ts - timedelta(minutes=1))
        ingestor = Ingestor(store, TZ, clock, triage)
        # The triage child starts before the clock runs: a running desk starts it once, at
        # its first batch, and it took most of a 1,000-message build (0.6 of 1.1 s).
        step = time.perf_counter()
        triage.configure(-1, TriageConfig(tz=TZ))  # no account: nothing of the build
        triage_start_s = time.perf_counter() - step
        ingest_s = 0.0
        done = 0
        began = time.perf_counter()
        next_report = max(n // 20, BATCH)
        for index, batch in enumerate(traffic.batches(n, BATCH)):
            clock.set(batch[-1].ts)
            sync_batch = SyncBatch(
                next_cursor=f"built:{done + len(batch)}",
                groups=groups() if index == 0 else (),
                messages=tuple(batch),
                me_name=ME_NAME if index == 0 else None,
            )
            step = time.perf_counter()
            result = ingestor.apply(account_id, sync_batch)
            ingest_s += time.perf_counter() - step
            assert result.new_messages == len(batch), (result, len(batch))
            done += len(batch)
            if done >= next_report or done == n:
                next_report += max(n // 20, BATCH)
                say(
                    f"ingested {done:,}/{n:,} ({done / ingest_s:,.0f}/s in ingest, "
                    f"{time.perf_counter() - began:.0f} s wall)"
                )
        # A running desk has decided on notifications for everything it holds; a fresh
        # bench store has not, and the first start would otherwise work through all of it.
        with store.transaction() as session:
            session.execute(
                update(Message).where(Message.notify_state.is_(None)).values(notify_state="silent")
            )
        with store.engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        return {
            "ingest_s": round(ingest_s, 3),
            "ingest_per_s": round(n / ingest_s, 1),
            "triage_start_s": round(triage_start_s, 3),
            "build_wall_s": round(time.perf_counter() - began, 1),
        }
    finally:
        triage.close()
        store.close()


def catch_up(data_dir: Path, scrypt_n: int, now: datetime | None = None) -> int:
    """Scores the store as a desk in use keeps them: the window reranks every minute, so it
    is never months behind. A store built at the traffic's (past) time, or kept from an
    earlier run, was: its first rerank moved 189,000 rows at a million messages, 21 s of
    store-thread work in steps of up to 215 ms, which the GUI's reads then queued behind
    (view switch and search p95 measured 1.5-2x what a caught-up store gives). Returns the
    rows moved."""
    store = open_bench_store(data_dir, scrypt_n)
    try:
        return ranking.rerank(store.sessions, now or datetime.now(TZ))
    finally:
        store.close()


def traffic_begins(n: int, now: datetime) -> datetime:
    """Where the generator's timeline is placed for `n` messages to end about `now` and
    never after it, by whole weeks (its weekdays stay as generated). Placed where it was
    generated, a million messages ran to March 2027: a quarter of the store was "from the
    future", and 83,000 of its rows were due after the bench's today."""
    base = GENERATOR_START.replace(tzinfo=TZ)
    span = timedelta(seconds=n * SECONDS_PER_MESSAGE_AT_MOST)
    return base + timedelta(weeks=(now - span - base) // timedelta(weeks=1))


def raw_key(data_dir: Path) -> str:
    """The `x'…'` key of the store (unwrapped once; scrypt is not part of any timing)."""
    vault = keys.KeyVault(DataDir(data_dir).key_file, fail.Keyring())
    return "x'" + vault.unlock(PASSPHRASE).hex() + "'"


def connect_cipher(path: Path, key: str) -> Any:
    conn = sqlcipher3.dbapi2.connect(str(path), isolation_level=None)
    conn.execute(f'PRAGMA key = "{key}"')
    for pragma in ("temp_store = MEMORY", "synchronous = NORMAL", "journal_mode = WAL"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def raw_insert_rate(data_dir: Path, key: str, scratch: Path) -> dict[str, Any]:
    """Rows/s of a plain executemany of the stored messages and their FTS entries into a
    second SQLCipher file with the same key and schema (no triggers)."""
    source = connect_cipher(DataDir(data_dir).database, key)
    target_path = scratch / "raw.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target_path}{suffix}").unlink(missing_ok=True)
    target = connect_cipher(target_path, key)
    ddl = source.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'messages' AND type IN ('table', 'index')"
        " AND sql IS NOT NULL ORDER BY type DESC"
    ).fetchall()
    for (sql,) in ddl:
        target.execute(sql)
    target.execute(
        "CREATE VIRTUAL TABLE messages_fts USING fts5("
        "text, content='messages', content_rowid='id', tokenize='trigram')"
    )
    columns = [row[1] for row in source.execute("PRAGMA table_info(messages)")]
    text_at = columns.index("text")
    insert_rows = (
        f"INSERT INTO messages ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    )
    insert_fts = "INSERT INTO messages_fts (rowid, text) VALUES (?, ?)"
    rows_done = 0
    spent = 0.0
    last_id = 0
    while True:
        chunk = source.execute(
            f"SELECT {', '.join(columns)} FROM messages WHERE id > ? ORDER BY id LIMIT ?",
            (last_id, BATCH),
        ).fetchall()
        if not chunk:
            break
        last_id = chunk[-1][0]
        fts = [(row[0], row[text_at]) for row in chunk]
        began = time.perf_counter()
        target.execute("BEGIN")
        target.executemany(insert_rows, chunk)
        target.executemany(insert_fts, fts)
        target.execute("COMMIT")
        spent += time.perf_counter() - began
        rows_done += len(chunk)
    source.close()
    target.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target_path}{suffix}").unlink(missing_ok=True)
    return {"raw_insert_per_s": round(rows_done / spent, 1), "raw_rows": rows_done}


def triage_rate(n: int, seed: int) -> float:
    from tests.bench.triage_quality import throughput

    return round(throughput(min(n, TRIAGE_SAMPLE), seed), 1)


def search_queries(data_dir: Path, key: str, per_length: int, seed: int) -> list[str]:
    """`per_length` substrings of 2, 3 and 6 characters: common words and pieces of stored
    texts, so most find something and some find a lot."""
    rng = random.Random(seed)
    conn = connect_cipher(DataDir(data_dir).database, key)
    top = conn.execute("SELECT max(id) FROM messages").fetchone()[0] or 0
    runs: list[str] = []
    tries = 0
    while len(runs) < 30 * per_length and tries < 200 * per_length and top:
        tries += 1
        row = conn.execute("SELECT text FROM messages WHERE id = ?", (rng.randint(1, top),))
        found = row.fetchone()
        if found:
            runs.extend(_CJK_RUN.findall(found[0]))
    conn.close()
    by_length: list[list[str]] = []
    for length in SEARCH_LENGTHS:
        fitting = [r for r in runs if len(r) >= length]
        picked: list[str] = []
        common = list(COMMON_WORDS[length])
        while len(picked) < per_length:
            if common and (not fitting or rng.random() < 0.3):
                picked.append(common.pop(0))
                continue
            if not fitting:
                break
            run = rng.choice(fitting)
            start = rng.randrange(0, len(run) - length + 1)
            picked.append(run[start : start + length])
        by_length.append(picked)
    # Taken in turn (2, 3, 6, 2, ...), not each length's at once: the first searches after
    # the window's start meet cold caches, and the length run first paid for them (each
    # length's GUI CPU time 10-30 % higher run first than run last, at 300,000 messages).
    # The same queries as before, in another order.
    return [q for turn in itertools.zip_longest(*by_length) for q in turn if q is not None]


# ------------------------------------------------------------------ GUI processes


def run_gui(data_dir: Path, mode: str, extra: Sequence[str] = (), timeout: float = 900) -> dict:
    return run_child(
        "tests.bench.scale_gui", ["--data-dir", str(data_dir), "--mode", mode, *extra], timeout
    )


def run_floor() -> dict:
    return run_child("tests.bench.cold_floor", [], timeout=120)


def run_child(
    module: str,
    args: Sequence[str],
    timeout: float,
    root: Path = ROOT,
    platform: str = "offscreen",
) -> dict:
    """Runs `python -m module args` from the checkout `root` (another one to compare), on
    the Qt `platform` (xcb: the display DISPLAY names)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": platform,
        keys.ENV_PASSPHRASE: PASSPHRASE,
        "PYTHONPATH": str(root),
    }
    env.pop("DESK_DATA_DIR", None)
    # An installed desk (pip, or the frozen bundle) starts from compiled bytecode; under
    # PYTHONDONTWRITEBYTECODE (set in this sandbox) every start would compile desk anew.
    # The cache sits outside the checkout and the shared virtual environment.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(BYTECODE_CACHE)
    # desk keeps a start-at-login entry: the bench's go under a config dir of its own.
    env["XDG_CONFIG_HOME"] = str(BENCH_CONFIG)
    command = [sys.executable, "-m", module, *args]
    env["DESK_BENCH_T0"] = repr(time.time())
    done = subprocess.run(
        command, cwd=root, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(
            f"{module} {' '.join(args)} failed ({done.returncode}):\n{done.stdout}\n"
            f"{done.stderr[-3000:]}"
        )
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def cold_starts(data_dir: Path, runs: int) -> dict[str, Any]:
    """desk's cold start, worst of `runs`, each next to the floor measured just before it."""
    # Unmeasured: fills the bytecode cache and the OS file cache for both programs.
    run_floor()
    run_gui(data_dir, "cold")
    colds, floors = [], []
    for attempt in range(runs):
        floors.append(run_floor())
        colds.append(run_gui(data_dir, "cold"))
        say(
            f"cold start {attempt + 1}: {colds[-1]['cold_start_s']:.3f} s "
            f"(floor {floors[-1]['floor_s']:.3f} s; GUI thread's CPU "
            f"{colds[-1]['cold_cpu_s']:.3f} s, floor {floors[-1]['cpu_s']:.3f} s)"
        )
    worst = max(colds, key=lambda c: c["cold_start_s"])
    result: dict[str, Any] = {
        "cold_start_s": worst["cold_start_s"],
        "cold_start_runs_s": [c["cold_start_s"] for c in colds],
        "cold_unlock_s": worst["unlock_s"],
        "cold_open_store_s": worst["open_store_s"],
        "cold_key_wait_s": worst["key_wait_s"],
        # What a keychain-protected store (no scrypt) would take, from the same runs: scrypt
        # runs beside the start-up, and delays it by as long as the window waits for the key.
        "cold_start_no_kdf_s": round(max(c["cold_start_s"] - c["key_wait_s"] for c in colds), 4),
        "cold_floor_s": max(f["floor_s"] for f in floors),
        "cold_floor_runs_s": [f["floor_s"] for f in floors],
        "cold_floor_rss_mb": max(f["rss_peak_mb"] for f in floors),
        "rss_mb": max(c["rss_peak_mb"] for c in colds),
        "rss_shown_mb": max(c["rss_mb"] for c in colds),
    }
    # Worst over worst, and run by run (each pair shared the machine's load of the moment).
    result["cold_ratio"] = round(result["cold_start_s"] / result["cold_floor_s"], 2)
    pairs = sorted(c["cold_start_s"] / f["floor_s"] for c, f in zip(colds, floors, strict=True))
    result["cold_ratio_median"] = round(pairs[len(pairs) // 2], 2)
    result["cold_cpu_s"] = max(c["cold_cpu_s"] for c in colds)
    result["cold_floor_cpu_s"] = max(f["cpu_s"] for f in floors)
    cpu_pairs = sorted(c["cold_cpu_s"] / f["cpu_s"] for c, f in zip(colds, floors, strict=True))
    result["cold_cpu_ratio_median"] = round(cpu_pairs[len(cpu_pairs) // 2], 2)
    return result


# ------------------------------------------------------------------ main


def prepare(args: argparse.Namespace) -> tuple[Path, dict[str, Any]]:
    """The data dir and its build timings: reused when --keep holds a matching build."""
    if args.keep:
        data_dir = Path(args.keep).resolve()
        meta_path = data_dir / META
        if meta_path.exists():
            meta = json.loads(meta_path.read_text())
            if meta.get("n") == args.messages and meta.get("seed") == args.seed:
                say(f"reusing the store in {data_dir} (built {meta.get('built')})")
                return data_dir, {**meta, "reused": True}
            raise SystemExit(f"{data_dir} holds a store of another size or seed; remove it")
        if data_dir.exists() and any(data_dir.iterdir()):
            raise SystemExit(f"{data_dir} is not empty and holds no bench store")
    else:
        data_dir = Path(tempfile.mkdtemp(prefix="desk-scale-")) / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    say(f"building {args.messages:,} messages in {data_dir}")
    meta = {
        "n": args.messages,
        "seed": args.seed,
        "built": time.strftime("%Y-%m-%d %H:%M:%S"),
        **build(data_dir, args.messages, args.seed, args.scrypt_n),
    }
    (data_dir / META).write_text(json.dumps(meta, indent=1))
    return data_dir, {**meta, "reused": False}


def run(args: argparse.Namespace) -> dict[str, Any]:
    data_dir, meta = prepare(args)
    scratch = Path(tempfile.mkdtemp(prefix="desk-scale-scratch-"))
    result: dict[str, Any] = {"n": args.messages}
    try:
        key = raw_key(data_dir)
        say("scores brought to today, as a desk in use keeps them")
        result["caught_up_rows"] = catch_up(data_dir, args.scrypt_n)
        result["ingest_per_s"] = meta["ingest_per_s"]
        result["triage_start_s"] = meta.get("triage_start_s")
        say("raw executemany of the same rows")
        result.update(raw_insert_rate(data_dir, key, scratch))
        result["ingest_ratio"] = round(result["ingest_per_s"] / result["raw_insert_per_s"], 3)
        say("triage alone")
        result["triage_per_s"] = triage_rate(args.messages, args.seed)

        result.update(cold_starts(data_dir, args.cold_runs))

        queries_file = scratch / "queries.json"
        queries = search_queries(data_dir, key, args.queries, args.seed)
        queries_file.write_text(json.dumps(queries, ensure_ascii=False), "utf-8")
        say(f"view switches, paging and {len(queries)} searches")
        interact = run_gui(data_dir, "interact", ["--queries", str(queries_file)])
        for name, value in interact.items():
            if name.startswith(("view_switch", "scroll", "search", "rss_after")):
                result[name] = value
        at_paint = run_gui(data_dir, "interact", ["--first-click-ms", "0", "--rounds", "1"])
        result["view_switch_at_paint_ms"] = at_paint["view_switch_ms"]
        result["view_switch_at_paint_detail_ms"] = at_paint["view_switch_detail_ms"]

        if not args.skip_flood:
            say(f"flood: {args.flood_rate:g} msg/s for {args.flood_seconds:g} s")
            flooded = data_dir
            if args.keep:
                # On a copy: a kept store flooded by every run gathered 30,000 messages a
                # run, thousands of them DINGs whose ladders then ran through each later
                # run's view switches (a first switch of 300 ms at a million).
                say("copying the kept store for the flood")
                flooded = scratch / "flooded"
                shutil.copytree(data_dir, flooded)
            flood = run_gui(
                flooded,
                "flood",
                ["--rate", str(args.flood_rate), "--seconds", str(args.flood_seconds)],
                timeout=args.flood_seconds + 900,
            )
            for name, value in flood.items():
                if name.startswith(("max_stall", "stall", "stalls", "flood", "heartbeats")):
                    result[name] = value
            result["rss_flood_peak_mb"] = flood.get("rss_flood_peak_mb")
            result["rss_flood_children_peak_mb"] = flood.get("rss_flood_children_peak_mb")
        result["store_mb"] = round(DataDir(data_dir).database.stat().st_size / 2**20, 1)
        result["reused_store"] = meta["reused"]
        result["build_wall_s"] = meta.get("build_wall_s")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
        if not args.keep:
            shutil.rmtree(data_dir.parent, ignore_errors=True)
    return result


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--messages", type=int, default=1000)
    p.add_argument("--keep", help="data dir to build in, and reuse on later runs")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--scrypt-n", type=int, default=keys.DEFAULT_SCRYPT_N)
    p.add_argument("--cold-runs", type=int, default=3)
    p.add_argument("--queries", type=int, default=100, help="searches per length (2, 3, 6)")
    p.add_argument("--flood-rate", type=float, default=1000.0)
    p.add_argument("--flood-seconds", type=float, default=30.0)
    p.add_argument("--skip-flood", action="store_true")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    result = run(parser().parse_args(argv))
    print(json.dumps(result, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
