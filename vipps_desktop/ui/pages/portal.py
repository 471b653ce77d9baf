"""Step 7: in the Vipps portal, find the keys and register the callback URL."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout

from vipps_desktop.ui.pages.base import GuidePage
from vipps_desktop.ui.widgets.confirm_box import ConfirmBox
from vipps_desktop.ui.widgets.copy_button import CopyButton
from vipps_desktop.ui.widgets.illustration import Illustration
from vipps_desktop.ui.widgets.redirect_check_box import RedirectCheckBox


def numbered(items: list[str]) -> str:
    return "\n".join(f"{i}. {item}" for i, item in enumerate(items, start=1))


class PortalPage(GuidePage):
    step_id = "portal"

    def build(self) -> None:
        steps = self.ctx.guide.raw()["portal_steps"]
        keys = QGroupBox(self.tr("A. Find the keys"), self)
        keys_box = QVBoxLayout(keys)
        keys_box.addWidget(self._steps_label(steps["keys"], keys))
        keys_box.addWidget(
            Illustration("vipps_portal_keys", self.tr("the Vipps portal's API keys page"), keys)
        )
        self.keys_found = ConfirmBox(
            self.ctx.workspace,
            "confirm_keys_found",
            self.tr("I can see the client &ID and client secret"),
            parent=keys,
        )
        keys_box.addWidget(self.keys_found)
        self.content.addWidget(keys)

        redirect = QGroupBox(self.tr("B. Register the callback URL"), self)
        redirect_box = QVBoxLayout(redirect)
        redirect_box.addWidget(self._steps_label(steps["redirect"], redirect))
        row = QHBoxLayout()
        self.url = QLabel(redirect)
        self.url.setObjectName("portal_callback_url")
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.url, 1)
        self.copy = CopyButton(
            self.ctx.clipboard,
            self.ctx.workspace.callback_url,
            self.tr("callback URL"),
            parent=redirect,
        )
        self.copy.setObjectName("copy_callback_url_portal")
        row.addWidget(self.copy)
        redirect_box.addLayout(row)
        self.illustration = Illustration(
            "vipps_portal_redirect", self.tr("the Vipps portal's redirect URI settings"), redirect
        )
        redirect_box.addWidget(self.illustration)
        self.redirect_done = ConfirmBox(
            self.ctx.workspace,
            "confirm_redirect_uri",
            self.tr("I have added the callback URL and &saved"),
            parent=redirect,
        )
        redirect_box.addWidget(self.redirect_done)
        self.content.addWidget(redirect)
        # Issue 11, check 1: with the client ID only, as soon as the user pastes it.
        self.redirect_check = RedirectCheckBox(self.ctx, "portal", parent=self)
        self.content.addWidget(self.redirect_check)

    def _steps_label(self, items: list[str], parent: QGroupBox) -> QLabel:
        label = QLabel(numbered(items), parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def load(self) -> None:
        url = self.ctx.workspace.callback_url() or ""
        self.url.setText(url)
        self.copy.refresh()
        self.illustration.set_values(
            {"callback_url": url, "domain": self.ctx.workspace.domain() or ""}
        )
        self.keys_found.load()
        self.redirect_done.load()
