"""The credential vault, reached only from a background thread.

Choosing a keychain backend talks to D-Bus, and macOS or KWallet may show a prompt, so nothing
here runs on the GUI thread: every call goes through one single-threaded pool (keychain calls
are serialised) and its answer comes back as a callback on the GUI thread.

Every job names the setup it is for by the setup's id (`core.workspace.keychain_key`), and its
answer is dropped when, by the time it arrives, another setup is open: one customer's keys can
never be shown in, or saved for, another customer's setup.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from PySide6.QtCore import QObject, QThreadPool

from vipps_desktop.core.state import Setup
from vipps_desktop.core.workspace import (
    KEYED_BY_ID,
    Workspace,
    keychain_about,
    keychain_key,
    keys_deletion,
    legacy_keychain_labels,
)
from vipps_desktop.ui.workers import Worker

if TYPE_CHECKING:
    # core.secrets is imported by the first keychain call, in the keychain's thread: the first
    # paint does not need it (docs/performance.md).
    from vipps_desktop.core.secrets import Credentials, CredentialVault, Where

VaultFactory = Callable[[], "CredentialVault"]
P = ParamSpec("P")
T = TypeVar("T")  # a keychain job's result


def default_vault() -> CredentialVault:
    """The vault on the system's keychain (`core.secrets.CredentialVault()`)."""
    from vipps_desktop.core.secrets import CredentialVault

    return CredentialVault()


def for_open_setup(workspace: Workspace, callback: Callable[P, None]) -> Callable[P, None]:
    """`callback`, called only while the setup that is open now is still the open one."""
    setup_id = workspace.setup.id if workspace.setup is not None else None

    def guarded(*args: P.args, **kwargs: P.kwargs) -> None:
        if workspace.setup is not None and workspace.setup.id == setup_id:
            callback(*args, **kwargs)

    return guarded


class KeychainService(QObject):
    def __init__(
        self, factory: VaultFactory = default_vault, parent: QObject | None = None
    ) -> None:
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

    def run(
        self,
        worker: Worker,
        job: Callable[[CredentialVault], T],
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        worker.start(lambda: job(self.vault()), on_done, on_error)

    def fetch(
        self,
        worker: Worker,
        workspace: Workspace,
        on_found: Callable[[Credentials], None],
        on_gone: Callable[[], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """Read the open setup's keys back (moving them from an entry an earlier version
        named by the domain). When they are gone (deleted outside the app, or kept in memory
        by a session that ended), the setup forgets they were saved."""
        assert workspace.setup is not None
        key = keychain_key(workspace.setup)
        legacy = legacy_keychain_labels(workspace.setup)

        def done(found: Credentials | None) -> None:
            if found is not None:
                if legacy:
                    workspace.set(KEYED_BY_ID, True)
                on_found(found)
            else:
                workspace.keys_gone()
                on_gone()

        self.run(
            worker,
            lambda vault: vault.fetch(key, legacy=legacy),
            for_open_setup(workspace, done),
            for_open_setup(workspace, on_error),
        )

    def save(
        self,
        worker: Worker,
        workspace: Workspace,
        client_id: str,
        secret: str,
        on_saved: Callable[[], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """Save the open setup's keys; the setup records where and when."""
        assert workspace.setup is not None
        key, about = keychain_key(workspace.setup), keychain_about(workspace.setup)

        def job(vault: CredentialVault) -> tuple[Where, str]:
            return vault.store(key, client_id, secret, about=about), vault.describe()

        def done(result: tuple[Where, str]) -> None:
            where, description = result
            workspace.keys_saved(str(where), description)
            on_saved()

        self.run(worker, job, for_open_setup(workspace, done), for_open_setup(workspace, on_error))

    def discard(
        self,
        worker: Worker,
        setup: Setup,
        on_done: Callable[[], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """Delete a setup's keys (any setup, open or not), including an old-named entry."""
        self.run(worker, keys_deletion(setup), lambda _result: on_done(), on_error)

    def wait(self, msecs: int = 5000) -> bool:
        """Wait for queued keychain jobs (on quit, so a save is not cut off)."""
        return self.pool.waitForDone(msecs)
