"""One navigation model: the flow owns the history, the window shows one page (issue 10).

A resume or a jump builds and initialises only the page it shows, so no keychain read and no
online check runs for a page the user did not open; Back still walks back through the steps.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
from loopback import LoopbackServer, json_reply
from PySide6.QtCore import QPoint
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from wizard_helpers import back_button, make_setup

from vipps_desktop.core.flow import STEPS
from vipps_desktop.core.secrets import Credentials, CredentialVault, Where
from vipps_desktop.core.workspace import Workspace
from vipps_desktop.ui.app import make_context
from vipps_desktop.ui.wizard import LAST_SETUP_KEY, SetupWizard

ORDER = [step.id for step in STEPS]


class CountingVault(CredentialVault):
    """The real vault (the private keychain, or memory without one), counting what is asked."""

    calls: ClassVar[list[str]] = []

    def fetch(self, key: str, *, legacy: tuple[str, ...] = ()) -> Credentials | None:
        CountingVault.calls.append("fetch")
        return super().fetch(key, legacy=legacy)

    def store(self, key: str, client_id: str, secret: str, *, about: str = "") -> Where:
        CountingVault.calls.append("store")
        return super().store(key, client_id, secret, about=about)


@pytest.fixture
def brreg(monkeypatch: pytest.MonkeyPatch) -> Iterator[LoopbackServer]:
    with LoopbackServer() as server:
        monkeypatch.setenv("VIPPS_DESKTOP_BRREG_URL", server.url + "/api")
        monkeypatch.setenv("VIPPS_DESKTOP_CRIIPTO_URL_TEMPLATE", server.url + "/{domain}")
        server.route("GET", "/api/enheter/923609016", json_reply(404, {}))
        yield server


def saved_at(profile: Path, step: str, **extra: Any) -> str:
    workspace = Workspace(profile)
    setup_id = make_setup(
        workspace, "portal", confirm_redirect_uri=True, confirm_keys_found=True, **extra
    )
    workspace.set_current_step(step)
    return setup_id


def resumed(qtbot: QtBot, profile: Path, setup_id: str) -> SetupWizard:
    ctx = make_context(profile, vault_factory=CountingVault)
    ctx.settings.setValue(LAST_SETUP_KEY, setup_id)
    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.resume_last()
    return wizard


def test_resuming_builds_only_the_page_it_shows_before_the_first_paint(
    qtbot: QtBot, profile: Path, brreg: LoopbackServer
) -> None:
    CountingVault.calls = []
    setup_id = saved_at(
        profile,
        "credentials",
        credentials_saved_at="2026-11-25T10:00:00+00:00",
        credentials_where="memory",
    )
    wizard = resumed(qtbot, profile, setup_id)
    assert wizard.current_step() == "credentials"
    assert [s for s in ORDER if wizard.pages.is_built(s)] == ["credentials"]
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.waitUntil(lambda: bool(CountingVault.calls), timeout=5000)
    qtbot.wait(400)
    # The one keychain read is the keys page's own; no page walked past asked anything.
    assert CountingVault.calls == ["fetch"]
    assert brreg.count() == 0


def test_no_online_check_runs_for_a_page_the_user_did_not_open(
    qtbot: QtBot, profile: Path, brreg: LoopbackServer
) -> None:
    setup_id = saved_at(profile, "portal")
    wizard = resumed(qtbot, profile, setup_id)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.wait(400)
    assert brreg.count() == 0  # the company lookup belongs to a page not opened
    wizard.go_to("prerequisites")  # opened now: its lookup runs
    qtbot.waitUntil(lambda: brreg.count("GET") >= 1, timeout=5000)


def test_back_walks_through_every_step_after_a_resume(
    qtbot: QtBot, profile: Path, brreg: LoopbackServer
) -> None:
    setup_id = saved_at(profile, "portal")
    wizard = resumed(qtbot, profile, setup_id)
    wizard.show()
    qtbot.waitExposed(wizard)
    seen = [wizard.current_step()]
    while back_button(wizard).isVisible() and back_button(wizard).isEnabled():
        back_button(wizard).click()
        seen.append(wizard.current_step())
    assert seen == list(reversed(ORDER[: ORDER.index("portal") + 1]))
    assert wizard.ctx.workspace.flow.history == ["welcome"]


def test_the_flow_owns_the_history(qtbot: QtBot, profile: Path, brreg: LoopbackServer) -> None:
    setup_id = saved_at(profile, "order")
    wizard = resumed(qtbot, profile, setup_id)
    flow = wizard.ctx.workspace.flow
    assert flow.history == ORDER[: ORDER.index("order") + 1]
    wizard.go_to("domain")  # the step list's jump
    assert flow.history == ORDER[: ORDER.index("domain") + 1]
    wizard.next()
    assert wizard.current_step() == "callback"
    assert flow.history[-2:] == ["domain", "callback"]
    wizard.back()
    assert wizard.current_step() == "domain" and flow.current == "domain"


def built(wizard: SetupWizard) -> list[str]:
    return [s for s in ORDER if wizard.pages.is_built(s)]


@pytest.fixture
def waiting(qtbot: QtBot, profile: Path, brreg: LoopbackServer) -> SetupWizard:
    """A returning user's window, reopened at "waiting", shown with the pointer off it (a
    window shown under the pointer gets an Enter event where it lands)."""
    QCursor.setPos(QPoint(-1000, -1000))
    wizard = resumed(qtbot, profile, saved_at(profile, "waiting"))
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def test_the_next_page_is_built_once_the_pointer_is_over_next(
    qtbot: QtBot, waiting: SetupWizard
) -> None:
    # A returning user who opens the app to look at a setup waiting for Vipps never pays for
    # the page after it (issue 15: the Portal page is ~6 MiB).
    wizard = waiting
    qtbot.wait(500)
    assert built(wizard) == ["waiting"]
    qtbot.mouseMove(wizard.button(QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: built(wizard) == ["waiting", "portal"], timeout=2000)
    wizard.next()  # the pointer is still over Next: the page after that one follows
    assert wizard.current_step() == "portal"
    qtbot.waitUntil(lambda: wizard.pages.is_built("credentials"), timeout=2000)


def test_keyboard_focus_on_next_alone_builds_nothing(qtbot: QtBot, waiting: SetupWizard) -> None:
    # Next often gets the focus only because the window was activated: not a sign of intent.
    wizard = waiting
    wizard.activateWindow()
    qtbot.waitActive(wizard)
    wizard.button(QWizard.WizardButton.NextButton).setFocus()
    qtbot.wait(300)
    assert built(wizard) == ["waiting"]


def test_next_without_heading_for_it_builds_the_page_in_the_click(waiting: SetupWizard) -> None:
    wizard = waiting
    assert built(wizard) == ["waiting"]
    wizard.next()  # Alt+N, or Enter in a field: no pointer over Next
    assert wizard.current_step() == "portal"
    assert built(wizard) == ["waiting", "portal"]
