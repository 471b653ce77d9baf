"""A framed status line: a verdict in words (Feedback), a busy bar while work runs, and the
buttons that act on it. The online checks (CheckPanel) and the keychain (KeychainStatus) both
show their state in one."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QProgressBar, QPushButton, QWidget

from vipps_desktop.ui.widgets.feedback import Feedback


class StatusFrame(QFrame):
    """Object names: `name` for the frame, `<name>_text` for its words."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._row = QHBoxLayout(self)
        self.feedback = Feedback(f"{name}_text", self)
        self._row.addWidget(self.feedback, 1)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy, not a percentage
        self.progress.setMaximumWidth(90)
        self.progress.hide()
        self._row.addWidget(self.progress)

    def add_button(self, text: str, name: str) -> QPushButton:
        """A button after the busy bar (in the order they are added), hidden until shown."""
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.hide()
        self._row.addWidget(button)
        return button
