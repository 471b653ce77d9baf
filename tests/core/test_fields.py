"""The field registry: one declaration per setup value, read by flow, workspace and state."""

from __future__ import annotations

import ast
import typing
from pathlib import Path

import pytest

from vipps_desktop.core import fields
from vipps_desktop.core.flow import STEPS
from vipps_desktop.core.workspace import Workspace

PACKAGE = Path(__file__).resolve().parents[2] / "vipps_desktop"


@pytest.mark.parametrize("value", [123, 1.5, ["acme.idura.broker"], {"a": 1}, True])
def test_text_fields_refuse_other_json_types(value: object) -> None:
    for name in ("domain", "msn", "sales_unit_name", "website", "org_number"):
        assert not fields.field(name).accepts(value)
        with pytest.raises(TypeError, match=name):
            fields.check_value(name, value)


def test_a_flag_is_a_bool_and_not_a_number() -> None:
    confirm = fields.field("confirm_bankid")
    assert confirm.accepts(True) and confirm.accepts(None)
    assert not confirm.accepts(1) and not confirm.accepts("true")


def test_unknown_names_are_refused() -> None:
    with pytest.raises(KeyError, match="not a setup field"):
        fields.field("domian")


def test_sanitize_keeps_known_fields_of_the_right_type_and_names_the_rest() -> None:
    kept, dropped = fields.sanitize(
        {
            "domain": "acme.idura.broker",
            "msn": 123456,
            "website": ["x"],
            "nonsense": "y",
            "approved_on": None,
        }
    )
    assert kept == {"domain": "acme.idura.broker", "approved_on": None}
    assert sorted(dropped) == ["msn", "nonsense", "website"]


def test_clean_gives_the_validators_value() -> None:
    assert fields.field("domain").clean("https://Acme.Idura.Broker/x") == "acme.idura.broker"
    assert fields.field("domain").clean("localhost") is None
    assert fields.field("domain").clean(42) is None


def test_every_key_a_step_requires_is_registered() -> None:
    for step in STEPS:
        groups = [step.requires, *step.one_of]
        for key in (k for group in groups for k in group):
            assert key in fields.FIELDS, (step.id, key)


def test_the_session_refuses_unregistered_keys_and_wrong_types(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path)
    workspace.new_setup()
    with pytest.raises(KeyError):
        workspace.set("domian", "acme.idura.broker")  # type: ignore[arg-type]  # deliberately not a field
    with pytest.raises(TypeError):
        workspace.set("domain", 42)
    assert workspace.get("domain") is None
    workspace.set("domain", "acme.idura.broker")
    assert workspace.domain() == "acme.idura.broker"


def test_every_literal_key_the_package_sets_is_registered() -> None:
    """`workspace.set("some_key", …)` anywhere in the package names a registered field."""
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "set"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and "workspace" in ast.unparse(node.func.value)
            ):
                assert node.args[0].value in fields.FIELDS, (path.name, node.args[0].value)


def test_the_field_name_type_names_exactly_the_registered_fields() -> None:
    """`FieldName` is what mypy checks every `Workspace.get`/`set` key against."""
    assert list(typing.get_args(fields.FieldName)) == list(fields.FIELDS)


def test_a_name_from_data_is_checked_at_run_time() -> None:
    assert fields.field_name("domain") == "domain"
    with pytest.raises(KeyError, match="domian"):
        fields.field_name("domian")


def test_no_field_can_hold_a_secret() -> None:
    """Over the registry: no field is named like a secret the state file must never keep
    (`state.FORBIDDEN_KEYS`), and a field that mentions one is a tick box (bool), never the
    value itself."""
    from vipps_desktop.core.state import FORBIDDEN_KEYS

    assert not set(fields.FIELDS) & FORBIDDEN_KEYS
    for name, declared in fields.FIELDS.items():
        if any(word in name for word in ("secret", "password", "token")):
            assert declared.type is bool, name
