"""The window's first paint reads its store through SQLAlchemy Core, never its ORM.

sqlalchemy.orm and the mapped classes (desk.store.models) cost a cold start about 55 ms
of the GUI thread to import and configure (issue 8): what the first paint reads (the
settings, the presence kept, the first page of the inbox, its counts) goes through Core
connections, and the ORM loads after that paint, with the work that waits for it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from desk.core.clock import ManualClock
from desk.store.paths import DataDir
from desk.store.store import Store
from tests.app.test_escalation import MONDAY_10
from tests.app.test_start_order import _a_ding_waits
from tests.conftest import PASSPHRASE

# Started as `desk gui` starts (desk.cli, then desk.app.gui, which loads SQLAlchemy before
# Qt); at the first paint of the inbox's list (where AfterFirstPaint runs the work that
# waits for it) it says what is loaded and quits, the work not run; with --started, it
# runs that work and says it once the services have started.
_PROBE = """
import json, sys, threading

# Which thread loaded each module first.
loaded_by = {}

def on_import(event, args):
    if event == "import" and args[0] not in loaded_by:
        loaded_by[args[0]] = threading.current_thread() is threading.main_thread()

sys.addaudithook(on_import)
import desk.cli, desk.cli.gui_cmd, desk.app.gui
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from desk.ui import first_paint

seen = {}
watched = first_paint.AfterFirstPaint.eventFilter
work = first_paint.AfterFirstPaint._run
watched_names = ("apscheduler", "sqlalchemy.orm", "desk.store.models", "desk.core.quiet_hours")

def event_filter(self, obj, event):
    if event.type() == QEvent.Type.Paint:
        seen["painted"] = True
    return watched(self, obj, event)

def at_paint(self):
    if "orm" in seen and "--started" in sys.argv:
        work(self)  # the roll calls', waiting for the paint too
        return
    if self._work is not None and "orm" not in seen:
        seen["orm"] = "sqlalchemy.orm" in sys.modules
        seen["models"] = "desk.store.models" in sys.modules
        seen["rows"] = self._widget.parent().model().rowCount()
        seen["modules"] = sorted(sys.modules)
        # PySide6 builds a class (and all its enums) at the first import of its name.
        import PySide6

        seen["qt_classes"] = sorted(
            f"{name}.{cls}"
            for name in ("QtCore", "QtGui", "QtWidgets", "QtNetwork")
            for cls in vars(getattr(PySide6, name, None) or object())
            if cls.startswith("Q")
        )
        from desk.core import dings
        seen["receipt_compiled"] = dings._opening_receipt.cache_info().currsize > 0
        import dataclasses

        seen["dataclasses"] = sorted(
            f"{name}.{attr}"
            for name, module in list(sys.modules.items())
            if name.startswith("desk.")
            for attr, value in list(vars(module).items())
            if isinstance(value, type)
            and value.__module__ == name
            and dataclasses.is_dataclass(value)
        )
        if "--services" in sys.argv:
            # The tray, alerts and DING ladders, built and wired on this (the GUI) thread,
            # their store work not yet run: that is the store thread's.
            self._work.__self__._build_services()
            seen["orm_with_services"] = "sqlalchemy.orm" in sys.modules
            seen["models_with_services"] = "desk.store.models" in sys.modules
        if "--started" in sys.argv:
            app = self._work.__self__

            def started():
                seen["on_gui_thread"] = sorted(
                    name
                    for name, gui in loaded_by.items()
                    if gui and name.startswith(watched_names)
                )
                seen["services"] = app.services_started
                print(json.dumps(seen), flush=True)
                QApplication.instance().exit(0)

            app.servicesStarted.connect(started)
            work(self)
            return
        print(json.dumps(seen), flush=True)
        self.cancel()
        QApplication.instance().exit(0)  # quit() asks the window, which stays in the tray

