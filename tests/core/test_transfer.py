"""Export and import of a setup (issue 26): a round trip on a fresh profile gives an equal
setup; a hostile file is refused with a reason and changes nothing."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from vipps_desktop.core import transfer
from vipps_desktop.core.state import MAX_FILE_BYTES, Setup, SetupStore
from vipps_desktop.core.transfer import ImportRefusedError, export_setup, import_setup, read_export

SECRET = "Zq8!kR2#vL9@pT4$wX7+/="
OTHER_ID = "0c1d2e3f-aaaa-4bbb-8ccc-123456789abc"


def finished(store: SetupStore) -> Setup:
    setup = Setup(
        data={
            "company_name": "Acme AS",
            "org_number": "923609016",
            "domain": "acme.idura.broker",
            "sales_unit_name": "Acme Login",
            "msn": "654321",
            "order_template": "web",
            "signer_is_user": True,
            "confirm_bankid": True,
            "order_submitted_on": "2026-11-20",
            "approved_on": "2026-11-24",
            "vipps_environment": "production",
            "credentials_saved_at": "2026-11-25T10:11:12+00:00",
            "credentials_keychain": "GNOME Keyring",
            "credentials_keyed_by_id": True,
            "submitted_to_criipto_on": "2026-11-26",
            "health_check": {"checked_on": "2026-12-01", "items": []},
        },
        current_step="done",
        created="2026-11-18T09:00:00+00:00",
    )
    store.save(setup)
    return setup


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_round_trip_on_a_fresh_profile_gives_an_equal_setup(tmp_path: Path) -> None:
    here = SetupStore(tmp_path / "here")
    original = finished(here)
    path = tmp_path / "acme.vippssetup"
    export_setup(original, path, "1.2.3")

    there = SetupStore(tmp_path / "there")
    result = import_setup(there, read_export(path), on_existing="replace")
    loaded = there.load(original.id)
    assert loaded == result.setup
    assert not result.replaced and not result.keys_needed
    # Equal in every part, the data but for the name of this computer's keychain.
    expected = {k: v for k, v in original.data.items() if k != "credentials_keychain"}
    assert loaded == Setup(original.id, expected, "done", original.created, original.updated)
    assert there.problems == []


def test_the_file_is_versioned_json_with_the_setup_inside(tmp_path: Path) -> None:
    setup = finished(SetupStore(tmp_path))
    path = tmp_path / "x.vippssetup"
    export_setup(setup, path, "1.2.3")
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["format"] == "vipps-desktop-setup-export"
    assert raw["version"] == 1
    assert raw["app_version"] == "1.2.3"
    assert raw["setup"]["format"] == "vipps-desktop-setup"
    assert raw["setup"]["id"] == setup.id
    assert sorted(raw) == ["app_version", "exported", "format", "setup", "version"]


def test_keys_held_here_stay_here_and_are_pasted_again(tmp_path: Path) -> None:
    store = SetupStore(tmp_path / "here")
    setup = finished(store)
    setup.data.update(credentials_where="keychain", submitted_to_criipto_on=None)
    setup.data.pop("submitted_to_criipto_on")
    path = tmp_path / "x.vippssetup"
    export_setup(setup, path, "1")
    text = path.read_text(encoding="utf-8")
    for word in ("credentials_where", "credentials_keychain", "credentials_saved_at", "keychain"):
        assert word not in text
    result = import_setup(SetupStore(tmp_path / "there"), read_export(path), on_existing="replace")
    assert result.keys_needed


def test_an_existing_id_is_replaced_or_kept_beside(tmp_path: Path) -> None:
    store = SetupStore(tmp_path / "here")
    setup = finished(store)
    path = tmp_path / "x.vippssetup"
    export_setup(setup, path, "1")
    store.save(Setup(setup.id, {"company_name": "Changed AS"}, "order", setup.created))

    both = import_setup(store, read_export(path), on_existing="keep_both")
    assert both.setup.id != setup.id and not both.replaced
    assert {s.data.get("company_name") for s in store.load_all()} == {"Acme AS", "Changed AS"}

    replaced = import_setup(store, read_export(path), on_existing="replace")
    assert replaced.replaced and replaced.setup.id == setup.id
    assert store.load(setup.id).data["company_name"] == "Acme AS"  # type: ignore[union-attr]
    assert len(store.load_all()) == 2


def test_replacing_a_setup_whose_keys_are_here_keeps_track_of_them(tmp_path: Path) -> None:
    store = SetupStore(tmp_path)
    setup = finished(store)
    path = tmp_path / "x.vippssetup"
    export_setup(setup, path, "1")
    setup.data.update(credentials_where="keychain")
    setup.data.pop("submitted_to_criipto_on")
    store.save(setup)
    result = import_setup(store, read_export(path), on_existing="replace")
    assert result.setup.data["credentials_where"] == "keychain"
    assert transfer.keys_held_here(store.load(setup.id))  # type: ignore[arg-type]


# -- hostile files ----------------------------------------------------------------------------


def envelope(setup: dict[str, Any] | Any = None, **over: Any) -> dict[str, Any]:
    inner = {
        "format": "vipps-desktop-setup",
        "version": 1,
        "id": OTHER_ID,
        "current_step": "domain",
        "created": "2026-11-18T09:00:00+00:00",
        "updated": "2026-11-19T09:00:00+00:00",
        "data": {"domain": "acme.idura.broker"},
    }
    raw = {
        "format": "vipps-desktop-setup-export",
        "version": 1,
        "exported": "x",
        "app_version": "1",
        "setup": inner if setup is None else setup,
    }
    raw.update(over)
    return raw


def with_data(**data: Any) -> dict[str, Any]:
    inner = envelope()["setup"]
    inner["data"] = data
    return envelope(inner)


def inner_with(**fields: Any) -> dict[str, Any]:
    inner = envelope()["setup"]
    inner.update(fields)
    return envelope(inner)


HOSTILE: dict[str, tuple[bytes, str]] = {
    "not json": (b"this is not json {", "not_json"),
    "not utf-8": (b"\xff\xfe\x00{", "not_json"),
    "empty": (b"", "not_json"),
    "nested": (b"[" * 400_000 + b"]" * 400_000, "not_json"),
    "deep inside the data": (
        json.dumps(with_data(domain="a.no"))
        .replace('"a.no"', "[" * 40_000 + "]" * 40_000)
        .encode(),
        "not_json",
    ),
    "a list": (b"[1, 2, 3]", "not_an_export"),
    "a state-folder setup file": (json.dumps(envelope()["setup"]).encode(), "not_an_export"),
    "another format's version": (json.dumps(envelope(version=2)).encode(), "newer"),
    "a version as text": (json.dumps(envelope(version="1")).encode(), "not_an_export"),
    "a version as true": (json.dumps(envelope(version=True)).encode(), "not_an_export"),
    "a newer setup inside": (json.dumps(inner_with(version=7)).encode(), "newer"),
    "no setup": (json.dumps(envelope(setup="nope")).encode(), "not_a_setup"),
    "the id a number": (json.dumps(inner_with(id=5)).encode(), "not_a_setup"),
    "the id a path": (json.dumps(inner_with(id="../../etc/passwd")).encode(), "not_a_setup"),
    "data a list": (json.dumps(inner_with(data=[["domain", "a.no"]])).encode(), "not_a_setup"),
    "the step a list": (json.dumps(inner_with(current_step=["done"])).encode(), "not_a_setup"),
    "a field of the wrong type": (json.dumps(with_data(domain=123)).encode(), "dropped_fields"),
    "a nested field": (json.dumps(with_data(msn={"a": {"b": [1]}})).encode(), "dropped_fields"),
    "an unknown field": (json.dumps(with_data(evil="x")).encode(), "dropped_fields"),
    "a secret": (json.dumps(with_data(client_secret=SECRET)).encode(), "dropped_fields"),
    "huge": (b'{"format": "' + b"x" * (MAX_FILE_BYTES + 10) + b'"}', "too_large"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_file_changes_nothing_and_says_why(tmp_path: Path, name: str) -> None:
    store = SetupStore(tmp_path / "profile")
    existing = finished(store)
    before = snapshot(tmp_path / "profile")
    content, code = HOSTILE[name]
    path = tmp_path / "hostile.vippssetup"
    path.write_bytes(content)
    with pytest.raises(ImportRefusedError) as refused:
        read_export(path)
    assert refused.value.code == code
    assert SECRET not in str(refused.value) and SECRET not in refused.value.detail
    assert snapshot(tmp_path / "profile") == before
    assert store.load_all() == [existing]


def test_the_refusal_names_the_fields(tmp_path: Path) -> None:
    path = tmp_path / "x.vippssetup"
    path.write_text(json.dumps(with_data(domain=1, evil="x", client_secret=SECRET)))
    with pytest.raises(ImportRefusedError) as refused:
        read_export(path)
    assert refused.value.fields == ("client_secret", "domain", "evil")


def test_a_fifo_a_folder_and_a_missing_file_are_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.vippssetup"
    os.mkfifo(fifo)
    with pytest.raises(ImportRefusedError) as refused:
        read_export(fifo)  # must not hang waiting for a writer
    assert refused.value.code == "not_a_file"
    with pytest.raises(ImportRefusedError) as refused:
        read_export(tmp_path)
    assert refused.value.code == "not_a_file"
    with pytest.raises(ImportRefusedError) as refused:
        read_export(tmp_path / "gone.vippssetup")
    assert refused.value.code == "unreadable"


# -- where the user chose ----------------------------------------------------------------------


def test_an_export_leaves_the_user_s_folder_as_it_was(tmp_path: Path) -> None:
    # The state folder's writer makes its folder private (0700): not the user's Documents.
    documents = tmp_path / "Documents"
    documents.mkdir(mode=0o755)
    documents.chmod(0o755)
    setup = finished(SetupStore(tmp_path / "profile"))
    export_setup(setup, documents / "acme.vippssetup", "1")
    assert oct(documents.stat().st_mode & 0o777) == oct(0o755)
    assert [p.name for p in documents.iterdir()] == ["acme.vippssetup"]  # no temporary file
    # Exported again over it: replaced whole, its permissions kept.
    (documents / "acme.vippssetup").chmod(0o644)
    export_setup(setup, documents / "acme.vippssetup", "2")
    assert oct((documents / "acme.vippssetup").stat().st_mode & 0o777) == oct(0o644)
    assert json.loads((documents / "acme.vippssetup").read_text())["app_version"] == "2"


def test_an_export_to_a_missing_folder_says_why(tmp_path: Path) -> None:
    setup = finished(SetupStore(tmp_path / "profile"))
    with pytest.raises(FileNotFoundError) as missing:
        export_setup(setup, tmp_path / "gone" / "acme.vippssetup", "1")
    assert missing.value.strerror
