"""Step 9: paste the keys into the Idura dashboard (no public API), then delete them here."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from vipps_desktop.core.fields import FieldName
from vipps_desktop.core.net.endpoints import provider_page_url
from vipps_desktop.core.secrets import Credentials
from vipps_desktop.ui.keychain import for_open_setup
from vipps_desktop.ui.keychain_status import KeychainStatus
from vipps_desktop.ui.pages.base import GuidePage, SecondaryText
from vipps_desktop.ui.widgets.chain_check_box import ChainCheckBox
from vipps_desktop.ui.widgets.check_words import keep_keys_advice
from vipps_desktop.ui.widgets.confirm import ask
from vipps_desktop.ui.widgets.confirm_box import ConfirmBox
from vipps_desktop.ui.widgets.copy_button import CopyButton, announce
from vipps_desktop.ui.widgets.leaked_secret import LeakedSecretButton
from vipps_desktop.ui.widgets.paragraph import paragraph

CHECKLIST: tuple[FieldName, ...] = (
    "submit_production",
    "submit_client_id",
    "submit_client_secret",
    "submit_ssn",
    "submit_saved",
)


class SubmitPage(GuidePage):
    step_id = "submit"

    def build(self) -> None:
        self._credentials: Credentials | None = None
        open_row = QHBoxLayout()
        self.open_dashboard = QPushButton(
            self.tr("&Open the Vipps MobilePay page in the Idura dashboard ↗"), self
        )
        self.open_dashboard.setObjectName("open_criipto_provider")
        self.open_dashboard.setAccessibleName(
            self.tr("Open the Vipps MobilePay page in the Idura dashboard")
        )  # without "↗"
        self.open_dashboard.setAccessibleDescription(
            self.tr("Opens %s in your browser") % provider_page_url()
        )
        self.open_dashboard.setToolTip(provider_page_url())
        self.open_dashboard.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl(provider_page_url()))
        )
        open_row.addWidget(self.open_dashboard)
        open_row.addStretch(1)
        self.content.addLayout(open_row)
        tip = SecondaryText(
            self.tr(
                "In the dashboard the page is eID providers › Vipps MobilePay "
                "(older screenshots and guides: Identity Providers, or Identity "
                "sources → Vipps)."
            ),
            self,
        )
        self.content.addWidget(tip)

        copy_box = QGroupBox(self.tr("Values to paste"), self)
        copy_row = QHBoxLayout(copy_box)
        self.copy_id = CopyButton(
            self.ctx.clipboard, self._client_id, self.tr("client ID"), parent=copy_box
        )
        self.copy_id.setObjectName("copy_client_id")
        self.copy_id.set_idle_text(self.tr("Copy client &ID"))
        self.copy_secret = CopyButton(
            self.ctx.clipboard,
            self._secret,
            self.tr("client secret"),
            sensitive=True,
            parent=copy_box,
        )
        self.copy_secret.setObjectName("copy_client_secret")
        copy_row.addWidget(QLabel(self.tr("Client ID:"), copy_box))
        copy_row.addWidget(self.copy_id)
        copy_row.addSpacing(24)
        copy_row.addWidget(QLabel(self.tr("Client secret:"), copy_box))
        copy_row.addWidget(self.copy_secret)
        copy_row.addStretch(1)
        self.countdown = QLabel(self)
        self.countdown.setObjectName("clipboard_countdown")
        box = QVBoxLayout()
        box.addWidget(copy_box)
        box.addWidget(self.countdown)
        self.content.addLayout(box)
        self.ctx.clipboard.countdown.connect(self._on_countdown)
        self.ctx.clipboard.cleared.connect(self._on_cleared)

        checklist = QGroupBox(self.tr("In the Idura dashboard"), self)
        check_box = QVBoxLayout(checklist)
        texts = (
            self.tr(
                "Choose “&Production environment” in the environment dropdown at the top left first"
            ),
            self.tr("Paste the client ID into “Client id”"),
            self.tr("Paste the client secret into “Client secret”"),
            self.tr(
                "Leave “Include SSN (fødselsnummer)” off, unless Vipps has granted the "
                "access (see below)"
            ),
            self.tr("Press “Save”"),
        )
        self.checks = [
            ConfirmBox(self.ctx.workspace, key, text, parent=checklist)
            for key, text in zip(CHECKLIST, texts, strict=True)
        ]
        for check in self.checks:
            check_box.addWidget(check)
        self.content.addWidget(checklist)

        ssn = QGroupBox(self.tr("About “Include SSN (fødselsnummer)”"), self)
        ssn_box = QVBoxLayout(ssn)
        for text in self.ctx.guide.texts("ssn_advice"):
            label = paragraph(text, ssn)
            label.setObjectName("ssn_advice")
            ssn_box.addWidget(label)
        self.content.addWidget(ssn)

        self.status = KeychainStatus(self.ctx, self)
        self.status.retry.clicked.connect(self._fetch)
        self.content.addWidget(self.status)

        # Issue 11, check 2: what Idura sends to Vipps; offers removal when it is our client ID.
        self.chain = ChainCheckBox(self.ctx, self._client_id, self)
        self.chain.remove_requested.connect(self._remove_after_check)
        self.content.addWidget(self.chain)

        done_row = QHBoxLayout()
        done_row.addWidget(LeakedSecretButton(self.ctx, self))
        self.saved_button = QPushButton(self.tr("I have &saved them in Idura…"), self)
        self.saved_button.setObjectName("saved_in_criipto")
        self.saved_button.setAccessibleDescription(
            self.tr("Deletes the keys from this computer's keychain and finishes the setup")
        )
        self.saved_button.clicked.connect(self._confirm_saved)
        done_row.addStretch(1)
        done_row.addWidget(self.saved_button)
        self.content.addLayout(done_row)
        self.worker = self.ctx.keychain.worker(self)

    def _client_id(self) -> str | None:
        return self._credentials.client_id if self._credentials else None

    def _secret(self) -> str | None:
        return self._credentials.secret if self._credentials else None

    def load(self) -> None:
        self.chain.load()
        for check in self.checks:
            check.load()
        self._credentials = None
        self._refresh()
        if self.ctx.workspace.get("submitted_to_criipto_on"):
            self.status.ok(
                self.tr("Done: the keys were deleted from this computer on %s.")
                % self.ctx.workspace.get("submitted_to_criipto_on")
            )
            return
        self._fetch()

    def _fetch(self) -> None:
        self.status.busy(self.tr("Reading the keys from your keychain…"))
        self.ctx.keychain.fetch(
            self.worker, self.ctx.workspace, self._on_fetched, self._on_gone, self.status.error
        )

    def _on_gone(self) -> None:
        self.status.problem(
            self.tr(
                "The keys are no longer in your keychain (deleted outside the app, or the app "
                "was restarted without a keychain). Go Back and paste them again."
            ),
            retry=False,
        )
        self._refresh()

    def _on_fetched(self, found: Credentials) -> None:
        self._credentials = found
        self.status.ok(self.tr("Keys ready to copy."))
        self._refresh()

    def on_changed(self, key: str) -> None:
        if key.startswith("submit_"):
            self._refresh()

    def _refresh(self) -> None:
        self.copy_id.refresh()
        self.copy_secret.refresh()
        ticked = all(self.ctx.workspace.get(key) is True for key in CHECKLIST)
        done = bool(self.ctx.workspace.get("submitted_to_criipto_on"))
        self.saved_button.setEnabled(ticked and not done)

    def _on_countdown(self, seconds: int) -> None:
        if seconds > 0:
            self.countdown.setText(
                self.tr("The secret is on the clipboard; cleared in %n second(s).", "", seconds)
            )
        else:
            self.countdown.clear()

    def _on_cleared(self) -> None:
        text = self.tr("Clipboard cleared: the secret is no longer on it.")
        self.countdown.setText(text)
        announce(self, text)

    def _confirm_saved(self) -> None:
        text = self.tr(
            "Have you pressed Save in the Idura dashboard? The app now deletes the "
            "client ID and secret from this computer. After that they exist only in "
            "Idura and in the Vipps portal."
        )
        warning = self._last_check_warning()
        if warning:
            text = f"{warning}\n\n{text}"
        if ask(
            self,
            self.tr("Keys saved in Idura?"),
            text,
            yes=self.tr("Yes, delete them here"),
            no=self.tr("Not yet"),
        ):
            self.discard()

    def _last_check_warning(self) -> str | None:
        """When "Did Idura save your keys?" last answered that Idura does not have these keys
        where they belong (another environment, another client ID, a callback Vipps refuses, or
        no clear answer), the user is told before the keys they still need are deleted."""
        result = self.chain.result
        if result is None or result.keys_saved:
            return None
        warning = self.tr(
            "Careful: the last check (“Did Idura save your keys?”) did not confirm that Idura "
            "has these keys where they belong."
        )
        advice = keep_keys_advice(result, held=True)
        return f"{warning} {advice}" if advice else warning

    def _remove_after_check(self) -> None:
        if ask(
            self,
            self.tr("Idura has them"),
            self.tr(
                "Idura sends your client ID to Vipps, so the keys were saved there. The "
                "app now deletes the client ID and secret from this computer. (Only a "
                "real login proves the secret: try the test login afterwards.)"
            ),
            yes=self.tr("Yes, delete them here"),
            no=self.tr("Not yet"),
        ):
            self.discard()

    def forget(self) -> None:
        """Another setup was opened: this page must not keep the last one's keys."""
        self._credentials = None
        self.status.idle("")
        self._refresh()

    def discard(self) -> None:
        setup = self.ctx.workspace.setup
        if setup is None:
            return
        self.status.busy(self.tr("Deleting the keys from your keychain…"))
        self.ctx.keychain.discard(
            self.worker,
            setup,
            for_open_setup(self.ctx.workspace, self._on_discarded),
            for_open_setup(self.ctx.workspace, self._on_discard_error),
        )

    def _on_discard_error(self, error: Exception) -> None:
        self.status.error(error)
        self.status.retry.clicked.disconnect()
        self.status.retry.clicked.connect(self.discard)

    def _on_discarded(self) -> None:
        self.ctx.clipboard.clear_secret()
        self._credentials = None
        self.ctx.workspace.keys_submitted()
        self._refresh()
        self.wizard().next()
