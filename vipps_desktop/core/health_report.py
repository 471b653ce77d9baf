"""A health check's result as plain data, kept in the setup file as JSON (`to_json`,
`from_json`): read by Welcome, the overview, the record and `vipps-desktop check` without the
checks themselves (core/health_check.py runs them)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from vipps_desktop.core.clock import today_iso
from vipps_desktop.core.message import Message, Severity

if TYPE_CHECKING:
    from vipps_desktop.core.chain import ChainCheck

HealthStatus = Literal["ok", "problem", "inconclusive", "skipped", "failed"]

HEALTH_ITEMS: tuple[str, ...] = ("domain", "company", "vipps_redirect", "idura_chain")

# An item's severity is its status's, not its message's: a failed item carries the network
# failure's own message (an error where it stands alone), shown here as a warning, and the
# setup file keeps the status, not a severity.
STATUS_SEVERITY: dict[HealthStatus, Severity] = {
    "ok": Severity.OK,
    "problem": Severity.ERROR,
    "inconclusive": Severity.UNKNOWN,
    "skipped": Severity.INFO,
    "failed": Severity.WARNING,
}


@dataclass(frozen=True)
class HealthItem:
    """One line of a health check: plain data, kept in the setup as JSON."""

    name: str  # one of HEALTH_ITEMS
    status: HealthStatus
    message: Message
    checked_on: str = field(default_factory=today_iso)
    details: tuple[Message, ...] = ()

    @property
    def severity(self) -> Severity:
        return STATUS_SEVERITY[self.status]

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "status": self.status,
            "checked_on": self.checked_on,
            "message": message_json(self.message),
            "details": [message_json(m) for m in self.details],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> HealthItem | None:
        try:
            status = str(data["status"])
            if status not in STATUS_SEVERITY:
                return None
            details = data.get("details") or []
            return cls(
                name=str(data["name"]),
                status=status,
                message=message_from_json(data["message"]),
                checked_on=str(data.get("checked_on") or ""),
                details=tuple(message_from_json(m) for m in details),
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            return None


def message_json(message: Message) -> dict[str, Any]:
    """A message as a setup file and `vipps-desktop check --json` keep it: code and parameters
    (its severity is its code's, or its item's status)."""
    return {"code": message.code, "params": dict(message.params)}


def message_from_json(data: Any) -> Message:
    params = data.get("params") or {}
    if not isinstance(params, dict):
        raise ValueError("params")
    return Message.of(str(data["code"]), **{str(k): v for k, v in params.items()})


@dataclass(frozen=True)
class HealthReport:
    """Every item of one health check, and the date it ran."""

    items: tuple[HealthItem, ...]
    checked_on: str = field(default_factory=today_iso)
    chain: ChainCheck | None = field(default=None, compare=False)

    @property
    def all_ok(self) -> bool:
        return self.summary == "ok"  # every item ok, and at least one

    @property
    def summary(self) -> HealthStatus:
        """The worst status: problem > failed > inconclusive > skipped > ok."""
        order: tuple[HealthStatus, ...] = ("problem", "failed", "inconclusive", "skipped", "ok")
        statuses = {i.status for i in self.items}
        return next((s for s in order if s in statuses), "skipped")

    @property
    def severity(self) -> Severity:
        """The summary's severity (the worst item's)."""
        return STATUS_SEVERITY[self.summary]

    def item(self, name: str) -> HealthItem | None:
        return next((i for i in self.items if i.name == name), None)

    def to_json(self) -> dict[str, Any]:
        return {"checked_on": self.checked_on, "items": [i.to_json() for i in self.items]}

    @classmethod
    def from_json(cls, data: Any) -> HealthReport | None:
        """A report kept in a setup, or None when the data is not one (never raises)."""
        if not isinstance(data, dict) or not isinstance(data.get("items"), list):
            return None
        items = [HealthItem.from_json(i) for i in data["items"] if isinstance(i, dict)]
        return cls(
            items=tuple(i for i in items if i is not None),
            checked_on=str(data.get("checked_on") or ""),
        )
