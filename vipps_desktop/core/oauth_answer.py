"""Reading an answer of an OAuth 2.0 server (Vipps runs ORY Hydra; Idura's broker answers
alike): the error code and description in JSON, in a query string or on an HTML error page.
Shared by the Vipps credential check (core/vipps.py) and the chain checks (core/chain.py),
with the two environments both know."""

from __future__ import annotations

import html
import re
import secrets
from collections.abc import Mapping
from typing import Any, Literal, NamedTuple
from urllib.parse import parse_qsl, urljoin, urlsplit

from vipps_desktop.core.net import HttpResponse

Environment = Literal["production", "test"]
ENVIRONMENTS: tuple[Environment, Environment] = ("production", "test")


def environment_of(stored: object) -> Environment:
    """The Vipps environment a setup's `vipps_environment` value names: production unless it
    says test."""
    return "test" if stored == "test" else "production"


ERROR_CODE = re.compile(r"^[a-z_]{1,40}$")
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# Hydra/fosite: "The 'redirect_uri' parameter does not match any of the OAuth 2.0 Client's
# pre-registered redirect urls." (older: "redirect_uri" in double quotes); Vipps' own page:
# "The "redirect_uri" provided with your request does not match any of your preregistered URIs".
REDIRECT_WORDS = re.compile(r"redirect[_ ]?ur[il]|redirect url|pre-?registered", re.IGNORECASE)
UNKNOWN_CLIENT = re.compile(
    r"client does not exist|client (?:is )?(?:unknown|not found)", re.IGNORECASE
)
SEEN_MAX = 120  # how much of an address a message shows


def error_code(value: object) -> str:
    """`value` when it is an OAuth error code (``invalid_client``), else "" (never a page's
    text passed off as a code)."""
    return value.strip() if isinstance(value, str) and ERROR_CODE.match(value.strip()) else ""


class Said(NamedTuple):
    """An OAuth error found in an answer (any form), or a plain description of it."""

    error: str = ""
    text: str = ""  # description, hint, page text: searched, never shown whole
    seen: str = ""


def body_text(answer: HttpResponse) -> str:
    raw = answer.body[:200_000].decode("utf-8", errors="replace")
    # Tags out, entities decoded: Vipps' page writes "redirect_uri" as &quot;redirect_uri&quot;.
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def content_type(answer: HttpResponse) -> str:
    return (answer.headers.get("Content-Type") or "").split(";")[0].strip().lower()


def error_in_fields(fields: Mapping[str, Any]) -> tuple[str, str]:
    """(error code, the words around it) from an answer's JSON or query fields."""
    text = " ".join(
        str(fields.get(k) or "")
        for k in ("error_description", "error_hint", "error_debug", "message")
    )
    return error_code(fields.get("error")), text


def said_in_body(answer: HttpResponse, seen: str) -> Said:
    """What the answer's body says: its JSON's error fields, or an error code named on its
    page. `seen` is the answer as the message will describe it."""
    data = answer.json_object()
    if data is not None:
        code, text = error_in_fields(data)
        return Said(code, text, seen)
    text = body_text(answer)
    lowered = text.lower()
    code = next(
        (
            c
            for c in (
                "invalid_client",
                "invalid_request",
                "unauthorized_client",
                "invalid_scope",
                "access_denied",
                "server_error",
            )
            if c in lowered
        ),
        "",
    )
    return Said(code, text, seen)


# --- Addresses and answers, as a message may show them ---------------------------------------


def new_state() -> str:
    # Hydra refuses a state shorter than 8 characters (and then redirects to the callback).
    return secrets.token_urlsafe(16)


def origin(url: str) -> tuple[str, str, int | None]:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return ("", "", None)
    return (parts.scheme.lower(), (parts.hostname or "").lower(), port)


def without_query(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"


def safe_url(url: str) -> str:
    """`url` without query or fragment (they may hold a state or a challenge), for a message."""
    try:
        return without_query(url)[:SEEN_MAX]
    except ValueError:
        return "?"


def query_of(url: str) -> dict[str, str]:
    try:
        return dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))
    except ValueError:
        return {}


def describe(answer: HttpResponse) -> str:
    location = answer.headers.get("Location")
    if answer.status in REDIRECT_STATUSES and location:
        return f"{answer.status} → {safe_url(urljoin(answer.url, location))}"
    kind = content_type(answer) or "no content type"
    return f"{answer.status} {kind}"
