"""`desk` with no subcommand (or `desk gui`): the window."""

from __future__ import annotations

import argparse

from desk.cli.common import add_data_dir


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("gui", help="open the desk window (the default)")
    add_data_dir(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from desk.app.gui import run_gui  # Qt loads only when a window is wanted

    return run_gui(args.data_dir)
