"""Loading the alert sounds calls no Python while Qt's multimedia libraries load: their
static initialisers log under the dynamic loader's lock, and a Python message handler
there waited for the GIL held by a thread waiting for that lock (desk froze for good)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from PySide6.QtCore import qInstallMessageHandler, qWarning

from desk.ui import notifier

# A fresh interpreter: QtMultimedia logs as it loads only the first time.
_LOAD_IN_A_FRESH_PROCESS = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import qInstallMessageHandler, qWarning
    from PySide6.QtWidgets import QApplication
    from desk.ui.notifier import Notifier

    app = QApplication([])
    notifier = Notifier(app.windowIcon())
    heard = []
    qInstallMessageHandler(lambda kind, context, message: heard.append(context.category))
    notifier.load_sounds()
    qWarning("after")
    print(heard)
    """
)


def test_qt_messages_while_the_sounds_load_reach_no_python_handler() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _LOAD_IN_A_FRESH_PROCESS],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    heard = done.stdout.strip().splitlines()[-1]
    # Qt's own warning after the load reaches the handler again ("default": qWarning's).
    assert heard == "['default']", done.stderr


def test_the_handler_is_back_after_a_load_that_fails(qapp: object) -> None:
    heard: list[str] = []
    qInstallMessageHandler(lambda kind, context, message: heard.append(message))
    try:
        try:
            with notifier._qt_messages_past_python():
                qWarning("while loading")
                raise ImportError("no QtMultimedia")
        except ImportError:
            pass
        qWarning("after")
    finally:
        qInstallMessageHandler(None)
    assert heard == ["after"]


# Loads the sounds as the window's start does, after silencing what it silences, then
# says what each of QtMultimedia's categories would print, and a warning of desk's own.
_LOAD_AS_THE_WINDOW_STARTS = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QLoggingCategory, qWarning
    from PySide6.QtWidgets import QApplication
    from desk.ui.notifier import Notifier
    from desk.ui.qt_logging import silence_multimedia_loading

    if sys.argv[1] == "silenced":
        silence_multimedia_loading()
    app = QApplication([])
    Notifier(app.windowIcon()).load_sounds()
    for name in ("qt.multimedia.symbolsresolver", "qt.multimedia.ffmpeg"):
        category = QLoggingCategory(name)
        print(name, category.isWarningEnabled(), category.isInfoEnabled())
    qWarning("desk's own warning")
    """
)


def _load_as_the_window_starts(silenced: bool, rules: str | None = None) -> tuple[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("QT_LOGGING_RULES", None)
    if rules is not None:
        env["QT_LOGGING_RULES"] = rules
    done = subprocess.run(
        [sys.executable, "-c", _LOAD_AS_THE_WINDOW_STARTS, "silenced" if silenced else "not"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=True,
    )
    return done.stdout, done.stderr


def test_the_window_starts_without_qt_multimedias_loading_lines_but_with_its_own() -> None:
    # `python3 dev.py demo`: "qt.multimedia.symbolsresolver: Couldn't load pipewire-0.3
    # library", the same for va-x11, va-drm, va …, and the FFmpeg backend's version, on
    # the terminal of every start (a new user).
    said, stderr = _load_as_the_window_starts(silenced=True)
    assert said.splitlines() == [
        "qt.multimedia.symbolsresolver False True",
        "qt.multimedia.ffmpeg True False",
    ]
    assert "qt.multimedia.symbolsresolver" not in stderr
    assert "qt.multimedia.ffmpeg" not in stderr
    assert "desk's own warning" in stderr
    # Unsilenced, they are on by default (and on this test machine, without PipeWire, said).
    said, _stderr = _load_as_the_window_starts(silenced=False)
    assert said.splitlines() == [
        "qt.multimedia.symbolsresolver True True",
        "qt.multimedia.ffmpeg True True",
    ]


def test_the_users_own_logging_rules_win_over_what_desk_silences() -> None:
    rules = "qt.multimedia.symbolsresolver.warning=true;qt.multimedia.ffmpeg.info=true"
    said, _stderr = _load_as_the_window_starts(silenced=True, rules=rules)
    assert said.splitlines() == [
        "qt.multimedia.symbolsresolver True True",
        "qt.multimedia.ffmpeg True True",
    ]
