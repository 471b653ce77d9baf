"""What every page needs: the workspace, the guide texts, the clipboard, the keychain, change
signals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from vipps_desktop.core.content import Guide
from vipps_desktop.core.workspace import Workspace

if TYPE_CHECKING:
    # Made when a page first uses them: the first page a user sees uses neither.
    from vipps_desktop.ui.clipboard import ClipboardService
    from vipps_desktop.ui.keychain import KeychainService, VaultFactory


class WorkspaceSignals(QObject):
    """Qt face of `Workspace`'s listeners: `changed(key)`, key "" for another setup."""

    changed = Signal(str)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        workspace.subscribe(self.changed.emit)


class _Shared:
    """What every context of the app shares across a language switch (`with_guide`)."""

    def __init__(self, clear_seconds: int, vault_factory: VaultFactory | None) -> None:
        self.clear_seconds = clear_seconds
        self.vault_factory = vault_factory
        self.clipboard: ClipboardService | None = None
        self.keychain: KeychainService | None = None


class AppContext:
    """The workspace, guide, signals and settings every page is given.

    The clipboard and keychain services are made by the first page that uses them
    (`clipboard`, `keychain`), one of each for the app, whichever language's window asks.
    """

    def __init__(
        self,
        workspace: Workspace,
        guide: Guide,
        signals: WorkspaceSignals,
        settings: QSettings,
        vault_factory: VaultFactory | None = None,
        clear_seconds: int = 30,
        shared: _Shared | None = None,
    ) -> None:
        self.workspace = workspace
        self.guide = guide
        self.signals = signals
        self.settings = settings
        self._shared = _Shared(clear_seconds, vault_factory) if shared is None else shared

    @property
    def clipboard(self) -> ClipboardService:
        service = self._shared.clipboard
        if service is None:
            from vipps_desktop.ui.clipboard import ClipboardService

            service = self._shared.clipboard = ClipboardService(self._shared.clear_seconds)
        return service

    @property
    def keychain(self) -> KeychainService:
        service = self._shared.keychain
        if service is None:
            from vipps_desktop.ui.keychain import KeychainService

            factory = self._shared.vault_factory
            service = KeychainService(factory) if factory is not None else KeychainService()
            self._shared.keychain = service
        return service

    def wait_for_keychain(self) -> None:
        """On quit: let a keychain job under way finish (there is none if nothing used it)."""
        if self._shared.keychain is not None:
            self._shared.keychain.wait()

    def clear_clipboard_secret(self) -> None:
        """Clear a secret this app put on the clipboard, if it is still there (nothing was
        copied if no page has made the service)."""
        if self._shared.clipboard is not None:
            self._shared.clipboard.clear_secret()

    def with_guide(self, guide: Guide) -> AppContext:
        """The same context in another language (the same services, workspace and settings)."""
        return AppContext(self.workspace, guide, self.signals, self.settings, shared=self._shared)
