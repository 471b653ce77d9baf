"""An online check's place on a page: progress while it runs, Cancel, the verdict in words.

The check runs in a worker on the checks' own thread pool (`workers.check_pool()`); Cancel (or
leaving the page) sets its CancelToken, which stops the request within a second, and drops the
answer, so a late reply never changes a page the user has left.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QWidget

from vipps_desktop.core.message import Severity
from vipps_desktop.core.net import CancelToken, HttpFailure
from vipps_desktop.core.validators import Validation
from vipps_desktop.ui import messages
from vipps_desktop.ui.widgets.feedback import Line
from vipps_desktop.ui.widgets.status_frame import StatusFrame
from vipps_desktop.ui.workers import Worker, check_pool

T = TypeVar("T")  # a check's result, as the page's `on_result` takes it


class CheckPanel(StatusFrame):
    """Runs one kind of online check; the page shows its result (`run`'s `on_result`)."""

    finished = Signal(object)  # the check's result, after `on_result` (not on failure or cancel)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(f"{name}_check", parent)
        self.progress.setAccessibleName(self.tr("Checking"))
        self.cancel_button = self.add_button(self.tr("Cancel"), f"{name}_check_cancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel the check"))
        self.cancel_button.clicked.connect(self.cancel)
        self.again_button = self.add_button(self.tr("Check again"), f"{name}_check_again")
        self.worker = Worker(self, pool=check_pool())
        self._start: Callable[[], None] = lambda: None
        self._delay = QTimer(self, singleShot=True)
        self._token: CancelToken | None = None
        self.state = "idle"
        self._set_running(False)
        self.again_button.hide()
        self.hide()

    def set_starter(self, start: Callable[[], None], delay_ms: int) -> None:
        """The page's way to start its check: after a typing pause, on Check again, on show."""
        self._start = start
        self._delay = QTimer(self, singleShot=True, interval=delay_ms)
        self._delay.timeout.connect(start)
        self.again_button.clicked.connect(start)

    def follow(self, result: Validation) -> None:
        """Follow a field's verdict: check once the user pauses on a valid value, else stop."""
        self._delay.stop()
        if result.ok:
            self._delay.start()
        else:
            self.cancel(quiet=True)
            self.hide()

    def start(self) -> None:
        """Run the page's check now (its page is being shown: a hidden page is never
        initialised, so nobody starts a check whose answer nobody would see)."""
        self._start()

    def run(
        self, job: Callable[[CancelToken], T], waiting_text: str, on_result: Callable[[T], None]
    ) -> None:
        """Start `job(token)` in the background, then `on_result(its result)`; a running check
        is cancelled first."""
        self._delay.stop()
        self.cancel(quiet=True)
        token = CancelToken()
        self._token = token
        self.state = "running"
        self.show()
        self.feedback.set_message(Severity.PROGRESS, waiting_text)
        self._set_running(True)

        def done(result: T) -> None:
            self._finish()
            on_result(result)
            self.finished.emit(result)

        self.worker.start(lambda: job(token), done, self._on_error)

    def cancel(self, quiet: bool = False) -> None:
        if self._token is not None:
            self._token.cancel()
            self._token = None
        if self.worker.busy:
            self.worker.cancel()
            self._set_running(False)
            self.state = "cancelled"
            if not quiet:
                self.say(Severity.INFO, self.tr("Check cancelled. You can go on without it."))
                self.again_button.show()

    def reset(self) -> None:
        """Back to nothing shown: the setup this panel checked for is no longer open."""
        self._delay.stop()
        self.cancel(quiet=True)
        self.state = "idle"
        self.feedback.clear()
        self.again_button.hide()
        self.hide()

    def say(self, severity: Severity | None, text: str) -> None:
        """Show and announce one line: a verdict, or a word on why there is none."""
        self.say_lines([(severity, text)])

    def say_lines(self, lines: Iterable[Line]) -> None:
        self.show()
        self.feedback.set_lines(lines)
        self.feedback.announce()  # only when visible: not from a page the user is not on

    def progress_text(self, text: str) -> None:
        """What the running check is doing now; not announced (the verdict will be)."""
        self.feedback.set_message(Severity.PROGRESS, text)

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        if running:
            self.again_button.hide()

    def _finish(self) -> None:
        self._token = None
        self._set_running(False)
        self.state = "done"
        self.again_button.show()

    def _on_error(self, error: Exception) -> None:
        self._token = None
        self._set_running(False)
        self.state = "failed"
        self.again_button.show()
        if isinstance(error, HttpFailure):
            if error.kind == "cancelled":
                self.state = "cancelled"
            text = messages.text(error.message)
        else:
            text = self.tr("The check failed (%s).") % type(error).__name__
        # A failed check is a warning, never an error: the check is optional.
        severity = Severity.INFO if self.state == "cancelled" else Severity.WARNING
        self.say(severity, text + " " + self.tr("The check is optional: you can go on."))

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the page hides it: an answer arriving later must not change anything. But
        # QWizard also hides and at once re-shows the whole page when a page reports a change
        # (any workspace.set while a check runs: a keychain save, a ticked box): only a hide
        # that outlasts the current event means the user left.
        if self.worker.busy:
            QTimer.singleShot(0, self, self._cancel_if_left)
        super().hideEvent(event)

    def _cancel_if_left(self) -> None:
        if self.worker.busy and not self.isVisible():
            self.cancel(quiet=True)
            self.state = "idle"
