"""Step 5: the Vipps order form: which form, who submits it, what each field wants.

Only styreleder or daglig leder can submit the order. A user who is neither gets a ready
message for the signer (copy, or an e-mail draft) and moves on once the link is sent.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from vipps_desktop.core import brreg, signer_message, validators
from vipps_desktop.core.content import FormTip
from vipps_desktop.ui.pages.base import GuidePage, SecondaryText
from vipps_desktop.ui.widgets.confirm_box import ConfirmBox
from vipps_desktop.ui.widgets.copy_button import CopyButton
from vipps_desktop.ui.widgets.illustration import Illustration
from vipps_desktop.ui.widgets.validated_field import ValidatedField

TEMPLATES = {"web": "vipps_order_web_login", "customer_service": "vipps_order_customer_service"}
MESSAGE_LANGUAGES = ("nb", "en")


class OrderPage(GuidePage):
    step_id = "order"

    def build(self) -> None:
        self._loading = False
        guide = self.ctx.guide
        # Which form: the Idura partner template for web login, or customer-service login.
        choice = QGroupBox(self.tr("Which login do you order?"), self)
        choice_box = QVBoxLayout(choice)
        self.template_buttons = QButtonGroup(self)
        self.web = QRadioButton(self.tr("&Web login"), choice)
        self.web.setObjectName("template_web")
        self.customer_service = QRadioButton(self.tr("Customer-se&rvice login"), choice)
        self.customer_service.setObjectName("template_customer_service")
        uses = guide.raw()["order_templates"]
        for key, button in (("web", self.web), ("customer_service", self.customer_service)):
            self.template_buttons.addButton(button)
            button.toggled.connect(lambda on, key=key: self._choose_template(on, key))
            button.setAccessibleDescription(uses[key])
            use = SecondaryText(uses[key], choice)
            use.setIndent(24)
            choice_box.addWidget(button)
            choice_box.addWidget(use)
        open_row = QHBoxLayout()
        choice_box.addLayout(open_row)
        self.open_form = QPushButton(self.tr("&Open the Vipps order form ↗"), choice)
        self.open_form.setObjectName("open_order_form")
        self.open_form.setAccessibleName(self.tr("Open the Vipps order form"))  # without "↗"
        self.open_form.setAccessibleDescription(self.tr("Opens the chosen form in your browser"))
        self.open_form.clicked.connect(self._open_form)
        open_row.addWidget(self.open_form)
        open_row.addStretch(1)
        self.content.addWidget(choice)

        values = QGroupBox(self.tr("Values for the form"), self)
        form = QFormLayout(values)
        self.sales_unit = ValidatedField(
            self.ctx.workspace,
            "sales_unit_name",
            self.tr("Sales-&unit name (shown in the Vipps app):"),
            validators.validate_sales_unit_name,
            placeholder="Acme",
            parent=values,
            valid_text=lambda r: self.tr("%1 of 30 characters, all allowed").replace(
                "%1", str(len(r.value or ""))
            ),
        )
        self.sales_unit.add_to(form)
        self.website = ValidatedField(
            self.ctx.workspace,
            "website",
            self.tr("W&ebsite:"),
            validators.validate_website,
            placeholder="https://www.example.no",
            parent=values,
        )
        self.website.add_to(form)
        self.content.addWidget(values)

        self.tips = QGroupBox(self.tr("The form, field by field"), self)
        grid = QGridLayout(self.tips)
        headers = (
            self.tr("Field on the form"),
            self.tr("Meaning"),
            self.tr("What to enter"),
            self.tr("Value"),
        )
        for col, header in enumerate(headers):
            label = QLabel(f"<b>{header}</b>", self.tips)
            grid.addWidget(label, 0, col)
        self.copy_buttons: dict[str, CopyButton] = {}
        self.value_labels: dict[str, QLabel] = {}
        for row, tip in enumerate(guide.form_tips(), start=1):
            self._add_tip_row(grid, row, tip)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)
        grid.setColumnStretch(3, 3)
        self.content.addWidget(self.tips)

        self.content.addWidget(
            Illustration(
                "vipps_order_form", self.tr("the Vipps order form with numbered fields"), self
            )
        )
        self._build_who()

    # -- who submits the order -----------------------------------------------------------

    def _build_who(self) -> None:
        who = QGroupBox(self.tr("Who submits the order?"), self)
        box = QVBoxLayout(who)
        self.signers_label = QLabel(who)
        self.signers_label.setObjectName("order_signers")
        self.signers_label.setWordWrap(True)
        box.addWidget(self.signers_label)
        self.signer_buttons = QButtonGroup(self)
        self.i_sign = QRadioButton(
            self.tr("I may sign for the company: I sign and submit the order &myself"), who
        )
        self.i_sign.setObjectName("signer_is_user_yes")
        self.other_signs = QRadioButton(
            self.tr("Someone else si&gns: I send them the order link"), who
        )
        self.other_signs.setObjectName("signer_is_user_no")
        for answer, button in ((True, self.i_sign), (False, self.other_signs)):
            self.signer_buttons.addButton(button)
            button.toggled.connect(partial(self._choose_signer, answer))
            box.addWidget(button)
        self.submitted = ConfirmBox(
            self.ctx.workspace,
            "order_submitted_on",
            self.tr("I have &submitted the order"),
            records_date=True,
            parent=who,
        )
        box.addWidget(self.submitted)

        self.handover = QWidget(who)
        self.handover.setObjectName("signer_handover")
        hand = QVBoxLayout(self.handover)
        hand.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.send_to = QComboBox(self.handover)
        self.send_to.setObjectName("signer_name")
        self.send_to.currentIndexChanged.connect(self._on_send_to)
        send_label = QLabel(self.tr("Wri&te to:"), self.handover)
        send_label.setBuddy(self.send_to)
        form.addRow(send_label, self.send_to)
        self.recipient = QLineEdit(self.handover)
        self.recipient.setObjectName("key_recipient")
        self.recipient.setPlaceholderText(self.tr("Name and e-mail"))
        self.recipient.textEdited.connect(
            lambda text: self.ctx.workspace.set("key_recipient", text.strip() or None)
        )
        recipient_label = QLabel(self.tr("&Keys go to (contact person):"), self.handover)
        recipient_label.setBuddy(self.recipient)
        recipient_label.setToolTip(
            self.tr(
                "The contact person on the order form receives the "
                "keys and gets access to the Vipps portal."
            )
        )
        form.addRow(recipient_label, self.recipient)
        self.message_language = QComboBox(self.handover)
        self.message_language.setObjectName("signer_message_language")
        self.message_language.addItem("Norsk (bokmål)", "nb")
        self.message_language.addItem("English", "en")
        self.message_language.currentIndexChanged.connect(self._on_message_language)
        language_label = QLabel(self.tr("Message l&anguage:"), self.handover)
        language_label.setBuddy(self.message_language)
        form.addRow(language_label, self.message_language)
        hand.addLayout(form)
        self.preview = QPlainTextEdit(self.handover)
        self.preview.setObjectName("signer_message_preview")
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Message to the signer"))
        self.preview.setMinimumHeight(160)
        hand.addWidget(self.preview)
        buttons = QHBoxLayout()
        self.copy_message = CopyButton(
            self.ctx.clipboard,
            self._message_text,
            self.tr("message to the signer"),
            parent=self.handover,
        )
        self.copy_message.setObjectName("copy_signer_message")
        self.copy_message.set_idle_text(self.tr("&Copy the message"))
        self.email_message = QPushButton(self.tr("Open as e-mail &draft ↗"), self.handover)
        self.email_message.setObjectName("email_signer_message")
        self.email_message.setAccessibleName(self.tr("Open as e-mail draft"))
        self.email_message.setAccessibleDescription(
            self.tr("Opens the message in your e-mail program")
        )
        self.email_message.clicked.connect(self._open_email)
        buttons.addWidget(self.copy_message)
        buttons.addWidget(self.email_message)
        buttons.addStretch(1)
        hand.addLayout(buttons)
        self.link_sent = ConfirmBox(
            self.ctx.workspace,
            "order_link_sent_on",
            self.tr("I have se&nt the order link to the signer"),
            records_date=True,
            parent=self.handover,
        )
        hand.addWidget(self.link_sent)
        box.addWidget(self.handover)
        self.content.addWidget(who)

    def _signers(self) -> list[str]:
        """Who may sign, from the Brønnøysund lookup on the prerequisites page."""
        found = self.ctx.workspace.get("company_signers")
        if not isinstance(found, list):
            return []
        people = []
        for entry in found:
            if isinstance(entry, dict) and isinstance(entry.get("name"), str):
                names = entry.get("role_names") or [
                    brreg.role_name(str(code)) for code in entry.get("roles") or ()
                ]
                roles = ", ".join(str(name) for name in names)
                people.append(f"{entry['name']} ({roles})" if roles else entry["name"])
        return people

    def _choose_signer(self, answer: bool, on: bool) -> None:
        if on:
            self.ctx.workspace.set("signer_is_user", answer)
            self._show_who()

    def _show_who(self) -> None:
        answer = self.ctx.workspace.get("signer_is_user")
        self.submitted.setVisible(answer is not False)
        self.handover.setVisible(answer is False)
        if answer is False:
            self._refresh_message()

    def _on_send_to(self, index: int) -> None:
        if self._loading:
            return
        name = self.send_to.itemData(index)
        self.ctx.workspace.set("signer_name", name or None)

    def _on_message_language(self, index: int) -> None:
        if self._loading:
            return
        self.ctx.workspace.set("signer_message_language", self.message_language.itemData(index))

    def _order_link(self) -> str:
        template = self.ctx.workspace.get("order_template") or "web"
        return self.ctx.guide.link(TEMPLATES.get(template, TEMPLATES["web"])).url

    def _message(self) -> signer_message.SignerMessage:
        workspace = self.ctx.workspace
        org = workspace.value_for("org_number") or ""
        details = signer_message.OrderDetails(
            company=str(workspace.get("company_name") or ""),
            orgnr=validators.format_org_number(org) if org else "",
            link=self._order_link(),
            signer=str(workspace.get("signer_name") or ""),
            sales_unit=workspace.value_for("sales_unit_name") or "",
            website=workspace.value_for("website") or "",
            recipient=str(workspace.get("key_recipient") or ""),
        )
        language = workspace.get("signer_message_language")
        return signer_message.build(
            details, language if language in MESSAGE_LANGUAGES else MESSAGE_LANGUAGES[0]
        )

    def _message_text(self) -> str:
        return self._message().as_text()

    def _refresh_message(self) -> None:
        if self.handover.isHidden():
            return
        self.preview.setPlainText(self._message_text())
        self.copy_message.refresh()

    def _open_email(self) -> None:
        QDesktopServices.openUrl(QUrl(self._message().mailto_url(), QUrl.ParsingMode.StrictMode))

    def _add_tip_row(self, grid: QGridLayout, row: int, tip: FormTip) -> None:
        label_no = QLabel(f"<i>{tip.label_no}</i>", self.tips)
        label_no.setWordWrap(True)
        if tip.source == "inferred":
            label_no.setToolTip(self.tr("Label as last seen; the form may word it differently."))
        grid.addWidget(label_no, row, 0)
        for col, text in ((1, tip.meaning), (2, tip.enter)):
            cell = QLabel(text, self.tips)
            cell.setWordWrap(True)
            cell.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(cell, row, col)
        key = tip.value_key
        if key is None:
            grid.addWidget(QLabel("—", self.tips), row, 3)
            return
        value_row = QHBoxLayout()
        value = QLabel(self.tips)
        value.setObjectName(f"tip_value_{key}")
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setWordWrap(True)
        value.setTextFormat(Qt.TextFormat.PlainText)
        button = CopyButton(
            self.ctx.clipboard,
            partial(self.ctx.workspace.value_for, key),
            tip.meaning,
            parent=self.tips,
        )
        button.setObjectName(f"copy_{key}")
        button.setAccessibleDescription(self.tr("The value for the form field “%s”") % tip.label_no)
        value_row.addWidget(value, 1)
        value_row.addWidget(button)
        grid.addLayout(value_row, row, 3)
        self.copy_buttons[key] = button
        self.value_labels[key] = value

    def load(self) -> None:
        workspace = self.ctx.workspace
        workspace.adopt_suggestions()
        self.sales_unit.load()
        self.website.load()
        template = workspace.get("order_template") or "web"
        button = self.customer_service if template == "customer_service" else self.web
        button.blockSignals(True)  # showing the saved choice is not a change
        button.setChecked(True)
        button.blockSignals(False)
        self._loading = True
        try:
            self._load_who()
        finally:
            self._loading = False
        self._refresh_values()

    def _load_who(self) -> None:
        workspace = self.ctx.workspace
        self.submitted.load()
        self.link_sent.load()
        signers = self._signers()
        self.signers_label.setText(
            self.tr("May bind the company (from Brønnøysundregistrene): %s") % "; ".join(signers)
            if signers
            else self.tr(
                "Vipps' 2023 guide to its order links: the styreleder or daglig leder "
                "registered in Brønnøysundregistrene opens the link and submits the order."
            )
        )
        names = [
            str(e["name"])
            for e in workspace.get("company_signers") or ()
            if isinstance(e, dict) and isinstance(e.get("name"), str)
        ]
        self.send_to.clear()
        self.send_to.addItem(self.tr("(no name in the greeting)"), "")
        for label, name in zip(signers, names, strict=False):
            self.send_to.addItem(label, name)
        index = self.send_to.findData(workspace.get("signer_name") or "")
        self.send_to.setCurrentIndex(max(index, 0))
        self.recipient.setText(str(workspace.get("key_recipient") or ""))
        language = workspace.get("signer_message_language") or MESSAGE_LANGUAGES[0]
        self.message_language.setCurrentIndex(max(self.message_language.findData(language), 0))
        answer = workspace.get("signer_is_user")
        for button in (self.i_sign, self.other_signs):
            button.blockSignals(True)
        self.signer_buttons.setExclusive(False)
        # Unanswered shows as "I sign myself" (not saved): one radio is always checked, so
        # Tab stops on the group once, and the page looks as it did before the question.
        self.i_sign.setChecked(answer is not False)
        self.other_signs.setChecked(answer is False)
        self.signer_buttons.setExclusive(True)
        for button in (self.i_sign, self.other_signs):
            button.blockSignals(False)
        self._show_who()

    def on_changed(self, key: str) -> None:
        self._refresh_values()
        if key in ("", "signer_is_user"):
            self._show_who()
        else:
            self._refresh_message()

    def _refresh_values(self) -> None:
        for key, label in self.value_labels.items():
            value = self.ctx.workspace.value_for(key)
            if key == "org_number" and value:
                value = validators.format_org_number(value)
            label.setText(value or self.tr("(not entered yet)"))
            self.copy_buttons[key].refresh()

    def _choose_template(self, on: bool, key: str) -> None:
        if on:
            self.ctx.workspace.set("order_template", key)

    def _open_form(self) -> None:
        template = self.ctx.workspace.get("order_template") or "web"
        link = self.ctx.guide.link(TEMPLATES.get(template, TEMPLATES["web"]))
        QDesktopServices.openUrl(QUrl(link.url))
