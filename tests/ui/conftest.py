from __future__ import annotations

import runpy
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from vipps_desktop.core.paths import resources_dir
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
    QDesktopServices.setUrlHandler("https", recorder, "open")  # type: ignore[arg-type]  # the stub says bytes; PySide6 6.11 takes only str
    yield recorder
    QDesktopServices.unsetUrlHandler("https")


ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def translations() -> Path:
    """The .qm files, built from the committed .ts once per run, as scripts/test.sh does.

    Tests in another language need them; without this fixture they depended on the order of
    the tests (an earlier test building them) or on a step outside pytest.
    """
    build = runpy.run_path(str(ROOT / "scripts" / "build-translations.py"))
    folder: Path = build["TRANSLATIONS"]
    assert folder == resources_dir() / "translations", "the app would not find what we build"
    build["release"](sorted(folder.glob("*.ts")))
    assert sorted(folder.glob("*.qm")), f"no .qm built in {folder}"
    return folder


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
