"""Check 1: does Vipps accept the callback URL for this client ID? Best-effort, [inferred] from
how ORY Hydra (which Vipps runs) answers (facts.md §4), without a login and no secret.

``GET`` Vipps' authorize endpoint with the client ID and the callback URL, redirects not
followed. Hydra checks the client, then the redirect URI, before any login:

* a redirect carrying ``login_challenge`` (or, with a registered URI and a bad parameter, a
  redirect to the callback URL itself) → the URL is registered for this client ID;
* ``invalid_request`` naming the redirect URI (error-page redirect, 400 page or JSON) → not
  registered; near-misses (trailing ``/``, case) are then probed so the message can say what
  Vipps has instead;
* ``invalid_client`` → Vipps does not know the client ID in that environment (the other
  environment is asked once, so the message can say "these are test keys");
* anything else → inconclusive, with what was seen.

Check 2 (core/chain.py) runs this on the very URL Idura sends.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlencode, urljoin, urlsplit

from vipps_desktop.core.clock import today_iso
from vipps_desktop.core.message import Message
from vipps_desktop.core.net import (
    CancelToken,
    HttpResponse,
    fetch,
    session_for,
)
from vipps_desktop.core.net.endpoints import (
    vipps_authorize_url,
)
from vipps_desktop.core.oauth_answer import (
    REDIRECT_STATUSES,
    REDIRECT_WORDS,
    UNKNOWN_CLIENT,
    Environment,
    Said,
    describe,
    error_in_fields,
    new_state,
    query_of,
    said_in_body,
    without_query,
)
from vipps_desktop.core.validators import CALLBACK_PATH

if TYPE_CHECKING:
    from vipps_desktop.core.net.transport import HttpSession

__all__ = [
    "RedirectCheck",
    "RedirectOutcome",
    "check_redirect_uri",
    "check_redirect_url",
    "near_misses",
    "vipps_authorize_url",
]

log = logging.getLogger(__name__)

RedirectOutcome = Literal["registered", "not_registered", "unknown_client", "inconclusive"]


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
    if answer.status in REDIRECT_STATUSES and location:
        target = urljoin(answer.url, location)
        query = query_of(target)
        seen = describe(answer)
        if query.get("login_challenge"):
            return "registered", Said(seen=seen)
        if redirect_uri and without_query(target) == without_query(redirect_uri):
            # Hydra only ever redirects to a registered URI (e.g. invalid_state, invalid_scope).
            code, text = error_in_fields(query)
            return "registered", Said(code, text, seen)
        code, text = error_in_fields(query)
        said = Said(code, text, seen)
    else:
        said = said_in_body(answer, describe(answer))
    if said.error == "invalid_client" or (not said.error and UNKNOWN_CLIENT.search(said.text)):
        return "unknown_client", said
    if said.error == "invalid_request" and REDIRECT_WORDS.search(said.text):
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
        "state": new_state(),
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
        return check_redirect_url(
            http, url, client_id, redirect_uri, environment, probe_near_misses, cancel
        )


def check_redirect_url(
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
