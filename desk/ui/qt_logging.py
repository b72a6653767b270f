"""The Qt logging categories desk silences at start: QtMultimedia's as it loads.

Loading the alert sounds printed a dozen lines on the terminal of every start of the
demo (a new user): the FFmpeg backend's version (qt.multimedia.ffmpeg, info) and, on a
PC without PipeWire or VA-API, two lines per library it looks for and does without
(qt.multimedia.symbolsresolver: Couldn't load pipewire-0.3 library …; VA-API is video
decoding, which desk does not use, and without PipeWire Qt plays through PulseAudio).
Neither is a fault desk or its user can act on. What does matter still comes through: a
backend's warnings, and Qt's uncategorised ones (PulseAudioService: pa_context_connect()
failed, QSoundEffect: playback of this format is not supported …), which say why the
sounds will not play, as the window and `desk selftest` do in their own words.

Set with QLoggingCategory.setFilterRules, which Qt ranks below QT_LOGGING_RULES (and
QT_LOGGING_CONF): a user's own rule for these categories wins
(QT_LOGGING_RULES="qt.multimedia.*=true" brings them all back).
"""

from __future__ import annotations

SILENCED = (
    "qt.multimedia.symbolsresolver.warning=false",
    "qt.multimedia.ffmpeg.info=false",
)


def silence_multimedia_loading() -> None:
    """Silences the categories in SILENCED, before QtMultimedia loads (its libraries log
    as they are loaded, once per process)."""
    from PySide6.QtCore import QLoggingCategory

    QLoggingCategory.setFilterRules("\n".join(SILENCED))
