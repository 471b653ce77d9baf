"""Everything the app sends over the network, in one direction of imports:

``errors`` (failure kinds, `HttpFailure`, `CancelToken`) → ``policy`` (schemes, loopback,
caps, timeouts, the overall deadline) → ``transport`` (requests session, adapters, retries;
imported on the first request only) → ``client`` (`fetch`, `make_session`, classification of
failures). ``endpoints`` holds every remote base URL and its environment variable;
``no_socks``, imported first by ``transport``, imports nothing of ours.

A module never imports one to its right; tests/core/test_import_cycles.py enforces that there
is no import cycle anywhere in the package. This package re-exports the public names, so
``from vipps_desktop.core.net import fetch, HttpFailure`` is all a caller needs.
"""

from __future__ import annotations

from typing import Any

from vipps_desktop.core.net.client import (
    HttpResponse,
    classify,
    failure_for_status,
    fetch,
    make_session,
    parse_json,
    session_for,
)
from vipps_desktop.core.net.endpoints import (
    ENV_BRREG_URL,
    ENV_CRIIPTO_URL_TEMPLATE,
    ENV_DASHBOARD_URL,
    ENV_VIPPS_API_URL,
    ENV_VIPPS_TEST_API_URL,
    brreg_url,
    criipto_url,
    dashboard_url,
    provider_page_url,
    vipps_api_url,
)
from vipps_desktop.core.net.errors import (
    FAILURE_KINDS,
    CancelToken,
    FailureKind,
    HttpFailure,
)
from vipps_desktop.core.net.policy import (
    DEFAULT_DEADLINE,
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    ENV_DEADLINE,
    MAX_REDIRECTS,
    USER_AGENT,
    deadline_seconds,
    is_loopback_host,
)

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIMEOUT",
    "ENV_BRREG_URL",
    "ENV_CRIIPTO_URL_TEMPLATE",
    "ENV_DASHBOARD_URL",
    "ENV_DEADLINE",
    "ENV_VIPPS_API_URL",
    "ENV_VIPPS_TEST_API_URL",
    "FAILURE_KINDS",
    "MAX_REDIRECTS",
    "USER_AGENT",
    "CancelToken",
    "FailureKind",
    "HttpFailure",
    "HttpResponse",
    "HttpSession",
    "brreg_url",
    "classify",
    "criipto_url",
    "dashboard_url",
    "deadline_seconds",
    "failure_for_status",
    "fetch",
    "is_loopback_host",
    "make_session",
    "parse_json",
    "provider_page_url",
    "session_for",
    "vipps_api_url",
]


def __getattr__(name: str) -> Any:
    """`net.HttpSession` without importing requests along with the package (PEP 562)."""
    if name == "HttpSession":
        from vipps_desktop.core.net.transport import HttpSession

        return HttpSession
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
