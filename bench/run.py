"""Benchmarks: start-up, memory, responsiveness and size, each against the floor.

    scripts/keyring-session.sh xvfb-run -a .venv/bin/python bench/run.py     # the full run
    .venv/bin/python bench/run.py                       # the same: wraps itself in both
    .venv/bin/python bench/run.py --smoke               # one of each, offscreen, ~15 s
    .venv/bin/python bench/run.py --build               # rebuild bundle and .deb first
    .venv/bin/python bench/run.py --launches-only --reps 9 --compare without-x=/tmp/tree
                                        # launches only; a second source tree beside the app

`--compare NAME=DIR` measures one start-up trick: DIR holds a copy of `vipps_desktop/` (and a
`resources` link) with the trick taken out; its launches (new and returning user) are
interleaved with the app's, and the report gives the paired difference (its launch minus the
app's in the same round). `--reference DIR` starts the app from such a tree too (the same
kind of start on both sides: `python -c`, not the installed launcher).

The floor is bench/baseline_wizard.py: a bare three-page QWizard, the least a PySide6 wizard
can do. The app and the baseline run in one session with interleaved repetitions (the order
rotates every round) and every figure is a median, so the ratios hold on a noisy machine.

- launch: wall time from spawning the process to its first paint being done (the hook in
  vipps_desktop/ui/benchmark.py, used by both), unfrozen and, when built, frozen;
- peak resident memory of that run (ru_maxrss from wait4: the whole process lifetime);
- import costs (python -X importtime of the real start-up) and what each heavy package would
  add if it were imported at start;
- the longest stall of the GUI event loop (bench/stalls.py) while an online check waits 5 s
  for a loopback server, while the keychain saves and loads, and while moving through every
  page;
- size of the frozen bundle and of the .deb against the baseline frozen by the same build.spec
  (VIPPS_BUILD_BASELINE=1) and packed the same way (full mode, when build/venv exists).

It prints a table and (full mode) rewrites the part of docs/performance.md between the
``bench:begin``/``bench:end`` markers; the notes around it are kept. Not a pass/fail test:
tests/bench/test_bench_smoke.py only checks that ``--smoke`` still runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
BASELINE = BENCH / "baseline_wizard.py"
DOC = ROOT / "docs" / "performance.md"
MARK_ENV = "VIPPS_DESKTOP_BENCH_MARK"
WRAPPED_ENV = "VIPPS_BENCH_WRAPPED"
APP_BUNDLE = ROOT / "dist" / "vipps-desktop"
BASE_WORK = ROOT / "build" / "bench"
BASE_BUNDLE = BASE_WORK / "dist" / "baseline-wizard"
BUILD_PYTHON = ROOT / "build" / "venv" / "bin" / "python"
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"
# Bytecode for the measured processes, outside the source tree. Installed apps run from
# bytecode (pip compiles on install, the frozen bundle holds only bytecode); a process that
# compiles the app's sources on every start (PYTHONDONTWRITEBYTECODE=1 in a checkout) would be
# measured ~100 ms slow for reasons no user sees.
PYCACHE = BASE_WORK / "pycache"

# The guard since issue 25: start-up and memory within 1.25x of the bare QWizard.
TARGET_LAUNCH = 1.25
# Launches of each variant in a full run. The app's launch sits at 1.22-1.24x of the baseline
# (100 paired rounds each, 2026-12-07), close to the guard: at 21 rounds the paired median
# moved by +-0.04 from run to run, so a run said "met" or "missed" for the same code. The
# report gives each launch ratio's interval, to show how far a run can move.
REPS = 61
TARGET_MEMORY = 1.25
TARGET_STALL_MS = 50.0
TARGET_SIZE = 1.10

# Heavy packages: what each costs at start-up, or would cost if it were imported there.
HEAVY = [
    "keyring",
    "secretstorage",
    "requests",
    "urllib3",
    "vipps_desktop.core.net.transport",
    "urllib.request",
    "http.client",
    "ssl",
    "logging.handlers",
    "platformdirs",
    "xml.sax.saxutils",
    "PySide6.QtSvg",
    "PySide6.QtNetwork",
]
HEAVY_SMOKE = ["keyring", "requests"]


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# -- wrapping: a private keychain and an X server ------------------------------------------


def _have(*tools: str) -> bool:
    return all(shutil.which(tool) for tool in tools)


def wrap_if_needed(args: argparse.Namespace) -> None:
    """Re-run this script inside scripts/keyring-session.sh and/or xvfb-run when asked for."""
    if os.environ.get(WRAPPED_ENV) == "2":
        return
    argv = [sys.executable, str(Path(__file__).resolve()), *sys.argv[1:]]
    stage = os.environ.get(WRAPPED_ENV, "")
    if (
        stage == ""
        and args.keychain == "session"
        and os.environ.get("VIPPS_TEST_KEYRING") != "1"
        and (ROOT / "scripts" / "keyring-session.sh").is_file()
        and _have("dbus-run-session", "gnome-keyring-daemon", "dbus-send")
    ):
        say("bench: re-running inside scripts/keyring-session.sh (a private keychain)")
        os.environ[WRAPPED_ENV] = "1"
        os.execvp("bash", ["bash", str(ROOT / "scripts" / "keyring-session.sh"), *argv])
    if args.platform == "xcb" and not os.environ.get("DISPLAY") and _have("xvfb-run"):
        say("bench: re-running inside xvfb-run (an X server for the xcb platform)")
        os.environ[WRAPPED_ENV] = "2"
        os.execvp("xvfb-run", ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", *argv])


# -- one measured launch ---------------------------------------------------------------------


@dataclass
class Variant:
    name: str
    command: list[str]
    frozen: bool = False
    seed: Path | None = None  # a profile to start with (a returning user)
    launch_ms: list[float] = field(default_factory=list)
    rss_kb: list[int] = field(default_factory=list)
    cpu_ms: list[float] = field(default_factory=list)  # the process's CPU time to its first paint
    rounds: list[int] = field(default_factory=list)  # the round of each measurement
    failures: list[str] = field(default_factory=list)


def python_env() -> dict[str, str]:
    """The environment for measured Python processes: bytecode cached in PYCACHE."""
    env = dict(os.environ)
    env.pop(WRAPPED_ENV, None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    return env


def precompile(*trees: Path) -> None:
    """Bytecode for the app and the bench (and `trees`) before the first measured start."""
    PYCACHE.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "compileall",
            "-q",
            "-j",
            "0",
            str(ROOT / "vipps_desktop"),
            str(BENCH),
            *(str(tree / "vipps_desktop") for tree in trees),
        ],
        env=python_env(),
        check=False,
        capture_output=True,
    )


def child_env(platform_name: str, home: Path) -> dict[str, str]:
    env = python_env()
    env.pop("VIPPS_DESKTOP_PROFILE_DIR", None)
    env["QT_QPA_PLATFORM"] = platform_name
    # A first start every time: an empty profile (platformdirs puts it under XDG_DATA_HOME).
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        path = home / name.lower()
        path.mkdir(exist_ok=True)
        env[name] = str(path)
    # Anything that goes online while measured reaches a loopback server that answers 404 at
    # once, never the real services (and never a DNS timeout).
    base = os.environ.get("VIPPS_BENCH_LOOPBACK", "http://127.0.0.1:9")
    env["VIPPS_DESKTOP_BRREG_URL"] = base + "/brreg"
    env["VIPPS_DESKTOP_CRIIPTO_URL_TEMPLATE"] = base + "/{domain}"
    env["VIPPS_DESKTOP_VIPPS_API_URL"] = base + "/vipps"
    env["VIPPS_DESKTOP_VIPPS_TEST_API_URL"] = base + "/vipps-test"
    return env


def launch(
    command: list[str],
    platform_name: str,
    timeout: float = 30.0,
    extra_env: dict[str, str] | None = None,
    seed: Path | None = None,
    linger_ms: int = 0,
) -> tuple[float, int, str, float]:
    """Start `command`, wait for its first-paint mark and its exit: (ms, peak RSS kB, stderr,
    CPU ms to the first paint).

    The process runs `linger_ms` after its first paint before it quits: the peak memory then
    includes whatever it put off until after the first paint.
    """
    with tempfile.TemporaryDirectory(prefix="vipps-bench-") as tmp:
        home = Path(tmp)
        mark = home / "mark"
        env = {
            **child_env(platform_name, home),
            MARK_ENV: str(mark),
            "VIPPS_DESKTOP_BENCH_LINGER_MS": str(linger_ms),
            **(extra_env or {}),
        }
        if seed is not None:
            shutil.copytree(seed, Path(env["XDG_DATA_HOME"]) / "vipps-desktop")
        err_path = home / "stderr"
        with err_path.open("wb") as err:
            start = time.monotonic()
            proc = subprocess.Popen(
                command,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=err,
                cwd=tmp,
            )
            deadline = start + timeout
            while True:
                pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
                if pid:
                    proc.returncode = os.waitstatus_to_exitcode(status)
                    break
                if time.monotonic() > deadline:
                    proc.kill()
                    _, status, usage = os.wait4(proc.pid, 0)
                    proc.returncode = os.waitstatus_to_exitcode(status)
                    raise TimeoutError(
                        f"no first-paint mark within {timeout:.0f} s "
                        f"({command[0]}: built without the bench hook?)"
                    )
                time.sleep(0.005)
        stderr = err_path.read_text(errors="replace")
        if proc.returncode != 0 or not mark.is_file():
            raise RuntimeError(f"{command[0]} exited with {proc.returncode}: {stderr[-600:]}")
        fields = mark.read_text().split()
        shown = float(fields[0])
        cpu = float(fields[2]) * 1000 if len(fields) > 2 else 0.0
        return (shown - start) * 1000, int(usage.ru_maxrss), stderr, cpu


SEED_CODE = """
import sys
from pathlib import Path
from vipps_desktop.core.workspace import Workspace
profile = Path(sys.argv[1])
session = Workspace(profile)
setup = session.new_setup()
for key, value in {
    "org_number": "923609016", "confirm_bankid": True, "confirm_signer_role": True,
    "confirm_bank_account": True, "confirm_paid_plan": True, "domain": "acme.idura.broker",
    "sales_unit_name": "Acme AS", "website": "https://www.acme.no",
    "order_submitted_on": "2026-11-20",
}.items():
    session.set(key, value)
