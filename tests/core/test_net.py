"""The HTTP layer against real sockets on 127.0.0.1: retries, timeouts, caps, policy, cancel."""

from __future__ import annotations

import datetime
import gzip
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from loopback import LoopbackServer, Reply, closed_port, json_reply

from vipps_desktop import __version__
from vipps_desktop.core import net as http
from vipps_desktop.core.message import Message
from vipps_desktop.core.net import (
    CancelToken,
    HttpFailure,
    HttpSession,
    client,
    fetch,
    make_session,
)

FAST = {"timeout": (1.0, 1.0), "retries": 2, "backoff_factor": 0.0}


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as s:
        yield s


@pytest.fixture
def session() -> Iterator[HttpSession]:
    with make_session(**FAST) as s:  # type: ignore[arg-type]
        yield s


def failure(call: object, *args: object, **kwargs: object) -> HttpFailure:
    assert callable(call)
    with pytest.raises(HttpFailure) as info:
        call(*args, **kwargs)
    return info.value


# --- happy path and headers ---------------------------------------------------------------


def test_get_returns_status_headers_and_body(server: LoopbackServer, session: HttpSession) -> None:
    server.route("GET", "/x", json_reply(200, {"navn": "EQUINOR ASA"}, ETag="abc"))
    answer = fetch(session, "GET", server.url + "/x")
    assert answer.status == 200
    assert answer.json_object() == {"navn": "EQUINOR ASA"}
    assert answer.headers["etag"] == "abc"  # case-insensitive
    assert "EQUINOR" not in repr(answer)  # bodies stay out of reprs and logs


def test_user_agent_names_the_app(server: LoopbackServer, session: HttpSession) -> None:
    server.route("GET", "/x", Reply(204))
    fetch(session, "GET", server.url + "/x")
    assert server.requests[0].headers["user-agent"] == f"vipps-desktop/{__version__}"


def test_4xx_is_returned_not_raised(server: LoopbackServer, session: HttpSession) -> None:
    assert fetch(session, "GET", server.url + "/nothing").status == 404
    assert server.count() == 1  # 404 is an answer: never retried


def test_invalid_json_is_reported_by_the_response(
    server: LoopbackServer, session: HttpSession
) -> None:
    server.route("GET", "/x", Reply(200, b"<html>not json", {"Content-Type": "text/html"}))
    answer = fetch(session, "GET", server.url + "/x")
    assert answer.json_object() is None
    with pytest.raises(ValueError):
        answer.json()


