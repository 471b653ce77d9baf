"""Best-effort check of a Vipps Login client id and secret, without a real login.

Vipps runs ORY Hydra. Its token endpoint authenticates the client *before* it looks at the
grant, so a token request with a made-up authorization code tells the two apart
(facts.md §4, [inferred] from Hydra's order of checks — label the result best-effort):

* 400 ``invalid_grant``  → the id/secret pair was accepted (the code was of course refused);
* 401 ``invalid_client`` → wrong id or secret, keys for the other environment, or the sales
  unit uses the other client authentication method. In the last case Hydra's description
  names the method the unit expects; we then try that method once and say which one works;
* anything else → inconclusive.

The request is a single POST: never retried, redirects never followed (the body may carry the
secret). The secret is never stored in a result, a message, an exception or a log line.
"""

from __future__ import annotations

import base64
import logging
import re
import uuid
from typing import TYPE_CHECKING, Literal, NamedTuple
from urllib.parse import quote_plus

from vipps_desktop.core.logs import redact_basic
from vipps_desktop.core.message import Message
from vipps_desktop.core.net import (
    CancelToken,
    HttpFailure,
    fetch,
    session_for,
    vipps_api_url,
)
from vipps_desktop.core.oauth_answer import Environment, error_in_fields

if TYPE_CHECKING:
    from vipps_desktop.core.net import HttpSession

__all__ = [
    "AUTH_METHODS",
    "TOKEN_PATH",
    "AuthMethod",
    "CredentialCheck",
    "Environment",
    "Outcome",
    "basic_authorization",
    "check_credentials",
    "token_url",
]

log = logging.getLogger(__name__)

AuthMethod = Literal["client_secret_basic", "client_secret_post"]
Outcome = Literal["accepted", "rejected", "inconclusive"]
AUTH_METHODS: tuple[AuthMethod, AuthMethod] = ("client_secret_basic", "client_secret_post")
TOKEN_PATH = "/access-management-1.0/access/oauth2/token"
# fosite: "The OAuth 2.0 Client supports client authentication method 'X', but method 'Y' was
# requested." (older: "... only supports client authentication method 'X' ...")
_SUPPORTED = re.compile(r"supports client authentication method '([a-z_]+)'")


class CredentialCheck(NamedTuple):
    """The verdict. Holds no credential, so it is safe to log, show and keep.

    `method` is the method of the last attempt: for ``accepted`` the one the sales unit uses.
    `switched_method` is True when Vipps refused the first method by name and the other one
    was tried. `status` and `error` are the last answer's HTTP status and OAuth error code.
    """

    outcome: Outcome
    environment: Environment
    method: AuthMethod
    message: Message
    switched_method: bool = False
    status: int | None = None
    error: str = ""

    @property
    def accepted(self) -> bool:
        return self.outcome == "accepted"


class _Answer(NamedTuple):
    status: int
    error: str
    text: str  # error_description + error_hint; never shown, only searched for a method name


def token_url(environment: Environment) -> str:
    return vipps_api_url(environment) + TOKEN_PATH


def basic_authorization(client_id: str, client_secret: str) -> str:
    """``Basic base64(urlencode(id) ":" urlencode(secret))`` as RFC 6749 §2.3.1 says.

    Hydra URL-decodes both halves, so a ``+`` sent raw would arrive as a space.
    """
    pair = f"{quote_plus(client_id, safe='')}:{quote_plus(client_secret, safe='')}"
    return "Basic " + base64.b64encode(pair.encode("utf-8")).decode("ascii")


