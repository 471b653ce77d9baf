"""Small status icons, drawn here (no image files, no icon theme): one per severity, and the
step list's three states. Colours come in a light and a dark set, picked from the palette, each
at least 3:1 against its window colour as an icon and 4.5:1 as text (WCAG 2.1, 1.4.11/1.4.3).

The step list paints these before the first paint, so every shape is a path filled with
`fillPath` (round-capped strokes and the "?" included), with a brush taken from a palette:
`QPainter.setPen`/`setBrush` and QBrush's own constructors also accept `Qt` enums, and PySide6
builds its whole `Qt` namespace to resolve such a call (startup/props.py).
"""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPalette,
    QPixmap,
    QPolygonF,
)

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
    fill = _solid(QColor(_COLOURS[severity][1 if dark else 0]))
    ink = _solid(QColor(_INK[1 if dark else 0]))
    pixmap, painter = _canvas(size, ratio)
    s = float(size)
    if severity == Severity.WARNING:
        triangle = QPainterPath(QPointF(s / 2, 0.5))
        triangle.lineTo(s - 0.5, s - 1)
        triangle.lineTo(0.5, s - 1)
        triangle.closeSubpath()
        painter.fillPath(triangle, fill)
    elif severity == Severity.PROGRESS:
        painter.fillPath(_ring(QRectF(1.5, 1.5, s - 3, s - 3), s / 8), fill)
    else:
        painter.fillPath(_ellipse(QRectF(0.5, 0.5, s - 1, s - 1)), fill)
    width = s / 8
    strokes: list[list[QPointF]] = []
    if severity == Severity.OK:
        strokes = [
            [QPointF(s * 0.27, s * 0.52), QPointF(s * 0.44, s * 0.69), QPointF(s * 0.74, s * 0.34)]
        ]
    elif severity == Severity.ERROR:
        strokes = [
            [QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68)],
            [QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68)],
        ]
    elif severity == Severity.WARNING:
        strokes = [[QPointF(s / 2, s * 0.36), QPointF(s / 2, s * 0.62)], [QPointF(s / 2, s * 0.8)]]
    elif severity == Severity.INFO:
        strokes = [[QPointF(s / 2, s * 0.28)], [QPointF(s / 2, s * 0.46), QPointF(s / 2, s * 0.74)]]
    elif severity == Severity.PROGRESS:
        strokes = [[QPointF(s / 2, s * 0.28), QPointF(s / 2, s / 2), QPointF(s * 0.68, s / 2)]]
    elif severity == Severity.UNKNOWN:
        painter.fillPath(_centred_text("?", s), ink)
    for points in strokes:
        painter.fillPath(_stroke(points, width), ink)
    painter.end()
    return pixmap


def step_icon(state: str, palette: QPalette, size: int = 16, ratio: float = 1.0) -> QPixmap:
    """The step list's mark: "done" a check badge, "current" an arrow badge, else a ring."""
    if state == "done":
        return severity_icon(Severity.OK, palette, size, ratio)
    shade = 1 if is_dark(palette) else 0
    pixmap, painter = _canvas(size, ratio)
    s = float(size)
    if state == "current":
        badge = _ellipse(QRectF(0.5, 0.5, s - 1, s - 1))
        painter.fillPath(badge, _solid(QColor(_COLOURS[Severity.INFO][shade])))
        arrow = QPainterPath(QPointF(s * 0.38, s * 0.27))
        arrow.lineTo(s * 0.74, s * 0.5)
        arrow.lineTo(s * 0.38, s * 0.73)
        arrow.closeSubpath()
        painter.fillPath(arrow, _solid(QColor(_INK[shade])))
    else:
        ring = _ring(QRectF(2, 2, s - 4, s - 4), s / 10)
        painter.fillPath(ring, _solid(QColor(_COLOURS[Severity.UNKNOWN][shade])))
    painter.end()
    return pixmap


def _solid(colour: QColor) -> QBrush:
    """A solid brush of `colour`, made by a palette: QBrush(colour) would do the same, but its
    constructor's other overloads take `Qt` enums (see the module's docstring)."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, colour)
    return palette.brush(QPalette.ColorRole.Window)


def _centred_text(text: str, size: float) -> QPainterPath:
    """`text` in bold at three quarters of `size`, centred in a `size` square, as a path."""
    font = QFont()
    font.setBold(True)
    font.setPixelSize(round(size * 0.75))
    path = QPainterPath()
    path.addText(QPointF(0, 0), font, text)
    box = path.boundingRect()
    path.translate(size / 2 - box.center().x(), size / 2 - box.center().y())
    return path


def _canvas(size: int, ratio: float) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def _ellipse(rect: QRectF) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(rect)
    return path


def _ring(rect: QRectF, width: float) -> QPainterPath:
    """What a pen `width` wide draws along the ellipse in `rect`: the band between two
    ellipses (the path's default odd-even fill leaves the inner one empty)."""
    half = width / 2
    path = _ellipse(rect.adjusted(-half, -half, half, half))
    path.addEllipse(rect.adjusted(half, half, -half, -half))
    return path


def _stroke(points: list[QPointF], width: float) -> QPainterPath:
    """What a round-capped, round-joined pen `width` wide draws through `points` (one point:
    a dot), as one filled outline: a disc at each point, a band along each segment."""
    radius = width / 2
    shape = QPainterPath()
    for point in points:
        shape = shape.united(_ellipse(QRectF(point.x() - radius, point.y() - radius, width, width)))
    for start, end in itertools.pairwise(points):
        dx, dy = end.x() - start.x(), end.y() - start.y()
        length = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / length * radius, dx / length * radius  # the normal, half the width long
        band = QPainterPath()
        band.addPolygon(
            QPolygonF(
                [
                    QPointF(start.x() + nx, start.y() + ny),
                    QPointF(end.x() + nx, end.y() + ny),
                    QPointF(end.x() - nx, end.y() - ny),
                    QPointF(start.x() - nx, start.y() - ny),
                ]
            )
        )
        band.closeSubpath()
        shape = shape.united(band)
    return shape
