"""The side list of all steps: where you are, what is done, and a way back.

Each step's state shows as an icon (a check badge, an arrow badge, an empty ring; drawn in
ui/icons.py) beside its title, not as a character in the text, so a long title wraps under
itself; screen readers hear the title and the state in words.

A QListView over a QStandardItemModel rather than a QListWidget: a step not reachable yet is
disabled with QStandardItem's own booleans, where QListWidgetItem takes Qt.ItemFlag, and this
list is painted before the first paint, which goes without PySide6's `Qt` namespace
(startup/props.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QListView, QWidget

from vipps_desktop.startup.props import (
    ACCESSIBLE_TEXT_ROLE,
    DECORATION_ROLE,
    KEY_ENTER,
    KEY_RETURN,
    USER_ROLE,
    set_props,
)
from vipps_desktop.ui import icons

STEP_ROLE = USER_ROLE  # the step id
STATE_ROLE = USER_ROLE + 1  # "done", "current" or "" (not yet)
ICON = 16


class StepList(QListView):
    """Lists the steps; activating a reachable one asks the wizard to go there."""

    step_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("step_list")
        self.setAccessibleName(self.tr("Steps"))
        self.setMinimumWidth(190)
        self.setMaximumWidth(240)
        self.setWordWrap(True)
        # Wrapped, never cut with "…"; reached with Tab, not by a click.
        set_props(self, focusPolicy="TabFocus", textElideMode="ElideNone")
        self.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap when the width changes
        self.setUniformItemSizes(False)
        self.setIconSize(QSize(ICON, ICON))
        self.setSpacing(1)
        self.steps = QStandardItemModel(self)
        self.setModel(self.steps)
        self.activated.connect(self._on_activated)
        self._shown: tuple[list[tuple[str, str]], str, set[str], set[str]] | None = None
        self._icons: dict[str, QPixmap] = {}
        self._icons_for: tuple[int, float] | None = None

    def show_steps(
        self, steps: list[tuple[str, str]], current: str, done: set[str], reachable: set[str]
    ) -> None:
        """`steps` is (id, title) in order."""
        self._shown = (steps, current, done, reachable)
        self.steps.clear()
        step_icons = self._step_icons()
        for step_id, title in steps:
            # "You are here" wins over "done": the current step always shows where you are.
            mark = "current" if step_id == current else ("done" if step_id in done else "")
            item = QStandardItem(title)
            item.setData(step_icons[mark], DECORATION_ROLE)
            item.setEditable(False)
            item.setDragEnabled(False)
            item.setDropEnabled(False)
            item.setData(step_id, STEP_ROLE)
            item.setData(mark, STATE_ROLE)
            state = (
                self.tr("current step")
                if step_id == current
                else self.tr("done")
                if step_id in done
                else self.tr("not done")
            )
            item.setData(f"{title}, {state}", ACCESSIBLE_TEXT_ROLE)
            can_choose = step_id in reachable or step_id == current
            item.setEnabled(can_choose)
            item.setSelectable(can_choose)
            if step_id == current:
                font = QFont(self.font())
                font.setBold(True)
                item.setFont(font)
            self.steps.appendRow(item)
            if step_id == current:
                self.setCurrentIndex(item.index())

    def _step_icons(self) -> dict[str, QPixmap]:
        """The three marks, painted once for each palette and pixel ratio (the list is shown
        again on every change of the setup), as pixmaps, which the view draws as it would a
        QIcon's (greyed when disabled)."""
        ratio = self.devicePixelRatioF()
        key = (self.palette().cacheKey(), ratio)
        if self._icons_for != key:
            self._icons = {
                state: icons.step_icon(state, self.palette(), ICON, ratio)
                for state in ("done", "current", "")
            }
            self._icons_for = key
        return self._icons

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._shown is not None:
            self.show_steps(*self._shown)  # the icons' colours follow the scheme

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (KEY_RETURN, KEY_ENTER):
            # Enter chose a step; passed on, the wizard would press Next on that step too.
            event.accept()

    def _on_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self.step_requested.emit(index.data(STEP_ROLE))  # the wizard refuses one not reachable
