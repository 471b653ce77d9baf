"""One customer's values never show up in another customer's setup (issue 16).

A consultant keeps one setup per customer and switches between them without restarting. Each
page must show only the open setup's values: after a new setup, after switching back and
forth, after a language switch and after a restart. Keys come from the real (private) GNOME
Keyring and are checked with secret-tool; "Check with Vipps" goes to a loopback server that
records what it is sent; the clipboard is Qt's own.
"""

from __future__ import annotations

import base64
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import unquote_plus

import pytest
from keychain_util import (
    delete_all,
    has_test_keychain,
    requires_keychain,
    secret_tool_lookup,
)
from loopback import LoopbackServer, Recorded, Reply, json_reply
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QWidget, QWizard
from pytestqt.qtbot import QtBot
from wizard_helpers import child, choose_on_welcome, field

from vipps_desktop.core.fields import field_name
from vipps_desktop.core.secrets import CredentialVault
from vipps_desktop.core.workspace import Workspace
from vipps_desktop.ui.app import WindowManager, make_context
from vipps_desktop.ui.context import AppContext
from vipps_desktop.ui.pages.credentials import CredentialsPage
from vipps_desktop.ui.pages.submit import SubmitPage
from vipps_desktop.ui.pages.welcome import WelcomePage
from vipps_desktop.ui.wizard import SetupWizard
from vipps_desktop.ui.workers import Worker

LEFT = Qt.MouseButton.LeftButton
TOKEN_PATH = "/prod/access-management-1.0/access/oauth2/token"


class Customer:
    def __init__(self, org: str, domain: str, client_id: str, secret: str, name: str) -> None:
        self.org, self.domain, self.client_id, self.secret = org, domain, client_id, secret
        self.sales_unit = name
        self.id = ""


def customers() -> tuple[Customer, Customer]:
    return (
        Customer(
            "915501680",
            "cross-a.idura.broker",
            "aaaaaaaa-1111-4111-8111-aaaaaaaaaaaa",
            "SecretOfCustomerA+1234567890=",
            "Alfa AS",
        ),
        Customer(
            "918713867",
            "cross-b.idura.broker",
            "bbbbbbbb-2222-4222-8222-bbbbbbbbbbbb",
            "SecretOfCustomerB/0987654321=",
            "Beta AS",
        ),
    )


def fill_until_credentials(workspace: Workspace, customer: Customer) -> None:
    """Every step before the keys done for the open setup, as the user would have typed it."""
    for key, value in {
        "org_number": customer.org,
        "confirm_bankid": True,
        "confirm_signer_role": True,
        "confirm_bank_account": True,
        "confirm_paid_plan": True,
        "domain": customer.domain,
        "sales_unit_name": customer.sales_unit,
        "website": f"https://www.{customer.domain}",
        "msn": customer.org[:6],
        "order_submitted_on": "2026-11-20",
        "approved_on": "2026-11-24",
        "confirm_redirect_uri": True,
        "confirm_keys_found": True,
    }.items():
        workspace.set(field_name(key), value)


@pytest.fixture
def clean_keychain() -> Iterator[None]:
    if has_test_keychain():
        delete_all()
    yield
    if has_test_keychain():
        delete_all()


@pytest.fixture
def vipps(monkeypatch: pytest.MonkeyPatch) -> Iterator[LoopbackServer]:
    """Vipps's token endpoint: accepts only the pair it is given by the test."""
    with LoopbackServer() as server:
        monkeypatch.setenv("VIPPS_DESKTOP_VIPPS_API_URL", server.url + "/prod")
        yield server


def sent_client_ids(server: LoopbackServer) -> list[str]:
    ids = []
    for record in server.matching("POST", TOKEN_PATH):
        auth = record.headers.get("authorization", "")
        if auth.startswith("Basic "):
            user, _, _ = base64.b64decode(auth[6:]).decode().partition(":")
            ids.append(unquote_plus(user))
        else:
            ids.append(record.form().get("client_id", ""))
    return ids


def any_pair_is_valid(record: Recorded) -> Reply:
    return json_reply(400, {"error": "invalid_grant", "error_description": "bad code"})


def open_window(qtbot: QtBot, ctx: AppContext) -> SetupWizard:
    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def credentials_page(wizard: SetupWizard) -> CredentialsPage:
    page = wizard.pages["credentials"]
    assert isinstance(page, CredentialsPage)
    return page


