"""Every value a setup keeps, in one registry: its name, JSON type, validator and origin.

The flow (what a step needs), the workspace (what may be set), the state file (what is loaded,
with which type) and the pages (what to validate and copy) all read this table, so a field is
declared once. A value of the wrong type never gets past `check_value`: the state loader drops
it (and says which field), `Workspace.set` refuses it.

Origins:
- "input": typed or pasted by the user, checked by `validator` (raw text is kept as typed);
- "choice": a button, box or option the user picked (bool or one of a few strings);
- "date": when the user said something happened (ISO date or timestamp);
- "derived": filled in by the app (a lookup, the keychain), never typed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Literal, NamedTuple

from vipps_desktop.core import validators
from vipps_desktop.core.validators import Validation

Origin = Literal["input", "choice", "date", "derived"]
JsonType = type | tuple[type, ...]


# Every field's name, for the type checker: a key misspelt in a `Workspace.get`/`set` fails
# mypy. tests/core/test_fields.py checks that it names exactly the fields of FIELDS.
FieldName = Literal[
    "org_number",
    "company_name",
    "company_signers",
    "suggested_sales_unit_name",
    "suggested_website",
    "confirm_bankid",
    "confirm_signer_role",
    "confirm_bank_account",
    "confirm_paid_plan",
    "domain",
    "sales_unit_name",
    "website",
    "order_template",
    "signer_is_user",
    "signer_name",
    "key_recipient",
    "signer_message_language",
    "order_link_sent_on",
    "order_submitted_on",
    "approved_on",
    "confirm_redirect_uri",
    "confirm_keys_found",
    "vipps_environment",
    "msn",
    "credentials_saved_at",
    "credentials_where",
    "credentials_keychain",
    "credentials_keyed_by_id",
    "submit_production",
    "submit_client_id",
    "submit_client_secret",
    "submit_ssn",
    "submit_saved",
    "submitted_to_criipto_on",
    "idura_app_client_id",
    "idura_app_callback_url",
    "health_check",
]


class Field(NamedTuple):
    name: FieldName
    type: JsonType
    origin: Origin
    validator: Callable[[str], Validation] | None = None

    def accepts(self, value: Any) -> bool:
        """Whether `value` has this field's JSON type (None means "not set", always fine)."""
        if value is None:
            return True
        if isinstance(value, bool) and bool not in _as_tuple(self.type):
            return False  # JSON true is not a number or a string
        return isinstance(value, self.type)

    def is_valid(self, value: Any) -> bool:
        """Set, of the right type, and accepted by the validator (if there is one)."""
        if value is None or value == "" or not self.accepts(value):
            return False
        if self.validator is not None:
            return isinstance(value, str) and self.validator(value).ok
        return True

    def clean(self, value: Any) -> str | None:
        """The validator's cleaned value (e.g. a domain out of a pasted URL), or None."""
        if not isinstance(value, str) or not value:
            return None
        if self.validator is None:
            return value
        result = self.validator(value)
        return result.value if result.ok else None


def _as_tuple(t: JsonType) -> tuple[type, ...]:
    return t if isinstance(t, tuple) else (t,)


def _fields(*fields: Field) -> Mapping[str, Field]:
    return {f.name: f for f in fields}


FIELDS: Mapping[str, Field] = _fields(
    # Prerequisites
    Field("org_number", str, "input", validators.validate_org_number),
    Field("company_name", str, "derived"),
    Field("company_signers", list, "derived"),
    Field("suggested_sales_unit_name", str, "derived"),
    Field("suggested_website", str, "derived"),
    Field("confirm_bankid", bool, "choice"),
    Field("confirm_signer_role", bool, "choice"),
    Field("confirm_bank_account", bool, "choice"),
    Field("confirm_paid_plan", bool, "choice"),
    # Domain
    Field("domain", str, "input", validators.validate_domain),
    # Order
    Field("sales_unit_name", str, "input", validators.validate_sales_unit_name),
    Field("website", str, "input", validators.validate_website),
    Field("order_template", str, "choice"),
    Field("signer_is_user", bool, "choice"),
    Field("signer_name", str, "input"),
    Field("key_recipient", str, "input"),
    Field("signer_message_language", str, "choice"),
    Field("order_link_sent_on", str, "date"),
    Field("order_submitted_on", str, "date"),
    # Waiting, portal
    Field("approved_on", str, "date"),
    Field("confirm_redirect_uri", bool, "choice"),
    Field("confirm_keys_found", bool, "choice"),
    # Credentials (the keys themselves live only in the keychain: see core.secrets)
    Field("vipps_environment", str, "choice"),
    Field("msn", str, "input"),
    Field("credentials_saved_at", str, "derived"),
    Field("credentials_where", str, "derived"),
    Field("credentials_keychain", str, "derived"),
    Field("credentials_keyed_by_id", bool, "derived"),
    # Submit
    Field("submit_production", bool, "choice"),
    Field("submit_client_id", bool, "choice"),
    Field("submit_client_secret", bool, "choice"),
    Field("submit_ssn", bool, "choice"),
    Field("submit_saved", bool, "choice"),
    Field("submitted_to_criipto_on", str, "date"),
    # The chain checks (core/chain.py): one of the company's applications in Idura (not
    # secret), and the last health check with its dates (HealthReport.to_json()).
    Field("idura_app_client_id", str, "input"),
    Field("idura_app_callback_url", str, "input"),
    Field("health_check", dict, "derived"),
)


# The last health check of a finished setup (HealthReport.to_json()): read by Welcome, the
# overview and the health check's widget.
HEALTH_CHECK: FieldName = "health_check"


def field(name: str) -> Field:
    """The registered field; KeyError for a name nobody declared (a typo in a page)."""
    try:
        return FIELDS[name]
    except KeyError:
        raise KeyError(f"{name!r} is not a setup field (see core/fields.py)") from None


def field_name(text: str) -> FieldName:
    """`text` as a field's name, for names that come from data (the guide, a file, a test
    table); KeyError for a name nobody declared."""
    return field(text).name


def check_value(name: str, value: Any) -> None:
    """Raise TypeError/KeyError unless `value` may be stored as `name`."""
    if not field(name).accepts(value):
        raise TypeError(
            f"setup field {name!r} takes {_type_names(FIELDS[name].type)}, "
            f"not {type(value).__name__}"
        )


def _type_names(t: JsonType) -> str:
    return " or ".join(x.__name__ for x in _as_tuple(t))


def sanitize(data: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The known fields of `data` with the right type, and the names of those dropped
    (unknown, or of the wrong type: e.g. a number where the domain's text belongs)."""
    kept: dict[str, Any] = {}
    dropped: list[str] = []
    for name, value in data.items():
        known = FIELDS.get(name) if isinstance(name, str) else None
        if known is None or not known.accepts(value):
            dropped.append(str(name))
        else:
            kept[name] = value
    return kept, dropped
