"""The requests/urllib3 layer of `vipps_desktop.core.net`: the hardened session itself.

Imports `policy` and `errors`, never `client`. Kept apart so that importing `net` (and with
it every page that runs an online check) costs nothing: requests, urllib3, charset_normalizer,
idna and http.client take long to import and are loaded by `client.make_session()` on the
first request, in the worker thread that sends it. docs/performance.md has the figures.

Every connection registers with the request's `policy.Watch` (the thread's current one), so
the overall deadline and Cancel can shut its socket down in the middle of a blocking read.
"""

from __future__ import annotations

# First, before requests: without PySocks, urllib3's SOCKS module is absent (see there).
from vipps_desktop.core.net import no_socks  # noqa: F401

# isort: split
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
import requests.adapters
import requests.auth
import urllib3.exceptions
from requests.models import PreparedRequest, Response
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.util.retry import Retry

from vipps_desktop.core.net.errors import CancelledError, CancelToken, VerificationOffError
from vipps_desktop.core.net.policy import (
    IDEMPOTENT,
    MAX_REDIRECTS,
    USER_AGENT,
    check_scheme,
    current_watch,
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
            return Retry.increment(
                self.new(total=0), method, url, response, error, _pool, _stacktrace
            )
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
        watch = current_watch()
        if watch is not None:
            watch.wait(seconds)  # raises once the deadline passes or Cancel is pressed
        elif self.cancel is None:
            if seconds > 0:
                time.sleep(seconds)
        elif self.cancel.wait(max(seconds, 0.0)):
            raise CancelledError


def _not_worth_retrying(error: Exception) -> bool:
    if isinstance(error, urllib3.exceptions.NameResolutionError):
        return True
    if isinstance(error, urllib3.exceptions.NewConnectionError):
        return False  # refused, unreachable: worth another try
    return isinstance(
        error, urllib3.exceptions.ConnectTimeoutError | urllib3.exceptions.ReadTimeoutError
    )


# --- Connections the deadline can interrupt --------------------------------------------------


class _Watched:
    """Mixed into urllib3's connections: each one joins the current request's `Watch`."""

    def connect(self) -> None:
        watch = current_watch()
        if watch is not None:
            watch.check()
        super().connect()  # type: ignore[misc]
        if watch is not None:
            watch.add(getattr(self, "sock", None))  # shut at once if it fired meanwhile

    def request(self, *args: Any, **kwargs: Any) -> None:
        watch = current_watch()
        if watch is not None:
            watch.check()
            watch.add(getattr(self, "sock", None))  # a pooled connection: connect() is past
        super().request(*args, **kwargs)  # type: ignore[misc]


class _WatchedHTTPConnection(_Watched, HTTPConnection):
    pass


class _WatchedHTTPSConnection(_Watched, HTTPSConnection):
    pass


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


_POOLS = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


class _WatchedAdapter(requests.adapters.HTTPAdapter):
    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if not proxy.lower().startswith("socks"):
            manager.pool_classes_by_scheme = _POOLS
        return manager


class _MethodAdapter(requests.adapters.BaseAdapter):
    """Sends GET/HEAD through a retrying pool and everything else through one that never retries.

    requests can only mount adapters by URL prefix, not by method, hence the routing here.
    """

    def __init__(self, retry: Retry) -> None:
        super().__init__()
        self._idempotent = _WatchedAdapter(max_retries=retry)
        self._once = _WatchedAdapter(
            max_retries=Retry(
                total=0,
                connect=0,
                read=False,
                status=0,
                other=0,
                redirect=False,
                raise_on_status=False,
            )
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
        adapter = self._idempotent if (request.method or "").upper() in IDEMPOTENT else self._once
        return adapter.send(
            request, stream=stream, timeout=timeout, verify=verify, cert=cert, proxies=proxies
        )

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
        deadline: float,
    ) -> None:
        super().__init__()
        self.timeout = timeout
        self.deadline = deadline
        self.max_bytes = max_bytes
        self.cancel = cancel
        self.max_redirects = MAX_REDIRECTS
        self.headers["User-Agent"] = USER_AGENT
        self.auth = _NoNetrc()
        adapter = _MethodAdapter(retry)
        self.mount("https://", adapter)
        self.mount("http://", adapter)

    def send(self, request: PreparedRequest, **kwargs: Any) -> Response:
        check_scheme(request.url)
        if self.verify is False or kwargs.get("verify") is False:
            raise VerificationOffError("TLS certificate verification cannot be turned off")
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self.timeout
        watch = current_watch()
        if watch is not None:
            # No single wait may outlast the request's overall deadline.
            watch.check()
            left = max(watch.remaining(), 0.05)
            timeout = kwargs["timeout"]
            connect, read = timeout if isinstance(timeout, tuple) else (timeout, timeout)
            kwargs["timeout"] = (min(connect or left, left), min(read or left, left))
        if is_loopback_host(urlsplit(request.url or "").hostname):
            kwargs["proxies"] = {}  # a corporate proxy must never see the local test server
        return super().send(request, **kwargs)

    def get_redirect_target(self, resp: Response) -> str | None:
        # requests parses the Location header of every redirect, even with
        # allow_redirects=False, and a hostile one ("http://[oops/x", a port of 99999) raises
        # ValueError out of send(). Such a Location is no redirect target at all; fetch()
        # reports it as a bad answer when it wants to follow it.
        target = super().get_redirect_target(resp)
        if target is None:
            return None
        try:
            parts = urlsplit(urljoin(resp.url or "", target))
            parts.port  # noqa: B018 - raises ValueError on a malformed or out-of-range port
        except ValueError:
            return None
        return target

    def rebuild_auth(self, prepared_request: PreparedRequest, response: Response) -> None:
        # Same as requests, minus the ~/.netrc lookup on every redirect hop.
        headers = prepared_request.headers
        if "Authorization" in headers and self.should_strip_auth(  # type: ignore[no-untyped-call]
            response.request.url or "", prepared_request.url or ""
        ):
            del headers["Authorization"]
