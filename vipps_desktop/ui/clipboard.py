"""The one clipboard service every Copy button goes through.

Modelled on KeePassXC: a secret is copied with the platforms' "do not keep in history" marks,
and cleared after a timeout, but only if the clipboard still holds our value (something the user
copied meanwhile is left alone). Secrets are cleared on quit too. Non-secrets (the callback URL,
the client ID) carry no marks and are never cleared.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

# Linux (KDE Klipper, GNOME extensions, KeePassXC): do not store in clipboard history.
SECRET_HINT_MIME = "x-kde-passwordManagerHint"
# Windows: Qt passes a custom clipboard format through this mime naming scheme.
WINDOWS_EXCLUDE_MIME = (
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"'
)
# macOS: org.nspasteboard.ConcealedType; Qt maps unknown types to a private UTI, so this only
# helps clipboard managers that look for it (best-effort).
MAC_CONCEALED_MIME = "application/x-nspasteboard-concealed-type"

DEFAULT_CLEAR_SECONDS = 30


class ClipboardService(QObject):
    """Copies values, marks secrets, and clears them when their time is up."""

    copied = Signal(str, bool)  # label, sensitive
    countdown = Signal(int)  # seconds until a secret is cleared
    cleared = Signal()

    def __init__(self, clear_seconds: int = DEFAULT_CLEAR_SECONDS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clear_seconds = clear_seconds
        self._secret: str | None = None
        self._remaining = 0
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._on_tick)

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()

    def copy(self, text: str, *, sensitive: bool = False, label: str = "") -> None:
        mime = QMimeData()
        mime.setText(text)
        if sensitive:
            mime.setData(SECRET_HINT_MIME, QByteArray(b"secret"))
            mime.setData(WINDOWS_EXCLUDE_MIME, QByteArray(b"\x00\x00\x00\x00"))
            mime.setData(MAC_CONCEALED_MIME, QByteArray(b"1"))
        self._clipboard().setMimeData(mime, QClipboard.Mode.Clipboard)
        if sensitive:
            self._secret = text
            self._remaining = self.clear_seconds
            self._tick.start()
            self.countdown.emit(self._remaining)
        else:
            # A plain copy replaces our secret on the clipboard: nothing left to clear.
            self._stop()
        self.copied.emit(label, sensitive)

    @property
    def holds_secret(self) -> bool:
        return self._secret is not None

    def clear_secret(self) -> None:
        """Clear the clipboard now if it still holds the secret we put there."""
        secret = self._secret
        self._stop()
        if secret is not None and self._clipboard().text() == secret:
            self._clipboard().clear(QClipboard.Mode.Clipboard)
            self.cleared.emit()

    def _stop(self) -> None:
        self._tick.stop()
        self._secret = None
        self._remaining = 0

    def _on_tick(self) -> None:
        if self._secret is None:
            self._tick.stop()
            return
        if self._clipboard().text() != self._secret:
            # The user copied something else: it is theirs now, leave it alone.
            self._stop()
            self.countdown.emit(0)
            return
        self._remaining -= 1
        if self._remaining <= 0:
            self.clear_secret()
        else:
            self.countdown.emit(self._remaining)
