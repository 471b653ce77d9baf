"""A labelled line edit bound to one setup value, validated as the user types.

The raw text is saved as typed (so Back and resume restore exactly what was there); the
validator's verdict and notes are shown under the field in words with an icon (`Feedback`), not
only in colour, and given to screen readers as the field's description.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from vipps_desktop.core.fields import FieldName
from vipps_desktop.core.message import Severity
from vipps_desktop.core.validators import Validation
from vipps_desktop.core.workspace import Workspace
from vipps_desktop.ui.widgets.feedback import Feedback, Line, line_of

MAX_PASTE = 2000  # nothing the user needs is longer; keeps a mis-paste from freezing layouts


class CoreValidator(QValidator):
    """Lets Qt know a field's state (for accessibility and styling) from core's verdict."""

    def __init__(self, check: Callable[[str], Validation], parent: QWidget) -> None:
        super().__init__(parent)
        self._check = check

    def validate(self, text: str, pos: int) -> object:
        # Never Invalid: the user must be free to paste anything and get a message for it.
        state = (
            QValidator.State.Acceptable if self._check(text).ok else QValidator.State.Intermediate
        )
        return state, text, pos


class ValidatedField(QObject):
    """Owns the row widgets for a QFormLayout: a label, a line edit and a message line."""

    verdict = Signal(object)  # Validation

    def __init__(
        self,
        workspace: Workspace,
        key: FieldName,
        label: str,
        check: Callable[[str], Validation],
        *,
        placeholder: str = "",
        valid_text: Callable[[Validation], str] | None = None,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.key = key
        self.check = check
        self._valid_text = valid_text
        self.label = QLabel(label, parent)
        self.edit = QLineEdit(parent)
        self.edit.setObjectName(key)
        self.edit.setMaxLength(MAX_PASTE)
        self.edit.setPlaceholderText(placeholder)
        # The label's words, without its mnemonic and colon: "Organisation number".
        self.edit.setAccessibleName(label.replace("&", "").rstrip(": "))
        self.edit.setValidator(CoreValidator(check, self.edit))
        self.label.setBuddy(self.edit)
        self.message = Feedback(f"{key}_message", parent)
        self._loading = False
        # textChanged, not textEdited: assistive technology (AT-SPI's EditableText, used by
        # voice control and screen readers) sets the text as a program does, and what it
        # enters must be saved like what is typed. Only `load` showing saved text is skipped.
        self.edit.textChanged.connect(self._on_edited)

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(self.label, self.edit)
        form.addRow("", self.message)

    def load(self) -> None:
        text = self.workspace.get(self.key) or ""
        if self.edit.text() != text:
            self._loading = True
            try:
                self.edit.setText(text)
            finally:
                self._loading = False
        self.show_verdict(self.check(text), quiet_when_empty=True)

    def _on_edited(self, text: str) -> None:
        if self._loading:
            return
        self.workspace.set(self.key, text or None)
        self.show_verdict(self.check(text), quiet_when_empty=False)

    def show_verdict(self, result: Validation, *, quiet_when_empty: bool = False) -> None:
        self.message.set_lines(
            verdict_lines(
                result,
                self._valid_text(result) if self._valid_text else self.tr("Looks right."),
                quiet=quiet_when_empty and not self.edit.text(),
            )
        )
        self.edit.setAccessibleDescription(self.message.spoken())
        self.verdict.emit(result)


def verdict_lines(result: Validation, valid_text: str, *, quiet: bool = False) -> list[Line]:
    """A validator's verdict as feedback lines: `valid_text` or the error, then the notes.

    `quiet`: say nothing about an error (an empty field the user has not touched yet)."""
    lines: list[Line] = []
    if result.ok:
        lines.append((Severity.OK, valid_text))
    elif result.error is not None and not quiet:
        lines.append(line_of(result.error))
    lines.extend(line_of(note) for note in result.notes)
    return lines
