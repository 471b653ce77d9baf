"""Welcome as an overview (issue 27): each setup says what happens next, who does it and since
when, to the eye and to a screen reader, in both languages; attention first; "Check all
finished setups" against loopback stand-ins for Idura, Vipps and Brønnøysund."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from chain_servers import APP_CALLBACK, APP_CLIENT_ID, DOMAIN, serve_chain
from check_util import ACTIVE, discovery
from loopback import Reply, json_reply
from overview_samples import samples
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot
from wizard_helpers import click, new_wizard

from vipps_desktop.core.state import Setup, SetupStore
from vipps_desktop.ui import i18n
from vipps_desktop.ui.app import make_context
from vipps_desktop.ui.pages.welcome import WelcomePage
from vipps_desktop.ui.wizard import SetupWizard

TODAY = date.today()


def ago(days: int) -> str:
    return (TODAY - timedelta(days=days)).isoformat()


EXPECTED = {
    "en": {
        "start": "Your turn: check the prerequisites — last changed today",
        "waiting_signer": "Waiting for the signer to submit the order — sent 3 days ago",
        "waiting_vipps": "Waiting for Vipps to approve the order — submitted 6 days ago",
        "fetch_keys": "Approved yesterday: fetch the keys in the Vipps portal",
        "save_keys": "Your turn: save the keys from the Vipps portal in this app — approved "
        "2 days ago",
        "submit_keys": "Your turn: save the keys in Idura — kept in your keychain, saved "
        "4 days ago",
        "done_unchecked": "Done 2 days ago — not checked yet",
        "done_problem": f"Done — problem found on {ago(0)}: see the health check",
        "done_inconclusive": f"Done — could not check on {ago(1)}: check again",
        "done_partly": f"Done — nothing wrong found on {ago(3)} (partly checked)",
        "done_ok": f"Done — all OK on {ago(0)}",
    },
    "nb": {
        "start": "Din tur: sjekk forutsetningene — sist endret i dag",
        "waiting_signer": "Venter på at signataren sender inn bestillingen — sendt for 3 dager "
        "siden",
        "waiting_vipps": "Venter på at Vipps godkjenner bestillingen — sendt inn for 6 dager siden",
        "fetch_keys": "Godkjent i går: hent nøklene i Vipps-portalen",
        "save_keys": "Din tur: lagre nøklene fra Vipps-portalen i denne appen — godkjent for "
        "2 dager siden",
        "submit_keys": "Din tur: lagre nøklene i Idura — de ligger i nøkkelringen din, lagret "
        "for 4 dager siden",
        "done_unchecked": "Ferdig for 2 dager siden — ikke sjekket ennå",
        "done_problem": f"Ferdig — fant et problem {ago(0)}: se helsesjekken",
        "done_inconclusive": f"Ferdig — kunne ikke sjekkes {ago(1)}: sjekk på nytt",
        "done_partly": f"Ferdig — ingen feil funnet {ago(3)} (delvis sjekket)",
        "done_ok": f"Ferdig — alt OK {ago(0)}",
    },
}
# Attention first: problems, could not check, the user's turn (longest wait first), never
# checked, others' turn (longest wait first), then the fine ones (most recent check first).
ORDER = [
    "done_problem",
    "done_inconclusive",
    "submit_keys",
    "save_keys",
    "fetch_keys",
    "start",
    "done_unchecked",
    "waiting_vipps",
    "waiting_signer",
]


@pytest.fixture(params=["en", "nb"])
def language(request: pytest.FixtureRequest, translations: Path) -> Iterator[str]:
    assert i18n.install_translators(request.param)
    yield request.param
    i18n.install_translators("en")


def save_samples(profile: Path) -> dict[str, str]:
    """Every state's sample, saved; state → setup id."""
    store = SetupStore(profile)
    ids: dict[str, str] = {}
    for state, (data, step) in samples(TODAY).items():
        setup = Setup(data=data, current_step=step)
        store.save(setup)
        ids[state] = setup.id
    return ids


def setups_list(wizard: SetupWizard) -> QListWidget:
    found = wizard.pages["welcome"].findChild(QListWidget, "setups_list")
    assert found is not None
    return found


def rows(wizard: SetupWizard) -> list[tuple[str, str, str, str]]:
    """(setup id, text, accessible text, accessible description) of every saved setup."""
    view = setups_list(wizard)
    return [
        (
            view.item(i).data(Qt.ItemDataRole.UserRole),
            view.item(i).text(),
            view.item(i).data(Qt.ItemDataRole.AccessibleTextRole),
            view.item(i).data(Qt.ItemDataRole.AccessibleDescriptionRole),
        )
        for i in range(1, view.count())
    ]


