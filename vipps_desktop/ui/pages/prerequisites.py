"""Step 2: the organisation number and the conditions Vipps checks before it approves.

A valid number is looked up in Brønnøysundregistrene (optional: offline, the flow goes on):
registered name, form, address, who may sign, and anything that makes Vipps say no.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
)

from vipps_desktop.core import brreg, validators
from vipps_desktop.core.fields import FieldName
from vipps_desktop.core.message import Severity
from vipps_desktop.ui import messages
from vipps_desktop.ui.pages.base import GuidePage, SecondaryText
from vipps_desktop.ui.widgets.check_panel import CheckPanel
from vipps_desktop.ui.widgets.feedback import Line, line_of
from vipps_desktop.ui.widgets.validated_field import ValidatedField

CONFIRMATIONS: tuple[FieldName, ...] = (
    "confirm_bankid",
    "confirm_signer_role",
    "confirm_bank_account",
    "confirm_paid_plan",
)
LOOKUP_DELAY_MS = 500  # look up once the user stops typing


class PrerequisitesPage(GuidePage):
    step_id = "prerequisites"

    def build(self) -> None:
        form = QFormLayout()
        self.org_number = ValidatedField(
            self.ctx.workspace,
            "org_number",
            self.tr("&Organisation number:"),
            validators.validate_org_number,
            placeholder="923 609 016",
            parent=self,
            valid_text=lambda r: (
                self.tr("Valid organisation number %s")
                % validators.format_org_number(r.value or "")
            ),
        )
        self.org_number.add_to(form)
        self.content.addLayout(form)

        self.company = CheckPanel("brreg", self)
        self.company.set_starter(self._lookup_now, LOOKUP_DELAY_MS)
        self.content.addWidget(self.company)
        parent_row = QHBoxLayout()
        # Brønnøysund's own page for the company lists every role: the user can see for
        # themselves who may sign.
        self.open_brreg = QPushButton(self.tr("Open the company in Brønnøysundregistre&ne ↗"), self)
        self.open_brreg.setObjectName("open_brreg_company")
        self.open_brreg.setAccessibleName(
            self.tr("Open the company in Brønnøysundregistrene")
        )  # without "↗"
        self.open_brreg.clicked.connect(self._open_brreg)
        self.open_brreg.hide()
        parent_row.addWidget(self.open_brreg)
        self.use_parent = QPushButton(self)
        self.use_parent.setObjectName("use_parent_org")
        self.use_parent.clicked.connect(self._use_parent)
        self.use_parent.hide()
        parent_row.addWidget(self.use_parent)
        parent_row.addStretch(1)
        self.content.addLayout(parent_row)
        self._parent = ""
        self.org_number.verdict.connect(self.company.follow)
        self.org_number.verdict.connect(lambda _result: self.use_parent.hide())
        self.org_number.verdict.connect(lambda _result: self._show_brreg_link())

        group = QGroupBox(self.tr("Confirm that"), self)
        box = QVBoxLayout(group)
        self.checks: dict[FieldName, QCheckBox] = {}
        guide = self.ctx.guide
        for key in CONFIRMATIONS:
            check = QCheckBox(guide.text("prerequisites", key, "label"), group)
            check.setObjectName(key)
            why = guide.text("prerequisites", key, "why")
            check.setAccessibleDescription(why)
            check.toggled.connect(
                lambda on, key=key: self.ctx.workspace.set(key, True if on else None)
            )
            why_label = SecondaryText(why, group)
            why_label.setIndent(24)
            box.addWidget(check)
            box.addWidget(why_label)
            self.checks[key] = check
        self.content.addWidget(group)

    def _brreg_url(self) -> str | None:
        orgnr = self.ctx.workspace.value_for("org_number")
        return self.ctx.guide.link("brreg_company").url_with(orgnr=orgnr) if orgnr else None

    def _show_brreg_link(self) -> None:
        url = self._brreg_url()
        self.open_brreg.setVisible(url is not None)
        if url:
            self.open_brreg.setToolTip(url)
            self.open_brreg.setAccessibleDescription(self.tr("Opens %s in your browser") % url)

    def _open_brreg(self) -> None:
        url = self._brreg_url()
        if url:
            QDesktopServices.openUrl(QUrl(url))

    def load(self) -> None:
        self.org_number.load()
        self._show_brreg_link()
        for key, check in self.checks.items():
            check.blockSignals(True)
            check.setChecked(self.ctx.workspace.get(key) is True)
            check.blockSignals(False)
        self.company.start()

    # -- Brønnøysund ---------------------------------------------------------------------

    def _lookup_now(self) -> None:
        orgnr = self.ctx.workspace.value_for("org_number")
        if not orgnr:
            return
        self.use_parent.hide()
        self.company.run(
            lambda token: brreg.lookup_with_signers(orgnr, cancel=token),
            self.tr("Looking the company up in Brønnøysundregistrene…"),
            self._show_company,
        )

    def _show_company(
        self, result: tuple[brreg.CompanyLookup, tuple[brreg.Signatory, ...] | None]
    ) -> None:
        company, signers = result
        if company.orgnr != self.ctx.workspace.value_for("org_number"):
            return  # the number changed while we asked
        lines: list[Line] = []
        if company.name:
            form = f" ({company.form_description})" if company.form_description else ""
            lines.append((Severity.OK if company.eligible else Severity.ERROR, company.name + form))
        if company.address:
            lines.append((None, ", ".join(company.address)))
        lines.extend((Severity.ERROR, messages.text(p)) for p in company.problems)
        lines.extend(line_of(n) for n in company.notes)
        # The signers are kept for the order page's message to the signer.
        self.ctx.workspace.record_company(
            company.name,
            suggested_name=brreg.suggest_sales_unit_name(company.name) if company.name else None,
            website=company.website,
            signers=None
            if signers is None
            else [
                {"name": s.name, "roles": list(s.roles), "role_names": list(s.role_names)}
                for s in signers
            ],
        )
        if signers is None:
            lines.append(
                (
                    Severity.WARNING,
                    self.tr(
                        "Could not fetch who may sign; check the roles at Brønnøysundregistrene."
                    ),
                )
            )
        elif signers:
            lines.extend(self._signer_lines(signers))
        elif company.eligible:
            # Only here: Brønnøysund lists nobody with a role that binds the company.
            lines.append(
                (
                    Severity.WARNING,
                    self.tr(
                        "Brønnøysund lists nobody who may bind the company (no styreleder, "
                        "daglig leder, innehaver, signature or prokura). Vipps needs such a "
                        "person to sign."
                    ),
                )
            )
        self.company.say_lines(lines)
        self._parent = company.parent_orgnr
        if company.status == "subunit" and company.parent_orgnr:
            self.use_parent.setText(
                self.tr("Use the main company's number, %s")
                % validators.format_org_number(company.parent_orgnr)
            )
            self.use_parent.show()

    def _signer_lines(self, signers: tuple[brreg.Signatory, ...]) -> list[Line]:
        people = ", ".join(f"{s.name} ({', '.join(s.role_names or s.roles)})" for s in signers)
        lines: list[Line] = [
            (
                Severity.INFO,
                self.tr("May bind the company, as Brønnøysund lists it (signs with BankID): %s")
                % people,
            )
        ]
        if all(s.only_jointly for s in signers):
            lines.append(
                (
                    Severity.INFO,
                    self.tr(
                        "“I fellesskap” means together: these people can bind the company "
                        "only jointly."
                    ),
                )
            )
        if not any(s.may_open_order_link for s in signers):
            # Not a warning: the terms ask for authority to bind the company, which these
            # people have; only the order link's documented rule is narrower.
            lines.append(
                (
                    Severity.INFO,
                    self.tr(
                        "Vipps' 2023 guide to its order links says the person who opens the "
                        "link must be registered as styreleder or daglig leder, and Brønnøysund "
                        "lists neither for this company. Whether Vipps lets the people above in "
                        "is not documented: if the link turns them away, ask Vipps."
                    ),
                )
            )
        return lines

    def _use_parent(self) -> None:
        if not self._parent:
            return
        self.org_number.edit.setText(self._parent)  # saved and checked like typed text
        self.use_parent.hide()
