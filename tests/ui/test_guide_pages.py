"""The guide as corrected in 2026: who submits the order, the signer message, test keys, SSN
and a leaked secret, seen through the pages."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from conftest import OpenedUrls
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from wizard_helpers import child, click, make_setup, next_button, page, press_next, type_into

from vipps_desktop.core.clock import today_iso
from vipps_desktop.core.fields import field_name
from vipps_desktop.core.message import Message
from vipps_desktop.ui import messages
from vipps_desktop.ui.wizard import SetupWizard

WEB_FORM = "https://portal.vipps.no/register/template/d5e49915-4b07-478b-b7f3-653e460eb6f6"


@pytest.fixture
def mails(qapp: object) -> Iterator[OpenedUrls]:
    recorder = OpenedUrls()
    QDesktopServices.setUrlHandler("mailto", recorder, "open")  # type: ignore[arg-type]  # the stub says bytes; PySide6 6.11 takes only str
    yield recorder
    QDesktopServices.unsetUrlHandler("mailto")


LATER: dict[str, Any] = {"confirm_redirect_uri": True, "confirm_keys_found": True}


def open_at(wizard: SetupWizard, step: str, **extra: Any) -> None:
    workspace = wizard.ctx.workspace
    if step in ("credentials", "submit", "done"):
        setup_id = make_setup(workspace, "portal", **LATER, **extra)
        workspace.set_current_step(step)
    else:
        setup_id = make_setup(workspace, step, **extra)
    wizard.open_setup(setup_id)
    assert wizard.current_step() == step


SIGNERS = [{"name": "Kari Nordmann", "roles": ["LEDE"]}, {"name": "Per Hansen", "roles": ["DAGL"]}]


def test_someone_else_signs_gets_a_ready_message(
    qtbot: QtBot, wizard: SetupWizard, mails: OpenedUrls
) -> None:
    open_at(
        wizard,
        "order",
        company_name="Acme AS",
        company_signers=SIGNERS,
        order_template="web",
        sales_unit_name="Acme AS",
    )
    order = page(wizard)
    assert (
        "Kari Nordmann (styreleder); Per Hansen (daglig leder)"
        in child(order, QLabel, "order_signers").text()
    )
    assert not next_button(wizard).isEnabled()
    click(qtbot, child(order, QRadioButton, "signer_is_user_no"))
    assert wizard.ctx.workspace.get("signer_is_user") is False
    assert child(order, QCheckBox, "order_submitted_on").isHidden()

    send_to = child(order, QComboBox, "signer_name")
    send_to.setCurrentIndex(send_to.findData("Kari Nordmann"))
    type_into(qtbot, child(order, QLineEdit, "key_recipient"), "Ola Utvikler, ola@acme.no")
    preview = child(order, QPlainTextEdit, "signer_message_preview").toPlainText()
    # Norwegian by default, whatever the UI's language.
    for part in (
        "Hei Kari Nordmann!",
        "923 609 016",
        WEB_FORM,
        "BankID",
        "samme lenken",
        "send inn produktbestillingen",
        "Ola Utvikler, ola@acme.no",
    ):
        assert part in preview, part

    click(qtbot, child(order, QPushButton, "copy_signer_message"))
    assert QGuiApplication.clipboard().text() == preview

    click(qtbot, child(order, QPushButton, "email_signer_message"))
    assert len(mails.urls) == 1
    fields = parse_qs(urlsplit(mails.urls[0]).query)
    assert fields["subject"][0].startswith("Vipps Login for Acme AS")
    assert fields["body"][0] == preview.split("\n\n", 1)[1].replace("\n", "\r\n")

    language = child(order, QComboBox, "signer_message_language")
    language.setCurrentIndex(language.findData("en"))
    english = child(order, QPlainTextEdit, "signer_message_preview").toPlainText()
    assert english.startswith("Vipps Login for Acme AS") and "Hi Kari Nordmann," in english

    click(qtbot, child(order, QCheckBox, "order_link_sent_on"))
    assert next_button(wizard).isEnabled()
    press_next(qtbot, wizard, "waiting")

    # Waiting asks "submitted?" first; approval cannot be ticked before it.
    waiting = page(wizard)
    approved = child(waiting, QCheckBox, "approved_on")
    assert not approved.isEnabled()
    assert "Ask them whether they have submitted" in child(waiting, QLabel, "order_age").text()
    click(qtbot, child(waiting, QCheckBox, "order_submitted_on"))
    assert approved.isEnabled() and not next_button(wizard).isEnabled()
    click(qtbot, approved)
    assert next_button(wizard).isEnabled()


def test_the_signer_submits_it_here(qtbot: QtBot, wizard: SetupWizard) -> None:
    open_at(wizard, "order", sales_unit_name="Acme AS")
    order = page(wizard)
    click(qtbot, child(order, QRadioButton, "signer_is_user_yes"))
    assert child(order, QWidget, "signer_handover").isHidden()
    click(qtbot, child(order, QCheckBox, "order_submitted_on"))
    press_next(qtbot, wizard, "waiting")
    assert child(page(wizard), QCheckBox, "order_submitted_on").isChecked()


def test_brreg_company_page_beside_the_lookup(
    qtbot: QtBot, wizard: SetupWizard, opened_urls: OpenedUrls
) -> None:
    open_at(wizard, "prerequisites", org_number="923609016")
    button = child(page(wizard), QPushButton, "open_brreg_company")
    assert not button.isHidden()
    click(qtbot, button)
    assert opened_urls.urls == ["https://virksomhet.brreg.no/nb/oppslag/enheter/923609016"]


def test_test_first_mail_to_idura(qtbot: QtBot, wizard: SetupWizard, mails: OpenedUrls) -> None:
    open_at(wizard, "domain")
    click(qtbot, child(page(wizard), QPushButton, "mail_idura_test_credentials"))
    parts = urlsplit(mails.urls[0])
    assert parts.path == "orders@idura.eu"
    assert parse_qs(parts.query)["subject"] == ["Vipps MobilePay test credentials"]
    box = child(page(wizard), QGroupBox, "test_first")
    text = " ".join(label.text() for label in box.findChildren(QLabel))
    assert "test user" in text and "only works with test keys" not in text


def test_test_first_opens_vippss_test_app_guide(
    qtbot: QtBot, wizard: SetupWizard, opened_urls: OpenedUrls
) -> None:
    open_at(wizard, "domain")
    click(qtbot, child(page(wizard), QPushButton, "open_vipps_test_apps"))
    assert opened_urls.urls == [
        "https://developer.vippsmobilepay.com/docs/knowledge-base/test-environment/"
    ]


def test_submit_page_says_when_to_include_ssn(wizard: SetupWizard) -> None:
    open_at(wizard, "submit", credentials_saved_at="2026-11-25T10:00:00+00:00")
    advice = " ".join(label.text() for label in page(wizard).findChildren(QLabel, "ssn_advice"))
    assert "granted" in advice and "invalid_scope" in advice


def test_leaked_secret_leads_back_to_new_keys(qtbot: QtBot, wizard: SetupWizard) -> None:
    open_at(wizard, "credentials")
    workspace = wizard.ctx.workspace
    for key, value in (
        ("credentials_saved_at", "2026-11-25T10:00:00+00:00"),
        ("submitted_to_criipto_on", today_iso()),
        ("submit_saved", True),
    ):
        workspace.set(field_name(key), value)
    wizard.go_to("done")
    assert wizard.current_step() == "done"
    click(qtbot, child(page(wizard), QPushButton, "leaked_secret"))
    box = wizard.findChild(QMessageBox, "leaked_secret_steps")
    assert box is not None and box.isVisible()
    assert "portal.vippsmobilepay.com" in box.informativeText()
    # The gap is said before the first step.
    steps = box.informativeText()
    assert steps.index("every login through Idura fails") < steps.index("1. ")
    restart = child(box, QPushButton, "leaked_paste_new_keys")
    click(qtbot, restart)
    qtbot.waitUntil(lambda: wizard.current_step() == "credentials")
    for key in ("credentials_saved_at", "submitted_to_criipto_on", "submit_saved"):
        assert workspace.get(field_name(key)) is None, key


def test_other_token_method_advice_points_to_the_vipps_portal(qapp: object) -> None:
    text = messages.text(
        Message.of(
            "vipps.accepted_other_method", method="client_secret_post", tried="client_secret_basic"
        )
    )
    assert "Criipto if it asks" not in text
    assert "Vipps portal" in text and "client_secret_basic" in text
    # What the check found, in Vipps' words, and no change advised: which method Idura uses is
    # not documented, so the admin asks Idura first.
    assert "token endpoint authentication method" in text and "is client_secret_post" in text
    assert "ask Idura before you change" in text
    assert "back to client_secret_basic" not in text and "change the sales unit" not in text
