"""A scriptable HTTP server on 127.0.0.1 for tests that need real sockets.

Routes map ``(METHOD, path)`` to a list of `Reply`s (served in turn, the last one repeating)
or to a function of the `Recorded` request. Unknown routes get 404 with an empty body, which
is what Brønnøysund answers for an unknown organisation number. Every request is recorded.

A `Reply` can also misbehave: wait before answering (`delay`), send the headers and stall
before the body (`body_delay`), close the socket without answering (`drop`), or omit
Content-Length so the body runs until the connection closes (`length=False`), or trickle:
send the whole answer (`trickle`) or only its body (`trickle_body`) one byte at a time, that
many seconds apart, the way a hostile or broken server keeps a read timeout from ever firing.
"""

from __future__ import annotations

import json
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

__all__ = ["LoopbackServer", "Recorded", "Reply", "json_reply"]


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    body_delay: float = 0.0
    drop: bool = False
    length: bool = True
    trickle: float = 0.0
    trickle_body: float = 0.0


def json_reply(status: int, data: Any, **headers: str) -> Reply:
    return Reply(
        status,
        json.dumps(data, ensure_ascii=False).encode(),
        {"Content-Type": "application/json", **headers},
    )


@dataclass
class Recorded:
    method: str
    path: str
    query: str
    headers: dict[str, str]  # lower-case names
    body: bytes
    at: float

    def form(self) -> dict[str, str]:
        return dict(parse_qsl(self.body.decode("ascii"), keep_blank_values=True))


Route = list[Reply] | Callable[[Recorded], Reply]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = True  # server_close() joins the handler threads: no stray sockets
    owner: LoopbackServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gave up (timeout tests) makes our late write fail; that is expected.
        pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._serve()

    def do_HEAD(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def _serve(self) -> None:
        owner = self.server.owner
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        record = Recorded(
            method=self.command,
            path=parts.path,
            query=parts.query,
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
            at=time.monotonic(),
        )
        reply = owner._reply_for(record)
        self.close_connection = True
        if reply.delay:
            owner._stopping.wait(reply.delay)
        if reply.drop:
            return
        if reply.trickle:
            head = (
                f"HTTP/1.1 {reply.status} OK\r\nContent-Length: {len(reply.body)}\r\n"
                "Connection: close\r\n\r\n"
            ).encode()
            self._trickle(head + reply.body, reply.trickle)
            return
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if reply.length:
            self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.flush()
        if reply.body_delay:
            owner._stopping.wait(reply.body_delay)
        if self.command != "HEAD":
            if reply.trickle_body:
                self._trickle(reply.body, reply.trickle_body)
            else:
                self.wfile.write(reply.body)

    def _trickle(self, data: bytes, interval: float) -> None:
        stopping = self.server.owner._stopping
        for index in range(len(data)):
            try:
                self.wfile.write(data[index : index + 1])
                self.wfile.flush()
            except OSError:
                return  # the client gave up: that is what the test wants
            if stopping.wait(interval):
                return


class LoopbackServer:
    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self._routes: dict[tuple[str, str], Route] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self.requests: list[Recorded] = []
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self.scheme = "http"
        if tls is not None:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
            self.scheme = "https"
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, daemon=True, kwargs={"poll_interval": 0.01}
        )

    @property
    def url(self) -> str:
        return f"{self.scheme}://127.0.0.1:{self.port}"

    def route(
        self,
        method: str,
        path: str,
        *replies: Reply,
        handler: Callable[[Recorded], Reply] | None = None,
    ) -> None:
        with self._lock:
            self._routes[(method.upper(), path)] = handler if handler else list(replies)

    def count(self, method: str | None = None, path: str | None = None) -> int:
        return len(self.matching(method, path))

    def matching(self, method: str | None = None, path: str | None = None) -> list[Recorded]:
        with self._lock:
            return [
                r
                for r in self.requests
                if (method is None or r.method == method) and (path is None or r.path == path)
            ]

    def _reply_for(self, record: Recorded) -> Reply:
        with self._lock:
            self.requests.append(record)
            route = self._routes.get((record.method, record.path))
            if route is None:
                return Reply(404)
            if isinstance(route, list):
                return route.pop(0) if len(route) > 1 else route[0]
        return route(record)

    def start(self) -> LoopbackServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@contextmanager
def loopback(tls: ssl.SSLContext | None = None) -> Iterator[LoopbackServer]:
    with LoopbackServer(tls) as server:
        yield server


def closed_port() -> int:
    """A loopback port nobody listens on (connections are refused)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port
