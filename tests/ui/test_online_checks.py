"""The online checks as the user meets them: on the pages, against loopback servers.

The servers answer like data.brreg.no, a Criipto domain and Vipps's token endpoint. The GUI
must stay responsive while an answer is held back, Cancel must work, and an answer arriving
after the user left the page must change nothing.
"""

from __future__ import annotations

import base64
import itertools
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote_plus

import pytest
from brreg_samples import BY_FORM, ROLES, company
from loopback import LoopbackServer, Recorded, Reply, json_reply
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from wizard_helpers import make_setup

from vipps_desktop.core.fields import field_name
from vipps_desktop.core.workspace import Workspace
from vipps_desktop.ui.app import make_context
from vipps_desktop.ui.pages.credentials import CredentialsPage
from vipps_desktop.ui.pages.domain import DomainPage
from vipps_desktop.ui.pages.order import OrderPage
from vipps_desktop.ui.pages.prerequisites import PrerequisitesPage
from vipps_desktop.ui.wizard import SetupWizard

API = "/enhetsregisteret/api"
EQUINOR = "923609016"
SUBUNIT = "812345672"
BANKRUPT = "974760673"
DOMAIN = "acme.idura.broker"
CLIENT_ID = "fb492b5e-7907-4d83-bc20-c7fb60ca35de"
SECRET = "Zk3+q9/TjW1xV2aB7cD8eF0g=="
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[LoopbackServer]:
    with LoopbackServer() as s:
        monkeypatch.setenv("VIPPS_DESKTOP_BRREG_URL", s.url + API)
        monkeypatch.setenv("VIPPS_DESKTOP_CRIIPTO_URL_TEMPLATE", s.url + "/{domain}")
        monkeypatch.setenv("VIPPS_DESKTOP_VIPPS_API_URL", s.url + "/prod")
        monkeypatch.setenv("VIPPS_DESKTOP_VIPPS_TEST_API_URL", s.url + "/test")
        yield s


@pytest.fixture
def window(qtbot: QtBot, profile: Path, opened_urls: object) -> Iterator[SetupWizard]:
    ctx = make_context(profile)
    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    yield wizard
    wizard.close()


def start_setup(wizard: SetupWizard) -> None:
    wizard.ctx.workspace.new_setup()
    wizard.go_to("prerequisites")


def prerequisites(wizard: SetupWizard) -> PrerequisitesPage:
    page = wizard.pages["prerequisites"]
    assert isinstance(page, PrerequisitesPage)
    return page


def test_company_lookup_shows_name_address_and_signers(
    qtbot: QtBot, window: SetupWizard, server: LoopbackServer
) -> None:
    server.route(
        "GET", f"{API}/enheter/{EQUINOR}", json_reply(200, company(EQUINOR, "EQUINOR ASA"))
    )
    server.route("GET", f"{API}/enheter/{EQUINOR}/roller", json_reply(200, ROLES))
    start_setup(window)
    page = prerequisites(window)
    qtbot.keyClicks(page.org_number.edit, "923 609 016")
    qtbot.waitUntil(lambda: page.company.state == "done", timeout=5000)
    text = page.company.feedback.text()
    assert "EQUINOR ASA (Allmennaksjeselskap)" in text
    assert "Forusbeen 50" in text and "STAVANGER" in text
    assert "Jon Erik Reinhardsen (styreleder)" in text
    assert "Anders Opedal (daglig leder)" in text
    workspace = window.ctx.workspace
    assert workspace.get("company_name") == "EQUINOR ASA"
    # The suggestion reaches the order step, readable and within Vipps's rule.
    workspace.set("domain", DOMAIN)
    for key in (
        "confirm_bankid",
        "confirm_signer_role",
        "confirm_bank_account",
        "confirm_paid_plan",
    ):
        workspace.set(key, True)
    window.go_to("order")
    order = window.pages["order"]
    assert isinstance(order, OrderPage)
    assert order.sales_unit.edit.text() == "Equinor ASA"
    assert order.value_labels["website"].text() == "https://www.equinor.com"


