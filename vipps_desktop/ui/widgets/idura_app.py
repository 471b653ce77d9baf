"""One of the company's applications in Idura (client ID and callback URL, not secret), which
check 2 and the health check log in with, and the "Test login" button that opens Idura's
login for it in the browser."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vipps_desktop.core import chain
from vipps_desktop.core.credentials import (
    valid_app_callback,
    valid_app_client_id,
)
from vipps_desktop.core.fields import FieldName
from vipps_desktop.core.message import Severity
from vipps_desktop.ui.context import AppContext
from vipps_desktop.ui.widgets.check_words import (
    APP_CALLBACK_KEY,
    APP_CLIENT_ID_KEY,
    translate,
)
from vipps_desktop.ui.widgets.feedback import Feedback
from vipps_desktop.ui.widgets.paragraph import paragraph


class IduraAppFields(QWidget):
    """The optional Idura application inputs, kept in the setup (not secret)."""

    changed = Signal()

    def __init__(self, ctx: AppContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(
            paragraph(
                self.tr(
                    "Optional, asked once and kept with this setup: the client ID of one of "
                    "your applications in Idura and one of that application's callback URLs. "
                    "In the Idura dashboard: Applications → your application → Client "
                    "ID/Realm and Callback URLs."
                ),
                self,
            )
        )
        form = QFormLayout()
        self.client_id = QLineEdit(self)
        self.client_id.setObjectName(f"{name}_app_client_id")
        self.client_id.setAccessibleName(self.tr("Client ID of an application in Idura"))
        self.client_id.setPlaceholderText("urn:my:application:identifier:1234")
        self.client_id.setMaxLength(200)
        id_label = QLabel(self.tr("Application's client I&D:"), self)
        id_label.setBuddy(self.client_id)
        form.addRow(id_label, self.client_id)
        self.callback = QLineEdit(self)
        self.callback.setObjectName(f"{name}_app_callback")
        self.callback.setAccessibleName(self.tr("One of that application's callback URLs"))
        self.callback.setPlaceholderText("https://app.example.no/signin-oidc")
        self.callback.setMaxLength(500)
        cb_label = QLabel(self.tr("Application's callbac&k URL:"), self)
        cb_label.setBuddy(self.callback)
        form.addRow(cb_label, self.callback)
        self.message = Feedback(f"{name}_app_message", self)
        form.addRow("", self.message)
        box.addLayout(form)
        self.client_id.editingFinished.connect(self._save)
        self.callback.editingFinished.connect(self._save)
        self.client_id.textChanged.connect(self._validate)
        self.callback.textChanged.connect(self._validate)

    def load(self) -> None:
        keyed: tuple[tuple[QLineEdit, FieldName], ...] = (
            (self.client_id, APP_CLIENT_ID_KEY),
            (self.callback, APP_CALLBACK_KEY),
        )
        for edit, key in keyed:
            edit.blockSignals(True)
            edit.setText(str(self.ctx.workspace.get(key) or ""))
            edit.blockSignals(False)
        self._validate()

    def values(self) -> tuple[str, str] | None:
        app, callback = self.client_id.text().strip(), self.callback.text().strip()
        if valid_app_client_id(app) and valid_app_callback(callback):
            return app, callback
        return None

    def _validate(self) -> None:
        problems = []
        if self.client_id.text().strip() and not valid_app_client_id(self.client_id.text()):
            problems.append(self.tr("A client ID has no spaces."))
        if self.callback.text().strip() and not valid_app_callback(self.callback.text()):
            problems.append(
                self.tr("A callback URL starts with https:// (http:// only for localhost).")
            )
        self.message.set_lines((Severity.ERROR, p) for p in problems)
        self.callback.setAccessibleDescription(self.message.spoken())
        self.changed.emit()

    def _save(self) -> None:
        if self.ctx.workspace.setup is None:
            return
        app, callback = self.client_id.text().strip(), self.callback.text().strip()
        self.ctx.workspace.set(APP_CLIENT_ID_KEY, app if valid_app_client_id(app) else None)
        self.ctx.workspace.set(APP_CALLBACK_KEY, callback if valid_app_callback(callback) else None)
        self.changed.emit()


def test_login_button(parent: QWidget, name: str) -> QPushButton:
    button = QPushButton(translate("chain_check", "&Test login in your browser ↗"), parent)
    button.setObjectName(f"{name}_test_login")
    button.setAccessibleName(translate("chain_check", "Test login in your browser"))
    button.setAccessibleDescription(
        translate(
            "chain_check",
            "Opens your Idura domain's login with Vipps in your browser (prompt=login): log in "
            "once with your own Vipps app to see it work end to end.",
        )
    )
    return button


def open_test_login(ctx: AppContext, values: tuple[str, str] | None) -> bool:
    domain = ctx.workspace.domain()
    if values is None or not domain:
        return False
    return QDesktopServices.openUrl(QUrl(chain.test_login_url(domain, *values)))
