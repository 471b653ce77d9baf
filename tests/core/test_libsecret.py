"""The libsecret keyring backend against a REAL keychain (the private GNOME Keyring that
scripts/keyring-session.sh starts), checked with independent clients: keyring's own
SecretService backend (SecretStorage), secret-tool, and SecretStorage directly.

Run: scripts/keyring-session.sh python -m pytest tests/core/test_libsecret.py

The session's encryption: libsecret offers "dh-ietf1024-sha256-aes128-cbc-pkcs7" and would fall
back to "plain" only if the service refused it (libsecret/secret-session.c, 0.20.5); the
backend checks the algorithm of the very session it uses and refuses anything else
(`_service()`). `test_the_session_is_encrypted` reads that algorithm back from libsecret after
real calls; forcing a service that refuses encryption would need a fake Secret Service, which
these tests do not have.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from typing import Any

import keychain_util as kc
import pytest
import secretstorage
from keyring.backends import SecretService
from keyring.errors import KeyringError, KeyringLocked, PasswordDeleteError
from test_secrets import REPO, run_python

from vipps_desktop.core import libsecret

SERVICE = kc.SERVICE
pytestmark = kc.requires_keychain


@pytest.fixture
def user() -> Iterator[str]:
    """An account name of its own per test; its entries are removed afterwards."""
    name = f"t{uuid.uuid4().hex[:8]} client secret"
    yield name
    if kc.is_locked():
        kc.unlock()
    kc.delete_outside_app(name)


def keyrings_backend() -> Any:
    """keyring's own SecretService backend (not annotated: Any)."""
    return SecretService.Keyring()  # type: ignore[no-untyped-call]


def new_secret() -> str:
    return "Zq9" + uuid.uuid4().hex[:21] + "="


def items(username: str) -> list[tuple[str, dict[str, str]]]:
    """(label, attributes) of every item for `username`, read by SecretStorage."""
    with closing(secretstorage.dbus_init()) as connection:
        collection = secretstorage.get_default_collection(connection)
        found = collection.search_items({"service": SERVICE, "username": username})
        return [(item.get_label(), item.get_attributes()) for item in found]


def test_save_read_replace_delete(user: str) -> None:
    backend = libsecret.Keyring()
    secret = new_secret()
    assert backend.get_password(SERVICE, user) is None
    backend.set_password(SERVICE, user, secret)
    assert backend.get_password(SERVICE, user) == secret
    backend.set_password(SERVICE, user, secret + "x")  # replaces, does not add
    assert backend.get_password(SERVICE, user) == secret + "x"
    assert len(items(user)) == 1
    backend.delete_password(SERVICE, user)
    assert backend.get_password(SERVICE, user) is None
    assert items(user) == []
    with pytest.raises(PasswordDeleteError):
        backend.delete_password(SERVICE, user)


def test_entries_are_the_ones_keyrings_secret_service_backend_writes(user: str) -> None:
    libsecret.Keyring().set_password(SERVICE, user, new_secret())
    [(label, attributes)] = items(user)
    assert label == f"Password for '{user}' on '{SERVICE}'"
    # No schema name of ours. GNOME Keyring itself now and then reports the item type that
    # libsecret sends for a schema-less item ("org.freedesktop.Secret.Generic") as an
    # "xdg:schema" attribute (seen in 1 of 3 whole-suite runs, never alone); that one is the
    # daemon's, and keyring's backend still replaces the entry (below).
    if attributes.get("xdg:schema") == "org.freedesktop.Secret.Generic":
        del attributes["xdg:schema"]
    assert attributes == {
        "application": "Python keyring library",
        "service": SERVICE,
        "username": user,
    }
    keyrings_backend().set_password(SERVICE, user, new_secret())
    assert len(items(user)) == 1  # replaced, not added beside it


def test_reads_what_keyrings_backend_saved_and_replaces_it(user: str) -> None:
    theirs = keyrings_backend()
    old = new_secret()
    theirs.set_password(SERVICE, user, old)
    ours = libsecret.Keyring()
    assert ours.get_password(SERVICE, user) == old
    ours.set_password(SERVICE, user, old + "new")
    assert len(items(user)) == 1
    assert theirs.get_password(SERVICE, user) == old + "new"
    ours.delete_password(SERVICE, user)
    assert theirs.get_password(SERVICE, user) is None


def test_secret_tool_reads_ours_and_ours_reads_secret_tools(user: str) -> None:
    secret = new_secret()
    libsecret.Keyring().set_password(SERVICE, user, secret)
    assert kc.secret_tool_lookup(user) == secret
    kc.delete_outside_app(user)
    kc.secret_tool_store(user, secret + "st")  # with an xdg:schema attribute
    assert libsecret.Keyring().get_password(SERVICE, user) == secret + "st"


@pytest.mark.parametrize(
    "secret",
    ["nøkkel-Ærlig-å 😀 \u2028 \t \"'\\ slutt", "L" + "0123456789abcdef" * 4096 + "æ"],
    ids=["unicode", "long"],
)
def test_unicode_and_long_secrets_round_trip(user: str, secret: str) -> None:
    backend = libsecret.Keyring()
    backend.set_password(SERVICE, user, secret)
    assert backend.get_password(SERVICE, user) == secret
    assert keyrings_backend().get_password(SERVICE, user) == secret


