"""The focus ring on its own: where it is drawn, and letting go of what is gone."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desk.ui.focus_ring import FocusRing


def _pane_and_button(qtbot: QtBot) -> tuple[QWidget, QTextEdit, QPushButton, FocusRing]:
    """A shown window holding a pane over a button, and its ring (the window is kept by
    the test: the ring follows the focus while the window closes)."""
    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    pane, button = QTextEdit(), QPushButton("OK")
    column.addWidget(pane)
    column.addWidget(button)
    ring = FocusRing(window)
    window.show()
    qtbot.waitExposed(window)
    return window, pane, button, ring


def test_the_ring_lets_go_of_a_widget_already_deleted(qtbot: QtBot) -> None:
    # A window being closed deletes its panes before its ring, and the focus leaves them
    # meanwhile: in a suite run the ring let go of a reading pane already gone, and raised.
    _window, pane, button, ring = _pane_and_button(qtbot)
    ring.follow(pane)
    assert ring.isVisible()
    with qtbot.waitSignal(pane.destroyed):
        pane.deleteLater()
    ring.follow(button)
    assert ring.target is button and ring.isVisible()


def test_a_pane_is_ringed_on_its_frame_and_a_button_just_outside(qtbot: QtBot) -> None:
    _window, pane, button, ring = _pane_and_button(qtbot)
    ring.follow(pane)
    # Clear of what the pane shows: Qt scrolls a pane by copying only what nothing
    # overlaps.
    inside = pane.viewport().geometry().translated(pane.pos())
    assert not ring.mask().translated(ring.pos()).intersects(inside)
    assert ring.geometry().contains(pane.geometry())
    ring.follow(button)
    assert not ring.mask().translated(ring.pos()).intersects(button.geometry())
    assert ring.geometry().contains(button.geometry())
