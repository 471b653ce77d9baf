"""Step 3: the Criipto production domain, checked as typed and normalised when done."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout

from vipps_desktop.core import criipto, validators
from vipps_desktop.core.message import Severity
from vipps_desktop.core.net import CancelToken
from vipps_desktop.core.signer_message import mailto_url
from vipps_desktop.ui.pages.base import GuidePage
from vipps_desktop.ui.widgets.check_panel import CheckPanel
from vipps_desktop.ui.widgets.feedback import Line, line_of
from vipps_desktop.ui.widgets.illustration import Illustration
from vipps_desktop.ui.widgets.paragraph import paragraph
from vipps_desktop.ui.widgets.validated_field import ValidatedField

CHECK_DELAY_MS = 800  # check once the user stops typing


class DomainPage(GuidePage):
    step_id = "domain"

    def build(self) -> None:
        self.content.addWidget(
            Illustration(
                "criipto_domains",
                self.tr(
                    "the Idura dashboard: Production environment chosen in the environment "
                    "dropdown, Domains, Register domain"
                ),
                self,
            )
        )
        form = QFormLayout()
        self.domain = ValidatedField(
            self.ctx.workspace,
            "domain",
            self.tr("Production &domain:"),
            validators.validate_domain,
            placeholder="acme.idura.broker",
            parent=self,
            valid_text=lambda r: (
                self.tr("Callback URL will be %s") % validators.callback_url(r.value or "")
            ),
        )
        self.domain.add_to(form)
        self.domain.edit.editingFinished.connect(self._normalise)
        self.content.addLayout(form)

        self.live = CheckPanel("criipto", self)
        self.live.set_starter(self._check_now, CHECK_DELAY_MS)
        self.content.addWidget(self.live)
        self.domain.verdict.connect(self.live.follow)
        self._build_test_first()

    def _build_test_first(self) -> None:
        """Optional: a test login through Idura's Test environment, with a Vipps test user."""
        guide = self.ctx.guide
        box = QGroupBox(guide.text("test_first", "title"), self)
        box.setObjectName("test_first")
        layout = QVBoxLayout(box)
        for text in guide.texts("test_first", "body"):
            layout.addWidget(paragraph(text, box))
        row = QHBoxLayout()
        mail = guide.mail("idura_test_credentials")
        self.ask_idura = QPushButton(self.tr("&Ask Idura for a Vipps test user ↗"), box)
        self.ask_idura.setObjectName("mail_idura_test_credentials")
        self.ask_idura.setAccessibleName(self.tr("Ask Idura for a Vipps test user"))
        self.ask_idura.setAccessibleDescription(
            self.tr("Opens an e-mail to %s in your e-mail program") % mail.to
        )
        self.ask_idura.setToolTip(mail.to)
        self.ask_idura.clicked.connect(
            lambda: QDesktopServices.openUrl(
                QUrl(mailto_url(mail.to, mail.subject, ""), QUrl.ParsingMode.StrictMode)
            )
        )
        row.addWidget(self.ask_idura)
        test_apps = guide.link("vipps_test_apps")
        self.test_app_guide = QPushButton(test_apps.label + " ↗", box)
        self.test_app_guide.setObjectName("open_vipps_test_apps")
        self.test_app_guide.setAccessibleName(test_apps.label)  # without "↗"
        self.test_app_guide.setAccessibleDescription(
            self.tr("Opens %s in your browser") % test_apps.url
        )
        self.test_app_guide.setToolTip(test_apps.url)
        self.test_app_guide.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(test_apps.url)))
        row.addWidget(self.test_app_guide)
        row.addStretch(1)
        layout.addLayout(row)
        self.content.addWidget(box)

    def load(self) -> None:
        self.domain.load()
        self.live.start()

    def _check_now(self) -> None:
        domain = self.ctx.workspace.domain()
        if not domain:
            return

        def job(token: CancelToken) -> criipto.DomainCheck:
            return criipto.check_domain(domain, cancel=token)

        self.live.run(
            job,
            self.tr("Checking that %s is a live Idura (Criipto) domain…") % domain,
            self._show_check,
        )

    def _show_check(self, result: criipto.DomainCheck) -> None:
        if result.domain != self.ctx.workspace.domain():
            return  # the domain changed while we asked
        lines: list[Line]
        if result.ok:
            lines = [(Severity.OK, self.tr("%s is a live Idura (Criipto) domain.") % result.domain)]
        else:
            problem = result.problem
            lines = [line_of(problem) if problem else (Severity.ERROR, self.tr("Not confirmed."))]
        lines.extend(line_of(n) for n in result.notes if not n.code.startswith("domain."))
        self.live.say_lines(lines)

    def _normalise(self) -> None:
        """Replace a pasted URL by the bare host, keeping the notes that say what changed."""
        text = self.domain.edit.text()
        result = validators.validate_domain(text)
        if result.ok and result.value != text:
            self.domain.edit.setText(result.value or "")
            self.ctx.workspace.set("domain", result.value)
            self.domain.show_verdict(result)
            self._check_now()
