""" "Check all finished setups": their health checks one after another, one progress, Cancel.

Each setup's check is one job on the checks' pool (ui/workers.py via CheckPanel), so the GUI
thread never waits; its result is kept with its setup as soon as it arrives (on the GUI
thread: `Workspace.record_health`), so a Cancel keeps what was checked so far. The list is
redrawn once at the end.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget

from vipps_desktop.core import health_check, health_report, overview
from vipps_desktop.core.message import Severity
from vipps_desktop.core.net import CancelToken
from vipps_desktop.core.state import Setup
from vipps_desktop.ui.context import AppContext
from vipps_desktop.ui.widgets.check_panel import CheckPanel


class CheckAll(QWidget):
    """The progress and verdict of one "Check all"; `done` is called when it ends."""

    def __init__(
        self,
        ctx: AppContext,
        label: Callable[[Setup], str],
        done: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("check_all_box")
        self.ctx = ctx
        self._label = label
        self._done = done
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.panel = CheckPanel("check_all", self)
        self.panel.progress.setAccessibleName(self.tr("Progress of checking all setups"))
        self.panel.cancel_button.setAccessibleName(self.tr("Stop checking the setups"))
        self.panel.cancel_button.clicked.connect(self._cancelled)
        self.panel.again_button.setText(self.tr("Check all again"))
        self.panel.again_button.clicked.connect(lambda: self.start(self._all))
        box.addWidget(self.panel)
        self._all: list[Setup] = []
        self._queue: list[Setup] = []
        self._statuses: list[str] = []

    @property
    def running(self) -> bool:
        return self.panel.state == "running"

    def start(self, setups: list[Setup]) -> None:
        """Check `setups` (finished ones, in the list's order) one after another."""
        self._all = list(setups)
        self._queue = list(setups)
        self._statuses = []
        self.panel.progress.setRange(0, max(1, len(setups)))
        self.panel.progress.setValue(0)
        self._next()

    def _next(self) -> None:
        if not self._queue:
            self._finish()
            return
        setup = self._queue[0]
        index = len(self._all) - len(self._queue)
        inputs = overview.health_inputs(setup.data)

        def job(token: CancelToken) -> health_report.HealthReport:
            return health_check.run_health_check(
                domain=inputs.domain,
                org_number=inputs.org_number,
                environment=inputs.environment,
                app_client_id=inputs.app_client_id,
                app_callback=inputs.app_callback,
                cancel=token,
            )

        self.panel.progress.setValue(index)
        self.panel.run(
            job,
            self.tr("Checking %1 of %2: %3…")
            .replace("%1", str(index + 1))
            .replace("%2", str(len(self._all)))
            .replace("%3", self._label(setup)),
            self._one_done,
        )

    def _one_done(self, result: health_report.HealthReport) -> None:
        setup = self._queue.pop(0)
        self._statuses.append(overview.health_state(result.to_json())[0])
        self.ctx.workspace.record_health(setup.id, result.to_json())
        self._next()

    def _cancelled(self) -> None:
        # CheckPanel has stopped the running job and said so; say how far it got.
        checked = len(self._statuses)
        self._queue = []
        self.panel.say(
            Severity.INFO,
            self.tr("Stopped after %1 of %2 setups; their results are kept.")
            .replace("%1", str(checked))
            .replace("%2", str(len(self._all))),
        )
        self._done()

    def _finish(self) -> None:
        self.panel.progress.setValue(len(self._all))
        counts = {state: self._statuses.count(state) for state in set(self._statuses)}
        problems = counts.get("done_problem", 0)
        unknown = counts.get("done_inconclusive", 0)
        fine = len(self._statuses) - problems - unknown
        severity = Severity.ERROR if problems else Severity.UNKNOWN if unknown else Severity.OK
        self.panel.say(
            severity,
            self.tr("Checked %1 setups: %2 without problems, %3 with a problem, %4 not checkable.")
            .replace("%1", str(len(self._statuses)))
            .replace("%2", str(fine))
            .replace("%3", str(problems))
            .replace("%4", str(unknown)),
        )
        self._done()
