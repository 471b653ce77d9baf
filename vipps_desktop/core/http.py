"""The one way this app talks HTTP: a hardened `requests.Session` and a `fetch()` around it.

What every request gets, whoever sends it:

* a connect and a read timeout (`DEFAULT_TIMEOUT` unless the session was made with others);
* ``User-Agent: vipps-desktop/<version>``;
* HTTPS only. Plain http is refused before anything is sent unless the host is loopback
  (127.0.0.0/8, ::1, ``localhost``), which is what the tests and local mock servers use. The
  check sits in `HttpSession.send`, so it also covers every redirect hop;
* TLS verification on. A request asking for ``verify=False`` is a programming error
  (`ValueError`); a CA bundle path (``REQUESTS_CA_BUNDLE``, for company proxies) is still
  verification and is allowed;
* no credentials from ``~/.netrc`` (requests would add them silently);
* retries for GET and HEAD only: dropped or refused connections, 429 (honouring Retry-After up
  to `retry_after_max` seconds) and 500/502/503/504 with exponential backoff. Timeouts and
  unknown host names are not retried: the user would only wait longer for the same answer.
  Nothing else (POST in particular) is ever retried.

The requests/urllib3 classes live in `transport`, imported by the first `make_session()`:
importing this module (every page with an online check does) does not load requests.

`fetch()` adds what a bare session cannot: the body is streamed and capped at `max_bytes`
(``too_large``), redirects are followed by hand (GET/HEAD only, at most five hops, each hop
checked again), a `CancelToken` is honoured, and every failure becomes one `HttpFailure` with a
`kind` the UI can branch on and a `Message` code it can translate.

Base URLs come from environment variables so tests and staging can point the app elsewhere; see
``docs/environment.md``.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, get_args
from urllib.parse import urljoin, urlsplit

from vipps_desktop import __version__
from vipps_desktop.core.validators import Message

if TYPE_CHECKING:
    from requests.models import Response

    from vipps_desktop.core.transport import HttpSession

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_TIMEOUT",
    "ENV_BRREG_URL",
    "ENV_CRIIPTO_URL_TEMPLATE",
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
    "failure_for_status",
    "fetch",
    "is_loopback_host",
    "make_session",
    "session_for",
    "vipps_api_url",
]

USER_AGENT = f"vipps-desktop/{__version__}"
DEFAULT_TIMEOUT: tuple[float, float] = (5.0, 15.0)  # (connect, read) in seconds
DEFAULT_MAX_BYTES = 1024 * 1024
MAX_REDIRECTS = 5
_CHUNK = 64 * 1024

ENV_BRREG_URL = "VIPPS_DESKTOP_BRREG_URL"
ENV_VIPPS_API_URL = "VIPPS_DESKTOP_VIPPS_API_URL"
ENV_VIPPS_TEST_API_URL = "VIPPS_DESKTOP_VIPPS_TEST_API_URL"
ENV_CRIIPTO_URL_TEMPLATE = "VIPPS_DESKTOP_CRIIPTO_URL_TEMPLATE"
_DEFAULTS = {
    ENV_BRREG_URL: "https://data.brreg.no/enhetsregisteret/api",
    ENV_VIPPS_API_URL: "https://api.vipps.no",
    ENV_VIPPS_TEST_API_URL: "https://apitest.vipps.no",
    ENV_CRIIPTO_URL_TEMPLATE: "https://{domain}",
}

_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_IDEMPOTENT = frozenset({"GET", "HEAD"})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})

FailureKind = Literal[
    "offline",
    "name_not_found",
    "timeout",
    "tls",
    "server_error",
    "unexpected",
    "too_large",
    "cancelled",
    "refused_insecure",
]
FAILURE_KINDS: frozenset[str] = frozenset(get_args(FailureKind))


# --- Failures and cancellation ------------------------------------------------------------


class HttpFailure(Exception):  # noqa: N818 - the name the rest of the app uses
    """A request that gave no usable answer: `kind` to branch on, `message` to show.

    The text of the exception is the message code and its parameters, never a request body
    or header, so it is safe to log.
    """

    def __init__(
        self, kind: FailureKind, message: Message | None = None, *, status: int | None = None
    ) -> None:
        self.kind: FailureKind = kind
        self.message = message or Message.of(f"http.{kind}")
        self.status = status
        super().__init__(self.kind, self.message.code)

    def __str__(self) -> str:
        params = ", ".join(f"{k}={v}" for k, v in self.message.params)
        return f"{self.message.code} ({params})" if params else self.message.code

    def __repr__(self) -> str:
        return f"HttpFailure({self.kind!r}, {self})"


class CancelToken:
    """Set from any thread to abandon a check; the worker notices at the next checkpoint.

    Checkpoints: before sending, between body chunks, during retry waits (for a session made
    with this token), and when the answer has arrived. A blocking connect or read is not
    interrupted; the timeouts bound it.
    """

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def wait(self, seconds: float) -> bool:
        """Sleep up to `seconds`; True as soon as the token is cancelled."""
        return self._event.wait(seconds)

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise HttpFailure("cancelled")


class _CancelledError(Exception):
    """Raised inside urllib3's retry wait; turned into HttpFailure('cancelled') by fetch()."""


