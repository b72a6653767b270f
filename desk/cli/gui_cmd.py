"""`desk` with no subcommand (or `desk gui`): the window."""

from __future__ import annotations

import argparse
import gc
import os

from desk.app import session_bus
from desk.app.logs import log_failed_start, platform_text_early
from desk.cli.common import (
    DISPLAY_UNOPENABLE,
    NO_DISPLAY,
    display_unopenable,
    fail,
    no_display,
)
from desk.store.keys import ENV_PASSPHRASE, unlock_early
from desk.store.paths import DataDir


def run(args: argparse.Namespace) -> int:
    if no_display():
        # Said plainly: Qt's own words, on stderr before it aborts (exit 134), named a
        # missing xcb-cursor0 library (IT, on a server with no screen).
        _no_window(args, NO_DISPLAY, {})
        return 2
    unopenable = display_unopenable()
    if unopenable is not None:
        # Qt aborted here too (exit 134, "Reinstalling the application may fix this
        # problem", a crash.log), with DISPLAY set to a display that was gone (IT).
        _no_window(args, DISPLAY_UNOPENABLE, {"display": unopenable})
        return 2
    # Start-up builds what lives as long as desk (modules, classes, widgets): collections
    # meanwhile walk it all in vain, 50 ms of a 0.6 s start. They resume once the window
    # is up (run_gui, through gc_schedule).
    gc.disable()
    # Before Qt, and before the keychain is asked on its thread: both read the address.
    session_bus.keep_from_autolaunching()
    # The store's key is unlocked on a thread (scrypt, or the keychain) while Qt and the
    # window's code load; run_gui waits for it only when it needs the store.
    data_dir = DataDir.resolve(args.data_dir)
    early = unlock_early(data_dir.key_file, os.environ.get(ENV_PASSPHRASE))
    platform_text_early()
    from desk.app.gui import run_gui  # Qt loads only when a window is wanted

    return run_gui(args.data_dir, early)


def _no_window(args: argparse.Namespace, said: str, values: dict[str, str]) -> None:
    """Says why the window does not start (`said`, filled with `values`), on stderr in the
    store's language (the window's own command speaks none before: IT read it in English
    under zh_CN) and in English in the data dir's log (README: a start that fails says why
    there too), made as a start that reaches Qt makes it."""
    from desk.cli.speech import speak_for, translate

    data_dir = DataDir.resolve(args.data_dir)
    speak_for(data_dir)
    fail(translate("Cli", said).format(**values))
    log_failed_start(data_dir, said.format(**values))
