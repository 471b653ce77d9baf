"""The health check of a finished setup: the domain's discovery, the company's status in
Brønnøysund, check 1 and check 2 (core/chain.py), into one `HealthReport`
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
    items: dict[str, HealthItem] = {}
    steps = len(HEALTH_ITEMS)
    chain: ChainCheck | None = None

    def tell(name: str, index: int) -> None:
        if cancel is not None:
            cancel.raise_if_cancelled()
        if progress is not None:
            progress(name, index, steps)

    def failed(name: str, failure: HttpFailure) -> HealthItem:
        if failure.kind == "cancelled":
            raise failure
        return HealthItem(name, "failed", failure.message)

    with session_for(session, cancel) as http:
        tell("domain", 0)
        if not domain:
            items["domain"] = HealthItem("domain", "skipped", Message.of("health.no_domain"))
        else:
            try:
                found = criipto.check_domain(domain, session=http, cancel=cancel)
                items["domain"] = (
                    HealthItem("domain", "ok", Message.of("health.domain_ok", domain=domain))
                    if found.ok
                    else HealthItem(
                        "domain", "problem", found.problem or Message.of("criipto.not_oidc")
                    )
                )
            except HttpFailure as failure:
                items["domain"] = failed("domain", failure)

        tell("company", 1)
        if not org_number:
            items["company"] = HealthItem("company", "skipped", Message.of("health.no_org"))
        else:
            try:
                company = brreg.lookup(org_number, session=http, cancel=cancel)
                if company.eligible:
                    items["company"] = HealthItem(
                        "company",
                        "ok",
                        Message.of("health.company_active", name=company.name, org=company.orgnr),
                        details=company.notes,
                    )
                else:
                    problems = company.problems or (Message.of(f"brreg.{company.status}"),)
                    items["company"] = HealthItem(
                        "company", "problem", problems[0], details=problems[1:]
                    )
            except HttpFailure as failure:
                items["company"] = failed("company", failure)

        tell("idura_chain", 2)
        if not domain or not app_client_id or not app_callback:
            items["idura_chain"] = HealthItem(
                "idura_chain", "skipped", Message.of("health.no_idura_app")
            )
        else:
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
                items["idura_chain"] = HealthItem(
                    "idura_chain",
                    _CHAIN_STATUS[chain.outcome],
                    chain.message,
                    details=chain.differences[1:],
                )
            except HttpFailure as failure:
                items["idura_chain"] = failed("idura_chain", failure)

        tell("vipps_redirect", 3)
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
                items["vipps_redirect"] = failed("vipps_redirect", failure)
        if "vipps_redirect" in items:
            pass
        elif redirect is not None:
            items["vipps_redirect"] = HealthItem(
                "vipps_redirect", _REDIRECT_STATUS[redirect.outcome], redirect.message
            )
        elif chain is not None and chain.sent_client_id:
            items["vipps_redirect"] = HealthItem(
                "vipps_redirect", "failed", Message.of("health.vipps_unreachable")
            )
        else:
            items["vipps_redirect"] = HealthItem(
                "vipps_redirect", "skipped", Message.of("health.no_client_id")
            )
    report = HealthReport(items=tuple(items[name] for name in HEALTH_ITEMS), chain=chain)
    log.info("health check: %s", ", ".join(f"{i.name}={i.status}" for i in report.items))
    return report
