"""Start-up: profile, logging, one instance, the wizard."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from vipps_desktop import __version__
from vipps_desktop.core.content import Guide
from vipps_desktop.core.logs import setup_logging
from vipps_desktop.core.session import Session
from vipps_desktop.ui.clipboard import ClipboardService
from vipps_desktop.ui.context import AppContext, SessionSignals
from vipps_desktop.ui.keychain import KeychainService, VaultFactory
from vipps_desktop.ui.single_instance import SingleInstance
from vipps_desktop.ui.wizard import SetupWizard, app_icon

log = logging.getLogger(__name__)


def make_context(profile: Path, language: str = "en",
                 vault_factory: VaultFactory | None = None) -> AppContext:
    session = Session(profile)
    settings = QSettings(str(profile / "settings.ini"), QSettings.Format.IniFormat)
    clear_seconds = settings.value("clipboard/clear_seconds", 30)
    try:
        seconds = max(5, int(clear_seconds))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        seconds = 30
    return AppContext(
        session=session,
        guide=Guide(language),
        clipboard=ClipboardService(seconds),
        signals=SessionSignals(session),
        settings=settings,
        keychain=KeychainService(vault_factory) if vault_factory else KeychainService(),
    )


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Vipps Login Setup")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("vipps-desktop")
    app.setDesktopFileName("vipps-desktop")
    app.setWindowIcon(app_icon())
    return app


def run(profile: Path, argv: list[str] | None = None) -> int:
    profile.mkdir(parents=True, exist_ok=True)
    setup_logging(profile)
    log.info("vipps-desktop %s starting, profile %s", __version__, profile)
    app = make_application(argv if argv is not None else sys.argv)

    instance = SingleInstance(profile)
    if not instance.acquire():
        if instance.ask_first_to_activate():
            log.info("another instance is running; asked it to come forward")
            return 0
        QMessageBox.information(
            None,
            app.translate("app", "Vipps Login Setup"),
            app.translate("app", "Vipps Login Setup is already running for this profile "
                          "(%s). Switch to its window, or close it first.") % profile,
        )
        return 1

    ctx = make_context(profile)
    wizard = SetupWizard(ctx)
    instance.activated.connect(wizard.bring_to_front)
    wizard.resume_last()
    wizard.show()
    app.aboutToQuit.connect(ctx.clipboard.clear_secret)
    app.aboutToQuit.connect(ctx.keychain.wait)
    try:
        return app.exec()
    finally:
        if app.platformName() == "offscreen":
            # That platform frees the clipboard's data in a C++ exit handler, after Python is
            # gone (a crash on exit); a real desktop hands it to the clipboard manager instead.
            app.clipboard().clear()
        instance.release()
        log.info("vipps-desktop stopped")
