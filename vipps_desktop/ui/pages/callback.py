"""Step 4: the callback URL, shown large, copied (never retyped), compared on request."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit

from vipps_desktop.core import validators
from vipps_desktop.core.message import Severity
from vipps_desktop.ui import messages
from vipps_desktop.ui.pages.base import GuidePage
from vipps_desktop.ui.widgets.copy_button import CopyButton, announce
from vipps_desktop.ui.widgets.feedback import Feedback, Line
from vipps_desktop.ui.widgets.illustration import Illustration
from vipps_desktop.ui.widgets.paragraph import paragraph


class CallbackPage(GuidePage):
    step_id = "callback"

    def build(self) -> None:
        row = QHBoxLayout()
        self.url = QLabel(self)
        self.url.setObjectName("callback_url")
        self.url.setAccessibleName(self.tr("Callback URL"))
        self.url.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.url.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # A label draws no focus of its own: frame it, so Tab visibly lands on the URL.
        self.url.setStyleSheet(
            "QLabel { border: 2px solid transparent; padding: 2px; }"
            "QLabel:focus { border-color: palette(highlight); }"
        )
        self.url.setWordWrap(True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.35)
        font.setWeight(QFont.Weight.DemiBold)
        self.url.setFont(font)
        row.addWidget(self.url, 1)
        self.copy = CopyButton(
            self.ctx.clipboard,
            self.ctx.workspace.callback_url,
            self.tr("callback URL"),
            parent=self,
        )
        self.copy.setObjectName("copy_callback_url")
        row.addWidget(self.copy)
        self.content.addLayout(row)

        self.illustration = Illustration(
            "criipto_vipps_provider",
            self.tr(
                "the Idura (Criipto) dashboard's Vipps MobilePay page showing your callback URL"
            ),
            self,
        )
        self.content.addWidget(self.illustration)

        self.content.addWidget(
            paragraph(
                self.tr(
                    "Optional: paste the callback URL your Idura (Criipto) dashboard shows, to "
                    "compare it with this one."
                ),
                self,
            )
        )
        form = QFormLayout()
        self.pasted = QLineEdit(self)
        self.pasted.setObjectName("pasted_callback_url")
        self.pasted.setAccessibleName(self.tr("Callback URL from your dashboard"))
        label = QLabel(self.tr("&From the dashboard:"), self)
        label.setBuddy(self.pasted)
        form.addRow(label, self.pasted)
        self.comparison = Feedback("comparison", self)
        form.addRow("", self.comparison)
        self.content.addLayout(form)
        self._verdict = ""  # the comparison's first line, last announced
        self.pasted.textChanged.connect(self._compare)

    def load(self) -> None:
        url = self.ctx.workspace.callback_url() or ""
        self.url.setText(url)
        self.url.setAccessibleDescription(url)  # the name says what it is; this, what it says
        self.copy.refresh()
        self.illustration.set_values(
            {"callback_url": url, "domain": self.ctx.workspace.domain() or ""}
        )
        self._compare(self.pasted.text(), quiet=True)

    def on_changed(self, key: str) -> None:
        if key == "":  # another setup: a URL pasted for the previous one means nothing here
            self.pasted.clear()

    def _compare(self, pasted: str, *, quiet: bool = False) -> None:
        expected = self.ctx.workspace.callback_url() or ""
        if not pasted:
            self.comparison.clear()
            self._verdict = ""
            return
        problems = validators.compare_callback_url(expected, pasted)
        lines: list[Line]
        if not problems:
            lines = [(Severity.OK, self.tr("Identical. This is the URL to give Vipps."))]
        else:
            lines = [(Severity.ERROR, self.tr("Different:"))]
            lines.extend((None, "• " + messages.text(p)) for p in problems)
        self.comparison.set_lines(lines)
        spoken = self.comparison.spoken()
        self.pasted.setAccessibleDescription(spoken)
        # Announced when the verdict changes (a paste), not again for every key typed.
        if not quiet and spoken.splitlines()[0] != self._verdict:
            announce(self, spoken)
        self._verdict = spoken.splitlines()[0]
