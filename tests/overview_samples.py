"""A saved setup in every state of the Welcome overview (core/overview.py), dated from `today`:
for the tests, the bench and the screenshots."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from vipps_desktop.core.overview import State

DONE = {
    "org_number": "923609016",
    "domain": "acme.idura.broker",
    "company_name": "Acme Norge AS",
    "order_submitted_on": "2026-11-01",
    "approved_on": "2026-11-04",
    "confirm_redirect_uri": True,
    "confirm_keys_found": True,
    "submitted_to_criipto_on": "2026-11-05",
}


# What each row of a health check says, by (row, status): real codes of core/chain.py.
_SAID: dict[tuple[str, str], tuple[str, dict[str, str]]] = {
    ("domain", "ok"): ("health.domain_ok", {"domain": "acme.idura.broker"}),
    ("company", "ok"): ("health.company_active", {"name": "ACME NORGE AS", "org": "923609016"}),
    ("company", "failed"): ("http.offline", {}),
    ("vipps_redirect", "ok"): ("redirect.registered", {"environment": "production"}),
    ("vipps_redirect", "problem"): (
        "redirect.not_registered",
        {"url": "https://havbris.idura.broker/NOVippsLogin/Callback", "environment": "production"},
    ),
    ("vipps_redirect", "skipped"): ("health.no_client_id", {}),
    ("idura_chain", "ok"): ("chain.confirmed", {"environment": "production"}),
    ("idura_chain", "inconclusive"): ("chain.page", {"seen": "200 text/html"}),
    ("idura_chain", "skipped"): ("health.no_idura_app", {}),
}


def _health(statuses: list[str], on: str) -> dict[str, Any]:
    names = ("domain", "company", "vipps_redirect", "idura_chain")
    items = []
    for name, status in zip(names, statuses, strict=True):
        code, params = _SAID[(name, status)]
        message = {"code": code, "params": params}
        items.append({"name": name, "status": status, "checked_on": on, "message": message})
    return {"checked_on": on, "items": items}


def samples(today: date) -> dict[State, tuple[dict[str, Any], str]]:
    """Each state's setup data and its current step."""

    def ago(days: int) -> str:
        return (today - timedelta(days=days)).isoformat()

    def company(name: str, org: str, domain: str) -> dict[str, Any]:
        return {"company_name": name, "org_number": org, "domain": domain}

    return {
        "start": (company("Fjord Fisk AS", "974760673", "fjordfisk.idura.broker"), "domain"),
        "waiting_signer": (
            {
                **company("Bakeriet Nord AS", "987654325", "bakeriet.idura.broker"),
                "sales_unit_name": "Bakeriet Nord",
                "order_link_sent_on": ago(3),
            },
            "waiting",
        ),
        "waiting_vipps": (
            {
                **company("Elvebyen Regnskap AS", "912345602", "elvebyen.criipto.id"),
                "sales_unit_name": "Elvebyen",
                "order_submitted_on": ago(6),
            },
            "waiting",
        ),
        "fetch_keys": (
            {
                **company("Kystlinje Transport AS", "998877660", "kystlinje.idura.broker"),
                "order_submitted_on": ago(9),
                "approved_on": ago(1),
            },
            "portal",
        ),
        "save_keys": (
            {
                **company("Tindetopp Sport AS", "911223341", "tindetopp.idura.broker"),
                "order_submitted_on": ago(8),
                "approved_on": ago(2),
                "confirm_redirect_uri": True,
                "confirm_keys_found": True,
            },
            "credentials",
        ),
        "submit_keys": (
            {
                **company("Nordlys Energi AS", "955667786", "nordlys.idura.broker"),
                "order_submitted_on": ago(12),
                "approved_on": ago(5),
                "confirm_redirect_uri": True,
                "confirm_keys_found": True,
                "credentials_saved_at": ago(4) + "T09:12:00+00:00",
            },
            "submit",
        ),
        "done_unchecked": ({**DONE, "submitted_to_criipto_on": ago(2)}, "done"),
        "done_problem": (
            {
                **DONE,
                **company("Havbris Hotell AS", "944332219", "havbris.idura.broker"),
                "health_check": _health(["ok", "ok", "problem", "ok"], ago(0)),
            },
            "done",
        ),
        "done_inconclusive": (
            {
                **DONE,
                **company("Vestvind Bygg AS", "933221105", "vestvind.idura.broker"),
                "health_check": _health(["ok", "failed", "ok", "inconclusive"], ago(1)),
            },
            "done",
        ),
        "done_partly": (
            {
                **DONE,
                **company("Solsiden Kafé AS", "922110093", "solsiden.idura.broker"),
                "health_check": _health(["ok", "ok", "skipped", "skipped"], ago(3)),
            },
            "done",
        ),
        "done_ok": (
            {
                **DONE,
                **company("Acme Norge AS", "923609016", "acme.idura.broker"),
                "health_check": _health(["ok", "ok", "ok", "ok"], ago(0)),
            },
            "done",
        ),
    }
