"""Light and dark colour schemes.

Normally the app follows the system's scheme: Qt's Fusion style and the platform theme do that
on Windows, macOS and GNOME/KDE. Where the platform cannot tell Qt (a bare X server, some
window managers), `--scheme dark` asks for it explicitly and this module supplies the palette.

Fusion draws the edge of a check box, a radio button and a text field in the window colour
darkened by 40 %: about 2:1 on its light ground, and on a dark ground darker than the ground
itself, so an unticked box was a dark square on a dark ground. `ContrastStyle` draws those edges
at least 3:1 against the window and the field (WCAG 2.1, 1.4.11); tests/ui/test_contrast.py
measures it from renderings in both schemes.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

# The edge of a control, (light scheme, dark scheme): ≥ 3:1 against Window and Base of each.
EDGE = ("#767676", "#8c8f94")
FOCUS_EDGE = ("#0a58b8", "#6ea8ff")  # a focused field's edge: the highlight, ≥ 3:1 as well
_EDGED = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
    QStyle.PrimitiveElement.PE_FrameLineEdit,
)


def edge_colour(palette: QPalette, *, focused: bool = False) -> QColor:
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor((FOCUS_EDGE if focused else EDGE)[1 if dark else 0])


class ContrastStyle(QProxyStyle):
    """Fusion, with edges on check boxes, radio buttons and text fields that can be seen."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        state = option.state
        if element not in _EDGED or not state & QStyle.StateFlag.State_Enabled:
            return  # a disabled control may look faint (WCAG: inactive components are exempt)
        focused = element == QStyle.PrimitiveElement.PE_FrameLineEdit and bool(
            state & QStyle.StateFlag.State_HasFocus
        )
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # A focused field keeps Fusion's highlight, in a shade that stands out as well.
        painter.setPen(QPen(edge_colour(option.palette, focused=focused), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 2, 2)
        painter.restore()


def dark_palette() -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: "#2b2d30",
        role.WindowText: "#e6e6e6",
        role.Base: "#1e1f22",
        role.AlternateBase: "#2b2d30",
        role.ToolTipBase: "#3c3f41",
        role.ToolTipText: "#e6e6e6",
        role.Text: "#e6e6e6",
        role.Button: "#3c3f41",
        role.ButtonText: "#e6e6e6",
        role.BrightText: "#ff6b6b",
        role.Link: "#6ea8ff",
        role.Highlight: "#3d6bc4",
        role.HighlightedText: "#ffffff",
        role.PlaceholderText: "#8c8f94",
    }
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(disabled, colour_role, QColor("#8c8f94"))
    return palette


def apply_scheme(app: QApplication, scheme: str) -> None:
    """'system' leaves it to Qt; 'light'/'dark' set Fusion (with visible control edges,
    `ContrastStyle`) and that scheme's palette."""
    if scheme == "system":
        return
    hints = app.styleHints()
    hints.setColorScheme(Qt.ColorScheme.Dark if scheme == "dark" else Qt.ColorScheme.Light)
    fusion = QStyleFactory.create("Fusion")
    style = ContrastStyle(fusion) if fusion is not None else None
    if style is not None:
        app.setStyle(style)
    app.setPalette(
        dark_palette()
        if scheme == "dark"
        else style.standardPalette()
        if style is not None
        else QPalette()
    )
