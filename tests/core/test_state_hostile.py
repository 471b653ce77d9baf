"""Hostile state folders (issue 13, items 1–6, 9, 10): real files, real errors.

Permission cases run the code as `nobody` (setpriv): root reads anything. The full disk is a
real 64 KiB tmpfs (root only; skipped elsewhere).
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from disk_util import fill

from vipps_desktop.core import state
from vipps_desktop.core.paths import (
    prepare_profile,
    private_dir,
    private_file,
)
from vipps_desktop.core.state import SaveError, Setup, SetupStore

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
HAVE_SETPRIV = shutil.which("setpriv") is not None


def files(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def saved(store: SetupStore, **data: object) -> Setup:
    setup = Setup(data=dict(data))
    store.save(setup)
    return setup


def write_raw(store: SetupStore, setup: Setup, raw: dict[str, object]) -> Path:
    path = store.path_for(setup.id)
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


# --- item 1: a field of the wrong JSON type ---------------------------------------------


@pytest.mark.parametrize("field", ["domain", "msn", "sales_unit_name", "website", "org_number"])
@pytest.mark.parametrize("value", [123, 1.5, [1, 2], {"a": "b"}, True, False])
def test_a_field_of_the_wrong_type_is_dropped_reported_and_kept(
    tmp_path: Path, field: str, value: object
) -> None:
    store = SetupStore(tmp_path)
    setup = saved(store, company_name="Acme AS")
    raw = setup.to_json()
    raw["data"] = {"company_name": "Acme AS", field: value}
    path = write_raw(store, setup, raw)
    original = path.read_bytes()

    [loaded] = store.load_all()
    assert field not in loaded.data
    assert loaded.data["company_name"] == "Acme AS"
    [problem] = store.problems
    assert (problem.kind, problem.fields) == ("field_type", (field,))
    assert problem.moved_to != path and problem.moved_to.read_bytes() == original
    assert path.read_bytes() == original  # loading never rewrites the file


@pytest.mark.parametrize("key", ["client_secret", "secret", "password"])
def test_a_secret_in_a_setup_file_leaves_the_disk_when_it_is_read(tmp_path: Path, key: str) -> None:
    """A hand-edited file, or one written by another tool, that holds a secret is written
    again without it as soon as it is read: not at the next save, which may never come."""
    store = SetupStore(tmp_path)
    setup = saved(store, company_name="Acme AS")
    raw = setup.to_json()
    raw["data"] = {"company_name": "Acme AS", key: "Zq8!kR2#vL9@pT4$"}
    path = write_raw(store, setup, raw)

    [loaded] = store.load_all()
    assert loaded.data == {"company_name": "Acme AS"}
    assert b"Zq8!kR2#vL9@pT4$" not in path.read_bytes()
    assert json.loads(path.read_bytes())["data"] == {"company_name": "Acme AS"}
    assert store.load_all() == [loaded]  # and it reads back the same


def test_the_copy_kept_of_a_file_with_a_wrong_field_holds_no_secret(tmp_path: Path) -> None:
    """The copy kept for the user to recover a dropped value is the file as it was, less any
    secret in it: never a second copy of a secret on disk."""
    store = SetupStore(tmp_path)
    setup = saved(store, company_name="Acme AS")
    raw = setup.to_json()
    raw["data"] = {"company_name": "Acme AS", "domain": 123, "client_secret": "Zq8!kR2#vL9@pT4$"}
    write_raw(store, setup, raw)

    [loaded] = store.load_all()
    assert loaded.data == {"company_name": "Acme AS"}
    [problem] = store.problems
    kept = json.loads(problem.moved_to.read_bytes())
    assert kept["data"] == {"company_name": "Acme AS", "domain": 123}  # the wrong value kept
    for file in store.directory.iterdir():
        assert b"Zq8!kR2#vL9@pT4$" not in file.read_bytes(), file.name


def test_booleans_stay_booleans(tmp_path: Path) -> None:
    store = SetupStore(tmp_path)
    setup = saved(store, confirm_bankid=True, confirm_paid_plan="yes")
    [loaded] = store.load_all()
    assert loaded.data == {"confirm_bankid": True}
    assert store.problems[0].fields == ("confirm_paid_plan",)
    assert setup.id == loaded.id


# --- item 2: nesting past the parser's recursion limit ----------------------------------


@pytest.mark.parametrize("text", ["[" * 100_000, '{"a":' * 50_000 + "1" + "}" * 50_000])
def test_deeply_nested_json_is_moved_aside(tmp_path: Path, text: str) -> None:
    store = SetupStore(tmp_path)
    setup = saved(store)
    store.path_for(setup.id).write_text(text, encoding="utf-8")
    assert store.load_all() == []
    [problem] = store.problems
    assert problem.kind == "corrupt"
    assert problem.moved_to.read_text(encoding="utf-8") == text


# --- item 4: FIFOs, devices, huge files -------------------------------------------------


@pytest.mark.timeout(20)
def test_a_fifo_named_like_a_setup_does_not_hang(tmp_path: Path) -> None:
    store = SetupStore(tmp_path)
    good = saved(store, domain="acme.idura.broker")
    fifo = store.directory / "11111111-2222-4333-8444-555555555555.json"
    os.mkfifo(fifo)
    started = time.monotonic()
    assert [s.id for s in store.load_all()] == [good.id]
    assert time.monotonic() - started < 2
    [problem] = store.problems
    assert problem.kind == "corrupt" and problem.detail == "not a regular file"
    assert not os.path.lexists(fifo)


@pytest.mark.timeout(20)
def test_a_symlink_to_dev_zero_is_not_read(tmp_path: Path) -> None:
    store = SetupStore(tmp_path)
    store.directory.mkdir(parents=True)
    link = store.directory / "11111111-2222-4333-8444-555555555555.json"
    link.symlink_to("/dev/zero")
    assert store.load_all() == []
    assert store.problems[0].detail == "not a regular file"


def test_a_file_over_the_size_cap_is_not_read(tmp_path: Path) -> None:
    store = SetupStore(tmp_path)
    setup = saved(store)
    raw = setup.to_json()
    raw["data"] = {"company_name": "x" * (state.MAX_FILE_BYTES + 10)}
    write_raw(store, setup, raw)
    assert store.load_all() == []
    assert store.problems[0].kind == "corrupt"
    assert "larger than" in store.problems[0].detail


def test_a_symlink_to_a_regular_setup_file_still_loads(tmp_path: Path) -> None:
    store = SetupStore(tmp_path)
    setup = saved(store, domain="acme.idura.broker")
    path = store.path_for(setup.id)
    real = tmp_path / "elsewhere.json"
    path.rename(real)
    path.symlink_to(real)
    assert [s.id for s in store.load_all()] == [setup.id]


# --- item 6: unreadable now is not corrupt ----------------------------------------------


# What the code run as `nobody` imports (LOAD and STATUS below).
CHILD_IMPORTS = ("vipps_desktop.core.state", "vipps_desktop.core.paths")

# Run by this process's interpreter: the files of every module outside the standard library
# that importing CHILD_IMPORTS loads, by top-level name (vipps_desktop, platformdirs, ...).
NEEDS = """
import importlib, json, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
files = {}
for name, module in list(sys.modules.items()):
    top = name.partition(".")[0]
    if top in sys.stdlib_module_names or top in files or top == "__main__":
        continue
    top_module = sys.modules.get(top)
    if getattr(top_module, "__file__", None):
        files[top] = top_module.__file__
