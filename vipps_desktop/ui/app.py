"""Start-up: profile, logging, one instance, the wizard."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from vipps_desktop import __version__
from vipps_desktop.core.content import Guide
from vipps_desktop.core.logs import setup_logging
from vipps_desktop.core.session import Session
from vipps_desktop.ui.clipboard import ClipboardService
from vipps_desktop.ui.context import AppContext, SessionSignals
from vipps_desktop.ui.i18n import SETTING, choose_language, install_translators
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


class WindowManager(QObject):
    """Owns the wizard window; a language switch rebuilds it at the same step and place."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.wizard = self._make_wizard(ctx)

    def _make_wizard(self, ctx: AppContext) -> SetupWizard:
        wizard = SetupWizard(ctx)
        wizard.language_requested.connect(self.switch_language)
        return wizard

    def show(self) -> None:
        self.wizard.resume_last()
        self.wizard.show()

    def bring_to_front(self) -> None:
        self.wizard.bring_to_front()

    def switch_language(self, language: str) -> None:
        if language == self.ctx.guide.language:
            return
        self.ctx.settings.setValue(SETTING, language)
        install_translators(language)
        old = self.wizard
        step = old.current_step()
        self.ctx = replace(self.ctx, guide=Guide(language))
        self.wizard = self._make_wizard(self.ctx)
        self.wizard.restoreGeometry(old.saveGeometry())
        if self.ctx.session.setup is not None:
            self.wizard.go_to(step)
        self.wizard.show()
        old.hide()
        old.deleteLater()
        log.info("language switched to %s", language)


def run(profile: Path, argv: list[str] | None = None, language: str | None = None,
        scheme: str = "system") -> int:
    profile.mkdir(parents=True, exist_ok=True)
    setup_logging(profile)
    log.info("vipps-desktop %s starting, profile %s", __version__, profile)
    app = make_application(argv if argv is not None else sys.argv)
    if scheme != "system":  # QPalette's enums take ~20 ms to load: only when asked for
        from vipps_desktop.ui.theme import apply_scheme

        apply_scheme(app, scheme)

    instance = SingleInstance(profile)
    if not instance.acquire(listen=False):
        if instance.ask_first_to_activate():
            log.info("another instance is running; asked it to come forward")
            return 0
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            None,
            app.translate("app", "Vipps Login Setup"),
            app.translate("app", "Vipps Login Setup is already running for this profile "
                          "(%s). Switch to its window, or close it first.") % profile,
        )
        return 1

    settings = QSettings(str(profile / "settings.ini"), QSettings.Format.IniFormat)
    chosen = choose_language(language, settings)
    install_translators(chosen)
    if language:
        settings.setValue(SETTING, chosen)  # --lang is remembered like a choice in the app
    ctx = make_context(profile, chosen)
    windows = WindowManager(ctx)
    instance.activated.connect(windows.bring_to_front)
    windows.show()
    QTimer.singleShot(0, instance.listen)  # after the first paint
    if os.environ.get("VIPPS_DESKTOP_BENCH_MARK"):  # bench/run.py: mark the first paint, quit
        from vipps_desktop.ui.benchmark import BenchMark

        BenchMark(windows.wizard, os.environ["VIPPS_DESKTOP_BENCH_MARK"])
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
