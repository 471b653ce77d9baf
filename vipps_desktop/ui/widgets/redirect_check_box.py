"""Check 1 as a box the portal and credentials pages embed: "Does Vipps accept my callback URL?"
(core/redirect_check.py). The client ID only, never the secret. A "not registered" verdict
comes with the callback URL's Copy button and the portal steps right there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vipps_desktop.core import chain
from vipps_desktop.core.credentials import (
    validate_client_id,
)
from vipps_desktop.core.message import Severity
from vipps_desktop.core.net import CancelToken
from vipps_desktop.ui.context import AppContext
from vipps_desktop.ui.widgets.check_panel import CheckPanel
from vipps_desktop.ui.widgets.check_words import (
    ClientId,
    best_effort,
    redirect_text,
    setup_environment,
)
from vipps_desktop.ui.widgets.copy_button import CopyButton
from vipps_desktop.ui.widgets.paragraph import paragraph

AUTO_CHECK_MS = 800  # after the user pauses on a valid client ID


class RedirectCheckBox(QGroupBox):
    """Check 1 on a page. `client_id` supplies the client ID; without it, the box has its own
    field (the portal page, where the keys are only being looked at)."""

    def __init__(
        self,
        ctx: AppContext,
        name: str,
        client_id: ClientId | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Does Vipps accept the callback URL? (best-effort)"), parent)
        self.ctx = ctx
        self.setObjectName(f"{name}_redirect_box")
        box = QVBoxLayout(self)
        box.addWidget(
            paragraph(
                self.tr(
                    "Asks Vipps' login service with the client ID only (never the secret) whether "
                    "the callback URL is registered for it. Best-effort: Vipps has no official way "
                    "to check this; “inconclusive” is an honest answer."
                ),
                self,
            )
        )
        self.field: QLineEdit | None = None
        if client_id is None:
            form = QFormLayout()
            self.field = QLineEdit(self)
            self.field.setObjectName(f"{name}_redirect_client_id")
            self.field.setAccessibleName(self.tr("Client ID to check"))
            self.field.setPlaceholderText("fb492b5e-7907-4d83-bc20-c7fb60ca35de")
            self.field.setMaxLength(200)
            label = QLabel(self.tr("Client I&D (optional):"), self)
            label.setBuddy(self.field)
            form.addRow(label, self.field)
            box.addLayout(form)
            field = self.field
            self._client_id: ClientId = lambda: field.text()
            self.field.textChanged.connect(self.follow_text)
        else:
            self._client_id = client_id
        row = QHBoxLayout()
        self.button = QPushButton(self.tr("Ask &Vipps about the callback URL"), self)
        self.button.setObjectName(f"{name}_redirect_check")
        self.button.clicked.connect(self.start)
        row.addWidget(self.button)
        row.addStretch(1)
        box.addLayout(row)
        self.panel = CheckPanel(f"{name}_redirect", self)
        self.panel.set_starter(self._auto_start, AUTO_CHECK_MS)
        box.addWidget(self.panel)

        self.fix = QWidget(self)
        self.fix.setObjectName(f"{name}_redirect_fix")
        fix_box = QVBoxLayout(self.fix)
        fix_box.setContentsMargins(0, 0, 0, 0)
        # The portal steps first, then the URL and its Copy button: the steps say "Copy button
        # below", here as on the portal page.
        steps = ctx.guide.raw().get("portal_steps", {}).get("redirect", [])
        self.steps = paragraph(
            "\n".join(f"{i}. {s}" for i, s in enumerate(steps, start=1)), self.fix
        )
        self.steps.setObjectName(f"{name}_redirect_steps")
        fix_box.addWidget(self.steps)
        fix_row = QHBoxLayout()
        self.url = QLabel(self.fix)
        self.url.setObjectName(f"{name}_redirect_url")
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fix_row.addWidget(self.url, 1)
        self.copy = CopyButton(
            ctx.clipboard, ctx.workspace.callback_url, self.tr("callback URL"), parent=self.fix
        )
        self.copy.setObjectName(f"copy_callback_url_{name}_redirect")
        fix_row.addWidget(self.copy)
        fix_box.addLayout(fix_row)
        box.addWidget(self.fix)
        self.fix.hide()
        self.result: chain.RedirectCheck | None = None
        self._asked: str | None = None  # the client ID the verdict on screen is about
        ctx.signals.changed.connect(self._on_workspace_changed)

    def _on_workspace_changed(self, key: str) -> None:
        if key == "":  # another setup: nothing of the last one's check stays on screen
            self._asked = None
            self.result = None
            self.fix.hide()
            if self.field is not None:
                self.field.blockSignals(True)
                self.field.clear()
                self.field.blockSignals(False)

    def follow_text(self, text: str) -> None:
        """Check once the user pauses on a valid client ID (typed or loaded). A verdict about
        another client ID (or one now erased) leaves the screen at once."""
        verdict = validate_client_id(text)
        if verdict.value != self._asked:
            self.clear_verdict()
        self.panel.follow(verdict)

    def clear_verdict(self) -> None:
        """Nothing of the last check on screen: verdict, URL and Copy button."""
        self._asked = None
        self.result = None
        self.fix.hide()
        self.panel.reset()

    def _auto_start(self) -> None:
        if self.isVisible():  # not for a page the user has left
            self.start()

    def start(self) -> None:
        client_id = validate_client_id(self._client_id() or "").value
        callback = self.ctx.workspace.callback_url()
        self.fix.hide()
        if not client_id or not callback:
            self.panel.say(
                Severity.INFO,
                self.tr("Enter a valid client ID first (the callback URL comes from your domain)."),
            )
            return
        environment = setup_environment(self.ctx)
        self._asked = client_id

        def job(token: CancelToken) -> chain.RedirectCheck:
            return chain.check_redirect_uri(
                client_id, callback, environment=environment, cancel=token
            )

        self.panel.run(job, self.tr("Asking Vipps about the callback URL…"), self._show)

    def _show(self, result: chain.RedirectCheck) -> None:
        self.result = result
        if result.outcome == "not_registered":
            self.url.setText(result.redirect_uri)
            self.copy.refresh()
            self.fix.show()
        self.panel.say(result.message.severity, redirect_text(result) + " " + best_effort())
