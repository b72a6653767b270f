"""What the status bar says once the user moved a card to another tier: what desk learnt
from it, naming whose messages it moves (see desk.store.weights and desk.core.lessons).

"已移到“待办”，以后类似消息也会这样归类" named no one, and promised a tier where one
correction moves points by less than a tier line (a tester): now it says whose messages
follow, and how.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desk.core.lessons import Lesson
from desk.core.messages import Tier
from desk.core.placeholders import fill
from desk.store.inbox import InboxRow, ViewKind
from desk.ui.sidebar import view_name

if TYPE_CHECKING:
    from desk.store.weights import Correction


def correction_said(row: InboxRow, tier: Tier, correction: Correction | None) -> str:
    """The status bar's line once `row` (as it was before) moved to `tier`: what its
    correction taught, by the sender's name and the group's (%2, %3), or that it taught
    nothing, or took back what moving it away had taught."""
    to = view_name(ViewKind(tier.value))
    learnt = None if correction is None else correction.learnt
    if correction is None or learnt is None:
        return fill(QCoreApplication.translate("Correction", "Moved to %1. Ctrl+Z undoes."), to)
    sender, group = row.sender_name, row.group_name
    if correction.taken_back:
        return fill(
            QCoreApplication.translate(
                "Correction",
                "Moved back to %1: what moving it away taught desk is taken back. Ctrl+Z undoes.",
            ),
            to,
        )
    if learnt.lesson_moved and learnt.lesson_after == Lesson.READ.value:
        # A lesson reads the sender's like as information, whatever tier it was moved to.
        return fill(
            QCoreApplication.translate(
                "Correction",
                "Moved to %1: from now on, messages like it from %2 in %3 go to %4. Ctrl+Z undoes.",
            ),
            to,
            sender,
            group,
            view_name(ViewKind.INFO),
        )
    if learnt.lesson_moved and learnt.lesson_after == Lesson.PUT_AWAY.value:
        return fill(
            QCoreApplication.translate(
                "Correction",
                "Moved to %1: from now on, messages from %2 in %3 that ask nothing of you go "
                "to %1. Ctrl+Z undoes.",
            ),
            to,
            sender,
            group,
        )
    up = (learnt.sender_delta or learnt.group_delta) > 0
    if learnt.sender_delta and learnt.group_delta:
        # The sender's weight counts in every group of the account, the group's for
        # everyone in it: said so, not "similar messages".
        said = (
            QCoreApplication.translate(
                "Correction",
                "Moved to %1: from now on, messages from %2 (in every group) and all messages "
                "in %3 rank a little higher. Ctrl+Z undoes.",
            )
            if up
            else QCoreApplication.translate(
                "Correction",
                "Moved to %1: from now on, messages from %2 (in every group) and all messages "
                "in %3 rank a little lower. Ctrl+Z undoes.",
            )
        )
        return fill(said, to, sender, group)
    if learnt.sender_delta:
        said = (
            QCoreApplication.translate(
                "Correction",
                "Moved to %1: from now on, messages from %2 (in every group) rank a little "
                "higher. Ctrl+Z undoes.",
            )
            if up
            else QCoreApplication.translate(
                "Correction",
                "Moved to %1: from now on, messages from %2 (in every group) rank a little "
                "lower. Ctrl+Z undoes.",
            )
        )
        return fill(said, to, sender)
    if learnt.group_delta:
        said = (
            QCoreApplication.translate(
                "Correction",
                "Moved to %1: from now on, all messages in %2 rank a little higher. Ctrl+Z undoes.",
            )
            if up
            else QCoreApplication.translate(
                "Correction",
                "Moved to %1: from now on, all messages in %2 rank a little lower. Ctrl+Z undoes.",
            )
        )
        return fill(said, to, group)
    return fill(QCoreApplication.translate("Correction", "Moved to %1. Ctrl+Z undoes."), to)


def correction_foreseen(row: InboxRow, foreseen: Correction, what: str) -> str:
    """The question's words before `row` goes to Noise: `what` it is (urgent, a DING
    waiting, addressed to the user), then what the move will teach, as `foreseen` (the
    store's own steps, rolled back) has it, and nothing it will not: "desk will rank
    similar messages lower too" was said where the move taught nothing (urgent is the
    rules' alone) or put away the sender's chat instead (a tester)."""
    learnt = foreseen.learnt
    sender, group = row.sender_name, row.group_name

    def said(template: str, *args: str) -> str:
        return fill(QCoreApplication.translate("Correction", template), what, *args)

    if foreseen.taken_back:
        return said(
            QT_TRANSLATE_NOOP(
                "Correction",
                "%1 What moving it out of Noise taught desk is taken back. Ctrl+Z undoes.",
            )
        )
    if learnt.lesson_moved and learnt.lesson_after == Lesson.PUT_AWAY.value:
        return said(
            QT_TRANSLATE_NOOP(
                "Correction",
                "%1 From now on, messages from %2 in %3 that ask nothing of you go to Noise "
                "too. Ctrl+Z undoes.",
            ),
            sender,
            group,
        )
    if learnt.sender_delta and learnt.group_delta:
        return said(
            QT_TRANSLATE_NOOP(
                "Correction",
                "%1 From now on, messages from %2 (in every group) and all messages in %3 "
                "rank a little lower. Ctrl+Z undoes.",
            ),
            sender,
            group,
        )
    if learnt.sender_delta:
        return said(
            QT_TRANSLATE_NOOP(
                "Correction",
                "%1 From now on, messages from %2 (in every group) rank a little lower. "
                "Ctrl+Z undoes.",
            ),
            sender,
        )
    if learnt.group_delta:
        return said(
            QT_TRANSLATE_NOOP(
                "Correction",
                "%1 From now on, all messages in %2 rank a little lower. Ctrl+Z undoes.",
            ),
            group,
        )
    return said(QT_TRANSLATE_NOOP("Correction", "%1 Ctrl+Z undoes."))