# --- Base URLs ------------------------------------------------------------------------------


def _env(name: str) -> str:
    return os.environ.get(name, "").strip() or _DEFAULTS[name]


def __getattr__(name: str) -> Any:
    """`http.HttpSession` without importing requests along with this module (PEP 562)."""
    if name == "HttpSession":
        from vipps_desktop.core.transport import HttpSession

        return HttpSession
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def brreg_url() -> str:
    """Enhetsregisteret API base, without a trailing slash."""
    return _env(ENV_BRREG_URL).rstrip("/")


def vipps_api_url(environment: Literal["production", "test"]) -> str:
    """Vipps API base for the environment whose keys are being checked."""
    name = ENV_VIPPS_API_URL if environment == "production" else ENV_VIPPS_TEST_API_URL
    return _env(name).rstrip("/")


def criipto_url(domain: str) -> str:
    """Where to reach a Criipto/Idura domain: the template with ``{domain}`` filled in."""
    return _env(ENV_CRIIPTO_URL_TEMPLATE).replace("{domain}", domain).rstrip("/")


# --- Scheme policy --------------------------------------------------------------------------


def is_loopback_host(host: str | None) -> bool:
    if not host:
        return False
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    import ipaddress

    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def _safe_url(url: str) -> str:
    """`url` without user info, query or fragment: fit for a message."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "?"
    return f"{parts.scheme}://{host}{port}{parts.path}"


def _check_scheme(url: str | None) -> None:
    parts = urlsplit(url or "")
    scheme = parts.scheme.lower()
    if scheme == "https":
        return
    if scheme == "http" and is_loopback_host(parts.hostname):
        return
    message = Message.of("http.refused_insecure", url=_safe_url(url or ""))
    raise HttpFailure("refused_insecure", message)


# --- Session --------------------------------------------------------------------------------


def make_session(
    *,
    timeout: tuple[float, float] = DEFAULT_TIMEOUT,
    retries: int = 3,
    backoff_factor: float = 0.5,
    backoff_max: float = 8.0,
    retry_after_max: float = 10.0,
    max_bytes: int = DEFAULT_MAX_BYTES,
    cancel: CancelToken | None = None,
) -> HttpSession:
    """A session with the app's HTTP rules. Close it (or use it as a context manager).

    `retries` and the backoff apply to GET/HEAD only; tests pass ``retries=0`` or a tiny
    `backoff_factor` to stay fast. `cancel` interrupts retry waits as well. The first call
    imports requests and urllib3 (`transport`).
    """
    from vipps_desktop.core.transport import HttpSession, _Retry

    retry = _Retry(
        total=retries,
        connect=retries,
        read=retries,
        status=retries,
        other=0,  # TLS failures and the like: a second try gives the same answer
        allowed_methods=_IDEMPOTENT,
        status_forcelist=_RETRY_STATUSES,
        backoff_factor=backoff_factor,
        backoff_max=backoff_max,
        respect_retry_after_header=True,
        raise_on_status=False,  # hand back the last answer; fetch() classifies it
        retry_after_cap=retry_after_max,
        cancel=cancel,
    )
    return HttpSession(timeout=timeout, max_bytes=max_bytes, cancel=cancel, retry=retry)


@contextmanager
def session_for(session: HttpSession | None, cancel: CancelToken | None) -> Iterator[HttpSession]:
    """The caller's session as is, or a fresh one (closed afterwards) that obeys `cancel`."""
    if session is not None:
        yield session
        return
    with make_session(cancel=cancel) as fresh:
        yield fresh


