"""Step 6: Vipps checks the company; the app says what happens and that closing is safe."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel

from vipps_desktop.ui.pages.base import GuidePage
from vipps_desktop.ui.widgets.confirm_box import ConfirmBox


class WaitingPage(GuidePage):
    step_id = "waiting"

    def build(self) -> None:
        self.since = QLabel(self)
        self.since.setObjectName("order_age")
        self.since.setWordWrap(True)
        self.content.addWidget(self.since)
        self.approved = ConfirmBox(self.ctx.session, "approved_on",
                                   self.tr("Vipps has &approved the order"), records_date=True,
                                   parent=self)
        self.content.addWidget(self.approved)

    def load(self) -> None:
        self.approved.load()
        submitted = self.ctx.session.get("order_submitted_on")
        if not isinstance(submitted, str):
            self.since.clear()
            return
        try:
            days = (dt.date.today() - dt.date.fromisoformat(submitted[:10])).days
        except ValueError:
            self.since.clear()
            return
        if days < 0:
            text = self.tr("You submitted the order on %s.") % submitted
        elif days == 0:
            text = self.tr("You submitted the order today (%s).") % submitted
        else:
            text = (self.tr("You submitted the order on %1, %n day(s) ago.", "", days)
                    .replace("%1", submitted))
        self.since.setText(text)
