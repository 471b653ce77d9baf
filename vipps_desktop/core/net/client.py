"""The one way this app sends a request: `fetch()` over a hardened session, and what its
failures mean.

What every request gets, whoever sends it (rules in `policy`, enforced in `transport`):

* a connect and a read timeout (`DEFAULT_TIMEOUT` unless the session was made with others),
  and an overall deadline (`policy.deadline_seconds()`, 20 s unless
  ``VIPPS_DESKTOP_HTTP_DEADLINE`` says otherwise) that also bounds a server trickling one
  byte a second; Cancel interrupts a blocking read at once;
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
checked again), a `CancelToken` is honoured, and every failure — a hostile answer included —
becomes one `HttpFailure` with a `kind` the UI can branch on and a `Message` code it can
translate.

Base URLs live in `endpoints`; see ``docs/environment.md``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import urljoin, urlsplit

from vipps_desktop.core.message import Message
from vipps_desktop.core.net.errors import (
    CancelledError,
    CancelToken,
    DeadlineError,
    FailureKind,
    HttpFailure,
    VerificationOffError,
)
from vipps_desktop.core.net.policy import (
    CHUNK,
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT,
    IDEMPOTENT,
    MAX_REDIRECTS,
    REDIRECTS,
    RETRY_STATUSES,
    Watch,
    check_scheme,
    deadline_seconds,
    watching,
)

if TYPE_CHECKING:
    from requests.models import Response

    from vipps_desktop.core.net.transport import HttpSession

__all__ = [
    "HttpResponse",
    "classify",
    "failure_for_status",
    "fetch",
    "make_session",
    "session_for",
]


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
    deadline: float | None = None,
) -> HttpSession:
    """A session with the app's HTTP rules. Close it (or use it as a context manager).

    `retries` and the backoff apply to GET/HEAD only; tests pass ``retries=0`` or a tiny
    `backoff_factor` to stay fast. `cancel` interrupts retry waits as well. `deadline` bounds
    each `fetch()` as a whole (default: `policy.deadline_seconds()`). The first call imports
    requests and urllib3 (`transport`).
    """
    from vipps_desktop.core.net.transport import HttpSession, _Retry

    retry = _Retry(
        total=retries,
        connect=retries,
        read=retries,
        status=retries,
        other=0,  # TLS failures and the like: a second try gives the same answer
        allowed_methods=IDEMPOTENT,
        status_forcelist=RETRY_STATUSES,
        backoff_factor=backoff_factor,
        backoff_max=backoff_max,
        respect_retry_after_header=True,
        raise_on_status=False,  # hand back the last answer; fetch() classifies it
        retry_after_cap=retry_after_max,
        cancel=cancel,
    )
    return HttpSession(
        timeout=timeout,
        max_bytes=max_bytes,
        cancel=cancel,
        retry=retry,
        deadline=deadline if deadline is not None else deadline_seconds(),
    )


@contextmanager
def session_for(session: HttpSession | None, cancel: CancelToken | None) -> Iterator[HttpSession]:
    """The caller's session as is, or a fresh one (closed afterwards) that obeys `cancel`."""
    if session is not None:
        yield session
        return
    with make_session(cancel=cancel) as fresh:
        yield fresh


# --- fetch ----------------------------------------------------------------------------------


def parse_json(body: bytes | str) -> Any:
    """`json.loads` that fails only with `ValueError`: also for JSON nested so deep that the
    parser would raise `RecursionError` (``[[[[…`` a few thousand levels)."""
    try:
        return json.loads(body)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