def start_new_from_welcome(qtbot: QtBot, wizard: SetupWizard) -> None:
    """Back on Welcome, choose "Start a new setup" and press Next, as the user does."""
    wizard.go_to("welcome")
    assert wizard.current_step() == "welcome"
    welcome = wizard.pages["welcome"]
    assert isinstance(welcome, WelcomePage)
    welcome.setups.setCurrentRow(0)
    assert welcome.selected_id() == ""
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    qtbot.waitUntil(lambda: wizard.current_step() == "prerequisites", timeout=5000)


def reopen_from_welcome(qtbot: QtBot, wizard: SetupWizard, setup_id: str) -> None:
    """Back on Welcome, pick a saved setup in the list and press Next."""
    welcome = choose_on_welcome(wizard, setup_id)
    assert welcome.selected_id() == setup_id
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    qtbot.waitUntil(
        lambda: (
            wizard.ctx.workspace.setup is not None
            and wizard.ctx.workspace.setup.id == setup_id
            and wizard.current_step() != "welcome"
        ),
        timeout=5000,
    )


def reopen_keys_page(qtbot: QtBot, wizard: SetupWizard, setup_id: str) -> CredentialsPage:
    """Reopen a setup from Welcome, then go to its keys page (the step list's jump)."""
    reopen_from_welcome(qtbot, wizard, setup_id)
    wizard.go_to("credentials")
    assert wizard.current_step() == "credentials"
    return credentials_page(wizard)


def type_keys(qtbot: QtBot, page: CredentialsPage, customer: Customer) -> None:
    qtbot.keyClicks(page.client_id, customer.client_id)
    qtbot.keyClicks(page.secret, customer.secret)
    qtbot.waitUntil(lambda: page.status.kind == "ok", timeout=10000)


def shows_nothing_of(page: CredentialsPage, other: Customer) -> None:
    assert page.client_id.text() != other.client_id
    assert page.secret.text() != other.secret
    assert other.client_id not in page.id_message.text()
    assert other.org[:6] != page.msn.text()


def make_a_with_keys(qtbot: QtBot, wizard: SetupWizard, a: Customer) -> CredentialsPage:
    workspace = wizard.ctx.workspace
    a.id = workspace.new_setup().id
    fill_until_credentials(workspace, a)
    wizard.go_to("credentials")
    page = credentials_page(wizard)
    type_keys(qtbot, page, a)
    assert "Saved in" in page.status.text()
    return page


def make_b_through_welcome(qtbot: QtBot, wizard: SetupWizard, b: Customer) -> CredentialsPage:
    start_new_from_welcome(qtbot, wizard)
    workspace = wizard.ctx.workspace
    assert workspace.setup is not None
    b.id = workspace.setup.id
    fill_until_credentials(workspace, b)
    wizard.go_to("credentials")
    assert wizard.current_step() == "credentials"
    return credentials_page(wizard)


@requires_keychain
def test_new_setup_after_another_shows_none_of_its_keys(
    qtbot: QtBot, profile: Path, clean_keychain: None, opened_urls: object
) -> None:
    a, b = customers()
    wizard = open_window(qtbot, make_context(profile))
    make_a_with_keys(qtbot, wizard, a)

    page = make_b_through_welcome(qtbot, wizard, b)
    shows_nothing_of(page, a)
    assert page.client_id.text() == "" and page.secret.text() == ""
    assert "Saved" not in page.status.text()
    assert page.msn.text() == b.org[:6]
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    # Nothing was stored for B, and A's entry is A's.
    assert secret_tool_lookup(f"{b.id} client secret") is None
    assert secret_tool_lookup(f"{a.id} client secret") == a.secret


@requires_keychain
def test_switching_back_and_forth_shows_each_setups_own_keys(
    qtbot: QtBot, profile: Path, clean_keychain: None, opened_urls: object
) -> None:
    a, b = customers()
    wizard = open_window(qtbot, make_context(profile))
    make_a_with_keys(qtbot, wizard, a)
    page = make_b_through_welcome(qtbot, wizard, b)
    type_keys(qtbot, page, b)

    for customer, other in ((a, b), (b, a), (a, b)):
        page = reopen_keys_page(qtbot, wizard, customer.id)
        shows_nothing_of(page, other)
        wanted, shown = customer.secret, page.secret
        qtbot.waitUntil(lambda: shown.text() == wanted, timeout=10000)  # noqa: B023
        assert page.client_id.text() == customer.client_id
        assert page.status.kind == "ok"
        assert field(wizard, "msn").text() == customer.org[:6]
    assert secret_tool_lookup(f"{a.id} client secret") == a.secret
    assert secret_tool_lookup(f"{b.id} client secret") == b.secret