def test_netrc_credentials_are_never_added(
    server: LoopbackServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login someone password hunter2\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    server.route("GET", "/x", Reply(204))
    with make_session(**FAST) as s:  # type: ignore[arg-type]
        fetch(s, "GET", server.url + "/x")
    assert "authorization" not in server.requests[0].headers


def test_loopback_never_goes_through_a_proxy(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    dead = f"http://127.0.0.1:{closed_port()}"
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.setenv(name, dead)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    server.route("GET", "/x", Reply(204))
    with make_session(**FAST) as s:  # type: ignore[arg-type]
        assert fetch(s, "GET", server.url + "/x").status == 204


# --- retries --------------------------------------------------------------------------------


def test_get_500_then_200_is_retried(server: LoopbackServer, session: HttpSession) -> None:
    server.route("GET", "/x", Reply(500), Reply(503), json_reply(200, {"ok": True}))
    assert fetch(session, "GET", server.url + "/x").json() == {"ok": True}
    assert server.count("GET", "/x") == 3


def test_get_500_always_is_a_server_error_after_all_tries(
    server: LoopbackServer, session: HttpSession
) -> None:
    server.route("GET", "/x", Reply(500, b"oops"))
    err = failure(fetch, session, "GET", server.url + "/x")
    assert err.kind == "server_error"
    assert err.message.code == "http.server_error"
    assert err.message.param("status") == "500"
    assert err.status == 500
    assert server.count("GET", "/x") == 3  # first try + retries=2


def test_server_error_can_be_returned_instead(server: LoopbackServer, session: HttpSession) -> None:
    server.route("GET", "/x", Reply(502))
    answer = fetch(session, "GET", server.url + "/x", raise_server_errors=False)
    assert answer.status == 502


def test_post_500_is_never_retried(server: LoopbackServer, session: HttpSession) -> None:
    server.route("POST", "/token", Reply(500), json_reply(200, {}))
    answer = fetch(
        session, "POST", server.url + "/token", data={"a": "b"}, raise_server_errors=False
    )
    assert answer.status == 500
    assert server.count("POST", "/token") == 1


def test_post_429_is_never_retried(server: LoopbackServer, session: HttpSession) -> None:
    server.route("POST", "/token", Reply(429, headers={"Retry-After": "1"}), Reply(200))
    err = failure(fetch, session, "POST", server.url + "/token", data={})
    assert err.kind == "server_error"
    assert server.count("POST", "/token") == 1


def test_429_honours_retry_after(server: LoopbackServer, session: HttpSession) -> None:
    server.route("GET", "/x", Reply(429, headers={"Retry-After": "1"}), Reply(204))
    assert fetch(session, "GET", server.url + "/x").status == 204
    first, second = server.matching("GET", "/x")
    assert 0.9 <= second.at - first.at < 3.0


def test_retry_after_is_capped(server: LoopbackServer) -> None:
    server.route("GET", "/x", Reply(429, headers={"Retry-After": "3600"}), Reply(204))
    with make_session(timeout=(1, 1), retries=2, backoff_factor=0, retry_after_max=0.3) as s:
        started = time.monotonic()
        assert fetch(s, "GET", server.url + "/x").status == 204
        elapsed = time.monotonic() - started
    first, second = server.matching("GET", "/x")
    assert 0.25 <= second.at - first.at < 2.0
    assert elapsed < 2.0


def test_unparsable_retry_after_falls_back_to_backoff(
    server: LoopbackServer, session: HttpSession
) -> None:
    server.route("GET", "/x", Reply(429, headers={"Retry-After": "soon"}), Reply(204))
    assert fetch(session, "GET", server.url + "/x").status == 204
    assert server.count() == 2


def test_429_always_ends_as_server_error(server: LoopbackServer) -> None:
    server.route("GET", "/x", Reply(429, headers={"Retry-After": "0"}))
    with make_session(timeout=(1, 1), retries=1, backoff_factor=0) as s:
        err = failure(fetch, s, "GET", server.url + "/x")
    assert (err.kind, err.message.param("status")) == ("server_error", "429")
    assert server.count() == 2


def test_backoff_grows_between_tries(server: LoopbackServer) -> None:
    server.route("GET", "/x", Reply(500))
    with make_session(timeout=(1, 1), retries=2, backoff_factor=0.1) as s:
        failure(fetch, s, "GET", server.url + "/x")
    times = [r.at for r in server.matching("GET", "/x")]
    assert len(times) == 3
    assert times[2] - times[1] >= 0.15  # urllib3: no wait before the first retry, then 0.2 s


# --- broken servers and networks ----------------------------------------------------------


def test_slow_answer_is_a_read_timeout_and_not_retried(server: LoopbackServer) -> None:
    server.route("GET", "/slow", Reply(200, b"{}", delay=2.0))
    with make_session(timeout=(1.0, 0.2), retries=3, backoff_factor=0) as s:
        started = time.monotonic()
        err = failure(fetch, s, "GET", server.url + "/slow")
        elapsed = time.monotonic() - started
    assert err.kind == "timeout"
    assert err.message.code == "http.timeout"
    assert err.message.param("phase") == "read"
    assert server.count() == 1
    assert elapsed < 1.5


def test_body_that_stalls_is_a_timeout(server: LoopbackServer) -> None:
    server.route("GET", "/slow", Reply(200, b"{}", body_delay=2.0))
    with make_session(timeout=(1.0, 0.2), retries=0) as s:
        err = failure(fetch, s, "GET", server.url + "/slow")
    assert err.kind == "timeout"


def test_dropped_connection_is_retried_then_reported(
    server: LoopbackServer, session: HttpSession
) -> None:
    server.route("GET", "/x", Reply(drop=True))
    err = failure(fetch, session, "GET", server.url + "/x")
    assert (err.kind, err.message.code) == ("server_error", "http.dropped")
    assert server.count() == 3


def test_dropped_connection_then_answer_recovers(
    server: LoopbackServer, session: HttpSession
) -> None:
    server.route("GET", "/x", Reply(drop=True), Reply(204))
    assert fetch(session, "GET", server.url + "/x").status == 204


def test_dropped_post_is_not_retried(server: LoopbackServer, session: HttpSession) -> None:
    server.route("POST", "/x", Reply(drop=True))
    err = failure(fetch, session, "POST", server.url + "/x", data={"a": "b"})
    assert err.kind == "server_error"
    assert server.count() == 1


def test_refused_connection_is_offline(session: HttpSession) -> None:
    err = failure(fetch, session, "GET", f"http://127.0.0.1:{closed_port()}/x")
    assert (err.kind, err.message.code) == ("offline", "http.offline")


def test_unknown_host_name_is_name_not_found(session: HttpSession) -> None:
    host = "no-such-host.invalid"  # RFC 2606: never resolves
    try:
        socket.getaddrinfo(host, 443)
    except socket.gaierror as exc:
        if exc.errno == socket.EAI_AGAIN:
            pytest.skip("no DNS here: the resolver cannot tell 'unknown' from 'offline'")
    err = failure(fetch, session, "GET", f"https://{host}/x")
    assert (err.kind, err.message.code) == ("name_not_found", "http.name_not_found")
    assert err.message.param("host") == host


def test_temporary_dns_failure_means_offline() -> None:
    exc = socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")
    assert http.classify(exc).kind == "offline"


def test_https_to_a_plain_http_port_is_a_tls_failure(
    server: LoopbackServer, session: HttpSession
) -> None:
    server.route("GET", "/x", Reply(204))
    err = failure(fetch, session, "GET", f"https://127.0.0.1:{server.port}/x")
    assert (err.kind, err.message.code) == ("tls", "http.tls")


def test_untrusted_certificate_is_a_tls_failure(session: HttpSession, tmp_path: Path) -> None:
    context = _self_signed_context(tmp_path)
    with LoopbackServer(tls=context) as tls_server:
        tls_server.route("GET", "/x", Reply(204))
        err = failure(fetch, session, "GET", tls_server.url + "/x")
    assert (err.kind, err.message.code) == ("tls", "http.tls_certificate")


def test_verification_cannot_be_turned_off(server: LoopbackServer, session: HttpSession) -> None:
    with pytest.raises(ValueError):
        session.get(server.url + "/x", verify=False)
    session.verify = False
    with pytest.raises(ValueError):
        fetch(session, "GET", server.url + "/x")
    assert server.count() == 0


# --- size cap -------------------------------------------------------------------------------


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "until-close"])
def test_oversized_body_is_too_large(server: LoopbackServer, declared: bool) -> None:
    server.route("GET", "/big", Reply(200, b"x" * 5000, length=declared))
    with make_session(timeout=(1, 1), retries=0, max_bytes=4096) as s:
        err = failure(fetch, s, "GET", server.url + "/big")
    assert (err.kind, err.message.code) == ("too_large", "http.too_large")
    assert err.message.param("limit") == "4096"


