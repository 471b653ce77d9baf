"""Issue 27's figures: the Welcome overview with many setups, and `vipps-desktop check`.

    python bench/overview.py [--setups 200] [--reps 7] [--platform offscreen] [--json FILE]

1. Launch → first page shown (bench/run.py's `launch`: the app's own first-paint mark), for a
   profile holding `--setups` saved setups in every state (Welcome lists them all), beside an
   empty profile (a new user's Welcome) and the bare QWizard of bench/baseline_wizard.py.
2. In this process: the Welcome list's `refresh()` with those setups (read every file, decide
   each one's next step, sort, fill the list), and its parts.
3. Time to a verdict against loopback stand-ins for Idura, Vipps and Brønnøysund
   (tests/chain_servers.py): `vipps-desktop check --setup …` as a process, from spawn to exit;
   beside the app's own way: its launch to the first page, plus "Check this setup now" to the
   verdict shown, in a running app.

Medians of `--reps` runs, interleaved. Not a pass/fail test (tests/bench/test_bench_smoke.py
runs it with --smoke); docs/performance.md has the figures of a full run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

import run as bench_run  # noqa: E402  (bench/run.py)
from chain_servers import APP_CALLBACK, APP_CLIENT_ID, DOMAIN, start_chain  # noqa: E402
from check_util import ACTIVE, ORG, discovery  # noqa: E402
from loopback import json_reply  # noqa: E402
from overview_samples import samples  # noqa: E402

from vipps_desktop.core.state import Setup, SetupStore  # noqa: E402


def make_profile(where: Path, count: int) -> Path:
    """`count` saved setups, every state of the overview in turn, none open."""
    profile = where / "profile"
    store = SetupStore(profile)
    states = list(samples(date.today()).items())
    for i in range(count):
        _state, (data, step) = states[i % len(states)]
        data = {**data, "company_name": f"Firma {i:03d} AS", "domain": f"firma{i:03d}.idura.broker"}
        store.save(Setup(data=data, current_step=step))
    return profile


def finished_profile(where: Path) -> tuple[Path, str]:
    """One finished setup on the loopback servers' domain, with an Idura application."""
    profile = where / "check-profile"
    setup = Setup(
        data={
            "org_number": ORG,
            "company_name": "Equinor ASA",
            "domain": DOMAIN,
            "idura_app_client_id": APP_CLIENT_ID,
            "idura_app_callback_url": APP_CALLBACK,
            "submitted_to_criipto_on": "2026-11-05",
        },
        current_step="done",
    )
    SetupStore(profile).save(setup)
    return profile, setup.id


class Services:
    """Loopback Vipps (production, test), Idura and Brønnøysund, as tests/chain_servers.py's
    serve_chain() starts them; `env` points the app at them."""

    def __init__(self) -> None:
        chain, env = start_chain()
        self.vipps, self.idura = chain.vipps, chain.idura
        self.idura.route(
            "GET", f"/{DOMAIN}/.well-known/openid-configuration", json_reply(200, discovery())
        )
        self.idura.route("GET", f"/brreg/enheter/{ORG}", json_reply(200, ACTIVE))
        self.env = {**env, "VIPPS_DESKTOP_BRREG_URL": self.idura.url + "/brreg"}

    def stop(self) -> None:
        self.vipps.stop()
        self.idura.stop()


def command_ms(argv: list[str], env: dict[str, str]) -> tuple[float, int]:
    start = time.monotonic()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120, check=False)
    return (time.monotonic() - start) * 1000, done.returncode


