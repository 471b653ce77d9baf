"""Vipps credential check against a loopback server that authenticates clients like ORY Hydra.

The mimic follows fosite's order: find the credentials (Basic header or form), URL-decode
Basic halves, look the client up, compare the auth method (naming the expected one), compare
the secret, and only then look at the grant, which fails with invalid_grant for any code.
"""

from __future__ import annotations

import base64
import logging
import re
import traceback
from collections.abc import Iterator
from urllib.parse import unquote_plus

import pytest
import requests
from loopback import LoopbackServer, Recorded, Reply, json_reply

from vipps_desktop.core import vipps
from vipps_desktop.core.net import CancelToken, HttpFailure, HttpSession, make_session
from vipps_desktop.core.validators import callback_url

CLIENT_ID = "fb492b5e-7907-4d83-bc20-c7fb60ca35de"
SECRET = "q+Zx9w/Ab+Cd/EfGh+Ij="  # "+" and "/" prove the urlencode-before-base64 rule
CALLBACK = callback_url("acme.criipto.id")
TOKEN = "/prod" + vipps.TOKEN_PATH
TEST_TOKEN = "/test" + vipps.TOKEN_PATH
GENERIC = (
    "Client authentication failed (e.g., unknown client, no client authentication "
    "included, or unsupported authentication method)."
)


class Hydra:
    def __init__(
        self, method: str = "client_secret_basic", client_id: str = CLIENT_ID, secret: str = SECRET
    ) -> None:
        self.method, self.client_id, self.secret = method, client_id, secret

    @staticmethod
    def error(status: int, error: str, description: str) -> Reply:
        return json_reply(status, {"error": error, "error_description": description})

    def __call__(self, request: Recorded) -> Reply:
        form = request.form()
        header = request.headers.get("authorization", "")
        if form.get("client_id") and form.get("client_secret"):
            used, client_id, secret = "client_secret_post", form["client_id"], form["client_secret"]
        elif header.startswith("Basic "):
            raw_id, _, raw_secret = base64.b64decode(header[6:]).decode().partition(":")
            used, client_id, secret = (
                "client_secret_basic",
                unquote_plus(raw_id),
                unquote_plus(raw_secret),
            )  # Go's url.QueryUnescape
        else:
            return self.error(
                400,
                "invalid_request",
                "The request is missing a required parameter, includes an "
                "invalid parameter value, includes a parameter more than once, "
                "or is otherwise malformed.",
            )
        if client_id != self.client_id:
            return self.error(
                401, "invalid_client", GENERIC + " The requested OAuth 2.0 Client does not exist."
            )
        if used != self.method:
            return self.error(
                401,
                "invalid_client",
                GENERIC
                + (
                    f" The OAuth 2.0 Client supports client authentication method '{self.method}', "
                    f"but method '{used}' was requested. You must configure the OAuth 2.0 client's "
                    f"'token_endpoint_auth_method' value to accept '{used}'."
                ),
            )
        if secret != self.secret:
            return self.error(401, "invalid_client", GENERIC)
        if form.get("grant_type") != "authorization_code":
            return self.error(
                400,
                "unsupported_grant_type",
                "The authorization grant type is not supported by the authorization server.",
            )
        return self.error(
            400,
            "invalid_grant",
            (
                "The provided authorization grant (e.g., authorization code, resource owner "
                "credentials) or refresh token is invalid, expired, revoked, does not match the "
                "redirection URI used in the authorization request, or was issued to another "
                "client. Could not find the requested resource(s)."
            ),
        )


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[LoopbackServer]:
    with LoopbackServer() as s:
        monkeypatch.setenv("VIPPS_DESKTOP_VIPPS_API_URL", s.url + "/prod")
        monkeypatch.setenv("VIPPS_DESKTOP_VIPPS_TEST_API_URL", s.url + "/test")
        yield s


@pytest.fixture
def session() -> Iterator[HttpSession]:
    with make_session(timeout=(1.0, 1.0), retries=3, backoff_factor=0.0) as s:
        yield s


def check(
    session: HttpSession, client_id: str = CLIENT_ID, secret: str = SECRET, **kwargs: object
) -> vipps.CredentialCheck:
    options: dict[str, object] = {"environment": "production", "redirect_uri": CALLBACK}
    options.update(kwargs)
    return vipps.check_credentials(client_id, secret, session=session, **options)  # type: ignore[arg-type]


# --- the verdicts ---------------------------------------------------------------------------


def test_good_pair_with_basic_is_accepted(server: LoopbackServer, session: HttpSession) -> None:
    server.route("POST", TOKEN, handler=Hydra())
    result = check(session)
    assert result.accepted
    assert (result.outcome, result.method, result.switched_method) == (
        "accepted",
        "client_secret_basic",
        False,
    )
    assert result.message.code == "vipps.accepted"
    assert result.message.param("method") == "client_secret_basic"
    assert (result.status, result.error) == (400, "invalid_grant")
    [request] = server.requests
    form = request.form()
    assert form["grant_type"] == "authorization_code"
    assert re.fullmatch(r"[0-9a-f]{32}", form["code"])
    assert form["redirect_uri"] == CALLBACK
    assert "client_secret" not in form and "client_id" not in form


