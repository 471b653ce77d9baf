"""Hostile and broken servers (issue 13, items 2, 7 and 8): every answer becomes a failure kind
with a message, and no server can keep a check alive past its deadline or Cancel.

Real sockets on 127.0.0.1 (tests/loopback.py): a server that trickles one byte at a time,
Location headers that are not URLs, JSON nested thousands of levels deep.
"""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Iterator

import pytest
from loopback import LoopbackServer, Reply, json_reply
from probe_util import run_probe

from vipps_desktop.core import brreg, criipto
from vipps_desktop.core.net import (
    CancelToken,
    HttpFailure,
    HttpResponse,
    HttpSession,
    fetch,
    make_session,
)

# A per-recv read timeout of 1 s: a byte every 0.2 s never trips it.
FAST = {"timeout": (1.0, 1.0), "retries": 2, "backoff_factor": 0.0}
BODY = b'{"a": "' + b"x" * 60 + b'"}'  # trickled, this alone takes 14 s


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as s:
        yield s


@pytest.fixture
def session(monkeypatch: pytest.MonkeyPatch) -> Iterator[HttpSession]:
    monkeypatch.setenv("VIPPS_DESKTOP_HTTP_DEADLINE", "1.5")
    with make_session(**FAST) as s:  # type: ignore[arg-type]
        yield s


def failure(call: object, *args: object, **kwargs: object) -> HttpFailure:
    assert callable(call)
    with pytest.raises(HttpFailure) as info:
        call(*args, **kwargs)
    return info.value


# --- item 8: an overall deadline, and Cancel inside a read ------------------------------


@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("where", ["headers", "body"])
def test_a_trickling_server_meets_the_overall_deadline(
    server: LoopbackServer, session: HttpSession, method: str, where: str
) -> None:
    reply = (
        Reply(200, BODY, trickle=0.2) if where == "headers" else Reply(200, BODY, trickle_body=0.2)
    )
    server.route(method, "/slow", reply)
    started = time.monotonic()
    err = failure(fetch, session, method, server.url + "/slow", data={"a": "b"})
    elapsed = time.monotonic() - started
    assert err.kind == "timeout"
    assert err.message.code == "http.timeout"
    assert elapsed < 3.0, elapsed  # 1.5 s deadline; the trickle alone would take 14 s or more


def test_the_deadline_also_covers_retries(server: LoopbackServer, session: HttpSession) -> None:
    server.route("GET", "/busy", Reply(503, headers={"Retry-After": "1"}))
    started = time.monotonic()
    err = failure(fetch, session, "GET", server.url + "/busy")
    assert err.kind in ("timeout", "server_error")
    assert time.monotonic() - started < 2.5


def test_the_deadline_is_configurable_per_session(server: LoopbackServer) -> None:
    server.route("GET", "/slow", Reply(200, BODY, trickle_body=0.2))
    with make_session(**FAST, deadline=1.0) as short:  # type: ignore[arg-type]
        started = time.monotonic()
        assert failure(fetch, short, "GET", server.url + "/slow").kind == "timeout"
        assert time.monotonic() - started < 2.5


@pytest.mark.parametrize("where", ["headers", "body"])
def test_cancel_takes_effect_within_a_second_inside_a_read(
    server: LoopbackServer, where: str
) -> None:
    reply = (
        Reply(200, BODY, trickle=0.2) if where == "headers" else Reply(200, BODY, trickle_body=0.2)
    )
    server.route("GET", "/slow", reply)
    token = CancelToken()
    with make_session(**FAST, cancel=token, deadline=60) as s:  # type: ignore[arg-type]
        timer = threading.Timer(0.5, token.cancel)
        timer.start()
        started = time.monotonic()
        err = failure(fetch, s, "GET", server.url + "/slow")
        cancelled_after = time.monotonic() - started - 0.5
        timer.join()
    assert err.kind == "cancelled"
    assert cancelled_after < 1.0, cancelled_after


def test_a_session_survives_a_fired_deadline(server: LoopbackServer, session: HttpSession) -> None:
    server.route("GET", "/slow", Reply(200, BODY, trickle_body=0.2))
    server.route("GET", "/fast", json_reply(200, {"ok": True}))
    assert failure(fetch, session, "GET", server.url + "/slow").kind == "timeout"
    assert fetch(session, "GET", server.url + "/fast").json() == {"ok": True}


# --- item 7: a Location header that is not a URL ----------------------------------------


