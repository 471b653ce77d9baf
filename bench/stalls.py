"""How long the GUI event loop can stall while the app works: one process, three scenarios.

    python bench/stalls.py [--brreg-delay 5] [--json FILE]

bench/run.py runs this in a subprocess (its own QApplication, its own environment). A 10 ms
PreciseTimer records the time between its ticks; a tick that comes late means the GUI thread
was busy (or waiting for the GIL) for that long: a user would see a frozen window. Each
scenario reports the longest interval between two ticks (10 ms when nothing ever stalls).

(a) online check: type an organisation number; the Brønnøysund lookup runs against a loopback
    server (tests/loopback.py) that answers after `--brreg-delay` seconds;
(b) keychain: paste the client ID and secret (saved to the keychain in the background), go
    on to the next page (which reads them back). Needs a real keychain
    (scripts/keyring-session.sh); skipped without one;
(c) every page: Next from the first page to the last, Back to the first, then a jump from
    the step list (which walks through every page at once) to the last page;
(d) the chain checks (issue 11): check 1 on the credentials page, check 2 on the submit page
    and the health check on the Done page, against loopback stand-ins for Vipps' Hydra and
    Idura (tests/chain_servers.py) that each answer after `--brreg-delay` / 5 seconds.

The app is driven as a user would: keys typed one at a time with pauses, buttons clicked,
never more than one action per event-loop turn. Nothing here is timed against the wall
clock except the gaps, so a slow machine gives larger gaps, not failures.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # tests/loopback.py

from brreg_samples import ROLES, company  # noqa: E402
from chain_servers import HydraAuthorize, IduraAuthorize  # noqa: E402
from loopback import LoopbackServer, Recorded, Reply, json_reply  # noqa: E402
from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QWizard  # noqa: E402

API = "/enhetsregisteret/api"
ORG = "923609016"
DOMAIN = "bench.idura.broker"  # not the tests' domain: their keychain clean-up never sees it
CLIENT_ID = "fb492b5e-7907-4d83-bc20-c7fb60ca35de"
SECRET = "Zk3+q9/TjW1xV2aB7cD8eF0g=="
TICK_MS = 10
KEY_PAUSE_MS = 60  # between typed keys: a fast typist
CLICK_PAUSE_MS = 250  # between clicks


COMPANY = company(ORG, "EQUINOR ASA")
OIDC = {
    "issuer": f"https://{DOMAIN}",
    "authorization_endpoint": f"https://{DOMAIN}/oauth2/authorize",
    "token_endpoint": f"https://{DOMAIN}/oauth2/token",
    "jwks_uri": f"https://{DOMAIN}/.well-known/jwks",
    "acr_values_supported": ["urn:grn:authn:no:vipps"],
}


class GapMeter(QObject):
    """Ticks every 10 ms; records the longest interval between ticks while running."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self._last = 0.0
        self.gaps: list[float] = []

    def start(self) -> None:
        self.gaps = []
        self._last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now

    def stop(self) -> dict[str, Any]:
        self._tick()  # the interval up to now counts too
        self.timer.stop()
        gaps = sorted(self.gaps)
        return {
            "max_gap_ms": round(gaps[-1], 1),
            "p99_gap_ms": round(gaps[min(len(gaps) - 1, int(len(gaps) * 0.99))], 1),
            "ticks": len(gaps),
            "over_50ms": sum(1 for g in gaps if g > 50),
        }