@requires_keychain
def test_typing_after_a_switch_saves_only_for_the_open_setup(
    qtbot: QtBot, profile: Path, clean_keychain: None, opened_urls: object
) -> None:
    a, b = customers()
    wizard = open_window(qtbot, make_context(profile))
    make_a_with_keys(qtbot, wizard, a)
    page = make_b_through_welcome(qtbot, wizard, b)
    # One character typed into the field: it holds only that, never A's ID plus it.
    qtbot.keyClicks(page.client_id, "b")
    assert page.client_id.text() == "b"
    page.client_id.clear()
    type_keys(qtbot, page, b)
    assert secret_tool_lookup(f"{a.id} client id") == a.client_id
    assert secret_tool_lookup(f"{b.id} client id") == b.client_id


@requires_keychain
def test_check_with_vipps_sends_only_the_open_setups_keys(
    qtbot: QtBot,
    profile: Path,
    clean_keychain: None,
    opened_urls: object,
    vipps: LoopbackServer,
) -> None:
    vipps.route("POST", TOKEN_PATH, handler=any_pair_is_valid)
    a, b = customers()
    wizard = open_window(qtbot, make_context(profile))
    make_a_with_keys(qtbot, wizard, a)
    page = make_b_through_welcome(qtbot, wizard, b)

    qtbot.mouseClick(page.check_button, LEFT)  # nothing typed for B yet
    assert "Paste a valid client ID" in page.vipps_check.feedback.text()
    assert vipps.count("POST") == 0

    type_keys(qtbot, page, b)
    qtbot.mouseClick(page.check_button, LEFT)
    qtbot.waitUntil(lambda: page.vipps_check.state == "done", timeout=5000)
    assert sent_client_ids(vipps) == [b.client_id]
    assert all(a.secret not in record.body.decode("latin-1") for record in vipps.matching("POST"))


@requires_keychain
def test_submit_page_and_clipboard_act_on_the_open_setup(
    qtbot: QtBot, profile: Path, clean_keychain: None, opened_urls: object
) -> None:
    a, b = customers()
    wizard = open_window(qtbot, make_context(profile))
    make_a_with_keys(qtbot, wizard, a)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    submit = wizard.pages["submit"]
    assert isinstance(submit, SubmitPage)
    qtbot.waitUntil(submit.copy_secret.isEnabled, timeout=10000)
    qtbot.mouseClick(submit.copy_secret, LEFT)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == a.secret

    page = make_b_through_welcome(qtbot, wizard, b)
    # A's secret does not wait on the clipboard to be pasted into B's dashboard.
    assert clipboard.text() != a.secret
    type_keys(qtbot, page, b)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    assert wizard.current_step() == "submit"
    assert submit._credentials is None or submit._credentials.secret == b.secret
    qtbot.waitUntil(submit.copy_secret.isEnabled, timeout=10000)
    qtbot.mouseClick(submit.copy_id, LEFT)
    assert clipboard.text() == b.client_id
    qtbot.mouseClick(submit.copy_secret, LEFT)
    assert clipboard.text() == b.secret
    wizard.ctx.clipboard.clear_secret()


