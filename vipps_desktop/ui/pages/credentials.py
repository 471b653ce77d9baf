"""Step 8: the client ID and secret from the Vipps portal, saved to the keychain as typed."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from vipps_desktop.core import clock, vipps
from vipps_desktop.core.credentials import (
    validate_client_id,
    validate_client_secret,
    validate_msn,
)
from vipps_desktop.core.message import Severity
from vipps_desktop.core.net import CancelToken
from vipps_desktop.core.oauth_answer import environment_of
from vipps_desktop.core.secrets import Credentials, Where
from vipps_desktop.ui import messages
from vipps_desktop.ui.keychain_status import KeychainStatus
from vipps_desktop.ui.pages.base import GuidePage
from vipps_desktop.ui.widgets.check_panel import CheckPanel
from vipps_desktop.ui.widgets.copy_button import announce
from vipps_desktop.ui.widgets.feedback import Feedback, line_of
from vipps_desktop.ui.widgets.leaked_secret import LeakedSecretButton
from vipps_desktop.ui.widgets.paragraph import paragraph
from vipps_desktop.ui.widgets.redirect_check_box import RedirectCheckBox
from vipps_desktop.ui.widgets.validated_field import verdict_lines

SAVE_DELAY_MS = 400  # save once the user pauses, not on every keystroke


class CredentialsPage(GuidePage):
    step_id = "credentials"

    def build(self) -> None:
        env_box = QGroupBox(self.tr("Which keys?"), self)
        env_row = QHBoxLayout(env_box)
        self.production = QRadioButton(self.tr("&Production keys (real users)"), env_box)
        self.production.setObjectName("env_production")
        self.test_env = QRadioButton(self.tr("&Test keys (Vipps test environment)"), env_box)
        self.test_env.setObjectName("env_test")
        self.test_env.setToolTip(self.tr("The Vipps test environment has its own, separate keys."))
        group = QButtonGroup(self)
        for key, button in (("production", self.production), ("test", self.test_env)):
            group.addButton(button)
            env_row.addWidget(button)
            button.toggled.connect(partial(self._choose_environment, key))
        env_row.addStretch(1)
        self.content.addWidget(env_box)

        form = QFormLayout()
        self.client_id = QLineEdit(self)
        self.client_id.setObjectName("client_id")
        self.client_id.setAccessibleName(self.tr("Client ID"))
        self.client_id.setPlaceholderText("fb492b5e-7907-4d83-bc20-c7fb60ca35de")
        self.client_id.setMaxLength(200)
        id_label = QLabel(self.tr("Client &ID:"), self)
        id_label.setBuddy(self.client_id)
        form.addRow(id_label, self.client_id)
        self.id_message = Feedback("client_id_message", self)
        form.addRow("", self.id_message)

        self.secret = QLineEdit(self)
        self.secret.setObjectName("client_secret")
        self.secret.setAccessibleName(self.tr("Client secret"))
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMaxLength(500)
        # Input methods and autocompletion must not learn the secret.
        self.secret.setInputMethodHints(
            Qt.InputMethodHint.ImhHiddenText
            | Qt.InputMethodHint.ImhNoPredictiveText
            | Qt.InputMethodHint.ImhSensitiveData
        )
        self.reveal = QAction(QIcon.fromTheme("view-reveal-symbolic"), self.tr("Show"), self)
        self.reveal.setObjectName("reveal_secret")
        self.reveal.setCheckable(True)
        self.reveal.toggled.connect(self._toggle_reveal)
        self.secret.addAction(self.reveal, QLineEdit.ActionPosition.TrailingPosition)
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.secret, 1)
        self.reveal_button = QPushButton(self.tr("S&how"), self)
        self.reveal_button.setObjectName("reveal_secret_button")
        self.reveal_button.setCheckable(True)
        self.reveal_button.setAccessibleName(self.tr("Show the client secret"))
        self.reveal_button.toggled.connect(self.reveal.setChecked)
        secret_row.addWidget(self.reveal_button)
        secret_label = QLabel(self.tr("Client &secret:"), self)
        secret_label.setBuddy(self.secret)
        form.addRow(secret_label, secret_row)
        self.secret_message = Feedback("client_secret_message", self)
        form.addRow("", self.secret_message)

        self.msn = QLineEdit(self)
        self.msn.setObjectName("msn")
        self.msn.setAccessibleName(self.tr("Merchant serial number (optional)"))
        self.msn.setMaxLength(20)
        msn_label = QLabel(self.tr("&MSN (optional):"), self)
        msn_label.setBuddy(self.msn)
        msn_label.setToolTip(
            self.tr(
                "The merchant serial number from Vipps's e-mail. "
                "Not needed by Criipto; useful when you contact support."
            )
        )
        form.addRow(msn_label, self.msn)
        self.msn_message = Feedback("msn_message", self)
        form.addRow("", self.msn_message)
        self.content.addLayout(form)

        self.status = KeychainStatus(self.ctx, self)
        self.status.retry.clicked.connect(self._retry)
        self.content.addWidget(self.status)

        check_box = QGroupBox(self.tr("Optional: ask Vipps whether the keys work"), self)
        check_layout = QVBoxLayout(check_box)
        check_layout.addWidget(
            paragraph(
                self.tr(
                    "Sends the client ID and secret only to Vipps (its login service), over "
                    "HTTPS, and asks whether it accepts them. Nothing is sent anywhere else. "
                    "This check is best-effort: Vipps has no official way to test keys."
                ),
                check_box,
            )
        )
        check_row = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Chec&k with Vipps"), check_box)
        self.check_button.setObjectName("check_with_vipps")
        self.check_button.clicked.connect(self._check_with_vipps)
        check_row.addWidget(self.check_button)
        check_row.addStretch(1)
        check_layout.addLayout(check_row)
        self.vipps_check = CheckPanel("vipps", check_box)
        self.vipps_check.again_button.clicked.connect(self._check_with_vipps)
        check_layout.addWidget(self.vipps_check)
        self.content.addWidget(check_box)
        # Issue 11, check 1: the client ID only, as soon as one is there, and on demand.
        self.redirect_check = RedirectCheckBox(
            self.ctx, "credentials", client_id=self.client_id.text, parent=self
        )
        self.client_id.textChanged.connect(self.redirect_check.follow_text)
        self.content.addWidget(self.redirect_check)
        leak_row = QHBoxLayout()
        leak_row.addWidget(LeakedSecretButton(self.ctx, self))
        leak_row.addStretch(1)
        self.content.addLayout(leak_row)

        self.worker = self.ctx.keychain.worker(self)
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._save)
        self._retry_action = self._save
        # textChanged, not textEdited: text set by assistive technology (AT-SPI) counts as
        # typed. Only the app showing saved values (`_fill`) is not an edit.
        self._filling = False
        self.client_id.textChanged.connect(self._on_credentials_edited)
        self.secret.textChanged.connect(self._on_credentials_edited)
        self.msn.textChanged.connect(self._on_msn_edited)

    def _choose_environment(self, key: str, on: bool) -> None:
        if on:
            self.ctx.workspace.set("vipps_environment", key)

    # -- loading -------------------------------------------------------------------------

    def forget(self) -> None:
        """Another setup was opened: nothing typed or read for the last one may stay."""
        self._save_timer.stop()
        self._toggle_reveal(False)
        for edit in (self.client_id, self.secret, self.msn):
            self._fill(edit, "")
            edit.setAccessibleDescription("")
        for label in (self.id_message, self.secret_message, self.msn_message):
            label.clear()
        self.status.idle("")
        self._retry_action = self._save

    def load(self) -> None:
        workspace = self.ctx.workspace
        env = workspace.get("vipps_environment") or "production"
        (self.test_env if env == "test" else self.production).setChecked(True)
        self._fill(self.msn, workspace.get("msn") or "")
        if self.client_id.text() or self.secret.text():
            # Typed on this visit to this setup (another setup's values were forgotten when
            # it was closed), perhaps not saved yet: keep them on screen.
            return
        if workspace.get("credentials_saved_at"):
            self.status.busy(self.tr("Reading the keys from your keychain…"))
            self._retry_action = self._fetch
            self._fetch()
        else:
            self.status.idle(
                self.tr(
                    "Paste the keys from the Vipps portal. They are saved "
                    "in your keychain as soon as both are valid."
                )
            )

    def _fetch(self) -> None:
        self.ctx.keychain.fetch(
            self.worker, self.ctx.workspace, self._on_fetched, self._on_gone, self._on_error
        )

    def _on_gone(self) -> None:
        self.status.problem(
            self.tr(
                "The saved keys are no longer in your keychain (deleted outside the app?). "
                "Paste them again from the Vipps portal."
            ),
            retry=False,
        )

    def _on_fetched(self, found: Credentials) -> None:
        self._fill(self.client_id, found.client_id)
        self._fill(self.secret, found.secret)
        self._show_validation()
        self._show_saved()

    def _fill(self, edit: QLineEdit, text: str) -> None:
        self._filling = True
        try:
            edit.setText(text)
        finally:
            self._filling = False

    # -- editing and saving --------------------------------------------------------------

    def _toggle_reveal(self, shown: bool) -> None:
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.reveal.setText(self.tr("Hide") if shown else self.tr("Show"))
        self.reveal_button.setText(self.tr("Hi&de") if shown else self.tr("S&how"))
        self.reveal_button.setChecked(shown)

    def _on_msn_edited(self, text: str) -> None:
        if self._filling:
            return
        result = validate_msn(text)
        if result.ok:
            self.msn_message.clear()
            self.msn.setAccessibleDescription("")
            self.ctx.workspace.set("msn", result.value or None)
        elif result.error is not None:
            self.msn_message.set_lines([line_of(result.error)])
            self.msn.setAccessibleDescription(self.msn_message.spoken())

    def _on_credentials_edited(self) -> None:
        if self._filling:
            return
        self._save_timer.stop()
        if self._show_validation():
            self.status.busy(self.tr("Saving…"))
            self._save_timer.start()
        elif self.ctx.workspace.get("credentials_saved_at"):
            self.status.idle(self.tr("Changed: the new values are saved once both are valid."))

    def _show_validation(self) -> bool:
        id_result = validate_client_id(self.client_id.text())
        secret_result = validate_client_secret(self.secret.text())
        for result, label, edit in (
            (id_result, self.id_message, self.client_id),
            (secret_result, self.secret_message, self.secret),
        ):
            label.set_lines(verdict_lines(result, self.tr("Looks right."), quiet=not edit.text()))
            edit.setAccessibleDescription(label.spoken())
        return id_result.ok and secret_result.ok

    def _save(self) -> None:
        client_id = validate_client_id(self.client_id.text()).value
        secret = validate_client_secret(self.secret.text()).value
        if not client_id or not secret or self.ctx.workspace.setup is None:
            return
        self._retry_action = self._save
        self.ctx.keychain.save(
            self.worker, self.ctx.workspace, client_id, secret, self._show_saved, self._on_error
        )

    def _show_saved(self) -> None:
        workspace = self.ctx.workspace
        if workspace.get("credentials_where") == str(Where.MEMORY):
            self.status.memory_only()
            return
        saved = str(workspace.get("credentials_saved_at") or "")
        try:
            when = clock.parse(saved).astimezone().strftime("%H:%M")
        except ValueError:
            when = saved
        text = (
            self.tr("Saved in %1 at %2.")
            .replace("%1", str(workspace.get("credentials_keychain") or self.tr("your keychain")))
            .replace("%2", when)
        )
        self.status.ok(text)
        announce(self, text)

    # -- the best-effort check with Vipps -------------------------------------------------

    def _check_with_vipps(self) -> None:
        client_id = validate_client_id(self.client_id.text()).value
        secret = validate_client_secret(self.secret.text()).value
        callback = self.ctx.workspace.callback_url()
        if not client_id or not secret or not callback:
            self.vipps_check.say(
                Severity.INFO, self.tr("Paste a valid client ID and secret first.")
            )
            return
        environment = environment_of(self.ctx.workspace.get("vipps_environment"))

        def job(token: CancelToken) -> vipps.CredentialCheck:
            return vipps.check_credentials(
                client_id, secret, environment=environment, redirect_uri=callback, cancel=token
            )

        self.vipps_check.run(job, self.tr("Asking Vipps…"), self._show_vipps_check)

    def _show_vipps_check(self, result: vipps.CredentialCheck) -> None:
        severity = (
            Severity.OK
            if result.accepted
            else Severity.ERROR
            if result.outcome == "rejected"
            else Severity.UNKNOWN
        )
        self.vipps_check.say(
            severity, messages.text(result.message) + " " + self.tr("(best-effort check)")
        )

    def _on_error(self, error: Exception) -> None:
        self.status.error(error)

    def _retry(self) -> None:
        self.status.busy(self.tr("Trying again…"))
        self._retry_action()
