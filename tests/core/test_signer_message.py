"""The message to the signer: what they must do, in Norwegian by default, as a mailto: URL."""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from vipps_desktop.core import paths
from vipps_desktop.core.signer_message import OrderDetails, build, mailto_url

LINK = "https://portal.vipps.no/register/template/d5e49915-4b07-478b-b7f3-653e460eb6f6"
DETAILS = OrderDetails(
    company="Acme & Sønn AS",
    orgnr="923 609 016",
    link=LINK,
    signer="Kari Nordmann",
    sales_unit="Acme",
    website="https://acme.no",
    recipient="Ola Utvikler, ola@acme.no",
)


@pytest.fixture(autouse=True)
def _resources_from_checkout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.RESOURCES_ENV, raising=False)


def test_norwegian_by_default_with_everything_the_signer_needs() -> None:
    message = build(DETAILS)
    assert "Acme & Sønn AS" in message.subject
    body = message.body
    assert body.startswith("Hei Kari Nordmann!")
    for part in (
        "923 609 016",
        LINK,
        "BankID",
        "samme lenken",
        "send inn produktbestillingen",
        "Ola Utvikler, ola@acme.no",
        "Navn på salgssted",
        "https://acme.no",
    ):
        assert part in body, part


def test_english_on_request() -> None:
    message = build(DETAILS, "en")
    assert message.body.startswith("Hi Kari Nordmann,")
    for part in (
        "authority to bind the company",
        "styreleder and the daglig leder",
        "same link",
        "submit the product order",
        "who will receive the keys: Ola Utvikler",
    ):
        assert part in message.body, part


def test_steps_are_numbered_and_the_link_is_on_its_own() -> None:
    lines = build(DETAILS, "en").body.splitlines()
    assert f"1. Open this link: {LINK}" in lines
    assert any(line.startswith("4. ") for line in lines)


def test_unknown_values_are_left_out_not_shown_empty() -> None:
    bare = OrderDetails(company="", orgnr="923 609 016", link=LINK)
    body = build(bare, "en").body
    assert body.startswith("Hi,")
    assert "For the form:" not in body and "Website:" not in body
    assert "923 609 016" in build(bare, "en").subject  # no name: the number stands in


def test_mailto_encodes_subject_and_body_exactly() -> None:
    message = build(DETAILS)
    url = message.mailto_url("kari@acme.no")
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and parts.path == "kari@acme.no"
    assert " " not in url and "\n" not in url and "+" not in url
    assert "%0D%0A" in url  # RFC 6068 line breaks
    fields = parse_qs(parts.query)
    assert fields["subject"] == [message.subject]
    assert fields["body"] == [message.body.replace("\n", "\r\n")]
    # "&" in the company name must not end the subject field early.
    assert "Acme%20%26%20S%C3%B8nn" in url
    assert unquote(parts.query.split("&body=")[0]) == "subject=" + message.subject


def test_mailto_without_recipient() -> None:
    assert mailto_url("", "a b", "c&d=e?").startswith("mailto:?subject=a%20b&body=c%26d%3De%3F")


def test_no_placeholder_is_left_unfilled() -> None:
    for language in ("nb", "en"):
        message = build(DETAILS, language)
        assert "{" not in message.body and "{" not in message.subject
