"""Validators that must not accept what hurts (issue 13, item 11): examples from the attack,
then a property test per rule with 10,000 examples each."""

from __future__ import annotations

import re
import uuid
from urllib.parse import urlsplit

import idna
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vipps_desktop.core.credentials import validate_client_id
from vipps_desktop.core.validators import (
    LOOKALIKE_SEPARATORS,
    validate_domain,
    validate_website,
)

MANY = settings(max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
GUID = "fb492b5e-7907-4d83-bc20-c7fb60ca35de"
STRICT_GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


# --- client id ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "fb492b5e-7907-4d83-bc20-c7fb60ca35d_",
        "fb49_2b5e-7907-4d83-bc20-c7fb60ca35de",
        "fb492b5e-7907-4d83-bc20-c7fb60ca35_de",
        GUID.translate(ARABIC_INDIC),
        GUID.translate(FULL_WIDTH),
        GUID.replace("7", "٧"),
    ],
)
def test_client_id_refuses_what_int_would_accept(text: str) -> None:
    assert not validate_client_id(text).ok


@pytest.mark.parametrize(
    "text", [GUID, GUID.upper(), "{" + GUID + "}", "urn:uuid:" + GUID, " " + GUID + "\n"]
)
def test_client_id_accepts_the_usual_forms(text: str) -> None:
    assert validate_client_id(text).value == GUID


_hex = st.sampled_from("0123456789abcdefABCDEF")
_junk = st.sampled_from(["", " ", "\n", "\u200b", "_", "٣", "３", "-", "g", "{", "}"])


@MANY
@given(
    groups=st.lists(st.text(_hex, min_size=1, max_size=13), min_size=1, max_size=6),
    junk=st.lists(_junk, min_size=1, max_size=6),
    sep=st.sampled_from(["-", "", "_"]),
)
def test_client_id_property(groups: list[str], junk: list[str], sep: str) -> None:
    text = sep.join(g + j for g, j in zip(groups, junk * 6, strict=False))
    result = validate_client_id(text)
    if result.ok:
        assert result.value is not None and STRICT_GUID.match(result.value)
        assert str(uuid.UUID(result.value)) == result.value
        # Only whitespace/zero-width junk is cleaned; every hex digit and hyphen is kept.
        kept = re.sub(r"[\s\u200b{}]", "", text).lower().removeprefix("urn:uuid:")
        assert kept == result.value
        had_junk = kept != text.strip().lower()
        assert had_junk == any(
            n.code == "client_id.cleaned" for n in result.notes
        ) or text.strip().startswith("{")


# --- website -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "https://acme.no@evil.com",
        "https://evil.com\\@acme.no",
        "https://acme .no",
        "https://ac\nme.no",
        "https://acme.no/ path",
        "acme.no@evil.com",
        "https://u:p@acme.no",
        "https://evil.com\\.acme.no",
        "https://acme\u2024no",
        "https://acme\uff0eno/",
        "https://acme.no\tx",
    ],
)
def test_website_refuses_what_takes_a_browser_elsewhere(text: str) -> None:
    assert not validate_website(text).ok, text


@pytest.mark.parametrize(
    "text",
    [
        "https://acme.no",
        "acme.no",
        "https://www.acme.no/om-oss",
        "https://blåbær.no",
        " https://acme.no ",
    ],
)
def test_website_accepts_ordinary_addresses(text: str) -> None:
    assert validate_website(text).ok


_url_chars = st.sampled_from(
    [*"abcxyz.-/:@\\?#% \n\t_", "\u2024", "\uff0e", "ø", "ß", "https://", "evil.com", "acme.no"]
)


@MANY
@given(parts=st.lists(_url_chars, max_size=12))
def test_website_property(parts: list[str]) -> None:
    text = "".join(parts)
    result = validate_website(text)
    if result.ok:
        value = result.value
        assert value is not None
        assert not any(c.isspace() or c == "\\" for c in value)
        split = urlsplit(value)
        assert split.scheme == "https"
        assert "@" not in split.netloc and split.username is None
        host = split.hostname or ""
        assert validate_domain(host).ok
        assert not (set(split.netloc) & LOOKALIKE_SEPARATORS)


# --- domain ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "evil.com:acme.idura.broker",
        "evil.com:443x",
        "acme\u2024idura.broker",
        "acme\uff0eidura.broker",
        "acme\u3002idura.broker",
        "evil.com\\acme.idura.broker",
    ],
)
def test_domain_refuses_disguised_separators(text: str) -> None:
    assert not validate_domain(text).ok, text


def test_domain_keeps_a_real_port_strip() -> None:
    result = validate_domain("acme.idura.broker:443")
    assert result.value == "acme.idura.broker"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("straße.no", "xn--strae-oqa.no"),
        ("blåbær.no", "xn--blbr-roah.no"),
        ("BLÅBÆR.NO", "xn--blbr-roah.no"),
        ("faß.de", "xn--fa-hia.de"),
    ],
)
def test_domain_is_idna_2008_uts46_nontransitional(text: str, expected: str) -> None:
    assert validate_domain(text).value == expected


_domain_chars = st.sampled_from(
    [*"abz09-.:/@", "ß", "ø", "å", "\u2024", "\uff0e", "\u3002", "xn--", "443", "Ä", "\u200d"]
)


@MANY
@given(parts=st.lists(_domain_chars, max_size=14))
def test_domain_property(parts: list[str]) -> None:
    text = "".join(parts)
    result = validate_domain(text)
    if not result.ok:
        return
    text = text.replace("\u200d", "")  # invisible: cleaned away by every validator
    value = result.value
    assert value is not None and value.isascii() and value == value.lower()
    host_part = text.split("://", 1)[-1]
    for stop in "#?/":
        host_part = host_part.split(stop, 1)[0]
    assert not (set(host_part) & LOOKALIKE_SEPARATORS)
    if ":" in host_part:
        assert host_part.split(":", 1)[1].isdigit()  # only a real port is ever stripped
        host_part = host_part.split(":", 1)[0]
    host_part = host_part.rstrip(".")
    if not host_part.isascii():
        assert value == idna.encode(host_part, uts46=True, transitional=False).decode()
    else:
        assert value == host_part.lower()
