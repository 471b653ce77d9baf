"""No path leaves a keychain entry the app cannot find (issue 10).

Entries are named by the setup's id, which never changes; deleting a setup deletes them (or
keeps the setup and names them when the keychain cannot be reached); entries an earlier version
named by the domain are moved to the id. Checked with secret-tool against the real (private)
GNOME Keyring.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keychain_util import (
    delete_all,
    has_test_keychain,
    lock,
    requires_keychain,
    secret_tool_accounts,
    secret_tool_lookup,
    secret_tool_store,
    setup_accounts,
    unlock,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.qtbot import QtBot
from wizard_helpers import answer_next_message_box, choose_on_welcome, make_setup

from vipps_desktop.core.workspace import KEYED_BY_ID, Workspace
from vipps_desktop.ui.app import make_context
from vipps_desktop.ui.pages.credentials import CredentialsPage
from vipps_desktop.ui.pages.submit import CHECKLIST, SubmitPage
from vipps_desktop.ui.pages.welcome import WelcomePage
from vipps_desktop.ui.wizard import SetupWizard

LEFT = Qt.MouseButton.LeftButton
DOMAIN = "acme.idura.broker"
CLIENT_ID = "fb492b5e-7907-4d83-bc20-c7fb60ca35de"
SECRET = "Zk3+q9/TjW1xV2aB7cD8eF0g=="
OTHER_ID = "0c0ffee0-1234-4abc-8def-0123456789ab"
OTHER_SECRET = "AnotherCustomersSecret0123=="

pytestmark = requires_keychain


@pytest.fixture(autouse=True)
def clean_keychain() -> Iterator[None]:
    if has_test_keychain():
        delete_all()
    yield
    if has_test_keychain():
        delete_all()


def seed(workspace: Workspace, domain: str = DOMAIN) -> str:
    setup_id = make_setup(
        workspace, "portal", domain=domain, confirm_redirect_uri=True, confirm_keys_found=True
    )
    workspace.set_current_step("credentials")
    return setup_id


def window(qtbot: QtBot, profile: Path) -> SetupWizard:
    wizard = SetupWizard(make_context(profile))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def keys_page(wizard: SetupWizard, setup_id: str) -> CredentialsPage:
    wizard.open_setup(setup_id)
    wizard.go_to("credentials")
    page = wizard.pages["credentials"]
    assert isinstance(page, CredentialsPage)
    return page


def save_keys(qtbot: QtBot, page: CredentialsPage, client_id: str, secret: str) -> None:
    qtbot.keyClicks(page.client_id, client_id)
    qtbot.keyClicks(page.secret, secret)
    qtbot.waitUntil(lambda: page.status.kind == "ok", timeout=10000)


def delete_from_welcome(qtbot: QtBot, wizard: SetupWizard, setup_id: str) -> WelcomePage:
    welcome = choose_on_welcome(wizard, setup_id)
    answer_next_message_box(QMessageBox.StandardButton.Yes, [])
    qtbot.mouseClick(welcome.delete_button, LEFT)
    return welcome


def test_changing_the_domain_after_saving_keeps_the_keys_findable(
    qtbot: QtBot, profile: Path, opened_urls: object
) -> None:
    wizard = window(qtbot, profile)
    setup_id = seed(wizard.ctx.workspace)
    save_keys(qtbot, keys_page(wizard, setup_id), CLIENT_ID, SECRET)
    wizard.go_to("domain")
    wizard.ctx.workspace.set("domain", "acme-new.idura.broker")
    wizard.close()
    wizard.ctx.keychain.wait()

    again = window(qtbot, profile)
    page = keys_page(again, setup_id)
    qtbot.waitUntil(lambda: page.secret.text() == SECRET, timeout=10000)
    assert page.status.kind == "ok"
    assert secret_tool_accounts() == setup_accounts(setup_id)  # nothing under either domain
    again.ctx.keychain.wait()


def test_deleting_a_setup_deletes_its_keychain_entries(
    qtbot: QtBot, profile: Path, opened_urls: object
) -> None:
    wizard = window(qtbot, profile)
    setup_id = seed(wizard.ctx.workspace)
    save_keys(qtbot, keys_page(wizard, setup_id), CLIENT_ID, SECRET)
    assert secret_tool_accounts() == setup_accounts(setup_id)

    delete_from_welcome(qtbot, wizard, setup_id)
    qtbot.waitUntil(lambda: not (profile / "setups" / f"{setup_id}.json").exists(), timeout=10000)
    assert secret_tool_accounts() == []


def test_deleting_when_the_keychain_is_locked_keeps_the_setup_and_names_the_entries(
    qtbot: QtBot, profile: Path, opened_urls: object
) -> None:
    wizard = window(qtbot, profile)
    setup_id = seed(wizard.ctx.workspace)
    save_keys(qtbot, keys_page(wizard, setup_id), CLIENT_ID, SECRET)
    lock()
    try:
        welcome = delete_from_welcome(qtbot, wizard, setup_id)
        qtbot.waitUntil(lambda: "kept" in welcome.deleting.text(), timeout=30000)
        text = welcome.deleting.text()
        assert f"{setup_id} client secret" in text and "Vipps Login Setup" in text
        assert (profile / "setups" / f"{setup_id}.json").exists()
    finally:
        unlock()
    assert secret_tool_lookup(f"{setup_id} client secret") == SECRET
    # Unlocked: deleting again removes both the entries and the setup.
    delete_from_welcome(qtbot, wizard, setup_id)
    qtbot.waitUntil(lambda: not (profile / "setups" / f"{setup_id}.json").exists(), timeout=10000)
    assert secret_tool_accounts() == []


def test_two_setups_with_one_domain_keep_separate_keys(
    qtbot: QtBot, profile: Path, opened_urls: object
) -> None:
    wizard = window(qtbot, profile)
    first = seed(wizard.ctx.workspace)
    second = seed(wizard.ctx.workspace)  # a consultant redoing the same company
    save_keys(qtbot, keys_page(wizard, first), CLIENT_ID, SECRET)
    save_keys(qtbot, keys_page(wizard, second), OTHER_ID, OTHER_SECRET)

    # "I have saved them" on the second deletes the second's keys only.
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    submit = wizard.pages["submit"]
    assert isinstance(submit, SubmitPage)
    qtbot.waitUntil(submit.copy_secret.isEnabled, timeout=10000)
    for check in submit.checks:
        check.click()
    assert all(wizard.ctx.workspace.get(key) is True for key in CHECKLIST)
    answer_next_message_box(QMessageBox.StandardButton.Yes, [])
    qtbot.mouseClick(submit.saved_button, LEFT)
    qtbot.waitUntil(lambda: wizard.current_step() == "done", timeout=10000)
    wizard.ctx.clipboard.clear_secret()

    assert secret_tool_accounts() == setup_accounts(first)
    assert secret_tool_lookup(f"{first} client secret") == SECRET


def test_keys_saved_under_the_domain_by_an_earlier_version_are_moved_to_the_id(
    qtbot: QtBot, profile: Path, opened_urls: object
) -> None:
    workspace = Workspace(profile)
    setup_id = seed(workspace)
    # What version 0.1 left: entries named by the domain, and a setup that says "saved".
    workspace.set("credentials_saved_at", "2026-11-25T10:00:00+00:00")
    workspace.set("credentials_where", "keychain")
    secret_tool_store(f"{DOMAIN} client id", CLIENT_ID)
    secret_tool_store(f"{DOMAIN} client secret", SECRET)

    wizard = window(qtbot, profile)
    page = keys_page(wizard, setup_id)
    qtbot.waitUntil(lambda: page.secret.text() == SECRET, timeout=10000)
    assert page.client_id.text() == CLIENT_ID
    assert wizard.ctx.workspace.get(KEYED_BY_ID) is True
    # Moved, not copied: nothing is left under the old name.
    assert secret_tool_accounts() == sorted([f"{setup_id} client id", f"{setup_id} client secret"])
    wizard.ctx.keychain.wait()


def test_a_new_setup_never_picks_up_old_entries_of_another_setup_with_its_domain(
    qtbot: QtBot, profile: Path, opened_urls: object
) -> None:
    """Only a setup that had keys saved by an earlier version looks under the domain."""
    secret_tool_store(f"{DOMAIN} client id", OTHER_ID)
    secret_tool_store(f"{DOMAIN} client secret", OTHER_SECRET)
    wizard = window(qtbot, profile)
    setup_id = seed(wizard.ctx.workspace)
    page = keys_page(wizard, setup_id)
    qtbot.wait(200)
    assert page.secret.text() == "" and page.client_id.text() == ""
    save_keys(qtbot, page, CLIENT_ID, SECRET)
    wizard.close()
    wizard.ctx.keychain.wait()
    again = window(qtbot, profile)
    page = keys_page(again, setup_id)
    qtbot.waitUntil(lambda: page.secret.text() == SECRET, timeout=10000)
    assert secret_tool_lookup(f"{DOMAIN} client secret") == OTHER_SECRET  # not touched
    again.ctx.keychain.wait()


def test_leaked_secret_deletes_the_old_keys_and_shows_an_empty_keys_page(
    qtbot: QtBot, profile: Path, opened_urls: object
) -> None:
    from PySide6.QtWidgets import QPushButton

    wizard = window(qtbot, profile)
    setup_id = seed(wizard.ctx.workspace)
    page = keys_page(wizard, setup_id)
    save_keys(qtbot, page, CLIENT_ID, SECRET)
    leaked = page.findChild(QPushButton, "leaked_secret")
    assert leaked is not None
    leaked.click()
    box = wizard.findChild(QMessageBox, "leaked_secret_steps")
    assert box is not None
    restart = box.findChild(QPushButton, "leaked_paste_new_keys")
    assert restart is not None
    restart.click()
    qtbot.waitUntil(lambda: wizard.ctx.workspace.get("credentials_saved_at") is None, timeout=10000)
    assert secret_tool_accounts() == []
    assert wizard.current_step() == "credentials"
    assert page.client_id.text() == "" and page.secret.text() == ""
    assert wizard.ctx.workspace.get("credentials_saved_at") is None
    save_keys(qtbot, page, OTHER_ID, OTHER_SECRET)  # the new pair, saved as usual
    assert secret_tool_lookup(f"{setup_id} client secret") == OTHER_SECRET
