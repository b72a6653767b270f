"""How long the three bulk paths of issue 8 hold desk's store, on a copy of a scale store.
Not collected by pytest.

    .venv/bin/python tests/bench/scale.py --messages 300000 --keep DIR --skip-flood
    .venv/bin/python tests/bench/bulk_paths.py DIR {mark,edits,refresh}

Each run works on a fresh copy of DIR (the store is left as it was), with whichever desk
is first on PYTHONPATH, so that an older checkout can be measured on the same store:

- mark: Shift+C in All and its undo, as the store thread runs them (one job, or a job a
  step): mark_s, undo_s in all, and the longest job of each, which is how long a key
  pressed meanwhile waits;
- group: Shift+C in one group (--group, by name; else the one with the most unread) and its
  undo, as `mark` does: it should take as long as the group's unread, not the store's;
- edits: an edits-only sync batch of --edits edits of recent messages, while another
  thread marks a message read every 5 ms as the window does: ui_write_max_ms is the
  longest such write waited (a write refused past the busy timeout is in ui_errors);
- refresh: the list's refresh during a one-character search that only a LIKE answers
  (--needle), once the search itself is through: its longest store job.

The last line on stdout is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
if __name__ == "__main__" and str(ROOT) not in sys.path:
    # Last: a desk on PYTHONPATH (an older checkout) is the one measured.
    sys.path.append(str(ROOT))

from keyring.backends import fail  # noqa: E402
from sqlalchemy import text  # noqa: E402

from desk.store.inbox import InboxQueries, View, ViewKind  # noqa: E402
from desk.store.paths import DataDir  # noqa: E402
from desk.store.store import Store, open_store  # noqa: E402

TZ = ZoneInfo("Asia/Shanghai")
PASSPHRASE = "bench passphrase 基准"


def _timed(jobs: list[float], job: Callable[[], Any]) -> Any:
    began = time.perf_counter()
    try:
        return job()
    finally:
        jobs.append(time.perf_counter() - began)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def mark(store: Store, view: View | None = None) -> dict[str, Any]:
    queries = InboxQueries(store.sessions)
    view = view or View(ViewKind.ALL)
    badge = queries.unread_in(view)
    marks: list[float] = []
    undos: list[float] = []
    stepper = getattr(queries, "view_read_mark", None)
    if stepper is None:  # one job each, as before the steps
        marked = _timed(marks, lambda: queries.mark_view_read(view))
        _timed(undos, lambda: queries.unmark_read(marked))
        count = len(marked.ids)
        rows = marked.rows
        waiting = None
        undo_total = rows
    else:
        steps = stepper(view)
        begun: Any = _timed(marks, steps.begin)
        # Since the counts agree, begin() says how many wait (None before).
        waiting = begun if isinstance(begun, int) else None
        while not _timed(marks, steps.step).finished:
            pass
        count = len(steps.marked.ids)
        undone = _timed(undos, steps.unmark_step)
        while not undone.finished:
            undone = _timed(undos, steps.unmark_step)
        rows = steps.marked.rows
        undo_total = undone.marked + undone.left
    return {
        "view": view.kind.value if view.group_id is None else f"group {view.group_id}",
        "badge": badge,
        "mark_total": badge - waiting if waiting is not None else badge,
        "undo_total": undo_total,
        "marked": count,
        "badge_rows_marked": rows,
        "mark_s": round(sum(marks), 2),
        "mark_jobs": len(marks),
        "mark_longest_job_ms": _ms(max(marks)),
        "undo_s": round(sum(undos), 2),
        "undo_jobs": len(undos),
        "undo_longest_job_ms": _ms(max(undos)),
    }


def _group(store: Store, name: str) -> int:
    """The group named `name`, or the one with the most unread."""
    with store.sessions() as session:
        if name:
            return int(
                session.execute(
                    text("SELECT id FROM groups WHERE name = :n"), {"n": name}
                ).scalar_one()
            )
        return int(
            session.execute(
                text(
                    "SELECT group_id FROM unread_counts GROUP BY group_id "
                    "ORDER BY sum(n) DESC LIMIT 1"
                )
            ).scalar_one()
        )


def edits(store: Store, count: int) -> dict[str, Any]:
    # Imported here: the triage process starts only for this measurement.
    from desk.connectors.protocol import MessageEdit, SyncBatch
    from desk.core.clock import ManualClock
    from desk.sync.ingest import Ingestor
    from desk.sync.triage_process import TriageProcess

    queries = InboxQueries(store.sessions)
    with store.sessions() as session:
        account = session.execute(text("SELECT min(id) FROM accounts")).scalar_one()
        latest = session.execute(text("SELECT max(ts_ms) FROM messages")).scalar_one()
        probe = session.execute(text("SELECT min(id) FROM messages")).scalar_one()
        recent = session.execute(
            text(
                "SELECT m.remote_id, g.remote_id, m.sender_id, m.text FROM messages AS m "
                "JOIN groups AS g ON g.id = m.group_id ORDER BY m.id DESC LIMIT 20000"
            )
        ).all()
    now = datetime.fromtimestamp(latest / 1000, TZ) + timedelta(minutes=5)
    picked = random.Random(7).sample(recent, count + 1)

    def batch(rows: Sequence[Any], cursor: str) -> SyncBatch:
        moved = " 会议改到明天下午3点，请准时参加。"
        return SyncBatch(
            next_cursor=cursor,
            edits=tuple(MessageEdit(r[0], r[1], r[2], r[3] + moved, now) for r in rows),
        )

    triage = TriageProcess()
    try:
        ingestor = Ingestor(store, TZ, ManualClock(now), triage)
        ingestor.apply(account, batch(picked[:1], "warm"))  # the engine warmed first
        waits: list[float] = []
        errors: list[str] = []
        stop = threading.Event()

        def read_marks() -> None:
            read = True
            while not stop.is_set():
                began = time.perf_counter()
                try:
                    queries.set_read((probe,), read)
                except Exception as exc:  # a write refused past the busy timeout
                    errors.append(type(exc).__name__)
                waits.append(time.perf_counter() - began)
                read = not read
                time.sleep(0.005)

        thread = threading.Thread(target=read_marks)
        thread.start()
        time.sleep(0.2)
        before = len(waits)
        took: list[float] = []
        _timed(took, lambda: ingestor.apply(account, batch(picked[1:], "edits")))
        time.sleep(0.1)
        stop.set()
        thread.join()
    finally:
        triage.close()
    during = waits[before:]
    return {
        "edits": count,
        "batch_s": round(took[0], 3),
        "ui_write_max_ms": _ms(max(during)),
        "ui_writes": len(during),
        "ui_errors": errors,
    }


def refresh(store: Store, needle: str) -> dict[str, Any]:
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QApplication

    from desk.core.clock import ManualClock
    from desk.ui.inbox_model import PAGE, InboxModel

    app = QApplication.instance() or QApplication([])
    model = InboxModel(InboxQueries(store.sessions), TZ, ManualClock(datetime.now(TZ)))
    model.set_view(View(ViewKind.ALL, None, needle))
    began = time.perf_counter()
    while model.canFetchMore(QModelIndex()) and model.rowCount() < PAGE:
        app.processEvents()
    searched = time.perf_counter() - began
    jobs: list[float] = []
    read: Any = _timed(jobs, model.reread())
    while not hasattr(read, "ids"):  # a ReadOn: the next store job
        read = _timed(jobs, read.work)
    return {
        "needle": needle,
        "found": model.rowCount(),
        "search_s": round(searched, 2),
        "refresh_jobs": len(jobs),
        "refresh_s": round(sum(jobs), 3),
        "refresh_longest_job_ms": _ms(max(jobs)),
    }


def parser() -> argparse.ArgumentParser:
    parsed = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parsed.add_argument("store", type=Path, help="a data dir scale.py built (--keep)")
    parsed.add_argument("path", choices=("mark", "group", "edits", "refresh"))
    parsed.add_argument("--group", default="", help="the group's name (for group)")
    parsed.add_argument("--edits", type=int, default=200)
    parsed.add_argument("--needle", default="鑫")
    return parsed


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="desk-bulk-") as scratch:
        copy = Path(scratch) / "data"
        shutil.copytree(args.store, copy)
        store = open_store(DataDir(copy), PASSPHRASE, backend=fail.Keyring())
        try:
            if args.path == "mark":
                result = mark(store)
            elif args.path == "group":
                result = mark(store, View(ViewKind.GROUP, group_id=_group(store, args.group)))
            elif args.path == "edits":
                result = edits(store, args.edits)
            else:
                result = refresh(store, args.needle)
        finally:
            store.close()
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
