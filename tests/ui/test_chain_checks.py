"""The chain checks (issue 11) as the user meets them on the pages, against loopback servers
that answer like Vipps' Hydra and like Idura (tests/chain_servers.py).

Every test ends by asserting that no loopback server ever received the client secret, which
sits in the (memory) vault and in the credentials page's field the whole time.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from chain_servers import (
    APP_CALLBACK,
    APP_CLIENT_ID,
    CALLBACK,
    DOMAIN,
    OLD_CLIENT_ID,
    SECRET,
    TEST_AUTH,
    TEST_CLIENT_ID,
    VIPPS_CLIENT_ID,
    Chain,
    serve_chain,
)
from conftest import OpenedUrls
from loopback import Reply, json_reply
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from wizard_helpers import (
    BEFORE,
    STEPS,
    Announcements,
    NoKeychain,
    answer_next_message_box,
    choose_on_welcome,
    tagged,
)

from vipps_desktop.core.clock import today_iso
from vipps_desktop.core.fields import field_name
from vipps_desktop.core.health_report import HealthReport
from vipps_desktop.core.secrets import CredentialVault
from vipps_desktop.core.workspace import keychain_key
from vipps_desktop.ui.app import make_context
from vipps_desktop.ui.pages.submit import CHECKLIST
from vipps_desktop.ui.widgets import copy_button
from vipps_desktop.ui.wizard import SetupWizard

ORG = "923609016"
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def chain(monkeypatch: pytest.MonkeyPatch) -> Iterator[Chain]:
    with serve_chain(monkeypatch) as served:
        served.idura.route(
            "GET",
            f"/{DOMAIN}/.well-known/openid-configuration",
            json_reply(
                200,
                {
                    "issuer": f"https://{DOMAIN}",
                    "authorization_endpoint": f"https://{DOMAIN}/oauth2/authorize",
                    "token_endpoint": f"https://{DOMAIN}/oauth2/token",
                    "jwks_uri": f"https://{DOMAIN}/.well-known/jwks",
                },
            ),
        )
        served.idura.route(
            "GET",
            f"/brreg/enheter/{ORG}",
            json_reply(
                200,
                {
                    "organisasjonsnummer": ORG,
                    "navn": "EQUINOR ASA",
                    "konkurs": False,
                    "underAvvikling": False,
                    "underTvangsavviklingEllerTvangsopplosning": False,
                    "organisasjonsform": {"kode": "ASA", "beskrivelse": "Allmennaksjeselskap"},
                },
            ),
        )
        monkeypatch.setenv("VIPPS_DESKTOP_BRREG_URL", served.idura.url + "/brreg")
        yield served
        served.assert_no_secret()


@pytest.fixture
def vault() -> CredentialVault:
    return CredentialVault(NoKeychain())


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> Announcements:
    recorder = Announcements()
    monkeypatch.setattr(copy_button, "QAccessible", recorder)
    return recorder


@pytest.fixture
def wizard(
    qtbot: QtBot, profile: Path, vault: CredentialVault, opened_urls: OpenedUrls
) -> Iterator[SetupWizard]:
    # The loopback Idura is plain http: the browser stand-in takes those URLs too.
    QDesktopServices.setUrlHandler("http", opened_urls, "open")  # type: ignore[arg-type]  # the stub says bytes; PySide6 takes only str
    ctx = make_context(profile, "en", vault_factory=lambda: vault)
    window = SetupWizard(ctx)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    yield window
    QDesktopServices.unsetUrlHandler("http")
    QGuiApplication.clipboard().clear()


def reach(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, step: str, **extra: object
) -> Any:
    workspace = wizard.ctx.workspace
    workspace.new_setup()
    for earlier in STEPS[: STEPS.index(step)]:
        for key, value in BEFORE.get(earlier, {}).items():
            workspace.set(field_name(key), value)
    for key, value in extra.items():
        workspace.set(field_name(key), value)
    assert workspace.setup is not None
    if STEPS.index(step) > STEPS.index("credentials"):
        vault.store(keychain_key(workspace.setup), VIPPS_CLIENT_ID, SECRET)
    wizard.go_to(step)
    assert wizard.current_step() == step
    page: Any = wizard.pages[step]
    if step in ("credentials", "submit"):
        qtbot.waitUntil(lambda: not page.worker.busy, timeout=3000)
    return page


def wait_done(qtbot: QtBot, panel: Any, timeout: int = 8000) -> str:
    qtbot.waitUntil(lambda: panel.state in ("done", "failed", "cancelled"), timeout=timeout)
    return tagged(panel.feedback)


# --- check 1 ----------------------------------------------------------------------------------


def test_portal_check_says_vipps_accepts_the_callback(
    qtbot: QtBot,
    wizard: SetupWizard,
    vault: CredentialVault,
    chain: Chain,
    announced: Announcements,
) -> None:
    page = reach(qtbot, wizard, vault, "portal")
    box = page.redirect_check
    assert box.field is not None and box.field.objectName() == "portal_redirect_client_id"
    assert box.field.accessibleName()
    qtbot.keyClicks(box.field, VIPPS_CLIENT_ID)  # checked after the typing pause
    text = wait_done(qtbot, box.panel)
    assert "Vipps accepts this callback URL for this client ID (production)" in text
    assert "best-effort" in text
    assert not box.fix.isVisible()
    assert any("Vipps accepts" in m for m in announced.messages)
    assert chain.vipps.count() == 1


def test_not_registered_offers_the_copy_button_and_the_portal_steps(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, chain: Chain
) -> None:
    chain.production.clients[VIPPS_CLIENT_ID] = ["https://elsewhere.example/cb"]
    page = reach(qtbot, wizard, vault, "portal")
    box = page.redirect_check
    box.field.setText(VIPPS_CLIENT_ID)
    qtbot.mouseClick(box.button, LEFT)
    text = wait_done(qtbot, box.panel)
    assert text.startswith("[error] Not registered")
    assert CALLBACK in text
    assert box.fix.isVisible() and box.url.text() == CALLBACK
    assert "Redirect URIs" in box.steps.text()
    qtbot.mouseClick(box.copy, LEFT)
    assert QGuiApplication.clipboard().text() == CALLBACK


@pytest.mark.parametrize("where", ["portal", "credentials"])
def test_emptying_the_client_id_clears_the_verdict(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, chain: Chain, where: str
) -> None:
    """Issue 22: no verdict, URL or Copy button stays on screen for a client ID that is gone;
    a new client ID starts a new check."""
    chain.production.clients[VIPPS_CLIENT_ID] = ["https://elsewhere.example/cb"]
    page = reach(qtbot, wizard, vault, where)
    box = page.redirect_check
    field = box.field if where == "portal" else page.client_id
    field.setText(VIPPS_CLIENT_ID)
    qtbot.mouseClick(box.button, LEFT)
    assert wait_done(qtbot, box.panel).startswith("[error] Not registered")
    assert box.fix.isVisible() and box.copy.isVisible()
    field.clear()
    assert not box.fix.isVisible() and not box.copy.isVisible()
    assert not box.panel.isVisible() and box.panel.feedback.text() == ""
    assert box.result is None
    # Typing part of another ID: still nothing stale.
    field.setText(TEST_CLIENT_ID[:8])
    assert not box.fix.isVisible() and not box.panel.isVisible()
    # A new client ID: a new check, after the typing pause.
    chain.production.clients[VIPPS_CLIENT_ID] = [CALLBACK]
    asked = chain.vipps.count()
    field.setText(VIPPS_CLIENT_ID)
    assert not box.fix.isVisible()
    qtbot.waitUntil(lambda: "Vipps accepts" in box.panel.feedback.text(), timeout=8000)
    assert chain.vipps.count() > asked
    assert not box.fix.isVisible()


def test_the_portal_steps_say_where_the_copy_button_is(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, chain: Chain
) -> None:
    """Issue 22: "Copy button below" (or above) holds wherever the steps are shown: on the
    portal page and under a "Not registered" verdict."""
    chain.production.clients[VIPPS_CLIENT_ID] = ["https://elsewhere.example/cb"]
    page = reach(qtbot, wizard, vault, "portal")
    box = page.redirect_check
    box.field.setText(VIPPS_CLIENT_ID)
    qtbot.mouseClick(box.button, LEFT)
    wait_done(qtbot, box.panel)
    assert box.fix.isVisible()
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QLabel

    def top(widget: Any) -> int:
        return int(widget.mapTo(page, QPoint(0, 0)).y())

    places = [
        (label, page.copy)
        for label in page.findChildren(QLabel)
        if "Copy button" in label.text() and label.isVisible() and label is not box.steps
    ]
    places.append((box.steps, box.copy))
    assert len(places) == 2
    for label, button in places:
        assert "Copy button" in label.text()
        if "Copy button below" in label.text():
            assert top(button) >= top(label) + label.height(), label.objectName()
        else:
            assert "Copy button above" in label.text()
            assert top(button) + button.height() <= top(label), label.objectName()


def test_near_miss_is_named_on_the_page(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, chain: Chain
) -> None:
    chain.production.clients[VIPPS_CLIENT_ID] = [CALLBACK.lower()]
    page = reach(qtbot, wizard, vault, "portal")
    page.redirect_check.field.setText(VIPPS_CLIENT_ID)
    qtbot.mouseClick(page.redirect_check.button, LEFT)
    text = wait_done(qtbot, page.redirect_check.panel)
    assert f"Vipps has {CALLBACK.lower()} registered — case differs" in text
    assert page.redirect_check.fix.isVisible()


def test_credentials_page_checks_as_soon_as_a_client_id_is_there(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, chain: Chain
) -> None:
    page = reach(qtbot, wizard, vault, "credentials")
    page.client_id.setText(TEST_CLIENT_ID)
    page.secret.setText(SECRET)
    text = wait_done(qtbot, page.redirect_check.panel)
    assert "does not know this client ID in the production environment" in text
    assert "these are test keys" in text
    # Switching to test keys and asking again: accepted there.
    page.test_env.setChecked(True)
    qtbot.mouseClick(page.redirect_check.button, LEFT)
    qtbot.waitUntil(lambda: "(test)" in page.redirect_check.panel.feedback.text(), timeout=8000)
    assert "Vipps accepts" in page.redirect_check.panel.feedback.text()
    # Nothing but GETs with the client ID reached Vipps (the fixture also searches the secret).
    assert {r.method for r in chain.vipps.requests} == {"GET"}


def test_inconclusive_is_never_ok(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, chain: Chain
) -> None:
    chain.production.unknown = True
    page = reach(qtbot, wizard, vault, "credentials")
    page.client_id.setText(VIPPS_CLIENT_ID)
    text = wait_done(qtbot, page.redirect_check.panel)
    assert text.startswith("[unknown] Inconclusive")
    assert "200 text/html" in text
    assert "[ok]" not in text


# --- check 2 ----------------------------------------------------------------------------------


def fill_app(
    qtbot: QtBot, fields: Any, app: str = APP_CLIENT_ID, callback: str = APP_CALLBACK
) -> None:
    fields.client_id.setText(app)
    fields.client_id.editingFinished.emit()
    fields.callback.setText(callback)
    fields.callback.editingFinished.emit()


def test_submit_page_without_inputs_works_as_today(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, chain: Chain
) -> None:
    page = reach(qtbot, wizard, vault, "submit")
    assert not page.chain.button.isEnabled() and not page.chain.test_login.isEnabled()
    assert not page.chain.offer.isVisible()
    assert chain.all_requests() == []


def test_idura_confirms_the_client_id_and_the_keys_can_go(
    qtbot: QtBot,
    wizard: SetupWizard,
    vault: CredentialVault,
    chain: Chain,
    announced: Announcements,
) -> None:
    page = reach(qtbot, wizard, vault, "submit")
    qtbot.waitUntil(lambda: page.copy_id.isEnabled(), timeout=3000)
    fill_app(qtbot, page.chain.fields)
    workspace = wizard.ctx.workspace
    assert workspace.get("idura_app_client_id") == APP_CLIENT_ID
    assert workspace.get("idura_app_callback_url") == APP_CALLBACK
    qtbot.mouseClick(page.chain.button, LEFT)
    text = wait_done(qtbot, page.chain.panel)
    assert text.startswith(
        "[ok] Idura sends your client ID and your callback URL to Vipps (production): "
        "both are right."
    )
    assert "Vipps accepts this callback URL" in text
    assert "only a real login proves the secret" in text
    assert any("Idura sends your client ID" in m for m in announced.messages)
    assert page.chain.offer.isVisible()
    # Without ticking the checklist: the offer removes the keys after one question.
    assert not page.saved_button.isEnabled()
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Yes, seen)
    qtbot.mouseClick(page.chain.remove_button, LEFT)
    qtbot.waitUntil(lambda: wizard.current_step() == "done", timeout=5000)
    assert seen and "Idura sends your client ID" in seen[0]
    assert workspace.get("submitted_to_criipto_on") == today_iso()
    assert workspace.setup is not None
    assert vault.fetch(keychain_key(workspace.setup)) is None


# Issue 22: the removal is offered for exactly one verdict; production keys that Idura sends to
# Vipps' test environment (the dashboard was on Test) must stay: they are needed to save again.
VERDICTS = [
    "confirmed",
    "environment-differs",
    "other-client-id",
    "callback-not-registered-at-vipps",
    "idura-error",
    "inconclusive",
]


def submit_page_checking(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, chain: Chain, verdict: str
) -> Any:
    """The submit page, with the loopback Idura and Vipps set up to give `verdict` (one of
    VERDICTS) when check 2 runs."""
    if verdict == "environment-differs":
        chain.idura_app.vipps_base = chain.vipps.url + TEST_AUTH
    elif verdict == "other-client-id":
        chain.idura_app.vipps_client_id = OLD_CLIENT_ID
    elif verdict == "callback-not-registered-at-vipps":
        chain.production.clients[VIPPS_CLIENT_ID] = []
    elif verdict == "idura-error":
        chain.idura_app.vipps_client_id = None
    elif verdict == "inconclusive":
        chain.idura_app.page = True
    page = reach(qtbot, wizard, vault, "submit")
    qtbot.waitUntil(lambda: page.copy_id.isEnabled(), timeout=3000)
    return page


@pytest.mark.parametrize("verdict", VERDICTS)
def test_removal_is_offered_only_when_idura_has_the_keys_where_they_belong(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, chain: Chain, verdict: str
) -> None:
    page = submit_page_checking(qtbot, wizard, vault, chain, verdict)
    offered: list[bool] = []
    page.chain.remove_offered.connect(lambda: offered.append(True))
    fill_app(qtbot, page.chain.fields)
    qtbot.mouseClick(page.chain.button, LEFT)
    text = wait_done(qtbot, page.chain.panel)
    assert page.chain.offer.isVisible() is (verdict == "confirmed")
    assert bool(offered) is (verdict == "confirmed")
    if verdict == "environment-differs":
        assert "Vipps' test environment" in text
        assert (
            "[warning] Keep the keys on this computer: you need them to save them again. "
            "In the Idura dashboard, choose “Production environment” in the environment "
            "dropdown at the top left"
        ) in text
    if verdict == "callback-not-registered-at-vipps":
        assert "[warning] Keep the keys on this computer for now" in text
    if verdict != "confirmed":
        assert page.chain.result is not None and not page.chain.result.keys_saved
        assert vault.fetch(keychain_key(wizard.ctx.workspace.setup)) is not None  # type: ignore[arg-type]


@pytest.mark.parametrize("verdict", ["confirmed", "environment-differs", "other-client-id"])
def test_saved_in_idura_warns_before_deleting_keys_the_last_check_says_are_still_needed(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, chain: Chain, verdict: str
) -> None:
    # Issue 22: the "I have saved them in Idura…" button is the other way the keys leave this
    # computer; after a check that found them missing in Idura it says so before deleting.
    page = submit_page_checking(qtbot, wizard, vault, chain, verdict)
    fill_app(qtbot, page.chain.fields)
    qtbot.mouseClick(page.chain.button, LEFT)
    wait_done(qtbot, page.chain.panel)
    workspace = wizard.ctx.workspace
    for key in CHECKLIST:
        workspace.set(key, True)
    assert page.saved_button.isEnabled()
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Cancel, seen)
    qtbot.mouseClick(page.saved_button, LEFT)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    warned = "did not confirm that Idura has these keys where they belong" in seen[0]
    assert warned is (verdict != "confirmed")
    if verdict == "environment-differs":
        assert "choose “Production environment” in the environment dropdown" in seen[0]
    assert workspace.setup is not None
    assert vault.fetch(keychain_key(workspace.setup)) is not None  # "Not yet" keeps them


def test_wrong_environment_after_the_keys_left_says_where_to_save_them(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, chain: Chain
) -> None:
    chain.idura_app.vipps_base = chain.vipps.url + TEST_AUTH
    page = reach(qtbot, wizard, vault, "submit")
    workspace = wizard.ctx.workspace
    assert workspace.setup is not None
    vault.discard(keychain_key(workspace.setup))
    page.load()
    qtbot.waitUntil(lambda: not page.worker.busy, timeout=3000)
    assert page._client_id() is None
    fill_app(qtbot, page.chain.fields)
    qtbot.mouseClick(page.chain.button, LEFT)
    text = wait_done(qtbot, page.chain.panel)
    assert "[warning] In the Idura dashboard, choose “Production environment”" in text
    assert "Keep the keys" not in text  # there are none here to keep
    assert not page.chain.offer.isVisible()


def test_test_keys_sent_to_production_say_switch_to_test(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, chain: Chain
) -> None:
    chain.idura_app.vipps_client_id = TEST_CLIENT_ID  # to Vipps' production
    page = reach(qtbot, wizard, vault, "submit", vipps_environment="test")
    workspace = wizard.ctx.workspace
    assert workspace.setup is not None
    vault.store(keychain_key(workspace.setup), TEST_CLIENT_ID, SECRET)
    page.load()
    qtbot.waitUntil(lambda: page.copy_id.isEnabled(), timeout=3000)
    fill_app(qtbot, page.chain.fields)
    qtbot.mouseClick(page.chain.button, LEFT)
    text = wait_done(qtbot, page.chain.panel)
    assert "choose “Test environment” in the environment dropdown" in text
    assert not page.chain.offer.isVisible()


def test_idura_still_has_the_old_client_id(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, chain: Chain
) -> None:
    chain.idura_app.vipps_client_id = OLD_CLIENT_ID
    page = reach(qtbot, wizard, vault, "submit")
    qtbot.waitUntil(lambda: page.copy_id.isEnabled(), timeout=3000)
    fill_app(qtbot, page.chain.fields)
    qtbot.mouseClick(page.chain.button, LEFT)
    text = wait_done(qtbot, page.chain.panel)
    assert f"Idura sends another client ID: {OLD_CLIENT_ID}" in text
    assert not page.chain.offer.isVisible()


def test_idura_errors_get_their_own_message(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, chain: Chain
) -> None:
    chain.idura_app.vipps_client_id = None
    page = reach(qtbot, wizard, vault, "submit")
    fill_app(qtbot, page.chain.fields, app="urn:nobody")
    qtbot.mouseClick(page.chain.button, LEFT)
    assert "does not know an application with the client ID urn:nobody" in wait_done(
        qtbot, page.chain.panel
    )
    fill_app(qtbot, page.chain.fields)
    qtbot.mouseClick(page.chain.button, LEFT)
    qtbot.waitUntil(lambda: "not set up for" in page.chain.panel.feedback.text(), timeout=8000)


def test_test_login_opens_the_browser_with_prompt_login(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, chain: Chain, opened_urls: OpenedUrls
) -> None:
    page = reach(qtbot, wizard, vault, "submit")
    fill_app(qtbot, page.chain.fields)
    assert page.chain.test_login.isEnabled()
    qtbot.mouseClick(page.chain.test_login, LEFT)
    [url] = opened_urls.urls
    assert url.startswith(chain.idura.url + f"/{DOMAIN}/oauth2/authorize?")
    assert "prompt=login" in url and "acr_values=urn%3Agrn%3Aauthn%3Ano%3Avipps" in url
    assert chain.all_requests() == []  # the browser goes there, not the app


# --- health check -----------------------------------------------------------------------------


def test_done_page_health_check_keeps_dated_results(
    qtbot: QtBot,
    wizard: SetupWizard,
    vault: CredentialVault,
    chain: Chain,
    announced: Announcements,
) -> None:
    page = reach(qtbot, wizard, vault, "done")
    box = page.health
    assert box.results.text() == "Not checked yet."
    fill_app(qtbot, box.fields)
    qtbot.mouseClick(box.button, LEFT)
    assert box.panel.progress.maximum() == 4
    wait_done(qtbot, box.panel)
    today = today_iso()
    assert tagged(box.panel.feedback) == f"[ok] All OK on {today}."
    lines = tagged(box.results).splitlines()
    assert len([line for line in lines if line.startswith("[ok] ")]) == 5  # the summary and 4
    assert f"({today})" in lines[1]
    assert any(m == f"OK: All OK on {today}." for m in announced.messages)
    saved = HealthReport.from_json(wizard.ctx.workspace.get("health_check"))
    assert saved is not None and saved.all_ok and saved.checked_on == today
    # Kept: the page shows it again on the next visit.
    box.results.clear()
    page.load()
    assert f"All OK on {today}." in box.results.text()


def test_health_check_shows_each_step_the_check_reports(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, chain: Chain
) -> None:
    """Progress travels one way: core reports each step through its one callback, the box
    only shows it (the step's number, of the total core reported)."""
    page = reach(qtbot, wizard, vault, "done")
    box = page.health
    fill_app(qtbot, box.fields)
    shown: list[int] = []
    box.panel.progress.valueChanged.connect(shown.append)
    qtbot.mouseClick(box.button, LEFT)
    wait_done(qtbot, box.panel)
    assert [value for value in shown if value] == [1, 2, 3]
    assert box.panel.progress.maximum() == 4


def test_health_check_groups_the_org_number_like_the_setups_list(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, chain: Chain
) -> None:
    """Issue 22: one format for the organisation number everywhere (923 609 016)."""
    page = reach(qtbot, wizard, vault, "done")
    qtbot.mouseClick(page.health.button, LEFT)
    wait_done(qtbot, page.health.panel)
    assert "EQUINOR ASA (923 609 016) is active" in page.health.results.text()
    assert ORG not in page.health.results.text()
    # A report kept by an older version (the number as Brønnøysund returns it) reads the same.
    kept = HealthReport.from_json(wizard.ctx.workspace.get("health_check"))
    assert kept is not None
    item = kept.item("company")
    assert item is not None and item.message.param("org") in (ORG, "923 609 016")
    page.health.results.clear()
    page.load()
    assert "EQUINOR ASA (923 609 016) is active" in page.health.results.text()
    setup_id = wizard.ctx.workspace.setup.id  # type: ignore[union-attr]
    welcome = choose_on_welcome(wizard, setup_id)
    listed = welcome.setups.currentItem()
    assert listed is not None and "923 609 016" in listed.text()


def test_done_health_check_can_be_cancelled(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, chain: Chain
) -> None:
    chain.idura.route(
        "GET", f"/{DOMAIN}/.well-known/openid-configuration", Reply(200, b"{}", delay=3.0)
    )
    page = reach(qtbot, wizard, vault, "done")
    qtbot.mouseClick(page.health.button, LEFT)
    qtbot.waitUntil(lambda: page.health.panel.state == "running", timeout=3000)
    qtbot.mouseClick(page.health.panel.cancel_button, LEFT)
    assert page.health.panel.state == "cancelled"
    qtbot.wait(300)
    assert wizard.ctx.workspace.get("health_check") is None


def test_a_session_change_while_a_check_runs_does_not_cancel_it(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, chain: Chain
) -> None:
    # QWizard hides and re-shows the page when a page reports a change: not a page left.
    chain.idura.route(
        "GET", f"/{DOMAIN}/.well-known/openid-configuration", Reply(200, b"{}", delay=0.8)
    )
    page = reach(qtbot, wizard, vault, "done")
    qtbot.mouseClick(page.health.button, LEFT)
    wizard.ctx.workspace.set("confirm_keys_found", True)  # e.g. the keychain migration
    qtbot.wait(50)
    assert page.health.panel.state == "running"
    wait_done(qtbot, page.health.panel)
    assert page.health.panel.state == "done"
    assert "Checking" not in page.health.panel.feedback.text()


def test_welcome_list_checks_the_selected_setup(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, chain: Chain
) -> None:
    reach(
        qtbot,
        wizard,
        vault,
        "done",
        idura_app_client_id=APP_CLIENT_ID,
        idura_app_callback_url=APP_CALLBACK,
    )
    setup_id = wizard.ctx.workspace.setup.id  # type: ignore[union-attr]
    welcome = choose_on_welcome(wizard, setup_id)
    assert welcome.health.isVisible()
    assert welcome.health.button.objectName() == "welcome_health_check_now"
    qtbot.mouseClick(welcome.health.button, LEFT)
    wait_done(qtbot, welcome.health.panel)
    today = today_iso()
    assert tagged(welcome.health.panel.feedback) == f"[ok] All OK on {today}."
    item = welcome.setups.currentItem()
    assert item is not None and f"Done — all OK on {today}" in item.text()
    assert wizard.current_step() == "welcome"
    assert chain.vipps.count() == 1  # check 1 on Idura's own redirect


@pytest.mark.parametrize("widget", ["portal", "credentials", "submit", "done"])
def test_new_controls_have_names(
    qtbot: QtBot, wizard: SetupWizard, vault: CredentialVault, widget: str
) -> None:
    page = reach(qtbot, wizard, vault, widget)
    from PySide6.QtWidgets import QGroupBox, QLineEdit, QPushButton

    boxes = [
        w
        for w in page.findChildren(QGroupBox)
        if w.objectName().endswith(("_redirect_box", "chain_box", "_health_box"))
    ]
    assert boxes
    for box in boxes:
        for control in box.findChildren(QPushButton) + box.findChildren(QLineEdit):
            assert control.objectName(), control
            assert control.accessibleName() or control.text(), control.objectName()