def test_every_state_in_words_for_the_eye_and_the_screen_reader(
    qtbot: QtBot, profile: Path, language: str
) -> None:
    ids = save_samples(profile)
    _ctx, wizard = new_wizard(qtbot, profile)
    listed = rows(wizard)
    by_id = {setup_id: (text, spoken, about) for setup_id, text, spoken, about in listed}
    for state, setup_id in ids.items():
        text, spoken, about = by_id[setup_id]
        first, second = text.split("\n")
        assert second.strip() == EXPECTED[language][state], state
        # The company and the domain first; read out as one sentence, without the indent.
        who, where = first.split(" — ")
        data = samples(TODAY)[state][0]  # type: ignore[index]
        assert who.startswith(str(data["company_name"])) and where == data["domain"]
        assert spoken == f"{who}, {where}: {EXPECTED[language][state]}"
        assert about.startswith("Last changed " if language == "en" else "Sist endret ")
    order = [next(s for s, i in ids.items() if i == row[0]) for row in listed]
    assert order[: len(ORDER)] == ORDER
    assert set(order[len(ORDER) :]) == {"done_ok", "done_partly"}
    # Nothing is open: the setup that needs attention most is preselected.
    assert setups_list(wizard).currentRow() == 1


def test_check_all_appears_with_a_finished_setup(qtbot: QtBot, profile: Path) -> None:
    store = SetupStore(profile)
    data, step = samples(TODAY)["waiting_signer"]
    store.save(Setup(data=data, current_step=step))
    _ctx, wizard = new_wizard(qtbot, profile)
    page = wizard.pages["welcome"]
    assert isinstance(page, WelcomePage)
    assert not page.check_all_button.isVisible()
    data, step = samples(TODAY)["done_unchecked"]
    store.save(Setup(data=data, current_step=step))
    page.refresh()
    assert page.check_all_button.isVisible()
    assert page.check_all_button.accessibleDescription()


# -- Check all finished setups ----------------------------------------------------------------

ORG_OK, ORG_BANKRUPT = "923609016", "974760673"


