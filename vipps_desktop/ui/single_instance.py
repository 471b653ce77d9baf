"""One instance per profile: a second launch brings the first window forward.

A QLockFile in the profile decides who is first (stale locks from a crash are taken over);
the first instance listens on a QLocalServer named after the profile, and a second launch
asks it to come forward. If that fails, the second launch explains instead of opening a second
window that would write the same files.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDeadlineTimer, QLockFile, QObject, QThread, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate\n"
TIMEOUT_MS = 1500


def server_name(profile: Path) -> str:
    # A name, not a secret: zlib's checksums avoid loading OpenSSL (hashlib) at start-up.
    data = str(profile.resolve()).encode()
    return f"vipps-desktop-{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


class SingleInstance(QObject):
    activated = Signal()

    def __init__(self, profile: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(profile)
        self._lock = QLockFile(str(profile / "instance.lock"))
        self._lock.setStaleLockTime(0)  # a dead owner's lock is detected by its pid instead
        self._server: QLocalServer | None = None
        self.lock_unwritable = False

    def acquire(self, listen: bool = True) -> bool:
        """True when this is the only instance; with `listen`, it listens for others now.

        False either because another instance holds the lock, or because the lock file could
        not be written at all (full disk, read-only folder): `lock_unwritable` tells which,
        so nobody is told about a window that does not exist.

        The app passes listen=False and calls `listen()` once its window is up: QtNetwork is
        not needed for the first paint.
        """
        self.lock_unwritable = False
        if not self._lock.tryLock(100):
            self.lock_unwritable = self._lock.error() != QLockFile.LockError.LockFailedError
            return False
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # a crashed owner can leave its socket behind
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(self.name)

    def ask_first_to_activate(self) -> bool:
        """From a second launch: ask the first instance to come forward."""
        from PySide6.QtNetwork import QLocalSocket

        # The first instance listens only once its window is up: keep trying until then.
        deadline = QDeadlineTimer(TIMEOUT_MS)
        socket = QLocalSocket()
        while True:
            socket.connectToServer(self.name)
            if socket.waitForConnected(100):
                break
            if deadline.hasExpired():
                return False
            socket.abort()
            QThread.msleep(50)
        socket.write(ACTIVATE)
        ok = socket.waitForBytesWritten(TIMEOUT_MS)
        socket.disconnectFromServer()
        return ok

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._on_ready(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_ready(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(ACTIVATE.strip()):
            self.activated.emit()
