"""Where the user was in a window, for the window built in its place (another language
chosen: desk.app.gui builds the whole window again): the view and its search, the card
they had chosen, what quiet hours held when that is the view, and the absence the user
came back from (its view listed, its line dismissed or not)."""

from __future__ import annotations

from dataclasses import dataclass

from desk.core.absence import Absence
from desk.store.inbox import View


@dataclass(frozen=True, slots=True)
class WindowPlace:
    # The view shown, its search included; a HELD view with the messages it listed.
    view: View
    # The card the user went to; None where the selection was desk's (the view's first).
    card: int | None
    # Where Esc goes back from the held list.
    before_held: View
    # The held list's tooltip, the digest's line in it.
    held_tip: str
    # What came while the user was away: listed under the views, and said over the list
    # unless they dismissed the line.
    away: Absence | None = None
    away_closed: bool = False
