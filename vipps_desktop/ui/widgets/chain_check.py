"""The best-effort checks of the chain Idura → Vipps, as boxes a page embeds with a few lines.

* `RedirectCheckBox`: check 1, "Does Vipps accept my callback URL?" (portal and credentials
  pages): the client ID only, never the secret. A "not registered" verdict comes with the
  callback URL's Copy button and the portal steps right there.
* `ChainCheckBox`: check 2, "Did Idura save my keys?" (submit page), with the optional Idura
  application inputs, the "Test login" button, and `remove_offered` only when Idura has the
  keys where they belong (`ChainCheck.keys_saved`); otherwise what to do instead.
* `HealthCheckBox`: "Check this setup now" (Done and Welcome pages): discovery, Brønnøysund,
  check 1 and check 2 with one progress display; the last results are kept in the setup.

All network work runs in `CheckPanel` workers; every verdict is announced and labelled
best-effort. The setup keys written here: ``idura_app_client_id``, ``idura_app_callback_url``
and ``health_check`` (the last health check, with dates).
"""

from __future__ import annotations

import contextlib
import itertools
import weakref
from collections.abc import Callable
from typing import Final

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vipps_desktop.core import chain, health_check, health_report, wording
from vipps_desktop.core.credentials import (
    valid_app_callback,
    valid_app_client_id,
    validate_client_id,
)
from vipps_desktop.core.fields import HEALTH_CHECK, FieldName
from vipps_desktop.core.message import Severity
from vipps_desktop.core.net import CancelToken
from vipps_desktop.core.oauth_answer import Environment
from vipps_desktop.ui import messages
from vipps_desktop.ui.context import AppContext
from vipps_desktop.ui.widgets.check_panel import CheckPanel
from vipps_desktop.ui.widgets.copy_button import CopyButton
from vipps_desktop.ui.widgets.feedback import Feedback, Line

APP_CLIENT_ID_KEY: Final = "idura_app_client_id"
APP_CALLBACK_KEY: Final = "idura_app_callback_url"
AUTO_CHECK_MS = 800  # after the user pauses on a valid client ID
# A health check item's status, and the report's summary, as a severity.
HEALTH_SEVERITY = {
    "ok": Severity.OK,
    "problem": Severity.ERROR,
    "inconclusive": Severity.UNKNOWN,
    "skipped": Severity.INFO,
    "failed": Severity.WARNING,
}

ClientId = Callable[[], str | None]
# lupdate finds translate() calls with a literal context, as in ui/messages.py.
translate = QCoreApplication.translate