# Per company form (issue 24): who may bind it is shown; the warning comes only when
# Brønnøysund lists nobody with such a role; the order link's narrower documented rule is an
# information line, not a warning.
SIGNER_LINES = {
    "AS": [
        "Ola Nordmann (styreleder, signatur i fellesskap)",
        "Kari Nordmann (daglig leder, prokura)",
        "Per Hansen (signatur i fellesskap)",
    ],
    "ENK": ["Lise Berg (innehaver)"],
    "NUF": ["Sven Svensson (daglig leder)"],
    "NUF, representative only": [],
    "forening": [
        "Anne Lie (styreleder, signatur i fellesskap)",
        "Bjørn Dahl (signatur i fellesskap)",
    ],
}
NOBODY = "Brønnøysund lists nobody who may bind the company"
ORDER_LINK_RULE = "must be registered as styreleder or daglig leder"


@pytest.mark.parametrize("form", sorted(BY_FORM))
def test_who_may_sign_per_company_form(
    qtbot: QtBot, window: SetupWizard, server: LoopbackServer, form: str
) -> None:
    number, answer, roles = BY_FORM[form]
    server.route("GET", f"{API}/enheter/{number}", json_reply(200, answer))
    server.route("GET", f"{API}/enheter/{number}/roller", json_reply(200, roles))
    start_setup(window)
    page = prerequisites(window)
    qtbot.keyClicks(page.org_number.edit, number)
    qtbot.waitUntil(lambda: page.company.state == "done", timeout=5000)
    text = page.company.feedback.text()
    assert str(answer["navn"]) in text
    for line in SIGNER_LINES[form]:
        assert line in text, (form, line, text)
    assert (NOBODY in text) == (not SIGNER_LINES[form]), (form, text)
    assert "Representant" not in text and "Nils Nilsen" not in text  # no signing role
    # Only the sole proprietorship lists nobody the order link is documented to let in.
    assert (ORDER_LINK_RULE in text) == (form == "ENK"), (form, text)
    signers = window.ctx.workspace.get("company_signers")
    assert isinstance(signers, list) and len(signers) == len(SIGNER_LINES[form])
    if form == "ENK":
        # The order step aims the hand-off at the innehaver, named as the register names her.
        workspace = window.ctx.workspace
        workspace.set("domain", DOMAIN)
        for key in ("confirm_bankid", "confirm_signer_role", "confirm_bank_account"):
            workspace.set(key, True)
        workspace.set("confirm_paid_plan", True)
        workspace.set("signer_is_user", False)
        window.go_to("order")
        assert window.current_step() == "order"
        order = window.pages["order"]
        assert isinstance(order, OrderPage)
        assert "Lise Berg (innehaver)" in order.signers_label.text()
        assert order.send_to.findData("Lise Berg") > 0


def test_bankrupt_company_is_a_plain_warning(
    qtbot: QtBot, window: SetupWizard, server: LoopbackServer
) -> None:
    server.route(
        "GET",
        f"{API}/enheter/{BANKRUPT}",
        json_reply(200, company(BANKRUPT, "FALLERT AS", konkurs=True)),
    )
    start_setup(window)
    page = prerequisites(window)
    qtbot.keyClicks(page.org_number.edit, BANKRUPT)
    qtbot.waitUntil(lambda: page.company.state == "done", timeout=5000)
    assert "bankrupt" in page.company.feedback.text()
    assert "Vipps will most likely not approve" in page.company.feedback.text()
    assert "best-effort" in page.company.feedback.text()  # no rule of Vipps' says so
    assert server.count("GET", f"{API}/enheter/{BANKRUPT}/roller") == 0


