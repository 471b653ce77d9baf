"""Core's records, one style per kind (issue 25): a value is a NamedTuple, a mutable setup a
dataclass, and a validator's outcome (which may hold a secret) a small read-only class whose
repr leaves the value out."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path

import pytest

from vipps_desktop.core.fields import FIELDS
from vipps_desktop.core.flow import STEPS, Step
from vipps_desktop.core.message import Message, Severity
from vipps_desktop.core.paths import ProfileState
from vipps_desktop.core.state import Setup, StateProblem
from vipps_desktop.core.validators import Validation, validate_org_number

SECRET = "Zq8!kR2#vL9@pT4$"


def test_a_validation_s_repr_and_str_leave_its_value_out() -> None:
    validation = Validation(value=SECRET, notes=(Message.of("domain.stripped_dot"),))
    assert validation.ok
    for text in (repr(validation), str(validation), f"{validation!r}", repr([validation])):
        assert SECRET not in text
        assert "domain.stripped_dot" in text or "Validation" in text


def test_validations_and_messages_are_equal_by_value_and_hashable() -> None:
    assert validate_org_number("923 609 016") == validate_org_number("923609016")
    assert validate_org_number("923609016") != validate_org_number("923609017")
    assert Validation(value="a") != Message.of("a")
    assert len({Message.of("org.empty"), Message.of("org.empty"), Message.of("org.length")}) == 2
    assert hash(Validation(value="a")) == hash(Validation(value="a"))
    assert Message.of("x").at("warning").severity is Severity.WARNING


def test_a_message_has_its_code_s_severity_unless_told_otherwise() -> None:
    assert Message.of("org.empty").severity is Severity.ERROR
    assert Message.of("domain.stripped_dot").severity is Severity.INFO
    assert Message.of("vipps.accepted").at(Severity.WARNING) == Message(
        "vipps.accepted", (), Severity.WARNING
    )
    assert Message.of("org.length", count=5, of=9).params == (("count", "5"), ("of", "9"))
    assert Message.of("org.length", count=5).param("count") == "5"
    assert Message.of("org.length").param("count") == ""


def test_a_validation_cannot_be_changed() -> None:
    record = Validation(value=SECRET)
    with pytest.raises(AttributeError, match="read-only"):
        record.value = "other"
    with pytest.raises(AttributeError, match="read-only"):
        del record.notes
    with pytest.raises(AttributeError):
        record.anything_new = 1


def test_the_named_tuples_are_read_only_and_equal_by_value(tmp_path: Path) -> None:
    state = ProfileState("ok", tmp_path)
    assert state == ProfileState("ok", tmp_path, "", "")
    with pytest.raises(AttributeError):
        state.status = "unusable"  # type: ignore[misc]
    problem = StateProblem("field_type", tmp_path, tmp_path, "wrong type", ("domain",))
    assert problem.fields == ("domain",)
    assert StateProblem("corrupt", tmp_path, tmp_path, "x").fields == ()
    assert FIELDS["domain"].name == "domain"


def test_a_step_without_checks_shares_no_mutable_default() -> None:
    bare = Step("welcome")
    with pytest.raises(TypeError):
        bare.requires["org_number"] = bool  # type: ignore[index]
    assert Step("other").requires == {}
    assert STEPS[0].id == "welcome"


def test_setups_are_equal_by_value_mutable_and_unhashable() -> None:
    one = Setup(data={"domain": "acme.no"})
    assert one.id and one.created and one.updated and one.current_step == "welcome"
    assert Setup() != Setup()  # each gets its own id
    same = Setup(one.id, dict(one.data), one.current_step, one.created, one.updated)
    assert same == one
    same.current_step = "order"
    assert same != one
    with pytest.raises(TypeError):
        hash(one)
    assert Setup().data is not Setup().data
    assert "acme.no" in repr(one)


def test_frozen_records_copy_and_pickle_as_the_dataclasses_did() -> None:
    message = Message.of("org.length", count=5).at(Severity.WARNING)
    validation = Validation(value=SECRET, error=message, notes=(message,))
    for record in (message, validation):
        assert copy.copy(record) == record
        assert copy.deepcopy(record) == record
        assert pickle.loads(pickle.dumps(record)) == record
    assert copy.deepcopy(message).severity is Severity.WARNING


def test_plain_values_are_named_tuples_read_only_and_equal_by_value() -> None:
    """One record style per kind (issue 25): a plain value is a NamedTuple."""
    from vipps_desktop.core.brreg import CompanyLookup, Signatory
    from vipps_desktop.core.criipto import DomainCheck
    from vipps_desktop.core.oauth_answer import Said
    from vipps_desktop.core.signer_message import OrderDetails, SignerMessage
    from vipps_desktop.core.vipps import CredentialCheck

    records: list[tuple[object, ...]] = [
        Said("invalid_client", "unknown client", "400"),
        DomainCheck("acme.idura.broker", True),
        CompanyLookup("923609016", "active", name="Acme AS"),
        Signatory("Kari Nordmann", ("DAGL",)),
        CredentialCheck("accepted", "test", "client_secret_post", Message.of("vipps.accepted")),
        OrderDetails("Acme AS", "923 609 016", "https://example.invalid/"),
        SignerMessage("Subject", "Body"),
        Message.of("org.length", count=5),
    ]
    for record in records:
        assert isinstance(record, tuple)
        assert copy.copy(record) == record and pickle.loads(pickle.dumps(record)) == record
        with pytest.raises(AttributeError):
            record.anything_new = 1  # type: ignore[attr-defined]
    assert CompanyLookup("923609016", "active").eligible
    assert Signatory("Kari Nordmann", ("DAGL",)).may_open_order_link
