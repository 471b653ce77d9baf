"""Start-up: profile, logging, one instance, the wizard."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from vipps_desktop import __version__
from vipps_desktop.core.content import Guide
from vipps_desktop.core.logs import setup_logging
from vipps_desktop.core.paths import ProfileState, prepare_profile, private_file
from vipps_desktop.core.state import SaveError
from vipps_desktop.core.workspace import Workspace
from vipps_desktop.startup.first_paint import FirstPaint
from vipps_desktop.startup.selectable import SelectableWait
from vipps_desktop.ui.context import AppContext, WorkspaceSignals
from vipps_desktop.ui.i18n import SETTING, choose_language, install_translators
from vipps_desktop.ui.single_instance import SingleInstance
from vipps_desktop.ui.wizard import SetupWizard, app_icon

if TYPE_CHECKING:
    from vipps_desktop.ui.keychain import VaultFactory

log = logging.getLogger(__name__)


def make_context(
    profile: Path, language: str = "en", vault_factory: VaultFactory | None = None
) -> AppContext:
    workspace = Workspace(profile)
    settings = QSettings(str(profile / "settings.ini"), QSettings.Format.IniFormat)
    clear_seconds = settings.value("clipboard/clear_seconds", 30)
    try:
        seconds = max(5, int(clear_seconds))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        seconds = 30
    return AppContext(
        workspace=workspace,
        guide=Guide(language),
        signals=WorkspaceSignals(workspace),
        settings=settings,
        vault_factory=vault_factory,
        clear_seconds=seconds,
    )


def make_application(argv: list[str]) -> QApplication:
    """The application object, with the app's name and window icon."""
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Vipps Login Setup")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("vipps-desktop")
    app.setDesktopFileName("vipps-desktop")
    if app.windowIcon().isNull():
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

    def import_file(self, path: str) -> None:
        """A file the app was opened with: imported (issue 26) in the window shown now."""
        self.wizard.bring_to_front()
        self.wizard.import_file(Path(path))

    def switch_language(self, language: str) -> None:
        if language == self.ctx.guide.language:
            return
        self.ctx.settings.setValue(SETTING, language)
        install_translators(language)
        old = self.wizard
        step = old.current_step()
        self.ctx = self.ctx.with_guide(Guide(language))
        self.wizard = self._make_wizard(self.ctx)
        self.wizard.restoreGeometry(old.saveGeometry())
        if self.ctx.workspace.setup is not None:
            self.wizard.go_to(step)
        self.wizard.show()
        old.hide()
        old.deleteLater()
        log.info("language switched to %s", language)


def profile_text(state: ProfileState) -> str:
    """What to tell the user about a profile that cannot be (fully) used."""
    folder = str(state.folder)
    if state.reason == "disk_full":
        return QApplication.translate(
            "app",
            "The disk that holds %s is full. Vipps Login Setup cannot save your "
            "progress until there is free space: free some space, then go on. What you type "
            "stays in the fields and is saved as soon as it can be.",
        ).replace("%s", folder)
    if state.status == "unusable" and state.reason == "not_a_folder":
        return QApplication.translate(
            "app",
            "Vipps Login Setup keeps its data in %s, but part of that path is a file, "
            "not a folder. Move that file away, or start the app with --profile-dir and "
            "another folder.",
        ).replace("%s", folder)
    if state.status == "unusable":
        return QApplication.translate(
            "app",
            "Vipps Login Setup cannot read its folder %s (no permission). Give your "
            "user account access to it, or start the app with --profile-dir and another "
            "folder.",
        ).replace("%s", folder)
    return QApplication.translate(
        "app",
        "Vipps Login Setup cannot write to %s (read-only, or no permission). You can "
        "look at your setups, but changes will not be saved. Give your user account write "
        "access to the folder, or start the app with --profile-dir and another "
        "folder.",
    ).replace("%s", folder)


def save_error_text(error: SaveError) -> str:
    state = ProfileState("read_only", error.folder, error.reason)
    return profile_text(state)


class SaveErrorReporter(QObject):
    """Tells the user when a save failed, instead of the error going to stderr only.

    Installed as sys.excepthook: a failed save (SaveError) anywhere in a page's handler
    is logged and shown once per kind of failure while the user keeps working; the value
    stays in its field and the next change saves everything again. Every other uncaught
    exception is logged with its traceback (redacted) before the previous hook runs.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._previous = sys.excepthook
        self._shown: set[tuple[str, str]] = set()
        self.shown: list[str] = []
        self._boxes: list[QWidget] = []

    def install(self) -> None:
        sys.excepthook = self.hook

    def uninstall(self) -> None:
        if sys.excepthook == self.hook:
            sys.excepthook = self._previous

    def hook(self, kind: type[BaseException], value: BaseException, tb: object) -> None:
        if isinstance(value, SaveError):
            self.report(value)
            return
        log.error("uncaught %s", kind.__name__, exc_info=(kind, value, tb))  # type: ignore[arg-type]
        self._previous(kind, value, tb)  # type: ignore[arg-type]

    def report(self, error: SaveError) -> None:
        log.error("save failed in %s: %s", error.folder, error.reason)
        key = (error.reason, str(error.folder))
        if key in self._shown:
            return  # said once; saying it on every keystroke helps nobody
        self._shown.add(key)
        text = save_error_text(error)
        self.shown.append(text)
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QApplication.translate("app", "Vipps Login Setup"),
            text,
            QMessageBox.StandardButton.Ok,
            QApplication.activeWindow(),
        )
        box.setModal(False)
        self._boxes.append(box)  # without a parent window, Python must keep it alive

        def closed(_result: int) -> None:
            self._shown.discard(key)  # the next failure after this is told again
            self._boxes.remove(box)
            box.deleteLater()

        box.finished.connect(closed)
        box.show()


def start_problem(profile: Path) -> ProfileState:
    """Prepare the profile and log to it when possible; say what is wrong otherwise."""
    state = prepare_profile(profile)
    try:
        setup_logging(profile)
    except OSError as exc:
        logging.basicConfig()  # stderr at least
        log.warning("cannot write the log in %s: %s", profile / "logs", exc.strerror)
    if state.status != "ok":
        log.warning(
            "profile %s is %s (%s in %s)", profile, state.status, state.reason, state.folder
        )
    return state


def run(
    profile: Path,
    argv: list[str] | None = None,
    language: str | None = None,
    scheme: str = "system",
    open_file: str | None = None,
    on_first_paint: Callable[[], None] | None = None,
) -> int:
    """The app for the profile folder `profile`. `open_file` is an exported setup to import,
    given on the command line (the file manager's "Open with"): this instance imports it, or the one
    already running for the profile does. `on_first_paint` is called once the window's first
    paint is on screen (the start sequence's, startup/launch.py)."""
    if open_file is not None:
        open_file = str(Path(open_file).absolute())
    state = start_problem(profile)
    log.info("vipps-desktop %s starting, profile %s", __version__, profile)
    app = make_application(argv if argv is not None else sys.argv)
    if scheme != "system":  # a colour scheme other than the desktop's, when asked for
        from vipps_desktop.ui.theme import apply_scheme

        apply_scheme(app, scheme)
    if state.status == "unusable":
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, app.translate("app", "Vipps Login Setup"), profile_text(state))
        return 1

    instance = SingleInstance(profile)
    read_only = state.status == "read_only"
    if not instance.acquire(listen=False) and not instance.lock_unwritable:
        if instance.ask_first_to_activate(open_file):
            log.info("another instance is running; asked it to come forward")
            return 0
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            None,
            app.translate("app", "Vipps Login Setup"),
            app.translate(
                "app",
                "Vipps Login Setup is already running for this profile "
                "(%s). Switch to its window, or close it first.",
            )
            % profile,
        )
        return 1
    if instance.lock_unwritable and not read_only:
        # Never claim another instance exists when the lock simply could not be written.
        state = prepare_profile(profile)
        read_only = True
        if state.status == "ok":
            state = ProfileState("read_only", profile, "read_only")
    if read_only:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(None, app.translate("app", "Vipps Login Setup"), profile_text(state))

    with contextlib.suppress(OSError):
        private_file(profile / "settings.ini")  # QSettings would create it world-readable
    reporter = SaveErrorReporter(app)
    reporter.install()
    app.aboutToQuit.connect(reporter.uninstall)
    settings = QSettings(str(profile / "settings.ini"), QSettings.Format.IniFormat)
    chosen = choose_language(language, settings)
    install_translators(chosen)
    if language:
        settings.setValue(SETTING, chosen)  # --lang is remembered like a choice in the app
    ctx = make_context(profile, chosen)
    windows = WindowManager(ctx)
    instance.activated.connect(windows.bring_to_front)
    instance.file_opened.connect(windows.import_file)

    # Once the first page is shown: an exported setup given on the command line is imported,
    # other launches for this profile are listened to, and the page's text becomes selectable.
    first_paint = FirstPaint(windows.wizard)
    if on_first_paint is not None:
        first_paint.done.connect(on_first_paint)
    if open_file is not None:
        to_import = open_file
        first_paint.done.connect(lambda: windows.import_file(to_import))
    first_paint.done.connect(instance.listen)
    first_paint.done.connect(SelectableWait(windows.wizard).release)
    windows.show()
    if os.environ.get("VIPPS_DESKTOP_BENCH_MARK"):  # bench/run.py: mark the first paint, quit
        from vipps_desktop.ui.benchmark import BenchMark

        BenchMark(windows.wizard, os.environ["VIPPS_DESKTOP_BENCH_MARK"])
    app.aboutToQuit.connect(ctx.clear_clipboard_secret)
    app.aboutToQuit.connect(ctx.wait_for_keychain)
    try:
        return app.exec()
    finally:
        if app.platformName() == "offscreen":
            # That platform frees the clipboard's data in a C++ exit handler, after Python is
            # gone (a crash on exit); a real desktop hands it to the clipboard manager instead.
            app.clipboard().clear()
        instance.release()
        log.info("vipps-desktop stopped")
