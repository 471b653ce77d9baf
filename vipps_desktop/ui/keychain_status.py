"""The status line under the credential fields: saved, busy, memory-only, or what went wrong.

Every failure kind has its own words and way forward; none loses what the user typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from vipps_desktop.core.secrets import KeychainLockedError, NoKeychainError, SecretStoreError
from vipps_desktop.ui.context import AppContext
from vipps_desktop.ui.widgets.copy_button import announce


class KeychainStatus(QFrame):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("keychain_status")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        self.label = QLabel(self)
        self.label.setObjectName("keychain_status_text")
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(90)
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.hide()
        row.addWidget(self.progress)
        self.retry = QPushButton(self.tr("&Retry"), self)
        self.retry.setObjectName("keychain_retry")
        self.retry.hide()
        row.addWidget(self.retry)
        self.kind = "idle"

    def _show(self, kind: str, text: str, *, busy: bool = False, retry: bool = False) -> None:
        self.kind = kind
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.progress.setVisible(busy)
        self.retry.setVisible(retry)
        if kind in ("error", "locked", "memory", "gone"):
            announce(self, text)

    def idle(self, text: str) -> None:
        self._show("idle", text)

    def busy(self, text: str) -> None:
        self._show("busy", text, busy=True)

    def ok(self, text: str) -> None:
        self._show("ok", "✓ " + text)

    def memory_only(self) -> None:
        self._show(
            "memory",
            "⚠ "
            + self.tr(
                "No keychain was found on this computer, so the keys are kept in memory for this "
                "session only, never in a file. Finish today, or paste them again after "
                "restarting the app."
            ),
        )

    def problem(self, text: str, *, retry: bool) -> None:
        self._show("gone", "⚠ " + text, retry=retry)

    def error(self, error: Exception) -> None:
        if isinstance(error, KeychainLockedError):
            self._show(
                "locked",
                "⚠ "
                + self.tr(
                    "Your keychain is locked. Unlock it (for example in Passwords and Keys), "
                    "then press Retry. What you typed is kept."
                ),
                retry=True,
            )
        elif isinstance(error, NoKeychainError):
            self._show(
                "error",
                "⚠ "
                + self.tr(
                    "No keychain is available. Start or install one, then press Retry. "
                    "What you typed is kept."
                ),
                retry=True,
            )
        elif isinstance(error, SecretStoreError):
            self._show(
                "error",
                "⚠ "
                + self.tr(
                    "The keychain reported a problem (%s). What you typed is kept; press Retry."
                )
                % error.kind,
                retry=True,
            )
        else:
            self._show(
                "error",
                "⚠ "
                + self.tr("Something went wrong (%s). What you typed is kept; press Retry.")
                % type(error).__name__,
                retry=True,
            )