first_paint.AfterFirstPaint.eventFilter = event_filter
first_paint.AfterFirstPaint._run = at_paint
sys.exit(desk.cli.main(["gui", "--data-dir", sys.argv[1]]))
"""


def _seen_at_paint(
    store: Store, data_dir: DataDir, tmp_path: Path, *probe_args: str
) -> dict[str, object]:
    _a_ding_waits(store, ManualClock(MONDAY_10))
    store.close()
    env = {
        **os.environ,
        "DESK_PASSPHRASE": PASSPHRASE,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        # The start-at-login entry desk keeps goes here, not into the user's.
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(data_dir.root), *probe_args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert done.returncode == 0 and lines, done.stderr[-3000:]
    seen: dict[str, object] = json.loads(lines[-1])
    return seen


def test_the_first_paint_of_the_inbox_comes_before_the_orm_loads(
    store: Store, data_dir: DataDir, tmp_path: Path
) -> None:
    seen = _seen_at_paint(store, data_dir, tmp_path)
    assert seen["painted"], "by the paint, not by the fallback timer"
    assert seen["rows"] == 1, "the inbox, with the DING waiting in it"
    assert seen["orm"] is False, "sqlalchemy.orm loaded before the first paint"
    assert seen["models"] is False


# Loaded after the first paint of the inbox (or on first use), never before it: what the
# paint does not need, each a few ms of the GUI thread at a cold start (issue 8). A name
# ending in "." stands for the package and all its modules.
NOT_BEFORE_THE_PAINT = (
    "keyring.",
    # The services' and the sync worker's: alembic's migrations ran on the store thread,
    # APScheduler, keyring (the key is unlocked on a thread of its own), the Matrix
    # connector's client, the triage engine and OpenCC (that comes with the first card
    # that has copies to compare; the store here has none).
    "alembic",
    "apscheduler",
    "nio",
    "opencc",
    "desk.core.triage.",
    "desk.sync.worker",
    "desk.core.quiet_hours",
    # The quiet switch's states (two dataclasses) come with the services; it names the
    # reasons from the first paint (desk.core.quiet_reason).
    "desk.core.quiet_state",
    "desk.core.work_calendar",
    # The tables of search and of the group pickers: loaded at their first use.
    "desk.core.pinyin_table",
    "desk.core.nfkc_table",
    # The notification rules (seven dataclasses): the window needs only which groups
    # are muted and the delivery states (desk.core.delivery).
    "desk.core.notify_policy",
    # Where the user was, for a window built again in another language; a start loads it
    # only to go back to a view or card kept (none here).
    "desk.ui.window_place",
    # Dialogs not shown at the start: the keys' (F1) writes them as the window does
    # (desk.ui.key_text).
    "desk.ui.shortcuts_dialog",
    "desk.ui.settings_dialog",
    "desk.ui.about_dialog",
)


# Qt classes the first paint does not use: announcing to a screen reader (QAccessible's
# enums are large) comes with the first message that is announced.
NOT_BUILT_BEFORE_THE_PAINT = ("QtGui.QAccessible", "QtGui.QAccessibleEvent")


# The dataclasses the modules loaded before the first paint define (see the test below):
# records copied with dataclasses.replace (in desk or in its tests), walked field by field
# (desk.core.well_formed), or with fields left out of comparing. There were 52, some 30 ms
# of the GUI thread to create; the others are NamedTuples now.
DATACLASSES_BEFORE_THE_PAINT = frozenset(
    (
        "desk.core.dings.Confirmation",
        "desk.core.dings.DingDue",
        "desk.core.dings.Person",
        "desk.core.dings.Roster",
        "desk.core.escalation.LadderConfig",
        "desk.core.match_spans.Needle",
        "desk.core.messages.Message",
        "desk.core.messages.Reason",
        "desk.core.messages.Standing",
        "desk.core.messages.Supersession",
        "desk.core.messages.Verdict",
        "desk.core.policy.Policy",
        "desk.store.dings.SentDing",
        "desk.store.inbox.Ack",
        "desk.store.inbox.InboxRow",
        "desk.store.inbox.NoticeCopy",
        "desk.store.inbox.View",
        "desk.store.keys.KeyFile",
        "desk.store.paths.DataDir",
        "desk.store.paths.OsRefusal",
        "desk.store.store.Store",
        "desk.sync.status.SyncStatus",
        "desk.ui.inbox_model.Snapshot",
    )
)


def _loaded(modules: list[str], name: str) -> list[str]:
    if name.endswith("."):
        return [m for m in modules if m == name[:-1] or m.startswith(name)]
    return [m for m in modules if m == name]


def test_what_the_first_paint_does_not_need_loads_after_it(
    store: Store, data_dir: DataDir, tmp_path: Path
) -> None:
    seen = _seen_at_paint(store, data_dir, tmp_path)
    assert seen["rows"] == 1
    modules = seen["modules"]
    assert isinstance(modules, list)
    assert "desk.ui.main_window" in modules, "the probe saw the window's modules"
    early = [m for name in NOT_BEFORE_THE_PAINT for m in _loaded(modules, name)]
    assert early == []
    # Nor are the Qt classes it does not use (PySide6 builds one, with all its enums, at
    # the first import of its name)...
    qt_classes = seen["qt_classes"]
    assert isinstance(qt_classes, list)
    assert "QtWidgets.QMainWindow" in qt_classes, "the probe saw the classes built"
    assert [c for c in NOT_BUILT_BEFORE_THE_PAINT if c in qt_classes] == []
    # ...nor the tables and patterns built at the first use, in modules it loads.
    assert seen["receipt_compiled"] is False, "sync's receipt pattern, about 1.5 ms"
    # ...and no dataclass but these: each costs the GUI thread about 0.5 ms to create (1.9
    # for InboxRow's 43 fields), a NamedTuple a tenth of that. A record that needs no
    # dataclass feature (replace, fields, a __post_init__) is a NamedTuple in a module the
    # first paint loads; one that does waits in a module loaded later.
    made = seen["dataclasses"]
    assert isinstance(made, list)
    assert [name for name in made if name not in DATACLASSES_BEFORE_THE_PAINT] == []


def test_the_services_built_after_the_paint_leave_the_orm_to_the_store_thread(
    store: Store, data_dir: DataDir, tmp_path: Path
) -> None:
    # Built on the GUI thread right after the first paint, the alerts (their notification
    # ledger), the DING ladders (their store) and attachment saving imported the ORM and
    # the mapped classes there: some 80 ms in which the painted window took no input
    # (issue 8). Those load on the store thread, with the first work that reads through them.
    seen = _seen_at_paint(store, data_dir, tmp_path, "--services")
    assert seen["rows"] == 1
    assert seen["orm_with_services"] is False, "_build_services imported sqlalchemy.orm"
    assert seen["models_with_services"] is False


def test_the_services_modules_load_on_the_store_thread(
    store: Store, data_dir: DataDir, tmp_path: Path
) -> None:
    # APScheduler reads the entry points of every installed package as it loads, and the
    # quiet-hours calendar comes with the alerts: some 35 ms more of the GUI thread, after
    # the paint, loaded on the store thread before the services are built.
    seen = _seen_at_paint(store, data_dir, tmp_path, "--started")
    assert seen["services"] is True
    assert seen["on_gui_thread"] == []
