"""Windows-side probes, run by Windows Python with the app's dependencies: under Wine by
packaging/windows/wine-check.sh (the build prefix's venv, the source copy at C:\\src), and on
a real Windows runner by .github/workflows/build.yml (build/venv). They run the app's own
keychain and clipboard code from this checkout, and read the clipboard back through Win32.

    python probes.py keychain-save LABEL SECRET          # core/secrets.py SecretStore.save
    python probes.py keychain-read-delete LABEL SECRET   # another process: load, then delete
    python probes.py keychain-gone LABEL                 # a third: nothing there
    python probes.py clipboard-copy SECRET SECONDS DONE  # ui/clipboard.py copies it as a secret
    python probes.py clipboard-marks SECRET              # Win32: the formats and their data
    python probes.py clipboard-empty                     # Win32: no text on the clipboard

Exit status 0 when what it checks holds; the last line says what it found.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # this checkout: the app's code

MARKS = (
    "ExcludeClipboardContentFromMonitorProcessing",
    "CanIncludeInClipboardHistory",
    "CanUploadToCloudClipboard",
)
CF_UNICODETEXT = 13


def keychain(argv: list[str]) -> int:
    from vipps_desktop.core.secrets import CLIENT_SECRET, SecretStore

    store = SecretStore()
    if store.describe() != "Windows Credential Manager":
        print(f"the app's keychain is {store.describe()!r}, not Windows Credential Manager")
        return 1
    action, label = argv[0], argv[1]
    if action == "keychain-save":
        store.save(label, CLIENT_SECRET, argv[2])
        print(f"process 1 saved a secret in {store.describe()}")
        return 0
    found = store.load(label, CLIENT_SECRET)
    if action == "keychain-read-delete":
        if found != argv[2]:
            print("process 2 did not read the secret process 1 saved")
            return 1
        store.delete(label, CLIENT_SECRET)
        print("process 2 read it and deleted it")
        return 0
    if found is not None:
        print("process 3 still finds the secret")
        return 1
    print("process 3 finds it gone")
    return 0


def clipboard_copy(secret: str, seconds: int, done: str) -> int:
    """Copy `secret` with the app's clipboard service; stay until the file `done` exists, so the
    emptied clipboard is read while this process (the clipboard's owner) still runs."""
    import os

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from vipps_desktop.ui.clipboard import ClipboardService

    app = QApplication([])
    service = ClipboardService(clear_seconds=seconds)
    cleared: list[bool] = []
    service.cleared.connect(lambda: cleared.append(True))
    service.cleared.connect(lambda: print(f"the service cleared it after {seconds} s", flush=True))
    QTimer.singleShot(0, lambda: service.copy(secret, sensitive=True, label="client secret"))
    QTimer.singleShot(0, lambda: print("copied", flush=True))
    poll = QTimer()
    poll.timeout.connect(lambda: os.path.exists(done) and app.quit())
    poll.start(200)
    QTimer.singleShot((seconds + 90) * 1000, app.quit)  # a bound, should nobody say done
    app.exec()
    if not cleared:
        print("never cleared")
    return 0 if cleared else 1


class Win32Clipboard:
    def __init__(self) -> None:
        import ctypes
        from ctypes import wintypes

        self.ctypes = ctypes
        self.user32 = ctypes.WinDLL("user32", use_last_error=True)
        self.kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        self.user32.GetClipboardData.restype = wintypes.HANDLE
        self.user32.GetClipboardData.argtypes = [wintypes.UINT]
        self.kernel32.GlobalLock.restype = ctypes.c_void_p
        self.kernel32.GlobalLock.argtypes = [wintypes.HGLOBAL]
        self.kernel32.GlobalUnlock.argtypes = [wintypes.HGLOBAL]
        self.kernel32.GlobalSize.restype = ctypes.c_size_t
        self.kernel32.GlobalSize.argtypes = [wintypes.HGLOBAL]

    def __enter__(self) -> Win32Clipboard:
        import time

        for _ in range(50):  # another process may hold it for a moment
            if self.user32.OpenClipboard(None):
                return self
            time.sleep(0.1)
        raise OSError("OpenClipboard failed")

    def __exit__(self, *exc: object) -> None:
        self.user32.CloseClipboard()

    def formats(self) -> dict[int, str]:
        found: dict[int, str] = {}
        fmt = 0
        while True:
            fmt = self.user32.EnumClipboardFormats(fmt)
            if not fmt:
                return found
            buffer = self.ctypes.create_unicode_buffer(256)
            named = self.user32.GetClipboardFormatNameW(fmt, buffer, 256)
            found[fmt] = buffer.value if named else ""

    def data(self, fmt: int) -> bytes | None:
        handle = self.user32.GetClipboardData(fmt)
        if not handle:
            return None
        pointer = self.kernel32.GlobalLock(handle)
        try:
            return self.ctypes.string_at(pointer, self.kernel32.GlobalSize(handle))
        finally:
            self.kernel32.GlobalUnlock(handle)


def clipboard_marks(secret: str) -> int:
    with Win32Clipboard() as clipboard:
        formats = clipboard.formats()
        by_name = {name: fmt for fmt, name in formats.items() if name}
        for fmt, name in sorted(formats.items()):
            print(f"format {fmt} {name or '(standard)'}")
        problems = []
        for mark in MARKS:
            if mark not in by_name:
                problems.append(f"{mark} is missing")
                continue
            data = clipboard.data(by_name[mark])
            print(f"format {mark} = {data.hex(' ') if data is not None else None}")
            if mark != MARKS[0] and (data is None or data[:4] != b"\0\0\0\0"):
                problems.append(f"{mark} is not the DWORD 0")
        text = clipboard.data(CF_UNICODETEXT) if CF_UNICODETEXT in formats else None
        if text is None or text.decode("utf-16-le").split("\0")[0] != secret:
            problems.append("the text on the clipboard is not the secret")
    if problems:
        print("; ".join(problems))
        return 1
    print("the secret is on the clipboard with all three marks (history and cloud = 0)")
    return 0


def clipboard_empty() -> int:
    with Win32Clipboard() as clipboard:
        formats = clipboard.formats()
        text = clipboard.data(CF_UNICODETEXT) if CF_UNICODETEXT in formats else None
    if text and text.decode("utf-16-le").strip("\0"):
        print("the clipboard still holds text")
        return 1
    print(f"the clipboard holds no text ({len(formats)} formats)")
    return 0


def main(argv: list[str]) -> int:
    action = argv[0]
    if action.startswith("keychain-"):
        return keychain(argv)
    if action == "clipboard-copy":
        return clipboard_copy(argv[1], int(argv[2]), argv[3])
    if action == "clipboard-marks":
        return clipboard_marks(argv[1])
    if action == "clipboard-empty":
        return clipboard_empty()
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
