"""desk's window as it first shows on a screen of a given size, in a process of its own:
Qt's offscreen platform takes its screens from a file only as it starts.

    python -m tests.helpers.first_window DATA_DIR WIDTH HEIGHT

Prints one JSON object: whether the window showed maximised, and its normal size.
Not tests.conftest: it sets QT_QPA_PLATFORM for the tests' own process.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo


def main(data_dir: str, width: int, height: int) -> None:
    screens = Path(data_dir) / "screens.json"
    Path(data_dir).mkdir(parents=True, exist_ok=True)
    screen = {"name": "s", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96}
    screens.write_text(json.dumps({"screens": [screen]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screens}"

    from keyring.backends import fail
    from PySide6.QtWidgets import QApplication

    from desk.core.clock import ManualClock
    from desk.store.inbox import InboxQueries
    from desk.store.paths import DataDir
    from desk.store.store import open_store
    from desk.ui.main_window import MainWindow
    from desk.ui.ops import StoreOps

    app = QApplication([])
    tz = ZoneInfo("Asia/Shanghai")
    store = open_store(
        DataDir(Path(data_dir) / "data").ensure(), "first", backend=fail.Keyring(), scrypt_n=2**12
    )
    ops = StoreOps()
    window = MainWindow(
        InboxQueries(store.sessions), ops, ManualClock(datetime(2026, 12, 7, 8, 35, tzinfo=tz)), tz
    )
    window.restore_layout(store.data_dir.root / "window.ini")
    window.show()
    app.processEvents()
    normal = window.normalGeometry()
    available = window.screen().availableGeometry()
    print(
        json.dumps(
            {
                "available": [available.width(), available.height()],
                "maximised": window.isMaximized(),
                "frame": [window.frameGeometry().width(), window.frameGeometry().height()],
                "normal": [normal.width(), normal.height()],
            }
        )
    )
    window.allow_close()
    window.close()
    ops.shutdown()
    store.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
