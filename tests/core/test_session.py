"""The open setup: values saved at once, listeners told, derived values for copying."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

import pytest

from vipps_desktop.core.flow import STEPS
from vipps_desktop.core.session import Session, describe
from vipps_desktop.core.state import SecretInStateError, Setup, SetupStore

COUNTED = sum(1 for s in STEPS if s.counts_as_progress)


@pytest.fixture
def session(tmp_path: Path) -> Session:
    return Session(tmp_path)


def listen(session: Session) -> list[str]:
    calls: list[str] = []
    session.subscribe(calls.append)
    return calls


def on_disk(tmp_path: Path, setup_id: str) -> dict[str, object]:
    raw = json.loads((tmp_path / "setups" / f"{setup_id}.json").read_text(encoding="utf-8"))
    assert isinstance(raw, dict)
    return raw


# --- setups -------------------------------------------------------------------------------


def test_no_setup_open_at_first(session: Session) -> None:
    assert session.setup is None
    assert session.setups() == []
    assert session.get("domain") is None
    assert session.get("domain", "x") == "x"
    assert session.callback_url() is None
    with pytest.raises(RuntimeError):
        session.set("domain", "acme.idura.broker")


def test_new_setup_is_saved_and_announced(session: Session, tmp_path: Path) -> None:
    calls = listen(session)
    setup = session.new_setup()
    assert session.setup is setup
    assert calls == [""]
    assert (tmp_path / "setups" / f"{setup.id}.json").is_file()
    assert [s.id for s in session.setups()] == [setup.id]
    assert session.flow.data is setup.data
    assert session.flow.current == "welcome"


def test_open_setup(session: Session, tmp_path: Path) -> None:
    first = session.new_setup()
    session.set("domain", "acme.idura.broker")
    session.new_setup()
    calls = listen(session)
    opened = session.open_setup(first.id)
    assert opened.id == first.id
    assert session.setup is opened
    assert session.get("domain") == "acme.idura.broker"
    assert session.flow.data is opened.data
    assert calls == [""]


def test_open_unknown_setup(session: Session) -> None:
    with pytest.raises(KeyError):
        session.open_setup(str(uuid.uuid4()))


def test_delete_the_open_setup(session: Session, tmp_path: Path) -> None:
    setup = session.new_setup()
    session.set("domain", "acme.idura.broker")
    calls = listen(session)
    session.delete_setup(setup.id)
    assert session.setup is None
    assert session.get("domain") is None
    assert calls == [""]
    assert session.setups() == []
    assert not (tmp_path / "setups" / f"{setup.id}.json").exists()
    session.delete_setup(setup.id)  # again: nothing happens
    assert calls == [""]


def test_delete_another_setup_keeps_the_open_one(session: Session) -> None:
    other = session.new_setup()
    mine = session.new_setup()
    calls = listen(session)
    session.delete_setup(other.id)
    assert session.setup is mine
    assert calls == []
    assert [s.id for s in session.setups()] == [mine.id]


# --- values -------------------------------------------------------------------------------


def test_set_and_get(session: Session) -> None:
    session.new_setup()
    session.set("org_number", "923 609 016")
    session.set("confirm_bankid", True)
    assert session.get("org_number") == "923 609 016"  # kept as typed
    assert session.get("confirm_bankid") is True


def test_listeners_get_the_key(session: Session) -> None:
    session.new_setup()
    calls = listen(session)
    other = listen(session)
    session.set("domain", "acme.idura.broker")
    session.set("confirm_bankid", True)
    assert calls == ["domain", "confirm_bankid"]
    assert other == calls


def test_setting_the_same_value_is_quiet(session: Session, tmp_path: Path) -> None:
    setup = session.new_setup()
    session.set("domain", "acme.idura.broker")
    path = tmp_path / "setups" / f"{setup.id}.json"
    before = path.read_bytes()
    calls = listen(session)
    session.set("domain", "acme.idura.broker")
    session.set("msn", None)  # never set: removing it is no change
    assert calls == []
    assert path.read_bytes() == before


def test_none_removes_a_value(session: Session, tmp_path: Path) -> None:
    setup = session.new_setup()
    session.set("approved_on", "2026-11-24")
    calls = listen(session)
    session.set("approved_on", None)
    assert calls == ["approved_on"]
    assert "approved_on" not in setup.data
    data = on_disk(tmp_path, setup.id)["data"]
    assert isinstance(data, dict)
    assert "approved_on" not in data


def test_values_are_saved_at_once(session: Session, tmp_path: Path) -> None:
    setup = session.new_setup()
    session.set("org_number", "923609016")
    session.set("domain", "acme.idura.broker")
    session.set("confirm_bankid", True)
    session.set_current_step("domain")

    # A new Session on the same profile, as after a crash or restart: nothing lost.
    again = Session(tmp_path)
    assert [s.id for s in again.setups()] == [setup.id]
    again.open_setup(setup.id)
    assert again.get("org_number") == "923609016"
    assert again.get("domain") == "acme.idura.broker"
    assert again.get("confirm_bankid") is True
    assert again.setup is not None
    assert again.setup.current_step == "domain"


def test_set_current_step_is_saved_quietly(session: Session, tmp_path: Path) -> None:
    setup = session.new_setup()
    calls = listen(session)
    session.set_current_step("prerequisites")
    assert on_disk(tmp_path, setup.id)["current_step"] == "prerequisites"
    assert calls == []


def test_set_current_step_without_a_setup_does_nothing(session: Session) -> None:
    session.set_current_step("domain")
    assert session.setup is None


def test_refused_secret_leaves_the_session_usable(session: Session, tmp_path: Path) -> None:
    setup = session.new_setup()
    session.set("domain", "acme.idura.broker")
    calls = listen(session)
    with pytest.raises(SecretInStateError):
        session.set("client_secret", "Zm9vYmFyLXNlY3JldA==")
    assert session.get("client_secret") is None, "the refused value is not kept in memory"
    assert calls == []
    session.set("approved_on", "2026-11-24")  # later saves still work
    assert calls == ["approved_on"]
    assert "Zm9vYmFyLXNlY3JldA==" not in (tmp_path / "setups" / f"{setup.id}.json").read_text()


def test_refused_overwrite_restores_the_old_value(session: Session, tmp_path: Path) -> None:
    setup = session.new_setup()
    session.set("approved_on", "2026-11-24")
    with pytest.raises(TypeError):
        session.set("approved_on", dt.date(2026, 11, 25))  # not JSON: a page bug
    assert session.get("approved_on") == "2026-11-24"
    session.set("domain", "acme.idura.broker")  # later saves still work
    assert on_disk(tmp_path, setup.id)["data"] == {
        "approved_on": "2026-11-24",
        "domain": "acme.idura.broker",
    }


def test_resume_step(session: Session, tmp_path: Path) -> None:
    setup = session.new_setup()
    assert session.resume_step() == "welcome"
    for key, value in {
        "org_number": "923609016",
        "confirm_bankid": True,
        "confirm_signer_role": True,
        "confirm_bank_account": True,
        "confirm_paid_plan": True,
    }.items():
        session.set(key, value)
    session.set_current_step("domain")
    again = Session(tmp_path)
    again.open_setup(setup.id)
    assert again.resume_step() == "domain"
    again.set_current_step("order")  # later than the first gap: not trusted
    assert again.resume_step() == "domain"


def test_resume_without_a_setup(session: Session) -> None:
    assert session.resume_step() == "prerequisites"


# --- derived values -----------------------------------------------------------------------


def test_domain_and_callback_url(session: Session) -> None:
    session.new_setup()
    assert session.domain() is None
    assert session.callback_url() is None
    session.set("domain", " https://ACME.idura.broker/ ")
    assert session.domain() == "acme.idura.broker"
    assert session.callback_url() == "https://acme.idura.broker/NOVippsLogin/Callback"
    session.set("domain", "localhost")
    assert session.domain() is None
    assert session.callback_url() is None


@pytest.mark.parametrize(
    ("key", "typed", "copied"),
    [
        ("org_number", "NO 923 609 016 MVA", "923609016"),
        ("org_number", "923609017", None),
        ("sales_unit_name", "  Acme   AS ", "Acme AS"),
        ("sales_unit_name", "Acme & Co", None),
        ("website", "acme.no", "https://acme.no"),
        ("website", "http://acme.no", None),
        ("domain", "https://acme.idura.broker/", "acme.idura.broker"),
        ("domain", "localhost", None),
        ("company_name", "Blåbær AS", "Blåbær AS"),
        ("company_name", "", None),
    ],
)
def test_value_for(session: Session, key: str, typed: str, copied: str | None) -> None:
    session.new_setup()
    session.set(key, typed)
    assert session.value_for(key) == copied


def test_value_for_missing_or_not_text(session: Session) -> None:
    session.new_setup()
    assert session.value_for("org_number") is None
    assert session.value_for("callback_url") is None
    assert session.value_for("nothing") is None
    session.set("confirm_bankid", True)
    assert session.value_for("confirm_bankid") is None


def test_value_for_callback_url(session: Session) -> None:
    session.new_setup()
    session.set("domain", "acme.idura.broker")
    assert session.value_for("callback_url") == "https://acme.idura.broker/NOVippsLogin/Callback"


# --- describe -----------------------------------------------------------------------------


def test_describe_a_new_setup() -> None:
    setup = Setup()
    info = describe(setup)
    assert info == {
        "id": setup.id,
        "company": "",
        "org_number": "",
        "domain": "",
        "done": 0,
        "total": COUNTED,
        "finished": False,
        "updated": setup.updated,
    }


def test_describe_a_setup_in_progress() -> None:
    setup = Setup(
        data={
            "company_name": "Vipps MobilePay AS",
            "org_number": "918713867",
            "confirm_bankid": True,
            "confirm_signer_role": True,
            "confirm_bank_account": True,
            "confirm_paid_plan": True,
            "domain": "acme.idura.broker",
        }
    )
    info = describe(setup)
    assert info["company"] == "Vipps MobilePay AS"
    assert info["org_number"] == "918 713 867"
    assert info["domain"] == "acme.idura.broker"
    assert (info["done"], info["total"]) == (2, COUNTED)
    assert info["finished"] is False


def test_describe_an_invalid_org_number_shows_nothing() -> None:
    assert describe(Setup(data={"org_number": "123456789"}))["org_number"] == ""


def test_describe_a_finished_setup() -> None:
    info = describe(Setup(data={"submitted_to_criipto_on": "2026-11-25"}))
    assert info["finished"] is True


def test_describe_from_the_store(session: Session, tmp_path: Path) -> None:
    setup = session.new_setup()
    session.set("company_name", "Acme AS")
    listed = [describe(s) for s in SetupStore(tmp_path).load_all()]
    assert [(d["id"], d["company"]) for d in listed] == [(setup.id, "Acme AS")]
