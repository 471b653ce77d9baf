"""The status line under the credential fields: saved, busy, memory-only, or what went wrong.

Every failure kind has its own words and way forward; none loses what the user typed. The
keychain layer reports codes (`SecretStoreError.message`); ui/messages.py words them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from vipps_desktop.core.message import Message, Severity
from vipps_desktop.core.secrets import SecretStoreError
from vipps_desktop.ui import messages
from vipps_desktop.ui.context import AppContext
from vipps_desktop.ui.widgets.status_frame import StatusFrame

# The kinds that are news to the user, so screen readers are told at once.
_ANNOUNCED = frozenset({"error", "locked", "memory", "gone"})


class KeychainStatus(StatusFrame):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__("keychain_status", parent)
        self.ctx = ctx
        self.progress.setAccessibleName(self.tr("Working"))
        self.retry = self.add_button(self.tr("&Retry"), "keychain_retry")
        self.kind = "idle"

    def _show(
        self,
        kind: str,
        severity: Severity | None,
        text: str,
        *,
        busy: bool = False,
        retry: bool = False,
    ) -> None:
        self.kind = kind
        self.feedback.set_message(severity, text)
        self.progress.setVisible(busy)
        self.retry.setVisible(retry)
        if kind in _ANNOUNCED:
            self.feedback.announce()

    def text(self) -> str:
        return self.feedback.text()

    def idle(self, text: str) -> None:
        self._show("idle", Severity.INFO, text)

    def busy(self, text: str) -> None:
        self._show("busy", Severity.PROGRESS, text, busy=True)

    def ok(self, text: str) -> None:
        self._show("ok", Severity.OK, text)

    def memory_only(self) -> None:
        from vipps_desktop.core.secrets import no_keychain_reason

        self._show(
            "memory",
            Severity.WARNING,
            self.tr(
                "No keychain was found on this computer, so the keys are kept in memory for this "
                "session only, never in a file. Finish today, or paste them again after "
                "restarting the app."
            )
            + " "
            + messages.text(no_keychain_reason()),
        )

    def problem(self, text: str, *, retry: bool) -> None:
        self._show("gone", Severity.WARNING, text, retry=retry)

    def error(self, error: Exception) -> None:
        if isinstance(error, SecretStoreError):
            message = error.message
        else:
            message = Message.of("keychain.failed", kind=type(error).__name__)
        kind = "locked" if message.code == "keychain.locked" else "error"
        text = messages.text(message) + " " + self.tr("What you typed is kept.")
        self._show(kind, message.severity, text, retry=True)
