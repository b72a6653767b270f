"""Keeps desk from starting a D-Bus session bus that outlives it.

Where no session bus runs (a kiosk, a bare X server with no desktop session), Qt's D-Bus
users (the tray icon, the accessibility bridge a shown window starts) asked libdbus for
one, and libdbus "autolaunched" it: `dbus-launch --autolaunch` and a `dbus-daemon`, tied
to the X display, not to desk, so they ran on after desk quit (township IT found one on
each kiosk PC). Nothing would listen on such a bus (no tray host, no notification
server): desk loses nothing by going without, and Qt falls back to the X11 tray.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping
from pathlib import Path

ADDRESS = "DBUS_SESSION_BUS_ADDRESS"
# An address libdbus and GLib cannot connect to and do not autolaunch for.
DISABLED = "disabled:"


def keep_from_autolaunching(environ: MutableMapping[str, str] = os.environ) -> bool:
    """Before Qt starts: where no session bus can be found, an address that starts none.
    True if it set one. A bus the session has (its address set, or the systemd user
    bus at $XDG_RUNTIME_DIR/bus, which libdbus finds by itself) is left to be used."""
    if sys.platform in ("win32", "darwin") or environ.get(ADDRESS):
        return False
    runtime = environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime, "bus").is_socket():
        return False
    environ[ADDRESS] = DISABLED
    return True
