"""A button that opens a guide link in the browser, showing when the link was last checked."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from vipps_desktop.core.content import Link


class LinkButton(QPushButton):
    def __init__(self, link: Link, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # not (text, parent): see ui/qt_props.push_button
        self.setText(link.label + " ↗")
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
        # Here, not at the top: QUrl's enums cost the first paint ~0.5 ms (docs/performance.md).
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl(self.link.url))
