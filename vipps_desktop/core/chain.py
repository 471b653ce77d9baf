"""Best-effort checks of the whole login chain, Idura → Vipps, without a login and no secret.

Everything here is [inferred] from how ORY Hydra (which Vipps runs) answers (facts.md §4); the
Idura side is not documented anywhere public. Every verdict is best-effort, and anything not
clearly recognised is *inconclusive*, never a false "OK".

Check 1, `check_redirect_uri()`: ``GET`` Vipps' authorize endpoint with the client ID and the
callback URL, redirects not followed. Hydra checks the client, then the redirect URI, before
any login:

* a redirect carrying ``login_challenge`` (or, with a registered URI and a bad parameter, a
  redirect to the callback URL itself) → the URL is registered for this client ID;
* ``invalid_request`` naming the redirect URI (error-page redirect, 400 page or JSON) → not
  registered; near-misses (trailing ``/``, case) are then probed so the message can say what
  Vipps has instead;
* ``invalid_client`` → Vipps does not know the client ID in that environment (the other
  environment is asked once, so the message can say "these are test keys");
* anything else → inconclusive, with what was seen.

Check 2, `check_chain()`: ``GET`` the Idura domain's authorize URL for Vipps with one of the
company's Idura applications, following redirects only while they stay on the Idura domain,
and stopping at the first one that leaves it. That hop carries the ``client_id`` Idura has
saved and the ``redirect_uri`` it sends to Vipps: both are compared with the user's, then check
1 runs on that very URL. A hop that stays on the Idura domain but carries an OAuth ``error`` in
its query (Idura's redirect to its own error page) is judged by that error, whatever the page
it leads to says. `ChainCheck.keys_saved` is the one answer to "may the keys leave this
computer?": the same client ID, sent to the expected environment, and accepted by Vipps when
Vipps was asked.

The health check that combines them with the domain's discovery and the company's status:
core/health_check.py; its records, kept in the setup file: core/health_report.py.

No request here carries the client secret; none of these functions takes one.
"""

from __future__ import annotations

import logging
import re
import secrets
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

from vipps_desktop.core import criipto
from vipps_desktop.core.clock import today_iso
from vipps_desktop.core.message import Message
from vipps_desktop.core.net import (
    MAX_REDIRECTS,
    CancelToken,
    HttpFailure,
    HttpResponse,
    criipto_url,
    fetch,
    session_for,
)
from vipps_desktop.core.net.endpoints import (
    ENV_VIPPS_AUTHORIZE_URL,
    ENV_VIPPS_TEST_AUTHORIZE_URL,
    VIPPS_AUTHORIZE_PATH,
    vipps_authorize_url,
)
from vipps_desktop.core.oauth_answer import (
    ENVIRONMENTS,
    Environment,
    Said,
    content_type,
    error_in_fields,
    said_in_body,
)
from vipps_desktop.core.validators import CALLBACK_PATH, callback_url

if TYPE_CHECKING:
    from vipps_desktop.core.net.transport import HttpSession

__all__ = [
    "AUTHORIZE_PATH",
    "ENV_VIPPS_AUTHORIZE_URL",
    "ENV_VIPPS_TEST_AUTHORIZE_URL",
    "IDURA_AUTHORIZE_PATH",
    "ChainCheck",
    "ChainOutcome",
    "RedirectCheck",
    "RedirectOutcome",
    "check_chain",
    "check_redirect_uri",
    "idura_authorize_url",
    "near_misses",
    "test_login_url",
    "vipps_authorize_url",
]

log = logging.getLogger(__name__)

AUTHORIZE_PATH = VIPPS_AUTHORIZE_PATH
IDURA_AUTHORIZE_PATH = "/oauth2/authorize"
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# Hydra/fosite: "The 'redirect_uri' parameter does not match any of the OAuth 2.0 Client's
# pre-registered redirect urls." (older: "redirect_uri" in double quotes); Vipps' own page:
# "The "redirect_uri" provided with your request does not match any of your preregistered URIs".
_REDIRECT_WORDS = re.compile(r"redirect[_ ]?ur[il]|redirect url|pre-?registered", re.IGNORECASE)
_UNKNOWN_CLIENT = re.compile(
    r"client does not exist|client (?:is )?(?:unknown|not found)", re.IGNORECASE
)
_SEEN_MAX = 120

RedirectOutcome = Literal["registered", "not_registered", "unknown_client", "inconclusive"]
ChainOutcome = Literal["confirmed", "differs", "idura_error", "inconclusive"]


# --- Addresses ------------------------------------------------------------------------------


def idura_authorize_url(domain: str) -> str:
    return criipto_url(domain) + IDURA_AUTHORIZE_PATH


