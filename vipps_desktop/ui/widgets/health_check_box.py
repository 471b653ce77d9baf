""" "Check this setup now" as a box the Done and Welcome pages embed (core/health_check.py):
discovery, Brønnøysund, check 1 and check 2 with one progress display; the last results are
kept in the setup (fields.HEALTH_CHECK)."""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vipps_desktop.core import health_check, health_report, overview, wording
from vipps_desktop.core.fields import HEALTH_CHECK
from vipps_desktop.core.net import CancelToken
from vipps_desktop.ui import messages
from vipps_desktop.ui.context import AppContext
from vipps_desktop.ui.widgets.check_panel import CheckPanel
from vipps_desktop.ui.widgets.check_words import (
    best_effort,
    translate,
)
from vipps_desktop.ui.widgets.feedback import Feedback, Line
from vipps_desktop.ui.widgets.idura_app import (
    IduraAppFields,
    open_test_login,
    test_login_button,
)


class _Progress(QObject):
    """Carries health-check progress one way, from the check's callback in a pool thread to
    the boxes on the GUI thread: `step` is emitted, each box listens for its own number.

    One for the whole application, owned by it (as workers.py does for results): a pool
    thread never emits on an object the GUI thread may be deleting (a page torn down by a
    language switch), and Qt delivers nothing to a box that is gone.
    """

    step = Signal(int, str, int, int)  # box number, item name, its index, the number of items

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())


_progress: _Progress | None = None
_box_numbers = itertools.count(1)


def _the_progress() -> _Progress:
    global _progress
    if _progress is None or not shiboken6.isValid(_progress):
        _progress = _Progress()
    return _progress


class HealthCheckBox(QGroupBox):
    """ "Check this setup now": one button, one progress display, the last results kept."""

    checked = Signal(object)  # the HealthReport

    def __init__(
        self,
        ctx: AppContext,
        name: str,
        *,
        with_inputs: bool,
        before_start: Callable[[], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Health check (best-effort)"), parent)
        self.ctx = ctx
        self._before_start = before_start
        self.setObjectName(f"{name}_health_box")
        box = QVBoxLayout(self)
        self.fields: IduraAppFields | None = None
        if with_inputs:
            self.fields = IduraAppFields(ctx, f"{name}_health", self)
            box.addWidget(self.fields)
        row = QHBoxLayout()
        self.button = QPushButton(self.tr("C&heck this setup now"), self)
        self.button.setObjectName(f"{name}_health_check_now")
        self.button.setAccessibleDescription(
            self.tr(
                "Checks the domain, the company in Brønnøysund, the callback URL at Vipps and "
                "what Idura sends to Vipps. The secret is never needed."
            )
        )
        self.button.clicked.connect(self.start)
        row.addWidget(self.button)
        self.test_login = test_login_button(self, f"{name}_health")
        self.test_login.clicked.connect(lambda: open_test_login(self.ctx, self._app()))
        row.addWidget(self.test_login)
        row.addStretch(1)
        box.addLayout(row)
        self.panel = CheckPanel(f"{name}_health", self)
        self.panel.progress.setRange(0, len(health_report.HEALTH_ITEMS))
        self.panel.progress.setAccessibleName(self.tr("Health check progress"))
        self.panel.again_button.clicked.connect(self.start)
        box.addWidget(self.panel)
        self.results = Feedback(f"{name}_health_results", self)
        box.addWidget(self.results)
        self._number = next(_box_numbers)
        _the_progress().step.connect(self._on_step)
        if self.fields is not None:
            self.fields.changed.connect(self._update)

    def _app(self) -> tuple[str, str] | None:
        if self.fields is not None:
            return self.fields.values()
        setup = self.ctx.workspace.setup
        inputs = overview.health_inputs(setup.data) if setup is not None else None
        if inputs is None or inputs.app_client_id is None or inputs.app_callback is None:
            return None
        return inputs.app_client_id, inputs.app_callback

    def item_names(self) -> dict[str, str]:
        return wording.health_item_names(translate)

    def load(self) -> None:
        if self.fields is not None:
            self.fields.load()
        self._update()
        self.show_report(health_report.HealthReport.from_json(self.ctx.workspace.get(HEALTH_CHECK)))

    def show_report(self, report: health_report.HealthReport | None) -> None:
        """The last results kept in a setup (or "not checked yet")."""
        if report is None:
            self.results.set_message(None, self.tr("Not checked yet."))
        else:
            self.results.set_lines(self.describe(report))

    def _update(self) -> None:
        has_setup = self.ctx.workspace.setup is not None
        self.button.setEnabled(has_setup or self._before_start is not None)
        self.test_login.setEnabled(
            has_setup and self._app() is not None and bool(self.ctx.workspace.domain())
        )

    def summary(self, report: health_report.HealthReport) -> str:
        return wording.health_summary(report.summary, report.all_ok, report.checked_on, translate)

    def describe(self, report: health_report.HealthReport) -> list[Line]:
        names = self.item_names()
        lines: list[Line] = [(report.severity, self.summary(report) + " " + best_effort())]
        for item in report.items:
            text = messages.text(item.message)
            lines.append(
                (
                    item.severity,
                    f"{names.get(item.name, item.name)} ({item.checked_on}): {text}",
                )
            )
            lines.extend((None, messages.text(m)) for m in item.details)
        return lines

    def start(self) -> None:
        if self._before_start is not None and not self._before_start():
            return
        workspace = self.ctx.workspace
        if workspace.setup is None:
            return
        if self.fields is not None:
            self.fields._save()
        inputs = overview.health_inputs(workspace.setup.data)  # as Check all and the CLI read it
        relay, number = _the_progress(), self._number

        def tell(name: str, index: int, total: int) -> None:
            with contextlib.suppress(RuntimeError):  # the application is gone
                relay.step.emit(number, name, index, total)

        def job(token: CancelToken) -> health_report.HealthReport:
            return health_check.run_health_check(
                domain=inputs.domain,
                org_number=inputs.org_number,
                environment=inputs.environment,
                app_client_id=inputs.app_client_id,
                app_callback=inputs.app_callback,
                progress=tell,
                cancel=token,
            )

        self.panel.progress.setValue(0)
        self.panel.run(job, self.tr("Checking this setup…"), self._show)

    @Slot(int, str, int, int)
    def _on_step(self, number: int, name: str, index: int, total: int) -> None:
        """Show the step the check reported (`run_health_check`'s `progress`)."""
        if number != self._number or self.panel.state != "running":
            return
        self.panel.progress.setRange(0, total)
        self.panel.progress.setValue(index)
        self.panel.progress_text(
            self.tr("Checking %1 of %2: %3…")
            .replace("%1", str(index + 1))
            .replace("%2", str(total))
            .replace("%3", self.item_names().get(name, name))
        )

    def _show(self, result: health_report.HealthReport) -> None:
        if self.ctx.workspace.setup is not None:
            self.ctx.workspace.set(HEALTH_CHECK, result.to_json())
        self.results.set_lines(self.describe(result))
        self.panel.say(result.severity, self.summary(result))
        self.checked.emit(result)
