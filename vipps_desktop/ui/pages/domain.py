"""Step 3: the Criipto production domain, checked as typed and normalised when done."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout

from vipps_desktop.core import validators
from vipps_desktop.ui.pages.base import GuidePage
from vipps_desktop.ui.widgets.illustration import Illustration
from vipps_desktop.ui.widgets.validated_field import ValidatedField


class DomainPage(GuidePage):
    step_id = "domain"

    def build(self) -> None:
        self.content.addWidget(Illustration(
            "criipto_domains",
            self.tr("the Criipto dashboard with the Production toggle and Domains"), self))
        form = QFormLayout()
        self.domain = ValidatedField(
            self.ctx.session, "domain", self.tr("Production &domain:"),
            validators.validate_domain, placeholder="acme.idura.broker", parent=self,
            valid_text=lambda r: self.tr("Callback URL will be %s")
            % validators.callback_url(r.value or ""),
        )
        self.domain.add_to(form)
        self.domain.edit.editingFinished.connect(self._normalise)
        self.content.addLayout(form)

    def load(self) -> None:
        self.domain.load()

    def _normalise(self) -> None:
        """Replace a pasted URL by the bare host, keeping the notes that say what changed."""
        text = self.domain.edit.text()
        result = validators.validate_domain(text)
        if result.ok and result.value != text:
            self.domain.edit.setText(result.value or "")
            self.ctx.session.set("domain", result.value)
            self.domain.show_verdict(result)
