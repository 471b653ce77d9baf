"""The setup record's content (issue 26): every field, "not recorded" for what is not known,
and never the client secret, in any encoding. The words come from the caller; here each label
is its own key in brackets, so a test sees which label stands where."""

from __future__ import annotations

import base64
import binascii
import json
import urllib.parse
from typing import Any

import pytest

from vipps_desktop.core.content import Guide
from vipps_desktop.core.message import Message
from vipps_desktop.core.record import (
    LABEL_KEYS,
    Record,
    Rows,
    build_record,
    md_escape,
    test_login_url,
    to_markdown,
)
from vipps_desktop.core.state import Setup

SECRET = "Zq8!kR2#vL9@pT4$wX7+/="
CLIENT_ID = "fb492b5e-7907-4d83-bc20-c7fb60ca35de"
LABELS = {key: f"«{key}»" for key in LABEL_KEYS}
LABELS["made"] = "«made {date} {version}»"
LABELS["client_id_from_check"] = "«client_id_from_check {date}»"
NOT_RECORDED = LABELS["not_recorded"]


def md(key: str) -> str:
    """A label as the Markdown shows it."""
    return md_escape(LABELS[key])


def message_text(message: Message) -> str:
    return f"<{message.code} {dict(message.params)}>"


def health(client_id: str = CLIENT_ID) -> dict[str, Any]:
    def item(name: str, status: str, code: str, **params: str) -> dict[str, Any]:
        message = {"code": code, "params": params}
        return {"name": name, "status": status, "checked_on": "2026-12-01", "message": message}

    return {
        "checked_on": "2026-12-01",
        "items": [
            item("domain", "ok", "health.domain_ok", domain="acme.idura.broker"),
            item("company", "ok", "health.company_active"),
            item("vipps_redirect", "problem", "redirect.not_registered"),
            item("idura_chain", "inconclusive", "chain.sends", client_id=client_id),
        ],
    }


def finished_setup(**extra: Any) -> Setup:
    data: dict[str, Any] = {
        "company_name": "Acme AS",
        "org_number": "923609016",
        "domain": "acme.idura.broker",
        "sales_unit_name": "Acme Login",
        "msn": "654321",
        "order_template": "customer_service",
        "signer_is_user": False,
        "signer_name": "Kari Nordmann",
        "order_link_sent_on": "2026-11-19",
        "order_submitted_on": "2026-11-20",
        "approved_on": "2026-11-24",
        "vipps_environment": "production",
        "credentials_saved_at": "2026-11-25T10:11:12+00:00",
        "credentials_keychain": "GNOME Keyring",
        "credentials_keyed_by_id": True,
        "submitted_to_criipto_on": "2026-11-26",
        "idura_app_client_id": "urn:my:application",
        "idura_app_callback_url": "https://app.acme.no/callback",
        "health_check": health(),
    }
    data.update(extra)
    return Setup(data=data, created="2026-11-18T09:00:00+00:00", current_step="done")


def make(setup: Setup, client_id: str | None = None, language: str = "en") -> Record:
    return build_record(
        setup,
        labels=LABELS,
        guide=Guide(language),
        message_text=message_text,
        app_version="9.8.7",
        today="2026-12-07",
        client_id=client_id,
    )


def rows(record: Record) -> dict[str, tuple[str | None, str]]:
    found: dict[str, tuple[str | None, str]] = {}
    for block in record.blocks:
        if isinstance(block, Rows):
            found.update({row.label: (row.value, row.note) for row in block.rows})
    return found


def test_every_field_of_a_finished_setup_is_in_the_record() -> None:
    record = make(finished_setup())
    values = rows(record)
    assert values["«company_name»"][0] == "Acme AS"
    assert values["«org_number»"][0] == "923 609 016"
    assert values["«signed_by»"][0] == "Kari Nordmann"
    assert values["«order_submitted»"][0] == "2026-11-20"
    assert values["«sales_unit_name»"][0] == "Acme Login"
    assert values["«msn»"][0] == "654321"
    assert values["«order_template»"][0] == "«template_customer_service»"
    assert values["«domain»"][0] == "acme.idura.broker"
    assert values["«callback_url»"][0] == "https://acme.idura.broker/NOVippsLogin/Callback"
    assert values["«environment»"][0] == "«environment_production»"
    assert values["«client_id»"] == (CLIENT_ID, "«client_id_from_check 2026-12-01»")
    assert values["«client_secret»"][0] == "«secret_gone»"
    assert values["«date_started»"][0] == "2026-11-18"
    assert values["«date_link_sent»"][0] == "2026-11-19"
    assert values["«date_submitted»"][0] == "2026-11-20"
    assert values["«date_approved»"][0] == "2026-11-24"
    assert values["«date_keys_saved»"][0] == "2026-11-25"
    assert values["«date_keys_in_idura»"][0] == "2026-11-26"
    assert NOT_RECORDED not in [value for value, _note in values.values()]
    assert None not in [value for value, _note in values.values()]

    text = to_markdown(record)
    for value in ("Acme AS", "923 609 016", "Kari Nordmann", "Acme Login", "654321", CLIENT_ID):
        assert value in text
    assert "`https://acme.idura.broker/NOVippsLogin/Callback`" in text
    assert "«made 2026-12-07 9.8.7»" in text  # the record's date and the app's version
    # The health check, each row with its result and date.
    assert f"| {md('item_vipps_redirect')} | {md('status_problem')} | 2026-12-01 |" in text
    assert f"| {md('item_idura_chain')} | {md('status_inconclusive')} | 2026-12-01 |" in text
    assert md("health_when") in text
    # What to do later: a complete test login, the guide's leaked-secret steps, the links.
    assert (
        test_login_url("acme.idura.broker", "urn:my:application", "https://app.acme.no/callback")
        in text
    )
    for step in Guide("en").texts("leaked", "steps"):
        assert md_escape(step) in text
    assert "(https://portal.vippsmobilepay.com/)" in text
    assert "(https://dashboard.idura.app/)" in text
    assert "(https://virksomhet.brreg.no/nb/oppslag/enheter/923609016)" in text
    for key in ("contact_idura", "contact_vipps", "change_callback_text", "footer"):
        assert md(key) in text


