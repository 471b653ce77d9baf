"""A yes/cancel question whose buttons say what they do, in the app's language.

Qt has no Bokmål translation of its standard buttons, and "Delete" / "Keep" reads better than
"Yes" / "Cancel" anyway. The buttons stay the standard Yes and Cancel underneath, so Escape
and the platform's button order work as usual.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget, title: str, text: str, yes: str, no: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("confirm_dialog")
    box.button(QMessageBox.StandardButton.Yes).setText(yes)
    box.button(QMessageBox.StandardButton.Cancel).setText(no)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes
