"""The main window: a QWizard that renders the current step of core's flow.

The flow (`core.flow.Flow`) owns the history: Next records a step, Back, a resume and a jump
from the step list ask the flow where to go and then show that one page (QWizard's start id
plus `restart()`), so no page the user did not open is ever initialised (no keychain read,
no online check). QWizard keeps its native look, buttons and keyboard behaviour; only Back is
our own button, because QWizard's Back can only walk its own history.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget, QWizard

from vipps_desktop.core.paths import resources_dir
from vipps_desktop.ui.context import AppContext
from vipps_desktop.ui.pages import page_class
from vipps_desktop.ui.pages.base import GuidePage
from vipps_desktop.ui.widgets.step_list import StepList

if TYPE_CHECKING:
    from pathlib import Path

    from vipps_desktop.ui.handover import Handover

    # Imported with its page: a returning user's start builds only the page it reopens.
    from vipps_desktop.ui.pages.welcome import WelcomePage

GEOMETRY_KEY = "window/geometry"
LAST_SETUP_KEY = "last_setup"


LANGUAGE_NAMES = {"nb": "Norsk (bokmål)", "en": "English"}


class PageMap(Mapping[str, GuidePage]):
    """The wizard's pages by step id; a page is built the first time it is asked for."""

    def __init__(self, wizard: SetupWizard) -> None:
        self._wizard = wizard
        self._built: dict[str, GuidePage] = {}

    def __getitem__(self, step_id: str) -> GuidePage:
        page = self._built.get(step_id)
        if page is None:
            page = self._wizard._build_page(step_id)
            self._built[step_id] = page
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._wizard.step_ids)

    def __len__(self) -> int:
        return len(self._wizard.step_ids)

    def is_built(self, step_id: str) -> bool:
        return step_id in self._built


