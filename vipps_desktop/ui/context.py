"""What every page needs: the session, the guide texts, the clipboard, change signals."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings, Signal

from vipps_desktop.core.content import Guide
from vipps_desktop.core.session import Session
from vipps_desktop.ui.clipboard import ClipboardService
from vipps_desktop.ui.keychain import KeychainService


class SessionSignals(QObject):
    """Qt face of `Session`'s listeners: `changed(key)`, key "" for another setup."""

    changed = Signal(str)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        session.subscribe(self.changed.emit)


@dataclass
class AppContext:
    session: Session
    guide: Guide
    clipboard: ClipboardService
    signals: SessionSignals
    settings: QSettings
    keychain: KeychainService
