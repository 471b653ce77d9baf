"""Shared fixtures. Qt runs offscreen unless a test asks for Xvfb."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never touch the real user's profile.
os.environ.pop("VIPPS_DESKTOP_PROFILE_DIR", None)
