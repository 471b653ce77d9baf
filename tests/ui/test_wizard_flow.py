"""The main path through the wizard, driven with mouse and keyboard.

Welcome → prerequisites → domain → callback → order → waiting → portal: Next stays disabled
until a step is complete, Back and forward show exactly what was typed, and the side step list
marks what is done and where the user is.
"""

from __future__ import annotations

from conftest import OpenedUrls
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QPushButton, QWizard
from pytestqt.qtbot import QtBot
from wizard_helpers import (
    CALLBACK_URL,
    CONFIRMATIONS,
    DOMAIN,
    back_button,
    child,
    click,
    click_named,
    double_click_item,
    field,
    fill_domain,
    fill_prerequisites,
    label,
    marked,
    marks,
    next_button,
    page,
    page_as,
    press_back,
    press_next,
    start_new_setup,
    type_into,
    walk_to,
)

from vipps_desktop.core.clock import today_iso
from vipps_desktop.ui.pages.welcome import WelcomePage
from vipps_desktop.ui.widgets.feedback import Feedback
from vipps_desktop.ui.wizard import SetupWizard

MAIN_PATH = ["welcome", "prerequisites", "domain", "callback", "order", "waiting", "portal"]


def test_welcome_offers_a_new_setup_and_next_starts_it(qtbot: QtBot, wizard: SetupWizard) -> None:
    assert wizard.current_step() == "welcome"
    setups = page_as(wizard, "welcome", WelcomePage).setups
    assert setups.count() == 1
    assert "Start a new setup" in setups.currentItem().text()
    assert next_button(wizard).isEnabled()
    assert not back_button(wizard).isVisible()  # nothing before Welcome
    assert wizard.ctx.workspace.setup is None

    start_new_setup(qtbot, wizard)

    assert wizard.ctx.workspace.setup is not None
    assert wizard.ctx.workspace.setups()[0].id == wizard.ctx.workspace.setup.id


def test_org_number_gates_next_with_a_message(qtbot: QtBot, wizard: SetupWizard) -> None:
    start_new_setup(qtbot, wizard)
    org = field(wizard, "org_number")
    assert not next_button(wizard).isEnabled()
    assert marked(wizard, "org_number_message") == ""  # no scolding before typing

    # Every confirmation first: then only the number holds Next back.
    for name in CONFIRMATIONS:
        click_named(qtbot, wizard, QCheckBox, name)
    assert not next_button(wizard).isEnabled()

    type_into(qtbot, org, "923 609 017")  # wrong check digit
    assert marked(wizard, "org_number_message").startswith("[error] ")
    assert "last digit does not match" in marked(wizard, "org_number_message")
    assert not next_button(wizard).isEnabled()

    type_into(qtbot, org, "12345")
    assert marked(wizard, "org_number_message") == (
        "[error] An organisation number has 9 digits; this has 5."
    )
    assert not next_button(wizard).isEnabled()

    type_into(qtbot, org, "92360901x")
    assert "digits only (found “X”)" in marked(wizard, "org_number_message")
    assert not next_button(wizard).isEnabled()

    type_into(qtbot, org, "NO 923 609 016 MVA")
    assert marked(wizard, "org_number_message") == "[ok] Valid organisation number 923 609 016"
    assert next_button(wizard).isEnabled()

    # Emptying the field says what is wanted and locks Next again.
    type_into(qtbot, org, "")
    assert marked(wizard, "org_number_message") == "[error] Enter the 9-digit organisation number."
    assert not next_button(wizard).isEnabled()


def test_next_needs_all_four_confirmations(qtbot: QtBot, wizard: SetupWizard) -> None:
    start_new_setup(qtbot, wizard)
    type_into(qtbot, field(wizard, "org_number"), "923609016")
    assert not next_button(wizard).isEnabled()

    boxes = [child(page(wizard), QCheckBox, name) for name in CONFIRMATIONS]
    for i, box in enumerate(boxes):
        assert not next_button(wizard).isEnabled(), f"Next enabled with {i} of 4 ticked"
        click(qtbot, box)
        assert box.isChecked()
    assert next_button(wizard).isEnabled()

    click(qtbot, boxes[2])  # changing one's mind locks Next again
    assert not next_button(wizard).isEnabled()
    assert wizard.ctx.workspace.get("confirm_bank_account") is None
    qtbot.keyClick(boxes[2], Qt.Key.Key_Space)  # the keyboard ticks it as well
    assert boxes[2].isChecked()
    assert next_button(wizard).isEnabled()


