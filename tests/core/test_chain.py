"""The chain checks (core/chain.py) against loopback servers that answer like Hydra and Idura.

Check 1: Vipps' authorize endpoint with the client ID only. Check 2: Idura's authorize URL for
Vipps, inspected at the hop that leaves for Vipps. The health check combines them with the
domain's discovery and Brønnøysund. No function here takes a secret; the servers' requests are
searched for one anyway.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from chain_servers import (
    APP_CALLBACK,
    APP_CLIENT_ID,
    CALLBACK,
    DOMAIN,
    OLD_CLIENT_ID,
    PROD_AUTH,
    SECRET,
    TEST_AUTH,
    TEST_CLIENT_ID,
    VIPPS_CLIENT_ID,
    Chain,
    serve_chain,
)
from check_util import ACTIVE, ORG, discovery
from loopback import LoopbackServer, Reply, json_reply

from vipps_desktop.core import chain as chain_mod
from vipps_desktop.core.chain import (
    ChainCheck,
    RedirectCheck,
    check_chain,
    check_redirect_uri,
    near_misses,
)
from vipps_desktop.core.health_check import run_health_check
from vipps_desktop.core.health_report import HEALTH_ITEMS, HealthReport
from vipps_desktop.core.net import CancelToken, HttpFailure, HttpSession, make_session
from vipps_desktop.core.wording import text


@pytest.fixture
def chain(monkeypatch: pytest.MonkeyPatch) -> Iterator[Chain]:
    with serve_chain(monkeypatch) as served:
        yield served
        served.assert_no_secret()


@pytest.fixture
def session() -> Iterator[HttpSession]:
    with make_session(timeout=(1.0, 1.0), retries=0) as s:
        yield s


def check1(
    session: HttpSession, client_id: str = VIPPS_CLIENT_ID, url: str = CALLBACK, **kwargs: Any
) -> RedirectCheck:
    kwargs.setdefault("environment", "production")
    return check_redirect_uri(client_id, url, session=session, **kwargs)


def check2(session: HttpSession, **kwargs: Any) -> ChainCheck:
    kwargs.setdefault("expected_client_id", VIPPS_CLIENT_ID)
    kwargs.setdefault("expected_environment", "production")
    return check_chain(DOMAIN, APP_CLIENT_ID, APP_CALLBACK, session=session, **kwargs)


def query_of(chain: Chain, index: int = 0) -> dict[str, str]:
    return dict(parse_qsl(chain.vipps.requests[index].query))


# --- check 1 ----------------------------------------------------------------------------------


def test_registered_callback_gets_a_login_challenge(chain: Chain, session: HttpSession) -> None:
    result = check1(session)
    assert result.registered and result.outcome == "registered"
    assert result.message.code == "redirect.registered"
    assert result.message.param("environment") == "production"
    assert result.checked_on  # a date
    [request] = chain.vipps.requests
    assert request.path == PROD_AUTH
    query = query_of(chain)
    assert query["client_id"] == VIPPS_CLIENT_ID
    assert query["redirect_uri"] == CALLBACK
    assert (query["response_type"], query["scope"]) == ("code", "openid")
    assert len(query["state"]) >= 8  # Hydra refuses shorter states
    assert "client_secret" not in query


@pytest.mark.parametrize("style", ["v2", "v1", "page", "json"])
def test_unregistered_callback_in_every_style(
    chain: Chain, session: HttpSession, style: str
) -> None:
    chain.production.style = style
    chain.production.clients[VIPPS_CLIENT_ID] = ["https://elsewhere.example/cb"]
    result = check1(session)
    assert result.outcome == "not_registered"
    assert result.message.code == "redirect.not_registered"
    assert result.message.param("url") == CALLBACK
    assert result.error == "invalid_request"
    # The exact URL, then the near-misses, never the error page.
    assert chain.vipps.count("GET", PROD_AUTH) == 1 + len(near_misses(CALLBACK))
    assert chain.vipps.count("GET", "/oauth2/fallbacks/error") == 0


@pytest.mark.parametrize(
    ("registered", "code"),
    [
        (CALLBACK + "/", "redirect.near_miss_slash"),
        (CALLBACK.lower(), "redirect.near_miss_case"),
        (CALLBACK.lower() + "/", "redirect.near_miss_case_slash"),
    ],
)
def test_near_miss_is_named(chain: Chain, session: HttpSession, registered: str, code: str) -> None:
    chain.production.clients[VIPPS_CLIENT_ID] = [registered]
    result = check1(session)
    assert result.outcome == "not_registered"  # never OK: the exact URL is what Idura sends
    assert result.message.code == code
    assert result.near_miss == registered
    assert result.message.param("registered") == registered
    assert result.message.param("url") == CALLBACK


def test_near_misses_only_when_the_exact_one_fails(chain: Chain, session: HttpSession) -> None:
    check1(session)
    assert chain.vipps.count() == 1
    chain.vipps.requests.clear()
    check1(session, probe_near_misses=False, url=CALLBACK + "/x")
    assert chain.vipps.count() == 1


def test_near_miss_variants() -> None:
    assert near_misses(CALLBACK) == [
        (CALLBACK + "/", "slash"),
        (CALLBACK.lower(), "case"),
        (CALLBACK.lower() + "/", "case_slash"),
    ]
    lower_slash = CALLBACK.lower() + "/"
    assert [kind for _url, kind in near_misses(lower_slash)] == ["slash", "case", "case_slash"]
    assert (CALLBACK, "case_slash") in near_misses(lower_slash)


@pytest.mark.parametrize("style", ["v2", "v1", "page", "json"])
def test_unknown_client_id(chain: Chain, session: HttpSession, style: str) -> None:
    chain.production.style = style
    result = check1(session, client_id="00000000-0000-4000-8000-000000000000")
    assert result.outcome == "unknown_client"
    # Both environments were asked and neither knows the ID: the message says exactly that,
    # not "these are test keys" or any other guess at the cause.
    assert result.message.code == "redirect.unknown_client_nowhere"
    assert result.message.param("environment") == "production"
    assert result.message.param("other") == "test"
    assert result.known_in is None
    assert [r.path for r in chain.vipps.requests] == [PROD_AUTH, TEST_AUTH]


def test_unknown_client_id_without_probing(chain: Chain, session: HttpSession) -> None:
    result = check1(
        session, client_id="00000000-0000-4000-8000-000000000000", probe_near_misses=False
    )
    assert result.message.code == "redirect.unknown_client"
    assert [r.path for r in chain.vipps.requests] == [PROD_AUTH]


def test_test_keys_for_production_are_named(chain: Chain, session: HttpSession) -> None:
    result = check1(session, client_id=TEST_CLIENT_ID)
    assert result.outcome == "unknown_client"
    assert result.message.code == "redirect.unknown_client_other"
    assert result.known_in == "test"
    assert [r.path for r in chain.vipps.requests] == [PROD_AUTH, TEST_AUTH]


def test_test_environment_is_asked_for_test_keys(chain: Chain, session: HttpSession) -> None:
    result = check1(session, client_id=TEST_CLIENT_ID, environment="test")
    assert result.registered
    assert [r.path for r in chain.vipps.requests] == [TEST_AUTH]


def test_redirect_to_the_callback_itself_proves_registration(
    chain: Chain, session: HttpSession
) -> None:
    location = CALLBACK + "?error=invalid_state&error_description=too+weak"
    chain.vipps.route("GET", PROD_AUTH, Reply(303, headers={"Location": location}))
    result = check1(session)
    assert result.registered
    assert result.error == "invalid_state"


@pytest.mark.parametrize(
    "reply",
    [
        Reply(200, b"<html>Maintenance</html>", {"Content-Type": "text/html"}),
        Reply(302, headers={"Location": "https://vipps.no/somewhere"}),
        json_reply(400, {"error": "invalid_request", "error_description": "missing nonce"}),
        json_reply(400, {"error": "invalid_scope", "error_description": "bad scope"}),
        Reply(404),
        Reply(503, b"down"),
        Reply(302, headers={"Location": "/oauth2/fallbacks/error?error=server_error"}),
    ],
    ids=[
        "page",
        "redirect-elsewhere",
        "other-invalid-request",
        "invalid-scope",
        "404",
        "503",
        "server-error",
    ],
)
def test_anything_else_is_inconclusive(chain: Chain, session: HttpSession, reply: Reply) -> None:
    chain.vipps.route("GET", PROD_AUTH, reply)
    result = check1(session)
    assert result.outcome == "inconclusive"
    assert result.message.code == "redirect.inconclusive"
    assert result.message.param("seen").startswith(str(reply.status))
    assert "state=" not in result.seen  # no query in what is shown
    assert chain.vipps.count() == 1  # no near-miss probing on an unknown answer


def test_redirects_are_never_followed(chain: Chain, session: HttpSession) -> None:
    chain.vipps.route("GET", PROD_AUTH, Reply(302, headers={"Location": "/elsewhere"}))
    chain.vipps.route("GET", "/elsewhere", Reply(200))
    check1(session)
    assert chain.vipps.count("GET", "/elsewhere") == 0


def test_own_authorize_url_variables(
    chain: Chain, session: HttpSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VIPPS_DESKTOP_VIPPS_AUTHORIZE_URL", chain.vipps.url + "/auth-prod/")
    chain.vipps.route("GET", "/auth-prod", handler=chain.production)
    assert check1(session).registered
    assert chain.vipps.requests[-1].path == "/auth-prod"
    monkeypatch.setenv("VIPPS_DESKTOP_VIPPS_TEST_AUTHORIZE_URL", chain.vipps.url + "/auth-test")
    assert chain_mod.vipps_authorize_url("test") == chain.vipps.url + "/auth-test"


def test_default_authorize_urls(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "VIPPS_DESKTOP_VIPPS_AUTHORIZE_URL",
        "VIPPS_DESKTOP_VIPPS_TEST_AUTHORIZE_URL",
        "VIPPS_DESKTOP_VIPPS_API_URL",
        "VIPPS_DESKTOP_VIPPS_TEST_API_URL",
    ):
        monkeypatch.delenv(name, raising=False)
    assert chain_mod.vipps_authorize_url("production") == (
        "https://api.vipps.no/access-management-1.0/access/oauth2/auth"
    )
    assert chain_mod.vipps_authorize_url("test") == (
        "https://apitest.vipps.no/access-management-1.0/access/oauth2/auth"
    )


def test_plain_http_elsewhere_is_refused(
    monkeypatch: pytest.MonkeyPatch, session: HttpSession
) -> None:
    monkeypatch.setenv("VIPPS_DESKTOP_VIPPS_AUTHORIZE_URL", "http://vipps.example/auth")
    with pytest.raises(HttpFailure) as caught:
        check1(session)
    assert caught.value.kind == "refused_insecure"


def test_cancel(chain: Chain, session: HttpSession) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(HttpFailure) as caught:
        check1(session, cancel=token)
    assert caught.value.kind == "cancelled"
    assert chain.vipps.count() == 0


def test_slow_vipps_times_out(chain: Chain) -> None:
    chain.vipps.route("GET", PROD_AUTH, Reply(delay=2.0))
    with make_session(timeout=(0.5, 0.3), retries=0) as quick, pytest.raises(HttpFailure) as caught:
        check1(quick)
    assert caught.value.kind == "timeout"


def test_empty_inputs_are_a_programming_error(session: HttpSession) -> None:
    with pytest.raises(ValueError):
        check_redirect_uri(" ", CALLBACK, environment="production", session=session)


def test_no_check_takes_a_secret() -> None:
    for function in (check_redirect_uri, check_chain, run_health_check):
        names = inspect.signature(function).parameters
        assert not any("secret" in name for name in names)


# --- check 2 ----------------------------------------------------------------------------------


def test_idura_sends_your_client_id_and_callback(chain: Chain, session: HttpSession) -> None:
    result = check2(session)
    assert result.outcome == "confirmed" and result.ok
    assert result.message.code == "chain.confirmed"
    assert result.client_id_confirmed
    assert (result.sent_client_id, result.sent_redirect_uri) == (VIPPS_CLIENT_ID, CALLBACK)
    assert result.environment == "production"
    assert result.vipps is not None and result.vipps.registered
    # Idura's own hop was followed; the hop to Vipps was inspected and asked once (check 1 on
    # that very URL, with Idura's state and scope).
    assert [r.path for r in chain.idura.requests] == [
        f"/{DOMAIN}/oauth2/authorize",
        f"/{DOMAIN}/NOVippsLogin/start",
    ]
    first = dict(parse_qsl(chain.idura.requests[0].query))
    assert first["acr_values"] == "urn:grn:authn:no:vipps"
    assert (first["client_id"], first["redirect_uri"]) == (APP_CLIENT_ID, APP_CALLBACK)
    assert "prompt" not in first
    [vipps] = chain.vipps.requests
    assert dict(parse_qsl(vipps.query))["scope"] == "openid name"  # Idura's URL as is


def test_without_the_users_client_id_it_reports_what_idura_sends(
    chain: Chain, session: HttpSession
) -> None:
    result = check2(session, expected_client_id=None)
    assert result.outcome == "confirmed" and result.ok
    assert result.client_id_matches is None and not result.client_id_confirmed
    assert result.message.code == "chain.sends"
    assert result.message.param("client_id") == VIPPS_CLIENT_ID


def test_idura_still_has_the_old_client_id(chain: Chain, session: HttpSession) -> None:
    chain.idura_app.vipps_client_id = OLD_CLIENT_ID
    result = check2(session)
    assert result.outcome == "differs" and not result.ok
    assert result.message.code == "chain.client_id_differs"
    assert (result.message.param("got"), result.message.param("want")) == (
        OLD_CLIENT_ID,
        VIPPS_CLIENT_ID,
    )
    assert result.vipps is not None and result.vipps.outcome == "unknown_client"


@pytest.mark.parametrize(
    ("expected", "label"), [("production", "Production environment"), ("test", "Test environment")]
)
def test_another_client_id_says_where_the_new_keys_belong(
    chain: Chain, session: HttpSession, expected: str, label: str
) -> None:
    # Test keys are saved with the dashboard on "Test environment", not always on Production.
    chain.idura_app.vipps_client_id = OLD_CLIENT_ID
    if expected == "test":
        chain.idura_app.vipps_base = chain.vipps.url + TEST_AUTH
    result = check2(session, expected_environment=expected)
    assert result.message.code == "chain.client_id_differs"
    assert result.message.param("dropdown") == label
    assert f"“{label}” chosen in the dashboard's environment dropdown" in text(result.message)


def test_idura_sends_another_callback(chain: Chain, session: HttpSession) -> None:
    chain.idura_app.redirect_uri = CALLBACK.lower()
    result = check2(session)
    assert result.outcome == "differs"
    assert [m.code for m in result.differences] == ["chain.redirect_uri_differs"]
    assert result.message.param("got") == CALLBACK.lower()
    assert result.vipps is not None and result.vipps.outcome == "not_registered"


def test_idura_sends_test_keys_to_the_test_environment(chain: Chain, session: HttpSession) -> None:
    chain.idura_app.vipps_base = chain.vipps.url + TEST_AUTH
    chain.idura_app.vipps_client_id = TEST_CLIENT_ID
    result = check2(session)
    assert result.outcome == "differs"
    assert [m.code for m in result.differences] == [
        "chain.client_id_differs",
        "chain.environment_differs",
    ]
    assert result.environment == "test"
    assert result.vipps is not None and result.vipps.registered  # checked where Idura sends


def test_callback_not_registered_at_vipps_fails_the_chain(
    chain: Chain, session: HttpSession
) -> None:
    chain.production.clients[VIPPS_CLIENT_ID] = []
    result = check2(session)
    assert result.outcome == "confirmed" and not result.ok
    assert result.vipps is not None and result.vipps.outcome == "not_registered"


@pytest.mark.parametrize("errors", ["json", "html"])
def test_unknown_application(chain: Chain, session: HttpSession, errors: str) -> None:
    chain.idura_app.errors = errors
    result = check_chain(DOMAIN, "urn:nobody", APP_CALLBACK, session=session)
    assert result.outcome == "idura_error"
    assert result.message.code == "chain.unknown_application"
    assert result.message.param("client_id") == "urn:nobody"
    assert chain.vipps.count() == 0


@pytest.mark.parametrize("errors", ["json", "html"])
def test_callback_not_registered_for_the_application(
    chain: Chain, session: HttpSession, errors: str
) -> None:
    chain.idura_app.errors = errors
    result = check_chain(DOMAIN, APP_CLIENT_ID, "https://app.acme.no/other", session=session)
    assert result.outcome == "idura_error"
    assert result.message.code == "chain.callback_not_registered"


@pytest.mark.parametrize("errors", ["json", "html", "redirect"])
def test_vipps_not_configured(chain: Chain, session: HttpSession, errors: str) -> None:
    chain.idura_app.errors = errors
    chain.idura_app.vipps_client_id = None
    result = check2(session)
    assert result.outcome == "idura_error"
    assert result.message.code == "chain.vipps_not_configured"
    assert chain.vipps.count() == 0


@pytest.mark.parametrize("page_status", [404, 200])
@pytest.mark.parametrize(
    ("app", "callback", "vipps_configured", "code"),
    [
        ("urn:nobody", APP_CALLBACK, True, "chain.unknown_application"),
        (APP_CLIENT_ID, "https://app.acme.no/other", True, "chain.callback_not_registered"),
        (APP_CLIENT_ID, APP_CALLBACK, False, "chain.vipps_not_configured"),
    ],
    ids=["unknown-application", "callback-not-registered", "vipps-not-configured"],
)
def test_idura_error_page_is_judged_by_the_hops_error(
    chain: Chain,
    session: HttpSession,
    app: str,
    callback: str,
    vipps_configured: bool,
    code: str,
    page_status: int,
) -> None:
    """Issue 22: Idura redirects to its own error page with the OAuth error in the hop's
    query; the page itself is missing (404) or names nothing (200). The hop says it all."""
    chain.idura_app.errors = "error_page"
    chain.idura_app.error_page_status = page_status
    if not vipps_configured:
        chain.idura_app.vipps_client_id = None  # the error comes on the second Idura hop
    result = check_chain(
        DOMAIN,
        app,
        callback,
        expected_client_id=VIPPS_CLIENT_ID,
        expected_environment="production",
        session=session,
    )
    assert result.outcome == "idura_error"
    assert result.message.code == code
    assert chain.idura.count("GET", f"/{DOMAIN}/error") <= 1
    assert chain.vipps.count() == 0
    assert not result.keys_saved


def test_an_unrecognised_error_on_an_idura_hop_stays_inconclusive(
    chain: Chain, session: HttpSession
) -> None:
    query = "error=server_error&error_description=Try+again+later"
    chain.idura.route(
        "GET",
        f"/{DOMAIN}/oauth2/authorize",
        Reply(302, headers={"Location": f"/{DOMAIN}/error?{query}"}),
    )
    result = check2(session)
    assert result.outcome == "inconclusive"
    assert result.message.param("error") == "server_error"


# Issue 22: the keys may leave this computer only when Idura sends exactly this client ID to
# the expected environment, and Vipps (when it was asked) accepts the callback URL.
@pytest.mark.parametrize(
    ("verdict", "saved"),
    [
        ("confirmed", True),
        ("confirmed-vipps-not-asked", True),
        ("environment-differs", False),
        ("environment-differs-vipps-not-asked", False),
        ("environment-not-known", False),
        ("other-client-id", False),
        ("callback-not-registered-at-vipps", False),
        ("vipps-inconclusive", False),
        ("idura-error", False),
    ],
)
def test_keys_saved_only_when_client_id_environment_and_vipps_agree(
    chain: Chain, session: HttpSession, verdict: str, saved: bool
) -> None:
    kwargs: dict[str, Any] = {}
    if verdict.endswith("vipps-not-asked"):
        kwargs["run_vipps_check"] = False
    if verdict.startswith("environment-differs"):
        # Production keys saved with the dashboard on Test: Idura sends them to Vipps' test.
        chain.idura_app.vipps_base = chain.vipps.url + TEST_AUTH
    if verdict == "environment-not-known":
        kwargs["expected_environment"] = None
    if verdict == "other-client-id":
        chain.idura_app.vipps_client_id = OLD_CLIENT_ID
    if verdict == "callback-not-registered-at-vipps":
        chain.production.clients[VIPPS_CLIENT_ID] = []
    if verdict == "vipps-inconclusive":
        chain.production.unknown = True
    if verdict == "idura-error":
        chain.idura_app.vipps_client_id = None
    result = check2(session, **kwargs)
    assert result.keys_saved is saved
    if verdict.startswith("environment-differs"):
        assert result.client_id_confirmed  # the same client ID: not enough
        assert result.environment_matches is False
        assert "chain.environment_differs" in [m.code for m in result.differences]


def test_html_page_instead_of_a_redirect_is_inconclusive(
    chain: Chain, session: HttpSession
) -> None:
    chain.idura_app.page = True
    result = check2(session)
    assert result.outcome == "inconclusive"
    assert result.message.code == "chain.page"
    assert result.message.param("seen") == "200 text/html"


@pytest.mark.parametrize(
    "reply",
    [
        json_reply(400, {"error": "weird", "error_description": "something"}),
        Reply(404),
        Reply(500, b"oops"),
    ],
    ids=["unknown-error", "404", "500"],
)
def test_unrecognised_idura_answers_are_inconclusive(
    chain: Chain, session: HttpSession, reply: Reply
) -> None:
    chain.idura.route("GET", f"/{DOMAIN}/oauth2/authorize", reply)
    result = check2(session)
    assert result.outcome == "inconclusive"


def test_redirect_to_an_unknown_host_is_inspected_not_followed(
    chain: Chain, session: HttpSession
) -> None:
    with LoopbackServer() as stranger:
        chain.idura_app.vipps_base = stranger.url + "/auth"
        result = check2(session)
        assert stranger.count() == 0
    assert result.outcome == "inconclusive"
    assert result.message.code == "chain.unknown_target"
    assert result.sent_client_id == VIPPS_CLIENT_ID


def test_redirect_loop_on_idura_is_capped(chain: Chain, session: HttpSession) -> None:
    chain.idura.route(
        "GET",
        f"/{DOMAIN}/oauth2/authorize",
        Reply(302, headers={"Location": f"/{DOMAIN}/oauth2/authorize?x=1"}),
    )
    result = check2(session)
    assert result.outcome == "inconclusive"
    assert chain.idura.count() == 6


def test_vipps_half_failing_leaves_idura_half(chain: Chain, session: HttpSession) -> None:
    chain.vipps.route("GET", PROD_AUTH, Reply(drop=True))
    result = check2(session)
    assert result.outcome == "confirmed"
    assert result.vipps is None and not result.ok


def test_test_login_url_has_prompt_login(chain: Chain) -> None:
    url = chain_mod.test_login_url(DOMAIN, APP_CLIENT_ID, APP_CALLBACK)
    parts = urlsplit(url)
    assert parts.path == f"/{DOMAIN}/oauth2/authorize"
    query = dict(parse_qsl(parts.query))
    assert query["prompt"] == "login"
    assert query["acr_values"] == "urn:grn:authn:no:vipps"
    assert (query["client_id"], query["redirect_uri"]) == (APP_CLIENT_ID, APP_CALLBACK)


# --- health check -----------------------------------------------------------------------------


@pytest.fixture
def health(chain: Chain, monkeypatch: pytest.MonkeyPatch) -> Iterator[Chain]:
    chain.idura.route(
        "GET", f"/{DOMAIN}/.well-known/openid-configuration", json_reply(200, discovery())
    )
    chain.idura.route("GET", f"/brreg/enheter/{ORG}", json_reply(200, ACTIVE))
    monkeypatch.setenv("VIPPS_DESKTOP_BRREG_URL", chain.idura.url + "/brreg")
    yield chain


def run(session: HttpSession, **kwargs: Any) -> HealthReport:
    options: dict[str, Any] = {
        "domain": DOMAIN,
        "org_number": ORG,
        "app_client_id": APP_CLIENT_ID,
        "app_callback": APP_CALLBACK,
    }
    options.update(kwargs)
    return run_health_check(session=session, **options)


def statuses(report: HealthReport) -> dict[str, str]:
    return {i.name: i.status for i in report.items}


def test_health_all_ok(health: Chain, session: HttpSession) -> None:
    seen: list[tuple[str, int, int]] = []
    report = run(session, progress=lambda *a: seen.append(a))
    assert statuses(report) == {
        "domain": "ok",
        "company": "ok",
        "vipps_redirect": "ok",
        "idura_chain": "ok",
    }
    assert report.all_ok and report.summary == "ok"
    assert [i.name for i in report.items] == list(HEALTH_ITEMS)
    assert [s[1] for s in seen] == [0, 1, 2, 3] and {s[2] for s in seen} == {4}
    assert report.item("company") is not None
    assert report.item("company").message.param("name") == "EQUINOR ASA"  # type: ignore[union-attr]
    assert report.chain is not None and report.chain.sent_client_id == VIPPS_CLIENT_ID
    # Check 1 ran on Idura's own redirect: one request to Vipps.
    assert health.vipps.count() == 1


def test_health_report_round_trips_as_json(health: Chain, session: HttpSession) -> None:
    import json

    report = run(session)
    data = json.loads(json.dumps(report.to_json()))
    again = HealthReport.from_json(data)
    assert again is not None
    assert again.items == report.items and again.checked_on == report.checked_on
    assert HealthReport.from_json({"items": [{"name": "x"}]}) == HealthReport(
        items=(), checked_on=""
    )
    assert HealthReport.from_json("nonsense") is None


def test_health_without_idura_application_is_skipped_not_failed(
    health: Chain, session: HttpSession
) -> None:
    report = run(session, app_client_id=None, app_callback=None)
    assert statuses(report) == {
        "domain": "ok",
        "company": "ok",
        "vipps_redirect": "skipped",
        "idura_chain": "skipped",
    }
    assert not report.all_ok and report.summary == "skipped"


def test_health_with_the_users_client_id_checks_it_directly(
    health: Chain, session: HttpSession
) -> None:
    report = run(session, client_id=VIPPS_CLIENT_ID)
    assert report.all_ok
    assert report.chain is not None and report.chain.client_id_confirmed
    assert health.vipps.count() == 1  # the user's own check 1; the chain did not repeat it


def test_health_finds_a_bankrupt_company_and_a_missing_registration(
    health: Chain, session: HttpSession
) -> None:
    health.idura.route("GET", f"/brreg/enheter/{ORG}", json_reply(200, {**ACTIVE, "konkurs": True}))
    health.production.clients[VIPPS_CLIENT_ID] = []
    report = run(session)
    assert statuses(report)["company"] == "problem"
    assert report.item("company").message.code == "brreg.bankrupt"  # type: ignore[union-attr]
    assert statuses(report)["vipps_redirect"] == "problem"
    assert report.summary == "problem"


def test_health_records_a_failure_and_goes_on(
    health: Chain, session: HttpSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    from loopback import closed_port

    monkeypatch.setenv("VIPPS_DESKTOP_BRREG_URL", f"http://127.0.0.1:{closed_port()}/x")
    report = run(session)
    assert statuses(report)["company"] == "failed"
    assert report.item("company").message.code == "http.offline"  # type: ignore[union-attr]
    assert statuses(report)["idura_chain"] == "ok"


def test_health_domain_problem(health: Chain, session: HttpSession) -> None:
    health.idura.route("GET", f"/{DOMAIN}/.well-known/openid-configuration", Reply(404))
    report = run(session)
    assert statuses(report)["domain"] == "problem"
    assert report.item("domain").message.code == "criipto.not_found"  # type: ignore[union-attr]


def test_health_cancel_stops_everything(health: Chain, session: HttpSession) -> None:
    token = CancelToken()

    def progress(name: str, index: int, total: int) -> None:
        if index == 1:
            token.cancel()

    with pytest.raises(HttpFailure) as caught:
        run(session, progress=progress, cancel=token)
    assert caught.value.kind == "cancelled"
    assert health.vipps.count() == 0


def test_nothing_secret_in_logs(
    chain: Chain, session: HttpSession, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    check2(session)
    check1(session)
    assert SECRET not in caplog.text
    ours = " ".join(r.getMessage() for r in caplog.records if r.name.startswith("vipps_desktop"))
    assert ours and "state=" not in ours and "login_challenge" not in ours
