"""Step 2: the organisation number and the conditions Vipps checks before it approves."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout

from vipps_desktop.core import validators
from vipps_desktop.ui.pages.base import GuidePage
from vipps_desktop.ui.widgets.validated_field import ValidatedField

CONFIRMATIONS = ("confirm_bankid", "confirm_signer_role", "confirm_bank_account",
                 "confirm_paid_plan")


class PrerequisitesPage(GuidePage):
    step_id = "prerequisites"

    def build(self) -> None:
        form = QFormLayout()
        self.org_number = ValidatedField(
            self.ctx.session, "org_number", self.tr("&Organisation number:"),
            validators.validate_org_number, placeholder="923 609 016", parent=self,
            valid_text=lambda r: self.tr("Valid organisation number %s")
            % validators.format_org_number(r.value or ""),
        )
        self.org_number.add_to(form)
        self.content.addLayout(form)

        group = QGroupBox(self.tr("Confirm that"), self)
        box = QVBoxLayout(group)
        self.checks: dict[str, QCheckBox] = {}
        guide = self.ctx.guide
        for key in CONFIRMATIONS:
            check = QCheckBox(guide.text("prerequisites", key, "label"), group)
            check.setObjectName(key)
            why = guide.text("prerequisites", key, "why")
            check.setAccessibleDescription(why)
            check.toggled.connect(
                lambda on, key=key: self.ctx.session.set(key, True if on else None))
            why_label = QLabel(why, group)
            why_label.setWordWrap(True)
            why_label.setIndent(24)
            why_label.setEnabled(False)  # greyed: secondary text
            box.addWidget(check)
            box.addWidget(why_label)
            self.checks[key] = check
        self.content.addWidget(group)

    def load(self) -> None:
        self.org_number.load()
        for key, check in self.checks.items():
            check.blockSignals(True)
            check.setChecked(self.ctx.session.get(key) is True)
            check.blockSignals(False)
