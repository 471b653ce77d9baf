"""The health check of a finished setup: the domain's discovery, the company's status in
Brønnøysund, check 1 (core/redirect_check.py) and check 2 (core/chain.py), into one `HealthReport`
(core/health_report.py). The app's "Check this setup now" and `vipps-desktop check` run it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from vipps_desktop.core import brreg, criipto
from vipps_desktop.core.chain import (
    ChainCheck,
    ChainOutcome,
    RedirectCheck,
    RedirectOutcome,
    check_chain,
    check_redirect_uri,
)
from vipps_desktop.core.health_report import HEALTH_ITEMS, HealthItem, HealthReport, HealthStatus
from vipps_desktop.core.message import Message
from vipps_desktop.core.net import CancelToken, HttpFailure, session_for
from vipps_desktop.core.oauth_answer import Environment
from vipps_desktop.core.validators import callback_url

if TYPE_CHECKING:
    from vipps_desktop.core.net.transport import HttpSession

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # (item name, index, total)
_CHAIN_STATUS: dict[ChainOutcome, HealthStatus] = {
    "confirmed": "ok",
    "differs": "problem",
    "idura_error": "problem",
    "inconclusive": "inconclusive",
}
_REDIRECT_STATUS: dict[RedirectOutcome, HealthStatus] = {
    "registered": "ok",
    "not_registered": "problem",
    "unknown_client": "problem",
    "inconclusive": "inconclusive",
}


def run_health_check(
    *,
    domain: str | None,
    org_number: str | None,
    environment: Environment = "production",
    app_client_id: str | None = None,
    app_callback: str | None = None,
    client_id: str | None = None,
    progress: Progress | None = None,
    session: HttpSession | None = None,
    cancel: CancelToken | None = None,
) -> HealthReport:
    """Re-check a finished setup: discovery, Brønnøysund, check 1 and check 2, in that order
    of display (check 2 runs before check 1 when it can, so check 1 runs on Idura's own
    redirect). A failure of one item (offline, timeout) is recorded and the others still run;
    only a cancel stops the whole check (`HttpFailure` ``cancelled``). `progress` is called
    from the calling thread before each step.
    """
    steps = len(HEALTH_ITEMS)

    def tell(name: str, index: int) -> None:
        if cancel is not None:
            cancel.raise_if_cancelled()
        if progress is not None:
            progress(name, index, steps)

    with session_for(session, cancel) as http:
        tell("domain", 0)
        domain_item = _domain_item(http, domain, cancel)
        tell("company", 1)
        company_item = _company_item(http, org_number, cancel)
        tell("idura_chain", 2)
        chain, chain_item = _chain_item(
            http, domain, app_client_id, app_callback, client_id, environment, cancel
        )
        tell("vipps_redirect", 3)
        redirect_item = _redirect_item(http, domain, client_id, environment, chain, cancel)
    items = {
        "domain": domain_item,
        "company": company_item,
        "idura_chain": chain_item,
        "vipps_redirect": redirect_item,
    }
    report = HealthReport(items=tuple(items[name] for name in HEALTH_ITEMS), chain=chain)
    log.info("health check: %s", ", ".join(f"{i.name}={i.status}" for i in report.items))
    return report


def _failed(name: str, failure: HttpFailure) -> HealthItem:
    """An item that could not be checked (offline, timeout); a cancel stops the whole check."""
    if failure.kind == "cancelled":
        raise failure
    return HealthItem(name, "failed", failure.message)


def _domain_item(http: HttpSession, domain: str | None, cancel: CancelToken | None) -> HealthItem:
    """The domain serves Idura's OpenID discovery, issued for itself."""
    if not domain:
        return HealthItem("domain", "skipped", Message.of("health.no_domain"))
    try:
        found = criipto.check_domain(domain, session=http, cancel=cancel)
    except HttpFailure as failure:
        return _failed("domain", failure)
    if found.ok:
        return HealthItem("domain", "ok", Message.of("health.domain_ok", domain=domain))
    return HealthItem("domain", "problem", found.problem or Message.of("criipto.not_oidc"))


def _company_item(
    http: HttpSession, org_number: str | None, cancel: CancelToken | None
) -> HealthItem:
    """The company is active in Brønnøysund."""
    if not org_number:
        return HealthItem("company", "skipped", Message.of("health.no_org"))
    try:
        company = brreg.lookup(org_number, session=http, cancel=cancel)
    except HttpFailure as failure:
        return _failed("company", failure)
    if company.eligible:
        return HealthItem(
            "company",
            "ok",
            Message.of("health.company_active", name=company.name, org=company.orgnr),
            details=company.notes,
        )
    problems = company.problems or (Message.of(f"brreg.{company.status}"),)
    return HealthItem("company", "problem", problems[0], details=problems[1:])


def _chain_item(
    http: HttpSession,
    domain: str | None,
    app_client_id: str | None,
    app_callback: str | None,
    client_id: str | None,
    environment: Environment,
    cancel: CancelToken | None,
) -> tuple[ChainCheck | None, HealthItem]:
    """Check 2, with check 1 on Idura's own redirect when the user's client ID is not known."""
    if not domain or not app_client_id or not app_callback:
        return None, HealthItem("idura_chain", "skipped", Message.of("health.no_idura_app"))
    try:
        chain = check_chain(
            domain,
            app_client_id,
            app_callback,
            expected_client_id=client_id,
            expected_environment=environment,
            run_vipps_check=client_id is None,
            session=http,
            cancel=cancel,
        )
    except HttpFailure as failure:
        return None, _failed("idura_chain", failure)
    return chain, HealthItem(
        "idura_chain",
        _CHAIN_STATUS[chain.outcome],
        chain.message,
        details=chain.differences[1:],
    )


def _redirect_item(
    http: HttpSession,
    domain: str | None,
    client_id: str | None,
    environment: Environment,
    chain: ChainCheck | None,
    cancel: CancelToken | None,
) -> HealthItem:
    """Check 1: on the user's own client ID when known, else on what Idura sends (check 2's)."""
    redirect: RedirectCheck | None = chain.vipps if chain is not None else None
    if client_id and domain:
        try:
            redirect = check_redirect_uri(
                client_id,
                callback_url(domain),
                environment=environment,
                session=http,
                cancel=cancel,
            )
        except HttpFailure as failure:
            return _failed("vipps_redirect", failure)
    if redirect is not None:
        return HealthItem("vipps_redirect", _REDIRECT_STATUS[redirect.outcome], redirect.message)
    if chain is not None and chain.sent_client_id:
        return HealthItem("vipps_redirect", "failed", Message.of("health.vipps_unreachable"))
    return HealthItem("vipps_redirect", "skipped", Message.of("health.no_client_id"))