def check_credentials(
    client_id: str,
    client_secret: str,
    *,
    environment: Environment,
    redirect_uri: str,
    method: AuthMethod = "client_secret_basic",
    session: HttpSession | None = None,
    cancel: CancelToken | None = None,
) -> CredentialCheck:
    """Ask Vipps's token endpoint whether it accepts this id/secret pair.

    Messages: ``vipps.accepted`` (method), ``vipps.accepted_other_method`` (method, tried),
    ``vipps.rejected`` (environment, method), ``vipps.secret_rejected`` (method: Vipps knew
    the id and named the method, then refused the secret), ``vipps.inconclusive`` (status,
    error). Network trouble raises `HttpFailure` (for a 5xx or 429 the result is inconclusive
    instead: the check cannot tell anything about the keys then).
    """
    if not client_id or not client_secret:
        raise ValueError("client id and secret are both required")
    if method not in AUTH_METHODS:
        raise ValueError(f"unknown client authentication method {method!r}")
    # The Authorization header carries base64(id:secret): mask that form in logs too.
    redact_basic(client_id, client_secret)
    url = token_url(environment)
    failure: HttpFailure | None = None
    try:
        with session_for(session, cancel) as http:
            first = _attempt(http, url, client_id, client_secret, redirect_uri, method, cancel)
            other = _other(method)
            if _refused_client(first) and _named_method(first.text, method) == other:
                second = _attempt(http, url, client_id, client_secret, redirect_uri, other, cancel)
                result = _verdict(second, environment, other, switched_from=method)
            else:
                result = _verdict(first, environment, method, switched_from=None)
    except HttpFailure as exc:
        # A fresh exception without the chain: requests' exceptions keep the prepared request,
        # whose headers or body hold the secret.
        failure = HttpFailure(exc.kind, exc.message, status=exc.status)
    if failure is not None:
        log.info("Vipps credential check (%s): %s", environment, failure)
        raise failure
    log.info(
        "Vipps credential check (%s, %s): %s status=%s error=%s",
        environment,
        result.method,
        result.outcome,
        result.status,
        result.error,
    )
    return result


def _attempt(
    http: HttpSession,
    url: str,
    client_id: str,
    client_secret: str,
    redirect_uri: str,
    method: AuthMethod,
    cancel: CancelToken | None,
) -> _Answer:
    form = {
        "grant_type": "authorization_code",
        "code": uuid.uuid4().hex,  # a code Vipps never issued
        "redirect_uri": redirect_uri,
    }
    headers = {"Accept": "application/json"}
    if method == "client_secret_basic":
        headers["Authorization"] = basic_authorization(client_id, client_secret)
    else:
        form["client_id"] = client_id
        form["client_secret"] = client_secret
    answer = fetch(
        http,
        "POST",
        url,
        headers=headers,
        data=form,
        cancel=cancel,
        follow_redirects=False,
        raise_server_errors=False,
    )
    code, text = error_in_fields(answer.json_object() or {})
    return _Answer(answer.status, code, text)


def _other(method: AuthMethod) -> AuthMethod:
    return AUTH_METHODS[1] if method == AUTH_METHODS[0] else AUTH_METHODS[0]


def _refused_client(answer: _Answer) -> bool:
    return answer.status == 401 and answer.error == "invalid_client"


def _named_method(text: str, tried: AuthMethod) -> AuthMethod | None:
    """The method Hydra says the client uses, if its description names one."""
    match = _SUPPORTED.search(text)
    if match:
        named = match.group(1)
        return next((m for m in AUTH_METHODS if m == named), None)
    mentioned = [m for m in AUTH_METHODS if m in text]
    if mentioned == [_other(tried)]:
        return _other(tried)
    return None


def _verdict(
    answer: _Answer,
    environment: Environment,
    method: AuthMethod,
    *,
    switched_from: AuthMethod | None,
) -> CredentialCheck:
    def result(outcome: Outcome, message: Message) -> CredentialCheck:
        return CredentialCheck(
            outcome=outcome,
            environment=environment,
            method=method,
            message=message,
            switched_method=switched_from is not None,
            status=answer.status,
            error=answer.error,
        )

    if answer.status == 400 and answer.error == "invalid_grant":
        if switched_from is not None:
            return result(
                "accepted",
                Message.of("vipps.accepted_other_method", method=method, tried=switched_from),
            )
        return result("accepted", Message.of("vipps.accepted", method=method))
    if _refused_client(answer):
        if switched_from is not None:
            # Hydra checks the method after finding the client and before the secret.
            return result("rejected", Message.of("vipps.secret_rejected", method=method))
        return result(
            "rejected", Message.of("vipps.rejected", environment=environment, method=method)
        )
    return result(
        "inconclusive", Message.of("vipps.inconclusive", status=answer.status, error=answer.error)
    )