def test_basic_header_is_urlencoded_before_base64(
    server: LoopbackServer, session: HttpSession
) -> None:
    server.route("POST", TOKEN, handler=Hydra())
    check(session)
    header = server.requests[0].headers["authorization"]
    decoded = base64.b64decode(header.removeprefix("Basic ")).decode()
    assert decoded == f"{CLIENT_ID}:q%2BZx9w%2FAb%2BCd%2FEfGh%2BIj%3D"
    assert vipps.basic_authorization("a b", "+") == "Basic " + base64.b64encode(b"a+b:%2B").decode()


def test_the_mimic_refuses_a_raw_plus_like_hydra(server: LoopbackServer) -> None:
    """Without the urlencode step the '+' arrives as a space and the secret is wrong."""
    server.route("POST", TOKEN, handler=Hydra())
    with requests.Session() as plain:
        answer = plain.post(
            server.url + TOKEN,
            auth=(CLIENT_ID, SECRET),
            data={"grant_type": "authorization_code", "code": "x", "redirect_uri": CALLBACK},
        )
        assert (answer.status_code, answer.json()["error"]) == (401, "invalid_client")


def test_good_pair_with_post_is_accepted(server: LoopbackServer, session: HttpSession) -> None:
    server.route("POST", TOKEN, handler=Hydra(method="client_secret_post"))
    result = check(session, method="client_secret_post")
    assert (result.outcome, result.method) == ("accepted", "client_secret_post")
    [request] = server.requests
    assert request.form()["client_secret"] == SECRET  # form encoding round-trips "+" and "/"
    assert "authorization" not in request.headers


@pytest.mark.parametrize(
    ("unit_uses", "tried"),
    [
        ("client_secret_post", "client_secret_basic"),
        ("client_secret_basic", "client_secret_post"),
    ],
)
def test_wrong_method_is_named_and_the_other_is_tried_once(
    server: LoopbackServer, session: HttpSession, unit_uses: str, tried: str
) -> None:
    server.route("POST", TOKEN, handler=Hydra(method=unit_uses))
    result = check(session, method=tried)
    assert (result.outcome, result.method, result.switched_method) == ("accepted", unit_uses, True)
    assert result.message.code == "vipps.accepted_other_method"
    assert (result.message.param("method"), result.message.param("tried")) == (unit_uses, tried)
    assert server.count("POST", TOKEN) == 2


def test_wrong_secret_is_rejected_without_a_second_try(
    server: LoopbackServer, session: HttpSession
) -> None:
    server.route("POST", TOKEN, handler=Hydra())
    result = check(session, secret="not-the-secret")
    assert (result.outcome, result.status, result.error) == ("rejected", 401, "invalid_client")
    assert result.message.code == "vipps.rejected"
    assert result.message.param("environment") == "production"
    assert not result.accepted
    assert server.count() == 1  # the generic description names no method


def test_unknown_client_is_rejected(server: LoopbackServer, session: HttpSession) -> None:
    server.route("POST", TOKEN, handler=Hydra())
    result = check(session, client_id="00000000-0000-0000-0000-000000000000")
    assert (result.outcome, result.message.code) == ("rejected", "vipps.rejected")


def test_wrong_method_and_wrong_secret(server: LoopbackServer, session: HttpSession) -> None:
    server.route("POST", TOKEN, handler=Hydra(method="client_secret_post"))
    result = check(session, secret="wrong")
    assert (result.outcome, result.method, result.switched_method) == (
        "rejected",
        "client_secret_post",
        True,
    )
    assert result.message.code == "vipps.secret_rejected"
    assert server.count() == 2


def test_keys_checked_against_the_chosen_environment(
    server: LoopbackServer, session: HttpSession
) -> None:
    test_id = "11111111-2222-3333-4444-555555555555"
    server.route("POST", TOKEN, handler=Hydra())
    server.route("POST", TEST_TOKEN, handler=Hydra(client_id=test_id, secret="test+secret"))
    assert check(session, test_id, "test+secret", environment="test").accepted
    wrong_env = check(session, test_id, "test+secret", environment="production")
    assert (wrong_env.outcome, wrong_env.environment) == ("rejected", "production")
    assert [r.path for r in server.requests] == [TEST_TOKEN, TOKEN]


def test_no_credentials_at_all_is_inconclusive(
    server: LoopbackServer, session: HttpSession
) -> None:
    # What Hydra says when neither a Basic header nor form credentials arrive.
    server.route("POST", TOKEN, Hydra.error(400, "invalid_request", "missing parameter"))
    result = check(session)
    assert (result.outcome, result.status, result.error) == ("inconclusive", 400, "invalid_request")
    assert result.message.code == "vipps.inconclusive"
    assert result.message.param("error") == "invalid_request"


def test_empty_credentials_are_a_programming_error(session: HttpSession) -> None:
    with pytest.raises(ValueError):
        check(session, secret="")


