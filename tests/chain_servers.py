"""Loopback stand-ins for Vipps' authorize endpoint (ORY Hydra) and an Idura domain.

`HydraAuthorize` answers ``GET …/oauth2/auth`` in fosite's order (facts.md §4): the client
first (``invalid_client``), then the redirect URI (``invalid_request`` naming it), then the
state (at least 8 characters: else a redirect *to the registered callback* with
``invalid_state``), and finally a redirect to the login UI with ``login_challenge``. How the
errors come back is the `style`:

* ``"v2"``: 302 to the error page, ``error`` + ``error_description`` (Hydra 1.9+ and 2.x);
* ``"v1"``: the same with ``error_hint`` and the older double-quoted wording (Hydra 1.0–1.8);
* ``"page"``: Vipps' own "Uff da" HTML page, status 400;
* ``"json"``: a 400 JSON error body.

`IduraAuthorize` answers ``GET /{domain}/oauth2/authorize`` like we *assume* Idura does (none
of it is documented): one hop on its own host, then a 302 to Vipps' authorize endpoint carrying
the client ID it has saved and ``redirect_uri=https://{domain}/NOVippsLogin/Callback``; its
errors (unknown application, callback URL not registered, Vipps not configured) and an HTML
page instead of a redirect are selectable. Its errors come back as a 400 JSON body, a 400 HTML
page, a redirect back to the application's callback with ``error`` in the query, or a redirect
to Idura's own error page on its own host (``/{domain}/error?error=…&error_description=…``),
which says nothing itself (it renders the query in the browser) or is missing (404).

`serve_chain()` starts both, points the app's environment variables at them and yields them.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlencode

from loopback import LoopbackServer, Recorded, Reply, json_reply

from vipps_desktop.core.net.endpoints import VIPPS_AUTHORIZE_PATH
from vipps_desktop.core.validators import callback_url

if TYPE_CHECKING:  # bench/stalls.py imports this module without pytest installed
    import pytest

VIPPS_CLIENT_ID = "fb492b5e-7907-4d83-bc20-c7fb60ca35de"
TEST_CLIENT_ID = "0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f"
OLD_CLIENT_ID = "11111111-2222-4333-8444-555555555555"
SECRET = "q+Zx9w/Ab+Cd/EfGh+Ij="  # never sent anywhere by these checks
DOMAIN = "acme.idura.broker"
CALLBACK = callback_url(DOMAIN)
APP_CLIENT_ID = "urn:my:application:identifier:1234"
APP_CALLBACK = "https://app.acme.no/signin-oidc"
PROD_AUTH = "/prod" + VIPPS_AUTHORIZE_PATH
TEST_AUTH = "/test" + VIPPS_AUTHORIZE_PATH
REDIRECT_DESCRIPTION_V2 = (
    "The request is missing a required parameter, includes an invalid parameter value, "
    "includes a parameter more than once, or is otherwise malformed. The 'redirect_uri' "
    "parameter does not match any of the OAuth 2.0 Client's pre-registered redirect urls."
)
REDIRECT_HINT_V1 = (
    'The "redirect_uri" parameter does not match any of the OAuth 2.0 '
    "Client's pre-registered redirect urls."
)
UNKNOWN_CLIENT = (
    "Client authentication failed (e.g., unknown client, no client "
    "authentication included, or unsupported authentication method). The "
    "requested OAuth 2.0 Client does not exist."
)
UFF_DA = (
    "<!doctype html><html><head><title>Vipps</title></head><body><h1>Uff da, noe gikk "
    "galt</h1><p>Error: invalid_request</p><p>The &quot;redirect_uri&quot; provided with "
    "your request does not match any of your preregistered URIs</p></body></html>"
)


def _query(request: Recorded) -> dict[str, str]:
    return dict(parse_qsl(request.query, keep_blank_values=True))


@dataclass
class HydraAuthorize:
    """Vipps' authorize endpoint for one environment: client ID → registered redirect URIs."""

    server: LoopbackServer
    clients: dict[str, list[str]] = field(default_factory=dict)
    style: str = "v2"
    unknown: bool = False  # answer something this check cannot recognise

    def error(self, error: str, description: str, hint: str = "") -> Reply:
        if self.style == "json":
            return json_reply(400, {"error": error, "error_description": description})
        if self.style == "page":
            if error == "invalid_request":
                return Reply(400, UFF_DA.encode(), {"Content-Type": "text/html; charset=utf-8"})
            page = f"<html><body><h1>Uff da</h1><p>Error: {error}</p></body></html>"
            return Reply(400, page.encode(), {"Content-Type": "text/html"})
        query = {"error": error, "error_description": description}
        if self.style == "v1":
            query = {
                "error": error,
                "error_description": "The request is malformed.",
                "error_hint": hint or description,
            }
        return Reply(
            302,
            headers={"Location": self.server.url + "/oauth2/fallbacks/error?" + urlencode(query)},
        )

    def __call__(self, request: Recorded) -> Reply:
        if self.unknown:
            return Reply(
                200, b"<html><body>Maintenance</body></html>", {"Content-Type": "text/html"}
            )
        query = _query(request)
        client = query.get("client_id", "")
        if client not in self.clients:
            return self.error("invalid_client", UNKNOWN_CLIENT)
        redirect_uri = query.get("redirect_uri", "")
        if redirect_uri not in self.clients[client]:
            return self.error("invalid_request", REDIRECT_DESCRIPTION_V2, REDIRECT_HINT_V1)
        if len(query.get("state", "")) < 8:
            return Reply(
                303,
                headers={
                    "Location": redirect_uri
                    + "?"
                    + urlencode(
                        {
                            "error": "invalid_state",
                            "error_description": "The state is missing or "
                            "does not have enough characters and is therefore considered too weak.",
                        }
                    )
                },
            )
        challenge = secrets.token_hex(16)
        return Reply(
            302, headers={"Location": "https://login.vipps.no/login?login_challenge=" + challenge}
        )


