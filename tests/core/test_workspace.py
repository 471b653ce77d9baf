"""The open setup: values saved at once, listeners told, derived values for copying."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

import keychain_util as kc
import pytest

from vipps_desktop.core.fields import field_name
from vipps_desktop.core.flow import STEPS
from vipps_desktop.core.state import SecretInStateError, Setup, SetupStore
from vipps_desktop.core.workspace import KEYED_BY_ID, Workspace, describe

COUNTED = sum(1 for s in STEPS if s.counts_as_progress)


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    return Workspace(tmp_path)


def listen(workspace: Workspace) -> list[str]:
    calls: list[str] = []
    workspace.subscribe(calls.append)
    return calls


def on_disk(tmp_path: Path, setup_id: str) -> dict[str, object]:
    raw = json.loads((tmp_path / "setups" / f"{setup_id}.json").read_text(encoding="utf-8"))
    assert isinstance(raw, dict)
    return raw


# --- setups -------------------------------------------------------------------------------


def test_no_setup_open_at_first(workspace: Workspace) -> None:
    assert workspace.setup is None
    assert workspace.setups() == []
    assert workspace.get("domain") is None
    assert workspace.get("domain", "x") == "x"
    assert workspace.callback_url() is None
    with pytest.raises(RuntimeError):
        workspace.set("domain", "acme.idura.broker")


def test_new_setup_is_saved_and_announced(workspace: Workspace, tmp_path: Path) -> None:
    calls = listen(workspace)
    setup = workspace.new_setup()
    assert workspace.setup is setup
    assert calls == [""]
    assert (tmp_path / "setups" / f"{setup.id}.json").is_file()
    assert [s.id for s in workspace.setups()] == [setup.id]
    assert workspace.flow.data is setup.data
    assert workspace.flow.current == "welcome"


def test_open_setup(workspace: Workspace, tmp_path: Path) -> None:
    first = workspace.new_setup()
    workspace.set("domain", "acme.idura.broker")
    workspace.new_setup()
    calls = listen(workspace)
    opened = workspace.open_setup(first.id)
    assert opened.id == first.id
    assert workspace.setup is opened
    assert workspace.get("domain") == "acme.idura.broker"
    assert workspace.flow.data is opened.data
    assert calls == [""]


def test_open_unknown_setup(workspace: Workspace) -> None:
    with pytest.raises(KeyError):
        workspace.open_setup(str(uuid.uuid4()))


def test_delete_the_open_setup(workspace: Workspace, tmp_path: Path) -> None:
    setup = workspace.new_setup()
    workspace.set("domain", "acme.idura.broker")
    calls = listen(workspace)
    workspace.delete_setup(setup.id)
    assert workspace.setup is None
    assert workspace.get("domain") is None
    assert calls == [""]
    assert workspace.setups() == []
    assert not (tmp_path / "setups" / f"{setup.id}.json").exists()
    workspace.delete_setup(setup.id)  # again: nothing happens
    assert calls == [""]


def test_delete_another_setup_keeps_the_open_one(workspace: Workspace) -> None:
    other = workspace.new_setup()
    mine = workspace.new_setup()
    calls = listen(workspace)
    workspace.delete_setup(other.id)
    assert workspace.setup is mine
    assert calls == []
    assert [s.id for s in workspace.setups()] == [mine.id]


@kc.requires_keychain
def test_a_deletion_deletes_the_keys_first_then_the_setup(workspace: Workspace) -> None:
    """One owner for a setup's life: the keys (in the keychain's thread), then, only once they
    are gone, the setup. The real keychain, read back by secret-tool."""
    from vipps_desktop.core.secrets import SERVICE, CredentialVault

    setup = workspace.new_setup()
    workspace.set(KEYED_BY_ID, True)
    vault = CredentialVault()
    vault.store(setup.id, "fb492b5e-7907-4d83-bc20-c7fb60ca35de", "Zq9c2VjcmV0LXZhbHVlLTAx=")
    deletion = workspace.deletion(setup.id)
    assert deletion is not None
    try:
        assert deletion.entries_left() == (
            SERVICE,
            [f"{setup.id} client id", f"{setup.id} client secret", f"{setup.id} about"],
        )
        deletion.delete_keys(vault)
        assert not [a for a in kc.secret_tool_accounts() if a.startswith(setup.id)]
        assert [s.id for s in workspace.setups()] == [setup.id], "kept until finish"
        deletion.finish()
        assert workspace.setups() == [] and workspace.setup is None
    finally:
        if kc.has_test_keychain():
            vault.discard(setup.id)


@kc.requires_keychain
def test_a_deletion_the_keychain_refuses_keeps_the_setup(workspace: Workspace) -> None:
    from vipps_desktop.core.secrets import CredentialVault, KeychainLockedError

    setup = workspace.new_setup()
    vault = CredentialVault()
    vault.store(setup.id, "fb492b5e-7907-4d83-bc20-c7fb60ca35de", "Zq9c2VjcmV0LXZhbHVlLTAy=")
    deletion = workspace.deletion(setup.id)
    assert deletion is not None
    try:
        with kc.locked(), pytest.raises(KeychainLockedError):
            deletion.delete_keys(vault)
        assert f"{setup.id} client secret" in kc.secret_tool_accounts()
        assert [s.id for s in workspace.setups()] == [setup.id]
    finally:
        if kc.has_test_keychain():
            vault.discard(setup.id)


def test_no_deletion_for_a_setup_gone_already(workspace: Workspace) -> None:
    setup = workspace.new_setup()
    workspace.delete_setup(setup.id)
    assert workspace.deletion(setup.id) is None


# --- values -------------------------------------------------------------------------------


def test_set_and_get(workspace: Workspace) -> None:
    workspace.new_setup()
    workspace.set("org_number", "923 609 016")
    workspace.set("confirm_bankid", True)
    assert workspace.get("org_number") == "923 609 016"  # kept as typed
    assert workspace.get("confirm_bankid") is True


def test_listeners_get_the_key(workspace: Workspace) -> None:
    workspace.new_setup()
    calls = listen(workspace)
    other = listen(workspace)
    workspace.set("domain", "acme.idura.broker")
    workspace.set("confirm_bankid", True)
    assert calls == ["domain", "confirm_bankid"]
    assert other == calls


def test_setting_the_same_value_is_quiet(workspace: Workspace, tmp_path: Path) -> None:
    setup = workspace.new_setup()
    workspace.set("domain", "acme.idura.broker")
    path = tmp_path / "setups" / f"{setup.id}.json"
    before = path.read_bytes()
    calls = listen(workspace)
    workspace.set("domain", "acme.idura.broker")
    workspace.set("msn", None)  # never set: removing it is no change
    assert calls == []
    assert path.read_bytes() == before


def test_none_removes_a_value(workspace: Workspace, tmp_path: Path) -> None:
    setup = workspace.new_setup()
    workspace.set("approved_on", "2026-11-24")
    calls = listen(workspace)
    workspace.set("approved_on", None)
    assert calls == ["approved_on"]
    assert "approved_on" not in setup.data
    data = on_disk(tmp_path, setup.id)["data"]
    assert isinstance(data, dict)
    assert "approved_on" not in data


def test_values_are_saved_at_once(workspace: Workspace, tmp_path: Path) -> None:
    setup = workspace.new_setup()
    workspace.set("org_number", "923609016")
    workspace.set("domain", "acme.idura.broker")
    workspace.set("confirm_bankid", True)
    workspace.set_current_step("domain")

    # A new Workspace on the same profile, as after a crash or restart: nothing lost.
    again = Workspace(tmp_path)
    assert [s.id for s in again.setups()] == [setup.id]
    again.open_setup(setup.id)
    assert again.get("org_number") == "923609016"
    assert again.get("domain") == "acme.idura.broker"
    assert again.get("confirm_bankid") is True
    assert again.setup is not None
    assert again.setup.current_step == "domain"


def test_set_current_step_is_saved_quietly(workspace: Workspace, tmp_path: Path) -> None:
    setup = workspace.new_setup()
    calls = listen(workspace)
    workspace.set_current_step("prerequisites")
    assert on_disk(tmp_path, setup.id)["current_step"] == "prerequisites"
    assert calls == []


def test_set_current_step_without_a_setup_does_nothing(workspace: Workspace) -> None:
    workspace.set_current_step("domain")
    assert workspace.setup is None


def test_refused_secret_leaves_the_session_usable(workspace: Workspace, tmp_path: Path) -> None:
    setup = workspace.new_setup()
    workspace.set("domain", "acme.idura.broker")
    calls = listen(workspace)
    with pytest.raises(SecretInStateError):
        workspace.set("client_secret", "Zm9vYmFyLXNlY3JldA==")  # type: ignore[arg-type]  # deliberately not a field
    assert workspace.get("client_secret") is None, "the refused value is not kept in memory"  # type: ignore[arg-type]  # deliberately not a field
    assert calls == []
    workspace.set("approved_on", "2026-11-24")  # later saves still work
    assert calls == ["approved_on"]
    assert "Zm9vYmFyLXNlY3JldA==" not in (tmp_path / "setups" / f"{setup.id}.json").read_text()


def test_refused_overwrite_restores_the_old_value(workspace: Workspace, tmp_path: Path) -> None:
    setup = workspace.new_setup()
    workspace.set("approved_on", "2026-11-24")
    with pytest.raises(TypeError):
        workspace.set("approved_on", dt.date(2026, 11, 25))  # not JSON: a page bug
    assert workspace.get("approved_on") == "2026-11-24"
    workspace.set("domain", "acme.idura.broker")  # later saves still work
    assert on_disk(tmp_path, setup.id)["data"] == {
        "approved_on": "2026-11-24",
        "domain": "acme.idura.broker",
    }


def test_resume_step(workspace: Workspace, tmp_path: Path) -> None:
    setup = workspace.new_setup()
    assert workspace.resume_step() == "welcome"
    for key, value in {
        "org_number": "923609016",
        "confirm_bankid": True,
        "confirm_signer_role": True,
        "confirm_bank_account": True,
        "confirm_paid_plan": True,
    }.items():
        workspace.set(field_name(key), value)
    workspace.set_current_step("domain")
    again = Workspace(tmp_path)
    again.open_setup(setup.id)
    assert again.resume_step() == "domain"
    again.set_current_step("order")  # later than the first gap: not trusted
    assert again.resume_step() == "domain"


def test_resume_without_a_setup(workspace: Workspace) -> None:
    assert workspace.resume_step() == "prerequisites"


# --- derived values -----------------------------------------------------------------------


def test_domain_and_callback_url(workspace: Workspace) -> None:
    workspace.new_setup()
    assert workspace.domain() is None
    assert workspace.callback_url() is None
    workspace.set("domain", " https://ACME.idura.broker/ ")
    assert workspace.domain() == "acme.idura.broker"
    assert workspace.callback_url() == "https://acme.idura.broker/NOVippsLogin/Callback"
    workspace.set("domain", "localhost")
    assert workspace.domain() is None
    assert workspace.callback_url() is None


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
def test_value_for(workspace: Workspace, key: str, typed: str, copied: str | None) -> None:
    workspace.new_setup()
    workspace.set(field_name(key), typed)
    assert workspace.value_for(key) == copied


def test_value_for_missing_or_not_text(workspace: Workspace) -> None:
    workspace.new_setup()
    assert workspace.value_for("org_number") is None
    assert workspace.value_for("callback_url") is None
    assert workspace.value_for("nothing") is None
    workspace.set("confirm_bankid", True)
    assert workspace.value_for("confirm_bankid") is None


def test_value_for_callback_url(workspace: Workspace) -> None:
    workspace.new_setup()
    workspace.set("domain", "acme.idura.broker")
    assert workspace.value_for("callback_url") == "https://acme.idura.broker/NOVippsLogin/Callback"


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


def test_describe_from_the_store(workspace: Workspace, tmp_path: Path) -> None:
    setup = workspace.new_setup()
    workspace.set("company_name", "Acme AS")
    listed = [describe(s) for s in SetupStore(tmp_path).load_all()]
    assert [(d["id"], d["company"]) for d in listed] == [(setup.id, "Acme AS")]


def test_record_company_keeps_name_suggestions_and_signers(workspace: Workspace) -> None:
    workspace.new_setup()
    signers = [{"name": "Kari Nordmann", "roles": ["DAGL"]}]
    workspace.record_company(
        "Acme AS", suggested_name="Acme", website="https://acme.no", signers=signers
    )
    assert workspace.get("company_name") == "Acme AS"
    assert workspace.get("suggested_sales_unit_name") == "Acme"
    assert workspace.get("suggested_website") == "https://acme.no"
    assert workspace.get("company_signers") == signers
    # Signers not fetched is "unknown" (None), never an empty list that means "nobody".
    workspace.record_company(None, suggested_name=None, website=None, signers=None)
    assert workspace.get("company_signers") is None
    assert workspace.get("company_name") == "Acme AS"  # no name in the answer: kept


# --- another process keeps a health check with the open setup ----------------------------


def _report(day: str) -> dict[str, object]:
    return {"checked_on": day, "items": []}


def test_a_health_check_kept_by_another_process_survives_the_apps_next_save(
    tmp_path: Path,
) -> None:
    # The app has the setup open; `vipps-desktop check --setup` (another Workspace on the same
    # profile, as in another process) keeps its result; the app then saves a change of its own.
    app = Workspace(tmp_path)
    setup = app.new_setup()
    app.set("domain", "acme.idura.broker")
    heard = listen(app)
    Workspace(tmp_path).record_health(setup.id, _report("2026-12-07"))

    app.set("org_number", "923609016")

    assert on_disk(tmp_path, setup.id)["data"]["health_check"] == _report("2026-12-07")  # type: ignore[index]
    assert app.get("health_check") == _report("2026-12-07")
    assert heard == ["org_number", "health_check"]


def test_the_apps_own_newer_health_check_wins_over_the_one_on_disk(tmp_path: Path) -> None:
    app = Workspace(tmp_path)
    setup = app.new_setup()
    Workspace(tmp_path).record_health(setup.id, _report("2026-12-06"))

    app.record_health(setup.id, _report("2026-12-07"))
    app.set_current_step(STEPS[1].id)

    assert on_disk(tmp_path, setup.id)["data"]["health_check"] == _report("2026-12-07")  # type: ignore[index]


def test_a_step_change_also_keeps_the_other_process_health_check(tmp_path: Path) -> None:
    app = Workspace(tmp_path)
    setup = app.new_setup()
    Workspace(tmp_path).record_health(setup.id, _report("2026-12-07"))

    app.set_current_step(STEPS[1].id)

    assert on_disk(tmp_path, setup.id)["data"]["health_check"] == _report("2026-12-07")  # type: ignore[index]


def test_a_save_only_looks_at_the_file_it_replaces(workspace: Workspace, tmp_path: Path) -> None:
    """Before each save the workspace reads the setup's file for a health check another
    process kept there; that look must not act on what it finds (a file another tool left
    broken is replaced by the save, not moved aside and reported as a problem per keystroke)."""
    setup = workspace.new_setup()
    path = workspace.store.path_for(setup.id)
    path.write_text("{ not json")
    workspace.set(field_name("domain"), "acme.idura.broker")
    assert workspace.store.problems == []
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    assert on_disk(tmp_path, setup.id)["data"] == {"domain": "acme.idura.broker"}
