"""`desk` with no subcommand (or `desk gui`): the window."""

from __future__ import annotations

import argparse
import gc
import os

from desk.app import session_bus
from desk.app.logs import log_failed_start, platform_text_early
from desk.cli.common import add_data_dir, display_unopenable, fail, no_display
from desk.cli.speech import QT_TRANSLATE_NOOP
from desk.store.keys import ENV_PASSPHRASE, unlock_early
from desk.store.paths import DataDir


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from desk.cli import _console_build

    # desk-cli without a command lists the commands: "the default" there misled IT.
    said = (
        QT_TRANSLATE_NOOP("Cli", "open the desk window")
        if _console_build()
        else QT_TRANSLATE_NOOP("Cli", "open the desk window (the default)")
    )
    parser = sub.add_parser("gui", help=said)
    add_data_dir(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if no_display():
        # Said plainly: Qt's own words, on stderr before it aborts (exit 134), named a
        # missing xcb-cursor0 library (IT, on a server with no screen).
        said = (
            "no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset): "
            "start desk in a desktop session; the commands in `desk --help` need none, "
            "and QT_QPA_PLATFORM=offscreen runs the window without a screen"
        )
        _no_window(args, said)
        return 2
    unopenable = display_unopenable()
    if unopenable is not None:
        # Qt aborted here too (exit 134, "Reinstalling the application may fix this
        # problem", a crash.log), with DISPLAY set to a display that was gone (IT).
        said = (
            f"the display {unopenable} (DISPLAY) cannot be opened: no X server answers "
            "there, or it refuses this user. Start desk in a desktop session, or set DISPLAY "
            "to a display that runs; the commands in `desk --help` need none"
        )
        _no_window(args, said)
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


def _no_window(args: argparse.Namespace, said: str) -> None:
    """Says why the window does not start, on stderr and in the data dir's log (README: a
    start that fails says why there too), made as a start that reaches Qt makes it."""
    fail(said)
    log_failed_start(DataDir.resolve(args.data_dir), said)