def test_subunit_offers_the_parent(
    qtbot: QtBot, window: SetupWizard, server: LoopbackServer
) -> None:
    server.route(
        "GET",
        f"{API}/underenheter/{SUBUNIT}",
        json_reply(
            200,
            {
                "organisasjonsnummer": SUBUNIT,
                "navn": "EQUINOR ASA AVD KÅRSTØ",
                "organisasjonsform": {"kode": "BEDR", "beskrivelse": "Underenhet"},
                "overordnetEnhet": EQUINOR,
            },
        ),
    )
    server.route(
        "GET", f"{API}/enheter/{EQUINOR}", json_reply(200, company(EQUINOR, "EQUINOR ASA"))
    )
    server.route("GET", f"{API}/enheter/{EQUINOR}/roller", json_reply(200, ROLES))
    start_setup(window)
    page = prerequisites(window)
    qtbot.keyClicks(page.org_number.edit, SUBUNIT)
    qtbot.waitUntil(lambda: page.use_parent.isVisible(), timeout=5000)
    assert "sub-unit" in page.company.feedback.text()
    assert "923 609 016" in page.use_parent.text()
    qtbot.mouseClick(page.use_parent, LEFT)
    assert page.org_number.edit.text() == EQUINOR
    qtbot.waitUntil(lambda: "EQUINOR ASA (" in page.company.feedback.text(), timeout=5000)