@pytest.mark.parametrize(
    "location",
    [
        "http://[oops/x",
        "http://127.0.0.1:99999/x",
        "https://[::1/x",
        "http://127.0.0.1:-1/",
        "https://example.com:abc/",
    ],
)
def test_a_location_that_is_no_url_is_a_bad_answer(
    server: LoopbackServer, session: HttpSession, location: str
) -> None:
    server.route("GET", "/x", Reply(302, headers={"Location": location}))
    err = failure(fetch, session, "GET", server.url + "/x")
    assert (err.kind, err.message.code) == ("unexpected", "http.bad_answer")
    # Not followed, the answer is simply handed back: requests must not parse it either.
    answer = fetch(session, "GET", server.url + "/x", follow_redirects=False)
    assert answer.status == 302
    server.route("POST", "/x", Reply(302, headers={"Location": location}))
    assert fetch(session, "POST", server.url + "/x", data={"a": "b"}).status == 302


@pytest.mark.parametrize("url", ["http://[oops/x", "http://127.0.0.1:99999/x"])
def test_a_url_that_does_not_parse_is_a_failure_kind(session: HttpSession, url: str) -> None:
    assert failure(fetch, session, "GET", url).kind == "unexpected"


# --- item 2: JSON nested deeper than the parser's recursion limit ------------------------


def test_deeply_nested_json_is_not_json() -> None:
    answer = HttpResponse(200, "https://x/", {}, b"[" * 100_000 + b"]" * 100_000)
    with pytest.raises(ValueError):
        answer.json()
    assert answer.json_object() is None


def test_a_criipto_domain_answering_deeply_nested_json(
    monkeypatch: pytest.MonkeyPatch, server: LoopbackServer, session: HttpSession
) -> None:
    monkeypatch.setenv("VIPPS_DESKTOP_CRIIPTO_URL_TEMPLATE", server.url + "/{domain}")
    server.route(
        "GET",
        "/acme.idura.broker/.well-known/openid-configuration",
        Reply(200, b"[" * 50_000, {"Content-Type": "application/json"}),
    )
    result = criipto.check_domain("acme.idura.broker", session=session)
    assert not result.ok
    assert result.problem is not None and result.problem.code == "criipto.not_json"


# --- item 7: Brønnøysund fields of the wrong type ----------------------------------------

EQUINOR = "923609016"
API = "/enhetsregisteret/api"
COMPANY = {
    "organisasjonsnummer": EQUINOR,
    "navn": "EQUINOR ASA",
    "organisasjonsform": {"kode": "ASA", "beskrivelse": "Allmennaksjeselskap"},
    "forretningsadresse": {
        "land": "Norge",
        "postnummer": "4035",
        "poststed": "STAVANGER",
        "adresse": ["Forusbeen 50"],
    },
}


@pytest.mark.parametrize("field", ["adresse", "postnummer", "poststed", "land"])
@pytest.mark.parametrize("value", [5, 3.5, True, None, {"a": 1}, [1, [2]], "Forusbeen 50"])
def test_brreg_address_fields_of_any_type(
    monkeypatch: pytest.MonkeyPatch,
    server: LoopbackServer,
    session: HttpSession,
    field: str,
    value: object,
) -> None:
    monkeypatch.setenv("VIPPS_DESKTOP_BRREG_URL", server.url + API)
    data = copy.deepcopy(COMPANY)
    data["forretningsadresse"][field] = value  # type: ignore[index]
    server.route("GET", f"{API}/enheter/{EQUINOR}", json_reply(200, data))
    result = brreg.lookup(EQUINOR, session=session)
    assert result.status == "active"
    assert all(isinstance(line, str) and line for line in result.address)
    if field == "adresse" and value == "Forusbeen 50":
        assert result.address[0] == "Forusbeen 50"  # one line as a string, not 12 letters


NO_SOCKS_PROBE = """
import json, sys, warnings

warnings.simplefilter("error")
# What a catch_warnings block on another thread does to requests' own filter mid-import.
warnings.simplefilter = lambda *args, **kwargs: None
import vipps_desktop.core.net.transport as transport

print(json.dumps([transport.requests.auth.__name__, sys.modules["urllib3.contrib.socks"]]))
"""


def test_importing_the_transport_does_not_rely_on_requests_own_warning_filter() -> None:
    """Without PySocks, urllib3's SOCKS module warned on its way to failing, and the first
    online check failed with "module 'requests' has no attribute 'auth'" whenever requests'
    filter for that warning had been undone meanwhile (core/net/no_socks.py)."""
    assert run_probe(NO_SOCKS_PROBE) == ["requests.auth", None]