def test_enter_in_a_complete_field_goes_on_but_not_in_an_incomplete_one(
    qtbot: QtBot, wizard: SetupWizard
) -> None:
    start_new_setup(qtbot, wizard)
    fill_prerequisites(qtbot, wizard)
    press_next(qtbot, wizard, "domain")

    edit = field(wizard, "domain")
    type_into(qtbot, edit, "acme")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert wizard.current_step() == "domain"
    assert marked(wizard, "domain_message").startswith("[error] A full domain has at least one dot")

    type_into(qtbot, edit, ".idura.broker", replace=False)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert wizard.current_step() == "callback"
    assert label(wizard, "callback_url") == CALLBACK_URL


def test_back_and_forward_restore_exactly_what_was_typed(qtbot: QtBot, wizard: SetupWizard) -> None:
    start_new_setup(qtbot, wizard)
    fill_prerequisites(qtbot, wizard, org="NO 923 609 016 MVA")
    press_next(qtbot, wizard, "domain")
    fill_domain(qtbot, wizard, "Acme.Idura.Broker")  # lower-cased when the user moves on
    assert field(wizard, "domain").text() == DOMAIN
    press_next(qtbot, wizard, "callback")
    press_next(qtbot, wizard, "order")
    type_into(qtbot, field(wizard, "sales_unit_name"), "Acme  Norge AS")
    type_into(qtbot, field(wizard, "website"), "www.acme.no")

    for step in ("callback", "domain", "prerequisites"):
        press_back(qtbot, wizard, step)
    assert field(wizard, "org_number").text() == "NO 923 609 016 MVA"
    assert marked(wizard, "org_number_message") == "[ok] Valid organisation number 923 609 016"
    assert all(child(page(wizard), QCheckBox, n).isChecked() for n in CONFIRMATIONS)
    assert next_button(wizard).isEnabled()

    press_next(qtbot, wizard, "domain")
    assert field(wizard, "domain").text() == DOMAIN
    press_next(qtbot, wizard, "callback")
    assert label(wizard, "callback_url") == CALLBACK_URL
    press_next(qtbot, wizard, "order")
    assert field(wizard, "sales_unit_name").text() == "Acme  Norge AS"
    assert field(wizard, "website").text() == "www.acme.no"
    assert "Added https:// in front." in marked(wizard, "website_message")

    # What is saved is the raw text as typed, not a normalised form.
    workspace = wizard.ctx.workspace
    assert workspace.get("org_number") == "NO 923 609 016 MVA"
    assert workspace.get("domain") == DOMAIN
    assert workspace.get("sales_unit_name") == "Acme  Norge AS"
    assert workspace.get("website") == "www.acme.no"


def test_main_path_to_the_portal(qtbot: QtBot, wizard: SetupWizard) -> None:
    walk_to(qtbot, wizard, "order")
    assert not next_button(wizard).isEnabled()  # the order is not submitted yet
    type_into(qtbot, field(wizard, "sales_unit_name"), "Acme AS")
    assert not next_button(wizard).isEnabled()
    click_named(qtbot, wizard, QCheckBox, "order_submitted_on")
    assert next_button(wizard).isEnabled()
    press_next(qtbot, wizard, "waiting")

    assert label(wizard, "order_age") == f"The order was submitted today ({today_iso()})."
    assert not next_button(wizard).isEnabled()
    click_named(qtbot, wizard, QCheckBox, "approved_on")
    approved = child(page(wizard), QCheckBox, "approved_on")
    assert approved.text().endswith(f"(on {today_iso()})")
    press_next(qtbot, wizard, "portal")

    assert label(wizard, "portal_callback_url") == CALLBACK_URL
    assert not next_button(wizard).isEnabled()
    click_named(qtbot, wizard, QCheckBox, "confirm_keys_found")
    assert not next_button(wizard).isEnabled()
    click_named(qtbot, wizard, QCheckBox, "confirm_redirect_uri")
    assert next_button(wizard).isEnabled()

    workspace = wizard.ctx.workspace
    assert workspace.get("approved_on") == today_iso()
    assert workspace.get("confirm_keys_found") is True
    assert workspace.get("confirm_redirect_uri") is True
    assert workspace.setup is not None
    assert workspace.setup.current_step == "portal"


