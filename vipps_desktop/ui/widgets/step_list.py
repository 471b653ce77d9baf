"""The side list of all steps: where you are, what is done, and a way back.

Each step's state shows as an icon (a check badge, an arrow badge, an empty ring; drawn in
ui/icons.py) beside its title, not as a character in the text, so a long title wraps under
itself; screen readers hear the title and the state in words.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QKeyEvent
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from vipps_desktop.ui import icons

STATE_ROLE = Qt.ItemDataRole.UserRole + 1  # "done", "current" or "" (not yet)
ICON = 16


class StepList(QListWidget):
    """Lists the steps; activating a reachable one asks the wizard to go there."""

    step_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("step_list")
        self.setAccessibleName(self.tr("Steps"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setMinimumWidth(190)
        self.setMaximumWidth(240)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)  # wrapped, never cut with "…"
        self.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap when the width changes
        self.setUniformItemSizes(False)
        self.setIconSize(QSize(ICON, ICON))
        self.setSpacing(1)
        self.itemActivated.connect(self._on_activated)
        self._shown: tuple[list[tuple[str, str]], str, set[str], set[str]] | None = None

    def show_steps(
        self, steps: list[tuple[str, str]], current: str, done: set[str], reachable: set[str]
    ) -> None:
        """`steps` is (id, title) in order."""
        self._shown = (steps, current, done, reachable)
        self.clear()
        ratio = self.devicePixelRatioF()
        step_icons = {
            state: QIcon(icons.step_icon(state, self.palette(), ICON, ratio))
            for state in ("done", "current", "")
        }
        for step_id, title in steps:
            # "You are here" wins over "done": the current step always shows where you are.
            mark = "current" if step_id == current else ("done" if step_id in done else "")
            item = QListWidgetItem(step_icons[mark], title)
            item.setData(Qt.ItemDataRole.UserRole, step_id)
            item.setData(STATE_ROLE, mark)
            state = (
                self.tr("current step")
                if step_id == current
                else self.tr("done")
                if step_id in done
                else self.tr("not done")
            )
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}, {state}")
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if step_id not in reachable and step_id != current:
                flags = Qt.ItemFlag.NoItemFlags
            item.setFlags(flags)
            if step_id == current:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.addItem(item)
            if step_id == current:
                self.setCurrentItem(item)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._shown is not None:
            self.show_steps(*self._shown)  # the icons' colours follow the scheme

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Enter chose a step; passed on, the wizard would press Next on that step too.
            event.accept()

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.step_requested.emit(item.data(Qt.ItemDataRole.UserRole))
