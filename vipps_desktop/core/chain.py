"""Check 2 of the login chain, Idura → Vipps, without a login and no secret: does Idura send
the right client ID and callback URL to Vipps?

Everything here is [inferred] from how ORY Hydra (which Vipps runs) answers (facts.md §4); the
Idura side is not documented anywhere public. Every verdict is best-effort, and anything not
clearly recognised is *inconclusive*, never a false "OK".

`check_chain()`: ``GET`` the Idura domain's authorize URL for Vipps with one of the company's
Idura applications, following redirects only while they stay on the Idura domain, and stopping
at the first one that leaves it. That hop carries the ``client_id`` Idura has saved and the
``redirect_uri`` it sends to Vipps: both are compared with the user's, then check 1
(core/redirect_check.py, re-exported here) runs on that very URL. A hop that stays on the Idura
domain but carries an OAuth ``error`` in its query (Idura's redirect to its own error page) is
judged by that error, whatever the page it leads to says. `ChainCheck.keys_saved` is the one
answer to "may the keys leave this computer?": the same client ID, sent to the expected
environment, and accepted by Vipps when Vipps was asked.

Reading the answers: core/oauth_answer.py. The health check that combines both checks with the
domain's discovery and the company's status: core/health_check.py; its records:
core/health_report.py.

No request here carries the client secret; none of these functions takes one.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, NamedTuple
from urllib.parse import urlencode, urljoin, urlsplit

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
from vipps_desktop.core.oauth_answer import (
    ENVIRONMENTS,
    REDIRECT_STATUSES,
    REDIRECT_WORDS,
    UNKNOWN_CLIENT,
    Environment,
    Said,
    describe,
    error_in_fields,
    new_state,
    origin,
    query_of,
    safe_url,
    said_in_body,
    without_query,
)
from vipps_desktop.core.redirect_check import (
    RedirectCheck,
    RedirectOutcome,
    check_redirect_uri,
    check_redirect_url,
    near_misses,
    vipps_authorize_url,
)
from vipps_desktop.core.validators import callback_url

if TYPE_CHECKING:
    from vipps_desktop.core.net.transport import HttpSession

__all__ = [
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

IDURA_AUTHORIZE_PATH = "/oauth2/authorize"

# The Idura dashboard's environment dropdown, as it labels its two choices.
DROPDOWN_LABELS: dict[Environment, str] = {
    "production": "Production environment",
    "test": "Test environment",
}

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
    query = _idura_query(app_client_id, app_callback, new_state(), prompt_login=True)
    return idura_authorize_url(domain) + "?" + urlencode(query)


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
    target = without_query(url).rstrip("/")
    for environment in ENVIRONMENTS:
        known = vipps_authorize_url(environment)
        if origin(target) == origin(known) and urlsplit(target).path.rstrip("/") == urlsplit(
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
        or UNKNOWN_CLIENT.search(text)
        or re.search(r"(?:application|client)\b.*\b(?:not found|unknown|does not exist)", text)
    ):
        return "idura_error", Message.of("chain.unknown_application", client_id=app_client_id)
    if REDIRECT_WORDS.search(text) or "callback" in text or "return url" in text:
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

    In four steps: follow Idura's redirects (`_follow_idura`), read what Idura sent
    (`_read_idura_answer`), compare it with the expected values (`_compare`), ask Vipps
    (`_ask_vipps`).
    """
    app_client_id, app_callback = app_client_id.strip(), app_callback.strip()
    if not domain or not app_client_id or not app_callback:
        raise ValueError("a domain, an application client ID and its callback URL are needed")
    app = _App(domain, app_client_id, app_callback)
    start = (
        idura_authorize_url(domain)
        + "?"
        + urlencode(_idura_query(app_client_id, app_callback, new_state()))
    )
    with session_for(session, cancel) as http:
        hops = _follow_idura(http, start, cancel)
        sent = _read_idura_answer(hops, app)
        if isinstance(sent, ChainCheck):
            return sent
        differences = _compare(sent, expected_client_id, expected_environment, domain)
        vipps = _ask_vipps(http, sent, cancel) if run_vipps_check else None
    extra: dict[str, Any] = {
        "sent_client_id": sent.client_id,
        "sent_redirect_uri": sent.redirect_uri,
        "environment": sent.environment,
        "expected_environment": expected_environment,
        "environment_matches": differences.environment_matches,
        "client_id_matches": differences.client_id_matches,
        "redirect_uri_matches": differences.redirect_uri_matches,
        "differences": differences.messages,
        "vipps": vipps,
        "seen": sent.seen,
    }
    if differences.messages:
        return _verdict(domain, "differs", differences.messages[0], **extra)
    if differences.client_id_matches:
        return _verdict(
            domain,
            "confirmed",
            Message.of("chain.confirmed", environment=sent.environment),
            **extra,
        )
    return _verdict(
        domain,
        "confirmed",
        Message.of("chain.sends", client_id=sent.client_id, environment=sent.environment),
        **extra,
    )


class _App(NamedTuple):
    """The Idura application check 2 starts a login for, on the setup's domain."""

    domain: str
    client_id: str
    callback: str


class _Hops(NamedTuple):
    """Where following Idura's redirects stopped."""

    answer: HttpResponse  # the last answer read
    target: str  # the first hop that left the Idura domain; "" when none did
    hop_error: Said | None  # the first OAuth error in a hop on the Idura domain
    too_many: bool = False  # still on the Idura domain after MAX_REDIRECTS hops


class _Sent(NamedTuple):
    """What Idura sends to Vipps: the hop that left the Idura domain for a Vipps login."""

    url: str
    environment: Environment
    client_id: str
    redirect_uri: str
    seen: str  # the URL as it may be shown and logged


