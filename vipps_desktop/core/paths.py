"""Where the app keeps its state and finds its resources.

Every location can be moved by an environment variable so tests and portable installs can
point the app elsewhere without touching the user's real profile.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
from pathlib import Path
from typing import NamedTuple

import platformdirs

APP_NAME = "vipps-desktop"
PROFILE_ENV = "VIPPS_DESKTOP_PROFILE_DIR"
RESOURCES_ENV = "VIPPS_DESKTOP_RESOURCES"
# Other local users must not read the log or list the setups (POSIX; Windows profiles are
# private to their user already).
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def profile_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The directory for state, settings and logs: --profile-dir, then the env, then the OS."""
    chosen = override or os.environ.get(PROFILE_ENV)
    if chosen:
        return Path(chosen).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def resources_dir() -> Path:
    """The resources folder: frozen bundle, installed package, or the source checkout."""
    env = os.environ.get(RESOURCES_ENV)
    if env:
        return Path(env)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    here = Path(__file__).resolve().parent.parent
    installed = here / "resources"
    if (installed / "guide").is_dir():
        return installed
    return here.parent / "resources"


def private_dir(path: Path) -> Path:
    """Create `path` (and missing parents) readable by this user only; tighten it if it
    exists. Raises OSError when it cannot be created."""
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    if os.name == "posix":
        with contextlib.suppress(OSError):  # not ours (a shared --profile-dir): leave it
            if path.stat().st_mode & 0o077:
                path.chmod(PRIVATE_DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create `path` empty if it is missing, readable by this user only; tighten it if it
    exists (a log or settings.ini written by an older version with 0644)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, PRIVATE_FILE_MODE)
    try:
        if os.name == "posix":
            with contextlib.suppress(OSError):
                os.fchmod(fd, PRIVATE_FILE_MODE)
    finally:
        os.close(fd)
    return path


class ProfileState(NamedTuple):
    """Whether the profile can be used: "ok", "read_only" (readable, changes cannot be saved)
    or "unusable" (cannot even be read). `folder` is the one at fault; `reason` is
    "disk_full", "read_only", "not_a_folder" or "no_access"."""

    status: str
    folder: Path
    reason: str = ""
    detail: str = ""


def prepare_profile(profile: Path) -> ProfileState:
    """Create the profile (0700) with its setups/ and logs/ folders and prove that a file can
    be written there: a real write, because permission bits say nothing for root, a
    read-only mount or a full disk."""
    for folder in (profile, profile / "setups", profile / "logs"):
        try:
            private_dir(folder)
        except OSError as exc:
            return _judge(profile, folder, exc)
    for folder in (profile, profile / "setups"):
        try:
            with tempfile.NamedTemporaryFile(dir=folder, prefix=".probe-", suffix=".tmp") as probe:
                probe.write(b"x")
                probe.flush()
                os.fsync(probe.fileno())
        except OSError as exc:
            return _judge(profile, folder, exc)
    return ProfileState("ok", profile)


def _judge(profile: Path, folder: Path, exc: OSError) -> ProfileState:
    detail = exc.strerror or type(exc).__name__
    if exc.errno in (errno.ENOTDIR, errno.EEXIST) or isinstance(exc, NotADirectoryError):
        return ProfileState("unusable", folder, "not_a_folder", detail)
    try:
        os.listdir(folder)
        readable = True
    except OSError:
        readable = False
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        reason = "disk_full"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = "read_only"
    else:
        reason = "no_access"
    if not readable:
        return ProfileState(
            "unusable", folder, "no_access" if reason == "read_only" else reason, detail
        )
    return ProfileState("read_only", folder, reason, detail)
