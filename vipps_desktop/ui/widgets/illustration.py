"""Our own schematic SVG illustrations: crisp at any size, enlarged on click.

An illustration may be a template: `{domain}`-style placeholders are filled with the user's own
values (XML-escaped) so the picture shows exactly what their dashboard will show.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QSizePolicy, QVBoxLayout, QWidget

from vipps_desktop.core.paths import resources_dir


def illustration_path(name: str) -> Path:
    return resources_dir() / "illustrations" / f"{name}.svg"


# The drawn URL boxes hold about 70 monospace characters.
MAX_DRAWN_CHARS = 70


def fit(text: str, limit: int = MAX_DRAWN_CHARS) -> str:
    """Shorten `text` in the middle so it fits a drawn box; the page shows it in full."""
    if len(text) <= limit:
        return text
    head = (limit - 1) // 2
    return text[:head] + "…" + text[-(limit - 1 - head) :]


def render_template(name: str, values: Mapping[str, str]) -> bytes:
    svg = illustration_path(name).read_text(encoding="utf-8")
    for key, value in values.items():
        # html.escape, not xml.sax.saxutils: that one drags urllib, email and OpenSSL in for
        # the same three replacements.
        svg = svg.replace("{" + key + "}", escape(fit(value), quote=True))
    return svg.encode("utf-8")


class SvgView(QWidget):
    """Paints an SVG scaled to fit, keeping its aspect ratio."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = QSvgRenderer(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def load(self, svg: bytes) -> None:
        self._renderer.load(QByteArray(svg))
        self.updateGeometry()
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        size = self._renderer.defaultSize()
        if size.isEmpty():
            return 0
        return round(width * size.height() / size.width())

    def sizeHint(self) -> QSize:
        return self._renderer.defaultSize()

    def minimumSizeHint(self) -> QSize:
        size = self._renderer.defaultSize()
        return QSize(120, round(120 * size.height() / max(1, size.width())))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        size = self._renderer.defaultSize().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - size.width()) / 2
        self._renderer.render(painter, QRectF(x, 0, size.width(), size.height()))


class Illustration(SvgView):
    """A clickable illustration; click, Enter or Space opens it enlarged."""

    def __init__(
        self,
        name: str,
        description: str,
        parent: QWidget | None = None,
        values: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._name = name
        self._svg = b""
        self.setObjectName(f"illustration_{name}")
        self.setAccessibleName(self.tr("Illustration: %s") % description)
        self.setAccessibleDescription(
            self.tr("Schematic drawing, not a screenshot. Press Enter to enlarge.")
        )
        self.setToolTip(self.tr("Illustration (schematic). Click to enlarge."))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.set_values(values or {})

    def set_values(self, values: Mapping[str, str]) -> None:
        self._svg = render_template(self._name, values)
        self.load(self._svg)

    def svg(self) -> bytes:
        return self._svg

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            # A picture has no frame for the style to highlight: show the focus by hand.
            painter = QPainter(self)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(self.rect().adjusted(1, 1, -1, -1))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.enlarge()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.enlarge()
        else:
            super().keyPressEvent(event)

    def enlarge(self) -> None:
        dialog = QDialog(self.window())
        dialog.setObjectName("illustration_dialog")
        dialog.setWindowTitle(self.accessibleName())
        layout = QVBoxLayout(dialog)
        view = SvgView(dialog)
        view.load(self._svg)
        layout.addWidget(view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry()
        dialog.resize(min(1200, int(screen.width() * 0.85)), min(850, int(screen.height() * 0.85)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
