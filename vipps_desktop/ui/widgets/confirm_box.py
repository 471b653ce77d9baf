"""A checkbox bound to one setup value: True, or the date it was ticked."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QWidget

from vipps_desktop.core.clock import today_iso
from vipps_desktop.core.fields import FieldName
from vipps_desktop.core.workspace import Workspace


class ConfirmBox(QCheckBox):
    def __init__(
        self,
        workspace: Workspace,
        key: FieldName,
        text: str,
        *,
        records_date: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(text, parent)
        self.workspace = workspace
        self.key = key
        self.records_date = records_date
        self._text = text
        self.setObjectName(key)
        self.toggled.connect(self._on_toggled)

    def load(self) -> None:
        value = self.workspace.get(self.key)
        self.blockSignals(True)
        self.setChecked(bool(value))
        self.blockSignals(False)
        self._show_date(value)

    def _on_toggled(self, on: bool) -> None:
        value: object = (today_iso() if self.records_date else True) if on else None
        self.workspace.set(self.key, value)
        self._show_date(value)

    def _show_date(self, value: object) -> None:
        if self.records_date and isinstance(value, str):
            self.setText(self._text + "  " + self.tr("(on %s)") % value)
        else:
            self.setText(self._text)
