"""startup/props.py: Qt's enum values without PySide6's `Qt` namespace, checked against it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from vipps_desktop.startup import props


def test_the_roles_are_qt_s() -> None:
    assert Qt.ItemDataRole.UserRole.value == props.USER_ROLE
    assert Qt.ItemDataRole.DecorationRole.value == props.DECORATION_ROLE
    assert Qt.ItemDataRole.AccessibleTextRole.value == props.ACCESSIBLE_TEXT_ROLE
    assert Qt.ItemDataRole.AccessibleDescriptionRole.value == props.ACCESSIBLE_DESCRIPTION_ROLE
    assert Qt.Key.Key_Return.value == props.KEY_RETURN
    assert Qt.Key.Key_Enter.value == props.KEY_ENTER


def test_properties_are_set_by_key_name(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    props.set_props(
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
        props.set_props(label, **{name: value})
    assert label.dynamicPropertyNames() == []  # Qt would have added one for an unknown name