def test_body_exactly_at_the_cap_is_fine(server: LoopbackServer) -> None:
    server.route("GET", "/big", Reply(200, b"x" * 4096, length=False))
    with make_session(timeout=(1, 1), retries=0, max_bytes=4096) as s:
        assert len(fetch(s, "GET", server.url + "/big").body) == 4096


def test_cap_applies_to_the_decompressed_body(server: LoopbackServer) -> None:
    bomb = gzip.compress(b"{" + b" " * 200_000 + b"}")
    assert len(bomb) < 4096
    server.route("GET", "/gz", Reply(200, bomb, {"Content-Encoding": "gzip"}))
    with make_session(timeout=(1, 1), retries=0, max_bytes=4096) as s:
        assert failure(fetch, s, "GET", server.url + "/gz").kind == "too_large"


def test_default_cap_is_one_mebibyte() -> None:
    with make_session() as s:
        assert s.max_bytes == 1024 * 1024
        assert s.timeout == http.DEFAULT_TIMEOUT


# --- https only -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://example.com/x",
        "http://10.0.0.1/x",
        "ftp://127.0.0.1/x",
        "http://127.0.0.1.example.com/x",
    ],
)
def test_plain_http_is_refused_for_non_loopback_hosts(session: HttpSession, url: str) -> None:
    err = failure(fetch, session, "GET", url)
    assert (err.kind, err.message.code) == ("refused_insecure", "http.refused_insecure")


