"""What every page needs: the workspace, the guide texts, the clipboard, change signals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from vipps_desktop.core.content import Guide
from vipps_desktop.core.workspace import Workspace
from vipps_desktop.ui.keychain import KeychainService

if TYPE_CHECKING:
    # Made when a page first copies something: the first page copies nothing.
    from vipps_desktop.ui.clipboard import ClipboardService


class WorkspaceSignals(QObject):
    """Qt face of `Workspace`'s listeners: `changed(key)`, key "" for another setup."""

    changed = Signal(str)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        workspace.subscribe(self.changed.emit)


class _Shared:
    """What every context of the app shares across a language switch (`with_guide`)."""

    def __init__(self, clear_seconds: int) -> None:
        self.clear_seconds = clear_seconds
        self.clipboard: ClipboardService | None = None


class AppContext:
    """A plain class, not a dataclass: it is defined on the start path (docs/performance.md).

    The clipboard service is made by the first page that copies something (`clipboard`),
    one for the app, whichever language's window asks for it.
    """

    def __init__(
        self,
        workspace: Workspace,
        guide: Guide,
        signals: WorkspaceSignals,
        settings: QSettings,
        keychain: KeychainService,
        clear_seconds: int = 30,
        shared: _Shared | None = None,
    ) -> None:
        self.workspace = workspace
        self.guide = guide
        self.signals = signals
        self.settings = settings
        self.keychain = keychain
        self._shared = _Shared(clear_seconds) if shared is None else shared

    @property
    def clipboard(self) -> ClipboardService:
        service = self._shared.clipboard
        if service is None:
            from vipps_desktop.ui.clipboard import ClipboardService

            service = self._shared.clipboard = ClipboardService(self._shared.clear_seconds)
        return service

    def clear_clipboard_secret(self) -> None:
        """Clear a secret this app put on the clipboard, if it is still there (nothing was
        copied if no page has made the service)."""
        if self._shared.clipboard is not None:
            self._shared.clipboard.clear_secret()

    def with_guide(self, guide: Guide) -> AppContext:
        """The same context in another language (the same services, workspace and settings)."""
        return AppContext(
            self.workspace,
            guide,
            self.signals,
            self.settings,
            self.keychain,
            shared=self._shared,
        )