def in_process(profile: Path, check_profile: Path, check_id: str, reps: int) -> dict[str, Any]:
    """The list's refresh with many setups, and the app's own health check to its verdict."""
    from PySide6.QtCore import QEventLoop, QTimer

    from vipps_desktop.core.overview import next_step, sort_key
    from vipps_desktop.ui.app import make_application, make_context
    from vipps_desktop.ui.pages.welcome import WelcomePage
    from vipps_desktop.ui.wizard import SetupWizard

    app = make_application([sys.argv[0]])
    ctx = make_context(profile)
    wizard = SetupWizard(ctx)
    wizard.show()
    page = wizard.pages["welcome"]
    assert isinstance(page, WelcomePage)
    refresh, load, decide = [], [], []
    for _ in range(reps):
        start = time.perf_counter()
        page.refresh()
        app.processEvents()
        refresh.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        saved = ctx.workspace.setups()
        load.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        today = date.today()
        entries = [(next_step(s.data, today, s.current_step, s.updated), s) for s in saved]
        entries.sort(key=lambda e: sort_key(e[0], e[1].updated))
        decide.append((time.perf_counter() - start) * 1000)
    listed = page.setups.count() - 1
    wizard.close()

    ctx = make_context(check_profile)
    wizard = SetupWizard(ctx)
    wizard.show()
    page = wizard.pages["welcome"]
    assert isinstance(page, WelcomePage)
    box = page.health
    checks = []
    for _ in range(reps):
        done: list[float] = []
        box.checked.connect(lambda _r, done=done: done.append(time.perf_counter()))
        start = time.perf_counter()
        box.start()
        loop = QEventLoop()
        timer = QTimer(singleShot=True, interval=20)
        while not done and time.perf_counter() - start < 30:
            timer.start()
            timer.timeout.connect(loop.quit)
            loop.exec()
        box.checked.disconnect()
        checks.append((done[0] - start) * 1000 if done else float("nan"))
    wizard.close()
    assert ctx.workspace.setup is not None and ctx.workspace.setup.id == check_id
    return {"listed": listed, "refresh": refresh, "load": load, "decide": decide, "check": checks}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--setups", type=int, default=200)
    parser.add_argument("--reps", type=int, default=7)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    parser.add_argument("--smoke", action="store_true", help="one of each, for the tests")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    reps = 1 if args.smoke else args.reps
    os.environ["QT_QPA_PLATFORM"] = args.platform
    bench_run.precompile()
    app_cmd = bench_run.app_command()
    base_cmd = [sys.executable, str(bench_run.BASELINE)]
    check_cmd = [*app_cmd, "check"]
    names = ("many", "new", "base", "many_cpu", "new_cpu", "base_cpu", "cli", "cli_help")
    figures: dict[str, list[float]] = {k: [] for k in names}
    services = Services()
    try:
        with tempfile.TemporaryDirectory(prefix="vipps-overview-") as tmp:
            where = Path(tmp)
            profile = make_profile(where, args.setups)
            check_profile, check_id = finished_profile(where)
            seeded = where / "seed"
            shutil.copytree(profile, seeded)
            env = {**bench_run.python_env(), **services.env, "QT_QPA_PLATFORM": args.platform}
            env["VIPPS_DESKTOP_PROFILE_DIR"] = str(check_profile)
            for rnd in range(reps + (0 if args.smoke else 1)):  # one warm-up round
                keep = args.smoke or rnd > 0
                many, _, _, many_cpu = bench_run.launch(app_cmd, args.platform, seed=seeded)
                new, _, _, new_cpu = bench_run.launch(app_cmd, args.platform)
                base, _, _, base_cpu = bench_run.launch(base_cmd, args.platform)
                cli, status = command_ms(
                    [*check_cmd, "--setup", DOMAIN, "--no-save", "--json"], env
                )
                assert status == 0, f"vipps-desktop check exited with {status}"
                cli_help, _ = command_ms([*check_cmd, "--help"], env)
                if keep:
                    values = (many, new, base, many_cpu, new_cpu, base_cpu, cli, cli_help)
                    for name, value in zip(names, values, strict=True):
                        figures[name].append(value)
            os.environ.update(services.env)
            inproc = in_process(profile, check_profile, check_id, reps)
    finally:
        services.stop()
    results = {"setups": args.setups, "reps": reps, **figures, **inproc}
    print(report(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


def med(values: list[float]) -> float:
    return statistics.median(values)


def report(r: dict[str, Any]) -> str:
    n = r["setups"]
    app_way = med(r["new"]) + med(r["check"])

    def launch(key: str) -> str:
        wall, cpu = med(r[key]), med(r[key + "_cpu"])
        return (
            f"{wall:.0f} ({wall / med(r['base']):.2f}x); CPU {cpu:.0f} "
            f"({cpu / med(r['base_cpu']):.2f}x)"
        )

    rows = [
        "| figure | median ms (ratio to the bare QWizard) |",
        "|---|---|",
        f"| launch → first page, bare QWizard (bench/baseline_wizard.py) | "
        f"{med(r['base']):.0f}; CPU {med(r['base_cpu']):.0f} |",
        f"| launch → first page, new user (Welcome, no setups) | {launch('new')} |",
        f"| launch → first page, Welcome listing {n} setups | {launch('many')} |",
        f"| Welcome list refresh, {r['listed']} setups (in a running app) | "
        f"{med(r['refresh']):.1f} |",
        f"| … of which reading the {n} setup files | {med(r['load']):.1f} |",
        f"| … of which deciding and sorting next steps | {med(r['decide']):.1f} |",
        f"| `vipps-desktop check --setup` to its verdict (process, loopback) | "
        f"{med(r['cli']):.0f} |",
        f"| `vipps-desktop check --help` (the command's start alone) | {med(r['cli_help']):.0f} |",
        f'| the app: "Check this setup now" to the verdict shown (running app, loopback) | '
        f"{med(r['check']):.0f} |",
        f"| the app's own way: launch to first page + the check | {app_way:.0f} |",
    ]
    return "\n".join(rows)


if __name__ == "__main__":
    sys.exit(main())