@pytest.fixture
def services(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    with serve_chain(monkeypatch) as chain:
        chain.idura.route(
            "GET", f"/{DOMAIN}/.well-known/openid-configuration", json_reply(200, discovery())
        )
        chain.idura.route("GET", f"/brreg/enheter/{ORG_OK}", json_reply(200, ACTIVE))
        bankrupt = {**ACTIVE, "organisasjonsnummer": ORG_BANKRUPT, "konkurs": True}
        chain.idura.route("GET", f"/brreg/enheter/{ORG_BANKRUPT}", json_reply(200, bankrupt))
        monkeypatch.setenv("VIPPS_DESKTOP_BRREG_URL", chain.idura.url + "/brreg")
        yield chain
        chain.assert_no_secret()


def finished(store: SetupStore, org: str, name: str) -> str:
    setup = Setup(
        data={
            "org_number": org,
            "company_name": name,
            "domain": DOMAIN,
            "idura_app_client_id": APP_CLIENT_ID,
            "idura_app_callback_url": APP_CALLBACK,
            "submitted_to_criipto_on": ago(10),
        },
        current_step="done",
    )
    store.save(setup)
    return setup.id


CHECKED = {
    "en": (
        "Checked 2 setups: 1 without problems, 1 with a problem, 0 not checkable.",
        f"Done — all OK on {ago(0)}",
        f"Done — problem found on {ago(0)}",
    ),
    "nb": (
        "Sjekket 2 oppsett: 1 uten problemer, 1 med problem, 0 kunne ikke sjekkes.",
        f"Ferdig — alt OK {ago(0)}",
        f"Ferdig — fant et problem {ago(0)}",
    ),
}


def test_check_all_checks_each_finished_setup_and_keeps_each_result(
    qtbot: QtBot, profile: Path, services: object, language: str
) -> None:
    store = SetupStore(profile)
    fine = finished(store, ORG_OK, "Fine AS")
    broke = finished(store, ORG_BANKRUPT, "Broke AS")
    data, step = samples(TODAY)["waiting_vipps"]
    waiting = Setup(data=data, current_step=step)
    store.save(waiting)
    _ctx, wizard = new_wizard(qtbot, profile)
    page = wizard.pages["welcome"]
    assert isinstance(page, WelcomePage)

    click(qtbot, page.check_all_button)
    box = page._check_all_box
    assert box is not None and box.panel.progress.maximum() == 2
    assert box.panel.progress.isVisible() and box.panel.cancel_button.isVisible()
    assert not page.check_all_button.isEnabled()  # one run at a time
    qtbot.waitUntil(lambda: page.check_all_button.isEnabled(), timeout=20000)
    summary, all_ok, problem = CHECKED[language]
    assert summary in box.panel.feedback.text()

    fine_report = store.load(fine).data["health_check"]  # type: ignore[union-attr]
    assert [i["status"] for i in fine_report["items"]] == ["ok"] * 4
    broke_report = store.load(broke).data["health_check"]  # type: ignore[union-attr]
    assert [i["status"] for i in broke_report["items"]][1] == "problem"
    assert "health_check" not in store.load(waiting.id).data  # type: ignore[union-attr]
    listed = {row[0]: row[1] for row in rows(wizard)}
    assert all_ok in listed[fine]
    assert problem in listed[broke]
    assert rows(wizard)[0][0] == broke  # attention first


def test_cancel_stops_check_all_and_keeps_what_was_checked(
    qtbot: QtBot, profile: Path, services: object
) -> None:
    store = SetupStore(profile)
    finished(store, ORG_OK, "First AS")
    finished(store, ORG_OK, "Second AS")
    chain = services
    _ctx, wizard = new_wizard(qtbot, profile)
    page = wizard.pages["welcome"]
    assert isinstance(page, WelcomePage)
    # Brønnøysund answers slowly from now on: the check of the first setup is under way.
    chain.idura.route(  # type: ignore[attr-defined]
        "GET", f"/brreg/enheter/{ORG_OK}", Reply(200, b"{}", delay=10.0)
    )
    click(qtbot, page.check_all_button)
    box = page._check_all_box
    assert box is not None
    qtbot.waitUntil(lambda: box.running, timeout=2000)
    assert box.panel.cancel_button.isVisible()
    click(qtbot, box.panel.cancel_button)
    qtbot.waitUntil(lambda: page.check_all_button.isEnabled(), timeout=3000)
    assert "Stopped after 0 of 2 setups" in box.panel.feedback.text()
    assert not box.running
    assert all("health_check" not in s.data for s in store.load_all())


class FirstPaint(QObject):
    """Records whether the Welcome page had built its health box when the window first
    painted."""

    def __init__(self, page: WelcomePage) -> None:
        super().__init__(page)
        self.page = page
        self.had_box: bool | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.had_box is None:
            self.had_box = self.page._health is not None
        return False


def test_the_health_box_waits_until_the_list_is_on_screen(qtbot: QtBot, profile: Path) -> None:
    """A returning user's start on Welcome: the selected setup's health box (core.chain and
    the network modules behind it) is built after the first paint, not before."""
    save_samples(profile)
    ctx = make_context(profile)
    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    page = wizard.pages["welcome"]
    assert isinstance(page, WelcomePage)
    spy = FirstPaint(page)
    wizard.installEventFilter(spy)
    wizard.show()
    qtbot.waitUntil(lambda: page._health is not None and page._health.isVisible(), timeout=3000)
    assert spy.had_box is False
    assert page.setups.currentRow() == 1
    # Later selections show it at once.
    page.setups.setCurrentRow(2)
    assert page.health.isVisible()


def test_showing_welcome_reads_the_saved_setups_once(
    qtbot: QtBot, profile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At the start and on every return to Welcome the setup files are read once: the page's
    own initialisation refreshes the list, and a second refresh after it (meant for a Back
    that QWizard did not re-initialise, which this wizard never does) read them all again,
    doubling the wait for a consultant with many setups."""
    store = SetupStore(profile)
    for data, step in list(samples(TODAY).values())[:3]:
        store.save(Setup(data=data, current_step=step))
    reads: list[int] = []
    real = SetupStore.load_all

    def counted(self: SetupStore) -> list[Setup]:
        reads.append(1)
        return real(self)

    monkeypatch.setattr(SetupStore, "load_all", counted)
    _ctx, window = new_wizard(qtbot, profile)
    assert len(reads) == 1
    page = window.currentPage()
    assert isinstance(page, WelcomePage) and page.setups.count() == 4  # "new" and three
    first = page.setups.item(1).data(Qt.ItemDataRole.UserRole)
    window.open_setup(first)
    assert window.current_step() != "welcome"
    reads.clear()
    window.go_to("welcome")
    assert window.current_step() == "welcome" and len(reads) == 1
