"""ui/qt_props.py: Qt's enum values without PySide6's `Qt` namespace, checked against it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from vipps_desktop.ui import qt_props


def test_the_roles_are_qt_s() -> None:
    assert Qt.ItemDataRole.UserRole.value == qt_props.USER_ROLE
    assert Qt.ItemDataRole.DecorationRole.value == qt_props.DECORATION_ROLE
    assert Qt.ItemDataRole.AccessibleTextRole.value == qt_props.ACCESSIBLE_TEXT_ROLE
    assert Qt.ItemDataRole.AccessibleDescriptionRole.value == qt_props.ACCESSIBLE_DESCRIPTION_ROLE
    assert Qt.Key.Key_Return.value == qt_props.KEY_RETURN
    assert Qt.Key.Key_Enter.value == qt_props.KEY_ENTER


def test_properties_are_set_by_key_name(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    qt_props.set_props(
        label,
        textFormat="PlainText",
        alignment="AlignLeft|AlignTop",
        textInteractionFlags="TextSelectableByMouse",
    )
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.alignment() == Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("textFormat", "PlainTxt"),
        ("alignment", "AlignLeft|AlignTopp"),
        ("textFormats", "PlainText"),
    ],
)
def test_a_misspelt_property_or_key_raises_and_leaves_nothing_behind(
    qtbot: QtBot, name: str, value: str
) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    with pytest.raises(ValueError, match=name):
        qt_props.set_props(label, **{name: value})
    assert label.dynamicPropertyNames() == []  # Qt would have added one for an unknown name


def test_push_button_is_a_plain_button_with_its_text_and_parent(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    button = qt_props.push_button("&Delete setup…", parent)
    assert isinstance(button, QPushButton)
    assert button.text() == "&Delete setup…" and button.parent() is parent
