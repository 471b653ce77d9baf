"""Light and dark colour schemes.

Normally the app follows the system's scheme: Qt's Fusion style and the platform theme do that
on Windows, macOS and GNOME/KDE. Where the platform cannot tell Qt (a bare X server, some
window managers), `--scheme dark` asks for it explicitly and this module supplies the palette.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


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
    """'system' leaves it to Qt; 'light'/'dark' set Fusion with that scheme's palette."""
    if scheme == "system":
        return
    hints = app.styleHints()
    hints.setColorScheme(Qt.ColorScheme.Dark if scheme == "dark" else Qt.ColorScheme.Light)
    style = QStyleFactory.create("Fusion")
    if style is not None:
        app.setStyle(style)
    app.setPalette(
        dark_palette()
        if scheme == "dark"
        else style.standardPalette()
        if style is not None
        else QPalette()
    )