class HttpResponse(NamedTuple):
    """A complete, size-capped answer. Any status: the caller decides what a 404 means."""

    status: int
    url: str
    headers: Mapping[str, str]
    body: bytes

    def __repr__(self) -> str:
        # Not the headers and body: long, and an answer may carry a token.
        return f"HttpResponse(status={self.status!r}, url={self.url!r})"

    def json(self) -> Any:
        """The body parsed as JSON; `ValueError` when it is not JSON (or absurdly nested)."""
        return parse_json(self.body)

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
    deadline: float | None = None,
) -> HttpResponse:
    """Send one request and return the whole answer, or raise `HttpFailure`.

    A 5xx or 429 still standing after the retries raises ``server_error`` unless
    `raise_server_errors` is False; every other status is returned for the caller to judge.
    Redirects are followed for GET/HEAD only (a POST carrying credentials is never re-sent to
    another address). `cancel` defaults to the session's token; cancelling it ends the request
    within moments, even in the middle of a read. The whole request, redirects and retries
    included, ends with ``timeout`` after `deadline` seconds (default: the session's).
    """
    token = cancel or session.cancel
    seconds = deadline if deadline is not None else getattr(session, "deadline", None)
    watch = Watch(seconds if seconds is not None else deadline_seconds(), token)
    with watching(watch):
        try:
            return _fetch(
                session, method, url, headers, data, token, follow_redirects, raise_server_errors
            )
        except HttpFailure as failure:
            raise _fired(watch) or failure from None
        except VerificationOffError:
            raise
        except (CancelledError, DeadlineError):
            raise _fired(watch) or HttpFailure("cancelled") from None
        except Exception as exc:
            fired = _fired(watch)
            if fired is not None:
                raise fired from None
            raise classify(exc) from exc


def _fired(watch: Watch) -> HttpFailure | None:
    if watch.fired == "cancelled":
        return HttpFailure("cancelled")
    if watch.fired == "deadline":
        return HttpFailure(
            "timeout", Message.of("http.timeout", phase="total", seconds=f"{watch.seconds:g}")
        )
    return None


def _fetch(
    session: HttpSession,
    method: str,
    url: str,
    headers: Mapping[str, str] | None,
    data: Mapping[str, str] | None,
    token: CancelToken | None,
    follow_redirects: bool,
    raise_server_errors: bool,
) -> HttpResponse:
    from requests.structures import CaseInsensitiveDict

    method = method.upper()
    follow = follow_redirects and method in IDEMPOTENT
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        if token is not None:
            token.raise_if_cancelled()
        check_scheme(current)
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
            if follow and response.status_code in REDIRECTS and location:
                nxt = _next_hop(response.url, location)
                if urlsplit(nxt).hostname != urlsplit(current).hostname and headers:
                    headers = {k: v for k, v in headers.items() if k.lower() != "authorization"}
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


def _next_hop(base: str, location: str) -> str:
    """Where a redirect points; a Location that is not a URL is a bad answer, not a crash."""
    try:
        nxt = urljoin(base, location)
        parts = urlsplit(nxt)
        parts.port  # noqa: B018 - raises ValueError on a malformed or out-of-range port
    except ValueError:
        raise HttpFailure("unexpected", Message.of("http.bad_answer")) from None
    check_scheme(nxt)
    return nxt


def _read_capped(response: Response, limit: int, token: CancelToken | None) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise HttpFailure("too_large", Message.of("http.too_large", limit=limit))
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_content(CHUNK):
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
        return HttpFailure(
            "server_error",
            Message.of("http.server_error", status=response.status),
            status=response.status,
        )
    return HttpFailure(
        "unexpected",
        Message.of("http.unexpected_status", status=response.status),
        status=response.status,
    )


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
        inner: list[object] = [
            getattr(current, "reason", None),
            getattr(current, "_reason", None),
            current.__cause__,
            current.__context__,
            *current.args,
        ]
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
    if has(CancelledError):
        return fail("cancelled")
    if has(DeadlineError):
        return fail("timeout", phase="total")
    if has(
        ssl.SSLError,
        ssl.CertificateError,
        urllib3.exceptions.SSLError,
        requests.exceptions.SSLError,
    ):
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
    if has(
        urllib3.exceptions.ProtocolError,
        ConnectionResetError,
        ConnectionAbortedError,
        requests.exceptions.ChunkedEncodingError,
    ):
        # The server (or something on the way) accepted the connection and hung up.
        return fail("server_error", "http.dropped")
    if has(requests.exceptions.ConnectionError, OSError):
        return fail("offline")
    if has(
        requests.exceptions.InvalidURL,
        urllib3.exceptions.LocationParseError,
        UnicodeError,
        ValueError,
    ):
        # A URL or header from the server that does not parse: a hostile or broken answer.
        return fail("unexpected", "http.bad_answer")
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
