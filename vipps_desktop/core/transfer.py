"""Moving a setup to a colleague or another computer: one exported file, read back in.

The file (``.vippssetup``, schema in docs/setup-file-format.md) wraps the setup exactly as the
state folder keeps it (`Setup.to_json`) in an envelope that says what it is::

    {"format": "vipps-desktop-setup-export", "version": 1, "exported": "<ISO time>",
     "app_version": "0.1.0", "setup": {<a setup file, core/state.py>}}

Nothing secret is in it: the state file never holds a key (`state.FORBIDDEN_KEYS`), and what
points at this computer's keychain is left out (`KEYCHAIN_FIELDS`). A setup whose keys are still
held here is exported as one whose keys were not saved yet: on the other computer they are
pasted again.

An import goes through the same rules as a setup file in the state folder
(`state.read_limited`, `state.parse_setup`: size, regular file, JSON, nesting, format, version,
types) and, in addition, is refused as a whole when anything would be dropped on the way in
(an unknown field, a value of the wrong type, a secret): what the user asked to import is what
arrives, or nothing does. Every refusal is an `ImportRefusedError` with a code for the UI to word.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal, NamedTuple

from vipps_desktop.core import clock, state
from vipps_desktop.core.state import Setup, SetupFileError, SetupStore

FORMAT = "vipps-desktop-setup-export"
VERSION = 1
EXTENSION = ".vippssetup"
MIME_TYPE = "application/x-vipps-desktop-setup"
# An export is a setup file plus a few lines: the same limit.
MAX_FILE_BYTES = state.MAX_FILE_BYTES

# Fields that name where this computer keeps the keys; meaningless, or misleading, elsewhere.
KEYCHAIN_FIELDS = ("credentials_where", "credentials_keychain", "credentials_keyed_by_id")

RefusalCode = Literal[
    "unreadable",  # could not be read at all (permission, I/O, gone)
    "not_a_file",  # a folder, a FIFO, a device
    "too_large",
    "not_json",
    "not_an_export",  # JSON, but not our format (e.g. a setup file of the state folder)
    "newer",  # our format, a version this app does not know
    "not_a_setup",  # the envelope is fine, the setup inside is not
    "dropped_fields",  # fields that are unknown, of the wrong type, or secret
]


class ImportRefusedError(Exception):
    """The file was not imported; nothing changed. `code` says why, `detail` adds the few
    words the user needs (a version, the field names), never a value from the file."""

    def __init__(self, code: RefusalCode, detail: str = "", fields: tuple[str, ...] = ()) -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code: RefusalCode = code
        self.detail = detail
        self.fields = fields


# -- export ---------------------------------------------------------------------------------


def keys_held_here(setup: Setup) -> bool:
    """Whether the setup says its keys are in this computer's keychain (or memory) now."""
    return bool(setup.data.get("credentials_where")) and bool(
        setup.data.get("credentials_saved_at")
    )


def exported_setup(setup: Setup) -> dict[str, Any]:
    """The setup as it travels: its state-file JSON without this computer's keychain."""
    raw = setup.to_json()
    data = {k: v for k, v in setup.data.items() if k not in KEYCHAIN_FIELDS}
    if keys_held_here(setup):
        # The keys stay behind: on the other computer they have not been saved yet.
        data.pop("credentials_saved_at", None)
    elif data.get("credentials_saved_at"):
        # Saved and since handed to Idura: entries, if any were made again, go by the id.
        data["credentials_keyed_by_id"] = True
    raw["data"] = data
    return raw


def export_text(setup: Setup, app_version: str) -> str:
    exported = exported_setup(setup)
    leaked = state.FORBIDDEN_KEYS.intersection(exported["data"])
    if leaked:  # cannot happen through Workspace.set; refuse rather than write it
        raise state.SecretInStateError(f"refusing to export {sorted(leaked)}")
    envelope = {
        "format": FORMAT,
        "version": VERSION,
        "exported": clock.now_iso(),
        "app_version": app_version,
        "setup": exported,
    }
    return json.dumps(envelope, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def export_setup(setup: Setup, path: Path, app_version: str) -> None:
    """Write the export where the user chose; an interrupted export leaves no half file."""
    from vipps_desktop.core.user_files import write_text

    write_text(path, export_text(setup, app_version))


# -- import ---------------------------------------------------------------------------------


def read_export(path: Path) -> Setup:
    """The setup in an export file, checked; `ImportRefusedError` (nothing changed) otherwise."""
    try:
        data = state.read_limited(path, MAX_FILE_BYTES)
    except SetupFileError as exc:
        code: RefusalCode = "too_large" if exc.detail.startswith("larger") else "not_a_file"
        raise ImportRefusedError(code, exc.detail) from None
    except IsADirectoryError:
        raise ImportRefusedError("not_a_file") from None
    except OSError as exc:
        raise ImportRefusedError("unreadable", exc.strerror or type(exc).__name__) from None
    return parse_export(data)


def parse_export(data: bytes) -> Setup:
    try:
        envelope = state.parse_json(data)
    except SetupFileError as exc:
        raise ImportRefusedError("not_json", exc.detail) from None
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
        raise ImportRefusedError("not_an_export")
    version = envelope.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ImportRefusedError("not_an_export", "no version")
    if version > VERSION:
        raise ImportRefusedError("newer", str(version))
    raw = envelope.get("setup")
    if not isinstance(raw, dict):
        raise ImportRefusedError("not_a_setup", "no setup")
    try:
        setup, dropped = state.parse_setup(raw)
    except SetupFileError as exc:
        code: RefusalCode = "newer" if exc.kind == "newer" else "not_a_setup"
        raise ImportRefusedError(code, exc.detail) from None
    if dropped:
        names = tuple(sorted(str(name)[:60] for name in dropped))
        raise ImportRefusedError("dropped_fields", ", ".join(names), names)
    return setup


class Imported(NamedTuple):
    setup: Setup
    replaced: bool  # an existing setup with the same id was replaced
    keys_needed: bool  # the keys must be pasted again on this computer before going on


def keys_needed(setup: Setup) -> bool:
    """True while the setup needs its keys pasted into this app: not yet saved in Idura, and
    not held on this computer."""
    return not setup.data.get("submitted_to_criipto_on") and not keys_held_here(setup)


def import_setup(
    store: SetupStore, setup: Setup, *, on_existing: Literal["replace", "keep_both"]
) -> Imported:
    """Save an imported setup: under its own id, replacing the one there with
    ``on_existing="replace"``, or under a new id (``"keep_both"``) when that id is taken.

    A replaced setup whose keys this computer still holds keeps them: they are filed under the
    same id, and the imported setup (which never carries keys) would otherwise lose track of
    them in the keychain."""
    replaced = False
    existing = store.load(setup.id)
    if existing is not None:
        if on_existing == "replace":
            replaced = True
            if keys_held_here(existing):
                for key in (*KEYCHAIN_FIELDS, "credentials_saved_at"):
                    if key in existing.data:
                        setup.data[key] = existing.data[key]
        else:
            setup = Setup(
                data=setup.data,
                current_step=setup.current_step,
                created=setup.created,
                updated=setup.updated,
            )
    store.save(setup, touch=False)
    return Imported(setup, replaced, keys_needed(setup))
