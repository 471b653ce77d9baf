"""The credentials part of the wizard against the real (private) GNOME Keyring.

From pasting the keys to deleting them after they are in Criipto: the keychain entries are
checked with independent clients (secret-tool, secretstorage), and after a full run the
secret's bytes must appear nowhere under the profile directory.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from keychain_util import (
    delete_all,
    delete_outside_app,
    has_test_keychain,
    lock,
    requires_keychain,
    secret_tool_accounts,
    secret_tool_lookup,
    setup_accounts,
    unlock,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.qtbot import QtBot
from wizard_helpers import answer_next_message_box, make_setup

from vipps_desktop.core.logs import setup_logging
from vipps_desktop.core.secrets import CredentialVault, SecretStore
from vipps_desktop.core.workspace import Workspace
from vipps_desktop.ui.app import make_context
from vipps_desktop.ui.context import AppContext
from vipps_desktop.ui.pages.credentials import CredentialsPage
from vipps_desktop.ui.pages.submit import CHECKLIST, SubmitPage
from vipps_desktop.ui.wizard import SetupWizard

CLIENT_ID = "fb492b5e-7907-4d83-bc20-c7fb60ca35de"
# '+' and '/' on purpose: a secret that URL-encodes differently than it reads.
SECRET = "Zk3+q9/TjW1xV2aB7cD8eF0g=="
DOMAIN = "acme.idura.broker"
LEFT = Qt.MouseButton.LeftButton


def seed_setup(profile: Path, step: str = "credentials") -> str:
    """A setup that has reached `step`, made with the workspace API like a user would have."""
    workspace = Workspace(profile)
    setup_id = make_setup(
        workspace, "portal", domain=DOMAIN, confirm_redirect_uri=True, confirm_keys_found=True
    )
    workspace.set_current_step(step)
    return setup_id


def open_wizard(qtbot: QtBot, ctx: AppContext) -> SetupWizard:
    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    # The first run has no "last setup" in settings; open the only one there is.
    setups = ctx.workspace.setups()
    wizard.open_setup(setups[0].id)
    return wizard


def save_keys_then_restart(
    qtbot: QtBot,
    keychain_ctx: Callable[[], AppContext],
    between: Callable[[], object] = lambda: None,
) -> SetupWizard:
    """Paste and save the keys, close the app, run `between`, start it again (resumed)."""
    ctx = keychain_ctx()
    wizard = open_wizard(qtbot, ctx)
    page = wizard.pages["credentials"]
    assert isinstance(page, CredentialsPage)
    type_credentials(qtbot, page)
    wait_status(qtbot, page, "ok")
    wizard.close()
    ctx.keychain.wait()
    between()
    again = SetupWizard(keychain_ctx())
    qtbot.addWidget(again)
    again.show()
    again.resume_last()
    return again


def type_credentials(qtbot: QtBot, page: CredentialsPage) -> None:
    qtbot.keyClicks(page.client_id, CLIENT_ID)
    qtbot.keyClicks(page.secret, SECRET)


def wait_status(
    qtbot: QtBot, page: CredentialsPage | SubmitPage, kind: str, timeout: int = 10000
) -> None:
    qtbot.waitUntil(lambda: page.status.kind == kind, timeout=timeout)


def remove_log_handlers() -> None:
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_vipps_desktop", False):
            root.removeHandler(handler)
            handler.close()


def files_containing(root: Path, needle: bytes) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


@pytest.fixture
def keychain_ctx(qapp: object, profile: Path) -> Iterator[Callable[[], AppContext]]:
    """Makes contexts on the same profile: a second call is the app after a restart."""
    contexts: list[AppContext] = []
    if has_test_keychain():
        delete_all()

    def make() -> AppContext:
        ctx = make_context(profile)
        contexts.append(ctx)
        return ctx

    yield make
    for ctx in contexts:
        ctx.keychain.wait()
    # Leave the private keychain clean for the next test.
    delete_all()


@requires_keychain
def test_full_run_keeps_secret_only_in_keychain_then_nowhere(
    qtbot: QtBot,
    profile: Path,
    keychain_ctx: Callable[[], AppContext],
    opened_urls: object,
    request: pytest.FixtureRequest,
) -> None:
    setup_id = seed_setup(profile)
    log_file = setup_logging(profile, logging.DEBUG)  # as the app does: logs in the profile
    request.addfinalizer(remove_log_handlers)
    ctx = keychain_ctx()
    wizard = open_wizard(qtbot, ctx)
    assert wizard.current_step() == "credentials"
    page = wizard.pages["credentials"]
    assert isinstance(page, CredentialsPage)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()

    type_credentials(qtbot, page)
    wait_status(qtbot, page, "ok")
    assert "Saved in" in page.status.text()
    assert "GNOME Keyring" in page.status.text()
    assert next_button.isEnabled()
    # An independent client sees both entries, named by the setup's id (which never changes),
    # with a label beside them that a person recognises.
    assert secret_tool_accounts() == setup_accounts(setup_id)
    assert DOMAIN in (secret_tool_lookup(f"{setup_id} about") or "")
    assert secret_tool_lookup(f"{setup_id} client secret") == SECRET

    qtbot.mouseClick(next_button, LEFT)
    assert wizard.current_step() == "submit"
    submit = wizard.pages["submit"]
    assert isinstance(submit, SubmitPage)
    qtbot.waitUntil(submit.copy_secret.isEnabled, timeout=10000)

    qtbot.mouseClick(submit.copy_id, LEFT)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == CLIENT_ID
    assert not clipboard.mimeData().hasFormat("x-kde-passwordManagerHint")
    qtbot.mouseClick(submit.copy_secret, LEFT)
    assert clipboard.text() == SECRET
    assert bytes(clipboard.mimeData().data("x-kde-passwordManagerHint").data()) == b"secret"
    assert "cleared in" in submit.countdown.text()

    assert not submit.saved_button.isEnabled()  # checklist first
    for check in submit.checks:
        check.click()
    assert all(ctx.workspace.get(key) is True for key in CHECKLIST)
    assert submit.saved_button.isEnabled()

    questions: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Yes, questions)
    qtbot.mouseClick(submit.saved_button, LEFT)
    qtbot.waitUntil(lambda: wizard.current_step() == "done", timeout=10000)
    assert "deletes the client ID and secret" in questions[0]

    assert secret_tool_accounts() == []
    assert clipboard.text() != SECRET  # cleared at once, not after the countdown
    assert ctx.workspace.get("submitted_to_criipto_on")
    summary = wizard.pages["done"].summary.text()  # type: ignore[attr-defined]
    assert "acr_values=urn:grn:authn:no:vipps" in summary
    wizard.close()
    ctx.keychain.wait()

    logging.getLogger("test").info("after the run")
    assert log_file.stat().st_size > 0
    # Nothing under the profile (state, settings, logs) holds the secret, in any encoding.
    for needle in (SECRET, SECRET.replace("+", "%2B").replace("/", "%2F"), CLIENT_ID):
        if needle == CLIENT_ID:
            continue  # the ID is not secret, but is not stored either: checked below
        assert files_containing(profile, needle.encode()) == []
    assert files_containing(profile, CLIENT_ID.encode()) == []


@requires_keychain
def test_resume_after_restart_reads_keys_back(
    qtbot: QtBot, profile: Path, keychain_ctx: Callable[[], AppContext]
) -> None:
    seed_setup(profile)
    again = save_keys_then_restart(qtbot, keychain_ctx)
    assert again.current_step() == "credentials"
    page2 = again.pages["credentials"]
    assert isinstance(page2, CredentialsPage)
    qtbot.waitUntil(lambda: page2.secret.text() == SECRET, timeout=10000)
    assert page2.client_id.text() == CLIENT_ID
    assert page2.secret.echoMode() == page2.secret.EchoMode.Password
    assert again.button(QWizard.WizardButton.NextButton).isEnabled()


@requires_keychain
def test_entry_deleted_outside_app_asks_to_paste_again(
    qtbot: QtBot, profile: Path, keychain_ctx: Callable[[], AppContext]
) -> None:
    setup_id = seed_setup(profile)
    deleted: list[int] = []
    again = save_keys_then_restart(
        qtbot, keychain_ctx, lambda: deleted.append(delete_outside_app(f"{setup_id} client secret"))
    )
    assert deleted == [1]
    page2 = again.pages["credentials"]
    assert isinstance(page2, CredentialsPage)
    wait_status(qtbot, page2, "gone")
    assert "no longer in your keychain" in page2.status.text()
    assert not again.button(QWizard.WizardButton.NextButton).isEnabled()
    # Pasting again saves again.
    type_credentials(qtbot, page2)
    wait_status(qtbot, page2, "ok")
    assert f"{setup_id} client secret" in secret_tool_accounts()


@requires_keychain
def test_locked_keychain_then_unlock_and_retry(
    qtbot: QtBot, profile: Path, keychain_ctx: Callable[[], AppContext]
) -> None:
    setup_id = seed_setup(profile)
    ctx = keychain_ctx()
    wizard = open_wizard(qtbot, ctx)
    page = wizard.pages["credentials"]
    assert isinstance(page, CredentialsPage)
    lock()
    try:
        type_credentials(qtbot, page)
        wait_status(qtbot, page, "locked", timeout=30000)
        assert "locked" in page.status.text()
        assert page.status.retry.isVisible()
        assert page.secret.text() == SECRET  # nothing typed is lost
        assert secret_tool_accounts() == []
    finally:
        unlock()
    qtbot.mouseClick(page.status.retry, LEFT)
    wait_status(qtbot, page, "ok")
    assert secret_tool_accounts() == setup_accounts(setup_id)


def test_no_keychain_keeps_keys_in_memory_and_says_so(
    qtbot: QtBot, profile: Path, monkeypatch: pytest.MonkeyPatch, qapp: object, tmp_path: Path
) -> None:
    # No D-Bus session (started over SSH, with sudo), so no Secret Service and no other
    # keychain on Linux: none is found. Not "a bus without the service": libsecret keeps one
    # connection to the session bus per process, and an earlier test in this process opened
    # it (tests/core/test_secrets.py checks that case in a process of its own).
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # no "bus" socket in it
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    seed_setup(profile)
    ctx = make_context(profile, vault_factory=lambda: CredentialVault(SecretStore()))
    wizard = open_wizard(qtbot, ctx)
    page = wizard.pages["credentials"]
    assert isinstance(page, CredentialsPage)
    type_credentials(qtbot, page)
    wait_status(qtbot, page, "memory")
    assert "memory for this session only" in page.status.text()
    # And what to do about it: no session bus, so start the app from the desktop session
    # (the other causes are told apart in test_keychain_advice.py).
    assert "Start it from your own desktop session" in page.status.text()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    submit = wizard.pages["submit"]
    assert isinstance(submit, SubmitPage)
    qtbot.waitUntil(submit.copy_secret.isEnabled, timeout=10000)
    wizard.close()
    ctx.keychain.wait()
    assert files_containing(profile, SECRET.encode()) == []
