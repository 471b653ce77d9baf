"""One instance per profile: a second launch brings the first window forward.

A QLockFile in the profile decides who is first (stale locks from a crash are taken over).
A second launch asks the first to come forward by creating a request file beside the lock;
the first instance watches the profile folder (QFileSystemWatcher: inotify, kqueue or
ReadDirectoryChangesW, all in QtCore), removes the request and comes forward, and the second
launch, seeing the request gone, exits. If nobody takes the request in time, the second launch
explains instead of opening a second window that would write the same files.

Files rather than a QLocalServer: QtNetwork and the Kerberos libraries it links cost ~2.6 MiB
for the app's whole life for this one message (docs/performance.md). The profile folder is
private to the user (core/paths.py), as the server's socket was.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Signal

LOCK = "instance.lock"
REQUEST = "instance.activate"  # present: a later launch asks the first one to come forward
OPEN = "instance.open"  # a later launch's file to open (its path, UTF-8), written before REQUEST
TIMEOUT_MS = 1500


class SingleInstance(QObject):
    activated = Signal()
    file_opened = Signal(str)  # a later launch was given this file (an exported setup)

    def __init__(self, profile: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.request = profile / REQUEST
        self.open_request = profile / OPEN
        self._lock = QLockFile(str(profile / LOCK))
        self._lock.setStaleLockTime(0)  # a dead owner's lock is detected by its pid instead
        self._watcher: QFileSystemWatcher | None = None
        self.lock_unwritable = False

    def acquire(self, listen: bool = True) -> bool:
        """True when this is the only instance; with `listen`, it answers others from now on.

        False either because another instance holds the lock, or because the lock file could
        not be written at all (full disk, read-only folder): `lock_unwritable` tells which,
        so nobody is told about a window that does not exist.

        The app passes listen=False and calls `listen()` once its window is up; a request
        made meanwhile is answered then.
        """
        self.lock_unwritable = False
        if not self._lock.tryLock(100):
            self.lock_unwritable = self._lock.error() != QLockFile.LockError.LockFailedError
            return False
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        if self._watcher is None:
            self._watcher = QFileSystemWatcher([str(self.profile)], self)
            self._watcher.directoryChanged.connect(self._on_changed)
        self._on_changed()  # a launch while this one was starting

    def ask_first_to_activate(self, open_file: str | None = None) -> bool:
        """From a second launch: ask the first instance to come forward (and to open
        `open_file`, an absolute path); True once it has taken the request (within
        TIMEOUT_MS: it may still be starting)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QThread

        try:
            if open_file is not None:
                from vipps_desktop.core.state import write_atomically

                write_atomically(self.open_request, open_file)
            self.request.touch()
        except OSError:
            return False
        deadline = QDeadlineTimer(TIMEOUT_MS)
        while self.request.exists():
            if deadline.hasExpired():
                with contextlib.suppress(OSError):
                    self.request.unlink()  # nobody answers: leave no request behind
                return False
            # Events too: in the tests, the first instance is this same process.
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            QThread.msleep(20)
        return True

    def release(self) -> None:
        watcher, self._watcher = self._watcher, None
        if watcher is not None:
            watcher.directoryChanged.disconnect(self._on_changed)  # now, not at deleteLater
            watcher.deleteLater()
        self._lock.unlock()

    def _on_changed(self, _path: str = "") -> None:
        if self._watcher is None:
            return  # released
        try:
            self.request.unlink()
        except OSError:
            return  # no request (another file in the folder changed)
        self.activated.emit()
        try:
            path = self.open_request.read_text(encoding="utf-8")
            self.open_request.unlink()
        except (OSError, UnicodeDecodeError):
            return  # a plain launch: nothing to open
        if path:
            self.file_opened.emit(path)
