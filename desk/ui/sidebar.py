"""The list of views (All, Urgent, … Done) and of groups, with unread counts."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desk.core.messages import Tier
from desk.core.placeholders import fill
from desk.store.inbox import GroupCount, OpenCards, View, ViewKind
from desk.ui.group_label import group_of_account
from desk.ui.name_order import by_pinyin
from desk.ui.style import TIER_TONES, follows_palette

if TYPE_CHECKING:
    from desk.ui.group_switcher import GroupEntry


class SidebarEntry(NamedTuple):
    """A row of the sidebar as a menu lists it: a heading (no view) or a view or group
    with its count as shown, and whether it is the one in view."""

    name: str
    count: str
    view: View | None
    current: bool


_VIEW_NAMES = {
    ViewKind.ALL: QT_TRANSLATE_NOOP("MainWindow", "All"),
    ViewKind.URGENT: QT_TRANSLATE_NOOP("MainWindow", "Urgent"),
    ViewKind.ACTION: QT_TRANSLATE_NOOP("MainWindow", "Action"),
    # What of the tasks is due by tonight, or was due before: named for both, as 今日到期
    # it counted 9,239 on a big store with nothing due that day (a tester); its count's
    # tip says how many of each.
    ViewKind.DUE: QT_TRANSLATE_NOOP("MainWindow", "Due & overdue"),
    ViewKind.INFO: QT_TRANSLATE_NOOP("MainWindow", "Info"),
    ViewKind.NOISE: QT_TRANSLATE_NOOP("MainWindow", "Noise"),
    ViewKind.DONE: QT_TRANSLATE_NOOP("MainWindow", "Done"),
}
# What quiet hours held: listed under the views once the morning digest has said it.
_HELD_NAME = QT_TRANSLATE_NOOP("MainWindow", "Held while quiet")
# What came while the user was away: listed under the views once they come back.
_AWAY_NAME = QT_TRANSLATE_NOOP("MainWindow", "While away")
# The tiers' views, Ctrl+1 to Ctrl+6 in the order listed.
VIEW_ORDER = tuple(kind for kind in _VIEW_NAMES if kind is not ViewKind.DUE)
# Every view as listed top to bottom, which is also the order of their digits (Ctrl+1…9):
# the tiers' views, then the lists across them. Due & overdue, which came last, had Ctrl+9
# while listed under Action, so the digits skipped about; it is listed last instead of
# renumbering: held (Ctrl+7, named by the digest and the status bar) and away (Ctrl+8)
# keep the digits users have learnt, and so do Info, Noise and Done.
LISTED_ORDER = (*VIEW_ORDER, ViewKind.HELD, ViewKind.AWAY, ViewKind.DUE)


def view_key(kind: ViewKind) -> str:
    """The key that shows the view `kind` (portable text: Ctrl+7), by its place listed."""
    return f"Ctrl+{LISTED_ORDER.index(kind) + 1}"


# The views whose count is of the cards not done yet, read or not: what still needs the
# user (a tester's 紧急 1, of the unread, stood beside ten urgent cards opened, not done).
OPEN_COUNTED = (ViewKind.URGENT, ViewKind.ACTION, ViewKind.DUE)
_VIEW_ROLE = Qt.ItemDataRole.UserRole + 1
_MUTED_ROLE = Qt.ItemDataRole.UserRole + 2


def encrypted_group_text(name: str) -> str:
    """What desk says of a group it cannot read (end-to-end encrypted on the server)."""
    return QCoreApplication.translate(
        "Sidebar", "%1 is end-to-end encrypted: desk cannot read its messages yet."
    ).replace("%1", name)


def muted_group_name(name: str) -> str:
    """A muted group's name in the list: said, not only greyed, to be seen at a glance."""
    return QCoreApplication.translate("Sidebar", "(muted) %1").replace("%1", name)


def muted_group_text(name: str) -> str:
    """What desk says of a group set never to notify."""
    return QCoreApplication.translate(
        "Sidebar", "%1 is muted: its messages come into the inbox without a notification."
    ).replace("%1", name)


def left_group_name(name: str) -> str:
    """A group the user left, or was removed from, as the list shows it."""
    return QCoreApplication.translate("Sidebar", "(left) %1").replace("%1", name)


def left_group_text(name: str) -> str:
    return QCoreApplication.translate(
        "Sidebar", "You are no longer in %1: its messages are kept, nothing new comes."
    ).replace("%1", name)


def view_name(kind: ViewKind) -> str:
    name = {ViewKind.HELD: _HELD_NAME, ViewKind.AWAY: _AWAY_NAME}.get(kind) or _VIEW_NAMES[kind]
    return QCoreApplication.translate("MainWindow", name)