def pause(ms: int) -> None:
    """Let the event loop run for `ms` (timers, signals, paints) as if the user waited."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition: Callable[[], bool], timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        pause(10)
    return True


def type_slowly(widget: Any, text: str) -> None:
    widget.setFocus()
    for char in text:
        QTest.keyClicks(widget, char)
        pause(KEY_PAUSE_MS)


def click(button: Any) -> float:
    """Click and return how long the click itself took (its handlers run synchronously)."""
    start = time.perf_counter()
    button.click()
    took = (time.perf_counter() - start) * 1000
    pause(CLICK_PAUSE_MS)
    return took


def has_keychain() -> bool:
    return os.environ.get("VIPPS_TEST_KEYRING") == "1"


def seed(workspace: Any, upto: str) -> None:
    """Fill every step before `upto` through the workspace API, as a user would have."""
    values: list[tuple[str, object]] = [
        ("org_number", ORG),
        ("confirm_bankid", True),
        ("confirm_signer_role", True),
        ("confirm_bank_account", True),
        ("confirm_paid_plan", True),
        ("domain", DOMAIN),
        ("sales_unit_name", "Equinor ASA"),
        ("website", "https://www.equinor.com"),
        ("order_submitted_on", "2026-11-20"),
        ("approved_on", "2026-11-24"),
        ("confirm_redirect_uri", True),
        ("confirm_keys_found", True),
    ]
    for key, value in values:
        if workspace.get(key) is None:
            workspace.set(key, value)
    workspace.set_current_step(upto)


def run(brreg_delay: float) -> dict[str, Any]:
    from vipps_desktop.ui.app import make_application, make_context
    from vipps_desktop.ui.wizard import SetupWizard

    results: dict[str, Any] = {"brreg_delay_s": brreg_delay, "tick_ms": TICK_MS}
    with LoopbackServer() as server, tempfile.TemporaryDirectory() as tmp:
        server.route(
            "GET",
            f"{API}/enheter/{ORG}",
            replace(json_reply(200, COMPANY), delay=brreg_delay),
            json_reply(200, COMPANY),
        )
        server.route("GET", f"{API}/enheter/{ORG}/roller", json_reply(200, ROLES))
        server.route("GET", f"/{DOMAIN}/.well-known/openid-configuration", json_reply(200, OIDC))
        os.environ["VIPPS_DESKTOP_BRREG_URL"] = server.url + API
        os.environ["VIPPS_DESKTOP_CRIIPTO_URL_TEMPLATE"] = server.url + "/{domain}"
        os.environ["VIPPS_DESKTOP_VIPPS_API_URL"] = server.url + "/prod"
        os.environ["VIPPS_DESKTOP_VIPPS_TEST_API_URL"] = server.url + "/test"

        app = make_application([sys.argv[0]])
        profile = Path(tmp) / "profile"
        profile.mkdir()
        ctx = make_context(profile)
        wizard = SetupWizard(ctx)
        wizard.show()
        wait_until(wizard.isVisible, 5)
        pause(300)
        meter = GapMeter()

        # (a) the Brønnøysund lookup, answered after `brreg_delay` seconds.
        ctx.workspace.new_setup()
        wizard.go_to("prerequisites")
        pause(300)
        page: Any = wizard.pages["prerequisites"]
        meter.start()
        started = time.perf_counter()
        type_slowly(page.org_number.edit, ORG)
        finished = wait_until(
            lambda: page.company.state in ("done", "failed", "cancelled"), brreg_delay + 20
        )
        took = time.perf_counter() - started
        pause(200)
        results["online_check"] = {
            **meter.stop(),
            "state": page.company.state,
            "finished": finished,
            "seconds": round(took, 2),
        }

        # (b) the keychain: save as typed, read back on the next page.
        seed(ctx.workspace, "credentials")
        wizard.go_to("credentials")
        pause(300)
        creds: Any = wizard.pages["credentials"]
        if has_keychain():
            meter.start()
            started = time.perf_counter()
            creds.client_id.setFocus()
            creds.client_id.setText(CLIENT_ID)  # a paste: one edit
            pause(KEY_PAUSE_MS * 5)
            creds.secret.setFocus()
            creds.secret.setText(SECRET)
            saved = wait_until(lambda: creds.status.kind == "ok", 30)
            next_ms = click(wizard.button(QWizard.WizardButton.NextButton))
            submit: Any = wizard.pages["submit"]
            loaded = wait_until(submit.copy_secret.isEnabled, 30)
            took = time.perf_counter() - started
            pause(200)
            results["keychain"] = {
                **meter.stop(),
                "saved": saved,
                "loaded": loaded,
                "keychain": ctx.workspace.get("credentials_keychain"),
                "next_click_ms": round(next_ms, 1),
                "seconds": round(took, 2),
            }
            wizard.go_to("credentials")
        else:
            results["keychain"] = {"skipped": "no keychain: run under scripts/keyring-session.sh"}
            # Kept in memory instead, so (c) can still pass the credentials page.
            creds.client_id.setText(CLIENT_ID)
            creds.secret.setText(SECRET)
            wait_until(lambda: bool(ctx.workspace.get("credentials_saved_at")), 30)
        pause(300)

        # (c) every page: Next to the end, Back to the start, a jump to the end.
        wizard.go_to("welcome")
        pause(300)
        meter.start()
        started = time.perf_counter()
        transitions: dict[str, float] = {}
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        back_button = wizard.back_button
        while True:
            step = wizard.current_step()
            if step == "submit" and not ctx.workspace.get("submitted_to_criipto_on"):
                ctx.workspace.set("submitted_to_criipto_on", "2026-11-26")  # as after Criipto
                pause(50)
            if not next_button.isVisible() or not next_button.isEnabled():
                break
            transitions[f"{step} → next"] = click(next_button)
            if wizard.current_step() == step:
                break
        last = wizard.current_step()
        while back_button.isVisible() and back_button.isEnabled():
            step = wizard.current_step()
            transitions[f"{step} → back"] = click(back_button)
            if wizard.current_step() == step:
                break
        jump_start = time.perf_counter()
        wizard.step_list.step_requested.emit(last)  # a click on the last step in the list
        transitions[f"jump to {last}"] = (time.perf_counter() - jump_start) * 1000
        pause(200)
        took = time.perf_counter() - started
        slowest = max(transitions.items(), key=lambda kv: kv[1]) if transitions else ("", 0.0)
        results["pages"] = {
            **meter.stop(),
            "reached": last,
            "pages_walked": len(transitions),
            "slowest": slowest[0],
            "slowest_ms": round(slowest[1], 1),
            "transitions_ms": {k: round(v, 1) for k, v in transitions.items()},
            "seconds": round(took, 2),
        }

        # (d) the chain checks, every answer held back.
        results["chain_checks"] = chain_checks(
            wizard, ctx, meter, server, max(0.5, brreg_delay / 5)
        )

        # Leave the keychain as it was.
        if has_keychain():
            assert ctx.workspace.setup is not None
            done: list[bool] = []
            worker = ctx.keychain.worker(wizard)
            ctx.keychain.discard(
                worker,
                ctx.workspace.setup,
                lambda: done.append(True),
                lambda _e: done.append(False),
            )
            wait_until(lambda: bool(done), 30)
        ctx.keychain.wait()
        wizard.close()
        ctx.clipboard.clear_secret()
        app.clipboard().clear()
        wizard.deleteLater()
        pause(50)
    return results


def chain_checks(
    wizard: Any, ctx: Any, meter: GapMeter, idura: LoopbackServer, delay: float
) -> dict[str, Any]:
    """Check 1, check 2 and the health check, each answer `delay` seconds late."""
    from chain_servers import PROD_AUTH

    app_id, app_callback = "urn:bench:app", "https://app.bench.no/callback"
    with LoopbackServer() as vipps:
        callback = f"https://{DOMAIN}/NOVippsLogin/Callback"
        hydra = HydraAuthorize(vipps, {CLIENT_ID: [callback]})

        def slow_hydra(request: Recorded) -> Reply:
            return replace(hydra(request), delay=delay)

        vipps.route("GET", PROD_AUTH, handler=slow_hydra)
        os.environ["VIPPS_DESKTOP_VIPPS_API_URL"] = vipps.url + "/prod"
        fake = IduraAuthorize(
            idura,
            vipps.url + PROD_AUTH,
            apps={app_id: [app_callback]},
            redirect_uri=callback,
        )
        # IduraAuthorize serves tests' domain; the bench has its own: route it by hand.
        idura.route(
            "GET",
            f"/{DOMAIN}/oauth2/authorize",
            handler=lambda r: replace(fake.start(r), delay=delay),
        )
        ctx.workspace.set("idura_app_client_id", app_id)
        ctx.workspace.set("idura_app_callback_url", app_callback)
        steps: dict[str, Any] = {}
        meter.start()
        started = time.perf_counter()
        wizard.go_to("credentials")
        pause(300)
        creds: Any = wizard.pages["credentials"]
        click(creds.redirect_check.button)
        steps["check1"] = (
            wait_until(lambda: creds.redirect_check.panel.state != "running", delay * 4 + 20)
            and creds.redirect_check.panel.state
        )
        wizard.go_to("submit")
        pause(300)
        submit: Any = wizard.pages["submit"]
        click(submit.chain.button)
        steps["check2"] = (
            wait_until(lambda: submit.chain.panel.state != "running", delay * 4 + 20)
            and submit.chain.panel.state
        )
        if not ctx.workspace.get("submitted_to_criipto_on"):
            ctx.workspace.set("submitted_to_criipto_on", "2026-11-26")
        wizard.go_to("done")
        pause(300)
        done: Any = wizard.pages["done"]
        click(done.health.button)
        steps["health"] = (
            wait_until(lambda: done.health.panel.state != "running", delay * 8 + 30)
            and done.health.panel.state
        )
        took = time.perf_counter() - started
        pause(200)
        return {**meter.stop(), **steps, "answer_delay_s": delay, "seconds": round(took, 2)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--brreg-delay", type=float, default=5.0)
    parser.add_argument("--json", metavar="FILE", help="write the results here as JSON")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    results = run(args.brreg_delay)
    text = json.dumps(results, indent=2, ensure_ascii=False)
    if args.json:
        Path(args.json).write_text(text + "\n", encoding="utf-8")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
