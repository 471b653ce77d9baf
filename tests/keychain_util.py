"""Helpers for tests that use the real (private) keychain started by scripts/keyring-session.sh.

Everything here talks to the Secret Service directly (secretstorage / secret-tool), never
through the app's code, so the tests check the app against an independent client.

Locking is the standard Secret Service `Lock` call. Unlocking without a GUI prompt uses GNOME
Keyring's own `org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface.UnlockWithMasterPassword`
with the password keyring-session.sh fed the daemon (VIPPS_TEST_KEYRING_PASSWORD), sent
encrypted over a Secret Service session like any other secret.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import closing, contextmanager

import pytest
import secretstorage
from secretstorage.util import DBusAddressWrapper, format_secret, open_session

SERVICE = "Vipps Login Setup"
ENV_FLAG = "VIPPS_TEST_KEYRING"
ENV_PASSWORD = "VIPPS_TEST_KEYRING_PASSWORD"
_GNOME_INTERNAL = "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"
_SS_PATH = "/org/freedesktop/secrets"

requires_keychain = pytest.mark.skipif(
    os.environ.get(ENV_FLAG) != "1",
    reason="needs the private GNOME Keyring: run under scripts/keyring-session.sh",
)


def has_test_keychain() -> bool:
    return os.environ.get(ENV_FLAG) == "1"


def is_locked() -> bool:
    with closing(secretstorage.dbus_init()) as connection:
        return secretstorage.get_default_collection(connection).is_locked()


def lock() -> None:
    """Lock the default collection, as the desktop does after a timeout or on screen lock."""
    with closing(secretstorage.dbus_init()) as connection:
        collection = secretstorage.get_default_collection(connection)
        collection.lock()
        assert collection.is_locked()


def unlock(password: str | None = None) -> None:
    """Unlock the default collection with its password, without any prompt."""
    password = password if password is not None else os.environ[ENV_PASSWORD]
    with closing(secretstorage.dbus_init()) as connection:
        collection = secretstorage.get_default_collection(connection)
        # The alias path (/org/freedesktop/secrets/aliases/default) is not accepted here.
        service = DBusAddressWrapper(_SS_PATH, "org.freedesktop.Secret.Service", connection)
        (path,) = service.call("ReadAlias", "s", "default")
        session = open_session(connection)
        internal = DBusAddressWrapper(_SS_PATH, _GNOME_INTERNAL, connection)
        internal.call(
            "UnlockWithMasterPassword",
            "o(oayays)",
            path,
            format_secret(session, password.encode(), "text/plain"),
        )
        assert not collection.is_locked()


@contextmanager
def locked() -> Iterator[None]:
    """Keep the keychain locked inside the block; it is unlocked again afterwards, always."""
    lock()
    try:
        yield
    finally:
        unlock()


def entries(service: str = SERVICE) -> list[dict[str, str]]:
    """The attributes of every item with this service, read by secretstorage."""
    with closing(secretstorage.dbus_init()) as connection:
        collection = secretstorage.get_default_collection(connection)
        return [item.get_attributes() for item in collection.search_items({"service": service})]


def secret_tool_accounts(service: str = SERVICE) -> list[str]:
    """The usernames `secret-tool search --all service <service>` finds (libsecret's view)."""
    tool = shutil.which("secret-tool")
    if tool is None:
        pytest.skip("secret-tool is not installed (apt-get install libsecret-tools)")
    result = subprocess.run(
        [tool, "search", "--all", "service", service],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    # Attributes come on stderr as "attribute.username = ..." (secrets on stdout).
    found = []
    for line in (result.stdout + result.stderr).splitlines():
        key, sep, value = line.partition(" = ")
        if sep and key.strip() == "attribute.username":
            found.append(value.strip())
    return sorted(found)


def delete_outside_app(account: str, service: str = SERVICE) -> int:
    """Delete items as another program would (e.g. the user in Seahorse). Returns how many."""
    with closing(secretstorage.dbus_init()) as connection:
        collection = secretstorage.get_default_collection(connection)
        items = list(collection.search_items({"service": service, "username": account}))
        for item in items:
            item.delete()
        return len(items)


def secret_tool_lookup(account: str, service: str = SERVICE) -> str | None:
    """The value `secret-tool lookup service <service> username <account>` prints, or None."""
    tool = shutil.which("secret-tool")
    if tool is None:
        pytest.skip("secret-tool is not installed (apt-get install libsecret-tools)")
    result = subprocess.run(
        [tool, "lookup", "service", service, "username", account],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    return result.stdout if result.returncode == 0 else None


def secret_tool_store(account: str, value: str, service: str = SERVICE) -> None:
    """Save an entry as another program (or an earlier version of the app) would."""
    tool = shutil.which("secret-tool")
    if tool is None:
        pytest.skip("secret-tool is not installed (apt-get install libsecret-tools)")
    subprocess.run(
        [
            tool,
            "store",
            "--label",
            f"Password for '{account}' on '{service}'",
            "service",
            service,
            "username",
            account,
            "application",
            "Python keyring library",
        ],
        input=value,
        text=True,
        timeout=30,
        check=True,
    )


def setup_accounts(setup_id: str) -> list[str]:
    """The entry names the app keeps for one setup, sorted as secret-tool lists them."""
    return sorted(f"{setup_id} {kind}" for kind in ("about", "client id", "client secret"))


def delete_all(service: str = SERVICE) -> int:
    """Delete every entry of the app's service (a test's clean slate). Returns how many."""
    with closing(secretstorage.dbus_init()) as connection:
        collection = secretstorage.get_default_collection(connection)
        items = list(collection.search_items({"service": service}))
        for item in items:
            item.delete()
        return len(items)
