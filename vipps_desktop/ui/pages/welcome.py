"""Step 1: what the app does, and the saved setups (resume, start new, delete, check all).

Each saved setup says what happens next and who does it, and since when (core/overview.py
decides, this page words it); the list puts what needs attention first.
"""

from __future__ import annotations

import itertools
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vipps_desktop.core.fields import HEALTH_CHECK
from vipps_desktop.core.message import Severity
from vipps_desktop.core.workspace import who
from vipps_desktop.startup.props import (
    ACCESSIBLE_DESCRIPTION_ROLE,
    ACCESSIBLE_TEXT_ROLE,
    DECORATION_ROLE,
    USER_ROLE,
)
from vipps_desktop.ui.pages.base import GuidePage

if TYPE_CHECKING:
    from PySide6.QtGui import QPixmap

    from vipps_desktop.core.overview import Next
    from vipps_desktop.core.state import Setup
    from vipps_desktop.ui.handover import Handover
    from vipps_desktop.ui.widgets.check_all import CheckAll
    from vipps_desktop.ui.widgets.feedback import Feedback
    from vipps_desktop.ui.widgets.health_check_box import HealthCheckBox
    from vipps_desktop.ui.workers import Worker

# The health check (its widgets, core.chain and the network modules behind it) is needed only
# once a saved setup is selected: a new user's first paint goes without it (docs/performance.md).

NEW_SETUP = ""


