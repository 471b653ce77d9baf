"""Guide text the user can select and copy, made selectable once the first page is shown.

A selectable QLabel lays out its text through a QTextDocument, ~0.4 ms more per label than a
plain one (measured with eight wrapped paragraphs under xcb), and it looks the same pixel for
pixel (tests/ui/test_selectable.py). A page has five to ten of them. So while the app starts
(`hold`, ui/app.py) the labels of the first page are drawn plain and become selectable right
after that page is painted (`release`); at any other time `make_selectable` acts at once.
"""

from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtWidgets import QLabel

from vipps_desktop.startup.props import set_props

_held: list[weakref.ref[QLabel]] | None = None


def make_selectable(label: QLabel) -> None:
    """Let the user select `label`'s text with the mouse (now, or when `release` is called)."""
    if _held is None:
        set_props(label, textInteractionFlags="TextSelectableByMouse")
    else:
        _held.append(weakref.ref(label))


def hold() -> None:
    """Until `release`, labels passed to `make_selectable` wait."""
    global _held
    if _held is None:
        _held = []


def release() -> None:
    """Make the labels that waited selectable (those still alive); later ones are at once."""
    global _held
    held, _held = _held or [], None
    for ref in held:
        label = ref()
        if label is not None and shiboken6.isValid(label):
            make_selectable(label)