def test_refusal_also_holds_for_direct_session_use(session: HttpSession) -> None:
    assert failure(session.get, "http://example.com/").kind == "refused_insecure"


def test_refused_url_in_message_has_no_user_info(session: HttpSession) -> None:
    err = failure(fetch, session, "GET", "http://user:pw@example.com/p?secret=1")
    assert err.message.param("url") == "http://example.com/p"


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.5.6.7", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("LOCALHOST", True),
        ("::ffff:127.0.0.1", True),
        ("128.0.0.1", False),
        ("example.com", False),
        ("localhost.example.com", False),
        ("", False),
        (None, False),
        ("0.0.0.0", False),
    ],
)
def test_is_loopback_host(host: str | None, loopback: bool) -> None:
    assert http.is_loopback_host(host) is loopback


def test_redirects_are_followed_on_loopback(server: LoopbackServer, session: HttpSession) -> None:
    server.route("GET", "/old", Reply(301, headers={"Location": "/new"}))
    server.route("GET", "/new", Reply(204))
    answer = fetch(session, "GET", server.url + "/old")
    assert (answer.status, answer.url) == (204, server.url + "/new")


def test_redirect_to_plain_http_elsewhere_is_refused(
    server: LoopbackServer, session: HttpSession
) -> None:
    server.route("GET", "/x", Reply(302, headers={"Location": "http://example.com/"}))
    assert failure(fetch, session, "GET", server.url + "/x").kind == "refused_insecure"
    # requests' own redirect handling (session.get) is held to the same rule
    assert failure(session.get, server.url + "/x").kind == "refused_insecure"


def test_redirect_loop_stops(server: LoopbackServer, session: HttpSession) -> None:
    server.route("GET", "/x", Reply(302, headers={"Location": "/x"}))
    err = failure(fetch, session, "GET", server.url + "/x")
    assert (err.kind, err.message.code) == ("unexpected", "http.too_many_redirects")
    assert server.count() == http.MAX_REDIRECTS + 1


def test_post_redirect_is_not_followed(server: LoopbackServer, session: HttpSession) -> None:
    server.route("POST", "/x", Reply(307, headers={"Location": "/y"}))
    assert fetch(session, "POST", server.url + "/x", data={"a": "b"}).status == 307
    assert server.count("POST", "/y") == 0


# --- cancellation ---------------------------------------------------------------------------


def test_cancelled_before_sending_sends_nothing(
    server: LoopbackServer, session: HttpSession
) -> None:
    token = CancelToken()
    token.cancel()
    err = failure(fetch, session, "GET", server.url + "/x", cancel=token)
    assert (err.kind, err.message.code) == ("cancelled", "http.cancelled")
    assert server.count() == 0