@pytest.mark.parametrize(
    "reply",
    [
        Reply(500, b"Internal Server Error"),
        Reply(502, b"<html>Bad gateway</html>", {"Content-Type": "text/html"}),
        Reply(429, b"", {"Retry-After": "1"}),
        Reply(200, b'{"access_token": "x"}', {"Content-Type": "application/json"}),
        Reply(307, b"", {"Location": "/elsewhere"}),
        Reply(403, b'{"error": "<script>", "error_description": "x"}'),
    ],
    ids=["500", "502-html", "429", "200", "307", "403-odd-error"],
)
def test_anything_else_is_inconclusive_and_sent_once(
    server: LoopbackServer, session: HttpSession, reply: Reply
) -> None:
    server.route("POST", TOKEN, reply, Hydra.error(400, "invalid_grant", "would be accepted"))
    result = check(session)
    assert result.outcome == "inconclusive"
    assert result.status == reply.status
    assert result.message.param("status") == str(reply.status)
    assert result.error == ""  # only well-formed OAuth error codes are passed on
    assert server.count() == 1  # a POST is never retried, a redirect never followed


def test_dropped_connection_is_not_retried(server: LoopbackServer, session: HttpSession) -> None:
    server.route("POST", TOKEN, Reply(drop=True))
    with pytest.raises(HttpFailure) as info:
        check(session)
    assert info.value.kind == "server_error"
    assert server.count() == 1


def test_slow_token_endpoint_times_out(server: LoopbackServer) -> None:
    server.route("POST", TOKEN, Reply(400, b"{}", delay=2.0))
    with make_session(timeout=(1.0, 0.2)) as s, pytest.raises(HttpFailure) as info:
        check(s)
    assert info.value.kind == "timeout"
    assert server.count() == 1


def test_cancelled(server: LoopbackServer, session: HttpSession) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(HttpFailure) as info:
        check(session, cancel=token)
    assert info.value.kind == "cancelled"
    assert server.count() == 0


def test_plain_http_vipps_url_is_refused(
    monkeypatch: pytest.MonkeyPatch, session: HttpSession
) -> None:
    monkeypatch.setenv("VIPPS_DESKTOP_VIPPS_API_URL", "http://api.vipps.no")
    with pytest.raises(HttpFailure) as info:
        check(session)
    assert info.value.kind == "refused_insecure"


def test_default_urls(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VIPPS_DESKTOP_VIPPS_API_URL", raising=False)
    monkeypatch.delenv("VIPPS_DESKTOP_VIPPS_TEST_API_URL", raising=False)
    assert vipps.token_url("production") == (
        "https://api.vipps.no/access-management-1.0/access/oauth2/token"
    )
    assert vipps.token_url("test") == (
        "https://apitest.vipps.no/access-management-1.0/access/oauth2/token"
    )


# --- the secret stays secret ------------------------------------------------------------------


def _forms(secret: str) -> list[str]:
    encoded = base64.b64encode(f"{CLIENT_ID}:{secret}".encode()).decode()
    return [secret, secret.replace("+", "%2B").replace("/", "%2F"), encoded]


def test_secret_is_in_no_result_or_log(
    server: LoopbackServer, session: HttpSession, caplog: pytest.LogCaptureFixture
) -> None:
    server.route("POST", TOKEN, handler=Hydra(method="client_secret_post"))
    caplog.set_level(logging.DEBUG)
    results = [
        check(session),
        check(session, secret="wrong"),
        check(session, method="client_secret_post"),
    ]
    text = " ".join([caplog.text, *map(repr, results), *map(str, results)])
    text += " ".join(repr(r.message) for r in results)
    for form in _forms(SECRET):
        assert form not in text
    assert "vipps_desktop.core.vipps" in caplog.text  # the check does log its verdicts


@pytest.mark.parametrize(
    "reply", [Reply(drop=True), Reply(200, b"x" * 2048)], ids=["dropped", "too-large"]
)
def test_secret_is_in_no_failure(
    server: LoopbackServer, reply: Reply, caplog: pytest.LogCaptureFixture
) -> None:
    server.route("POST", TOKEN, reply)
    caplog.set_level(logging.DEBUG)
    with make_session(retries=0, max_bytes=1024) as s, pytest.raises(HttpFailure) as info:
        vipps.check_credentials(
            CLIENT_ID,
            SECRET,
            environment="production",
            redirect_uri=CALLBACK,
            method="client_secret_post",
            session=s,
        )
    failure = info.value
    assert failure.__cause__ is None and failure.__context__ is None
    rendered = "".join(traceback.format_exception(failure)) + repr(failure) + caplog.text
    for form in _forms(SECRET):
        assert form not in rendered


def test_the_basic_header_value_is_masked_in_logs(
    server: LoopbackServer, session: HttpSession
) -> None:
    """The Authorization header is base64(id:secret): a log line holding it shows a mask."""
    from vipps_desktop.core.logs import scrub

    server.route("POST", TOKEN, handler=Hydra())
    check(session)
    header = server.requests[0].headers["authorization"]
    assert header.startswith("Basic ")
    assert header[6:] not in scrub(f"sent {header}")
