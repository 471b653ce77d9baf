"""The side list of all steps: where you are, what is done, and a way back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

DONE_MARK = "✓"
CURRENT_MARK = "▸"


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
        self.itemActivated.connect(self._on_activated)

    def show_steps(
        self, steps: list[tuple[str, str]], current: str, done: set[str], reachable: set[str]
    ) -> None:
        """`steps` is (id, title) in order."""
        self.clear()
        for step_id, title in steps:
            # "You are here" wins over "done": the current step always shows where you are.
            mark = CURRENT_MARK if step_id == current else (DONE_MARK if step_id in done else " ")
            item = QListWidgetItem(f"{mark}  {title}")
            item.setData(Qt.ItemDataRole.UserRole, step_id)
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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Enter chose a step; passed on, the wizard would press Next on that step too.
            event.accept()

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.step_requested.emit(item.data(Qt.ItemDataRole.UserRole))