def test_offline_is_a_note_and_the_flow_goes_on(
    qtbot: QtBot, window: SetupWizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    from loopback import closed_port

    monkeypatch.setenv("VIPPS_DESKTOP_BRREG_URL", f"http://127.0.0.1:{closed_port()}{API}")
    start_setup(window)
    page = prerequisites(window)
    qtbot.keyClicks(page.org_number.edit, EQUINOR)
    for check in page.checks.values():
        check.click()
    qtbot.waitUntil(lambda: page.company.state == "failed", timeout=15000)
    assert "offline" in page.company.feedback.text()
    assert "you can go on" in page.company.feedback.text()
    assert window.button(QWizard.WizardButton.NextButton).isEnabled()


def test_gui_stays_responsive_and_cancel_drops_the_answer(
    qtbot: QtBot, window: SetupWizard, server: LoopbackServer
) -> None:
    server.route(
        "GET",
        f"{API}/enheter/{EQUINOR}",
        Reply(200, b"{}", {"Content-Type": "application/json"}, delay=3.0),
    )
    start_setup(window)
    page = prerequisites(window)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    qtbot.keyClicks(page.org_number.edit, EQUINOR)
    qtbot.waitUntil(lambda: page.company.state == "running", timeout=3000)
    assert page.company.progress.isVisible() and page.company.cancel_button.isVisible()
    qtbot.wait(1000)
    running_ticks = [t for t in ticks if t > ticks[0] + 0.6]
    gaps = [b - a for a, b in itertools.pairwise(running_ticks)]
    assert len(running_ticks) > 20  # the event loop kept turning while the server waited
    assert max(gaps) < 0.25
    qtbot.mouseClick(page.company.cancel_button, LEFT)
    assert page.company.state == "cancelled"
    assert "cancelled" in page.company.feedback.text()
    qtbot.wait(2600)  # the server answers now; nobody listens
    assert page.company.state == "cancelled"
    assert window.ctx.workspace.get("company_name") is None
    timer.stop()


def criipto_config(issuer: str) -> dict[str, Any]:
    return {
        "issuer": issuer,
        "authorization_endpoint": f"{issuer}/oauth2/authorize",
        "token_endpoint": f"{issuer}/oauth2/token",
        "jwks_uri": f"{issuer}/.well-known/jwks",
        "acr_values_supported": ["urn:grn:authn:no:vipps"],
    }


def goto_domain(window: SetupWizard) -> DomainPage:
    workspace = window.ctx.workspace
    workspace.new_setup()
    for key, value in {
        "org_number": EQUINOR,
        "confirm_bankid": True,
        "confirm_signer_role": True,
        "confirm_bank_account": True,
        "confirm_paid_plan": True,
    }.items():
        workspace.set(field_name(key), value)
    window.go_to("domain")
    page = window.pages["domain"]
    assert isinstance(page, DomainPage)
    return page


def test_domain_check_live_and_other_issuer(
    qtbot: QtBot, window: SetupWizard, server: LoopbackServer
) -> None:
    path = f"/{DOMAIN}/.well-known/openid-configuration"
    server.route(
        "GET",
        path,
        json_reply(200, criipto_config(f"https://{DOMAIN}")),
        json_reply(200, criipto_config("https://login.example.com")),
    )
    page = goto_domain(window)
    qtbot.keyClicks(page.domain.edit, f"https://{DOMAIN}/")
    qtbot.keyClick(page.domain.edit, Qt.Key.Key_Tab)  # editingFinished: normalise and check
    qtbot.waitUntil(lambda: page.live.state == "done", timeout=5000)
    assert f"{DOMAIN} is a live Idura (Criipto) domain" in page.live.feedback.text()
    assert "already listed" in page.live.feedback.text()
    qtbot.mouseClick(page.live.again_button, LEFT)
    qtbot.waitUntil(lambda: "another login service" in page.live.feedback.text(), timeout=5000)
    assert "login.example.com" in page.live.feedback.text()


def test_leaving_the_page_drops_a_late_answer(
    qtbot: QtBot, window: SetupWizard, server: LoopbackServer
) -> None:
    path = f"/{DOMAIN}/.well-known/openid-configuration"
    server.route("GET", path, Reply(200, b"not json", delay=1.5))
    page = goto_domain(window)
    qtbot.keyClicks(page.domain.edit, DOMAIN)
    qtbot.waitUntil(lambda: page.live.state == "running", timeout=3000)
    window.back()
    assert window.current_step() == "prerequisites"
    qtbot.wait(2000)
    assert page.live.state != "done"
    assert server.count("GET", path) == 1


def hydra(record: Recorded) -> Reply:
    """Vipps's token endpoint (ORY Hydra): client_secret_basic for this sales unit."""
    auth = record.headers.get("authorization", "")
    if not auth.startswith("Basic "):
        return json_reply(
            401,
            {
                "error": "invalid_client",
                "error_description": "The OAuth 2.0 Client supports client authentication method "
                "'client_secret_basic', but method 'client_secret_post' was "
                "requested.",
            },
        )
    user, _, password = base64.b64decode(auth[6:]).decode().partition(":")
    if (unquote_plus(user), unquote_plus(password)) != (CLIENT_ID, SECRET):
        return json_reply(
            401, {"error": "invalid_client", "error_description": "Client authentication failed."}
        )
    return json_reply(400, {"error": "invalid_grant", "error_description": "bad code"})


def goto_credentials(window: SetupWizard, profile: Path) -> CredentialsPage:
    workspace: Workspace = window.ctx.workspace
    make_setup(
        workspace,
        "portal",
        org_number=EQUINOR,
        domain=DOMAIN,
        confirm_redirect_uri=True,
        confirm_keys_found=True,
    )
    window.go_to("credentials")
    page = window.pages["credentials"]
    assert isinstance(page, CredentialsPage)
    return page


def test_check_with_vipps_accepts_a_good_pair(
    qtbot: QtBot, window: SetupWizard, server: LoopbackServer, profile: Path
) -> None:
    server.route("POST", "/prod/access-management-1.0/access/oauth2/token", handler=hydra)
    page = goto_credentials(window, profile)
    page.client_id.setText(CLIENT_ID)
    page.secret.setText(SECRET)
    qtbot.mouseClick(page.check_button, LEFT)
    qtbot.waitUntil(lambda: page.vipps_check.state == "done", timeout=5000)
    assert "Vipps accepted these credentials" in page.vipps_check.feedback.text()
    assert "client_secret_basic" in page.vipps_check.feedback.text()
    assert "best-effort" in page.vipps_check.feedback.text()
    sent = server.matching("POST")[0]
    assert sent.form()["redirect_uri"] == f"https://{DOMAIN}/NOVippsLogin/Callback"
    assert sent.form()["grant_type"] == "authorization_code"


def test_check_with_vipps_wrong_secret(
    qtbot: QtBot, window: SetupWizard, server: LoopbackServer, profile: Path
) -> None:
    server.route("POST", "/prod/access-management-1.0/access/oauth2/token", handler=hydra)
    page = goto_credentials(window, profile)
    page.client_id.setText(CLIENT_ID)
    page.secret.setText("wrong-secret-value-123")
    qtbot.mouseClick(page.check_button, LEFT)
    qtbot.waitUntil(lambda: page.vipps_check.state == "done", timeout=5000)
    assert "did not accept" in page.vipps_check.feedback.text()
