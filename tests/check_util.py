"""Run an installed `vipps-desktop check` (source install, .deb, bundle) against loopback
stand-ins for Idura, Vipps and Brønnøysund, once for each exit status."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from chain_servers import APP_CALLBACK, APP_CLIENT_ID, DOMAIN, VIPPS_CLIENT_ID, serve_chain
from loopback import closed_port, json_reply

ORG = "923609016"
ACTIVE = {
    "organisasjonsnummer": ORG,
    "navn": "EQUINOR ASA",
    "konkurs": False,
    "underAvvikling": False,
    "underTvangsavviklingEllerTvangsopplosning": False,
    "organisasjonsform": {"kode": "ASA", "beskrivelse": "Allmennaksjeselskap"},
}
APP = ["--app-client-id", APP_CLIENT_ID, "--app-callback-url", APP_CALLBACK]


def discovery() -> dict[str, str]:
    base = f"https://{DOMAIN}"
    return {
        "issuer": base,
        "authorization_endpoint": base + "/oauth2/authorize",
        "token_endpoint": base + "/oauth2/token",
        "jwks_uri": base + "/.well-known/jwks",
    }


def exit_statuses(
    command: list[str], monkeypatch: pytest.MonkeyPatch, profile: Path
) -> dict[str, tuple[int, str]]:
    """`command` (e.g. ["/usr/bin/vipps-desktop", "check"]) for: all OK, a problem, a network
    failure, a usage error: each case's exit status and first line of output."""
    seen: dict[str, tuple[int, str]] = {}
    with serve_chain(monkeypatch) as chain:
        chain.idura.route(
            "GET", f"/{DOMAIN}/.well-known/openid-configuration", json_reply(200, discovery())
        )
        chain.idura.route("GET", f"/brreg/enheter/{ORG}", json_reply(200, ACTIVE))
        env = {
            **os.environ,
            "VIPPS_DESKTOP_BRREG_URL": chain.idura.url + "/brreg",
            "VIPPS_DESKTOP_PROFILE_DIR": str(profile),
            "LANG": "C.UTF-8",
        }
        values = ["--domain", DOMAIN, "--org-number", ORG, *APP, "--lang", "en"]

        def run(case: str, argv: list[str], **extra: str) -> None:
            done = subprocess.run(
                [*command, *argv],
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
                env={**env, **extra},
            )
            lines = (done.stdout or done.stderr).splitlines()
            seen[case] = (done.returncode, lines[0] if lines else "")

        run("ok", values)
        chain.production.clients[VIPPS_CLIENT_ID] = []
        run("problem", values)
        chain.production.clients[VIPPS_CLIENT_ID] = [chain.idura_app.redirect_uri]
        run("offline", values, VIPPS_DESKTOP_BRREG_URL=f"http://127.0.0.1:{closed_port()}/x")
        run("usage", ["--domain", DOMAIN, "--client-secret", "x"])
        chain.assert_no_secret()
    return seen


def assert_every_status(seen: dict[str, tuple[int, str]]) -> None:
    assert seen["ok"][0] == 0 and seen["ok"][1].startswith(f"{DOMAIN}: All OK on "), seen
    assert seen["problem"][0] == 1 and "Problems found" in seen["problem"][1], seen
    assert seen["offline"][0] == 2 and "could not run" in seen["offline"][1], seen
    assert seen["usage"][0] == 64 and "client secret" in seen["usage"][1], seen