def _paragraph(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _environment(ctx: AppContext) -> Environment:
    return "test" if ctx.workspace.get("vipps_environment") == "test" else "production"


def best_effort() -> str:
    return translate("chain_check", "(best-effort check)")


def redirect_severity(result: chain.RedirectCheck) -> Severity:
    return {
        "registered": Severity.OK,
        "not_registered": Severity.ERROR,
        "unknown_client": Severity.ERROR,
    }.get(result.outcome, Severity.UNKNOWN)


def redirect_text(result: chain.RedirectCheck) -> str:
    # Only what the check found: no guess at why Vipps does not know the client ID.
    return messages.text(result.message)


def chain_lines(result: chain.ChainCheck) -> list[Line]:
    severity = {
        "confirmed": Severity.OK,
        "differs": Severity.ERROR,
        "idura_error": Severity.ERROR,
    }.get(result.outcome, Severity.UNKNOWN)
    lines: list[Line] = [(severity, messages.text(result.message))]
    lines.extend((Severity.ERROR, messages.text(m)) for m in result.differences[1:])
    if result.sent_client_id:
        if result.vipps is not None:
            lines.append(
                (
                    redirect_severity(result.vipps),
                    translate("chain_check", "Vipps, for the URL Idura sends:")
                    + " "
                    + redirect_text(result.vipps),
                )
            )
        else:
            lines.append(
                (
                    Severity.UNKNOWN,
                    translate(
                        "chain_check", "Vipps could not be asked: the Vipps half is not checked."
                    ),
                )
            )
    lines.append(
        (
            None,
            translate(
                "chain_check",
                "Best-effort check: it proves the callback URL is registered and which "
                "client ID Idura sends; only a real login proves the secret.",
            ),
        )
    )
    return lines


def keep_keys_advice(result: chain.ChainCheck, held: bool) -> str | None:
    """What to do instead of removing the keys, when check 2 shows Idura does not have them
    where they belong. `held`: the keys are on this computer (then they must stay: the user
    needs exactly these keys to save them again)."""
    keep = translate(
        "chain_check", "Keep the keys on this computer: you need them to save them again."
    )
    if result.environment_matches is False:
        if result.expected_environment == "test":
            switch = translate(
                "chain_check",
                "In the Idura dashboard, choose “Test environment” in the environment dropdown "
                "at the top left, paste the client ID and secret under eID providers › Vipps "
                "MobilePay and press Save. Then check again.",
            )
        else:
            switch = translate(
                "chain_check",
                "In the Idura dashboard, choose “Production environment” in the environment "
                "dropdown at the top left, paste the client ID and secret under eID providers › "
                "Vipps MobilePay and press Save. Then check again.",
            )
        return f"{keep} {switch}" if held else switch
    if (
        held
        and result.client_id_confirmed
        and result.vipps is not None
        and not result.vipps.registered
    ):
        return translate(
            "chain_check",
            "Keep the keys on this computer for now: Vipps has not accepted the callback URL "
            "Idura sends. Fix that first, then check again.",
        )
    return None


# --- check 1 ------------------------------------------------------------------------------


class RedirectCheckBox(QGroupBox):
    """Check 1 on a page. `client_id` supplies the client ID; without it, the box has its own
    field (the portal page, where the keys are only being looked at)."""

    def __init__(
        self,
        ctx: AppContext,
        name: str,
        client_id: ClientId | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Does Vipps accept the callback URL? (best-effort)"), parent)
        self.ctx = ctx
        self.setObjectName(f"{name}_redirect_box")
        box = QVBoxLayout(self)
        box.addWidget(
            _paragraph(
                self.tr(
                    "Asks Vipps' login service with the client ID only (never the secret) whether "
                    "the callback URL is registered for it. Best-effort: Vipps has no official way "
                    "to check this; “inconclusive” is an honest answer."
                ),
                self,
            )
        )
        self.field: QLineEdit | None = None
        if client_id is None:
            form = QFormLayout()
            self.field = QLineEdit(self)
            self.field.setObjectName(f"{name}_redirect_client_id")
            self.field.setAccessibleName(self.tr("Client ID to check"))
            self.field.setPlaceholderText("fb492b5e-7907-4d83-bc20-c7fb60ca35de")
            self.field.setMaxLength(200)
            label = QLabel(self.tr("Client I&D (optional):"), self)
            label.setBuddy(self.field)
            form.addRow(label, self.field)
            box.addLayout(form)
            field = self.field
            self._client_id: ClientId = lambda: field.text()
            self.field.textChanged.connect(self.follow_text)
        else:
            self._client_id = client_id
        row = QHBoxLayout()
        self.button = QPushButton(self.tr("Ask &Vipps about the callback URL"), self)
        self.button.setObjectName(f"{name}_redirect_check")
        self.button.clicked.connect(self.start)
        row.addWidget(self.button)
        row.addStretch(1)
        box.addLayout(row)
        self.panel = CheckPanel(f"{name}_redirect", self)
        self.panel.set_starter(self._auto_start, AUTO_CHECK_MS)
        box.addWidget(self.panel)

        self.fix = QWidget(self)
        self.fix.setObjectName(f"{name}_redirect_fix")
        fix_box = QVBoxLayout(self.fix)
        fix_box.setContentsMargins(0, 0, 0, 0)
        # The portal steps first, then the URL and its Copy button: the steps say "Copy button
        # below", here as on the portal page.
        steps = ctx.guide.raw().get("portal_steps", {}).get("redirect", [])
        self.steps = _paragraph(
            "\n".join(f"{i}. {s}" for i, s in enumerate(steps, start=1)), self.fix
        )
        self.steps.setObjectName(f"{name}_redirect_steps")
        fix_box.addWidget(self.steps)
        fix_row = QHBoxLayout()
        self.url = QLabel(self.fix)
        self.url.setObjectName(f"{name}_redirect_url")
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fix_row.addWidget(self.url, 1)
        self.copy = CopyButton(
            ctx.clipboard, ctx.workspace.callback_url, self.tr("callback URL"), parent=self.fix
        )
        self.copy.setObjectName(f"copy_callback_url_{name}_redirect")
        fix_row.addWidget(self.copy)
        fix_box.addLayout(fix_row)
        box.addWidget(self.fix)
        self.fix.hide()
        self.result: chain.RedirectCheck | None = None
        self._asked: str | None = None  # the client ID the verdict on screen is about
        ctx.signals.changed.connect(self._on_workspace_changed)

    def _on_workspace_changed(self, key: str) -> None:
        if key == "":  # another setup: nothing of the last one's check stays on screen
            self._asked = None
            self.result = None
            self.fix.hide()
            if self.field is not None:
                self.field.blockSignals(True)
                self.field.clear()
                self.field.blockSignals(False)

    def follow_text(self, text: str) -> None:
        """Check once the user pauses on a valid client ID (typed or loaded). A verdict about
        another client ID (or one now erased) leaves the screen at once."""
        verdict = validate_client_id(text)
        if verdict.value != self._asked:
            self.clear_verdict()
        self.panel.follow(verdict)

    def clear_verdict(self) -> None:
        """Nothing of the last check on screen: verdict, URL and Copy button."""
        self._asked = None
        self.result = None
        self.fix.hide()
        self.panel.reset()

    def _auto_start(self) -> None:
        if self.isVisible():  # not for a page the user has left
            self.start()

    def start(self) -> None:
        client_id = validate_client_id(self._client_id() or "").value
        callback = self.ctx.workspace.callback_url()
        self.fix.hide()
        if not client_id or not callback:
            self.panel.say(
                Severity.INFO,
                self.tr("Enter a valid client ID first (the callback URL comes from your domain)."),
            )
            return
        environment = _environment(self.ctx)
        self._asked = client_id

        def job(token: CancelToken) -> chain.RedirectCheck:
            return chain.check_redirect_uri(
                client_id, callback, environment=environment, cancel=token
            )

        self.panel.run(job, self.tr("Asking Vipps about the callback URL…"), self._show)

    def _show(self, result: chain.RedirectCheck) -> None:
        self.result = result
        if result.outcome == "not_registered":
            self.url.setText(result.redirect_uri)
            self.copy.refresh()
            self.fix.show()
        self.panel.say(redirect_severity(result), redirect_text(result) + " " + best_effort())


# --- check 2 ------------------------------------------------------------------------------


class IduraAppFields(QWidget):
    """The optional Idura application inputs, kept in the setup (not secret)."""

    changed = Signal()

    def __init__(self, ctx: AppContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(
            _paragraph(
                self.tr(
                    "Optional, asked once and kept with this setup: the client ID of one of "
                    "your applications in Idura and one of that application's callback URLs. "
                    "In the Idura dashboard: Applications → your application → Client "
                    "ID/Realm and Callback URLs."
                ),
                self,
            )
        )
        form = QFormLayout()
        self.client_id = QLineEdit(self)
        self.client_id.setObjectName(f"{name}_app_client_id")
        self.client_id.setAccessibleName(self.tr("Client ID of an application in Idura"))
        self.client_id.setPlaceholderText("urn:my:application:identifier:1234")
        self.client_id.setMaxLength(200)
        id_label = QLabel(self.tr("Application's client I&D:"), self)
        id_label.setBuddy(self.client_id)
        form.addRow(id_label, self.client_id)
        self.callback = QLineEdit(self)
        self.callback.setObjectName(f"{name}_app_callback")
        self.callback.setAccessibleName(self.tr("One of that application's callback URLs"))
        self.callback.setPlaceholderText("https://app.example.no/signin-oidc")
        self.callback.setMaxLength(500)
        cb_label = QLabel(self.tr("Application's callbac&k URL:"), self)
        cb_label.setBuddy(self.callback)
        form.addRow(cb_label, self.callback)
        self.message = Feedback(f"{name}_app_message", self)
        form.addRow("", self.message)
        box.addLayout(form)
        self.client_id.editingFinished.connect(self._save)
        self.callback.editingFinished.connect(self._save)
        self.client_id.textChanged.connect(self._validate)
        self.callback.textChanged.connect(self._validate)

    def load(self) -> None:
        keyed: tuple[tuple[QLineEdit, FieldName], ...] = (
            (self.client_id, APP_CLIENT_ID_KEY),
            (self.callback, APP_CALLBACK_KEY),
        )
        for edit, key in keyed:
            edit.blockSignals(True)
            edit.setText(str(self.ctx.workspace.get(key) or ""))
            edit.blockSignals(False)
        self._validate()

    def values(self) -> tuple[str, str] | None:
        app, callback = self.client_id.text().strip(), self.callback.text().strip()
        if valid_app_client_id(app) and valid_app_callback(callback):
            return app, callback
        return None

    def _validate(self) -> None:
        problems = []
        if self.client_id.text().strip() and not valid_app_client_id(self.client_id.text()):
            problems.append(self.tr("A client ID has no spaces."))
        if self.callback.text().strip() and not valid_app_callback(self.callback.text()):
            problems.append(
                self.tr("A callback URL starts with https:// (http:// only for localhost).")
            )
        self.message.set_lines((Severity.ERROR, p) for p in problems)
        self.callback.setAccessibleDescription(self.message.spoken())
        self.changed.emit()

    def _save(self) -> None:
        if self.ctx.workspace.setup is None:
            return
        app, callback = self.client_id.text().strip(), self.callback.text().strip()
        self.ctx.workspace.set(APP_CLIENT_ID_KEY, app if valid_app_client_id(app) else None)
        self.ctx.workspace.set(APP_CALLBACK_KEY, callback if valid_app_callback(callback) else None)
        self.changed.emit()


def _test_login_button(parent: QWidget, name: str) -> QPushButton:
    button = QPushButton(translate("chain_check", "&Test login in your browser ↗"), parent)
    button.setObjectName(f"{name}_test_login")
    button.setAccessibleName(translate("chain_check", "Test login in your browser"))
    button.setAccessibleDescription(
        translate(
            "chain_check",
            "Opens your Idura domain's login with Vipps in your browser (prompt=login): log in "
            "once with your own Vipps app to see it work end to end.",
        )
    )
    return button


def open_test_login(ctx: AppContext, values: tuple[str, str] | None) -> bool:
    domain = ctx.workspace.domain()
    if values is None or not domain:
        return False
    return QDesktopServices.openUrl(QUrl(chain.test_login_url(domain, *values)))


class ChainCheckBox(QGroupBox):
    """Check 2 on the submit page. `client_id` is the Vipps client ID held on this computer."""

    remove_offered = Signal()  # Idura has the keys held here where they belong (keys_saved)
    remove_requested = Signal()

    def __init__(self, ctx: AppContext, client_id: ClientId, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Optional: did Idura save your keys? (best-effort)"), parent)
        self.ctx = ctx
        self.setObjectName("chain_box")
        self._client_id = client_id
        box = QVBoxLayout(self)
        self.fields = IduraAppFields(ctx, "chain", self)
        box.addWidget(self.fields)
        row = QHBoxLayout()
        self.button = QPushButton(self.tr("Check Idura → &Vipps"), self)
        self.button.setObjectName("chain_check_button")
        self.button.setAccessibleDescription(
            self.tr(
                "Starts a login at your Idura domain without logging in, and compares what Idura "
                "sends to Vipps with your keys. The secret is never sent."
            )
        )
        self.button.clicked.connect(self.start)
        row.addWidget(self.button)
        self.test_login = _test_login_button(self, "chain")
        self.test_login.clicked.connect(lambda: open_test_login(ctx, self.fields.values()))
        row.addWidget(self.test_login)
        row.addStretch(1)
        box.addLayout(row)
        self.panel = CheckPanel("chain", self)
        self.panel.again_button.clicked.connect(self.start)
        box.addWidget(self.panel)
        self.offer = QWidget(self)
        self.offer.setObjectName("chain_offer")
        offer_row = QHBoxLayout(self.offer)
        offer_row.setContentsMargins(0, 0, 0, 0)
        self.offer_text = _paragraph(
            self.tr("Idura has your client ID. You can remove the keys from this computer now."),
            self.offer,
        )
        offer_row.addWidget(self.offer_text, 1)
        self.remove_button = QPushButton(
            self.tr("&Remove the keys from this computer…"), self.offer
        )
        self.remove_button.setObjectName("chain_remove_keys")
        self.remove_button.setAccessibleDescription(
            self.tr(
                "Idura has them: deletes the keys from this computer's keychain and finishes "
                "the setup"
            )
        )
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit())
        offer_row.addWidget(self.remove_button)
        box.addWidget(self.offer)
        self.offer.hide()
        self.result: chain.ChainCheck | None = None
        self.fields.changed.connect(self._update)
        ctx.signals.changed.connect(self._on_workspace_changed)

    def _on_workspace_changed(self, key: str) -> None:
        if key == "":  # another setup: its own inputs, no offer from the last one's check
            self.result = None
            self.load()

    def load(self) -> None:
        self.fields.load()
        self.offer.hide()
        self._update()

    def _update(self) -> None:
        ready = self.fields.values() is not None and bool(self.ctx.workspace.domain())
        self.button.setEnabled(ready)
        self.test_login.setEnabled(ready)

    def start(self) -> None:
        values = self.fields.values()
        domain = self.ctx.workspace.domain()
        self.offer.hide()
        if values is None or not domain:
            self.panel.say(
                Severity.INFO, self.tr("Enter an application's client ID and callback URL first.")
            )
            return
        self.fields._save()
        expected = validate_client_id(self._client_id() or "").value
        environment = _environment(self.ctx)
        app, callback = values

        def job(token: CancelToken) -> chain.ChainCheck:
            return chain.check_chain(
                domain,
                app,
                callback,
                expected_client_id=expected,
                expected_environment=environment,
                cancel=token,
            )

        self.panel.run(job, self.tr("Asking Idura, then Vipps…"), self._show)

    def _show(self, result: chain.ChainCheck) -> None:
        self.result = result
        lines = chain_lines(result)
        held = bool(self._client_id())
        advice = keep_keys_advice(result, held)
        if advice is not None:
            lines.insert(len(lines) - 1, (Severity.WARNING, advice))  # before the note
        self.panel.say_lines(lines)
        # Production keys that Idura sends to Vipps' test environment are still needed here.
        if result.keys_saved and held:
            self.offer.show()
            self.remove_offered.emit()


# --- health check -------------------------------------------------------------------------


class _Progress(QObject):
    """Carries health-check progress from pool threads to the GUI thread.

    One for the whole application, owned by it (as workers.py does for results): a pool
    thread never emits on an object the GUI thread may be deleting (a page torn down by a
    language switch). Boxes are found by number; a box that is gone gets nothing.
    """

    step = Signal(int, str, int, int)

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        self.boxes: weakref.WeakValueDictionary[int, HealthCheckBox] = weakref.WeakValueDictionary()
        self.step.connect(self._deliver)

    @Slot(int, str, int, int)
    def _deliver(self, number: int, name: str, index: int, total: int) -> None:
        box = self.boxes.get(number)
        if box is not None and shiboken6.isValid(box):
            box._on_step(name, index, total)


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
        self.test_login = _test_login_button(self, f"{name}_health")
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
        _the_progress().boxes[self._number] = self
        if self.fields is not None:
            self.fields.changed.connect(self._update)

    def _app(self) -> tuple[str, str] | None:
        if self.fields is not None:
            return self.fields.values()
        app = str(self.ctx.workspace.get(APP_CLIENT_ID_KEY) or "")
        callback = str(self.ctx.workspace.get(APP_CALLBACK_KEY) or "")
        return (
            (app, callback) if valid_app_client_id(app) and valid_app_callback(callback) else None
        )

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
        lines: list[Line] = [
            (self.summary_severity(report), self.summary(report) + " " + best_effort())
        ]
        for item in report.items:
            text = messages.text(item.message)
            lines.append(
                (
                    HEALTH_SEVERITY.get(item.status, Severity.UNKNOWN),
                    f"{names.get(item.name, item.name)} ({item.checked_on}): {text}",
                )
            )
            lines.extend((None, messages.text(m)) for m in item.details)
        return lines

    @staticmethod
    def summary_severity(report: health_report.HealthReport) -> Severity:
        if report.all_ok:
            return Severity.OK
        return HEALTH_SEVERITY.get(report.summary, Severity.UNKNOWN)

    def start(self) -> None:
        if self._before_start is not None and not self._before_start():
            return
        workspace = self.ctx.workspace
        if workspace.setup is None:
            return
        if self.fields is not None:
            self.fields._save()
        domain = workspace.domain()
        org = workspace.value_for("org_number")
        app = self._app()
        environment = _environment(self.ctx)
        relay, number = _the_progress(), self._number

        def tell(name: str, index: int, total: int) -> None:
            with contextlib.suppress(RuntimeError):  # the application is gone
                relay.step.emit(number, name, index, total)

        def job(token: CancelToken) -> health_report.HealthReport:
            return health_check.run_health_check(
                domain=domain,
                org_number=org,
                environment=environment,
                app_client_id=app[0] if app else None,
                app_callback=app[1] if app else None,
                progress=tell,
                cancel=token,
            )

        self.panel.progress.setValue(0)
        self.panel.run(job, self.tr("Checking this setup…"), self._show)

    def _on_step(self, name: str, index: int, total: int) -> None:
        if self.panel.state != "running":
            return
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
        self.panel.say(self.summary_severity(result), self.summary(result))
        self.checked.emit(result)
