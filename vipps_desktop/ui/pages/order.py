"""Step 5: the Vipps order form: which form, what each field wants, values to copy."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from vipps_desktop.core import validators
from vipps_desktop.core.content import FormTip
from vipps_desktop.ui.pages.base import GuidePage
from vipps_desktop.ui.widgets.confirm_box import ConfirmBox
from vipps_desktop.ui.widgets.copy_button import CopyButton
from vipps_desktop.ui.widgets.illustration import Illustration
from vipps_desktop.ui.widgets.validated_field import ValidatedField

TEMPLATES = {"web": "vipps_order_web_login", "customer_service": "vipps_order_customer_service"}


class OrderPage(GuidePage):
    step_id = "order"

    def build(self) -> None:
        guide = self.ctx.guide
        # Which form: the Idura partner template for web login, or customer-service login.
        choice = QGroupBox(self.tr("Which login do you order?"), self)
        choice_box = QVBoxLayout(choice)
        choice_row = QHBoxLayout()
        choice_box.addLayout(choice_row)
        self.template_buttons = QButtonGroup(self)
        self.web = QRadioButton(self.tr("&Web login (most companies)"), choice)
        self.web.setObjectName("template_web")
        self.customer_service = QRadioButton(self.tr("Customer-se&rvice login"), choice)
        self.customer_service.setObjectName("template_customer_service")
        for key, button in (("web", self.web), ("customer_service", self.customer_service)):
            self.template_buttons.addButton(button)
            button.toggled.connect(lambda on, key=key: self._choose_template(on, key))
            choice_row.addWidget(button)
        choice_row.addStretch(1)
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
            self.ctx.session, "sales_unit_name",
            self.tr("Sales-&unit name (shown in the Vipps app):"),
            validators.validate_sales_unit_name, placeholder="Acme", parent=values,
            valid_text=lambda r: self.tr("%1 of 30 characters, all allowed")
            .replace("%1", str(len(r.value or ""))),
        )
        self.sales_unit.add_to(form)
        self.website = ValidatedField(
            self.ctx.session, "website", self.tr("W&ebsite:"), validators.validate_website,
            placeholder="https://www.example.no", parent=values)
        self.website.add_to(form)
        self.content.addWidget(values)

        self.tips = QGroupBox(self.tr("The form, field by field"), self)
        grid = QGridLayout(self.tips)
        headers = (self.tr("Field on the form"), self.tr("Meaning"), self.tr("What to enter"),
                   self.tr("Value"))
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

        self.content.addWidget(Illustration(
            "vipps_order_form", self.tr("the Vipps order form with numbered fields"), self))
        self.submitted = ConfirmBox(self.ctx.session, "order_submitted_on",
                                    self.tr("I have &submitted the order"), records_date=True,
                                    parent=self)
        self.content.addWidget(self.submitted)

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
        button = CopyButton(self.ctx.clipboard, partial(self.ctx.session.value_for, key),
                            tip.meaning, parent=self.tips)
        button.setObjectName(f"copy_{key}")
        button.setAccessibleDescription(self.tr("The value for the form field “%s”")
                                        % tip.label_no)
        value_row.addWidget(value, 1)
        value_row.addWidget(button)
        grid.addLayout(value_row, row, 3)
        self.copy_buttons[key] = button
        self.value_labels[key] = value

    def load(self) -> None:
        session = self.ctx.session
        # Suggestions from Brønnøysund fill empty fields only; the user's own text wins.
        for key, suggested in (("sales_unit_name", "suggested_sales_unit_name"),
                               ("website", "suggested_website")):
            if not session.get(key) and session.get(suggested):
                session.set(key, session.get(suggested))
        self.sales_unit.load()
        self.website.load()
        template = session.get("order_template") or "web"
        button = self.customer_service if template == "customer_service" else self.web
        button.blockSignals(True)  # showing the saved choice is not a change
        button.setChecked(True)
        button.blockSignals(False)
        self.submitted.load()
        self._refresh_values()

    def on_changed(self, key: str) -> None:
        self._refresh_values()

    def _refresh_values(self) -> None:
        for key, label in self.value_labels.items():
            value = self.ctx.session.value_for(key)
            if key == "org_number" and value:
                value = validators.format_org_number(value)
            label.setText(value or self.tr("(not entered yet)"))
            self.copy_buttons[key].refresh()

    def _choose_template(self, on: bool, key: str) -> None:
        if on:
            self.ctx.session.set("order_template", key)

    def _open_form(self) -> None:
        template = self.ctx.session.get("order_template") or "web"
        link = self.ctx.guide.link(TEMPLATES.get(template, TEMPLATES["web"]))
        QDesktopServices.openUrl(QUrl(link.url))
