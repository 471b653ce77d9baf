"""The one clipboard service every Copy button goes through.

Modelled on KeePassXC: a secret is copied with its platform's "do not keep in history" marks,
and cleared after a timeout, but only if the clipboard still holds our value (something the user
copied meanwhile is left alone). Secrets are cleared on quit too. Non-secrets (the callback URL,
the client ID) carry no marks and are never cleared.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

# Linux (KDE Klipper, GNOME extensions, KeePassXC): do not store in clipboard history.
SECRET_HINT_MIME = "x-kde-passwordManagerHint"


def _windows_format(name: str) -> str:
    """The mime type through which Qt puts data under a registered Windows clipboard format."""
    return f'application/x-qt-windows-mime;value="{name}"'


# Windows: clipboard monitors (Win+V history, cloud clipboard, managers) skip the content when
# this format is present, whatever its data.
WINDOWS_EXCLUDE_MIME = _windows_format("ExcludeClipboardContentFromMonitorProcessing")
# Windows 10+: flags read as a DWORD; 0 keeps the content out of Win+V history and out of the
# cloud clipboard (other devices). Password managers set all three.
WINDOWS_NO_HISTORY_MIME = _windows_format("CanIncludeInClipboardHistory")
WINDOWS_NO_CLOUD_MIME = _windows_format("CanUploadToCloudClipboard")
DWORD_ZERO = b"\x00\x00\x00\x00"
# macOS (nspasteboard.org): managers skip concealed and transient items. Qt maps an unknown mime
# type to a private UTI, so `install_platform_converters` registers a QUtiMimeConverter that
# maps these mime types to the real UTIs.
MAC_CONCEALED_MIME = "application/x-nspasteboard-concealed-type"
MAC_TRANSIENT_MIME = "application/x-nspasteboard-transient-type"
MAC_UTIS = {
    MAC_CONCEALED_MIME: "org.nspasteboard.ConcealedType",
    MAC_TRANSIENT_MIME: "org.nspasteboard.TransientType",
}


def secret_marks(platform: str | None = None) -> dict[str, bytes]:
    """The "do not keep" marks for a secret on this platform (`sys.platform` by default)."""
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        return {
            WINDOWS_EXCLUDE_MIME: DWORD_ZERO,
            WINDOWS_NO_HISTORY_MIME: DWORD_ZERO,
            WINDOWS_NO_CLOUD_MIME: DWORD_ZERO,
        }
    if platform == "darwin":
        return {MAC_CONCEALED_MIME: b"1", MAC_TRANSIENT_MIME: b"1"}
    return {SECRET_HINT_MIME: b"secret"}  # X11 and Wayland: Linux, the BSDs


class NSPasteboardTypes:
    """The mapping a QUtiMimeConverter needs for the nspasteboard.org marks (Qt >= 6.5, macOS).

    Plain methods with Qt's signatures, so they are tested on every platform; on macOS
    `install_platform_converters` combines them with Qt's QUtiMimeConverter.
    """

    def canConvert(self, mime: str, uti: str) -> bool:
        return MAC_UTIS.get(mime) == uti

    def mimeForUti(self, uti: str) -> str:
        return next((mime for mime, known in MAC_UTIS.items() if known == uti), "")

    def utiForMime(self, mime: str) -> str:
        return MAC_UTIS.get(mime, "")

    def convertToMime(self, mime: str, data: list[QByteArray], uti: str) -> QByteArray:
        return QByteArray(b"".join(bytes(item.data()) for item in data))

    def convertFromMime(self, mime: str, data: object, uti: str) -> list[QByteArray]:
        raw = (
            bytes(data.data())
            if isinstance(data, QByteArray)
            else bytes(data)
            if isinstance(data, bytes | bytearray)
            else b""
        )
        return [QByteArray(raw)]


_converters: list[object] = []  # Qt uses them while they live: kept for the process lifetime


def install_platform_converters(platform: str | None = None) -> object | None:
    """On macOS, register the converter that puts the marks on the pasteboard under their real
    UTIs. Elsewhere (and with a Qt without QUtiMimeConverter) nothing to do: None."""
    platform = sys.platform if platform is None else platform
    if platform != "darwin":
        return None
    from PySide6 import QtGui

    base = getattr(QtGui, "QUtiMimeConverter", None)
    if base is None:
        return None
    if _converters:
        return _converters[0]

    class Converter(NSPasteboardTypes, base):  # type: ignore[valid-type, misc]
        pass

    converter = Converter()  # registers itself with Qt's macOS clipboard on construction
    _converters.append(converter)
    return converter


DEFAULT_CLEAR_SECONDS = 30


class ClipboardService(QObject):
    """Copies values, marks secrets, and clears them when their time is up."""

    copied = Signal(str, bool)  # label, sensitive
    countdown = Signal(int)  # seconds until a secret is cleared
    cleared = Signal()

    def __init__(
        self, clear_seconds: int = DEFAULT_CLEAR_SECONDS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        install_platform_converters()
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
            for mime_type, data in secret_marks().items():
                mime.setData(mime_type, QByteArray(data))
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