# --- fetch ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class HttpResponse:
    """A complete, size-capped answer. Any status: the caller decides what a 404 means."""

    status: int
    url: str
    headers: Mapping[str, str] = field(repr=False)
    body: bytes = field(repr=False)

    def json(self) -> Any:
        """The body parsed as JSON; `ValueError` when it is not JSON."""
        return json.loads(self.body)

    def json_object(self) -> dict[str, Any] | None:
        """The body when it is a JSON object, else None."""
        try:
            data = self.json()
        except ValueError:
            return None
        return data if isinstance(data, dict) else None


def fetch(
    session: HttpSession,
    method: str,
    url: str,
    *,
    headers: Mapping[str, str] | None = None,
    data: Mapping[str, str] | None = None,
    cancel: CancelToken | None = None,
    follow_redirects: bool = True,
    raise_server_errors: bool = True,
) -> HttpResponse:
    """Send one request and return the whole answer, or raise `HttpFailure`.

    A 5xx or 429 still standing after the retries raises ``server_error`` unless
    `raise_server_errors` is False; every other status is returned for the caller to judge.
    Redirects are followed for GET/HEAD only (a POST carrying credentials is never re-sent to
    another address). `cancel` defaults to the session's token.
    """
    import requests
    import urllib3.exceptions
    from requests.structures import CaseInsensitiveDict

    token = cancel or session.cancel
    method = method.upper()
    follow = follow_redirects and method in _IDEMPOTENT
    try:
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            if token is not None:
                token.raise_if_cancelled()
            _check_scheme(current)
            response = session.request(
                method,
                current,
                headers=dict(headers or {}),
                data=dict(data) if data is not None else None,
                stream=True,
                allow_redirects=False,
            )
            with response:
                location = response.headers.get("Location")
                if follow and response.status_code in _REDIRECTS and location:
                    nxt = urljoin(response.url, location)
                    if urlsplit(nxt).hostname != urlsplit(current).hostname and headers:
                        headers = {k: v for k, v in headers.items()
                                   if k.lower() != "authorization"}
                    current = nxt
                    continue
                body = _read_capped(response, session.max_bytes, token)
                result = HttpResponse(
                    status=response.status_code,
                    url=response.url,
                    headers=CaseInsensitiveDict(response.headers),
                    body=body,
                )
            if token is not None:
                token.raise_if_cancelled()
            if raise_server_errors and (result.status >= 500 or result.status == 429):
                raise failure_for_status(result)
            return result
        raise HttpFailure("unexpected", Message.of("http.too_many_redirects", limit=MAX_REDIRECTS))
    except HttpFailure:
        raise
    except _CancelledError:
        raise HttpFailure("cancelled") from None
    except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
        raise classify(exc) from exc


def _read_capped(response: Response, limit: int, token: CancelToken | None) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise HttpFailure("too_large", Message.of("http.too_large", limit=limit))
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_content(_CHUNK):
        if token is not None:
            token.raise_if_cancelled()
        size += len(chunk)
        if size > limit:
            raise HttpFailure("too_large", Message.of("http.too_large", limit=limit))
        chunks.append(chunk)
    return b"".join(chunks)


