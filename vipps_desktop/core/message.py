"""What core/ tells the user: a code, its parameters and how serious it is - never a sentence.

The UI turns the code into translated words (`ui/messages.py`) and the severity into an icon
and a colour (`ui/widgets/feedback.py`), so no sentence and no glyph such as "✓" or "⚠" is
written here: core stays free of Qt and of any one language.
"""

from __future__ import annotations

import enum
from typing import NamedTuple

__all__ = ["Message", "Severity", "default_severity"]


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


class Message(NamedTuple):
    """A user-facing message as a code and parameters; the UI owns the wording.

    Made with `Message.of(code, **params)`, which sorts the parameters and gives the message
    its code's own severity (`default_severity`); `.at(severity)` gives it another one.
    """

    code: str
    params: tuple[tuple[str, str], ...]
    severity: Severity

    @classmethod
    def of(cls, code: str, /, **params: object) -> Message:
        ordered = tuple(sorted((k, str(v)) for k, v in params.items()))
        return cls(code, ordered, default_severity(code))

    def at(self, severity: Severity | str) -> Message:
        """The same message with another severity than its code's own."""
        return self._replace(severity=Severity(severity))

    def param(self, name: str) -> str:
        return dict(self.params).get(name, "")