@dataclass
class IduraAuthorize:
    """An Idura domain's authorize endpoint, as we assume it behaves."""

    server: LoopbackServer
    vipps_base: str  # where Vipps' authorize endpoint is (production or test)
    vipps_client_id: str | None = VIPPS_CLIENT_ID  # None: Vipps not configured
    apps: dict[str, list[str]] = field(default_factory=lambda: {APP_CLIENT_ID: [APP_CALLBACK]})
    redirect_uri: str = CALLBACK
    errors: str = "json"  # "json", "html", "redirect" (back to the application) or "error_page"
    page: bool = False  # an HTML page instead of a redirect
    error_page_status: int = 404  # Idura's own error page: missing (404) or a bare page (200)

    def _fail(self, callback: str | None, error: str, description: str) -> Reply:
        if self.errors == "error_page":
            query = urlencode({"error": error, "error_description": description})
            return Reply(302, headers={"Location": f"/{DOMAIN}/error?{query}"})
        if self.errors == "redirect" and callback:
            return Reply(
                302,
                headers={
                    "Location": callback
                    + "?"
                    + urlencode({"error": error, "error_description": description})
                },
            )
        if self.errors == "html":
            page = f"<html><body><h1>Something went wrong</h1><p>{description}</p></body></html>"
            return Reply(400, page.encode(), {"Content-Type": "text/html"})
        return json_reply(400, {"error": error, "error_description": description})

    def authorize(self, request: Recorded) -> Reply:
        query = _query(request)
        app = query.get("client_id", "")
        if app not in self.apps:
            return self._fail(
                None, "invalid_client", "Unknown client_id: the application was not found."
            )
        callback = query.get("redirect_uri", "")
        if callback not in self.apps[app]:
            return self._fail(
                None,
                "invalid_request",
                "The redirect_uri is not registered "
                "for this application (callback URL not allowed).",
            )
        if self.page:
            return Reply(
                200,
                b"<html><body><h1>Choose how to log in</h1></body></html>",
                {"Content-Type": "text/html"},
            )
        # One hop on Idura's own host first.
        return Reply(302, headers={"Location": f"/{DOMAIN}/NOVippsLogin/start?" + request.query})

    def start(self, request: Recorded) -> Reply:
        query = _query(request)
        if self.vipps_client_id is None:
            return self._fail(
                query.get("redirect_uri"),
                "access_denied",
                "Vipps MobilePay is not configured for this tenant "
                "(acr_values urn:grn:authn:no:vipps).",
            )
        target = (
            self.vipps_base
            + "?"
            + urlencode(
                {
                    "client_id": self.vipps_client_id,
                    "response_type": "code",
                    "scope": "openid name",
                    "state": secrets.token_urlsafe(24),
                    "redirect_uri": self.redirect_uri,
                }
            )
        )
        return Reply(302, headers={"Location": target})

    def error_page(self, request: Recorded) -> Reply:
        if self.error_page_status != 200:
            return Reply(self.error_page_status)
        # The page's script shows the query's error; the HTML itself names none.
        page = (
            b"<!doctype html><html><head><title>Idura</title></head><body>"
            b"<div id='root'>Loading...</div><script src='/error.js'></script>"
            b"</body></html>"
        )
        return Reply(200, page, {"Content-Type": "text/html; charset=utf-8"})

    def install(self) -> None:
        self.server.route("GET", f"/{DOMAIN}/oauth2/authorize", handler=self.authorize)
        self.server.route("GET", f"/{DOMAIN}/NOVippsLogin/start", handler=self.start)
        self.server.route("GET", f"/{DOMAIN}/error", handler=self.error_page)