def failure_for_status(response: HttpResponse) -> HttpFailure:
    """The failure for an answer the caller has no use for: 5xx and 429 are the server's."""
    if response.status >= 500 or response.status == 429:
        return HttpFailure("server_error", Message.of("http.server_error", status=response.status),
                           status=response.status)
    return HttpFailure("unexpected", Message.of("http.unexpected_status", status=response.status),
                       status=response.status)


# --- Exception mapping ----------------------------------------------------------------------


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """`exc` and everything it wraps: causes, contexts, args and urllib3's `reason`."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo and len(seen) < 50:
        current = todo.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        inner: list[object] = [getattr(current, "reason", None), getattr(current, "_reason", None),
                               current.__cause__,
                               current.__context__, *current.args]
        todo.extend(e for e in inner if isinstance(e, BaseException))


def classify(exc: BaseException) -> HttpFailure:
    """Map a requests/urllib3/socket exception to one `HttpFailure`."""
    import socket
    import ssl

    import requests
    import urllib3.exceptions

    chain = list(_chain(exc))

    def has(*types: type[BaseException]) -> BaseException | None:
        return next((e for e in chain if isinstance(e, types)), None)

    def fail(kind: FailureKind, code: str | None = None, **params: object) -> HttpFailure:
        return HttpFailure(kind, Message.of(code or f"http.{kind}", **params))

    if found := has(HttpFailure):
        assert isinstance(found, HttpFailure)
        return found
    if has(_CancelledError):
        return fail("cancelled")
    if has(ssl.SSLError, ssl.CertificateError, urllib3.exceptions.SSLError,
           requests.exceptions.SSLError):
        verify = has(ssl.SSLCertVerificationError)
        return fail("tls", "http.tls_certificate" if verify else "http.tls")
    name_error = has(urllib3.exceptions.NameResolutionError, socket.gaierror)
    if name_error is not None:
        gai = has(socket.gaierror)
        if isinstance(gai, socket.gaierror) and gai.errno == socket.EAI_AGAIN:
            return fail("offline")  # "temporary failure in name resolution": no network/DNS
        host = getattr(name_error, "_host", None) or _host_of(exc)
        return fail("name_not_found", host=host)
    if has(requests.exceptions.ConnectTimeout) or _connect_timeout(chain):
        return fail("timeout", phase="connect")
    # NewConnectionError subclasses urllib3's ConnectTimeoutError: test it before timeouts.
    if has(urllib3.exceptions.NewConnectionError, ConnectionRefusedError):
        return fail("offline")
    if has(requests.exceptions.Timeout, urllib3.exceptions.TimeoutError, TimeoutError):
        return fail("timeout", phase="read")
    if has(requests.exceptions.RetryError, urllib3.exceptions.ResponseError):
        return fail("server_error")
    if has(requests.exceptions.TooManyRedirects):
        return fail("unexpected", "http.too_many_redirects", limit=MAX_REDIRECTS)
    if has(urllib3.exceptions.ProtocolError, ConnectionResetError, ConnectionAbortedError,
           requests.exceptions.ChunkedEncodingError):
        # The server (or something on the way) accepted the connection and hung up.
        return fail("server_error", "http.dropped")
    if has(requests.exceptions.ConnectionError, OSError):
        return fail("offline")
    return fail("unexpected", "http.unexpected", error=type(exc).__name__)


def _connect_timeout(chain: list[BaseException]) -> bool:
    import urllib3.exceptions

    return any(
        isinstance(e, urllib3.exceptions.ConnectTimeoutError)
        and not isinstance(e, urllib3.exceptions.NewConnectionError)
        for e in chain
    )


def _host_of(exc: BaseException) -> str:
    request = getattr(exc, "request", None)
    url = getattr(request, "url", None)
    if isinstance(url, str):
        return urlsplit(url).hostname or ""
    return ""
