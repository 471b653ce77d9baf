"""Page by page on the main path: what the user types, sees, copies and opens."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import OpenedUrls
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot
from wizard_helpers import (
    CALLBACK_URL,
    child,
    click,
    field,
    fill_domain,
    fill_prerequisites,
    label,
    leave_field,
    marked,
    next_button,
    page,
    page_as,
    paste_into,
    press_back,
    press_next,
    scroll_to,
    type_into,
    walk_to,
)

from vipps_desktop.core.clock import today_iso
from vipps_desktop.ui.clipboard import SECRET_HINT_MIME
from vipps_desktop.ui.pages.welcome import WelcomePage
from vipps_desktop.ui.widgets.copy_button import CONFIRM_MS, CopyButton
from vipps_desktop.ui.widgets.illustration import Illustration
from vipps_desktop.ui.wizard import SetupWizard

WEB_FORM = "https://portal.vipps.no/register/template/d5e49915-4b07-478b-b7f3-653e460eb6f6"
CUSTOMER_SERVICE_FORM = (
    "https://portal.vipps.no/register/template/6584acdd-1b8d-407d-a4f6-ff03a3a2df43"
)


# -- domain ------------------------------------------------------------------------------------


def test_pasted_url_becomes_the_bare_domain_with_a_note(qtbot: QtBot, wizard: SetupWizard) -> None:
    walk_to(qtbot, wizard, "domain")
    edit = field(wizard, "domain")
    assert not next_button(wizard).isEnabled()
    paste_into(qtbot, edit, "https://Acme.idura.broker/path")
    assert edit.text() == "https://Acme.idura.broker/path"  # as pasted, until the user moves on
    assert wizard.ctx.workspace.get("domain") == "https://Acme.idura.broker/path"
    assert next_button(wizard).isEnabled()

    leave_field(qtbot, edit)
    assert edit.text() == "acme.idura.broker"
    assert wizard.ctx.workspace.get("domain") == "acme.idura.broker"
    assert marked(wizard, "domain_message") == (
        f"[ok] Callback URL will be {CALLBACK_URL}\n"
        "[info] Removed “https://”: only the domain is needed.\n"
        "[info] Removed the path after the domain."
    )
    press_next(qtbot, wizard, "callback")
    assert label(wizard, "callback_url") == CALLBACK_URL


def test_port_and_trailing_dot_are_removed_with_notes(qtbot: QtBot, wizard: SetupWizard) -> None:
    walk_to(qtbot, wizard, "domain")
    edit = field(wizard, "domain")
    type_into(qtbot, edit, "acme.idura.broker.:443")
    leave_field(qtbot, edit)
    assert edit.text() == "acme.idura.broker"
    message = marked(wizard, "domain_message")
    assert "[info] Removed the port “:443”." in message
    assert "[info] Removed the trailing dot." in message


def test_test_domain_is_accepted_with_a_warning(qtbot: QtBot, wizard: SetupWizard) -> None:
    walk_to(qtbot, wizard, "domain")
    edit = field(wizard, "domain")
    type_into(qtbot, edit, "acme-test.idura.broker")
    message = marked(wizard, "domain_message")
    assert message.startswith(
        "[ok] Callback URL will be https://acme-test.idura.broker/NOVippsLogin/Callback"
    )
    assert "[warning] This looks like a test domain" in message
    assert "Vipps production keys need your production domain." in message
    leave_field(qtbot, edit)
    assert "This looks like a test domain" in marked(wizard, "domain_message")
    assert next_button(wizard).isEnabled()  # a warning, not a refusal


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("acme idura.broker", "[error] A domain cannot contain spaces."),
        ("acme", "[error] A full domain has at least one dot, e.g. acme.idura.broker."),
        ("user@acme.idura.broker", "[error] A domain cannot contain “@”."),
        ("acme_co.idura.broker", "[error] A domain cannot contain “_”."),
        ("-acme.idura.broker", "[error] “-acme” is not a valid part of a domain name"),
        ("10.0.0.1", "[error] Enter a domain name, not an IP address."),
    ],
)
def test_invalid_domain_shows_a_message_and_keeps_next_disabled(
    qtbot: QtBot, wizard: SetupWizard, typed: str, message: str
) -> None:
    walk_to(qtbot, wizard, "domain")
    edit = field(wizard, "domain")
    type_into(qtbot, edit, typed)
    leave_field(qtbot, edit)
    assert edit.text() == typed  # nothing is changed behind the user's back
    assert marked(wizard, "domain_message").startswith(message)
    assert not next_button(wizard).isEnabled()
    assert "callback" not in marked(wizard, "domain_message").lower()


# -- callback ----------------------------------------------------------------------------------


def test_callback_page_shows_the_exact_url_and_the_illustration_has_it(
    qtbot: QtBot, wizard: SetupWizard
) -> None:
    walk_to(qtbot, wizard, "callback")
    shown = child(page(wizard), QLabel, "callback_url")
    assert shown.text() == CALLBACK_URL
    assert shown.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse

    illustration = child(page(wizard), Illustration, "illustration_criipto_vipps_provider")
    svg = illustration.svg()
    assert CALLBACK_URL.encode() in svg
    assert b"acme.idura.broker" in svg
    assert b"{callback_url}" not in svg and b"{domain}" not in svg
    assert QSvgRenderer(QByteArray(svg)).isValid(), "the filled-in template is not valid SVG"
    assert next_button(wizard).isEnabled()  # reading the URL is the whole step


def test_callback_url_follows_a_changed_domain(qtbot: QtBot, wizard: SetupWizard) -> None:
    walk_to(qtbot, wizard, "callback")
    press_back(qtbot, wizard, "domain")
    edit = field(wizard, "domain")
    type_into(qtbot, edit, "login.example.no")
    leave_field(qtbot, edit)
    press_next(qtbot, wizard, "callback")
    url = "https://login.example.no/NOVippsLogin/Callback"
    assert label(wizard, "callback_url") == url
    illustration = child(page(wizard), Illustration, "illustration_criipto_vipps_provider")
    assert url.encode() in illustration.svg()
    assert CALLBACK_URL.encode() not in illustration.svg()


@pytest.mark.parametrize(
    ("pasted", "explained"),
    [
        (CALLBACK_URL + "/", ["It ends with a slash; the callback URL does not."]),
        (
            "https://acme.idura.broker/novippslogin/callback",
            ["Upper and lower case differ. Vipps compares exactly: use the copied URL."],
        ),
        (
            "https://ACME.idura.broker/NOVippsLogin/Callback",
            ["Upper and lower case differ. Vipps compares exactly: use the copied URL."],
        ),
        (
            "https://other.idura.broker/NOVippsLogin/Callback",
            [
                "It is for another domain: other.idura.broker instead of acme.idura.broker. "
                "Was Production environment chosen in the dashboard?"
            ],
        ),
        ("  " + CALLBACK_URL + " ", ["It has spaces or line breaks at the start or end."]),
        (
            "http://acme.idura.broker/NOVippsLogin/Callback",
            ["It starts with “http://”; it must be https://."],
        ),
        (
            "https://acme.idura.broker/NOVippsLogin/Callback?x=1",
            ["It has a ? or # part; the callback URL has none."],
        ),
        ("acme.idura.broker", ["This is not a URL."]),
    ],
)
def test_compare_field_explains_every_difference(
    qtbot: QtBot, wizard: SetupWizard, pasted: str, explained: list[str]
) -> None:
    walk_to(qtbot, wizard, "callback")
    compare = field(wizard, "pasted_callback_url")
    paste_into(qtbot, compare, pasted)
    assert compare.text() == pasted
    text = marked(wizard, "comparison")
    assert text == "[error] Different:\n" + "\n".join("• " + line for line in explained)
    spoken = "Problem: Different:\n" + "\n".join("• " + line for line in explained)
    assert compare.accessibleDescription() == spoken  # the icon's meaning in words
    assert next_button(wizard).isEnabled()  # the comparison is optional, never a gate


def test_compare_field_says_identical_for_the_exact_url(qtbot: QtBot, wizard: SetupWizard) -> None:
    walk_to(qtbot, wizard, "callback")
    compare = field(wizard, "pasted_callback_url")
    type_into(qtbot, compare, CALLBACK_URL)
    assert marked(wizard, "comparison") == "[ok] Identical. This is the URL to give Vipps."
    # Fixing a pasted difference by hand is recognised as soon as it is right.
    type_into(qtbot, compare, CALLBACK_URL + "/")
    assert marked(wizard, "comparison").startswith("[error] Different:")
    qtbot.keyClick(compare, Qt.Key.Key_Backspace)
    assert marked(wizard, "comparison") == "[ok] Identical. This is the URL to give Vipps."
    type_into(qtbot, compare, "")
    assert marked(wizard, "comparison") == ""


def test_compare_field_is_emptied_for_another_setup(qtbot: QtBot, wizard: SetupWizard) -> None:
    walk_to(qtbot, wizard, "callback")
    type_into(qtbot, field(wizard, "pasted_callback_url"), CALLBACK_URL)
    for step in ("domain", "prerequisites", "welcome"):
        press_back(qtbot, wizard, step)
    page_as(wizard, "welcome", WelcomePage).setups.setCurrentRow(0)  # "Start a new setup"
    press_next(qtbot, wizard, "prerequisites")
    fill_prerequisites(qtbot, wizard)
    press_next(qtbot, wizard, "domain")
    fill_domain(qtbot, wizard, "other.idura.broker")
    press_next(qtbot, wizard, "callback")
    # Regression: the first setup's pasted URL stayed, with a warning about "another domain".
    assert field(wizard, "pasted_callback_url").text() == ""
    assert marked(wizard, "comparison") == ""


# -- copy buttons ------------------------------------------------------------------------------


COPY_BUTTONS = [
    ("callback", "copy_callback_url", CALLBACK_URL),
    ("order", "copy_org_number", "923609016"),
    ("order", "copy_sales_unit_name", "Acme Norge AS"),
    ("order", "copy_website", "https://www.acme.no"),
    ("order", "copy_callback_url", CALLBACK_URL),
    ("portal", "copy_callback_url_portal", CALLBACK_URL),
]


@pytest.mark.parametrize(
    ("step", "name", "value"),
    COPY_BUTTONS,
    ids=[f"{step}-{name}" for step, name, _ in COPY_BUTTONS],
)
def test_copy_button_copies_the_exact_value_without_a_secret_mark(
    qtbot: QtBot, wizard: SetupWizard, step: str, name: str, value: str
) -> None:
    walk_to(qtbot, wizard, "order")
    type_into(qtbot, field(wizard, "sales_unit_name"), " Acme   Norge AS")  # tidied for copy
    type_into(qtbot, field(wizard, "website"), "www.acme.no")  # https:// added for copy
    if step == "portal":
        click(qtbot, child(page(wizard), QCheckBox, "order_submitted_on"))
        press_next(qtbot, wizard, "waiting")
        click(qtbot, child(page(wizard), QCheckBox, "approved_on"))
        press_next(qtbot, wizard, "portal")
    elif step == "callback":
        press_back(qtbot, wizard, "callback")
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("something the user had copied before")

    button = child(page(wizard), CopyButton, name)
    assert button.text() == "Copy"
    assert button.isEnabled()
    with qtbot.waitSignal(button.copied, timeout=1000):
        click(qtbot, button)

    assert clipboard.text() == value
    formats = clipboard.mimeData().formats()
    assert SECRET_HINT_MIME not in formats
    assert not any("Exclude" in f or "concealed" in f for f in formats)
    assert button.text() == "Copied ✓"
    assert not wizard.ctx.clipboard.holds_secret  # a non-secret is never cleared


def test_copied_confirmation_goes_back_to_copy_and_the_value_stays(
    qtbot: QtBot, wizard: SetupWizard
) -> None:
    walk_to(qtbot, wizard, "callback")
    button = child(page(wizard), CopyButton, "copy_callback_url")
    assert button.accessibleName() == "Copy callback URL"
    scroll_to(button)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # keyboard users copy too
    assert button.text() == "Copied ✓"
    qtbot.waitUntil(lambda: button.text() == "Copy", timeout=CONFIRM_MS + 1500)
    assert QGuiApplication.clipboard().text() == CALLBACK_URL


def test_copy_buttons_are_disabled_until_there_is_a_value(
    qtbot: QtBot, wizard: SetupWizard
) -> None:
    walk_to(qtbot, wizard, "order")
    order = page(wizard)
    sales = child(order, CopyButton, "copy_sales_unit_name")
    website = child(order, CopyButton, "copy_website")
    assert not sales.isEnabled() and not website.isEnabled()
    assert child(order, QLabel, "tip_value_sales_unit_name").text() == "(not entered yet)"
    assert child(order, QLabel, "tip_value_org_number").text() == "923 609 016"
    assert child(order, QLabel, "tip_value_callback_url").text() == CALLBACK_URL

    type_into(qtbot, field(wizard, "sales_unit_name"), "Acme & Co")  # invalid: nothing to copy
    assert not sales.isEnabled()
    type_into(qtbot, field(wizard, "sales_unit_name"), "Acme AS")
    assert sales.isEnabled()
    assert child(order, QLabel, "tip_value_sales_unit_name").text() == "Acme AS"
    type_into(qtbot, field(wizard, "website"), "http://www.acme.no")  # Vipps wants https
    assert not website.isEnabled()
    assert marked(wizard, "website_message") == "[error] Vipps requires an https:// address."


# -- order -------------------------------------------------------------------------------------


def test_sales_unit_name_is_checked_as_typed(qtbot: QtBot, wizard: SetupWizard) -> None:
    walk_to(qtbot, wizard, "order")
    edit = field(wizard, "sales_unit_name")
    click(qtbot, child(page(wizard), QCheckBox, "order_submitted_on"))
    assert not next_button(wizard).isEnabled()  # no name yet

    type_into(qtbot, edit, "A" * 30)
    assert marked(wizard, "sales_unit_name_message") == "[ok] 30 of 30 characters, all allowed"
    assert next_button(wizard).isEnabled()
    qtbot.keyClicks(edit, "B")  # the 31st character
    assert marked(wizard, "sales_unit_name_message") == (
        "[error] 31 characters; Vipps allows at most 30."
    )
    assert not next_button(wizard).isEnabled()
    assert wizard.ctx.workspace.get("sales_unit_name") == "A" * 30 + "B"  # kept as typed

    type_into(qtbot, edit, "Acme & Co")
    message = marked(wizard, "sales_unit_name_message")
    assert message.startswith("[error] Vipps does not accept these characters: &.")
    assert not next_button(wizard).isEnabled()

    type_into(qtbot, edit, "Ærlige Bønder (Øst) - AS")
    assert marked(wizard, "sales_unit_name_message") == "[ok] 24 of 30 characters, all allowed"
    assert next_button(wizard).isEnabled()


def test_open_form_opens_the_web_login_template_by_default(
    qtbot: QtBot, wizard: SetupWizard, opened_urls: OpenedUrls
) -> None:
    walk_to(qtbot, wizard, "order")
    assert child(page(wizard), QRadioButton, "template_web").isChecked()
    click(qtbot, child(page(wizard), QPushButton, "open_order_form"))
    assert opened_urls.urls == [WEB_FORM]


def test_open_form_opens_the_customer_service_template_when_chosen(
    qtbot: QtBot, wizard: SetupWizard, opened_urls: OpenedUrls
) -> None:
    walk_to(qtbot, wizard, "order")
    click(qtbot, child(page(wizard), QRadioButton, "template_customer_service"))
    assert wizard.ctx.workspace.get("order_template") == "customer_service"
    click(qtbot, child(page(wizard), QPushButton, "open_order_form"))
    click(qtbot, child(page(wizard), QRadioButton, "template_web"))
    click(qtbot, child(page(wizard), QPushButton, "open_order_form"))
    assert opened_urls.urls == [CUSTOMER_SERVICE_FORM, WEB_FORM]


def test_submitted_checkbox_records_todays_date(qtbot: QtBot, wizard: SetupWizard) -> None:
    walk_to(qtbot, wizard, "order")
    type_into(qtbot, field(wizard, "sales_unit_name"), "Acme AS")
    submitted = child(page(wizard), QCheckBox, "order_submitted_on")
    assert submitted.text() == "I have &submitted the order"
    click(qtbot, submitted)
    today = dt.date.today().isoformat()
    assert wizard.ctx.workspace.get("order_submitted_on") == today == today_iso()
    assert submitted.text() == f"I have &submitted the order  (on {today})"
    assert next_button(wizard).isEnabled()

    click(qtbot, submitted)  # unticking forgets the date
    assert wizard.ctx.workspace.get("order_submitted_on") is None
    assert submitted.text() == "I have &submitted the order"
    assert not next_button(wizard).isEnabled()


def test_waiting_page_counts_the_days_since_the_order(qtbot: QtBot, wizard: SetupWizard) -> None:
    walk_to(qtbot, wizard, "order")
    type_into(qtbot, field(wizard, "sales_unit_name"), "Acme AS")
    click(qtbot, child(page(wizard), QCheckBox, "order_submitted_on"))
    three_days_ago = (dt.date.today() - dt.timedelta(days=3)).isoformat()
    wizard.ctx.workspace.set("order_submitted_on", three_days_ago)  # as if submitted earlier
    press_next(qtbot, wizard, "waiting")
    assert label(wizard, "order_age") == (
        f"The order was submitted on {three_days_ago}, 3 day(s) ago."
    )