def test_cancelled_while_waiting_for_the_answer(
    server: LoopbackServer, session: HttpSession
) -> None:
    token = CancelToken()

    def answer(_request: object) -> Reply:
        token.cancel()  # the user clicks Cancel while the server is thinking
        return Reply(204)

    server.route("GET", "/x", handler=answer)
    assert failure(fetch, session, "GET", server.url + "/x", cancel=token).kind == "cancelled"


def test_cancel_interrupts_a_retry_wait(server: LoopbackServer) -> None:
    server.route("GET", "/x", Reply(503, headers={"Retry-After": "5"}))
    token = CancelToken()
    timer = threading.Timer(0.2, token.cancel)
    with make_session(timeout=(1, 1), retries=3, retry_after_max=5, cancel=token) as s:
        started = time.monotonic()
        timer.start()
        err = failure(fetch, s, "GET", server.url + "/x")
        elapsed = time.monotonic() - started
    timer.join()
    assert err.kind == "cancelled"
    assert elapsed < 2.0
    assert server.count() == 1


def test_cancel_between_body_chunks(server: LoopbackServer) -> None:
    token = CancelToken()
    server.route("GET", "/big", Reply(200, b"x" * 300_000))
    with make_session(timeout=(1, 1), retries=0) as s:
        response = s.get(server.url + "/big", stream=True)
        with response:
            token.cancel()
            with pytest.raises(HttpFailure) as info:
                client._read_capped(response, 1 << 20, token)
    assert info.value.kind == "cancelled"


# --- configuration --------------------------------------------------------------------------


def test_base_urls_default_to_the_real_services(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        http.ENV_BRREG_URL,
        http.ENV_VIPPS_API_URL,
        http.ENV_VIPPS_TEST_API_URL,
        http.ENV_CRIIPTO_URL_TEMPLATE,
    ):
        monkeypatch.delenv(name, raising=False)
    assert http.brreg_url() == "https://data.brreg.no/enhetsregisteret/api"
    assert http.vipps_api_url("production") == "https://api.vipps.no"
    assert http.vipps_api_url("test") == "https://apitest.vipps.no"
    assert http.criipto_url("acme.criipto.id") == "https://acme.criipto.id"


def test_base_urls_follow_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(http.ENV_BRREG_URL, "http://127.0.0.1:9/brreg/")
    monkeypatch.setenv(http.ENV_VIPPS_API_URL, "http://127.0.0.1:9/prod")
    monkeypatch.setenv(http.ENV_VIPPS_TEST_API_URL, "http://127.0.0.1:9/test")
    monkeypatch.setenv(http.ENV_CRIIPTO_URL_TEMPLATE, "http://127.0.0.1:9/{domain}/")
    assert http.brreg_url() == "http://127.0.0.1:9/brreg"
    assert http.vipps_api_url("production") == "http://127.0.0.1:9/prod"
    assert http.vipps_api_url("test") == "http://127.0.0.1:9/test"
    assert http.criipto_url("a.criipto.id") == "http://127.0.0.1:9/a.criipto.id"
    monkeypatch.setenv(http.ENV_BRREG_URL, "  ")
    assert http.brreg_url() == "https://data.brreg.no/enhetsregisteret/api"


def test_failure_text_is_only_the_code() -> None:
    err = HttpFailure("timeout", Message.of("http.timeout", phase="read"))
    assert str(err) == "http.timeout (phase=read)"
    assert "timeout" in repr(err)
    assert HttpFailure("offline").message.code == "http.offline"


# --- helpers --------------------------------------------------------------------------------


def _self_signed_context(directory: Path) -> ssl.SSLContext:
    pytest.importorskip("cryptography")
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    (directory / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (directory / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(directory / "cert.pem", directory / "key.pem")
    return context
