"""A button that opens a guide link in the browser, showing when the link was last checked."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QPushButton, QWidget

from vipps_desktop.core.content import Link


class LinkButton(QPushButton):
    def __init__(self, link: Link, parent: QWidget | None = None) -> None:
        super().__init__(link.label + " ↗", parent)
        self.link = link
        self.setObjectName(f"link_{link.id}")
        self.setAccessibleName(link.label)
        self.setAccessibleDescription(self.tr("Opens %s in your browser") % link.url)
        self.setToolTip(
            self.tr("%1\nLink last checked %2").replace("%1", link.url).replace("%2", link.checked)
            if link.checked
            else link.url
        )
        self.clicked.connect(self.open)

    def open(self) -> None:
        QDesktopServices.openUrl(QUrl(self.link.url))
