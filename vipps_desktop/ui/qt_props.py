"""Qt's own enum values, set without PySide6's `Qt` namespace, for what the first paint runs.

PySide6 builds the whole `Qt` namespace (93 enums; `Qt.Key` alone has ~500 keys) the first
time code names it, or passes or receives one of its enums: ~12 ms and ~2 MiB of the start-up
(docs/performance.md), where the bare QWizard we are measured against never needs it. So the
code that runs before the first page is painted
- sets `Qt` enum properties of widgets by their keys' names (`set_props`), which Qt converts
  itself (QMetaProperty::write, the way Qt Designer's .ui files do);
- uses the item data roles and keys below, which Qt's API takes and gives as plain ints;
- paints without Qt's pen and brush styles (ui/icons.py), and disables list items with
  QStandardItem's booleans rather than Qt.ItemFlag (ui/widgets/step_list.py).
Code that runs later (key presses, other pages) imports `Qt` where it is used.
tests/bench/test_lazy_imports.py fails if a first paint builds the namespace.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton, QWidget

# Qt.ItemDataRole values (qnamespace.h, part of Qt's ABI); tests/ui/test_qt_props.py checks them.
DECORATION_ROLE = 1
ACCESSIBLE_TEXT_ROLE = 11
ACCESSIBLE_DESCRIPTION_ROLE = 12
USER_ROLE = 0x0100
# Qt.Key values, as QKeyEvent.key() gives them (an int).
KEY_RETURN = 0x01000004
KEY_ENTER = 0x01000005


def set_props(obj: QObject, **keys: str) -> None:
    """Set enum and flag properties by key name, e.g. ``set_props(label,
    textFormat="PlainText", alignment="AlignLeft|AlignTop")``. Raises ValueError for a
    property `obj` does not have or a key its enum does not know (Qt would only return false,
    or add a dynamic property)."""
    meta = obj.metaObject()
    for name, value in keys.items():
        if meta.indexOfProperty(name) < 0 or not obj.setProperty(name, value):
            raise ValueError(f"{type(obj).__name__} cannot set {name!r} to {value!r}")


def push_button(text: str, parent: QWidget | None = None) -> QPushButton:
    """A push button showing `text`. Not `QPushButton(text, parent)`: PySide6 resolves that
    call among overloads that include (QIcon, str, QWidget), and builds the QIcon class with
    its ~100-key ThemeIcon enum on the way (~1 ms of whichever page is shown first)."""
    button = QPushButton(parent)
    button.setText(text)
    return button
