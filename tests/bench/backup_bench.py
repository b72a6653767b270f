"""`desk backup` against a plain `cp` of the files, on a kept store. Not collected by pytest.

    .venv/bin/python tests/bench/backup_bench.py --data-dir /tmp/backup41/store [--rounds 3]

The store is one `tests/bench/scale.py --keep DIR` built (passphrase "bench passphrase 基准").
Each round, side by side: `cp desk.db desk.key` into a new folder (cp_s), the same with the
copies synced to disk (cp_sync_s, as SQLite syncs the backup at its end), then the backup as
`desk backup` takes it (backup_s: the pages copied, copy_s, and read back whole,
read_back_s), and SQLCipher's `VACUUM INTO` under the same key for comparison (vacuum_s,
not read back). Then one backup beside a writer committing 50 rows every 20 ms on a
connection of its own, as the window's sync does: its longest commit while the backup ran
(writer_max_ms) against its longest before (writer_max_alone_ms). Every timing is the
median of the rounds; ratios are to cp_s and cp_sync_s. The last stdout line is JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if __name__ == "__main__" and str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from keyring.backends import fail  # noqa: E402

from desk.store.backup import back_up  # noqa: E402
from desk.store.models import Setting  # noqa: E402
from desk.store.paths import DataDir  # noqa: E402
from desk.store.store import Store, open_store  # noqa: E402

PASSPHRASE = "bench passphrase 基准"


def say(text: str) -> None:
    print(f"[backup {time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)


def _cp(source: DataDir, into: Path, *, synced: bool) -> float:
    into.mkdir()
    started = time.perf_counter()
    subprocess.run(["cp", str(source.database), str(source.key_file), str(into)], check=True)
    if synced:
        for name in (source.database.name, source.key_file.name):
            handle = os.open(into / name, os.O_RDONLY)
            try:
                os.fsync(handle)
            finally:
                os.close(handle)
    return time.perf_counter() - started


def _backup(store: Store, into: Path) -> tuple[float, float, int, int]:
    """The whole backup, the pages' copy within it, the copy's size and its messages."""
    started = time.perf_counter()
    copied_at: list[float] = []

    def step(done: int, total: int) -> None:
        if done == total:
            copied_at.append(time.perf_counter())

    made = back_up(store, into, progress=step)
    return made.seconds, copied_at[-1] - started, made.size, made.messages


def _vacuum_into(store: Store, into: Path) -> tuple[float, int]:
    into.mkdir()
    target = into / "desk.db"
    with store.engine.connect() as conn:
        driver = conn.connection.dbapi_connection
        assert driver is not None
        started = time.perf_counter()
        driver.execute("VACUUM INTO ?", (str(target),))
        seconds = time.perf_counter() - started
    return seconds, target.stat().st_size


def _beside_a_writer(store: Store, window: Store, into: Path) -> dict[str, float]:
    """One backup while `window` commits 50 rows every 20 ms."""
    stop = threading.Event()
    commits: list[tuple[float, float]] = []  # (when it began, how long it took)

    def write() -> None:
        n = 0
        while not stop.is_set():
            began = time.perf_counter()
            with window.transaction() as session:
                for _ in range(50):
                    n += 1
                    session.merge(Setting(name=f"bench.backup.{n % 500}", value="x" * 200))
            commits.append((began, time.perf_counter() - began))
            stop.wait(0.02)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        time.sleep(2.0)  # its commits alone, first
        started = time.perf_counter()
        seconds, _copy, _size, _messages = _backup(store, into)
        ended = time.perf_counter()
        time.sleep(0.5)
    finally:
        stop.set()
        writer.join()
    alone = [took for began, took in commits if began < started]
    during = [took for began, took in commits if started <= began < ended]
    with window.transaction() as session:
        session.query(Setting).filter(Setting.name.like("bench.backup.%")).delete()
    return {
        "backup_beside_writer_s": round(seconds, 3),
        "writer_commits_during": len(during),
        "writer_max_alone_ms": round(max(alone) * 1000, 1),
        "writer_max_ms": round(max(during, default=0.0) * 1000, 1),
    }


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--data-dir", required=True)
    p.add_argument("--rounds", type=int, default=3)
    args = p.parse_args()
    source = DataDir(Path(args.data_dir).resolve())
    store = open_store(source, PASSPHRASE, backend=fail.Keyring())
    window = open_store(source, PASSPHRASE, backend=fail.Keyring())
    scratch = Path(tempfile.mkdtemp(prefix="desk-backup-bench-"))
    timings: dict[str, list[float]] = {}
    facts: dict[str, float] = {}
    try:
        for round_ in range(args.rounds):
            cp_s = _cp(source, scratch / f"cp{round_}", synced=False)
            cp_sync_s = _cp(source, scratch / f"cps{round_}", synced=True)
            backup_s, copy_s, size, messages = _backup(store, scratch / f"b{round_}")
            vacuum_s, vacuum_size = _vacuum_into(store, scratch / f"v{round_}")
            for name, value in (
                ("cp_s", cp_s),
                ("cp_sync_s", cp_sync_s),
                ("backup_s", backup_s),
                ("copy_s", copy_s),
                ("read_back_s", backup_s - copy_s),
                ("vacuum_s", vacuum_s),
            ):
                timings.setdefault(name, []).append(value)
            facts = {
                "messages": messages,
                "store_bytes": source.database.stat().st_size,
                "backup_bytes": size,
                "vacuum_bytes": vacuum_size,
            }
            say(
                f"round {round_ + 1}: cp {cp_s:.3f} s, cp+sync {cp_sync_s:.3f} s, backup "
                f"{backup_s:.3f} s (pages {copy_s:.3f} s), VACUUM INTO {vacuum_s:.3f} s"
            )
            for folder in scratch.iterdir():
                shutil.rmtree(folder)
        beside = _beside_a_writer(store, window, scratch / "beside")
        say(f"beside a writer: {beside}")
    finally:
        store.close()
        window.close()
        shutil.rmtree(scratch, ignore_errors=True)
    result: dict[str, float] = dict(facts)
    for name, values in timings.items():
        result[name] = round(statistics.median(values), 3)
    result["backup_to_cp"] = round(result["backup_s"] / result["cp_s"], 1)
    result["backup_to_cp_sync"] = round(result["backup_s"] / result["cp_sync_s"], 1)
    result["copy_to_cp_sync"] = round(result["copy_s"] / result["cp_sync_s"], 1)
    result["vacuum_to_cp_sync"] = round(result["vacuum_s"] / result["cp_sync_s"], 1)
    result.update(beside)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
