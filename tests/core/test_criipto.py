"""Criipto/Idura domain check against a loopback server serving OpenID configurations."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest
from loopback import LoopbackServer, Reply, json_reply

from vipps_desktop.core import criipto
from vipps_desktop.core.net import CancelToken, HttpFailure, HttpSession, make_session

DOMAIN = "acme.criipto.id"
PATH = f"/{DOMAIN}/.well-known/openid-configuration"


def configuration(host: str = DOMAIN, **changes: Any) -> dict[str, Any]:
    """Shaped like what a Criipto Verify domain serves."""
    base = f"https://{host}"
    config: dict[str, Any] = {
        "issuer": base,
        "authorization_endpoint": f"{base}/oauth2/authorize",
        "token_endpoint": f"{base}/oauth2/token",
        "userinfo_endpoint": f"{base}/oauth2/userinfo",
        "end_session_endpoint": f"{base}/oidc/logout",
        "jwks_uri": f"{base}/.well-known/jwks",
        "pushed_authorization_request_endpoint": f"{base}/oauth2/par",
        "response_types_supported": ["code", "id_token", "code id_token"],
        "response_modes_supported": ["query", "fragment", "form_post"],
        "subject_types_supported": ["pairwise"],
        "id_token_signing_alg_values_supported": ["RS256"],
        "token_endpoint_auth_methods_supported": [
            "client_secret_basic",
            "client_secret_post",
            "private_key_jwt",
        ],
        "scopes_supported": ["openid"],
        "acr_values_supported": [
            "urn:grn:authn:dk:mitid:substantial",
            "urn:grn:authn:no:bankid",
            "urn:grn:authn:no:vipps",
            "urn:grn:authn:se:bankid:same-device",
        ],
    }
    config.update(changes)
    return {k: v for k, v in config.items() if v is not None}


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[LoopbackServer]:
    with LoopbackServer() as s:
        monkeypatch.setenv("VIPPS_DESKTOP_CRIIPTO_URL_TEMPLATE", s.url + "/{domain}")
        yield s


@pytest.fixture
def session() -> Iterator[HttpSession]:
    with make_session(timeout=(1.0, 1.0), retries=1, backoff_factor=0.0) as s:
        yield s


def problem(result: criipto.DomainCheck) -> str:
    return result.problem.code if result.problem else ""


def test_live_domain_is_ok(server: LoopbackServer, session: HttpSession) -> None:
    server.route("GET", PATH, json_reply(200, configuration()))
    result = criipto.check_domain(DOMAIN, session=session)
    assert result.ok and result.problem is None
    assert result.issuer == f"https://{DOMAIN}"
    assert result.vipps_listed
    assert [n.code for n in result.notes] == ["criipto.vipps_listed"]
    assert server.requests[0].path == PATH


def test_pasted_url_is_reduced_to_the_domain(server: LoopbackServer, session: HttpSession) -> None:
    server.route("GET", PATH, json_reply(200, configuration()))
    result = criipto.check_domain(f"https://{DOMAIN.upper()}/oauth2/authorize", session=session)
    assert result.ok and result.domain == DOMAIN
    assert {"domain.stripped_scheme", "domain.stripped_path"} <= {n.code for n in result.notes}


def test_trailing_slash_in_issuer_is_tolerated(
    server: LoopbackServer, session: HttpSession
) -> None:
    server.route("GET", PATH, json_reply(200, configuration(issuer=f"https://{DOMAIN}/")))
    assert criipto.check_domain(DOMAIN, session=session).ok


@pytest.mark.parametrize("acr", [None, [], ["urn:grn:authn:no:bankid"], "not a list"])
def test_missing_vipps_acr_is_not_a_failure(
    server: LoopbackServer, session: HttpSession, acr: object
) -> None:
    server.route("GET", PATH, json_reply(200, configuration(acr_values_supported=acr)))
    result = criipto.check_domain(DOMAIN, session=session)
    assert result.ok
    assert not result.vipps_listed
    assert result.notes == ()


def test_html_page_is_not_json(server: LoopbackServer, session: HttpSession) -> None:
    server.route(
        "GET",
        PATH,
        Reply(200, b"<!doctype html><title>Welcome</title>", {"Content-Type": "text/html"}),
    )
    result = criipto.check_domain(DOMAIN, session=session)
    assert not result.ok
    assert problem(result) == "criipto.not_json"


def test_json_array_is_not_json_configuration(server: LoopbackServer, session: HttpSession) -> None:
    server.route("GET", PATH, json_reply(200, ["issuer"]))
    assert problem(criipto.check_domain(DOMAIN, session=session)) == "criipto.not_json"


@pytest.mark.parametrize(
    "missing", ["issuer", "authorization_endpoint", "token_endpoint", "jwks_uri"]
)
def test_json_without_endpoints_is_not_oidc(
    server: LoopbackServer, session: HttpSession, missing: str
) -> None:
    without: dict[str, Any] = {missing: None}
    server.route("GET", PATH, json_reply(200, configuration(**without)))
    assert problem(criipto.check_domain(DOMAIN, session=session)) == "criipto.not_oidc"


def test_unrelated_json_is_not_oidc(server: LoopbackServer, session: HttpSession) -> None:
    server.route("GET", PATH, json_reply(200, {"status": "ok", "version": "1.2.3"}))
    assert problem(criipto.check_domain(DOMAIN, session=session)) == "criipto.not_oidc"


@pytest.mark.parametrize(
    "issuer",
    [
        "https://other.criipto.id",
        "https://acme.criipto.id.evil.example",
        "http://acme.criipto.id",
        "https://acme.criipto.id/tenant",
        "https://acme.criipto.id:8443",
    ],
)
def test_issuer_for_another_place(
    server: LoopbackServer, session: HttpSession, issuer: str
) -> None:
    server.route("GET", PATH, json_reply(200, configuration(issuer=issuer)))
    result = criipto.check_domain(DOMAIN, session=session)
    assert not result.ok
    assert problem(result) == "criipto.other_issuer"
    assert result.problem is not None and result.problem.param("issuer") == issuer
    assert result.issuer == issuer


def test_unknown_tenant_404(server: LoopbackServer, session: HttpSession) -> None:
    result = criipto.check_domain("nobody.criipto.id", session=session)  # no route: 404
    assert (result.ok, problem(result)) == (False, "criipto.not_found")


def test_other_status_is_reported(server: LoopbackServer, session: HttpSession) -> None:
    server.route("GET", PATH, Reply(403))
    result = criipto.check_domain(DOMAIN, session=session)
    assert problem(result) == "criipto.unexpected_status"
    assert result.problem is not None and result.problem.param("status") == "403"


def test_server_error_raises(server: LoopbackServer, session: HttpSession) -> None:
    server.route("GET", PATH, Reply(502))
    with pytest.raises(HttpFailure) as info:
        criipto.check_domain(DOMAIN, session=session)
    assert info.value.kind == "server_error"
    assert server.count() == 2  # retried once


def test_redirect_to_the_configuration_is_followed(
    server: LoopbackServer, session: HttpSession
) -> None:
    server.route("GET", PATH, Reply(301, headers={"Location": "/moved"}))
    server.route("GET", "/moved", json_reply(200, configuration()))
    assert criipto.check_domain(DOMAIN, session=session).ok


def test_oversized_configuration(server: LoopbackServer) -> None:
    big = configuration(claims_supported=["x" * 100] * 100)
    server.route("GET", PATH, json_reply(200, big))
    with make_session(retries=0, max_bytes=2048) as s, pytest.raises(HttpFailure) as info:
        criipto.check_domain(DOMAIN, session=s)
    assert info.value.kind == "too_large"


def test_not_a_host_name_asks_nobody(server: LoopbackServer, session: HttpSession) -> None:
    result = criipto.check_domain("acme", session=session)
    assert (result.ok, problem(result)) == (False, "domain.no_dot")
    assert server.count() == 0


def test_cancelled(server: LoopbackServer, session: HttpSession) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(HttpFailure) as info:
        criipto.check_domain(DOMAIN, session=session, cancel=token)
    assert info.value.kind == "cancelled"


def test_slow_domain_times_out(server: LoopbackServer) -> None:
    server.route("GET", PATH, Reply(200, b"{}", delay=2.0))
    with make_session(timeout=(1.0, 0.2)) as s, pytest.raises(HttpFailure) as info:
        criipto.check_domain(DOMAIN, session=s)
    assert info.value.kind == "timeout"
    assert server.count() == 1


def test_plain_http_template_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIPPS_DESKTOP_CRIIPTO_URL_TEMPLATE", "http://{domain}")
    with make_session(retries=0) as s, pytest.raises(HttpFailure) as info:
        criipto.check_domain(DOMAIN, session=s)
    assert info.value.kind == "refused_insecure"


def test_typo_domain_is_name_not_found(monkeypatch: pytest.MonkeyPatch) -> None:
    host = "acme-typo.invalid"
    try:
        socket.getaddrinfo(host, 443)
    except socket.gaierror as exc:
        if exc.errno == socket.EAI_AGAIN:
            pytest.skip("no DNS here: the resolver cannot tell 'unknown' from 'offline'")
    monkeypatch.delenv("VIPPS_DESKTOP_CRIIPTO_URL_TEMPLATE", raising=False)
    with make_session(retries=0, timeout=(2.0, 2.0)) as s:
        result = criipto.check_domain(host, session=s)
    assert (result.ok, problem(result)) == (False, "criipto.name_not_found")
    assert result.problem is not None and result.problem.param("host") == host