def test_what_is_not_known_says_not_recorded_and_nothing_is_invented() -> None:
    record = make(Setup(data={}, created="2026-12-01T08:00:00+00:00"))
    values = rows(record)
    known = {"«date_started»", "«client_secret»"}
    for label, (value, note) in values.items():
        if label not in known:
            assert value is None, label
            assert note == "", label
    assert values["«client_secret»"][0] == "«secret_not_saved»"
    text = to_markdown(record)
    assert text.count(f"_{md_escape(NOT_RECORDED)}_") == len(values) - len(known)
    assert md("health_none") in text
    assert "acme" not in text.lower()


def test_the_test_login_has_placeholders_without_an_application() -> None:
    record = make(finished_setup(idura_app_client_id=None, idura_app_callback_url=None))
    text = to_markdown(record)
    placeholders = (
        "client_id={«placeholder_app_client_id»}&redirect_uri={«placeholder_app_callback»}"
    )
    assert f"https://acme.idura.broker/oauth2/authorize?response_type=code&{placeholders}" in text
    assert md("test_login_placeholders") in text


def test_the_client_id_from_the_keychain_comes_first() -> None:
    record = make(finished_setup(), client_id="0c1d2e3f-aaaa-bbbb-cccc-123456789abc")
    assert rows(record)["«client_id»"] == (
        "0c1d2e3f-aaaa-bbbb-cccc-123456789abc",
        "«client_id_from_keychain»",
    )


def test_keys_still_in_the_keychain_are_said_to_be_there() -> None:
    setup = finished_setup(submitted_to_criipto_on=None, credentials_where="keychain")
    values = rows(make(setup))
    assert values["«client_secret»"][0] == "«secret_in_keychain»"
    assert values["«date_keys_in_idura»"][0] is None


def encodings(secret: str) -> list[str]:
    raw = secret.encode()
    return [
        secret,
        base64.b64encode(raw).decode(),
        base64.urlsafe_b64encode(raw).decode(),
        base64.b64encode(raw).decode().rstrip("="),
        urllib.parse.quote(secret, safe=""),
        urllib.parse.quote_plus(secret),
        binascii.hexlify(raw).decode(),
        binascii.hexlify(raw).decode().upper(),
        json.dumps(secret)[1:-1],
        md_escape(secret),
        secret[:12],  # a part of it
    ]


@pytest.mark.parametrize("where", ["keychain", None])
def test_the_secret_never_appears_in_any_encoding(where: str | None) -> None:
    # A hostile setup dict that holds the secret (the state file never would) and keys still
    # held: the record still shows no part of it.
    setup = finished_setup(credentials_where=where)
    setup.data["client_secret"] = SECRET
    setup.data["secret"] = SECRET
    text = to_markdown(make(setup, client_id=CLIENT_ID))
    for needle in encodings(SECRET):
        assert needle not in text
        assert needle.lower() not in text.lower()


def test_markdown_shows_typed_text_literally() -> None:
    record = make(finished_setup(company_name="*Acme* | [AS] <b>", sales_unit_name="a_b`c"))
    text = to_markdown(record)
    assert "\\*Acme\\* \\| \\[AS\\] \\<b\\>" in text
    assert "a\\_b\\`c" in text


def test_every_label_is_asked_for_by_its_key() -> None:
    with pytest.raises(KeyError, match="client_id_note"):
        build_record(
            finished_setup(),
            labels={k: v for k, v in LABELS.items() if k != "client_id_note"},
            guide=Guide("en"),
            message_text=message_text,
            app_version="1",
            today="2026-12-07",
        )


def test_the_record_is_in_the_guide_s_language() -> None:
    text = to_markdown(make(finished_setup(), language="nb"))
    for step in Guide("nb").texts("leaked", "steps"):
        assert md_escape(step) in text
    assert Guide("nb").text("leaked", "title") != Guide("en").text("leaked", "title")