session.set_current_step("waiting")
(profile / "settings.ini").write_text(f"[General]\\nlast_setup={setup.id}\\n")
"""


def make_returning_profile(where: Path) -> Path:
    """A profile whose user left a setup at "waiting" (ordered, waiting for Vipps): the app
    reopens it there, building only that page (ui/wizard.py `open_setup`)."""
    profile = where / "returning-profile"
    subprocess.run(
        [sys.executable, "-c", SEED_CODE, str(profile)],
        env=python_env(),
        check=True,
        capture_output=True,
        timeout=60,
    )
    return profile


def measure_launches(
    variants: list[Variant], reps: int, warmup: int, platform_name: str, linger_ms: int
) -> None:
    """Round after round, each variant once, the order rotating; a variant that fails before
    it ever succeeded (e.g. a frozen build without the bench hook) is dropped."""
    for rnd in range(warmup + reps):
        active = [v for v in variants if v.launch_ms or not v.failures]
        shift = rnd % len(active) if active else 0
        for variant in active[shift:] + active[:shift]:
            try:
                ms, rss, _, cpu = launch(
                    variant.command,
                    platform_name,
                    timeout=20.0 if variant.frozen else 60.0,
                    seed=variant.seed,
                    linger_ms=linger_ms,
                )
            except (TimeoutError, RuntimeError, OSError) as exc:
                variant.failures.append(str(exc))
                say(f"bench: {variant.name}: {exc}")
                continue
            if rnd >= warmup:
                variant.launch_ms.append(ms)
                variant.rss_kb.append(rss)
                variant.cpu_ms.append(cpu)
                variant.rounds.append(rnd)
        say(f"bench: launch round {rnd + 1}/{warmup + reps} done")


# -- import costs -------------------------------------------------------------------------


def parse_importtime(text: str) -> list[tuple[str, int, int, int]]:
    """(module, self µs, cumulative µs, depth) for each `-X importtime` line, in order."""
    rows = []
    for line in text.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if match:
            rows.append(
                (match.group(4), int(match.group(1)), int(match.group(2)), len(match.group(3)) // 2)
            )
    return rows


def importers(rows: list[tuple[str, int, int, int]]) -> dict[str, list[str]]:
    """module -> the chain of modules that imported it (outermost first)."""
    chains: dict[str, list[str]] = {}
    pending: list[tuple[str, int]] = []  # children are printed before their parent
    for name, _self, _cum, depth in rows:
        pending.append((name, depth))
    # Walk backwards: a line's parent is the next line (later in output) with depth - 1.
    stack: list[tuple[str, int]] = []
    for name, depth in reversed(pending):
        while stack and stack[-1][1] >= depth:
            stack.pop()
        chains.setdefault(name, [n for n, _ in stack])
        stack.append((name, depth))
    return chains


def measure_imports(
    app_cmd: list[str], heavy: list[str], reps: int, platform_name: str
) -> dict[str, Any]:
    """The real start-up under -X importtime, and what each heavy module costs or would."""
    starts: list[list[tuple[str, int, int, int]]] = []
    base_starts: list[list[tuple[str, int, int, int]]] = []
    for _ in range(reps):
        for cmd, sink in ((app_cmd, starts), ([sys.executable, str(BASELINE)], base_starts)):
            try:
                _ms, _rss, stderr, _cpu = launch(
                    [cmd[0], "-X", "importtime", *cmd[1:]], platform_name
                )
            except (TimeoutError, RuntimeError) as exc:
                say(f"bench: importtime: {exc}")
                continue
            sink.append(parse_importtime(stderr))
    if not starts or not base_starts:
        return {}

    def top_total(rows: list[tuple[str, int, int, int]]) -> int:
        return sum(cum for _n, _s, cum, depth in rows if depth == 0)

    def med_cum(runs: list[list[tuple[str, int, int, int]]], name: str) -> float:
        values = [next((cum for n, _s, cum, _d in rows if n == name), 0) for rows in runs]
        return statistics.median(values) / 1000

    loaded = {n for n, *_ in starts[0]}
    chains = importers(starts[0])
    result: dict[str, Any] = {
        "app_total_ms": statistics.median(top_total(r) for r in starts) / 1000,
        "baseline_total_ms": statistics.median(top_total(r) for r in base_starts) / 1000,
        "modules_app": len(loaded),
        "modules_baseline": len({n for n, *_ in base_starts[0]}),
        "heavy": [],
    }
    # App-only modules with the largest self time: where the rest of the start-up goes.
    base_loaded = {n for n, *_ in base_starts[0]}
    selfs: dict[str, list[int]] = {}
    for rows in starts:
        for name, self_us, _c, _d in rows:
            if name not in base_loaded:
                selfs.setdefault(name, []).append(self_us)
    result["top_self"] = sorted(
        ((name, statistics.median(v) / 1000) for name, v in selfs.items()),
        key=lambda item: -item[1],
    )[:15]
    for module in heavy:
        if module in loaded:
            chain = [c for c in chains.get(module, []) if c.startswith("vipps_desktop")]
            result["heavy"].append(
                {
                    "module": module,
                    "at_start": True,
                    "ms": med_cum(starts, module),
                    "via": chain[-1] if chain else "",
                }
            )
            continue
        costs = []
        code = (
            "import PySide6.QtWidgets, vipps_desktop.__main__, vipps_desktop.ui.app; "
            f"import {module}"
        )
        for rnd in range(reps + 1):  # the first run only fills the bytecode cache
            out = subprocess.run(
                [sys.executable, "-X", "importtime", "-c", code],
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
                cwd=ROOT,
                env=python_env(),
            )
            rows = parse_importtime(out.stderr)
            # Everything imported at the top level after the app's modules: `module` and
            # its parent packages (importing a.b.c imports a and a.b first, each on its own).
            app_at = max(
                (i for i, r in enumerate(rows) if r[0] == "vipps_desktop.ui.app" and r[3] == 0),
                default=-1,
            )
            after = [r[2] for r in rows[app_at + 1 :] if r[3] == 0]
            if rnd:
                costs.append(sum(after) if out.returncode == 0 and app_at >= 0 else 0)
        result["heavy"].append(
            {"module": module, "at_start": False, "ms": statistics.median(costs) / 1000, "via": ""}
        )
    return result


# -- stalls --------------------------------------------------------------------------------


def measure_stalls(reps: int, brreg_delay: float, platform_name: str) -> dict[str, Any]:
    runs: list[dict[str, Any]] = []
    for rnd in range(reps):
        with tempfile.TemporaryDirectory(prefix="vipps-bench-") as tmp:
            out = Path(tmp) / "stalls.json"
            env = {**python_env(), "QT_QPA_PLATFORM": platform_name}
            proc = subprocess.run(
                [
                    sys.executable,
                    str(BENCH / "stalls.py"),
                    "--brreg-delay",
                    str(brreg_delay),
                    "--json",
                    str(out),
                ],
                env=env,
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
                cwd=ROOT,
            )
            if proc.returncode != 0 or not out.is_file():
                say(f"bench: stalls failed ({proc.returncode}): {proc.stderr[-1500:]}")
                continue
            runs.append(json.loads(out.read_text()))
        say(f"bench: stall run {rnd + 1}/{reps} done")
    summary: dict[str, Any] = {"runs": runs}
    for key in ("online_check", "keychain", "pages", "chain_checks"):
        gaps = [r[key]["max_gap_ms"] for r in runs if "max_gap_ms" in r.get(key, {})]
        skipped = next((r[key]["skipped"] for r in runs if "skipped" in r.get(key, {})), None)
        summary[key] = {
            "median_max_gap_ms": statistics.median(gaps) if gaps else None,
            "worst_gap_ms": max(gaps) if gaps else None,
            "skipped": skipped,
        }
    return summary


# -- sizes ---------------------------------------------------------------------------------


def tree_size(path: Path) -> int:
    if shutil.which("du"):
        out = subprocess.run(["du", "-sb", str(path)], capture_output=True, text=True, check=True)
        return int(out.stdout.split()[0])
    return sum(p.lstat().st_size for p in path.rglob("*"))


def newest_mtime(paths: list[Path]) -> float:
    return max(p.stat().st_mtime for p in paths if p.exists())


def build_baseline_bundle(force: bool) -> str | None:
    """Freeze bench/baseline_wizard.py with build.spec (VIPPS_BUILD_BASELINE=1)."""
    binary = BASE_BUNDLE / "baseline-wizard"
    inputs = [
        ROOT / "build.spec",
        BASELINE,
        ROOT / "vipps_desktop" / "ui" / "benchmark.py",
        *(ROOT / "packaging" / "pyinstaller-hooks").rglob("*.*"),
        BUILD_PYTHON,
    ]
    if binary.is_file() and not force and binary.stat().st_mtime > newest_mtime(inputs):
        return None
    if not BUILD_PYTHON.is_file():
        return "no build/venv: run packaging/build-bundle.sh once"
    say("bench: freezing the baseline wizard with build.spec (about a minute)")
    proc = subprocess.run(
        [
            str(BUILD_PYTHON),
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--workpath",
            str(BASE_WORK / "pyinstaller"),
            "--distpath",
            str(BASE_WORK / "dist"),
            str(ROOT / "build.spec"),
        ],
        env={**os.environ, "VIPPS_BUILD_BASELINE": "1"},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    if proc.returncode != 0:
        return f"PyInstaller failed: {proc.stderr[-1500:]}"
    return None


def build_baseline_deb() -> Path | None:
    """Pack the frozen baseline like build-deb.sh packs the app (zstd -9, /opt + /usr/bin)."""
    if not _have("dpkg-deb") or not BASE_BUNDLE.is_dir():
        return None
    stage = BASE_WORK / "deb" / "root"
    shutil.rmtree(stage.parent, ignore_errors=True)
    (stage / "DEBIAN").mkdir(parents=True)
    (stage / "opt").mkdir()
    (stage / "usr" / "bin").mkdir(parents=True)
    shutil.copytree(BASE_BUNDLE, stage / "opt" / "baseline-wizard", symlinks=True)
    (stage / "usr" / "bin" / "baseline-wizard").symlink_to("/opt/baseline-wizard/baseline-wizard")
    arch = (
        subprocess.run(
            ["dpkg", "--print-architecture"], capture_output=True, text=True, check=False
        ).stdout.strip()
        or "amd64"
    )
    (stage / "DEBIAN" / "control").write_text(
        "Package: baseline-wizard\nVersion: 0\nArchitecture: " + arch + "\n"
        "Maintainer: bench <bench@invalid>\nDescription: bare three-page QWizard (benchmark)\n"
    )
    out = BASE_WORK / f"baseline-wizard_0_{arch}.deb"
    out.unlink(missing_ok=True)
    level = os.environ.get("DEB_LEVEL", "9")
    compression = os.environ.get("DEB_COMPRESSION", "zstd")
    subprocess.run(
        [
            "dpkg-deb",
            "--root-owner-group",
            f"-Z{compression}",
            f"-z{level}",
            "--build",
            str(stage),
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    return out


def measure_sizes(build: bool) -> dict[str, Any]:
    """Bundle and .deb sizes; `build`: freeze and pack the baseline first when needed."""
    result: dict[str, Any] = {}
    problem = build_baseline_bundle(force=False) if build else None
    if problem:
        result["problem"] = problem
    if APP_BUNDLE.is_dir():
        result["app_bundle"] = tree_size(APP_BUNDLE)
    if BASE_BUNDLE.is_dir():
        result["baseline_bundle"] = tree_size(BASE_BUNDLE)
    debs = sorted((ROOT / "dist").glob("vipps-desktop_*.deb"), key=lambda p: p.stat().st_mtime)
    if debs:
        result["app_deb"] = debs[-1].stat().st_size
        result["app_deb_name"] = debs[-1].name
    base_deb = (
        build_baseline_deb() if build else next(BASE_WORK.glob("baseline-wizard_*.deb"), None)
    )
    if base_deb is not None:
        result["baseline_deb"] = base_deb.stat().st_size
    return result


# -- the report ------------------------------------------------------------------------------


def machine() -> dict[str, str]:
    info = {
        "cores": str(os.cpu_count() or "?"),
        "cpu": platform.processor() or "?",
        "ram": "?",
        "os": platform.platform(),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "pyside6": "?",
        "frozen_python": "?",
    }
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        mem = Path("/proc/meminfo").read_text().split("\n", 1)[0].split()
        info["ram"] = f"{int(mem[1]) / 1024 / 1024:.1f} GiB"
    except (OSError, IndexError, ValueError):
        pass
    try:
        pretty = re.search(r'^PRETTY_NAME="?([^"\n]+)', Path("/etc/os-release").read_text(), re.M)
        if pretty:
            info["os"] = pretty.group(1)
    except OSError:
        pass
    for dist in ("PySide6-Essentials", "PySide6"):
        try:
            info["pyside6"] = metadata.version(dist)
            break
        except metadata.PackageNotFoundError:
            continue
    if BUILD_PYTHON.is_file():
        out = subprocess.run(
            [str(BUILD_PYTHON), "-c", "import platform; print(platform.python_version())"],
            capture_output=True,
            text=True,
            check=False,
        )
        info["frozen_python"] = out.stdout.strip() or "?"
    return info


def med(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def spread(values: list[float]) -> str:
    if len(values) < 4:
        return ""
    q = statistics.quantiles(values, n=4)
    return f"{q[0]:.0f}–{q[2]:.0f}, min {min(values):.0f}"


def verdict(value: float | None, target: float) -> str:
    if value is None:
        return "—"
    return "✓ met" if value <= target else "✗ missed"


def fmt_ms(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f} ms"


def fmt_mb(kb: float | None) -> str:
    return "—" if kb is None else f"{kb / 1024:.1f} MiB"


def fmt_size(size: float | None) -> str:
    return "—" if size is None else f"{size / 1024 / 1024:.1f} MiB"


def ratio(app: float | None, base: float | None) -> float | None:
    return app / base if app is not None and base else None


def paired_ratios(app: Variant, base: Variant, memory: bool = False) -> list[float]:
    """app / baseline within each round in which both were measured.

    This machine's speed drifts by a third over minutes; two runs a second apart see the same
    speed, so the ratio of neighbours holds where the ratio of two medians would not.
    """
    ours = dict(zip(app.rounds, app.rss_kb if memory else app.launch_ms, strict=True))
    theirs = dict(zip(base.rounds, base.rss_kb if memory else base.launch_ms, strict=True))
    return [ours[r] / theirs[r] for r in ours if theirs.get(r)]


def paired_ratio(app: Variant, base: Variant, memory: bool = False) -> float | None:
    """The median over rounds of app / baseline within the same round (`paired_ratios`)."""
    ratios = paired_ratios(app, base, memory)
    return statistics.median(ratios) if ratios else None


def median_interval(values: list[float], resamples: int = 2000) -> tuple[float, float] | None:
    """A 95 % interval for the median of `values` (a bootstrap over the rounds, seeded, so a
    report is reproducible from its data): how far another run of as many rounds could land."""
    if len(values) < 5:
        return None
    pick = random.Random(0).choices
    medians = sorted(statistics.median(pick(values, k=len(values))) for _ in range(resamples))
    return medians[int(resamples * 0.025)], medians[int(resamples * 0.975) - 1]


def fmt_ratio(value: float | None, interval: tuple[float, float] | None = None) -> str:
    if value is None:
        return "—"
    return f"{value:.2f}×" + (f" ({interval[0]:.2f}–{interval[1]:.2f})" if interval else "")


def report(results: dict[str, Any]) -> str:
    """The figures as Markdown: the table, then the details."""
    rows: list[tuple[str, str, str, str, str, str]] = []
    launches: dict[str, Variant] = results["launch"]
    pairs = [
        ("baseline", "app", "unfrozen"),
        ("baseline (frozen)", "app (frozen)", "frozen"),
        ("baseline", "app, returning user", "unfrozen, returning user"),
        ("baseline (frozen)", "app, returning user (frozen)", "frozen, returning user"),
    ]
    measured = [
        (launches[b], launches[a], tag)
        for b, a, tag in pairs
        if b in launches and a in launches and launches[b].launch_ms and launches[a].launch_ms
    ]
    for base, app, tag in measured:
        b, a = med(base.launch_ms), med(app.launch_ms)
        ratios = paired_ratios(app, base)
        r = statistics.median(ratios) if ratios else None
        rows.append(
            (
                f"launch → first page shown, {tag}",
                fmt_ms(b),
                fmt_ms(a),
                fmt_ratio(r, median_interval(ratios)),
                f"≤ {TARGET_LAUNCH}×",
                verdict(r, TARGET_LAUNCH),
            )
        )
    for base, app, tag in measured:
        b2 = med([float(x) for x in base.rss_kb])
        a2 = med([float(x) for x in app.rss_kb])
        r2 = paired_ratio(app, base, memory=True)
        rows.append(
            (
                f"peak resident memory, {tag}",
                fmt_mb(b2),
                fmt_mb(a2),
                fmt_ratio(r2),
                f"≤ {TARGET_MEMORY}×",
                verdict(r2, TARGET_MEMORY),
            )
        )
    stalls = results.get("stalls") or {}
    names = {
        "online_check": "longest GUI stall: online check (server answers after "
        f"{results.get('brreg_delay', 5):g} s)",
        "keychain": "longest GUI stall: keychain save + load",
        "pages": "longest GUI stall: through every page",
        "chain_checks": "longest GUI stall: chain checks (Vipps, Idura, health)",
    }
    for key, label in names.items():
        entry = stalls.get(key)
        if not entry:
            continue
        if entry.get("skipped"):
            rows.append(
                (label, "—", "skipped", "—", f"≤ {TARGET_STALL_MS:.0f} ms", entry["skipped"])
            )
            continue
        value = entry["median_max_gap_ms"]
        rows.append(
            (
                label,
                "10 ms (tick)",
                fmt_ms(value)
                + (
                    f" (worst {entry['worst_gap_ms']:.0f})"
                    if entry["worst_gap_ms"] != value
                    else ""
                ),
                "—",
                f"≤ {TARGET_STALL_MS:.0f} ms",
                verdict(value, TARGET_STALL_MS),
            )
        )
    sizes = results.get("sizes") or {}
    for what, key in (("frozen bundle, unpacked", "bundle"), (".deb", "deb")):
        a, b = sizes.get(f"app_{key}"), sizes.get(f"baseline_{key}")
        if a is None and b is None:
            continue
        r = ratio(a, b)
        rows.append(
            (
                f"size: {what}",
                fmt_size(b),
                fmt_size(a),
                fmt_ratio(r),
                f"≤ {TARGET_SIZE}×",
                verdict(r, TARGET_SIZE),
            )
        )

    lines = [
        "| figure | baseline | app | ratio | target | |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    out = [
        "\n".join(lines),
        "",
        "Baseline and app columns: medians. Ratio: the median, over rounds, of app ÷ "
        "baseline measured in the same round (seconds apart), which holds while the "
        "machine's speed drifts; in brackets, a 95 % interval for that median (a bootstrap "
        "over the rounds): where another run of as many rounds could land. Stalls: the "
        "longest interval between two ticks of a 10 ms timer, median over runs.",
        "",
    ]

    # Details
    detail = ["Launch and memory, every run (ms; peak RSS MiB):", ""]
    for variant in launches.values():
        if not variant.launch_ms:
            problem = variant.failures[0] if variant.failures else "not run"
            detail.append(f"- {variant.name}: not measured ({problem[:200]})")
            continue
        detail.append(
            f"- {variant.name}: median {med(variant.launch_ms):.0f} ms "
            f"(p25–p75 {spread(variant.launch_ms) or 'n/a'}; n={len(variant.launch_ms)}), "
            f"peak RSS {fmt_mb(med([float(x) for x in variant.rss_kb]))}; "
            f"`{' '.join(Path(c).name if i == 0 else c for i, c in enumerate(variant.command))}`"
        )
    out += [*detail, ""]

    imports = results.get("imports") or {}
    if imports:
        out += [
            "Import time at start-up (`-X importtime` of the real start, median; importtime "
            "itself adds overhead, so compare these with each other, not with the launch "
            f"times): app {imports['app_total_ms']:.0f} ms in {imports['modules_app']} "
            f"modules, baseline {imports['baseline_total_ms']:.0f} ms in "
            f"{imports['modules_baseline']} modules.",
            "",
            "| module | loaded at start? | cost | imported by |",
            "| --- | --- | ---: | --- |",
        ]
        for item in imports["heavy"]:
            out.append(
                f"| `{item['module']}` | "
                f"{'yes' if item['at_start'] else 'no'} | "
                f"{item['ms']:.1f} ms | {('`' + item['via'] + '`') if item['via'] else ''}"
                " |"
            )
        out += [
            "",
            "Cost: for a module loaded at start, its cumulative import time there; "
            "for one that is not, what importing it after the app's start-up modules "
            "adds (what it would cost at start).",
            "",
            "App-only modules with the most import time of their own (self, median): "
            + ", ".join(f"`{name}` {ms:.1f}" for name, ms in imports["top_self"])
            + " ms.",
            "",
        ]

    if stalls.get("runs"):
        run0 = stalls["runs"][-1]
        pages = run0.get("pages", {})
        out += [f"Stalls: {len(stalls['runs'])} run(s) of bench/stalls.py."]
        if pages.get("transitions_ms"):
            slow = sorted(pages["transitions_ms"].items(), key=lambda kv: -kv[1])[:5]
            out.append(
                "Slowest page changes (last run, time inside the click): "
                + ", ".join(f"{k} {v:.0f} ms" for k, v in slow)
                + "."
            )
        kc = run0.get("keychain", {})
        if "seconds" in kc:
            out.append(
                f"Keychain: saved and read back in {kc['seconds']:.1f} s ({kc.get('keychain')})."
            )
        oc = run0.get("online_check", {})
        if "seconds" in oc:
            out.append(
                f"Online check: typing plus the answer took {oc['seconds']:.1f} s, "
                f"result `{oc.get('state')}`."
            )
        out.append("")

    if sizes:
        parts = []
        for key, label in (
            ("app_bundle", "dist/vipps-desktop"),
            ("baseline_bundle", "build/bench/dist/baseline-wizard"),
            ("app_deb", sizes.get("app_deb_name", ".deb")),
            ("baseline_deb", "baseline-wizard .deb"),
        ):
            if key in sizes:
                parts.append(f"{label} {sizes[key]:,} bytes")
        if parts:
            out.append("Sizes (du -sb; .deb file size): " + "; ".join(parts) + ".")
        if sizes.get("problem"):
            out.append(f"Size comparison incomplete: {sizes['problem'][:300]}")
        if sizes.get("stale"):
            out.append(sizes["stale"])
        out.append("")
    return "\n".join(out)


def write_doc(results: dict[str, Any], body: str, args: argparse.Namespace) -> None:
    info = results["machine"]
    header = [
        BEGIN,
        f"Measured {results['date']} with `bench/run.py` ({results['mode']}: "
        f"{results['reps']} interleaved launches of each after {results['warmup']} warm-up, "
        f"platform `{results['platform']}`, each process running {results['linger_ms']} ms "
        "past its first paint).",
        "",
        f"Machine: {info['cores']} cores, {info['cpu']}, {info['ram']} RAM; {info['os']}, "
        f"kernel {info['kernel']}; Python {info['python']} (dev venv), {info['frozen_python']} "
        f"(frozen build); PySide6 {info['pyside6']}.",
        "",
    ]
    block = "\n".join(header) + "\n" + body.rstrip() + "\n" + END
    path = Path(args.out)
    if path.is_file() and BEGIN in path.read_text() and END in path.read_text():
        text = path.read_text()
        text = text[: text.index(BEGIN)] + block + text[text.index(END) + len(END) :]
    else:
        text = (
            "# Performance\n\nStart-up, memory, responsiveness and size of the app, each "
            "against a bare three-page QWizard (`bench/baseline_wizard.py`). Run "
            "`bench/run.py` to measure again; it rewrites the figures between the markers "
            "below and keeps the rest.\n\n" + block + "\n"
        )
    path.write_text(text)
    say(f"bench: wrote {path}")


# -- main ------------------------------------------------------------------------------------


def app_command() -> list[str]:
    script = Path(sys.executable).parent / "vipps-desktop"
    if script.is_file():
        return [sys.executable, str(script)]  # the installed launcher, as users start it
    return [sys.executable, "-m", "vipps_desktop"]


def tree_command(tree: Path) -> list[str]:
    """The app from another source tree (`tree/vipps_desktop`), started as the launcher does."""
    code = (
        f"import sys; sys.path.insert(0, {str(tree)!r}); "
        "from vipps_desktop.__main__ import main; sys.exit(main())"
    )
    return [sys.executable, "-c", code]


def launches_report(variants: list[Variant]) -> str:
    """Launch and memory of each variant, paired with the baseline and, for a compared tree,
    with the app of the same kind (new or returning user) in the same round."""
    by_name = {v.name: v for v in variants}
    base = by_name["baseline"]
    lines = [
        "| variant | launch | min | ratio | peak RSS | ratio | CPU to first paint "
        "| vs app (paired) |"
    ]
    lines.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for v in variants:
        versus = ""
        if v.name.startswith("compare "):
            app = by_name["app, returning user" if "returning" in v.name else "app"]
            ours = dict(
                zip(v.rounds, zip(v.launch_ms, v.rss_kb, v.cpu_ms, strict=True), strict=True)
            )
            theirs = dict(
                zip(
                    app.rounds, zip(app.launch_ms, app.rss_kb, app.cpu_ms, strict=True), strict=True
                )
            )
            shared = [r for r in ours if r in theirs]
            if shared:
                ms = statistics.median(ours[r][0] - theirs[r][0] for r in shared)
                kb = statistics.median(ours[r][1] - theirs[r][1] for r in shared)
                cpu = statistics.median(ours[r][2] - theirs[r][2] for r in shared)
                versus = (
                    f"launch {ms:+.1f} ms, CPU {cpu:+.1f} ms, {kb / 1024:+.2f} MiB "
                    f"(n={len(shared)})"
                )
        lines.append(
            f"| {v.name} | {fmt_ms(med(v.launch_ms))} "
            f"| {fmt_ms(min(v.launch_ms) if v.launch_ms else None)} "
            f"| {fmt_ratio(paired_ratio(v, base))} "
            f"| {fmt_mb(med([float(k) for k in v.rss_kb]))} "
            f"| {fmt_ratio(paired_ratio(v, base, memory=True))} | {fmt_ms(med(v.cpu_ms))} "
            f"| {versus} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmarks against a bare QWizard.")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="one launch of each, one short stall run, unfrozen only, sizes "
        "only of what is already built; writes no report unless --out",
    )
    parser.add_argument("--reps", type=int, help=f"launches of each (default {REPS}; smoke 1)")
    parser.add_argument("--stall-reps", type=int, help="stall runs (default 3; smoke 1)")
    parser.add_argument(
        "--brreg-delay",
        type=float,
        help="seconds the loopback Brønnøysund waits (default 5; smoke 0.5)",
    )
    parser.add_argument(
        "--platform",
        choices=("xcb", "offscreen"),
        help="Qt platform (default: xcb under Xvfb; smoke: offscreen)",
    )
    parser.add_argument(
        "--keychain",
        choices=("session", "as-is"),
        help="session: run inside scripts/keyring-session.sh unless already "
        "in a keychain session (default); as-is: use the environment "
        "(smoke default)",
    )
    parser.add_argument("--no-frozen", action="store_true", help="skip the frozen builds")
    parser.add_argument("--no-size", action="store_true", help="skip the size comparison")
    parser.add_argument(
        "--build",
        action="store_true",
        help="rebuild dist/vipps-desktop and the .deb first "
        "(packaging/build-bundle.sh, packaging/linux/build-deb.sh)",
    )
    parser.add_argument(
        "--launches-only",
        action="store_true",
        help="only the launches (unfrozen): no imports, stalls or sizes; writes nothing",
    )
    parser.add_argument(
        "--compare",
        metavar="NAME=DIR",
        action="append",
        default=[],
        help="also launch the app from the source tree DIR (a copy of vipps_desktop/ with one "
        "change), interleaved; reported paired with the app",
    )
    parser.add_argument(
        "--reference",
        metavar="DIR",
        help="launch the app from the source tree DIR, as --compare does (default: the "
        "installed launcher); with --compare, the same kind of start on both sides",
    )
    parser.add_argument("--out", help=f"write the report here (default, full mode: {DOC})")
    parser.add_argument("--json", help="also write every figure as JSON here")
    args = parser.parse_args(argv)
    smoke = args.smoke
    args.platform = (
        args.platform
        or (os.environ.get("QT_QPA_PLATFORM") if smoke else None)
        or ("offscreen" if smoke else "xcb")
    )
    args.keychain = args.keychain or ("as-is" if smoke else "session")
    reps = args.reps or (1 if smoke else REPS)
    warmup = 0 if smoke else 1
    stall_reps = args.stall_reps or (1 if smoke else 3)
    brreg_delay = args.brreg_delay if args.brreg_delay is not None else (0.5 if smoke else 5.0)
    if not smoke and not args.launches_only and args.out is None:
        args.out = str(DOC)

    wrap_if_needed(args)
    if args.platform == "xcb" and not os.environ.get("DISPLAY"):
        say("bench: no X server and no xvfb-run: using the offscreen platform")
        args.platform = "offscreen"

    if args.build:
        subprocess.run(["bash", "packaging/build-bundle.sh"], cwd=ROOT, check=True)
        subprocess.run(["bash", "packaging/linux/build-deb.sh"], cwd=ROOT, check=True)

    started = time.monotonic()
    compared = [
        (name, Path(tree).resolve()) for name, _, tree in (c.partition("=") for c in args.compare)
    ]
    reference = Path(args.reference).resolve() if args.reference else None
    precompile(*(tree for _, tree in compared), *([reference] if reference else []))
    app_cmd = tree_command(reference) if reference else app_command()
    sys.path.insert(0, str(ROOT / "tests"))
    from loopback import LoopbackServer  # tests/loopback.py: 404 for every request

    server = LoopbackServer().start()
    os.environ["VIPPS_BENCH_LOOPBACK"] = server.url
    scratch = Path(tempfile.mkdtemp(prefix="vipps-bench-"))
    returning = make_returning_profile(scratch)
    variants = [
        Variant("baseline", [sys.executable, str(BASELINE)]),
        Variant("app", app_cmd),
        Variant("app, returning user", app_cmd, seed=returning),
    ]
    for name, tree in compared:
        variants += [
            Variant(f"compare {name}", tree_command(tree)),
            Variant(f"compare {name}, returning user", tree_command(tree), seed=returning),
        ]
    sizes: dict[str, Any] = {}
    if args.launches_only:
        args.no_frozen = args.no_size = True
    if not args.no_size:
        sizes = measure_sizes(build=not smoke)  # smoke: only what is already built
    frozen_app = APP_BUNDLE / "vipps-desktop"
    frozen_base = BASE_BUNDLE / "baseline-wizard"
    if not args.no_frozen and not smoke and frozen_app.is_file() and frozen_base.is_file():
        variants += [
            Variant("baseline (frozen)", [str(frozen_base)], frozen=True),
            Variant("app (frozen)", [str(frozen_app)], frozen=True),
            Variant("app, returning user (frozen)", [str(frozen_app)], frozen=True, seed=returning),
        ]
        sources = list((ROOT / "vipps_desktop").rglob("*.py"))
        if newest_mtime(sources) > frozen_app.stat().st_mtime:
            sizes["stale"] = (
                "Note: dist/vipps-desktop is older than the sources; the frozen "
                "figures are for that older build (run with --build)."
            )
    linger = 0 if smoke else 1000
    say(
        f"bench: launches ({reps} of each, platform {args.platform}, {linger} ms after the "
        "first paint)"
    )
    try:
        measure_launches(variants, reps, warmup, args.platform, linger)
    finally:
        server.stop()
        shutil.rmtree(scratch, ignore_errors=True)
    if args.launches_only:
        print(launches_report(variants))
        return 0 if all(v.launch_ms for v in variants) else 1
    say("bench: import costs")
    imports = measure_imports(
        app_command(), HEAVY_SMOKE if smoke else HEAVY, 1 if smoke else 5, args.platform
    )
    say("bench: GUI stalls")
    stalls = measure_stalls(stall_reps, brreg_delay, args.platform)

    results: dict[str, Any] = {
        "date": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "mode": "smoke" if smoke else "full",
        "reps": reps,
        "warmup": warmup,
        "platform": args.platform,
        "linger_ms": linger,
        "brreg_delay": brreg_delay,
        "machine": machine(),
        "launch": {v.name: v for v in variants},
        "imports": imports,
        "stalls": stalls,
        "sizes": sizes,
        "seconds": round(time.monotonic() - started, 1),
    }
    body = report(results)
    print(body)
    say(f"bench: done in {results['seconds']:.0f} s")
    if args.out:
        write_doc(results, body, args)
    if args.json:
        serialisable = {**results, "launch": {v.name: v.__dict__ for v in variants}}
        Path(args.json).write_text(json.dumps(serialisable, indent=2, default=str))
    launched = all(v.launch_ms for v in variants if not v.frozen)
    return 0 if launched and stalls.get("runs") else 1


if __name__ == "__main__":
    sys.exit(main())
