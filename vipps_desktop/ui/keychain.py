"""The credential vault, reached only from a background thread.

Choosing a keychain backend talks to D-Bus, and macOS or KWallet may show a prompt, so nothing
here runs on the GUI thread: every call goes through one single-threaded pool (keychain calls
are serialised) and its answer comes back as a callback on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool

from vipps_desktop.core.secrets import Credentials, CredentialVault
from vipps_desktop.core.session import Session
from vipps_desktop.ui.workers import Worker

VaultFactory = Callable[[], CredentialVault]


def keychain_label(session: Session) -> str:
    """The setup's name in the keychain entries, e.g. "acme.idura.broker client secret"."""
    return session.domain() or (session.setup.id if session.setup else "setup")


class KeychainService(QObject):
    def __init__(self, factory: VaultFactory = CredentialVault,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._vault: CredentialVault | None = None
        self._vault_lock = threading.Lock()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)

    def vault(self) -> CredentialVault:
        """The vault, made on first use. Call only from the pool's thread."""
        with self._vault_lock:
            if self._vault is None:
                self._vault = self._factory()
            return self._vault

    def worker(self, parent: QObject) -> Worker:
        """A worker for one page's keychain jobs (newest job wins, stale answers dropped)."""
        return Worker(parent, self.pool)

    def run(self, worker: Worker, job: Callable[[CredentialVault], Any],
            on_done: Callable[[Any], None], on_error: Callable[[Exception], None]) -> None:
        worker.start(lambda: job(self.vault()), on_done, on_error)

    def fetch(self, worker: Worker, session: Session,
              on_found: Callable[[Credentials], None], on_gone: Callable[[], None],
              on_error: Callable[[Exception], None]) -> None:
        """Read the open setup's keys back. When they are gone (deleted outside the app, or
        kept in memory by a session that ended), the setup forgets they were saved."""
        label = keychain_label(session)

        def done(found: object) -> None:
            if isinstance(found, Credentials):
                on_found(found)
            else:
                session.set("credentials_saved_at", None)
                on_gone()

        self.run(worker, lambda vault: vault.fetch(label), done, on_error)

    def wait(self, msecs: int = 5000) -> bool:
        """Wait for queued keychain jobs (on quit, so a save is not cut off)."""
        return self.pool.waitForDone(msecs)