class SetupWizard(QWizard):
    language_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("setup_wizard")
        self.setWindowTitle(self.tr("Vipps Login Setup"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        # Everything is saved as it is typed, so leaving is "Close", never "Cancel".
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Close"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        # Back steps through the flow's history (see the module docstring).
        self.setOption(QWizard.WizardOption.HaveCustomButton2, True)
        self.setButtonText(QWizard.WizardButton.CustomButton2, self.tr("< &Back"))
        self.back_button = self.button(QWizard.WizardButton.CustomButton2)
        self.back_button.setObjectName("back")
        self.back_button.clicked.connect(self.go_back)
        # Screen readers would read the arrows ("Next greater-than"): name them by their words.
        self.button(QWizard.WizardButton.NextButton).setAccessibleName(self.tr("Next"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.setMinimumSize(820, 600)
        # The language switch names the other language in that language, as is customary.
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        other = "en" if ctx.guide.language == "nb" else "nb"
        self.setButtonText(QWizard.WizardButton.CustomButton1, LANGUAGE_NAMES[other])
        switch = self.button(QWizard.WizardButton.CustomButton1)
        switch.setObjectName("language_switch")
        switch.setAccessibleName(self.tr("Switch language to %s") % LANGUAGE_NAMES[other])
        switch.clicked.connect(lambda: self.language_requested.emit(other))
        self.setButtonLayout(
            [
                QWizard.WizardButton.CustomButton1,
                QWizard.WizardButton.Stretch,
                QWizard.WizardButton.CustomButton2,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.CancelButton,
            ]
        )

        self.step_ids = [step.id for step in ctx.workspace.flow.steps]
        self.step_list = StepList(self)
        self.step_list.step_requested.connect(self.go_to)
        self.setSideWidget(self.step_list)
        self.pages = PageMap(self)
        self._opening = False
        self._importer: Handover | None = None  # made by the first import
        # The page Next leads to is built ahead of the click once the pointer is over Next
        # (see _build_one_more); a zero timer, so it happens when the event loop is idle.
        self._build_timer = QTimer(self, singleShot=True, interval=0)
        self._build_timer.timeout.connect(self._build_one_more)
        self._next_intent = _IntentWatcher(self.button(QWizard.WizardButton.NextButton), self)
        self._next_intent.entered.connect(self._build_timer.start)
        self.currentIdChanged.connect(self._on_page_changed)
        ctx.signals.changed.connect(self._on_workspace_changed)
        self._restore_geometry()
        # No page yet: a resume builds only the page it opens; otherwise Welcome is shown
        # when the window is (setVisible).

    # -- pages ---------------------------------------------------------------------------

    def _build_page(self, step_id: str) -> GuidePage:
        page = page_class(step_id)(self.ctx, self)
        self.setPage(self.step_ids.index(step_id), page)
        welcome = _as_welcome(page)
        if welcome is not None:
            welcome.open_requested.connect(self._open_chosen)
        self._fix_tab_order(page)
        return page

    def _fix_tab_order(self, page: GuidePage) -> None:
        """A page built late joins the end of the focus chain; Tab must still read the page,
        then the step list, then the buttons left to right."""
        chain: list[QWidget] = [page, self.step_list]
        chain += [
            self.button(b)
            for b in (
                QWizard.WizardButton.CustomButton1,
                QWizard.WizardButton.CustomButton2,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.CancelButton,
            )
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def setVisible(self, visible: bool) -> None:
        if visible and self.currentId() < 0:
            self.show_step(self.step_ids[0])
        super().setVisible(visible)

    def _build_one_more(self) -> None:
        """Build the page Next leads to, ahead of the click, once the pointer is over Next;
        otherwise (Alt+N, Enter) the click builds it (within the stall target:
        docs/performance.md), as a jump or Back builds the page it shows.
        Not on keyboard focus: Next often gets it just because the window was activated. Not
        on a timer: a user who opens the app to look (a setup waiting for Vipps) never pays
        for the next page, and each built page holds its modules and widgets (the Portal page
        ~6 MiB; all ten ~11 MiB)."""
        nxt = self.ctx.workspace.flow.next_step(self.current_step())
        if nxt is not None and not self.pages.is_built(nxt):
            self.pages[nxt]

    # -- navigation ----------------------------------------------------------------------

    def current_step(self) -> str:
        return self.step_ids[self.currentId()] if self.currentId() >= 0 else self.step_ids[0]

    def nextId(self) -> int:
        nxt = self.ctx.workspace.flow.next_step(self.current_step())
        return self.step_ids.index(nxt) if nxt is not None else -1

    def open_setup(self, setup_id: str) -> None:
        """Open a saved setup where its user left off (only that page is built and shown)."""
        self._opening = True  # show_step below refreshes the step list, at the page it opens
        try:
            self.ctx.workspace.open_setup(setup_id)
        finally:
            self._opening = False
        self._remember_setup(setup_id)
        target = self.ctx.workspace.resume_step()
        self.ctx.workspace.flow.jump_to(target)
        self.show_step(target)

    def _remember_setup(self, setup_id: str) -> None:
        """Reopen this setup next time. Only a change is written: QSettings saves a changed
        file from the event loop (two fdatasyncs), which for a returning user came before
        the first paint."""
        if self.ctx.settings.value(LAST_SETUP_KEY) != setup_id:
            self.ctx.settings.setValue(LAST_SETUP_KEY, setup_id)

    def _open_chosen(self, setup_id: str) -> None:
        """Welcome's Next on a saved setup: open it where its user left off."""
        self.open_setup(setup_id)
        if self.current_step() == self.step_ids[0]:
            # It was left on Welcome itself: Next means "go into it", not "stay here".
            self.next()

    def go_to(self, step_id: str) -> None:
        """Jump to `step_id` (the step list, a language switch): the flow rebuilds the history
        a user walking there would have had, so Back works; only that page is shown."""
        if self.ctx.workspace.setup is None or step_id == self.current_step():
            return
        flow = self.ctx.workspace.flow
        if self.step_ids.index(step_id) > self.step_ids.index(flow.resume_step()):
            return  # not reachable yet: an earlier step is incomplete
        flow.jump_to(step_id)
        self.show_step(step_id)

    def go_back(self) -> None:
        """Back: the step before this one in the flow's history."""
        flow = self.ctx.workspace.flow
        if self.ctx.workspace.setup is None or len(flow.history) < 2:
            return
        self.show_step(flow.back())

    def back(self) -> None:
        """QWizard's own back() would walk QWizard's history, which holds only this page."""
        self.go_back()

    def show_step(self, step_id: str) -> None:
        """Show one step's page: built if needed, initialised, nothing else."""
        page_id = self.step_ids.index(step_id)
        self.pages[step_id]
        before = self.currentId()
        self.setStartId(page_id)
        self.restart()  # QWizard's history becomes just this page; the flow keeps ours
        if self.currentId() == before:
            self._on_page_changed(page_id)  # restart() on the same page emits nothing

    def validateCurrentPage(self) -> bool:
        valid = super().validateCurrentPage()
        if valid:
            # QWizard moves to nextId() right after this: that page must exist by then.
            nxt = self.ctx.workspace.flow.next_step(self.current_step())
            if nxt is not None:
                self.pages[nxt]
        return valid

    def _on_page_changed(self, page_id: int) -> None:
        if page_id < 0:
            return
        # No refresh of the page here: every way to a page (show_step's restart, Next) runs its
        # initializePage, which loads what it shows.
        step_id = self.step_ids[page_id]
        workspace = self.ctx.workspace
        if workspace.setup is not None:
            workspace.flow.visit(step_id)
            workspace.set_current_step(step_id)
            self._remember_setup(workspace.setup.id)
        self._refresh_back()
        self._refresh_step_list()
        if self._next_intent.active():
            self._build_timer.start()  # still over Next: the page after this one

    def _refresh_back(self) -> None:
        workspace = self.ctx.workspace
        can = workspace.setup is not None and len(workspace.flow.history) > 1
        self.back_button.setVisible(self.current_step() != self.step_ids[0])
        self.back_button.setEnabled(can)

    def _on_workspace_changed(self, key: str) -> None:
        if key == "":
            # Another setup: the last one's secret must not wait on the clipboard to be pasted
            # into this one's dashboard by mistake.
            self.ctx.clear_clipboard_secret()
        if not self._opening:
            self._refresh_step_list()

    def _refresh_step_list(self) -> None:
        guide = self.ctx.guide
        flow = self.ctx.workspace.flow
        has_setup = self.ctx.workspace.setup is not None
        # Every step with something to check gets its mark, reading steps included.
        done = (
            {s.id for s in flow.steps if s.requires and s.is_complete(flow.data)}
            if has_setup
            else set()
        )
        reachable: set[str] = set()
        if has_setup:
            limit = self.step_ids.index(flow.resume_step())
            reachable = set(self.step_ids[: limit + 1])
        steps = [(s, guide.step(s).title) for s in self.step_ids]
        self.step_list.show_steps(steps, self.current_step(), done, reachable)

    # -- import (issue 26) ---------------------------------------------------------------

    def import_file(self, path: Path | None = None) -> None:
        """Import an exported setup (asking for the file when `path` is None), then open it
        where it was. Why a file was refused is said in a message box; nothing changes then."""
        if self._importer is None:
            from vipps_desktop.ui.handover import Handover

            self._importer = Handover(self.ctx, self)
            self._importer.finished.connect(self._import_refused)
            self._importer.imported.connect(self._open_imported)
        self._importer.import_setup(path)

    def _import_refused(self, severity: object, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        from vipps_desktop.core.message import Severity

        icon = (
            QMessageBox.Icon.Warning if severity == Severity.ERROR else QMessageBox.Icon.Information
        )
        self._tell("import_result", icon, text)

    def _open_imported(self, setup_id: str, keys_needed: bool) -> None:
        from PySide6.QtWidgets import QMessageBox

        from vipps_desktop.ui.handover import imported_text

        self.open_setup(setup_id)
        keys_step = self.ctx.guide.step("credentials").title
        self._tell(
            "import_result", QMessageBox.Icon.Information, imported_text(keys_needed, keys_step)
        )

    def _tell(self, name: str, icon: object, text: str) -> None:
        """A window-modal message (opened, not exec'd: the event loop goes on)."""
        from PySide6.QtWidgets import QMessageBox

        assert isinstance(icon, QMessageBox.Icon)
        box = QMessageBox(icon, self.tr("Import setup"), text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName(name)
        box.finished.connect(box.deleteLater)
        box.open()

    # -- window --------------------------------------------------------------------------

    def resume_last(self) -> None:
        """On start: reopen the setup the user had open last time, where they left off."""
        last = self.ctx.settings.value(LAST_SETUP_KEY)
        if isinstance(last, str) and last:
            try:
                self.open_setup(last)
            except (KeyError, ValueError):
                self.ctx.settings.remove(LAST_SETUP_KEY)

    def bring_to_front(self) -> None:
        if self.isMinimized():  # back to how it was before: full screen, maximised or normal
            if self.isFullScreen():
                self.showFullScreen()
            elif self.isMaximized():
                self.showMaximized()
            else:
                self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def _restore_geometry(self) -> None:
        geometry = self.ctx.settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(980, 720)

    def done(self, result: int) -> None:
        # Every way out (Close, Escape, the window's close button, Finish) ends here.
        self.ctx.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.ctx.settings.sync()
        self.ctx.clear_clipboard_secret()
        super().done(result)


class _IntentWatcher(QObject):
    """`entered` when the pointer enters `button`."""

    entered = Signal()

    def __init__(self, button: QWidget, parent: QObject) -> None:
        super().__init__(parent)
        self._button = button
        button.installEventFilter(self)

    def active(self) -> bool:
        return self._button.underMouse()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Enter:
            self.entered.emit()
        return False


def _as_welcome(page: GuidePage) -> WelcomePage | None:
    """`page` if it is the Welcome page (whose module is imported only once it is built)."""
    if page.step_id != "welcome":
        return None
    from vipps_desktop.ui.pages.welcome import WelcomePage

    return page if isinstance(page, WelcomePage) else None


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "vipps-desktop.svg"))