print(json.dumps(files))
"""


@pytest.fixture(scope="module")
def readable_package() -> Iterator[Path]:
    """A copy of the code under test, with what it imports, in a folder `nobody` can read.

    The checkout and its .venv may be where `nobody` cannot go: a clone in /root (mode 700 on
    Debian) or in a home folder made private. So the child runs the real interpreter behind
    the venv with this copy alone on its path, and can fail only for the reason a test is
    about. What to copy is asked of a fresh interpreter of this venv, so a new dependency of
    the state code comes along by itself.
    """
    needs = subprocess.run(
        [sys.executable, "-c", NEEDS, *CHILD_IMPORTS],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    folder = Path(tempfile.mkdtemp(prefix="vipps-desktop-code-"))
    folder.chmod(0o755)
    skip = shutil.ignore_patterns("__pycache__")
    for top, file in json.loads(needs.stdout).items():
        source = Path(file)
        if source.name == "__init__.py":
            shutil.copytree(source.parent, folder / top, ignore=skip)
        else:
            shutil.copy(source, folder / source.name)
    assert (folder / "vipps_desktop").is_dir()
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    try:
        yield folder
    finally:
        shutil.rmtree(folder)


def _as_nobody(package: Path, code: str, *args: str) -> subprocess.CompletedProcess[str]:
    # -I: neither the environment, the current folder nor a user's site-packages is on the
    # child's path; only the copy is.
    prelude = f"import sys; sys.path.insert(0, {str(package)!r})\n"
    return subprocess.run(
        [
            "setpriv",
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            os.path.realpath(sys.executable),
            "-I",
            "-c",
            prelude + code,
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd="/",
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": "/nonexistent"},
    )


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder `nobody` can reach (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="vipps-desktop-test-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for path in folder.rglob("*"):
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        shutil.rmtree(folder)


LOAD = """
import json, sys
from pathlib import Path
from vipps_desktop.core.state import SetupStore
store = SetupStore(Path(sys.argv[1]))
setups = store.load_all()
problems = [[p.kind, p.original.name, p.moved_to.name] for p in store.problems]
print(json.dumps({"ids": [s.id for s in setups], "problems": problems}))
"""


@pytest.mark.skipif(not (IS_ROOT and HAVE_SETPRIV), reason="needs root and setpriv")
def test_an_unreadable_file_is_unavailable_not_corrupt(
    shared_tmp: Path, readable_package: Path
) -> None:
    store = SetupStore(shared_tmp)
    readable = saved(store, domain="a.idura.broker")
    locked = saved(store, domain="b.idura.broker")
    for path in (shared_tmp, store.directory, store.path_for(readable.id)):
        os.chown(path, 65534, 65534)
    store.path_for(locked.id).chmod(0o600)  # root's, not readable by nobody
    result = _as_nobody(readable_package, LOAD, str(shared_tmp))
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["ids"] == [readable.id]
    name = f"{locked.id}.json"
    assert answer["problems"] == [["unavailable", name, name]]
    assert name in files(store.directory)  # not renamed: tried again next time
    assert not any(n.endswith(".bak") for n in files(store.directory))
    # Once the file can be read again, the setup is back and the problem is gone.
    os.chown(store.path_for(locked.id), 65534, 65534)
    again = json.loads(_as_nobody(readable_package, LOAD, str(shared_tmp)).stdout)
    assert sorted(again["ids"]) == sorted([readable.id, locked.id])
    assert again["problems"] == []


# --- item 10: temporary files of interrupted saves --------------------------------------


def test_stale_temp_files_of_our_naming_are_removed(tmp_path: Path) -> None:
    store = SetupStore(tmp_path)
    setup = saved(store)
    old = time.time() - 3600
    ours = [store.directory / f".{setup.id}.json.abc_{i}.tmp" for i in range(3)]
    fresh = store.directory / f".{setup.id}.json.fresh.tmp"
    theirs = [store.directory / "notes.tmp", store.directory / ".other.json.x.tmp"]
    for path in [*ours, fresh, *theirs]:
        path.write_text("{}", encoding="utf-8")
    for path in [*ours, *theirs]:
        os.utime(path, (old, old))
    store.load_all()
    assert files(store.directory) == sorted(
        [f"{setup.id}.json", fresh.name, *(p.name for p in theirs)]
    )


# --- item 9: private permissions ---------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_profile_folders_and_files_are_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        profile = tmp_path / "profile"
        assert prepare_profile(profile).status == "ok"
        store = SetupStore(profile)
        setup = saved(store)
        private_file(profile / "settings.ini")
    finally:
        os.umask(old)
    for folder in (profile, profile / "setups", profile / "logs"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    for path in (store.path_for(setup.id), profile / "settings.ini"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_existing_folders_and_files_are_tightened(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    log = folder / "x.log"
    log.write_text("old\n", encoding="utf-8")
    log.chmod(0o644)
    private_dir(folder)
    private_file(log)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert log.read_text(encoding="utf-8") == "old\n"


# --- items 3 and 5: read-only profile, full disk ----------------------------------------


@pytest.mark.allow_error_log  # the failed save is logged at ERROR, as it should be
def test_saving_on_a_full_disk_says_so_and_keeps_the_old_file(tiny_disk: Path) -> None:
    store = SetupStore(tiny_disk)
    setup = saved(store, domain="old.idura.broker")
    path = store.path_for(setup.id)
    before = path.read_bytes()
    fill(tiny_disk)
    setup.data["domain"] = "new.idura.broker" + "x" * 8000
    with pytest.raises(SaveError) as info:
        store.save(setup)
    assert info.value.reason == "disk_full"
    assert info.value.folder == store.directory
    assert str(store.directory) in str(info.value)
    assert "new.idura" not in str(info.value)
    assert path.read_bytes() == before
    assert files(store.directory) == [path.name]  # no temp file left behind
    (tiny_disk / "filler").unlink()
    store.save(setup)  # room again: the next attempt saves
    assert "new.idura.broker" in path.read_text(encoding="utf-8")


def test_a_full_disk_at_start_is_reported_as_such(tiny_disk: Path) -> None:
    profile = tiny_disk / "profile"
    prepare_profile(profile)
    fill(tiny_disk)
    result = prepare_profile(profile)
    assert (result.status, result.reason) == ("read_only", "disk_full")


def test_a_profile_path_through_a_file_is_unusable(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    result = prepare_profile(tmp_path / "file" / "profile")
    assert (result.status, result.reason) == ("unusable", "not_a_folder")


STATUS = """
import sys
from pathlib import Path
from vipps_desktop.core.paths import prepare_profile
r = prepare_profile(Path(sys.argv[1]))
print(r.status, r.reason, r.folder)
"""


@pytest.mark.skipif(not (IS_ROOT and HAVE_SETPRIV), reason="needs root and setpriv")
def test_read_only_and_unreadable_profiles(shared_tmp: Path, readable_package: Path) -> None:
    profile = shared_tmp / "profile"
    prepare_profile(profile)
    os.chown(profile, 65534, 65534)
    os.chown(profile / "logs", 65534, 65534)
    (profile / "setups").chmod(0o755)  # root's: nobody can read, not write
    out = _as_nobody(readable_package, STATUS, str(profile)).stdout.split()
    assert out == ["read_only", "read_only", str(profile / "setups")]
    (profile / "setups").chmod(0o700)  # nobody cannot even read it
    out = _as_nobody(readable_package, STATUS, str(profile)).stdout.split()
    assert out == ["unusable", "no_access", str(profile / "setups")]


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_the_log_file_and_its_rotations_are_private(tmp_path: Path) -> None:
    import logging

    from vipps_desktop.core.logs import RotatingFileHandler, setup_logging

    old = os.umask(0o022)
    root = logging.getLogger()
    try:
        path = setup_logging(tmp_path / "profile")
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        handler = RotatingFileHandler(tmp_path / "r.log", max_bytes=200, backups=2)
        logger = logging.getLogger("rotation-probe")
        logger.addHandler(handler)
        logger.propagate = False
        for _ in range(20):
            logger.warning("x" * 50)
        handler.close()
        logger.removeHandler(handler)
        for rotated in tmp_path.glob("r.log*"):
            assert stat.S_IMODE(rotated.stat().st_mode) == 0o600, rotated
    finally:
        os.umask(old)
        for ours in [h for h in root.handlers if getattr(h, "_vipps_desktop", False)]:
            root.removeHandler(ours)
            ours.close()