class _Differences(NamedTuple):
    """What Idura sends compared with what the user expects; a match is None when unknown."""

    messages: tuple[Message, ...]
    client_id_matches: bool | None
    redirect_uri_matches: bool
    environment_matches: bool | None


def _verdict(domain: str, outcome: ChainOutcome, message: Message, **extra: Any) -> ChainCheck:
    check = ChainCheck(outcome=outcome, message=message, domain=domain, **extra)
    log.info(
        "Idura chain check: %s (%s) vipps=%s",
        outcome,
        message.code,
        check.vipps.outcome if check.vipps else "-",
    )
    return check


def _follow_idura(http: HttpSession, start: str, cancel: CancelToken | None) -> _Hops:
    """Follow redirects from `start` while they stay on the Idura domain, stopping at the
    first one that leaves it."""
    home = origin(start)
    current = start
    answer: HttpResponse | None = None
    hop_error: Said | None = None
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
        if answer.status not in REDIRECT_STATUSES or not location:
            return _Hops(answer, "", hop_error)
        nxt = urljoin(answer.url, location)
        if origin(nxt) != home:
            return _Hops(answer, nxt, hop_error)
        if hop_error is None:
            code, text = error_in_fields(query_of(nxt))
            if code:  # Idura's redirect to its own error page, error in the query
                hop_error = Said(code, text, describe(answer))
        current = nxt
    assert answer is not None
    return _Hops(answer, "", hop_error, too_many=True)


def _read_idura_answer(hops: _Hops, app: _App) -> _Sent | ChainCheck:
    """What Idura sends to Vipps, or the verdict when it sent none: its own error, a page, the
    way back to the application, or a hop that is not a Vipps login."""
    domain, answer, target = app.domain, hops.answer, hops.target
    if hops.too_many:
        return _verdict(
            domain,
            "inconclusive",
            Message.of("chain.inconclusive", seen=describe(answer), error=""),
            seen="too many redirects",
        )
    if not target and hops.hop_error is not None:
        # The error page may be missing or say nothing itself: the hop said it all.
        return _idura_error_verdict(hops.hop_error, app)
    if not target:
        said = said_in_body(answer, describe(answer))
        if said.error or answer.status >= 400:
            return _idura_error_verdict(said, app)
        return _verdict(
            domain, "inconclusive", Message.of("chain.page", seen=said.seen), seen=said.seen
        )

    query = query_of(target)
    if without_query(target) == without_query(app.callback):
        # Back to the application without Vipps: Idura's error (or something unexpected).
        code, text = error_in_fields(query)
        said = Said(code, text, describe(answer))
        if code:
            return _idura_error_verdict(said, app)
        return _verdict(
            domain,
            "inconclusive",
            Message.of("chain.inconclusive", seen=said.seen, error=""),
            seen=said.seen,
        )

    environment = _vipps_environment(target)
    sent_id = query.get("client_id", "").strip()
    sent_uri = query.get("redirect_uri", "")
    seen = safe_url(target)
    if environment is None:
        return _verdict(
            domain,
            "inconclusive",
            Message.of("chain.unknown_target", url=seen),
            seen=seen,
            sent_client_id=sent_id,
            sent_redirect_uri=sent_uri,
        )
    if not sent_id:
        return _verdict(
            domain,
            "inconclusive",
            Message.of("chain.no_client_id", url=seen),
            seen=seen,
            environment=environment,
            sent_redirect_uri=sent_uri,
        )
    return _Sent(target, environment, sent_id, sent_uri, seen)


def _idura_error_verdict(said: Said, app: _App) -> ChainCheck:
    outcome, message = _judge_idura_error(said, app.client_id, app.callback, app.domain)
    return _verdict(app.domain, outcome, message, seen=said.seen)


def _compare(
    sent: _Sent,
    expected_client_id: str | None,
    expected_environment: Environment | None,
    domain: str,
) -> _Differences:
    """Every way what Idura sends differs from what the user expects, the headline first."""
    expected_callback = callback_url(domain)
    differences: list[Message] = []
    id_matches: bool | None = None
    if expected_client_id:
        id_matches = sent.client_id == expected_client_id.strip()
        if not id_matches:
            differences.append(
                Message.of(
                    "chain.client_id_differs",
                    got=sent.client_id,
                    want=expected_client_id.strip(),
                    # The dashboard's own label, for the environment the keys belong to.
                    dropdown=DROPDOWN_LABELS[expected_environment or sent.environment],
                )
            )
    uri_matches = sent.redirect_uri == expected_callback
    if not uri_matches:
        differences.append(
            Message.of(
                "chain.redirect_uri_differs", got=sent.redirect_uri or "—", want=expected_callback
            )
        )
    env_matches = None if expected_environment is None else sent.environment == expected_environment
    if env_matches is False:
        differences.append(
            Message.of(
                "chain.environment_differs",
                environment=sent.environment,
                expected=expected_environment,
            )
        )
    return _Differences(tuple(differences), id_matches, uri_matches, env_matches)


def _ask_vipps(http: HttpSession, sent: _Sent, cancel: CancelToken | None) -> RedirectCheck | None:
    """Check 1 on the very URL Idura sends; None when Vipps could not be reached (the Vipps
    half is then not checked)."""
    try:
        return check_redirect_url(
            http, sent.url, sent.client_id, sent.redirect_uri, sent.environment, True, cancel
        )
    except HttpFailure as failure:
        if failure.kind == "cancelled":
            raise
        log.info("Idura chain check: Vipps half failed: %s", failure)
        return None
