"""Shared fixtures. Qt runs offscreen unless a test asks for Xvfb."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never touch the real user's profile.
os.environ.pop("VIPPS_DESKTOP_PROFILE_DIR", None)
# Tests never reach the real services: every remote base URL points at a name that cannot
# exist (RFC 2606 .invalid), so a check started by a page fails fast as "name not found".
# Tests of the checks themselves point these at loopback servers.
os.environ.setdefault("VIPPS_DESKTOP_BRREG_URL", "https://brreg.invalid/enhetsregisteret/api")
os.environ.setdefault("VIPPS_DESKTOP_CRIIPTO_URL_TEMPLATE", "https://{domain}.invalid")
os.environ.setdefault("VIPPS_DESKTOP_VIPPS_API_URL", "https://api.vipps.invalid")
os.environ.setdefault("VIPPS_DESKTOP_VIPPS_TEST_API_URL", "https://apitest.vipps.invalid")
