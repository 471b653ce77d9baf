"""A Copy button that confirms visibly and announces the copy to screen readers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QPushButton, QWidget

from vipps_desktop.ui.clipboard import ClipboardService

CONFIRM_MS = 2500


class CopyButton(QPushButton):
    """Copies `value()` through the clipboard service; shows “Copied” for a moment."""

    copied = Signal()

    def __init__(
        self,
        clipboard: ClipboardService,
        value: Callable[[], str | None],
        what: str,
        *,
        sensitive: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._value = value
        self._what = what
        self._sensitive = sensitive
        self._reset = QTimer(self, singleShot=True, interval=CONFIRM_MS)
        self._reset.timeout.connect(self._show_idle)
        self.setAccessibleName(self.tr("Copy %s") % what)
        self.clicked.connect(self._copy)
        self._idle_text = self.tr("Copy")
        self._show_idle()

    def set_idle_text(self, text: str) -> None:
        """A longer label than "Copy" (with its own mnemonic), kept after each copy."""
        self._idle_text = text
        self._show_idle()

    def refresh(self) -> None:
        """Enable only when there is something to copy."""
        self.setEnabled(bool(self._value()))

    def _show_idle(self) -> None:
        self.setText(self._idle_text)

    def _copy(self) -> None:
        value = self._value()
        if not value:
            return
        self._clipboard.copy(value, sensitive=self._sensitive, label=self._what)
        self.setText(self.tr("Copied ✓"))
        self._reset.start()
        announce(self, self.tr("%s copied to the clipboard") % self._what)
        self.copied.emit()


def announce(widget: QWidget, message: str) -> None:
    """Tell screen readers about a status change that is otherwise only visible."""
    if QAccessible.isActive():
        event = QAccessibleAnnouncementEvent(widget, message)
        QAccessible.updateAccessibility(event)
