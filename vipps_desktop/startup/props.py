"""Qt's own enum values, set without PySide6's `Qt` namespace, for what the first paint runs.

PySide6 builds the whole `Qt` namespace (93 enums; `Qt.Key` alone has ~500 keys) the first
time code names it, or passes or receives one of its enums; the bare QWizard we are measured
against never needs it (the cost: docs/performance.md). So the modules the first page imports
(the first-paint rule, tests/startup/test_first_paint_rule.py)
- set `Qt` enum properties of widgets by their keys' names (`set_props`), which Qt converts
  itself (QMetaProperty::write, the way Qt Designer's .ui files do);
- use the item data roles and keys below, which Qt's API takes and gives as plain ints;
- paint without Qt's pen and brush styles (ui/icons.py), and disable list items with
  QStandardItem's booleans rather than Qt.ItemFlag (ui/widgets/step_list.py).
Every other module names `Qt` as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

# Qt.ItemDataRole values (qnamespace.h, part of Qt's ABI); tests/startup/test_props.py checks them.
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
