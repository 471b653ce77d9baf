"""What every page needs: the workspace, the guide texts, the clipboard, change signals."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings, Signal

from vipps_desktop.core.content import Guide
from vipps_desktop.core.workspace import Workspace
from vipps_desktop.ui.clipboard import ClipboardService
from vipps_desktop.ui.keychain import KeychainService


class WorkspaceSignals(QObject):
    """Qt face of `Workspace`'s listeners: `changed(key)`, key "" for another setup."""

    changed = Signal(str)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        workspace.subscribe(self.changed.emit)


@dataclass
class AppContext:
    workspace: Workspace
    guide: Guide
    clipboard: ClipboardService
    signals: WorkspaceSignals
    settings: QSettings
    keychain: KeychainService
