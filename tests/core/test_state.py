"""Saved setups on disk: round trips, atomic writes, damaged files and secrets."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from vipps_desktop.core import state
from vipps_desktop.core.state import FORMAT, VERSION, SecretInStateError, Setup, SetupStore


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A clock that ticks one second per call, so "newest" is well defined."""
    ticks: list[str] = []

    def fake_now() -> str:
        stamp = f"2026-11-26T10:{len(ticks) // 60:02d}:{len(ticks) % 60:02d}+00:00"
        ticks.append(stamp)
        return stamp

    monkeypatch.setattr(state, "now_iso", fake_now)
    yield ticks


def files(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def valid_json(setup_id: str | None = None, **over: object) -> dict[str, object]:
    raw: dict[str, object] = {
        "format": FORMAT,
        "version": VERSION,
        "id": setup_id or str(uuid.uuid4()),
        "created": "2026-11-01T10:00:00+00:00",
        "updated": "2026-11-01T10:00:00+00:00",
        "current_step": "domain",
        "data": {"domain": "acme.idura.broker"},
    }
    raw.update(over)
    return raw


# --- round trip ---------------------------------------------------------------------------


def test_round_trip_across_a_restart(tmp_path: Path) -> None:
    data = {
        "org_number": "923609016",
        "company_name": "Blåbær Ærlig AS",
        "domain": "acme.idura.broker",
        "confirm_bankid": True,
        "confirm_paid_plan": False,
        "order_submitted_on": "2026-11-20",
        "health_check": {"items": [1, 2.5, None, "ø"]},  # nested JSON survives too
    }
    setup = Setup(data=dict(data), current_step="order")
    SetupStore(tmp_path).save(setup)

    fresh = SetupStore(tmp_path)  # as after a restart
    loaded = fresh.load(setup.id)
    assert loaded is not None
    assert loaded == setup
    assert loaded.data == data
    assert loaded.current_step == "order"
    assert [s.id for s in fresh.load_all()] == [setup.id]
    assert fresh.problems == []


def test_file_layout_and_format(tmp_path: Path) -> None:
    setup = Setup(data={"company_name": "Æøå"})
    store = SetupStore(tmp_path)
    store.save(setup)
    path = tmp_path / "setups" / f"{setup.id}.json"
    assert store.path_for(setup.id) == path
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["format"] == FORMAT
    assert raw["version"] == VERSION
    assert raw["id"] == setup.id
    assert raw["data"] == {"company_name": "Æøå"}
    assert "Æøå" in path.read_text(encoding="utf-8")  # readable, not \\u escapes


def test_save_updates_updated_but_not_created(tmp_path: Path, clock: list[str]) -> None:
    store = SetupStore(tmp_path)
    setup = Setup()
    created = setup.created
    store.save(setup)
    first = setup.updated
    store.save(setup)
    assert setup.updated > first
    assert setup.created == created
    loaded = SetupStore(tmp_path).load(setup.id)
    assert loaded is not None
    assert (loaded.created, loaded.updated) == (created, setup.updated)


def test_save_overwrites_the_same_file(tmp_path: Path) -> None:
    store = SetupStore(tmp_path)
    setup = Setup(data={"domain": "a.no"})
    store.save(setup)
    setup.data["domain"] = "b.no"
    store.save(setup)
    assert files(store.directory) == [f"{setup.id}.json"]
    loaded = SetupStore(tmp_path).load(setup.id)
    assert loaded is not None
    assert loaded.data == {"domain": "b.no"}


def test_newest_first(tmp_path: Path, clock: list[str]) -> None:
    store = SetupStore(tmp_path)
    a, b, c = Setup(), Setup(), Setup()
    for setup in (a, b, c):
        store.save(setup)
    assert [s.id for s in SetupStore(tmp_path).load_all()] == [c.id, b.id, a.id]
    store.save(a)  # touched last
    assert [s.id for s in SetupStore(tmp_path).load_all()] == [a.id, c.id, b.id]


def test_no_directory_yet(tmp_path: Path) -> None:
    store = SetupStore(tmp_path / "never-created")
    assert store.load_all() == []
    assert store.load(str(uuid.uuid4())) is None
    assert store.problems == []


def test_load_unknown_id(tmp_path: Path) -> None:
    store = SetupStore(tmp_path)
    store.save(Setup())
    assert store.load(str(uuid.uuid4())) is None


# --- atomic writes ------------------------------------------------------------------------


def test_atomic_write_leaves_no_temp_files(tmp_path: Path) -> None:
    store = SetupStore(tmp_path)
    setups = [Setup(data={"n": i}) for i in range(3)]
    for setup in setups:
        for _ in range(3):
            store.save(setup)
    assert files(store.directory) == sorted(f"{s.id}.json" for s in setups)


def test_write_atomically_creates_the_directory(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "x.json"
    state.write_atomically(target, "hello ø\n")
    assert target.read_text(encoding="utf-8") == "hello ø\n"
    assert files(target.parent) == ["x.json"]


# --- damaged files ------------------------------------------------------------------------

GOOD_ID = "0b7e3c1e-3c5f-4a51-9a0c-6d1b1a2f0c11"


def _corrupt_cases() -> list[tuple[str, bytes]]:
    whole = json.dumps(valid_json(GOOD_ID)).encode()
    return [
        ("garbage bytes", b"\xff\xfe\x00\x9c\x80garbage\x00\x01"),
        ("empty file", b""),
        ("truncated json", whole[: len(whole) // 2]),
        ("json list", b'[{"format": "vipps-desktop-setup"}]'),
        ("json string", b'"hello"'),
        ("json null", b"null"),
        ("wrong format", json.dumps(valid_json(GOOD_ID, format="something-else")).encode()),
        (
            "no format",
            json.dumps({k: v for k, v in valid_json(GOOD_ID).items() if k != "format"}).encode(),
        ),
        (
            "no version",
            json.dumps({k: v for k, v in valid_json(GOOD_ID).items() if k != "version"}).encode(),
        ),
        ("version as text", json.dumps(valid_json(GOOD_ID, version="1")).encode()),
        (
            "missing id",
            json.dumps({k: v for k, v in valid_json(GOOD_ID).items() if k != "id"}).encode(),
        ),
        ("id not a uuid", json.dumps(valid_json(GOOD_ID, id="../../etc/passwd")).encode()),
        ("id of another file", json.dumps(valid_json(str(uuid.uuid4()))).encode()),
        ("data not an object", json.dumps(valid_json(GOOD_ID, data=5)).encode()),
        ("data a string", json.dumps(valid_json(GOOD_ID, data="abc")).encode()),
    ]


CORRUPT = _corrupt_cases()


@pytest.mark.parametrize(("label", "content"), CORRUPT, ids=[c[0] for c in CORRUPT])
def test_corrupt_file_is_moved_aside_intact(tmp_path: Path, label: str, content: bytes) -> None:
    store = SetupStore(tmp_path)
    good = Setup(data={"domain": "good.no"})
    store.save(good)
    bad_path = store.directory / f"{GOOD_ID}.json"
    bad_path.write_bytes(content)

    fresh = SetupStore(tmp_path)
    loaded = fresh.load_all()

    assert [s.id for s in loaded] == [good.id], "the other setups still load"
    assert not bad_path.exists()
    moved = [p for p in store.directory.iterdir() if ".corrupt-" in p.name]
    assert len(moved) == 1
    assert moved[0].name.startswith(GOOD_ID)
    assert moved[0].read_bytes() == content, "kept byte for byte"
    assert len(fresh.problems) == 1
    problem = fresh.problems[0]
    assert problem.kind == "corrupt"
    assert problem.original == bad_path
    assert problem.moved_to == moved[0]
    assert problem.detail

    # Reported once: the next load finds nothing left to move.
    again = SetupStore(tmp_path)
    assert [s.id for s in again.load_all()] == [good.id]
    assert again.problems == []


def test_corrupt_file_found_by_load(tmp_path: Path) -> None:
    store = SetupStore(tmp_path)
    store.directory.mkdir(parents=True)
    path = store.directory / f"{GOOD_ID}.json"
    path.write_bytes(b"{not json")
    assert store.load(GOOD_ID) is None
    assert [p.kind for p in store.problems] == ["corrupt"]
    assert store.problems[0].moved_to.read_bytes() == b"{not json"


def test_a_copy_of_a_setup_is_not_listed_twice(tmp_path: Path) -> None:
    """A backup or sync-conflict copy must not show the same setup twice."""
    store = SetupStore(tmp_path)
    setup = Setup(data={"domain": "a.no"})
    store.save(setup)
    original = store.path_for(setup.id)
    copy_path = store.directory / f"{setup.id} (conflicted copy).json"
    copy_path.write_bytes(original.read_bytes())

    fresh = SetupStore(tmp_path)
    assert [s.id for s in fresh.load_all()] == [setup.id]
    assert [p.original for p in fresh.problems] == [copy_path]
    assert fresh.problems[0].moved_to.read_bytes() == original.read_bytes()
    # Deleting the setup deletes it: nothing brings it back.
    fresh.delete(setup.id)
    assert SetupStore(tmp_path).load_all() == []


def test_two_corrupt_versions_of_one_file_are_both_kept(tmp_path: Path) -> None:
    store = SetupStore(tmp_path)
    store.directory.mkdir(parents=True)
    path = store.directory / f"{GOOD_ID}.json"
    path.write_bytes(b"first")
    store.load_all()
    path.write_bytes(b"second")
    store.load_all()
    moved = sorted(p.read_bytes() for p in store.directory.iterdir() if ".corrupt-" in p.name)
    assert moved == [b"first", b"second"]
    assert len(store.problems) == 2


def test_moved_aside_files_are_not_loaded_as_setups(tmp_path: Path) -> None:
    store = SetupStore(tmp_path)
    store.directory.mkdir(parents=True)
    (store.directory / f"{GOOD_ID}.json").write_bytes(b"junk")
    store.load_all()
    for _ in range(2):
        fresh = SetupStore(tmp_path)
        assert fresh.load_all() == []
        assert fresh.problems == []


def test_unrelated_files_are_ignored(tmp_path: Path) -> None:
    store = SetupStore(tmp_path)
    store.directory.mkdir(parents=True)
    (store.directory / "notes.txt").write_text("hello")
    (store.directory / f".{GOOD_ID}.json.abc.tmp").write_text("{")  # a crashed write
    assert store.load_all() == []
    assert store.problems == []
    assert (store.directory / "notes.txt").exists()


# --- newer versions -----------------------------------------------------------------------


def test_newer_file_is_moved_aside_and_not_overwritten(tmp_path: Path) -> None:
    store = SetupStore(tmp_path)
    good = Setup()
    store.save(good)
    newer = json.dumps(valid_json(GOOD_ID, version=VERSION + 1, new_field=[1, 2])).encode()
    path = store.directory / f"{GOOD_ID}.json"
    path.write_bytes(newer)

    fresh = SetupStore(tmp_path)
    assert [s.id for s in fresh.load_all()] == [good.id]
    assert [(p.kind, p.original) for p in fresh.problems] == [("newer", path)]
    moved = fresh.problems[0].moved_to
    assert ".newer-" in moved.name
    assert moved.read_bytes() == newer
    assert not path.exists()

    # Saving a setup with that id later writes a new file, the newer one stays as it was.
    again = Setup(id=GOOD_ID, data={"domain": "x.no"})
    fresh.save(again)
    assert moved.read_bytes() == newer
    assert SetupStore(tmp_path).load(GOOD_ID) == again


def test_older_or_same_version_loads(tmp_path: Path) -> None:
    store = SetupStore(tmp_path)
    store.directory.mkdir(parents=True)
    (store.directory / f"{GOOD_ID}.json").write_text(json.dumps(valid_json(GOOD_ID)))
    loaded = store.load(GOOD_ID)
    assert loaded is not None
    assert loaded.current_step == "domain"
    assert loaded.data == {"domain": "acme.idura.broker"}


def test_missing_optional_fields_get_defaults(tmp_path: Path) -> None:
    store = SetupStore(tmp_path)
    store.directory.mkdir(parents=True)
    raw = {"format": FORMAT, "version": VERSION, "id": GOOD_ID}
    (store.directory / f"{GOOD_ID}.json").write_text(json.dumps(raw))
    loaded = store.load(GOOD_ID)
    assert loaded is not None
    assert loaded.data == {}
    assert loaded.current_step == "welcome"
    assert loaded.created and loaded.updated


# --- secrets ------------------------------------------------------------------------------

SECRET = "Zm9vYmFyLXNlY3JldC12YWx1ZQ=="


@pytest.mark.parametrize("key", sorted(state.FORBIDDEN_KEYS))
def test_save_refuses_secrets_without_naming_the_value(tmp_path: Path, key: str) -> None:
    store = SetupStore(tmp_path)
    setup = Setup(data={"domain": "acme.idura.broker"})
    store.save(setup)
    before = store.path_for(setup.id).read_bytes()

    setup.data[key] = SECRET
    with pytest.raises(SecretInStateError) as caught:
        store.save(setup)
    assert SECRET not in str(caught.value)
    assert SECRET not in repr(caught.value)
    assert key in str(caught.value)
    assert store.path_for(setup.id).read_bytes() == before
    assert SECRET.encode() not in b"".join(p.read_bytes() for p in store.directory.iterdir())


def test_client_id_is_refused_too(tmp_path: Path) -> None:
    setup = Setup(data={"client_id": "fb492b5e-7907-4d83-bc20-c7fb60ca35de"})
    with pytest.raises(SecretInStateError) as caught:
        SetupStore(tmp_path).save(setup)
    assert "fb492b5e" not in str(caught.value)
    assert not (tmp_path / "setups").exists() or files(tmp_path / "setups") == []


def test_secret_is_a_value_error() -> None:
    assert issubclass(SecretInStateError, ValueError)


def test_secret_in_a_hand_edited_file_is_dropped_on_read(tmp_path: Path) -> None:
    store = SetupStore(tmp_path)
    store.directory.mkdir(parents=True)
    raw = valid_json(GOOD_ID, data={"domain": "a.no", "client_secret": SECRET})
    (store.directory / f"{GOOD_ID}.json").write_text(json.dumps(raw))
    loaded = store.load(GOOD_ID)
    assert loaded is not None
    assert loaded.data == {"domain": "a.no"}
    store.save(loaded)  # and the next save cleans the file
    assert SECRET not in store.path_for(GOOD_ID).read_text()


# --- ids and deleting ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "..",
        "../x",
        "../../etc/passwd",
        "..\\..\\x",
        "/etc/passwd",
        "a/b",
        "C:\\x",
        "not-a-uuid",
        GOOD_ID + "/../x",
        f"urn:uuid:{GOOD_ID}",
        f"{{{GOOD_ID}}}",
        GOOD_ID.replace("-", ""),
        GOOD_ID.upper(),
        f" {GOOD_ID}",
    ],
)
def test_path_for_rejects_anything_but_a_canonical_uuid(tmp_path: Path, bad: str) -> None:
    store = SetupStore(tmp_path)
    with pytest.raises(ValueError):
        store.path_for(bad)
    with pytest.raises(ValueError):
        store.load(bad)
    with pytest.raises(ValueError):
        store.delete(bad)


def test_path_for_stays_in_the_directory(tmp_path: Path) -> None:
    store = SetupStore(tmp_path)
    path = store.path_for(GOOD_ID)
    assert path.parent == store.directory
    assert path.name == f"{GOOD_ID}.json"


def test_delete_is_idempotent(tmp_path: Path) -> None:
    store = SetupStore(tmp_path)
    keep, gone = Setup(), Setup()
    store.save(keep)
    store.save(gone)
    store.delete(gone.id)
    store.delete(gone.id)
    store.delete(str(uuid.uuid4()))  # never existed
    assert [s.id for s in SetupStore(tmp_path).load_all()] == [keep.id]
    assert store.load(gone.id) is None


def test_delete_before_anything_was_saved(tmp_path: Path) -> None:
    SetupStore(tmp_path).delete(GOOD_ID)


def test_a_name_no_field_has_is_dropped_on_load_and_reported(tmp_path: Path) -> None:
    """Only registered fields reach the app (core.fields): a stray key is reported, not used."""
    store = SetupStore(tmp_path)
    setup = Setup(data={"domain": "acme.idura.broker"})
    store.save(setup)
    path = store.path_for(setup.id)
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["data"]["domian"] = "typo.idura.broker"
    path.write_text(json.dumps(raw), encoding="utf-8")
    loaded = SetupStore(tmp_path).load(setup.id)
    assert loaded is not None and loaded.data == {"domain": "acme.idura.broker"}