# Room kept right of an unread count: a three-digit one touched the list's edge.
COUNT_PADDING = 8
# The characters of a group's name the sidebar asks room for where the window has it:
# most work groups' names are ten or eleven (桐坪镇安全生产工作群); longer ones are elided.
TYPICAL_NAME = 11


class _CountDelegate(QStyledItemDelegate):
    """Unread counts right-aligned, so that their digits line up, with room on the right."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return super().sizeHint(option, index) + QSize(COUNT_PADDING, 0)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            # The row's background and selection over the whole cell, the number inset.
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(role))
        painter.drawText(
            opt.rect.adjusted(0, 0, -COUNT_PADDING, 0),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        painter.restore()


class Sidebar(QTreeWidget):
    """Signals: viewChosen(View) when the user picks a view or a group; relisted() when
    the views and groups were listed anew (their counts, names, muted or not), which
    the item signals do not say (blocked meanwhile: see _in_one_pass)."""

    viewChosen = Signal(object)
    relisted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(2)
        self.setRootIsDecorated(False)
        self.setIndentation(8)
        self.setObjectName("sidebar")
        self.setAccessibleName(self.tr("Views and groups"))
        # A long group name loses its end: names share their county or town at the start
        # and 工作群 at the end, so the middle tells them apart (a muted group's mark is
        # put first, where it stays).
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setItemDelegateForColumn(1, _CountDelegate(self))
        self._views = QTreeWidgetItem(self, [self.tr("Views")])
        self._groups = QTreeWidgetItem(self, [self.tr("Groups")])
        for section in (self._views, self._groups):
            section.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = section.font(0)
            font.setBold(True)
            section.setFont(0, font)
        self._view_items: dict[ViewKind, QTreeWidgetItem] = {}
        self._muted: frozenset[str] = frozenset()
        self._counts: list[GroupCount] = []
        self._open: dict[ViewKind, OpenCards] = {}
        # In LISTED_ORDER, the digits' order; held and away listed only once they have
        # something to say.
        for kind in LISTED_ORDER:
            item = QTreeWidgetItem(self._views, [view_name(kind), ""])
            item.setData(0, _VIEW_ROLE, View(kind))
            self._view_items[kind] = item
        self._held = self._view_items.pop(ViewKind.HELD)
        self._held.setHidden(True)
        self._away = self._view_items.pop(ViewKind.AWAY)
        self._away.setHidden(True)
        # Whether an absence was given (see set_away): listed only once counted; and
        # whether the user asked for its list, which stays listed then.
        self._away_given = False
        self._away_chosen = False
        self._colour_views()
        self.expandAll()
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, self.header().ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, self.header().ResizeMode.ResizeToContents)
        self.currentItemChanged.connect(self._on_current)
        self.setCurrentItem(self._view_items[ViewKind.ALL])

    def names_width(self) -> int:
        """The width that shows the views' and groups' names whole, up to TYPICAL_NAME
        characters of Chinese, beside a three-digit count, at the font as it is now."""
        metrics = self.fontMetrics()
        typical = metrics.horizontalAdvance("国" * TYPICAL_NAME)
        names = [
            item.text(0)
            for section in (self._views, self._groups)
            for item in (section.child(i) for i in range(section.childCount()))
            if not item.isHidden()
        ]
        longest = max((metrics.horizontalAdvance(name) for name in names), default=0)
        style = self.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        count = metrics.horizontalAdvance("888") + COUNT_PADDING + 4 * margin
        frame = 2 * self.frameWidth()
        bar = style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return min(longest, typical) + 4 * margin + self.indentation() + count + frame + bar

    def set_muted(self, remote_ids: frozenset[str]) -> None:
        """Shows the groups with these ids (or names) as muted: greyed, and said so."""
        if remote_ids != self._muted:
            self._muted = remote_ids
            self._in_one_pass(lambda: self._show_groups(self._counts))

    def _in_one_pass(self, change: Callable[[], None]) -> None:
        header = self.header()
        # Each changed count would re-measure the whole column: measure once, at the end.
        header.setSectionResizeMode(1, header.ResizeMode.Fixed)
        self.blockSignals(True)
        try:
            change()
        finally:
            self.blockSignals(False)
            header.setSectionResizeMode(1, header.ResizeMode.ResizeToContents)
        self.relisted.emit()

    def set_counts(
        self,
        views: dict[ViewKind, int],
        groups: list[GroupCount],
        open_cards: Mapping[ViewKind, OpenCards] | None = None,
    ) -> None:
        """Shows the unread cards per view (`views`) and messages per group, and for the
        views OPEN_COUNTED their cards not done (`open_cards`; as last given if None)."""
        groups = by_pinyin(groups, lambda group: group.name)
        if open_cards is not None:
            self._open = dict(open_cards)
        self._in_one_pass(lambda: self._set_counts(views, groups))
        if self.currentItem() is None:
            # The group in view is gone (its account removed): All is shown instead.
            self.select_view(ViewKind.ALL)

    def _set_counts(self, views: dict[ViewKind, int], groups: list[GroupCount]) -> None:
        for kind, item in self._view_items.items():
            n = views.get(kind, 0) if kind is not ViewKind.DONE else 0
            unread = n
            tip = self._unread_tip(n)
            if kind in OPEN_COUNTED:
                cards = self._open.get(kind, OpenCards(0, 0))
                n, unread = cards.open, cards.unread
                tip = self._open_tip(kind, cards)
            _set_text(item, 1, str(n) if n else "")
            # Bold while something there is unread, as a mail client's count: beside a
            # count of what is not done, it says that some of it is new.
            if item.font(1).bold() != bool(unread):
                font = item.font(1)
                font.setBold(bool(unread))
                item.setFont(1, font)
            # Said in words: the line of what came while the user was away counts all
            # that arrived, read or not, and 紧急 9 there beside 紧急 7 here said neither.
            if item.toolTip(1) != tip:
                item.setToolTip(0, tip)
                item.setToolTip(1, tip)
        self._counts = groups
        self._show_groups(groups)

    def _show_groups(self, groups: list[GroupCount]) -> None:
        current = self.currentItem()
        current_view = current.data(0, _VIEW_ROLE) if current else None
        known = {
            self._groups.child(i).data(0, _VIEW_ROLE).group_id: self._groups.child(i)
            for i in range(self._groups.childCount())
        }
        listed = {group.id for group in groups}
        for group_id, gone in known.items():
            if group_id not in listed:  # its account was removed
                self._groups.removeChild(gone)
                if gone is current:
                    current, current_view = None, None
                    self.setCurrentItem(None)
        for group in groups:
            item = known.get(group.id)
            if item is None:
                item = QTreeWidgetItem(self._groups, [group.name, ""])
                item.setData(0, _VIEW_ROLE, View(ViewKind.GROUP, group.id))
            muted = group.remote_id in self._muted or group.name in self._muted
            # The same name in two accounts (both in the same rooms): whose each is.
            named = group_of_account(group.name, group.account)
            shown = named
            if group.left:
                shown = left_group_name(named)
            elif muted:
                shown = muted_group_name(named)
            _set_text(item, 0, shown)
            greyed = muted or group.left
            if bool(item.data(0, _MUTED_ROLE)) != greyed:
                item.setData(0, _MUTED_ROLE, greyed)
                self._grey(item, greyed)
            tip = named
            if group.left:
                tip = left_group_text(named)
            elif group.encrypted:
                tip = encrypted_group_text(named)
            elif muted:
                tip = muted_group_text(named)
            if item.toolTip(0) != tip:
                item.setToolTip(0, tip)
            _set_text(item, 1, str(group.unread) if group.unread else "")
            # A group counts every unread message in it (copies and replies too); the
            # views above count cards: say so where the numbers differ.
            count_tip = (
                self.tr(
                    "%n unread message(s) in this group, copies and replies included",
                    "",
                    group.unread,
                )
                if group.unread
                else ""
            )
            if item.toolTip(1) != count_tip:
                item.setToolTip(1, count_tip)
        # In the order given (by name): a group that came later is not left at the end.
        order = [group.id for group in groups]
        scrolled = self.verticalScrollBar().value()
        if [self._groups.child(i).data(0, _VIEW_ROLE).group_id for i in range(len(order))] != order:
            items = {
                item.data(0, _VIEW_ROLE).group_id: item for item in self._groups.takeChildren()
            }
            self._groups.addChildren([items[group_id] for group_id in order])
        if current_view is not None and self.currentItem() is not current:
            self.setCurrentItem(current)
            # Where the list was read, not scrolled to the item given back its place.
            self.verticalScrollBar().setValue(scrolled)

    def _colour_views(self) -> None:
        """The tier views in their tier's colour, readable on the list's background."""
        background = self.palette().color(QPalette.ColorRole.Base)
        for kind, item in self._view_items.items():
            tier = View(kind).tier
            if tier is not None:
                item.setForeground(0, TIER_TONES[Tier(tier)].on(background))

    def _grey(self, item: QTreeWidgetItem, greyed: bool) -> None:
        # Unmuted, the style's own colour (a selected row's, too) comes back.
        grey = self.palette().brush(QPalette.ColorRole.PlaceholderText)
        item.setData(0, Qt.ItemDataRole.ForegroundRole, grey if greyed else None)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if follows_palette(event):
            # Item colours are fixed when set: the theme turned dark, they are set anew
            # (the light theme's half-black grey of a muted group vanished on dark).
            self._colour_views()
            for i in range(self._groups.childCount()):
                item = self._groups.child(i)
                if item.data(0, _MUTED_ROLE):
                    self._grey(item, True)

    def select_view(self, kind: ViewKind) -> None:
        listed = {ViewKind.HELD: self._held, ViewKind.AWAY: self._away}
        if kind is ViewKind.AWAY and self._away_given:
            # Asked for (Ctrl+8, the line's 查看) before its count came, or where it is
            # not listed beside a digest: listed now, as it is shown, and stays.
            self._away_chosen = True
            self._away.setHidden(False)
        self.setCurrentItem(listed.get(kind) or self._view_items[kind])

    def set_away(self, view: View, tip: str) -> None:
        """Keeps what came while the user was away (`view`) to list under the views once
        counted (see set_away_unread); shown anew if it is the view shown. Listed at once,
        it stood as a bare 离开期间 for the seconds of the start before its count (a
        tester), then took a number."""
        shown = self.currentItem() is self._away
        if self._away.data(0, _VIEW_ROLE) != view:
            self._away_chosen = shown
        self._away.setData(0, _VIEW_ROLE, view)
        self._away.setToolTip(0, tip)
        self._away_given = True
        if shown:
            self.viewChosen.emit(view)

    def set_today(self, today: tuple[int, int]) -> None:
        """Lists as Due & overdue what is due on `today` (ms, from the user's midnight to the
        next) or overdue, once chosen next; the window moves the view shown on itself."""
        self._view_items[ViewKind.DUE].setData(0, _VIEW_ROLE, View(ViewKind.DUE, today=today))

    def set_away_unread(self, unread: int, came: int, *, listed: bool = True) -> None:
        """Shows how many of the `came` cards that came while away are unread, as the
        line over the list says it first; listed under the views if `listed` (or the view
        shown)."""
        _set_text(self._away, 1, str(unread) if unread else "")
        tip = self.tr("%n unread of %1 arrived", "", unread) if unread else ""
        self._away.setToolTip(1, fill(tip, str(came)) if tip else "")
        chosen = self._away_chosen or self.currentItem() is self._away
        # Listed with its count, once a count found what came: the first, just after the
        # return, may find nothing yet, sync still bringing it.
        hidden = not chosen and not (came and listed)
        if self._away.isHidden() != hidden:
            self._in_one_pass(lambda: self._away.setHidden(hidden))

    def _open_tip(self, kind: ViewKind, cards: OpenCards) -> str:
        """What an OPEN_COUNTED view's count counts, and how many of them are unread."""
        if not cards.open:
            return ""
        said = (
            fill(
                self.tr("Due today %1 · overdue %2 (not done yet)", "a view's count"),
                str(cards.open - cards.overdue),
                str(cards.overdue),
            )
            if kind is ViewKind.DUE
            else self.tr("%n not done yet, read or not", "a view's count", cards.open)
        )
        unread = (
            self.tr("%n of them unread", "a view's count", cards.unread)
            if cards.unread
            else self.tr("All of them read", "a view's count")
        )
        return f"{said}\n{unread}"

    def _unread_tip(self, n: int) -> str:
        """What a view's count counts: its unread cards (nothing for none)."""
        return self.tr("%n unread", "a view's count", n) if n else ""

    def away(self) -> View | None:
        """The view of what came while the user was away, once they came back (listed
        or not yet)."""
        return self._away.data(0, _VIEW_ROLE) if self._away_given else None

    def set_held(
        self, ids: tuple[int, ...], asks: tuple[int, ...], tip: str, woken: tuple[int, ...] = ()
    ) -> None:
        """Lists under the views what quiet hours held, the messages `ids`, those put to
        the user and notified meanwhile (`woken`) first, then those put to the user
        (`asks`); shown anew if it is the view shown and they changed (the same digest
        said again after a reopened window took them over keeps the card selected)."""
        self.set_held_view(View(ViewKind.HELD, ids=ids, asks=asks, woken=woken), tip)

    def set_held_view(self, view: View, tip: str) -> None:
        """Lists under the views the HELD `view`: a digest's messages, or what quiet hours
        hold so far (see View.holding); shown anew as `set_held` says."""
        shown = self.currentItem() is self._held
        changed = self._held.data(0, _VIEW_ROLE) != view
        if not view.holding and changed:
            # A digest's new list: the count was of what quiet hours held so far, or of
            # the last digest's; this one's is what it held (not what came through) until
            # the window has counted those not done since (see set_held_count): blank
            # meanwhile, it stood 5-20 s beside 暂缓 10 条 on a loaded PC (a tester).
            self.set_held_count(len(set(view.ids) - set(view.woken)))
        self._held.setData(0, _VIEW_ROLE, view)
        self._held.setToolTip(0, tip)
        self._held.setHidden(False)
        if shown and changed:
            self.viewChosen.emit(view)

    def set_held_count(self, held: int) -> None:
        """The count beside what quiet hours hold so far: the status bar's (its `held`);
        beside a digest's list, those of its cards held, not done yet (what that count
        said when quiet hours ended, less what the user has gone through)."""
        _set_text(self._held, 1, str(held) if held else "")
        tip = self.tr("%n held while quiet", "a view's count", held) if held else ""
        self._held.setToolTip(1, tip)

    def drop_held(self) -> None:
        """Lists no more what quiet hours held: the next quiet period holds anew."""
        self._held.setHidden(True)
        self.set_held_count(0)

    def held(self) -> View | None:
        """The view of what quiet hours held, once the digest has said it."""
        return None if self._held.isHidden() else self._held.data(0, _VIEW_ROLE)

    def select(self, view: View) -> None:
        """Shows `view` (a tier's, Done, a group, what was held), its search aside."""
        if view.kind is ViewKind.GROUP and view.group_id is not None:
            self.select_group(view.group_id)
        elif view.kind is not ViewKind.GROUP:
            self.select_view(view.kind)

    def current_name(self) -> str:
        """The name of the view or group in view, as listed here."""
        item = self.currentItem()
        return item.text(0) if item is not None else ""

    def entries(self) -> list[SidebarEntry]:
        """The rows as listed here, in order, headings too, the hidden ones left out."""
        rows = []
        current = self.currentItem()
        for section in (self._views, self._groups):
            rows.append(SidebarEntry(section.text(0), "", None, False))
            for i in range(section.childCount()):
                item = section.child(i)
                if not item.isHidden():
                    view = item.data(0, _VIEW_ROLE)
                    rows.append(SidebarEntry(item.text(0), item.text(1), view, item is current))
        return rows

    def group_entries(self) -> list[GroupEntry]:
        """The groups as listed here, in order, with the names shown and unread counts."""
        # With the switcher's module, which loads when it is first opened.
        from desk.ui.group_switcher import GroupEntry

        unread = {group.id: group.unread for group in self._counts}
        names = {group.id: group.name for group in self._counts}
        entries = []
        for i in range(self._groups.childCount()):
            item = self._groups.child(i)
            group_id = item.data(0, _VIEW_ROLE).group_id
            entries.append(
                GroupEntry(
                    group_id,
                    names.get(group_id, item.text(0)),
                    item.text(0),
                    unread.get(group_id, 0),
                )
            )
        return entries

    def select_group(self, group_id: int) -> None:
        """Shows the group `group_id`, its row scrolled into sight; nothing if it is gone."""
        for i in range(self._groups.childCount()):
            item = self._groups.child(i)
            if item.data(0, _VIEW_ROLE).group_id == group_id:
                self.setCurrentItem(item)
                self.scrollToItem(item)
                return

    def select_at(self, at: QPoint) -> View | None:
        """Shows the view or group under `at` (a right-click acts on what it is on)."""
        item = self.itemAt(at)
        view = item.data(0, _VIEW_ROLE) if item else None
        if not isinstance(view, View):
            return None
        self.setCurrentItem(item)
        return view

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """The keyboard steps over the two headings, which are no view: Home lands on All,
        Up from the first group on Done."""
        index = super().moveCursor(action, modifiers)
        if self.itemFromIndex(index) not in (self._views, self._groups):
            return index
        upwards = action in (
            QAbstractItemView.CursorAction.MoveUp,
            QAbstractItemView.CursorAction.MovePageUp,
        )
        beyond = self.indexAbove(index) if upwards else self.indexBelow(index)
        return beyond if beyond.isValid() else self.currentIndex()

    def _on_current(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        view = item.data(0, _VIEW_ROLE) if item else None
        if isinstance(view, View):
            self.viewChosen.emit(view)


def _set_text(item: QTreeWidgetItem, column: int, text: str) -> None:
    # Counts are re-set after every sync batch; an unchanged text would still make the
    # tree re-measure its columns and repaint.
    if item.text(column) != text:
        item.setText(column, text)
