"""Is the typed domain a live Criipto/Idura domain? Ask its OpenID configuration.

Before the user hands ``https://{domain}/NOVippsLogin/Callback`` to Vipps, `check_domain()`
fetches ``https://{domain}/.well-known/openid-configuration`` (facts.md §3) and checks that it
is an OpenID Connect configuration issued for exactly that domain.

Outcomes about the domain itself are returned as a `DomainCheck` (``ok`` or one `problem`);
trouble on the way (offline, timeout, TLS, server error, cancel) raises `HttpFailure`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import urlsplit

from vipps_desktop.core.message import Message
from vipps_desktop.core.net import (
    CancelToken,
    HttpFailure,
    criipto_url,
    fetch,
    session_for,
)
from vipps_desktop.core.validators import validate_domain

if TYPE_CHECKING:
    from vipps_desktop.core.net import HttpSession

__all__ = ["VIPPS_ACR", "DomainCheck", "check_domain"]

VIPPS_ACR = "urn:grn:authn:no:vipps"
_REQUIRED = ("authorization_endpoint", "token_endpoint", "jwks_uri")
WELL_KNOWN = "/.well-known/openid-configuration"


class DomainCheck(NamedTuple):
    """`ok` when the domain serves a Criipto-style OpenID configuration issued for itself.

    `vipps_listed` is True only when ``acr_values_supported`` is present and names Vipps
    Login; its absence says nothing (whether the list only shows configured providers is not
    documented). `notes` carry the validator's notes and ``criipto.vipps_listed``.
    """

    domain: str
    ok: bool
    problem: Message | None = None
    issuer: str = ""
    vipps_listed: bool = False
    notes: tuple[Message, ...] = ()


def check_domain(
    domain: str,
    *,
    session: HttpSession | None = None,
    cancel: CancelToken | None = None,
) -> DomainCheck:
    """Fetch the domain's OpenID configuration and judge it.

    Problems: the validator's ``domain.*`` error for text that is no host name;
    ``criipto.name_not_found`` (no such name: a typo?), ``criipto.not_found`` (the host
    answers 404/410 there), ``criipto.unexpected_status``, ``criipto.not_json`` (not a Criipto
    domain?), ``criipto.not_oidc`` (JSON without the OpenID endpoints) and
    ``criipto.other_issuer`` (configuration for another domain; `issuer` says which).
    """
    checked = validate_domain(domain)
    if not checked.ok or checked.value is None:
        return DomainCheck(
            domain=domain.strip(), ok=False, problem=checked.error, notes=checked.notes
        )
    host = checked.value
    notes = checked.notes

    def fail(code: str, **params: object) -> DomainCheck:
        return DomainCheck(domain=host, ok=False, problem=Message.of(code, **params), notes=notes)

    url = criipto_url(host) + WELL_KNOWN
    try:
        with session_for(session, cancel) as http:
            answer = fetch(http, "GET", url, headers={"Accept": "application/json"}, cancel=cancel)
    except HttpFailure as failure:
        if failure.kind == "name_not_found":
            return fail("criipto.name_not_found", host=host)
        raise
    if answer.status in (404, 410):
        return fail("criipto.not_found", status=answer.status)
    if answer.status != 200:  # 5xx and 429 were raised by fetch() already
        return fail("criipto.unexpected_status", status=answer.status)
    config = answer.json_object()
    if config is None:
        return fail("criipto.not_json")
    issuer = config.get("issuer")
    if not isinstance(issuer, str) or not all(
        isinstance(config.get(key), str) and config.get(key) for key in _REQUIRED
    ):
        return fail("criipto.not_oidc")
    if not _issued_for(issuer, host):
        return DomainCheck(
            domain=host,
            ok=False,
            issuer=issuer,
            notes=notes,
            problem=Message.of("criipto.other_issuer", issuer=issuer),
        )
    acr = config.get("acr_values_supported")
    vipps = isinstance(acr, list) and VIPPS_ACR in acr
    if vipps:
        notes = (*notes, Message.of("criipto.vipps_listed"))
    return DomainCheck(domain=host, ok=True, issuer=issuer, vipps_listed=vipps, notes=notes)


def _issued_for(issuer: str, host: str) -> bool:
    """``https://{host}`` exactly, a trailing slash tolerated, host name case-insensitive."""
    try:
        parts = urlsplit(issuer.strip())
        port = parts.port
    except ValueError:
        return False
    return (
        parts.scheme.lower() == "https"
        and (parts.hostname or "") == host
        and port in (None, 443)
        and parts.path in ("", "/")
        and not parts.query
        and not parts.fragment
        and not parts.username
    )
