"""Shared fixtures: offscreen Qt, temporary data dirs, stores, a manual clock."""

from __future__ import annotations

import gc
import itertools
import os
import sys
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

# Set before anything imports Qt: the tests never need a display.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.pop("DESK_PASSPHRASE", None)
os.environ.pop("DESK_DATA_DIR", None)

import keyring
import keyring.backend
import pytest
from apscheduler.schedulers.background import BackgroundScheduler
from keyring.backends import fail

from desk.app import autostart
from desk.core.clock import ManualClock
from desk.store.paths import DataDir
from desk.store.store import Store, open_store

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

SHANGHAI = ZoneInfo("Asia/Shanghai")
# A fast scrypt for the many stores tests create; the production cost is tested on its own.
TEST_SCRYPT_N = 2**12
PASSPHRASE = "correct horse battery"


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 11, 23, 10, 0, tzinfo=SHANGHAI))


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    return DataDir(tmp_path / "data").ensure()


@pytest.fixture
def store(data_dir: DataDir) -> Iterator[Store]:
    opened = open_store(data_dir, PASSPHRASE, backend=fail.Keyring(), scrypt_n=TEST_SCRYPT_N)
    yield opened
    opened.close()


@pytest.fixture
def keychain() -> keyring.backend.KeyringBackend:
    """The real system keychain (the Secret Service `python3 dev.py test` starts); the test
    is skipped without one, and fails if the run was meant to have one."""
    from desk.store.keys import keychain_usable

    backend = keyring.get_keyring()
    if not keychain_usable(backend):
        if os.environ.get("DESK_TEST_KEYCHAIN"):
            pytest.fail(f"DESK_TEST_KEYCHAIN is set but the keychain is {backend!r}")
        pytest.skip("no Secret Service here; `python3 dev.py test` starts one")
    return backend


def paused_scheduler() -> BackgroundScheduler:
    """A running scheduler that never fires on its own: APScheduler follows the wall clock,
    the tests a fake one, so a test reads when a job is due and moves its clock there."""
    scheduler = BackgroundScheduler(timezone=SHANGHAI)
    scheduler.start(paused=True)
    return scheduler


@pytest.fixture(scope="session")
def qapp(qapp: QApplication) -> QApplication:
    """pytest-qt's application, with the style desk's own gives every menu (see
    desk.ui.menu_style)."""
    from desk.ui import menu_style

    menu_style.install(qapp)
    return qapp


@pytest.fixture(autouse=True)
def login_entry_of_its_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A desk started by a test writes its start-at-login entry under the test's own
    config dir, never the login entry of the user running the tests."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    # macOS keeps it under the home directory, not XDG_CONFIG_HOME.
    agent = tmp_path / "LaunchAgents" / "cn.desk.desk.plist"
    monkeypatch.setattr(autostart, "launch_agent_path", lambda: agent)


# Tests between two full collections (see collected_on_the_main_thread).
TESTS_PER_FULL_COLLECTION = 50
_tests_run = itertools.count(1)


@pytest.fixture(autouse=True)
def collected_on_the_main_thread() -> Iterator[None]:
    """Garbage is collected on the main thread, as in desk's window (desk.app.gc_schedule):
    a store job that crossed Python's threshold destroyed, on its thread, widgets an earlier
    test had left in cycles, and the suite died of a segmentation fault. A test's garbage
    is young, and goes after its widgets closed (this fixture's teardown comes last)."""
    gc.disable()
    yield
    if next(_tests_run) % TESTS_PER_FULL_COLLECTION:
        gc.collect(0)
    else:
        gc.collect()


@pytest.fixture(autouse=True)
def no_thread_left_behind() -> Iterator[None]:
    """A test that leaves a desk worker thread running fails (as napari does for QThreads)."""
    before = set(threading.enumerate())
    yield
    left = [
        t
        for t in threading.enumerate()
        if t not in before and t.is_alive() and t.name.startswith("desk-")
    ]
    for thread in left:
        thread.join(2)
    still = [t.name for t in left if t.is_alive()]
    assert not still, f"threads left running: {still}"


@pytest.fixture(autouse=True)
def an_english_system(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """desk starts as on a system in English, whatever the locale of the machine running
    the tests: on a C locale (a Linux test box) desk speaks Chinese. The system's locale
    for desk's choice of language, and the default one for what else reads it (QLocale(),
    QCollator's order). Only where Qt is loaded: a run of core tests never imports it."""
    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is None:
        yield
        return
    english, before = qt_core.QLocale("en_US"), qt_core.QLocale()
    monkeypatch.setattr(qt_core.QLocale, "system", lambda: english)
    qt_core.QLocale.setDefault(english)
    yield
    qt_core.QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def the_pointer_put_back() -> Iterator[None]:
    """A test that moves the pointer (QTest.mouseMove) puts it back over no window after
    it: left over the next test's cards, it held back the lines that wait for it to rest
    (desk.ui.pointer_calm) in tests that never touched it."""
    yield
    qt_gui = sys.modules.get("PySide6.QtGui")
    if qt_gui is not None and qt_gui.QGuiApplication.instance() is not None:
        qt_gui.QCursor.setPos(-100, -100)