@requires_keychain
def test_after_a_language_switch_and_a_restart_each_setup_shows_its_own(
    qtbot: QtBot, profile: Path, clean_keychain: None, opened_urls: object
) -> None:
    a, b = customers()
    ctx = make_context(profile)
    windows = WindowManager(ctx)  # owns its windows: a language switch deletes the old one
    windows.wizard.show()
    make_a_with_keys(qtbot, windows.wizard, a)
    page = make_b_through_welcome(qtbot, windows.wizard, b)
    type_keys(qtbot, page, b)

    windows.switch_language("nb")
    try:
        wizard = windows.wizard
        assert wizard.current_step() == "credentials"
        page = credentials_page(wizard)
        qtbot.waitUntil(lambda: page.secret.text() == b.secret, timeout=10000)
        shows_nothing_of(page, a)
        page = reopen_keys_page(qtbot, wizard, a.id)
        qtbot.waitUntil(lambda: page.secret.text() == a.secret, timeout=10000)
        shows_nothing_of(page, b)
    finally:
        windows.switch_language("en")
    windows.wizard.close()
    ctx.keychain.wait()

    # A restart opens the setup that was open last (A), with A's keys only.
    again = open_window(qtbot, make_context(profile))
    again.resume_last()
    assert again.ctx.workspace.setup is not None and again.ctx.workspace.setup.id == a.id
    page = credentials_page(again)
    qtbot.waitUntil(lambda: page.secret.text() == a.secret, timeout=10000)
    shows_nothing_of(page, b)
    page = reopen_keys_page(qtbot, again, b.id)
    qtbot.waitUntil(lambda: page.secret.text() == b.secret, timeout=10000)
    shows_nothing_of(page, a)
    again.ctx.keychain.wait()


def test_every_page_with_setup_values_shows_the_open_setups(
    qtbot: QtBot, profile: Path, opened_urls: object
) -> None:
    """Org number, company, domain, sales-unit name, website and MSN, after each switch."""
    a, b = customers()
    wizard = open_window(qtbot, make_context(profile))
    workspace = wizard.ctx.workspace
    for customer in (a, b):
        customer.id = workspace.new_setup().id
        fill_until_credentials(workspace, customer)
        workspace.set("company_name", customer.sales_unit)
        workspace.set_current_step("credentials")
    for customer, other in ((a, b), (b, a), (a, b)):
        reopen_from_welcome(qtbot, wizard, customer.id)
        for step, name, expected in (
            ("prerequisites", "org_number", customer.org),
            ("domain", "domain", customer.domain),
            ("order", "sales_unit_name", customer.sales_unit),
            ("order", "website", f"https://www.{customer.domain}"),
            ("credentials", "msn", customer.org[:6]),
        ):
            wizard.go_to(step)
            text = child(wizard.currentPage(), QLineEdit, name).text()
            assert text == expected, (step, name, text)
            assert other.domain not in text and other.org not in text
        wizard.go_to("done")
        wizard.go_to("credentials")


def test_an_answer_for_a_page_torn_down_meanwhile_is_dropped(qtbot: QtBot) -> None:
    """A language switch deletes the old window while a keychain or network answer for one of
    its pages may be on its way: the answer must neither crash the app nor land anywhere."""
    parent = QWidget()
    worker = Worker(parent)
    release = threading.Event()
    got: list[object] = []
    worker.start(lambda: release.wait(10) and "late answer", got.append, got.append)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _alive(worker), timeout=5000)
    release.set()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(5000)
    qtbot.wait(50)  # let the queued answer arrive, if it were going to
    assert got == []


def _alive(obj: object) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(obj))


@requires_keychain
def test_keychain_answer_for_a_closed_setup_is_dropped(
    qtbot: QtBot, profile: Path, clean_keychain: None, opened_urls: object
) -> None:
    """A slow keychain read for A that arrives after B was opened fills nothing in B."""
    a, b = customers()
    gate = threading.Event()

    class SlowVault(CredentialVault):
        def fetch(self, key: str, *, legacy: tuple[str, ...] = ()) -> object:  # type: ignore[override]
            gate.wait(10)
            return super().fetch(key, legacy=legacy)

    factory: Callable[[], CredentialVault] = SlowVault
    ctx = make_context(profile, vault_factory=factory)
    wizard = open_window(qtbot, ctx)
    make_a_with_keys(qtbot, wizard, a)
    wizard.close()
    ctx.keychain.wait()

    ctx = make_context(profile, vault_factory=factory)
    wizard = open_window(qtbot, ctx)
    wizard.resume_last()  # A, on its keys page: the read is held at the gate
    page = credentials_page(wizard)
    assert page.status.kind == "busy"
    page_b = make_b_through_welcome(qtbot, wizard, b)
    gate.set()
    ctx.keychain.wait()
    qtbot.wait(100)
    assert page_b.secret.text() == "" and page_b.client_id.text() == ""
    assert ctx.workspace.get("credentials_saved_at") is None
