"""Where the GUI thread was while its event loop stalled: the flood bench's longest gaps
named by the desk frames the thread was in, so that the next fix starts from a place,
not from a number."""

from __future__ import annotations

import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from types import FrameType

# A gap this long is a stall worth placing (the target is 50 ms; a heartbeat is 5).
STALL_S = 0.03
SAMPLE_S = 0.005
# Frames named per sample, innermost first: enough to tell a caller from its callee.
FRAMES = 3


@dataclass
class Stall:
    began: float
    seconds: float = 0.0
    places: Counter[str] = field(default_factory=Counter)


class StallWatch:
    """Samples the stacks of the GUI thread (`thread_id`) and of the others while the last
    heartbeat (`last_beat[0]`) is older than STALL_S.

    The sampler needs the GIL to read a stack: a stall in Qt's C++ with the GIL let go is
    sampled where Python called it; one where another thread held the GIL is sampled as
    soon as it lets go, once: the GUI thread then sits in the event loop, and the other
    thread's place is what held it.

    The frames sampled keep their locals alive, Qt widgets among them. The sampler never
    drops the last reference to them itself (a widget destroyed off the GUI thread
    crashes Qt): it hands them to the watched thread's `release`, which the heartbeat
    calls, and to `stop`."""

    def __init__(self, thread_id: int, last_beat: list[float]) -> None:
        self._thread_id = thread_id
        self._last = last_beat
        self._stalls: list[Stall] = []
        # The stall going on, listed with the others by `worst`.
        self._current: Stall | None = None
        self._stop = threading.Event()
        # Frame maps sampled and not yet let go by the watched thread.
        self._held: list[dict[int, FrameType]] = []
        self._thread = threading.Thread(target=self._run, name="stall-watch", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Stops sampling; called on the watched thread, like `release`."""
        self._stop.set()
        self._thread.join(1.0)
        self.release()

    def release(self) -> None:
        """Lets go of the frames sampled so far, on the calling (watched) thread."""
        self._held.clear()

    def worst(self, n: int = 5) -> list[list[object]]:
        """The `n` longest stalls: milliseconds, then their places with how many samples
        each had, most first."""
        stalls = [*self._stalls, *([self._current] if self._current else [])]
        longest = sorted(stalls, key=lambda s: s.seconds, reverse=True)[:n]
        return [
            [round(s.seconds * 1000, 1), [f"{p} ×{k}" for p, k in s.places.most_common(6)]]
            for s in longest
        ]

    def _run(self) -> None:
        while not self._stop.wait(SAMPLE_S):
            beat = self._last[0]
            gap = time.perf_counter() - beat
            current = self._current
            if current is not None and (gap < STALL_S or current.began != beat):
                self._stalls.append(current)
                current = self._current = None
            if gap < STALL_S:
                continue
            if current is None:
                current = self._current = Stall(beat)
            current.seconds = gap
            names = {t.ident: t.name for t in threading.enumerate()}
            frames = sys._current_frames()
            for ident in frames:
                if ident == threading.get_ident():
                    continue
                # The GUI thread's place, and the other threads' (one of them may have
                # held the GIL through the gap): each named by its thread.
                who = "gui" if ident == self._thread_id else names.get(ident, "?")
                current.places[f"[{who}] {_place(frames[ident])}"] += 1
            self._held.append(frames)
            del frames


def _place(frame: FrameType) -> str:
    """The innermost FRAMES frames of desk's own code (or the innermost frames at all).

    Read from the frames alone: the source lines traceback would read from disk are not
    needed, and the I/O would let the watched thread run on under the sample."""
    stack: list[tuple[str, int, str]] = []
    at: FrameType | None = frame
    while at is not None:
        code = at.f_code
        stack.append((code.co_filename, at.f_lineno or 0, code.co_name))
        at = at.f_back
    own = [f for f in stack if "/desk/" in f[0]] or stack
    return " < ".join(
        f"{path.rsplit('/', 1)[-1]}:{line} {name}" for path, line, name in own[:FRAMES]
    )
