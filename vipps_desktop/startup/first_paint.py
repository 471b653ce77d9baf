"""The window's first paint: the moment work the first page does not need may start."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Emits `done` once, when `window` has painted for the first time (a zero timer queued by
    its first paint event, so the paint is flushed and the event loop idle again), or after
    `latest_ms` if it never does (a window that is never shown)."""

    done = Signal()

    def __init__(self, window: QWidget, latest_ms: int = 2000) -> None:
        super().__init__(window)
        self._window = window
        self._pending = True
        window.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._finish)
        self._timer.start(latest_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._pending and event.type() == QEvent.Type.Paint:
            self._timer.start(0)
        return False

    def _finish(self) -> None:
        if not self._pending:
            return
        self._pending = False
        self._window.removeEventFilter(self)
        self.done.emit()
