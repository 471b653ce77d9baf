from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from vipps_desktop.ui.app import make_context
from vipps_desktop.ui.context import AppContext
from vipps_desktop.ui.wizard import SetupWizard


class OpenedUrls(QObject):
    """Stands in for the browser: records what the app asked QDesktopServices to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def opened_urls(qapp: object) -> Iterator[OpenedUrls]:
    recorder = OpenedUrls()
    QDesktopServices.setUrlHandler("https", recorder, "open")
    yield recorder
    QDesktopServices.unsetUrlHandler("https")


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    path = tmp_path / "profile"
    path.mkdir()
    return path


@pytest.fixture
def ctx(qapp: object, profile: Path) -> AppContext:
    return make_context(profile)


@pytest.fixture
def wizard(qtbot: QtBot, ctx: AppContext, opened_urls: OpenedUrls) -> SetupWizard:
    window = SetupWizard(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
