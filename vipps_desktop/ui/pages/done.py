"""Step 10: a summary, what to test next, and where the keys now live."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWizard

from vipps_desktop.core import validators
from vipps_desktop.ui.pages.base import GuidePage
from vipps_desktop.ui.widgets.feedback import Feedback
from vipps_desktop.ui.widgets.health_check_box import HealthCheckBox
from vipps_desktop.ui.widgets.leaked_secret import LeakedSecretButton

if TYPE_CHECKING:
    from vipps_desktop.ui.handover import Handover

ACR_VALUES = "urn:grn:authn:no:vipps"


class DonePage(GuidePage):
    step_id = "done"

    def build(self) -> None:
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.content.addWidget(self.summary)
        row = QHBoxLayout()
        leaked = LeakedSecretButton(self.ctx, self)
        # Not a Tab stop: on the last page Enter means Finish; Alt+L still reaches it.
        leaked.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        row.addWidget(leaked)
        row.addStretch(1)
        # Issue 26: hand the setup over: a record for the customer, a file for a colleague.
        self.record_button = QPushButton(self.tr("Save setup &record…"), self)
        self.record_button.setObjectName("save_record")
        self.record_button.setAccessibleName(
            self.tr("Save a record of this setup as PDF or Markdown")
        )
        self.record_button.clicked.connect(self._save_record)
        self.export_button = QPushButton(self.tr("E&xport setup…"), self)
        self.export_button.setObjectName("export_setup")
        self.export_button.setAccessibleName(self.tr("Export this setup to a file"))
        self.export_button.clicked.connect(self._export)
        row.addWidget(self.record_button)
        row.addWidget(self.export_button)
        self.content.addLayout(row)
        self.handover_status = Feedback("handover_status", self)
        self.handover_status.hide()
        self.content.addWidget(self.handover_status)
        self._handover: Handover | None = None
        # Issue 11: "Check this setup now", and a real test login.
        self.health = HealthCheckBox(self.ctx, "done", with_inputs=True, parent=self)
        self.content.addWidget(self.health)

    def handover(self) -> Handover:
        if self._handover is None:
            from vipps_desktop.ui.handover import Handover

            self._handover = Handover(self.ctx, self)
            self._handover.finished.connect(self.handover_status.say)
        return self._handover

    def _save_record(self) -> None:
        if self.ctx.workspace.setup is not None:
            self.handover().save_record(self.ctx.workspace.setup)

    def _export(self) -> None:
        if self.ctx.workspace.setup is not None:
            self.handover().export_setup(self.ctx.workspace.setup)

    def _focus_finish(self) -> None:
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            wizard.button(QWizard.WizardButton.FinishButton).setFocus()

    def load(self) -> None:
        self.health.load()
        # The health check's controls come first on the page; Finish stays the focus (Enter
        # ends the wizard, as before they were there). After QWizard has placed its focus.
        QTimer.singleShot(0, self._focus_finish)
        workspace = self.ctx.workspace
        domain = workspace.domain() or ""
        org = workspace.value_for("org_number") or ""
        rows = [
            (self.tr("Company"), workspace.get("company_name") or ""),
            (self.tr("Organisation number"), validators.format_org_number(org) if org else ""),
            (self.tr("Production domain"), domain),
            (self.tr("Callback URL"), workspace.callback_url() or ""),
            (self.tr("Order submitted"), workspace.get("order_submitted_on") or ""),
            (self.tr("Approved"), workspace.get("approved_on") or ""),
            (self.tr("Keys saved in Idura"), workspace.get("submitted_to_criipto_on") or ""),
        ]
        table = "".join(
            f"<tr><td><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{escape(str(v))}</td></tr>"
            for k, v in rows
            if v
        )
        test_url = (
            f"https://{domain}/oauth2/authorize?response_type=code&amp;"
            f"client_id=…&amp;redirect_uri=…&amp;scope=openid&amp;"
            f"acr_values={ACR_VALUES}"
        )
        # tr() outside f-strings: lupdate does not look inside them.
        test_next = escape(self.tr("What to test next"))
        log_in = escape(self.tr("Log in once through your production domain with Vipps:"))
        keys_now = escape(self.tr("Where the keys are now"))
        self.summary.setText(
            f"<table>{table}</table>"
            f"<h3>{test_next}</h3>"
            f"<p>{log_in}"
            f"<br><code>{test_url}</code><br>"
            + escape(
                self.tr(
                    "Use your own application’s client ID and redirect URI. A "
                    "successful login returns a token with identityscheme "
                    "“novippslogin”."
                )
            )
            + "</p>"
            f"<h3>{keys_now}</h3>"
            + "<p>"
            + escape(
                self.tr(
                    "Only in the Idura dashboard and in the Vipps portal. This app "
                    "deleted its copy from your keychain; it keeps no secret "
                    "anywhere."
                )
            )
            + "</p>"
        )