class WelcomePage(GuidePage):
    step_id = "welcome"

    open_requested = Signal(str)  # setup id

    def build(self) -> None:
        # The two messages (a saved setup that could not be read, a deletion's progress) are
        # made when there is something to say.
        self._problems: Feedback | None = None
        self._deleting: Feedback | None = None
        self._handover_status: Feedback | None = None

        heading = QLabel(self.tr("&Your setups"), self)
        self._heading = heading
        self.content.addWidget(heading)
        self.setups = QListWidget(self)
        self.setups.setObjectName("setups_list")
        self.setups.setAccessibleName(self.tr("Your setups"))
        self.setups.setAccessibleDescription(
            self.tr("Choose a saved setup to resume, or start a new one, then press Next.")
        )
        self.setups.setMinimumHeight(140)
        heading.setBuddy(self.setups)
        # Not itemActivated: Enter reaches the dialog, which presses Next itself (a second time).
        self.setups.itemDoubleClicked.connect(lambda _item: self.wizard().next())
        self.setups.currentItemChanged.connect(lambda *_: self._on_selected())
        # The list takes the room the window has (a consultant's many setups), not the page's
        # closing stretch.
        self.content.addWidget(self.setups, 4)

        row = QVBoxLayout()
        row.setSpacing(4)
        # Issue 26: hand a setup over (the actions' modules are imported when one is used).
        self.import_button = QPushButton(self.tr("&Import setup…"), self)
        self.import_button.setObjectName("import_setup")
        self.import_button.setAccessibleName(self.tr("Import a setup from a file"))
        self.import_button.clicked.connect(self._import)
        self.record_button = QPushButton(self.tr("Save setup &record…"), self)
        self.record_button.setObjectName("save_record")
        self.record_button.setAccessibleName(
            self.tr("Save a record of the selected setup as PDF or Markdown")
        )
        self.record_button.clicked.connect(self._record_selected)
        self.export_button = QPushButton(self.tr("E&xport setup…"), self)
        self.export_button.setObjectName("export_setup")
        self.export_button.setAccessibleName(self.tr("Export the selected setup to a file"))
        self.export_button.clicked.connect(self._export_selected)
        self.check_all_button = QPushButton(self.tr("Check &all finished setups"), self)
        self.check_all_button.setObjectName("check_all_setups")
        self.check_all_button.setAccessibleDescription(
            self.tr(
                "Runs the health check of every finished setup, one after another, and keeps "
                "each result with its setup. The secret is never needed."
            )
        )
        self.check_all_button.clicked.connect(self._check_all)
        self.check_all_button.hide()  # shown when there is a finished setup
        self.delete_button = QPushButton(self.tr("&Delete setup…"), self)
        self.delete_button.setObjectName("delete_setup")
        self.delete_button.setAccessibleName(self.tr("Delete the selected setup"))
        self.delete_button.clicked.connect(self._delete_selected)
        # Two rows, or the five buttons would not fit the window's narrowest width (820 px;
        # Norwegian's labels are longer): what concerns all setups, then the selected one.
        general = QHBoxLayout()
        general.addWidget(self.import_button)
        general.addWidget(self.check_all_button)
        general.addStretch(1)
        selected = QHBoxLayout()
        selected.addStretch(1)
        selected.addWidget(self.record_button)
        selected.addWidget(self.export_button)
        selected.addWidget(self.delete_button)
        row.addLayout(general)
        row.addLayout(selected)
        self.content.addLayout(row)
        # Tab reads them as they are shown, row by row.
        for first, second in itertools.pairwise(
            (
                self.import_button,
                self.check_all_button,
                self.record_button,
                self.export_button,
                self.delete_button,
            )
        ):
            QWidget.setTabOrder(first, second)
        self._button_row = row
        self._worker: Worker | None = None  # a deletion's keychain jobs (made by the first)
        self._handover: Handover | None = None  # record and export (made by the first)

        # Issue 11: a health check of the selected setup, in one place, last results kept.
        # Built when first needed (`health`), below the buttons and in the Tab order.
        self._health: HealthCheckBox | None = None
        self._health_waits = False  # built after the first paint (`_on_selected`)
        # "Check all finished setups": its progress and Cancel, made on first use.
        self._check_all_box: CheckAll | None = None
        self._badges: dict[Severity, QPixmap] = {}

    @property
    def problems(self) -> Feedback:
        """Above the list: saved setups that could not be read. Made when first needed."""
        if self._problems is None:
            self._problems = self._hidden_feedback(
                "state_problems", self.content.indexOf(self._heading)
            )
        return self._problems

    @property
    def deleting(self) -> Feedback:
        """Below the buttons: how a deletion went. Made when first needed."""
        if self._deleting is None:
            below_buttons = self.content.indexOf(self._button_row) + 1
            self._deleting = self._hidden_feedback("delete_status", below_buttons)
        return self._deleting

    def _hidden_feedback(self, name: str, index: int) -> Feedback:
        from vipps_desktop.ui.widgets.feedback import Feedback

        box = Feedback(name, self)
        box.hide()
        self.content.insertWidget(index, box)
        return box

    @property
    def health(self) -> HealthCheckBox:
        """The selected setup's health check, built the first time it is needed."""
        if self._health is None:
            from vipps_desktop.ui.widgets.health_check_box import HealthCheckBox

            box = HealthCheckBox(
                self.ctx,
                "welcome",
                with_inputs=False,
                before_start=self._open_selected_for_check,
                parent=self,
            )
            box.checked.connect(lambda _report: self.refresh())
            box.hide()  # shown by `_on_selected`, as when it was built with the page
            below = [self._button_row, self._deleting, self._handover_status]
            last = max(self.content.indexOf(item) for item in below if item is not None)
            self.content.insertWidget(last + 1, box)
            # Created last, it would come last in the focus chain: Tab reads it where it is.
            QWidget.setTabOrder(self.delete_button, box)
            self._health = box
        return self._health

    # -- check all -----------------------------------------------------------------------

    def _check_all(self) -> None:
        """Health checks of every finished setup, in the list's order (attention first)."""
        if self._check_all_box is None:
            from vipps_desktop.ui.widgets.check_all import CheckAll

            box = CheckAll(self.ctx, self._label, self._checked_all, self)
            self.content.insertWidget(self.content.indexOf(self._button_row) + 1, box)
            QWidget.setTabOrder(self.delete_button, box)
            box.show()  # made after the page was shown: a child stays hidden until told
            self._check_all_box = box
        from vipps_desktop.core.overview import is_finished

        finished = [
            self._saved[setup_id]
            for setup_id in (
                self.setups.item(i).data(USER_ROLE) for i in range(self.setups.count())
            )
            if setup_id in self._saved and is_finished(self._saved[setup_id].data)
        ]
        self.check_all_button.setEnabled(False)
        self._check_all_box.start(finished)

    def _label(self, setup: Setup) -> str:
        company = str(setup.data.get("company_name") or "")
        domain = str(setup.data.get("domain") or "")
        return f"{company} — {domain}" if company and domain else company or domain

    def _checked_all(self) -> None:
        self.check_all_button.setEnabled(True)
        self.refresh()

    # -- list ----------------------------------------------------------------------------

    def load(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        workspace = self.ctx.workspace
        saved = workspace.setups()
        self._saved = {setup.id: setup for setup in saved}
        rows: list[tuple[Next, Setup]] = []
        if saved:  # a new user's first paint goes without these modules
            from vipps_desktop.core.overview import next_step, sort_key

            today = date.today()
            rows = [
                (next_step(setup.data, today, setup.current_step, setup.updated), setup)
                for setup in saved
            ]
            rows.sort(key=lambda row: sort_key(row[0], row[1].updated))
        self.setups.clear()
        new_item = QListWidgetItem(self.tr("+  Start a new setup"))
        new_item.setData(USER_ROLE, NEW_SETUP)
        # Read out without the "+", which is there for the eye.
        new_item.setData(ACCESSIBLE_TEXT_ROLE, self.tr("Start a new setup"))
        self.setups.addItem(new_item)
        select = new_item
        self._badges.clear()  # painted again for the current palette
        texts = self.state_texts()  # in the current language, once for all rows
        for entry, setup in rows:
            item = self._item(entry, setup, texts)
            self.setups.addItem(item)
            if workspace.setup is not None and workspace.setup.id == setup.id:
                select = item
        if workspace.setup is None and len(saved) > 0:
            select = self.setups.item(1)
        self.setups.setCurrentItem(select)
        self.check_all_button.setVisible(any(entry.state.startswith("done") for entry, _ in rows))
        self._show_problems()
        self._update_buttons()

    def _item(self, entry: Next, setup: Setup, texts: dict[str, str]) -> QListWidgetItem:
        """One setup: who and where on the first line, what happens next on the second."""
        company, domain = self._who(setup)
        what = self.next_text(entry, texts)
        item = QListWidgetItem(f"{company} — {domain}\n    {what}")
        item.setData(USER_ROLE, setup.id)
        item.setData(ACCESSIBLE_TEXT_ROLE, f"{company}, {domain}: {what}")
        item.setData(
            ACCESSIBLE_DESCRIPTION_ROLE,
            self.tr("Last changed %s") % setup.updated[:10],
        )
        item.setData(DECORATION_ROLE, self._badge(entry.severity))
        return item

    def _who(self, setup: Setup) -> tuple[str, str]:
        """The company (and its organisation number) and the domain, or what is missing."""
        name, number, domain = who(setup)
        company = f"{name} ({number})" if name and number else name or number
        return company or self.tr("New company"), domain or self.tr("no domain yet")

    def _badge(self, severity: Severity) -> QPixmap:
        if severity not in self._badges:
            from vipps_desktop.ui.icons import severity_icon

            ratio = self.devicePixelRatioF()
            self._badges[severity] = severity_icon(severity, self.palette(), 16, ratio)
        return self._badges[severity]

    def ago(self, days: int | None) -> str:
        """How long ago, in words: "today", "yesterday", "3 days ago"."""
        if days is None:
            return ""
        if days == 0:
            return self.tr("today")
        if days == 1:
            return self.tr("yesterday")
        return self.tr("%n days ago", "", days)

    def state_texts(self) -> dict[str, str]:
        """Each state's sentence (but "start"), translated; `refresh` makes them once."""
        # %1: how long ago the wait began; for a finished setup, the date of its last check.
        return {
            "waiting_signer": self.tr("Waiting for the signer to submit the order — sent %1"),
            "waiting_vipps": self.tr("Waiting for Vipps to approve the order — submitted %1"),
            "fetch_keys": self.tr("Approved %1: fetch the keys in the Vipps portal"),
            "save_keys": self.tr(
                "Your turn: save the keys from the Vipps portal in this app — approved %1"
            ),
            "submit_keys": self.tr(
                "Your turn: save the keys in Idura — kept in your keychain, saved %1"
            ),
            "done_unchecked": self.tr("Done %1 — not checked yet"),
            "done_problem": self.tr("Done — problem found on %1: see the health check"),
            "done_inconclusive": self.tr("Done — could not check on %1: check again"),
            "done_partly": self.tr("Done — nothing wrong found on %1 (partly checked)"),
            "done_ok": self.tr("Done — all OK on %1"),
        }

    def next_text(self, entry: Next, texts: dict[str, str]) -> str:
        """What happens next, who does it, and since when (core/overview.py's Next); `texts`
        are `state_texts()`, made once per refresh."""
        if entry.state == "start":
            return (
                self.tr("Your turn: %1 — last changed %2")
                .replace("%1", self.step_text(entry.step))
                .replace("%2", self.ago(entry.days))
            )
        dated = entry.state in ("done_problem", "done_inconclusive", "done_partly", "done_ok")
        when = (entry.since or "") if dated else self.ago(entry.days)
        return texts[entry.state].replace("%1", when)

    def step_text(self, step: str) -> str:
        steps = {
            "welcome": self.tr("start with the prerequisites"),
            "prerequisites": self.tr("check the prerequisites"),
            "domain": self.tr("enter the Idura domain"),
            "callback": self.tr("copy the callback URL"),
            "order": self.tr("order Vipps Login"),
        }
        return steps.get(step, self.tr("go on with the setup"))

    def _show_problems(self) -> None:
        problems = self.ctx.workspace.store.problems
        if not problems:
            if self._problems is not None:
                self._problems.hide()
            return
        lines = []
        for problem in problems:
            if problem.kind == "newer":
                why = self.tr("was written by a newer version of this app")
            else:
                why = self.tr("could not be read")
            lines.append(
                self.tr("A saved setup %1. It was kept, unchanged, as %2.")
                .replace("%1", why)
                .replace("%2", str(problem.moved_to))
            )
        self.problems.set_lines((Severity.WARNING, line) for line in lines)
        self.problems.show()

    def selected_id(self) -> str:
        item = self.setups.currentItem()
        return str(item.data(USER_ROLE)) if item is not None else NEW_SETUP

    def _on_selected(self) -> None:
        self._update_buttons()
        setup_id = self.selected_id()
        setup = getattr(self, "_saved", {}).get(setup_id)
        if setup is None:
            if self._health is not None:
                self._health.hide()
            return
        if self._health is None and not self.window().isVisible():
            # Selected while the window is being built (a returning user's start on Welcome):
            # the health box, and core.chain and the network modules behind it, wait until the
            # list is on screen (docs/performance.md, issue 27).
            if not self._health_waits:
                self._health_waits = True
                from vipps_desktop.startup.first_paint import FirstPaint

                FirstPaint(self.window()).done.connect(self._on_selected)
            return
        from vipps_desktop.core.health_report import HealthReport

        self.health.show()
        self.health.show_report(HealthReport.from_json(setup.data.get(HEALTH_CHECK)))

    def _update_buttons(self) -> None:
        saved = self.selected_id() != NEW_SETUP
        for button in (self.delete_button, self.export_button, self.record_button):
            button.setEnabled(saved)

    # -- hand-over (issue 26) ----------------------------------------------------------------

    @property
    def handover_status(self) -> Feedback:
        """Below the buttons: how a record or an export went. Made when first needed."""
        if self._handover_status is None:
            below_buttons = self.content.indexOf(self._button_row) + 1
            self._handover_status = self._hidden_feedback("handover_status", below_buttons)
        return self._handover_status

    def handover(self) -> Handover:
        if self._handover is None:
            from vipps_desktop.ui.handover import Handover

            self._handover = Handover(self.ctx, self)
            self._handover.finished.connect(
                lambda severity, text: self.handover_status.say(severity, text)
            )
        return self._handover

    def _selected_setup(self) -> Setup | None:
        setup_id = self.selected_id()
        if setup_id == NEW_SETUP:
            return None
        return self.ctx.workspace.store.load(setup_id)

    def _record_selected(self) -> None:
        setup = self._selected_setup()
        if setup is not None:
            self.handover().save_record(setup)

    def _export_selected(self) -> None:
        setup = self._selected_setup()
        if setup is not None:
            self.handover().export_setup(setup)

    def _import(self) -> None:
        """The wizard imports (it opens the imported setup where it was)."""
        importer = getattr(self.wizard(), "import_file", None)
        if callable(importer):
            importer()

    def _open_selected_for_check(self) -> bool:
        """The check runs on the open setup: open the selected one (as Next would)."""
        setup_id = self.selected_id()
        if setup_id == NEW_SETUP:
            return False
        workspace = self.ctx.workspace
        if workspace.setup is None or workspace.setup.id != setup_id:
            workspace.open_setup(setup_id)
        return True

    def _delete_selected(self) -> None:
        setup_id = self.selected_id()
        if setup_id == NEW_SETUP:
            return
        item = self.setups.currentItem()
        name = item.text().splitlines()[0] if item is not None else ""
        from vipps_desktop.ui.widgets.confirm import ask

        if not ask(
            self,
            self.tr("Delete setup"),
            self.tr(
                "Delete the setup “%s”? What you entered for it is removed, and its "
                "keys are deleted from your keychain; anything you sent to Vipps or "
                "Criipto stays there."
            )
            % name,
            yes=self.tr("Delete"),
            no=self.tr("Keep it"),
        ):
            return
        deletion = self.ctx.workspace.deletion(setup_id)
        if deletion is None:  # gone already (deleted by hand): just show the list as it is
            self.refresh()
            return
        self.delete_button.setEnabled(False)
        self.deleting.set_message(
            Severity.PROGRESS, self.tr("Deleting the setup's keys from your keychain…")
        )
        self.deleting.show()

        def deleted(_result: None) -> None:
            self.deleting.hide()
            deletion.finish()
            self.refresh()

        def failed(error: Exception) -> None:
            service, entries = deletion.entries_left()
            self.deleting.set_message(
                Severity.WARNING,
                self.tr(
                    "The setup was kept: its keys could not be deleted from your keychain (%1). "
                    "Unlock or start your keychain and delete the setup again. If you delete "
                    "them by hand instead, they are the entries %2 of “%3” in your keychain app."
                )
                .replace("%1", getattr(error, "kind", type(error).__name__))
                .replace("%2", ", ".join(f"“{name}”" for name in entries))
                .replace("%3", service),
            )
            self.deleting.announce()
            self._update_buttons()

        if self._worker is None:
            self._worker = self.ctx.keychain.worker(self)
        self.ctx.keychain.run(self._worker, deletion.delete_keys, deleted, failed)

    # -- QWizardPage ---------------------------------------------------------------------

    def isComplete(self) -> bool:
        return self.setups.currentItem() is not None

    def validatePage(self) -> bool:
        setup_id = self.selected_id()
        workspace = self.ctx.workspace
        if setup_id == NEW_SETUP:
            workspace.new_setup()
            return True
        if workspace.setup is not None and workspace.setup.id == setup_id:
            return True
        # Another saved setup: the wizard reopens it at its own step, after this call returns.
        QTimer.singleShot(0, lambda: self.open_requested.emit(setup_id))
        return False
