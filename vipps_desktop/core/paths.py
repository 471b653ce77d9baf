"""Where the app keeps its state and finds its resources.

Every location can be moved by an environment variable so tests and portable installs can
point the app elsewhere without touching the user's real profile.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "vipps-desktop"
PROFILE_ENV = "VIPPS_DESKTOP_PROFILE_DIR"
RESOURCES_ENV = "VIPPS_DESKTOP_RESOURCES"


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
