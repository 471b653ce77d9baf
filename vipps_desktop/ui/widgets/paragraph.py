"""A paragraph of guide or result text: wrapped, plain (or rich) text the user can select."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from vipps_desktop.startup.props import set_props
from vipps_desktop.startup.selectable import make_selectable


def paragraph(text: str, parent: QWidget | None = None, *, rich: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    set_props(label, textFormat="RichText" if rich else "PlainText")
    make_selectable(label)
    return label
