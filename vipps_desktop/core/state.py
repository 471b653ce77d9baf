"""Saved setups: one versioned JSON file per setup, written atomically after every change.

Only non-secret values are stored (organisation number, domain, names, dates, current step,
confirmations). `SetupStore.save` refuses any key that names a credential, so a slip in a page
cannot put a secret on disk.

Loading trusts nothing in the folder (docs/reliability.md):

* only regular files are opened (a FIFO or a symlink to ``/dev/zero`` named ``<id>.json``
  would hang the start or fill the memory), and only up to `MAX_FILE_BYTES`;
* content that cannot be parsed (not JSON, nested past the parser's limit, not a setup, a
  newer version) is moved aside, never deleted, never overwritten, and reported in `problems`;
* a file that cannot be *read* right now (permission, a Windows sharing violation while an
  antivirus or OneDrive holds it, an I/O error) is left where it is, reported as
  ``unavailable`` and tried again at the next load;
* a field holding the wrong JSON type (by the registry, `core.fields`) is dropped from the
  loaded setup and reported by name, and so is a name no field has; the file as it was is kept
  beside it as a copy;
* temporary files of interrupted saves (ours: ``.<id>.json.*.tmp``) are removed.

Saving raises `SaveError` (an OSError) naming the folder and saying whether the disk is full
or the folder read-only; the caller keeps what the user typed and saves again later.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import re
import shutil
import stat
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from vipps_desktop.core import fields
from vipps_desktop.core.clock import now_iso
from vipps_desktop.core.paths import private_dir

log = logging.getLogger(__name__)

FORMAT = "vipps-desktop-setup"
VERSION = 1
# Keys that must never reach the state file. No setup field can have one of these names (a
# test over the field registry, tests/core/test_fields.py), so the app cannot store one through
# `Workspace.set`. The list stays as the last gate for what does not come through the registry:
# a file from outside (a hand-edited state file or a hostile import may carry `client_secret`;
# it is dropped as a secret, so it alone never makes the app keep a copy of the file, and an
# import carrying one is refused), a setup's data written directly (`SetupStore.save`) and an
# export (`core.transfer`). A refused secret is named by its key, never its value.
FORBIDDEN_KEYS = frozenset({"client_id", "client_secret", "secret", "password"})
# A setup is a few KB; anything much larger is not one of ours (or is /dev/zero).
MAX_FILE_BYTES = 1024 * 1024
# Temporary files of an interrupted save older than this are removed at load.
STALE_TEMP_SECONDS = 60.0
_TEMP_NAME = (
    r"^\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.json"
    r"\.[A-Za-z0-9_]+\.tmp$"
)


def new_id() -> str:
    return str(uuid.uuid4())


def canonical_id(text: str) -> str:
    """`str(uuid.UUID(text))`: raises ValueError when `text` is not a uuid."""
    return str(uuid.UUID(text))


# Errors that say "not now", not "never": the file stays where it is and is tried again.
_TRANSIENT = frozenset(
    {
        errno.EACCES,
        errno.EPERM,
        errno.EIO,
        errno.EBUSY,
        errno.EAGAIN,
        errno.ETIMEDOUT,
        errno.ENOLCK,
        errno.EINTR,
    }
)
_WINDOWS_SHARING_VIOLATIONS = frozenset({32, 33})  # ERROR_SHARING_VIOLATION, _LOCK_VIOLATION


class SecretInStateError(ValueError):
    """A credential was about to be written to the state file; it was not."""


class SaveError(OSError):
    """A setup could not be saved. `reason` is "disk_full", "read_only" or "io"; `folder` is
    where it should have gone. The text names both and never a value."""

    def __init__(self, reason: str, folder: Path, cause: OSError) -> None:
        super().__init__(cause.errno, f"could not save in {folder}: {reason}")
        self.reason = reason
        self.folder = folder


def save_error_reason(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return "disk_full"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS) or isinstance(exc, PermissionError):
        return "read_only"
    return "io"


@dataclass
class Setup:
    """One company's setup: its data dict and where the user was. Mutable: the workspace
    changes its data and step."""

    id: str = field(default_factory=new_id)
    data: dict[str, Any] = field(default_factory=dict)
    current_step: str = "welcome"
    created: str = field(default_factory=now_iso)
    updated: str = field(default_factory=now_iso)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "id": self.id,
            "created": self.created,
            "updated": self.updated,
            "current_step": self.current_step,
            "data": self.data,
        }


def setup_text(setup: Setup) -> str:
    """A setup file's content, as the store writes it."""
    return json.dumps(setup.to_json(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


class StateProblem(NamedTuple):
    """A state file that could not be used as it was, and why.

    `kind`: "corrupt" or "newer" (moved aside to `moved_to`), "unavailable" (could not be read
    now; left in place, `moved_to` is the file itself), "field_type" (the fields named in
    `fields` held the wrong type and were dropped; `moved_to` is a copy of the file as it was).
    """

    kind: str
    original: Path
    moved_to: Path
    detail: str
    fields: tuple[str, ...] = ()


def write_atomically(path: Path, text: str) -> None:
    """Write `text` so that `path` holds either the old or the new content, never a mix."""
    private_dir(path.parent)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    # The rename itself is durable only once the directory entry is flushed.
    if hasattr(os, "O_DIRECTORY"):
        dir_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


class SetupFileError(ValueError):
    """Content that is not a setup this version can use. `kind` is "corrupt" or "newer";
    `detail` says why in a few words (never a value from the file)."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail


def read_limited(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """A regular file's bytes, at most `limit` of them. `SetupFileError` for anything else
    (a FIFO, a device, a larger file); `OSError` when it cannot be read now."""
    # O_NONBLOCK: opening a FIFO must not wait for a writer. No O_NOFOLLOW: a symlink to a
    # regular file is fine; fstat below sees what it points to.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise SetupFileError("corrupt", "not a regular file")
        if info.st_size > limit:
            raise SetupFileError("corrupt", f"larger than {limit} bytes")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
    finally:
        os.close(fd)
    if len(data) > limit:
        raise SetupFileError("corrupt", f"larger than {limit} bytes")
    return data


def parse_json(data: bytes) -> Any:
    """JSON text as Python values; `SetupFileError` for anything that is not JSON."""
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        # RecursionError: "[[[[…" a few thousand levels deep.
        raise SetupFileError("corrupt", type(exc).__name__) from None


# The JSON type of each value around a setup's data (absent or null: the default).
_TOP_LEVEL_TYPES: dict[str, type] = {
    "id": str,
    "data": dict,
    "current_step": str,
    "created": str,
    "updated": str,
}


def parse_setup(data: bytes | dict[str, Any]) -> tuple[Setup, list[str]]:
    """A setup file's content (its bytes, or JSON already parsed) as a `Setup`, and the names
    of the fields dropped from its data: secrets (`FORBIDDEN_KEYS`), unknown names and values
    of the wrong type (`core.fields`). `SetupFileError` when it is not a setup at all.

    The one set of rules for every setup that comes from outside the app's memory: the state
    folder (`SetupStore`) and an imported file (`core.transfer`).
    """
    raw = parse_json(data) if isinstance(data, bytes) else data
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise SetupFileError("corrupt", "not a setup file")
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise SetupFileError("corrupt", "no version")
    if version > VERSION:
        raise SetupFileError("newer", f"version {version}")
    wrong = [
        name
        for name, kind in _TOP_LEVEL_TYPES.items()
        if raw.get(name) is not None and not isinstance(raw.get(name), kind)
    ]
    if wrong:
        raise SetupFileError("corrupt", "wrong type: " + ", ".join(wrong))
    try:
        setup = Setup(
            id=canonical_id(str(raw["id"])),
            data=dict(raw.get("data") or {}),
            current_step=str(raw.get("current_step") or "welcome"),
            created=str(raw.get("created") or now_iso()),
            updated=str(raw.get("updated") or now_iso()),
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise SetupFileError("corrupt", type(exc).__name__) from None
    secrets = sorted(FORBIDDEN_KEYS.intersection(setup.data))
    for key in secrets:
        del setup.data[key]
    setup.data, dropped = fields.sanitize(setup.data)
    return setup, secrets + dropped


class SetupStore:
    """The setups under one profile directory (`<profile>/setups/<id>.json`)."""

    def __init__(self, profile_dir: Path) -> None:
        self.directory = Path(profile_dir) / "setups"
        self.problems: list[StateProblem] = []

    def path_for(self, setup_id: str) -> Path:
        # The id is a uuid we made; refuse anything that could walk out of the directory.
        if canonical_id(setup_id) != setup_id:
            raise ValueError(f"not a canonical setup id: {setup_id!r}")
        return self.directory / f"{setup_id}.json"

    def load_all(self) -> list[Setup]:
        """Every readable setup, newest first; see the module docstring for the others.

        `problems` is rebuilt: a file that was unavailable last time and readable now drops
        out of it. Raises `OSError` only when the folder itself cannot be listed.
        """
        self.problems = [p for p in self.problems if p.kind not in ("unavailable",)]
        setups: list[Setup] = []
        if not self.directory.is_dir():
            return setups
        self.remove_stale_temp_files()
        for path in sorted(self.directory.glob("*.json")):
            setup = self._read(path)
            if setup is not None:
                setups.append(setup)
        setups.sort(key=lambda s: s.updated, reverse=True)
        return setups

    def load(self, setup_id: str) -> Setup | None:
        path = self.path_for(setup_id)
        return self._read(path) if os.path.lexists(path) else None

    def peek(self, setup_id: str) -> Setup | None:
        """The setup as its file holds it now, or None when that cannot be read or used.
        Unlike `load`, nothing is moved aside, copied, rewritten or reported: a save's look
        at the file it is about to replace."""
        try:
            setup, _dropped = parse_setup(read_limited(self.path_for(setup_id)))
        except (OSError, SetupFileError):
            return None
        return setup if setup.id == setup_id else None

    def save(self, setup: Setup, *, touch: bool = True) -> None:
        """Write the setup atomically; `SaveError` when the disk is full or read-only.
        `touch=False` keeps its "last changed" time (an imported setup was not changed)."""
        leaked = FORBIDDEN_KEYS.intersection(setup.data)
        if leaked:
            # Name the key, never the value.
            raise SecretInStateError(f"refusing to store {sorted(leaked)} in the state file")
        previous = setup.updated
        if touch:
            setup.updated = now_iso()
        try:
            write_atomically(self.path_for(setup.id), setup_text(setup))
        except OSError as exc:
            setup.updated = previous
            reason = save_error_reason(exc)
            log.error(
                "could not save setup %s in %s: %s (%s)",
                setup.id,
                self.directory,
                reason,
                exc.strerror or type(exc).__name__,
            )
            raise SaveError(reason, self.directory, exc) from exc

    def remove_stale_temp_files(self, older_than: float = STALE_TEMP_SECONDS) -> int:
        """Remove temporary files an interrupted save left behind (only our own naming, and
        only ones older than `older_than` seconds, so a save in progress keeps its file)."""
        removed = 0
        limit = time.time() - older_than
        try:
            entries = list(os.scandir(self.directory))
        except OSError:
            return 0
        for entry in entries:
            if not re.match(_TEMP_NAME, entry.name):
                continue
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                if stat.S_ISREG(info.st_mode) and info.st_mtime <= limit:
                    os.unlink(entry.path)
                    removed += 1
        if removed:
            log.info("removed %d temporary file(s) of interrupted saves", removed)
        return removed

    def delete(self, setup_id: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path_for(setup_id).unlink()

    # -- reading -------------------------------------------------------------------------

    def _read_bytes(self, path: Path) -> bytes | None:
        """The file's bytes, or None after recording why not (moved aside or unavailable)."""
        try:
            return read_limited(path)
        except SetupFileError as exc:
            self._move_aside(path, "corrupt", exc.detail)
        except OSError as exc:
            self._unreadable(path, exc)
        return None

    def _unreadable(self, path: Path, exc: OSError) -> None:
        transient = (
            isinstance(exc, PermissionError)
            or exc.errno in _TRANSIENT
            or getattr(exc, "winerror", None) in _WINDOWS_SHARING_VIOLATIONS
        )
        if isinstance(exc, FileNotFoundError):
            return  # deleted meanwhile (another tool, a sync client): nothing to report
        if transient:
            log.warning(
                "state file %s cannot be read now (%s); left in place, will retry",
                path.name,
                exc.strerror or type(exc).__name__,
            )
            self.problems.append(
                StateProblem("unavailable", path, path, exc.strerror or type(exc).__name__)
            )
            return
        self._move_aside(path, "corrupt", type(exc).__name__)

    def _read(self, path: Path) -> Setup | None:
        data = self._read_bytes(path)
        if data is None:
            return None
        try:
            setup, dropped = parse_setup(data)
        except SetupFileError as exc:
            self._move_aside(path, exc.kind, exc.detail)
            return None
        if path.stem != setup.id:
            # A copy (backup, sync conflict) would list the same setup twice, and saving or
            # deleting it would act on the other file.
            self._move_aside(path, "corrupt", "id does not match the file name")
            return None
        secrets = sorted(name for name in dropped if name in FORBIDDEN_KEYS)
        wrong = sorted(name for name in dropped if name not in FORBIDDEN_KEYS)
        if wrong:
            copy = self._keep_copy(path, "fields", data, secrets)
            log.warning(
                "state file %s: dropped %s (wrong type); the file as it was is kept as %s",
                path.name,
                ", ".join(wrong),
                copy.name,
            )
            self.problems.append(StateProblem("field_type", path, copy, "wrong type", tuple(wrong)))
        if secrets:
            self._scrub(path, setup, secrets)
        return setup

    def _scrub(self, path: Path, setup: Setup, secrets: list[str]) -> None:
        """A secret has no place in a setup file (a hand edit, another tool): the file is
        written again without it now, rather than at the next save, which may never come."""
        try:
            write_atomically(path, setup_text(setup))
        except OSError as exc:
            log.warning(
                "state file %s holds %s; could not write it again without: %s",
                path.name,
                ", ".join(secrets),
                exc.strerror or type(exc).__name__,
            )
            return
        log.warning("state file %s held %s: removed from the file", path.name, ", ".join(secrets))

    def _keep_copy(self, path: Path, kind: str, data: bytes, secrets: list[str]) -> Path:
        """A copy of the file as it was, for the user to recover what was dropped: the same
        bytes, or, when it held a secret, the same content without it (never a second copy
        of a secret)."""
        target = self._aside_name(path, kind)
        try:
            if secrets:
                raw = parse_json(data)
                for name in secrets:
                    raw["data"].pop(name, None)
                write_atomically(target, json.dumps(raw, ensure_ascii=False, indent=2) + "\n")
            else:
                shutil.copy2(path, target)
        except OSError as exc:
            log.warning("could not keep a copy of %s: %s", path.name, exc.strerror)
            return path
        return target

    def _aside_name(self, path: Path, kind: str) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = path.with_name(f"{path.stem}.{kind}-{stamp}{path.suffix}.bak")
        counter = 1
        while os.path.lexists(target):
            target = path.with_name(f"{path.stem}.{kind}-{stamp}-{counter}{path.suffix}.bak")
            counter += 1
        return target

    def _move_aside(self, path: Path, kind: str, detail: str) -> None:
        target = self._aside_name(path, kind)
        try:
            path.rename(target)
        except OSError as exc:
            log.warning("could not move aside %s: %s", path, exc)
            target = path
        log.warning("state file %s is %s (%s); kept as %s", path.name, kind, detail, target.name)
        self.problems.append(StateProblem(kind, path, target, detail))