def _idura_query(
    app_client_id: str, app_callback: str, state: str, *, prompt_login: bool = False
) -> dict[str, str]:
    query = {
        "response_type": "code",
        "client_id": app_client_id,
        "redirect_uri": app_callback,
        "scope": "openid",
        "acr_values": criipto.VIPPS_ACR,
        "state": state,
    }
    if prompt_login:
        query["prompt"] = "login"
    return query


def test_login_url(domain: str, app_client_id: str, app_callback: str) -> str:
    """The Idura authorize URL of check 2 with ``prompt=login``: a real login, in a browser."""
    query = _idura_query(app_client_id, app_callback, _state(), prompt_login=True)
    return idura_authorize_url(domain) + "?" + urlencode(query)


def _state() -> str:
    # Hydra refuses a state shorter than 8 characters (and then redirects to the callback).
    return secrets.token_urlsafe(16)


def _origin(url: str) -> tuple[str, str, int | None]:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return ("", "", None)
    return (parts.scheme.lower(), (parts.hostname or "").lower(), port)


def _without_query(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"


def _safe(url: str) -> str:
    """`url` without query or fragment (they may hold a state or a challenge), for a message."""
    try:
        return _without_query(url)[:_SEEN_MAX]
    except ValueError:
        return "?"


def _query(url: str) -> dict[str, str]:
    try:
        return dict(parse_qsl(urlsplit(url).query, keep_blank_values=True))
    except ValueError:
        return {}


# --- What an answer says (core/oauth_answer.py reads it) -----------------------------------


def _describe(answer: HttpResponse) -> str:
    location = answer.headers.get("Location")
    if answer.status in _REDIRECT_STATUSES and location:
        return f"{answer.status} → {_safe(urljoin(answer.url, location))}"
    kind = content_type(answer) or "no content type"
    return f"{answer.status} {kind}"


# --- Check 1: does Vipps accept the callback URL for this client ID? -----------------------


@dataclass(frozen=True)
class RedirectCheck:
    """The verdict of check 1. Holds no secret (none was ever involved).

    `near_miss` is a variant of the callback URL that Vipps accepts when the exact one failed,
    `near_miss_kind` what differs (``slash``, ``case``, ``case_slash``). `known_in` names the
    other environment when Vipps knows the client ID there and not in `environment`.
    """

    outcome: RedirectOutcome
    environment: Environment
    redirect_uri: str
    message: Message
    checked_on: str = field(default_factory=today_iso)
    status: int | None = None
    error: str = ""
    seen: str = ""
    near_miss: str = ""
    near_miss_kind: str = ""
    known_in: Environment | None = None

    @property
    def registered(self) -> bool:
        return self.outcome == "registered"


def near_misses(url: str) -> list[tuple[str, str]]:
    """Variants of `url` a portal user might have registered instead, with what differs.

    At most four, in this order: the trailing ``/`` toggled (``slash``), the path in Idura's
    own case or all lower case (``case``), and those with the slash toggled (``case_slash``).
    """
    parts = urlsplit(url)
    path = parts.path or "/"
    trimmed = path.rstrip("/") or "/"
    has_slash = path != trimmed
    bases = [trimmed]
    if trimmed.lower() == CALLBACK_PATH.lower():
        bases.append(CALLBACK_PATH)
    bases.append(trimmed.lower())
    found: dict[str, str] = {}
    for base in dict.fromkeys(bases):
        for slash in (has_slash, not has_slash):
            candidate = base + "/" if slash and base != "/" else base
            if candidate == path or candidate in found:
                continue
            case = base != trimmed
            toggled = slash != has_slash
            found[candidate] = "case_slash" if case and toggled else "case" if case else "slash"
    rank = {"slash": 0, "case": 1, "case_slash": 2}
    ordered = sorted(found.items(), key=lambda item: rank[item[1]])
    return [(f"{parts.scheme}://{parts.netloc}{p}", kind) for p, kind in ordered][:4]


def _judge_vipps(answer: HttpResponse, redirect_uri: str) -> tuple[RedirectOutcome, Said]:
    location = answer.headers.get("Location")
    if answer.status in _REDIRECT_STATUSES and location:
        target = urljoin(answer.url, location)
        query = _query(target)
        seen = _describe(answer)
        if query.get("login_challenge"):
            return "registered", Said(seen=seen)
        if redirect_uri and _without_query(target) == _without_query(redirect_uri):
            # Hydra only ever redirects to a registered URI (e.g. invalid_state, invalid_scope).
            code, text = error_in_fields(query)
            return "registered", Said(code, text, seen)
        code, text = error_in_fields(query)
        said = Said(code, text, seen)
    else:
        said = said_in_body(answer, _describe(answer))
    if said.error == "invalid_client" or (not said.error and _UNKNOWN_CLIENT.search(said.text)):
        return "unknown_client", said
    if said.error == "invalid_request" and _REDIRECT_WORDS.search(said.text):
        return "not_registered", said
    return "inconclusive", said


def _ask_vipps(
    http: HttpSession, url: str, redirect_uri: str, cancel: CancelToken | None
) -> tuple[RedirectOutcome, Said, int]:
    answer = fetch(
        http,
        "GET",
        url,
        headers={"Accept": "text/html,application/json"},
        cancel=cancel,
        follow_redirects=False,
        raise_server_errors=False,
    )
    outcome, said = _judge_vipps(answer, redirect_uri)
    return outcome, said, answer.status


def _vipps_url(environment: Environment, client_id: str, redirect_uri: str) -> str:
    query = {
        "client_id": client_id,
        "response_type": "code",
        "scope": "openid",
        "state": _state(),
        "redirect_uri": redirect_uri,
    }
    return vipps_authorize_url(environment) + "?" + urlencode(query)


def check_redirect_uri(
    client_id: str,
    redirect_uri: str,
    *,
    environment: Environment,
    probe_near_misses: bool = True,
    session: HttpSession | None = None,
    cancel: CancelToken | None = None,
) -> RedirectCheck:
    """Check 1 with the client ID only: does Vipps accept `redirect_uri` for it?

    Messages: ``redirect.registered`` (environment), ``redirect.not_registered`` (url,
    environment), ``redirect.near_miss_slash``/``_case``/``_case_slash`` (url, registered),
    ``redirect.unknown_client`` (environment, other), ``redirect.unknown_client_other``
    (environment, other), ``redirect.inconclusive`` (seen). Network trouble raises
    `HttpFailure`; a 5xx or 429 is inconclusive.
    """
    client_id = client_id.strip()
    if not client_id or not redirect_uri:
        raise ValueError("a client ID and a callback URL are both required")
    with session_for(session, cancel) as http:
        url = _vipps_url(environment, client_id, redirect_uri)
        return _check_redirect(
            http, url, client_id, redirect_uri, environment, probe_near_misses, cancel
        )


def _check_redirect(
    http: HttpSession,
    url: str,
    client_id: str,
    redirect_uri: str,
    environment: Environment,
    probe: bool,
    cancel: CancelToken | None,
) -> RedirectCheck:
    outcome, said, status = _ask_vipps(http, url, redirect_uri, cancel)

    def result(outcome: RedirectOutcome, message: Message, **extra: Any) -> RedirectCheck:
        check = RedirectCheck(
            outcome=outcome,
            environment=environment,
            redirect_uri=redirect_uri,
            message=message,
            status=status,
            error=said.error,
            seen=said.seen,
            **extra,
        )
        log.info(
            "Vipps redirect-URI check (%s): %s status=%s error=%s near_miss=%s",
            environment,
            outcome,
            status,
            said.error,
            check.near_miss_kind or "-",
        )
        return check

    other: Environment = "test" if environment == "production" else "production"
    if outcome == "registered":
        return result(outcome, Message.of("redirect.registered", environment=environment))
    if outcome == "unknown_client":
        known = False
        if probe:
            other_outcome, _said, _status = _ask_vipps(
                http, _vipps_url(other, client_id, redirect_uri), redirect_uri, cancel
            )
            known = other_outcome in ("registered", "not_registered")
        if known:
            return result(
                outcome,
                Message.of("redirect.unknown_client_other", environment=environment, other=other),
                known_in=other,
            )
        # Asked in both environments and unknown in both: say so, and guess no cause.
        code = "redirect.unknown_client_nowhere" if probe else "redirect.unknown_client"
        return result(outcome, Message.of(code, environment=environment, other=other))
    if outcome == "not_registered":
        if probe:
            for variant, kind in near_misses(redirect_uri):
                variant_outcome, _said, _status = _ask_vipps(
                    http, _vipps_url(environment, client_id, variant), variant, cancel
                )
                if variant_outcome == "registered":
                    return result(
                        outcome,
                        Message.of(
                            f"redirect.near_miss_{kind}",
                            url=redirect_uri,
                            registered=variant,
                            environment=environment,
                        ),
                        near_miss=variant,
                        near_miss_kind=kind,
                    )
        return result(
            outcome,
            Message.of("redirect.not_registered", url=redirect_uri, environment=environment),
        )
    return result(outcome, Message.of("redirect.inconclusive", seen=said.seen, error=said.error))


# --- Check 2: does Idura send the right client ID and callback URL? ------------------------


@dataclass(frozen=True)
class ChainCheck:
    """The verdict of check 2, with check 1 on Idura's own redirect in `vipps`.

    `sent_client_id` and `sent_redirect_uri` are what Idura sends to Vipps; `client_id_matches`
    is None when the user's client ID was not known (the keys already left this computer).
    `differences` lists every mismatch; `message` is the headline.
    """

    outcome: ChainOutcome
    message: Message
    domain: str
    checked_on: str = field(default_factory=today_iso)
    sent_client_id: str = ""
    sent_redirect_uri: str = ""
    environment: Environment | None = None
    client_id_matches: bool | None = None
    redirect_uri_matches: bool | None = None
    differences: tuple[Message, ...] = ()
    vipps: RedirectCheck | None = None
    seen: str = ""

    expected_environment: Environment | None = None
    environment_matches: bool | None = None

    @property
    def client_id_confirmed(self) -> bool:
        """Idura sends exactly the client ID the user saved (and it was known)."""
        return self.client_id_matches is True

    @property
    def keys_saved(self) -> bool:
        """Idura has the user's keys where they belong, so they may leave this computer: the
        same client ID, sent to the expected environment (known, not assumed), and accepted by
        Vipps for the URL Idura sends when Vipps was asked. Production keys saved with the
        dashboard on Test are *not* saved: the user needs them to save them again."""
        return (
            self.client_id_confirmed
            and self.environment_matches is True
            and (self.vipps is None or self.vipps.registered)
        )

    @property
    def ok(self) -> bool:
        """The whole chain answered as it should: Idura sends the right values, Vipps accepts."""
        return self.outcome == "confirmed" and self.vipps is not None and self.vipps.registered


def _vipps_environment(url: str) -> Environment | None:
    target = _without_query(url).rstrip("/")
    for environment in ENVIRONMENTS:
        known = vipps_authorize_url(environment)
        if _origin(target) == _origin(known) and urlsplit(target).path.rstrip("/") == urlsplit(
            known
        ).path.rstrip("/"):
            return environment
    return None


def _judge_idura_error(
    said: Said, app_client_id: str, app_callback: str, domain: str
) -> tuple[ChainOutcome, Message]:
    text = said.text.lower()
    if (
        said.error in ("invalid_client", "unauthorized_client")
        or _UNKNOWN_CLIENT.search(text)
        or re.search(r"(?:application|client)\b.*\b(?:not found|unknown|does not exist)", text)
    ):
        return "idura_error", Message.of("chain.unknown_application", client_id=app_client_id)
    if _REDIRECT_WORDS.search(text) or "callback" in text or "return url" in text:
        return "idura_error", Message.of("chain.callback_not_registered", url=app_callback)
    if (
        "vipps" in text
        or "acr_values" in text
        or "not configured" in text
        or "identity provider" in text
        or "authentication method" in text
    ):
        return "idura_error", Message.of("chain.vipps_not_configured", domain=domain)
    return "inconclusive", Message.of("chain.inconclusive", seen=said.seen, error=said.error)


def check_chain(
    domain: str,
    app_client_id: str,
    app_callback: str,
    *,
    expected_client_id: str | None = None,
    expected_environment: Environment | None = None,
    run_vipps_check: bool = True,
    session: HttpSession | None = None,
    cancel: CancelToken | None = None,
) -> ChainCheck:
    """Check 2: ask Idura to start a Vipps login for one of its applications, and inspect the
    hop to Vipps; then run check 1 on that very URL.

    `domain` is the validated production domain; the callback URL Idura should send is
    ``https://{domain}/NOVippsLogin/Callback``. `expected_client_id` is the Vipps client ID the
    user saved (None when it is no longer on this computer). Network trouble on the Idura side
    raises `HttpFailure`; on the Vipps side (after Idura's answer was read) it makes `vipps`
    None and the message says the Vipps half was not checked.
    """
    app_client_id, app_callback = app_client_id.strip(), app_callback.strip()
    if not domain or not app_client_id or not app_callback:
        raise ValueError("a domain, an application client ID and its callback URL are needed")
    start = (
        idura_authorize_url(domain)
        + "?"
        + urlencode(_idura_query(app_client_id, app_callback, _state()))
    )
    home = _origin(start)
    expected_callback = callback_url(domain)

    def done(outcome: ChainOutcome, message: Message, **extra: Any) -> ChainCheck:
        check = ChainCheck(outcome=outcome, message=message, domain=domain, **extra)
        log.info(
            "Idura chain check: %s (%s) vipps=%s",
            outcome,
            message.code,
            check.vipps.outcome if check.vipps else "-",
        )
        return check

    with session_for(session, cancel) as http:
        current = start
        answer: HttpResponse | None = None
        target = ""
        hop_error: Said | None = None  # the first OAuth error in a hop on the Idura domain
        for _hop in range(MAX_REDIRECTS + 1):
            answer = fetch(
                http,
                "GET",
                current,
                headers={"Accept": "text/html"},
                cancel=cancel,
                follow_redirects=False,
                raise_server_errors=False,
            )
            location = answer.headers.get("Location")
            if answer.status not in _REDIRECT_STATUSES or not location:
                break
            nxt = urljoin(answer.url, location)
            if _origin(nxt) != home:
                target = nxt
                break
            if hop_error is None:
                code, text = error_in_fields(_query(nxt))
                if code:  # Idura's redirect to its own error page, error in the query
                    hop_error = Said(code, text, _describe(answer))
            current = nxt
        else:
            return done(
                "inconclusive",
                Message.of(
                    "chain.inconclusive", seen=_describe(answer) if answer else "", error=""
                ),
                seen="too many redirects",
            )
        assert answer is not None
        if not target and hop_error is not None:
            # The error page may be missing or say nothing itself: the hop said it all.
            outcome, message = _judge_idura_error(hop_error, app_client_id, app_callback, domain)
            return done(outcome, message, seen=hop_error.seen)
        if not target:
            said = said_in_body(answer, _describe(answer))
            if said.error or answer.status >= 400:
                outcome, message = _judge_idura_error(said, app_client_id, app_callback, domain)
                return done(outcome, message, seen=said.seen)
            return done("inconclusive", Message.of("chain.page", seen=said.seen), seen=said.seen)

        query = _query(target)
        if _without_query(target) == _without_query(app_callback):
            # Back to the application without Vipps: Idura's error (or something unexpected).
            code, text = error_in_fields(query)
            said = Said(code, text, _describe(answer))
            if code:
                outcome, message = _judge_idura_error(said, app_client_id, app_callback, domain)
                return done(outcome, message, seen=said.seen)
            return done(
                "inconclusive",
                Message.of("chain.inconclusive", seen=said.seen, error=""),
                seen=said.seen,
            )

        environment = _vipps_environment(target)
        sent_id = query.get("client_id", "").strip()
        sent_uri = query.get("redirect_uri", "")
        seen = _safe(target)
        if environment is None:
            return done(
                "inconclusive",
                Message.of("chain.unknown_target", url=seen),
                seen=seen,
                sent_client_id=sent_id,
                sent_redirect_uri=sent_uri,
            )
        if not sent_id:
            return done(
                "inconclusive",
                Message.of("chain.no_client_id", url=seen),
                seen=seen,
                environment=environment,
                sent_redirect_uri=sent_uri,
            )

        differences: list[Message] = []
        id_matches: bool | None = None
        if expected_client_id:
            id_matches = sent_id == expected_client_id.strip()
            if not id_matches:
                differences.append(
                    Message.of(
                        "chain.client_id_differs", got=sent_id, want=expected_client_id.strip()
                    )
                )
        uri_matches = sent_uri == expected_callback
        if not uri_matches:
            differences.append(
                Message.of(
                    "chain.redirect_uri_differs", got=sent_uri or "—", want=expected_callback
                )
            )
        env_matches = None if expected_environment is None else environment == expected_environment
        if env_matches is False:
            differences.append(
                Message.of(
                    "chain.environment_differs",
                    environment=environment,
                    expected=expected_environment,
                )
            )

        vipps: RedirectCheck | None = None
        if run_vipps_check:
            try:
                vipps = _check_redirect(http, target, sent_id, sent_uri, environment, True, cancel)
            except HttpFailure as failure:
                if failure.kind == "cancelled":
                    raise
                log.info("Idura chain check: Vipps half failed: %s", failure)
        extra: dict[str, Any] = {
            "sent_client_id": sent_id,
            "sent_redirect_uri": sent_uri,
            "environment": environment,
            "expected_environment": expected_environment,
            "environment_matches": env_matches,
            "client_id_matches": id_matches,
            "redirect_uri_matches": uri_matches,
            "differences": tuple(differences),
            "vipps": vipps,
            "seen": seen,
        }
        if differences:
            return done("differs", differences[0], **extra)
        if id_matches:
            return done(
                "confirmed", Message.of("chain.confirmed", environment=environment), **extra
            )
        return done(
            "confirmed",
            Message.of("chain.sends", client_id=sent_id, environment=environment),
            **extra,
        )
