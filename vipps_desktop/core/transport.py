"""The requests/urllib3 half of `vipps_desktop.core.http`: the hardened session itself.

Kept apart so that importing `http` (and with it every page that runs an online check) costs
nothing: requests, urllib3, charset_normalizer, idna and http.client take ~60 ms to import and
are loaded by `http.make_session()` on the first request, in the worker thread that sends it.
docs/performance.md has the figures. Use it through `vipps_desktop.core.http`.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import requests
import requests.adapters
import requests.auth
import urllib3.exceptions
from requests.models import PreparedRequest, Response
from urllib3.util.retry import Retry

from vipps_desktop.core.http import (
    _IDEMPOTENT,
    MAX_REDIRECTS,
    USER_AGENT,
    CancelToken,
    _CancelledError,
    _check_scheme,
    is_loopback_host,
)

__all__ = ["HttpSession"]


# --- Retries --------------------------------------------------------------------------------


class _Retry(Retry):
    """urllib3 Retry with a float cap on Retry-After, a cancellable wait, and no retry of
    timeouts or unknown host names."""

    def __init__(
        self,
        *args: Any,
        retry_after_cap: float = 10.0,
        cancel: CancelToken | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.retry_after_cap = retry_after_cap
        self.cancel = cancel

    def new(self, **kw: Any) -> _Retry:
        kw.setdefault("retry_after_cap", self.retry_after_cap)
        kw.setdefault("cancel", self.cancel)
        new: _Retry = super().new(**kw)
        return new

    def parse_retry_after(self, retry_after: str) -> float:
        return min(super().parse_retry_after(retry_after), self.retry_after_cap)

    def increment(  # type: ignore[override]
        self,
        method: str | None = None,
        url: str | None = None,
        response: Any = None,
        error: Exception | None = None,
        _pool: Any = None,
        _stacktrace: Any = None,
    ) -> Retry:
        if error is not None and _not_worth_retrying(error):
            # Spend the whole budget at once: urllib3 raises MaxRetryError(reason=error).
            return Retry.increment(self.new(total=0), method, url, response, error, _pool,
                                   _stacktrace)
        return super().increment(method, url, response, error, _pool, _stacktrace)

    def sleep(self, response: Any = None) -> None:
        seconds: float | None = None
        if self.respect_retry_after_header and response is not None:
            try:
                seconds = self.get_retry_after(response)
            except urllib3.exceptions.InvalidHeader:
                seconds = None  # "Retry-After: soon": fall back to our own backoff
        if not seconds:
            seconds = self.get_backoff_time()
        if self.cancel is None:
            if seconds > 0:
                time.sleep(seconds)
        elif self.cancel.wait(max(seconds, 0.0)):
            raise _CancelledError


def _not_worth_retrying(error: Exception) -> bool:
    if isinstance(error, urllib3.exceptions.NameResolutionError):
        return True
    if isinstance(error, urllib3.exceptions.NewConnectionError):
        return False  # refused, unreachable: worth another try
    return isinstance(
        error, urllib3.exceptions.ConnectTimeoutError | urllib3.exceptions.ReadTimeoutError
    )


class _MethodAdapter(requests.adapters.BaseAdapter):
    """Sends GET/HEAD through a retrying pool and everything else through one that never retries.

    requests can only mount adapters by URL prefix, not by method, hence the routing here.
    """

    def __init__(self, retry: Retry) -> None:
        super().__init__()
        self._idempotent = requests.adapters.HTTPAdapter(max_retries=retry)
        self._once = requests.adapters.HTTPAdapter(
            max_retries=Retry(total=0, connect=0, read=False, status=0, other=0, redirect=False,
                              raise_on_status=False)
        )

    def send(
        self,
        request: PreparedRequest,
        stream: bool = False,
        timeout: float | tuple[float, float] | tuple[float, None] | None = None,
        verify: bool | str = True,
        cert: bytes | str | tuple[bytes | str, bytes | str] | None = None,
        proxies: Mapping[str, str] | None = None,
    ) -> Response:
        adapter = self._idempotent if (request.method or "").upper() in _IDEMPOTENT else self._once
        return adapter.send(request, stream=stream, timeout=timeout, verify=verify, cert=cert,
                            proxies=proxies)

    def close(self) -> None:
        self._idempotent.close()
        self._once.close()


class _NoNetrc(requests.auth.AuthBase):
    """A do-nothing auth: with a session auth set, requests never reads ~/.netrc."""

    def __call__(self, r: PreparedRequest) -> PreparedRequest:
        return r


# --- Session --------------------------------------------------------------------------------


class HttpSession(requests.Session):
    """A requests.Session that enforces the rules in the module docstring on every send."""

    def __init__(
        self,
        *,
        timeout: tuple[float, float],
        max_bytes: int,
        cancel: CancelToken | None,
        retry: Retry,
    ) -> None:
        super().__init__()
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.cancel = cancel
        self.max_redirects = MAX_REDIRECTS
        self.headers["User-Agent"] = USER_AGENT
        self.auth = _NoNetrc()
        adapter = _MethodAdapter(retry)
        self.mount("https://", adapter)
        self.mount("http://", adapter)

    def send(self, request: PreparedRequest, **kwargs: Any) -> Response:
        _check_scheme(request.url)
        if self.verify is False or kwargs.get("verify") is False:
            raise ValueError("TLS certificate verification cannot be turned off")
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self.timeout
        if is_loopback_host(urlsplit(request.url or "").hostname):
            kwargs["proxies"] = {}  # a corporate proxy must never see the local test server
        return super().send(request, **kwargs)

    def rebuild_auth(self, prepared_request: PreparedRequest, response: Response) -> None:
        # Same as requests, minus the ~/.netrc lookup on every redirect hop.
        headers = prepared_request.headers
        if "Authorization" in headers and self.should_strip_auth(  # type: ignore[no-untyped-call]
            response.request.url or "", prepared_request.url or ""
        ):
            del headers["Authorization"]
