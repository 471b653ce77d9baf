"""The first window's text waits for its first paint to become selectable
(startup/selectable.py): what the wait assumes, and that nothing is left waiting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from vipps_desktop.startup.selectable import WAIT_PROPERTY, SelectableWait
from vipps_desktop.ui.pages.base import SecondaryText
from vipps_desktop.ui.widgets.paragraph import paragraph

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse
TEXT = (
    "Vipps MobilePay must approve the order before you can fetch the keys. This usually "
    "takes a few working days; the app remembers where you are."
)


def is_selectable(label: QLabel) -> bool:
    return bool(label.textInteractionFlags() & SELECTABLE)


def test_labels_of_a_waiting_window_become_selectable_on_release(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    inner = QWidget(window)
    wait = SelectableWait(window)
    waiting = paragraph(TEXT, inner)
    pale = SecondaryText(TEXT, inner)
    gone = paragraph(TEXT, inner)
    gone.deleteLater()
    qtbot.wait(1)  # the deletion runs
    elsewhere = QWidget()  # another window: not waiting
    qtbot.addWidget(elsewhere)
    assert is_selectable(paragraph(TEXT, elsewhere))
    assert not is_selectable(waiting) and not is_selectable(pale)

    wait.release()
    assert is_selectable(waiting) and is_selectable(pale)
    assert window.property(WAIT_PROPERTY) is None
    assert is_selectable(paragraph(TEXT, inner))  # after the release: at once


def test_a_selectable_paragraph_looks_exactly_like_a_plain_one(qtbot: QtBot) -> None:
    """Why the wait is invisible: the same size and the same pixels either way."""
    shots = []
    for released in (False, True):
        window = QWidget()
        qtbot.addWidget(window)
        layout = QVBoxLayout(window)
        wait = SelectableWait(window)
        label = paragraph(TEXT, window)
        if released:
            wait.release()
        layout.addWidget(label)
        layout.addStretch(1)
        window.resize(420, 200)
        window.show()
        qtbot.waitExposed(window)
        assert is_selectable(label) is released
        shots.append((label.geometry(), window.grab().toImage()))
    (plain_geometry, plain), (chosen_geometry, chosen) = shots
    assert plain_geometry == chosen_geometry
    assert plain == chosen
