"""The secret's clipboard marks on Windows and macOS, exercised on Linux: the code asks
`sys.platform`, and only that answer is substituted (facts.md §6)."""

from __future__ import annotations

import struct
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QClipboard, QGuiApplication

from vipps_desktop.ui import clipboard as clipboard_module
from vipps_desktop.ui.clipboard import ClipboardService, NSPasteboardTypes

SECRET = "Zk3+q9/TjW1xV2aB7cD8eF0g=="
WINDOWS = 'application/x-qt-windows-mime;value="{}"'


@pytest.fixture
def board(qapp: object) -> Iterator[QClipboard]:
    clip = QGuiApplication.clipboard()
    clip.clear()
    yield clip
    clip.clear()


def _marks_after_copy(board: QClipboard) -> dict[str, bytes]:
    ClipboardService(clear_seconds=30).copy(SECRET, sensitive=True)
    mime = board.mimeData()
    assert mime.text() == SECRET
    return {f: bytes(mime.data(f).data()) for f in mime.formats() if f != "text/plain"}


def test_windows_gets_all_three_formats_with_dword_zero_flags(
    monkeypatch: pytest.MonkeyPatch, board: QClipboard
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    marks = _marks_after_copy(board)
    assert set(marks) == {
        WINDOWS.format("ExcludeClipboardContentFromMonitorProcessing"),
        WINDOWS.format("CanIncludeInClipboardHistory"),
        WINDOWS.format("CanUploadToCloudClipboard"),
    }
    for flag in ("CanIncludeInClipboardHistory", "CanUploadToCloudClipboard"):
        data = marks[WINDOWS.format(flag)]
        assert len(data) == 4 and struct.unpack("<I", data) == (0,), flag


def test_macos_marks_concealed_and_transient(
    monkeypatch: pytest.MonkeyPatch, board: QClipboard
) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    marks = _marks_after_copy(board)
    assert set(marks) == set(clipboard_module.MAC_UTIS)
    assert set(clipboard_module.MAC_UTIS.values()) == {
        "org.nspasteboard.ConcealedType",
        "org.nspasteboard.TransientType",
    }


def test_linux_gets_only_the_kde_hint(monkeypatch: pytest.MonkeyPatch, board: QClipboard) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    assert _marks_after_copy(board) == {"x-kde-passwordManagerHint": b"secret"}


def test_the_utis_reach_the_pasteboard_by_their_real_names() -> None:
    """What the QUtiMimeConverter tells Qt's macOS clipboard (without it: a private UTI)."""
    convert = NSPasteboardTypes()
    concealed = clipboard_module.MAC_CONCEALED_MIME
    assert convert.utiForMime(concealed) == "org.nspasteboard.ConcealedType"
    assert convert.mimeForUti("org.nspasteboard.ConcealedType") == concealed
    assert convert.canConvert(concealed, "org.nspasteboard.ConcealedType")
    assert not convert.canConvert("text/plain", "public.utf8-plain-text")
    assert convert.utiForMime("text/plain") == ""  # everything else stays Qt's own business
    assert convert.mimeForUti("public.utf8-plain-text") == ""
    data = convert.convertFromMime(concealed, QByteArray(b"1"), "org.nspasteboard.ConcealedType")
    assert [bytes(d.data()) for d in data] == [b"1"]
    back = convert.convertToMime(concealed, data, "org.nspasteboard.ConcealedType")
    assert bytes(back.data()) == b"1"


def test_the_converter_is_installed_only_on_macos(monkeypatch: pytest.MonkeyPatch) -> None:
    assert clipboard_module.install_platform_converters("linux") is None
    assert clipboard_module.install_platform_converters("win32") is None
    from PySide6 import QtGui

    installed = clipboard_module.install_platform_converters("darwin")
    if hasattr(QtGui, "QUtiMimeConverter"):  # a macOS Qt: a real converter, registered once
        assert isinstance(installed, QtGui.QUtiMimeConverter)
        assert clipboard_module.install_platform_converters("darwin") is installed
    else:  # this Qt has no macOS clipboard to register with
        assert installed is None
