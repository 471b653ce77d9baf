"""Every remote address the app knows, and the environment variable that moves each one.

One place for all of them, so docs/environment.md has one module to describe and a test or a
staging setup one module to read. Values are read each time they are used, not at import.
Nothing here imports anything heavier than `os`.
"""

from __future__ import annotations

import os
from typing import Literal

__all__ = [
    "DEFAULTS",
    "ENV_BRREG_URL",
    "ENV_CRIIPTO_URL_TEMPLATE",
    "ENV_DASHBOARD_URL",
    "ENV_VIPPS_API_URL",
    "ENV_VIPPS_AUTHORIZE_URL",
    "ENV_VIPPS_TEST_API_URL",
    "ENV_VIPPS_TEST_AUTHORIZE_URL",
    "PROVIDER_PATH",
    "VIPPS_AUTHORIZE_PATH",
    "brreg_url",
    "criipto_url",
    "dashboard_url",
    "provider_page_url",
    "vipps_api_url",
    "vipps_authorize_url",
]

ENV_BRREG_URL = "VIPPS_DESKTOP_BRREG_URL"
ENV_VIPPS_API_URL = "VIPPS_DESKTOP_VIPPS_API_URL"
ENV_VIPPS_TEST_API_URL = "VIPPS_DESKTOP_VIPPS_TEST_API_URL"
ENV_CRIIPTO_URL_TEMPLATE = "VIPPS_DESKTOP_CRIIPTO_URL_TEMPLATE"
# Vipps' authorize endpoint, the whole URL; unset, it is the API base + VIPPS_AUTHORIZE_PATH.
ENV_VIPPS_AUTHORIZE_URL = "VIPPS_DESKTOP_VIPPS_AUTHORIZE_URL"
ENV_VIPPS_TEST_AUTHORIZE_URL = "VIPPS_DESKTOP_VIPPS_TEST_AUTHORIZE_URL"
VIPPS_AUTHORIZE_PATH = "/access-management-1.0/access/oauth2/auth"
# Not fetched by the app, only opened in the browser (the Criipto/Idura dashboard).
ENV_DASHBOARD_URL = "VIPPS_DESKTOP_DASHBOARD_URL"
PROVIDER_PATH = "/providers/NO_VIPPS"

DEFAULTS: dict[str, str] = {
    ENV_BRREG_URL: "https://data.brreg.no/enhetsregisteret/api",
    ENV_VIPPS_API_URL: "https://api.vipps.no",
    ENV_VIPPS_TEST_API_URL: "https://apitest.vipps.no",
    ENV_CRIIPTO_URL_TEMPLATE: "https://{domain}",
    ENV_DASHBOARD_URL: "https://dashboard.idura.app",
}


def _env(name: str) -> str:
    return os.environ.get(name, "").strip() or DEFAULTS[name]


def brreg_url() -> str:
    """Enhetsregisteret API base, without a trailing slash."""
    return _env(ENV_BRREG_URL).rstrip("/")


def vipps_api_url(environment: Literal["production", "test"]) -> str:
    """Vipps API base for the environment whose keys are being checked."""
    name = ENV_VIPPS_API_URL if environment == "production" else ENV_VIPPS_TEST_API_URL
    return _env(name).rstrip("/")


def vipps_authorize_url(environment: Literal["production", "test"]) -> str:
    """Vipps' authorize endpoint: its own variable, else the API base + the OIDC path."""
    name = ENV_VIPPS_AUTHORIZE_URL if environment == "production" else ENV_VIPPS_TEST_AUTHORIZE_URL
    explicit = os.environ.get(name, "").strip().rstrip("/")
    return explicit or vipps_api_url(environment) + VIPPS_AUTHORIZE_PATH


def criipto_url(domain: str) -> str:
    """Where to reach a Criipto/Idura domain: the template with ``{domain}`` filled in."""
    return _env(ENV_CRIIPTO_URL_TEMPLATE).replace("{domain}", domain).rstrip("/")


def dashboard_url() -> str:
    """Base address of the Criipto/Idura dashboard, without a trailing slash."""
    return _env(ENV_DASHBOARD_URL).rstrip("/")


def provider_page_url() -> str:
    """The dashboard page where the Vipps client id and secret are entered."""
    return dashboard_url() + PROVIDER_PATH
