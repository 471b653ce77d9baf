"""What core/ tells the user: a code, its parameters and how serious it is - never a sentence.

The UI turns the code into translated words (`ui/messages.py`) and the severity into an icon
and a colour (`ui/widgets/feedback.py`), so no sentence and no glyph such as "✓" or "⚠" is
written here: core stays free of Qt and of any one language.
"""

from __future__ import annotations

import enum
from typing import Any, NoReturn

__all__ = ["Frozen", "Message", "Severity", "default_severity"]


class Severity(enum.StrEnum):
    """How a message reads: each one has its own icon and colour in the UI."""

    OK = "ok"  # confirmed, nothing to do
    INFO = "info"  # worth knowing; nothing wrong
    WARNING = "warning"  # you can go on, but look
    ERROR = "error"  # wrong: this needs fixing
    UNKNOWN = "unknown"  # a check that could not tell (inconclusive)
    PROGRESS = "progress"  # something is being done right now


# Codes whose severity is not "error"; everything else a validator or a check returns is.
_BY_CODE: dict[str, Severity] = {
    # notes from the validators: what was changed, or worth a second look
    "domain.stripped_scheme": Severity.INFO,
    "domain.stripped_path": Severity.INFO,
    "domain.stripped_port": Severity.INFO,
    "domain.stripped_dot": Severity.INFO,
    "domain.punycode": Severity.INFO,
    "domain.looks_like_test": Severity.WARNING,
    "website.added_https": Severity.INFO,
    "client_id.cleaned": Severity.INFO,
    "client_secret.cleaned": Severity.INFO,
    "client_secret.unusual_chars": Severity.WARNING,
    "client_secret.short": Severity.WARNING,
    "sales_unit.unusual_chars": Severity.WARNING,
    # online checks
    "http.cancelled": Severity.INFO,
    "brreg.flags_missing": Severity.WARNING,
    "criipto.vipps_listed": Severity.INFO,
    "vipps.accepted": Severity.OK,
    "vipps.accepted_other_method": Severity.WARNING,
    "vipps.inconclusive": Severity.UNKNOWN,
    "redirect.registered": Severity.OK,
    "redirect.inconclusive": Severity.UNKNOWN,
    "chain.confirmed": Severity.OK,
    "chain.sends": Severity.OK,  # check 2 confirmed, the user's own client ID not known
    "chain.page": Severity.UNKNOWN,
    "chain.unknown_target": Severity.UNKNOWN,
    "chain.no_client_id": Severity.UNKNOWN,
    "chain.inconclusive": Severity.UNKNOWN,
    "health.domain_ok": Severity.OK,
    "health.company_active": Severity.OK,
    "health.no_domain": Severity.INFO,
    "health.no_org": Severity.INFO,
    "health.no_idura_app": Severity.INFO,
    "health.no_client_id": Severity.INFO,
    "health.vipps_unreachable": Severity.WARNING,
    # why there is no keychain (core/secrets.py: no_keychain_reason): advice, not a failure
    "keychain.none.macos": Severity.WARNING,
    "keychain.none.windows": Severity.WARNING,
    "keychain.none.no_dbus": Severity.WARNING,
    "keychain.none.no_libsecret": Severity.WARNING,
    "keychain.none.no_provider": Severity.WARNING,
    "keychain.none.not_set_up": Severity.WARNING,
}


def default_severity(code: str) -> Severity:
    """The severity a code has unless its sender says otherwise."""
    return _BY_CODE.get(code, Severity.ERROR)


class Frozen:
    """Base of the start path's small value types (`Message`, `validators.Validation`), in
    place of frozen dataclasses (docs/performance.md).
    Values are set once in `__init__` (with `_set`); equal and hashed by `_values()`."""

    __slots__ = ()

    def _set(self, name: str, value: object) -> None:
        object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError(f"{type(self).__name__} is read-only: cannot set {name}")

    def __delattr__(self, name: str) -> NoReturn:
        raise AttributeError(f"{type(self).__name__} is read-only: cannot delete {name}")

    def _values(self) -> tuple[Any, ...]:
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        # copy, deepcopy and pickle rebuild it through __init__ (they would set its slots).
        return type(self), self._values()


class Message(Frozen):
    """A user-facing message as a code and parameters; the UI owns the wording.

    `severity` defaults to the code's own (`default_severity`), so two messages with the same
    code and parameters are equal however they were made.
    """

    __slots__ = ("code", "params", "severity")
    code: str
    params: tuple[tuple[str, str], ...]
    severity: Severity

    def __init__(
        self, code: str, params: tuple[tuple[str, str], ...] = (), severity: str | None = None
    ) -> None:
        self._set("code", code)
        self._set("params", params)
        self._set("severity", default_severity(code) if severity is None else Severity(severity))

    def _values(self) -> tuple[Any, ...]:
        return (self.code, self.params, self.severity)

    def __repr__(self) -> str:
        return f"Message(code={self.code!r}, params={self.params!r}, severity={self.severity!r})"

    @classmethod
    def of(cls, code: str, **params: object) -> Message:
        return cls(code, tuple(sorted((k, str(v)) for k, v in params.items())))

    def at(self, severity: Severity) -> Message:
        """The same message with another severity than its code's own."""
        return Message(self.code, self.params, severity)

    def param(self, name: str) -> str:
        return dict(self.params).get(name, "")
