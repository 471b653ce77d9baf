"""The clipboard service on Qt's in-process (offscreen) clipboard: marks, countdown, clearing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QClipboard, QGuiApplication
from pytestqt.qtbot import QtBot

from vipps_desktop.ui.clipboard import (
    MAC_CONCEALED_MIME,
    SECRET_HINT_MIME,
    WINDOWS_EXCLUDE_MIME,
    ClipboardService,
)
from vipps_desktop.ui.wizard import SetupWizard

SECRET = "Zk3+q9/TjW1xV2aB7cD8eF0g=="


@pytest.fixture
def clipboard(qapp: object) -> Iterator[QClipboard]:
    board = QGuiApplication.clipboard()
    board.clear()
    yield board
    board.clear()


def test_secret_is_marked_counted_down_and_cleared(qtbot: QtBot, clipboard: QClipboard) -> None:
    svc = ClipboardService(clear_seconds=2)
    counts: list[int] = []
    svc.countdown.connect(counts.append)
    copied: list[tuple[str, bool]] = []
    svc.copied.connect(lambda label, sensitive: copied.append((label, sensitive)))

    svc.copy(SECRET, sensitive=True, label="client secret")

    assert clipboard.text() == SECRET
    mime = clipboard.mimeData()
    assert bytes(mime.data(SECRET_HINT_MIME).data()) == b"secret"
    assert svc.holds_secret
    assert counts == [2]
    assert copied == [("client secret", True)]

    with qtbot.waitSignal(svc.cleared, timeout=4000):
        pass
    assert counts == [2, 1]
    assert clipboard.text() == ""
    mime = clipboard.mimeData()
    assert mime is None or not mime.hasFormat(SECRET_HINT_MIME)
    assert not svc.holds_secret


def test_something_the_user_copied_meanwhile_is_left_alone(
    qtbot: QtBot, clipboard: QClipboard
) -> None:
    svc = ClipboardService(clear_seconds=1)
    cleared: list[bool] = []
    svc.cleared.connect(lambda: cleared.append(True))
    counts: list[int] = []
    svc.countdown.connect(counts.append)

    svc.copy(SECRET, sensitive=True)
    clipboard.setText("the user's own text")  # e.g. Ctrl+C in the browser
    qtbot.waitUntil(lambda: not svc.holds_secret, timeout=3000)

    assert counts == [1, 0]  # the countdown stops (0: nothing left to clear)
    assert cleared == []
    assert clipboard.text() == "the user's own text"
    svc.clear_secret()  # quitting now does not touch it either
    assert clipboard.text() == "the user's own text"


def test_non_secret_has_no_mark_and_is_never_cleared(qtbot: QtBot, clipboard: QClipboard) -> None:
    svc = ClipboardService(clear_seconds=1)
    counts: list[int] = []
    svc.countdown.connect(counts.append)
    url = "https://acme.idura.broker/NOVippsLogin/Callback"

    with qtbot.waitSignal(svc.copied) as signal:
        svc.copy(url, label="callback URL")
    assert signal.args == ["callback URL", False]

    formats = clipboard.mimeData().formats()
    assert SECRET_HINT_MIME not in formats
    assert WINDOWS_EXCLUDE_MIME not in formats
    assert MAC_CONCEALED_MIME not in formats
    assert not svc.holds_secret
    qtbot.wait(1150)  # longer than the secret timeout
    assert clipboard.text() == url
    assert counts == []
    svc.clear_secret()
    assert clipboard.text() == url


def test_plain_copy_after_a_secret_replaces_it_and_stops_the_countdown(
    qtbot: QtBot, clipboard: QClipboard
) -> None:
    svc = ClipboardService(clear_seconds=1)
    svc.copy(SECRET, sensitive=True)
    svc.copy("fb492b5e-7907-4d83-bc20-c7fb60ca35de", label="client ID")
    assert not svc.holds_secret
    assert not clipboard.mimeData().hasFormat(SECRET_HINT_MIME)
    qtbot.wait(1150)
    assert clipboard.text() == "fb492b5e-7907-4d83-bc20-c7fb60ca35de"


def test_a_second_secret_restarts_the_countdown(qtbot: QtBot, clipboard: QClipboard) -> None:
    svc = ClipboardService(clear_seconds=2)
    counts: list[int] = []
    svc.countdown.connect(counts.append)
    svc.copy("first-secret", sensitive=True)
    qtbot.waitUntil(lambda: counts == [2, 1], timeout=2000)
    svc.copy(SECRET, sensitive=True)
    assert counts == [2, 1, 2]
    # When the first secret's time is up, the second one has a second left.
    qtbot.waitUntil(lambda: len(counts) == 4, timeout=2000)
    assert counts == [2, 1, 2, 1]
    assert clipboard.text() == SECRET
    assert svc.holds_secret
    svc.clear_secret()
    assert clipboard.text() == ""


def test_clear_secret_on_quit_clears_only_our_value(qtbot: QtBot, clipboard: QClipboard) -> None:
    svc = ClipboardService(clear_seconds=30)
    svc.copy(SECRET, sensitive=True)
    with qtbot.waitSignal(svc.cleared, timeout=500):
        svc.clear_secret()
    assert clipboard.text() == ""
    assert not svc.holds_secret

    svc.copy(SECRET, sensitive=True)
    clipboard.setText("copied elsewhere")
    with qtbot.assertNotEmitted(svc.cleared):
        svc.clear_secret()
    assert clipboard.text() == "copied elsewhere"
    assert not svc.holds_secret


def test_wizard_close_clears_a_secret_it_copied(
    qtbot: QtBot, clipboard: QClipboard, wizard: SetupWizard
) -> None:
    wizard.ctx.clipboard.copy(SECRET, sensitive=True)
    assert clipboard.text() == SECRET
    wizard.close()  # Close, Escape and the window's close button all end in done()
    assert clipboard.text() == ""
