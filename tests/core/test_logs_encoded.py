"""The redactor also masks a secret's base64, HTTP Basic, repr() and JSON forms (issue 13,
item 12). Nothing logs those today; the redactor must hold if something ever does."""

from __future__ import annotations

import base64
import json
import logging
from pathlib import Path
from urllib.parse import quote_plus

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from log_util import written

from vipps_desktop.core import logs

pytestmark = pytest.mark.usefixtures("fresh_registry")

CLIENT_ID = "fb492b5e-7907-4d83-bc20-c7fb60ca35de"
SECRETS = ["Ab+cD/eF==gh+ij/kL9", "q\"uo\\te'd ø secret+/=", "plainsecretvalue1234"]


def b64(text: str, urlsafe: bool = False) -> str:
    encode = base64.urlsafe_b64encode if urlsafe else base64.b64encode
    return encode(text.encode()).decode()


@pytest.mark.parametrize("secret", SECRETS)
def test_base64_repr_and_json_forms_are_masked(log_file: Path, secret: str) -> None:
    logs.redact(secret)
    forms = [
        b64(secret),
        b64(secret).rstrip("="),
        b64(secret, urlsafe=True),
        repr(secret),
        json.dumps(secret),
        json.dumps(secret, ensure_ascii=False),
        repr({"client_secret": secret}),
    ]
    for form in forms:
        logging.getLogger("probe").warning("value %s", form)
    text = written(log_file)
    for form in forms:
        assert form not in text
        inner = form.strip("'\"")
        assert inner not in text
    assert text.count("[redacted]") >= len(forms)


@pytest.mark.parametrize("secret", SECRETS)
def test_the_http_basic_value_is_masked(log_file: Path, secret: str) -> None:
    logs.redact_basic(CLIENT_ID, secret)
    exact = b64(f"{quote_plus(CLIENT_ID)}:{quote_plus(secret)}")
    plain = b64(f"{CLIENT_ID}:{secret}")
    logging.getLogger("probe").warning("Authorization: Basic %s / %s", exact, plain)
    text = written(log_file)
    assert exact not in text and plain not in text


def test_a_secret_inside_any_base64_text_is_masked_without_knowing_the_rest() -> None:
    secret = "Ab+cD/eF==gh+ij/kL9"
    logs.redact(secret)  # no redact_basic: the user name is not known here
    for prefix in ("", "a", "ab", "abc", "someone:", "x:"):
        encoded = b64(prefix + secret + "tail")
        scrubbed = logs.scrub(encoded)
        assert encoded not in scrubbed
        assert "[redacted]" in scrubbed


@settings(max_examples=2000, deadline=None)
@given(secret=st.text(min_size=12, max_size=40), prefix=st.text(max_size=12))
def test_base64_of_any_secret_in_any_position(secret: str, prefix: str) -> None:
    logs._secrets.clear()
    logs.redact(secret)
    encoded = b64(prefix + ":" + secret)
    assert "[redacted]" in logs.scrub(encoded)
