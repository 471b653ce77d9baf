"""Check 2 as a box the submit page embeds: "Did Idura save my keys?" (core/chain.py), with the
optional Idura application inputs, the "Test login" button, and `remove_offered` only when
Idura has the keys where they belong (`ChainCheck.keys_saved`); otherwise what to do
instead."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
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
    chain_lines,
    keep_keys_advice,
    setup_environment,
)
from vipps_desktop.ui.widgets.idura_app import (
    IduraAppFields,
    open_test_login,
    test_login_button,
)
from vipps_desktop.ui.widgets.paragraph import paragraph


class ChainCheckBox(QGroupBox):
    """Check 2 on the submit page. `client_id` is the Vipps client ID held on this computer."""

    remove_offered = Signal()  # Idura has the keys held here where they belong (keys_saved)
    remove_requested = Signal()

    def __init__(self, ctx: AppContext, client_id: ClientId, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Optional: did Idura save your keys? (best-effort)"), parent)
        self.ctx = ctx
        self.setObjectName("chain_box")
        self._client_id = client_id
        box = QVBoxLayout(self)
        self.fields = IduraAppFields(ctx, "chain", self)
        box.addWidget(self.fields)
        row = QHBoxLayout()
        self.button = QPushButton(self.tr("Check Idura → &Vipps"), self)
        self.button.setObjectName("chain_check_button")
        self.button.setAccessibleDescription(
            self.tr(
                "Starts a login at your Idura domain without logging in, and compares what Idura "
                "sends to Vipps with your keys. The secret is never sent."
            )
        )
        self.button.clicked.connect(self.start)
        row.addWidget(self.button)
        self.test_login = test_login_button(self, "chain")
        self.test_login.clicked.connect(lambda: open_test_login(ctx, self.fields.values()))
        row.addWidget(self.test_login)
        row.addStretch(1)
        box.addLayout(row)
        self.panel = CheckPanel("chain", self)
        self.panel.again_button.clicked.connect(self.start)
        box.addWidget(self.panel)
        self.offer = QWidget(self)
        self.offer.setObjectName("chain_offer")
        offer_row = QHBoxLayout(self.offer)
        offer_row.setContentsMargins(0, 0, 0, 0)
        self.offer_text = paragraph(
            self.tr("Idura has your client ID. You can remove the keys from this computer now."),
            self.offer,
        )
        offer_row.addWidget(self.offer_text, 1)
        self.remove_button = QPushButton(
            self.tr("&Remove the keys from this computer…"), self.offer
        )
        self.remove_button.setObjectName("chain_remove_keys")
        self.remove_button.setAccessibleDescription(
            self.tr(
                "Idura has them: deletes the keys from this computer's keychain and finishes "
                "the setup"
            )
        )
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit())
        offer_row.addWidget(self.remove_button)
        box.addWidget(self.offer)
        self.offer.hide()
        self.result: chain.ChainCheck | None = None
        self.fields.changed.connect(self._update)
        ctx.signals.changed.connect(self._on_workspace_changed)

    def _on_workspace_changed(self, key: str) -> None:
        if key == "":  # another setup: its own inputs, no offer from the last one's check
            self.result = None
            self.load()

    def load(self) -> None:
        self.fields.load()
        self.offer.hide()
        self._update()

    def _update(self) -> None:
        ready = self.fields.values() is not None and bool(self.ctx.workspace.domain())
        self.button.setEnabled(ready)
        self.test_login.setEnabled(ready)

    def start(self) -> None:
        values = self.fields.values()
        domain = self.ctx.workspace.domain()
        self.offer.hide()
        if values is None or not domain:
            self.panel.say(
                Severity.INFO, self.tr("Enter an application's client ID and callback URL first.")
            )
            return
        self.fields._save()
        expected = validate_client_id(self._client_id() or "").value
        environment = setup_environment(self.ctx)
        app, callback = values

        def job(token: CancelToken) -> chain.ChainCheck:
            return chain.check_chain(
                domain,
                app,
                callback,
                expected_client_id=expected,
                expected_environment=environment,
                cancel=token,
            )

        self.panel.run(job, self.tr("Asking Idura, then Vipps…"), self._show)

    def _show(self, result: chain.ChainCheck) -> None:
        self.result = result
        lines = chain_lines(result)
        held = bool(self._client_id())
        advice = keep_keys_advice(result, held)
        if advice is not None:
            lines.insert(len(lines) - 1, (Severity.WARNING, advice))  # before the note
        self.panel.say_lines(lines)
        # Production keys that Idura sends to Vipps' test environment are still needed here.
        if result.keys_saved and held:
            self.offer.show()
            self.remove_offered.emit()
