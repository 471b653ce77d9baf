"""Guide text becomes selectable once its window has painted for the first time.

A selectable QLabel lays its text out through a QTextDocument, which costs more than a plain
label and draws the same pixels (tests/startup/test_selectable_wait.py checks both). A page has
five to ten paragraphs, so while the first window is being built its paragraphs wait as plain
labels (`make_selectable` parks them with the window's `SelectableWait`) and become selectable
right after the first paint (`SelectableWait.release`). A label in any other window, or made
after the release, is made selectable at once. The gain is in docs/performance.md.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

from vipps_desktop.startup.props import set_props

# The window's dynamic property that holds its wait, until the wait is released.
WAIT_PROPERTY = "selectableWait"


class SelectableWait(QObject):
    """The paragraphs of `window` that wait for its first paint to become selectable."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._labels: list[QLabel] = []
        window.setProperty(WAIT_PROPERTY, self)

    def add(self, label: QLabel) -> None:
        self._labels.append(label)

    def release(self) -> None:
        """Make the waiting labels selectable (those still alive); later ones are at once."""
        self._window.setProperty(WAIT_PROPERTY, None)
        labels, self._labels = self._labels, []
        for label in labels:
            if shiboken6.isValid(label):
                _selectable(label)


def make_selectable(label: QLabel) -> None:
    """Let the user select `label`'s text: now, or after its window's first paint."""
    wait = label.window().property(WAIT_PROPERTY)
    if isinstance(wait, SelectableWait):
        wait.add(label)
    else:
        _selectable(label)


def _selectable(label: QLabel) -> None:
    set_props(label, textInteractionFlags="TextSelectableByMouse")