def test_locked_keychain_raises_keyring_locked_without_the_secret(
    user: str, caplog: pytest.LogCaptureFixture
) -> None:
    backend = libsecret.Keyring()
    secret = new_secret()
    backend.set_password(SERVICE, user, secret)
    caplog.set_level(logging.DEBUG)
    with kc.locked():  # headless, the keychain's unlock prompt is dismissed
        errors = []
        attempts: list[Callable[[], object]] = [
            lambda: backend.get_password(SERVICE, user),
            lambda: backend.get_password(SERVICE, user + " never saved"),  # not "nothing there"
            lambda: backend.set_password(SERVICE, user, secret + "2"),
            lambda: backend.delete_password(SERVICE, user),
        ]
        for attempt in attempts:
            with pytest.raises(KeyringLocked) as info:
                attempt()
            errors.append(info.value)
        assert kc.is_locked()
    assert backend.get_password(SERVICE, user) == secret  # untouched, readable once unlocked
    for error in errors:
        assert secret not in str(error) and secret not in repr(error)
        assert "libsecret" in str(error)
    assert secret not in caplog.text


def test_libsecret_errors_carry_domain_and_code_and_log_the_message_scrubbed(
    user: str, caplog: pytest.LogCaptureFixture
) -> None:
    from vipps_desktop.core.logs import redact

    secret = "Zq9" + uuid.uuid4().hex  # fits in a D-Bus object path
    redact(secret)
    # A collection that does not exist, named after the secret: the Secret Service's error
    # message quotes the path, so the message libsecret passes on holds the secret.
    backend = libsecret.Keyring()
    saved = libsecret.COLLECTION
    try:
        libsecret.COLLECTION = f"/org/freedesktop/secrets/collection/{secret}".encode()
        with pytest.raises(KeyringError) as info:
            backend.set_password(SERVICE, user, "whatever")
    finally:
        libsecret.COLLECTION = saved
    text = str(info.value)
    assert text.startswith("libsecret save: ")
    assert secret not in text
    assert "libsecret could not save" in caplog.text
    assert secret not in caplog.text
    assert "[redacted]" in caplog.text, caplog.text  # the message was there, scrubbed


def test_the_session_is_encrypted(user: str) -> None:
    backend = libsecret.Keyring()
    backend.set_password(SERVICE, user, new_secret())
    backend.get_password(SERVICE, user)
    # libsecret's shared service object: the one the calls above used.
    assert libsecret.session_algorithm() == "dh-ietf1024-sha256-aes128-cbc-pkcs7"


def test_calls_from_several_worker_threads(user: str) -> None:
    backend = libsecret.Keyring()
    secrets = {f"{user} {n}": new_secret() for n in range(6)}

    def round_trip(name: str) -> str | None:
        backend.set_password(SERVICE, name, secrets[name])
        value = backend.get_password(SERVICE, name)
        backend.delete_password(SERVICE, name)
        return value

    try:
        with ThreadPoolExecutor(max_workers=3) as pool:
            assert list(pool.map(round_trip, secrets)) == list(secrets.values())
    finally:
        for name in secrets:
            kc.delete_outside_app(name)


def test_without_libsecret_there_is_no_keychain_and_the_reason_says_install_it() -> None:
    """libsecret is the only Secret Service client: no fallback to SecretStorage."""
    code = """
        from vipps_desktop.core import libsecret
        libsecret.LIBRARY = "libsecret-that-is-not-there.so.0"
        from vipps_desktop.core.secrets import SecretStore, no_keychain_reason
        store = SecretStore()
        print(store.backend)
        print(no_keychain_reason().code)
    """
    result = run_python(code)
    assert result.stdout.split() == ["None", "keychain.none.no_libsecret"]
    assert "libsecret-that-is-not-there.so.0 cannot be loaded" in result.stderr
    assert "SecretService" not in result.stderr


# A Secret Service that takes the bus name and never answers (a hung daemon), on a bus of its
# own; the backend's deadline is cut to a second. GDBus's own timeout would be 25 s.
HUNG_SERVICE = """
import time
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection
from vipps_desktop.core import libsecret, secrets

hung = open_dbus_connection(bus="SESSION")
hung.send_and_get_reply(message_bus.RequestName("org.freedesktop.secrets"))
libsecret.DEADLINE_SECONDS = 1.0
started = time.monotonic()
try:
    libsecret.Keyring().get_password("Vipps Login Setup", "someone client secret")
except libsecret.NoAnswerError as exc:
    print("no answer after", round(time.monotonic() - started))
    print(secrets._translate("read", "client secret", exc).message.code)
hung.close()
"""


def test_a_keychain_that_never_answers_times_out() -> None:
    import subprocess
    import sys

    result = subprocess.run(
        ["dbus-run-session", "--", sys.executable, "-c", HUNG_SERVICE],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=REPO,
    )
    assert result.stdout.split("\n")[:2] == ["no answer after 1", "keychain.timeout"], result.stderr


def test_library_path_names_the_loaded_file() -> None:
    assert "libsecret-1.so" in libsecret.library_path()
