"""Step 6: first the signer submits the order, then Vipps checks the company.

The page asks "has the order been submitted?" before "has it been approved?": a link handed
to the signer, or an agreement signed, is not yet an order, and Vipps submits nothing itself.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel

from vipps_desktop.core import clock
from vipps_desktop.ui.pages.base import GuidePage
from vipps_desktop.ui.widgets.confirm_box import ConfirmBox


class WaitingPage(GuidePage):
    step_id = "waiting"

    def build(self) -> None:
        self.since = QLabel(self)
        self.since.setObjectName("order_age")
        self.since.setWordWrap(True)
        self.content.addWidget(self.since)
        question = QLabel("<b>" + self.tr("Has the order been submitted?") + "</b>", self)
        self.content.addWidget(question)
        self.submitted = ConfirmBox(
            self.ctx.workspace,
            "order_submitted_on",
            self.tr("Yes, the product order has been &submitted on the Vipps portal"),
            records_date=True,
            parent=self,
        )
        self.content.addWidget(self.submitted)
        self.approved = ConfirmBox(
            self.ctx.workspace,
            "approved_on",
            self.tr("Vipps has &approved the order"),
            records_date=True,
            parent=self,
        )
        self.content.addWidget(self.approved)

    def load(self) -> None:
        self.submitted.load()
        self.approved.load()
        self._refresh()

    def on_changed(self, key: str) -> None:
        if key in ("", "order_submitted_on", "order_link_sent_on", "approved_on"):
            self._refresh()

    def _refresh(self) -> None:
        workspace = self.ctx.workspace
        submitted = workspace.get("order_submitted_on")
        # Approval can only follow a submitted order.
        self.approved.setEnabled(bool(submitted) or bool(workspace.get("approved_on")))
        if not isinstance(submitted, str):
            sent = workspace.get("order_link_sent_on")
            self.since.setText(
                self.tr(
                    "You sent the order link to the signer on %s. Ask them whether they "
                    "have submitted the order: nothing happens at Vipps before that."
                )
                % sent
                if isinstance(sent, str)
                else ""
            )
            return
        try:
            days = (date.today() - clock.parse_date(submitted)).days
        except ValueError:
            self.since.clear()
            return
        if days < 0:
            text = self.tr("The order was submitted on %s.") % submitted
        elif days == 0:
            text = self.tr("The order was submitted today (%s).") % submitted
        else:
            text = self.tr("The order was submitted on %1, %n day(s) ago.", "", days).replace(
                "%1", submitted
            )
        self.since.setText(text)