def test_step_list_marks_done_steps_and_the_current_one(qtbot: QtBot, wizard: SetupWizard) -> None:
    step_list = wizard.findChild(type(wizard.step_list), "step_list")
    assert step_list is wizard.step_list
    assert step_list.isVisible()
    assert marks(wizard)["welcome"] == "current"
    assert [m for s, m in marks(wizard).items() if s != "welcome"] == [""] * 9

    start_new_setup(qtbot, wizard)
    assert marks(wizard)["prerequisites"] == "current"
    assert marks(wizard)["welcome"] == ""

    type_into(qtbot, field(wizard, "org_number"), "923609016")
    assert marks(wizard)["prerequisites"] == "current"  # half done is not done
    fill_prerequisites(qtbot, wizard)
    press_next(qtbot, wizard, "domain")
    assert marks(wizard)["prerequisites"] == "done"
    assert marks(wizard)["domain"] == "current"

    fill_domain(qtbot, wizard)
    press_next(qtbot, wizard, "callback")
    press_next(qtbot, wizard, "order")
    shown = marks(wizard)
    assert shown["prerequisites"] == shown["domain"] == "done"
    assert shown["order"] == "current"
    assert shown["waiting"] == shown["portal"] == ""

    current = step_list.steps.itemFromIndex(step_list.currentIndex())
    assert current is not None
    assert current.data(Qt.ItemDataRole.UserRole) == "order"
    assert current.font().bold()
    assert current.data(Qt.ItemDataRole.AccessibleTextRole).endswith("current step")
    # Steps beyond the first incomplete one cannot be chosen yet.
    waiting = step_list.steps.item(MAIN_PATH.index("waiting"))
    assert waiting.flags() == Qt.ItemFlag.NoItemFlags
    domain = step_list.steps.item(MAIN_PATH.index("domain"))
    assert domain.flags() & Qt.ItemFlag.ItemIsEnabled


def test_step_list_double_click_takes_the_user_back_to_a_done_step(
    qtbot: QtBot, wizard: SetupWizard
) -> None:
    walk_to(qtbot, wizard, "order")
    step_list = wizard.step_list
    double_click_item(qtbot, step_list, step_list.steps.item(MAIN_PATH.index("domain")))
    assert wizard.current_step() == "domain"
    assert field(wizard, "domain").text() == DOMAIN
    assert marks(wizard)["order"] == ""
    # Back works as if the user had walked here.
    press_back(qtbot, wizard, "prerequisites")
    assert field(wizard, "org_number").text() == "923609016"

    # A step not reached yet cannot be chosen.
    portal = step_list.steps.item(MAIN_PATH.index("portal"))
    assert not portal.flags() & Qt.ItemFlag.ItemIsEnabled
    step_list.activated.emit(portal.index())  # even if something activated it anyway
    assert wizard.current_step() == "prerequisites"


def test_step_list_enter_goes_to_the_chosen_step_not_the_one_after(
    qtbot: QtBot, wizard: SetupWizard
) -> None:
    walk_to(qtbot, wizard, "order")
    step_list = wizard.step_list
    step_list.setFocus()
    assert step_list.currentIndex().data(Qt.ItemDataRole.UserRole) == "order"
    qtbot.keyClick(step_list, Qt.Key.Key_Up)
    qtbot.keyClick(step_list, Qt.Key.Key_Up)
    assert step_list.currentIndex().data(Qt.ItemDataRole.UserRole) == "domain"
    qtbot.keyClick(step_list, Qt.Key.Key_Return)
    # Regression: the Return also reached the dialog, which pressed Next on the chosen page.
    assert wizard.current_step() == "domain"
    assert marks(wizard)["domain"] in ("current", "done")


def test_domain_page_help_links_open_in_the_browser(
    qtbot: QtBot, wizard: SetupWizard, opened_urls: OpenedUrls
) -> None:
    walk_to(qtbot, wizard, "domain")
    click_named(qtbot, wizard, QPushButton, "link_idura_dashboard")
    assert opened_urls.urls == ["https://dashboard.idura.app/"]


def test_close_is_offered_instead_of_cancel(wizard: SetupWizard) -> None:
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "&Close"
    shown = wizard.findChild(Feedback, "state_problems")
    assert shown is None or shown.isHidden()  # made only when there is a problem to show
