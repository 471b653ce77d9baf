"""Saved setups: one versioned JSON file per setup, written atomically after every change.

Only non-secret values are stored (organisation number, domain, names, dates, current step,
confirmations). `SetupStore.save` refuses any key that names a credential, so a slip in a page
cannot put a secret on disk. A file that cannot be read, or that a newer version of the app
wrote, is moved aside (never deleted, never overwritten) and reported in `problems`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FORMAT = "vipps-desktop-setup"
VERSION = 1
# Keys that must never reach the state file, whatever a page puts into the data dict.
FORBIDDEN_KEYS = frozenset({"client_id", "client_secret", "secret", "password"})


class SecretInStateError(ValueError):
    """A credential was about to be written to the state file; it was not."""


@dataclass
class Setup:
    """One company's setup: its data dict and where the user was."""

    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    data: dict[str, Any] = field(default_factory=dict)
    current_step: str = "welcome"
    created: str = field(default_factory=lambda: now_iso())
    updated: str = field(default_factory=lambda: now_iso())

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


@dataclass(frozen=True)
class StateProblem:
    """A state file that was moved aside, and why ("corrupt" or "newer")."""

    kind: str
    original: Path
    moved_to: Path
    detail: str


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def today_iso() -> str:
    return dt.date.today().isoformat()


def write_atomically(path: Path, text: str) -> None:
    """Write `text` so that `path` holds either the old or the new content, never a mix."""
    path.parent.mkdir(parents=True, exist_ok=True)
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


class SetupStore:
    """The setups under one profile directory (`<profile>/setups/<id>.json`)."""

    def __init__(self, profile_dir: Path) -> None:
        self.directory = Path(profile_dir) / "setups"
        self.problems: list[StateProblem] = []

    def path_for(self, setup_id: str) -> Path:
        # The id is a uuid we made; refuse anything that could walk out of the directory.
        if str(uuid.UUID(setup_id)) != setup_id:
            raise ValueError(f"not a canonical setup id: {setup_id!r}")
        return self.directory / f"{setup_id}.json"

    def load_all(self) -> list[Setup]:
        """Every readable setup, newest first; unreadable files are moved aside."""
        setups: list[Setup] = []
        if not self.directory.is_dir():
            return setups
        for path in sorted(self.directory.glob("*.json")):
            setup = self._read(path)
            if setup is not None:
                setups.append(setup)
        setups.sort(key=lambda s: s.updated, reverse=True)
        return setups

    def load(self, setup_id: str) -> Setup | None:
        path = self.path_for(setup_id)
        return self._read(path) if path.exists() else None

    def save(self, setup: Setup) -> None:
        leaked = FORBIDDEN_KEYS.intersection(setup.data)
        if leaked:
            # Name the key, never the value.
            raise SecretInStateError(f"refusing to store {sorted(leaked)} in the state file")
        setup.updated = now_iso()
        text = json.dumps(setup.to_json(), ensure_ascii=False, indent=2, sort_keys=True)
        write_atomically(self.path_for(setup.id), text + "\n")

    def delete(self, setup_id: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path_for(setup_id).unlink()

    # -- reading -------------------------------------------------------------------------

    def _read(self, path: Path) -> Setup | None:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            self._move_aside(path, "corrupt", type(exc).__name__)
            return None
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            self._move_aside(path, "corrupt", "not a setup file")
            return None
        version = raw.get("version")
        if not isinstance(version, int):
            self._move_aside(path, "corrupt", "no version")
            return None
        if version > VERSION:
            self._move_aside(path, "newer", f"version {version}")
            return None
        try:
            setup = Setup(
                id=str(uuid.UUID(str(raw["id"]))),
                data=dict(raw.get("data") or {}),
                current_step=str(raw.get("current_step") or "welcome"),
                created=str(raw.get("created") or now_iso()),
                updated=str(raw.get("updated") or now_iso()),
            )
        except (KeyError, ValueError, TypeError) as exc:
            self._move_aside(path, "corrupt", type(exc).__name__)
            return None
        if path.stem != setup.id:
            # A copy (backup, sync conflict) would list the same setup twice, and saving or
            # deleting it would act on the other file.
            self._move_aside(path, "corrupt", "id does not match the file name")
            return None
        for key in FORBIDDEN_KEYS.intersection(setup.data):
            del setup.data[key]
        return setup

    def _move_aside(self, path: Path, kind: str, detail: str) -> None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = path.with_name(f"{path.stem}.{kind}-{stamp}{path.suffix}.bak")
        counter = 1
        while target.exists():
            target = path.with_name(f"{path.stem}.{kind}-{stamp}-{counter}{path.suffix}.bak")
            counter += 1
        try:
            path.rename(target)
        except OSError as exc:
            log.warning("could not move aside %s: %s", path, exc)
            target = path
        log.warning("state file %s is %s (%s); kept as %s", path.name, kind, detail, target.name)
        self.problems.append(StateProblem(kind, path, target, detail))