@dataclass
class Chain:
    vipps: LoopbackServer
    idura: LoopbackServer
    production: HydraAuthorize
    test: HydraAuthorize
    idura_app: IduraAuthorize

    def all_requests(self) -> list[Recorded]:
        return [*self.vipps.requests, *self.idura.requests]

    def assert_no_secret(self, secret: str = SECRET) -> None:
        """The secret in none of the loopback servers' requests: path, query, headers, body."""
        from urllib.parse import quote, quote_plus

        forms = {secret, quote(secret, safe=""), quote_plus(secret, safe="")}
        for request in self.all_requests():
            blob = " ".join(
                [
                    request.path,
                    request.query,
                    *request.headers.values(),
                    request.body.decode("latin-1"),
                ]
            )
            for form in forms:
                assert form not in blob, "the secret reached a loopback server"
            assert "authorization" not in request.headers


def start_chain(idura: LoopbackServer | None = None) -> tuple[Chain, dict[str, str]]:
    """Vipps (production + test) on a new loopback server and Idura's authorize hop on
    `idura` (a new server unless given), started: the chain, and the environment variables
    that point the app at it. The caller stops both servers (bench/overview.py and
    scripts/screenshots.py use it too)."""
    vipps = LoopbackServer().start()
    idura = idura or LoopbackServer().start()
    production = HydraAuthorize(vipps, {VIPPS_CLIENT_ID: [CALLBACK]})
    test = HydraAuthorize(vipps, {TEST_CLIENT_ID: [CALLBACK]})
    vipps.route("GET", PROD_AUTH, handler=production)
    vipps.route("GET", TEST_AUTH, handler=test)
    app = IduraAuthorize(idura, vipps.url + PROD_AUTH)
    app.install()
    env = {
        "VIPPS_DESKTOP_VIPPS_API_URL": vipps.url + "/prod",
        "VIPPS_DESKTOP_VIPPS_TEST_API_URL": vipps.url + "/test",
        "VIPPS_DESKTOP_CRIIPTO_URL_TEMPLATE": idura.url + "/{domain}",
    }
    return Chain(vipps, idura, production, test, app), env


@contextmanager
def serve_chain(monkeypatch: pytest.MonkeyPatch) -> Iterator[Chain]:
    """Vipps (production + test) and Idura on two loopback servers, env vars pointed at them."""
    chain, env = start_chain()
    try:
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        monkeypatch.delenv("VIPPS_DESKTOP_VIPPS_AUTHORIZE_URL", raising=False)
        monkeypatch.delenv("VIPPS_DESKTOP_VIPPS_TEST_AUTHORIZE_URL", raising=False)
        yield chain
    finally:
        chain.idura.stop()
        chain.vipps.stop()
