"""Small status icons, drawn here (no image files, no icon theme): one per severity, and the
step list's three states. Colours come in a light and a dark set, picked from the palette, each
at least 3:1 against its window colour as an icon and 4.5:1 as text (WCAG 2.1, 1.4.11/1.4.3).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen, QPixmap

from vipps_desktop.core.message import Severity

# severity -> (light scheme, dark scheme)
_COLOURS: dict[Severity, tuple[str, str]] = {
    Severity.OK: ("#116329", "#3fb950"),
    Severity.INFO: ("#0a58b8", "#58a6ff"),
    Severity.WARNING: ("#7d4e00", "#d29922"),
    Severity.ERROR: ("#b42318", "#ff7b72"),
    Severity.UNKNOWN: ("#57606a", "#a8b1bb"),
    Severity.PROGRESS: ("#0a58b8", "#58a6ff"),
}
# The glyph inside an icon: white on the light set's dark colours, near-black on the dark set's.
_INK = ("#ffffff", "#16171a")


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colour(severity: Severity, palette: QPalette) -> QColor:
    """The severity's colour for icons and text on `palette`'s window colour."""
    return QColor(_COLOURS[severity][1 if is_dark(palette) else 0])


def severity_icon(
    severity: Severity, palette: QPalette, size: int = 16, ratio: float = 1.0
) -> QPixmap:
    """A round badge (a triangle for warnings) with a check, cross, !, i or ?."""
    dark = is_dark(palette)
    fill = QColor(_COLOURS[severity][1 if dark else 0])
    ink = QColor(_INK[1 if dark else 0])
    pixmap, painter = _canvas(size, ratio)
    s = float(size)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    if severity == Severity.WARNING:
        triangle = QPainterPath(QPointF(s / 2, 0.5))
        triangle.lineTo(s - 0.5, s - 1)
        triangle.lineTo(0.5, s - 1)
        triangle.closeSubpath()
        painter.drawPath(triangle)
    elif severity == Severity.PROGRESS:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(fill, s / 8))
        painter.drawEllipse(QRectF(1.5, 1.5, s - 3, s - 3))
    else:
        painter.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1))
    pen = QPen(
        ink, s / 8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin
    )
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if severity == Severity.OK:
        painter.drawPolyline(
            [QPointF(s * 0.27, s * 0.52), QPointF(s * 0.44, s * 0.69), QPointF(s * 0.74, s * 0.34)]
        )
    elif severity == Severity.ERROR:
        painter.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68))
        painter.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68))
    elif severity == Severity.WARNING:
        painter.drawLine(QPointF(s / 2, s * 0.36), QPointF(s / 2, s * 0.62))
        painter.drawPoint(QPointF(s / 2, s * 0.8))
    elif severity == Severity.INFO:
        painter.drawPoint(QPointF(s / 2, s * 0.28))
        painter.drawLine(QPointF(s / 2, s * 0.46), QPointF(s / 2, s * 0.74))
    elif severity == Severity.UNKNOWN:
        font = QFont()
        font.setBold(True)
        font.setPixelSize(round(s * 0.75))
        painter.setFont(font)
        painter.drawText(QRectF(0, 0, s, s), Qt.AlignmentFlag.AlignCenter, "?")
    elif severity == Severity.PROGRESS:
        painter.drawLine(QPointF(s / 2, s / 2), QPointF(s / 2, s * 0.28))
        painter.drawLine(QPointF(s / 2, s / 2), QPointF(s * 0.68, s / 2))
    painter.end()
    return pixmap


def step_icon(state: str, palette: QPalette, size: int = 16, ratio: float = 1.0) -> QPixmap:
    """The step list's mark: "done" a check badge, "current" an arrow badge, else a ring."""
    if state == "done":
        return severity_icon(Severity.OK, palette, size, ratio)
    dark = is_dark(palette)
    pixmap, painter = _canvas(size, ratio)
    s = float(size)
    if state == "current":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(_COLOURS[Severity.INFO][1 if dark else 0]))
        painter.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1))
        painter.setBrush(QColor(_INK[1 if dark else 0]))
        arrow = QPainterPath(QPointF(s * 0.38, s * 0.27))
        arrow.lineTo(s * 0.74, s * 0.5)
        arrow.lineTo(s * 0.38, s * 0.73)
        arrow.closeSubpath()
        painter.drawPath(arrow)
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(_COLOURS[Severity.UNKNOWN][1 if dark else 0]), s / 10))
        painter.drawEllipse(QRectF(2, 2, s - 4, s - 4))
    painter.end()
    return pixmap


def _canvas(size: int, ratio: float) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter
