"""`vipps-desktop check`: every exit status against loopback stand-ins for Idura, Vipps and
Brønnøysund, the JSON against its schema, both languages, saving with the setup, and a start
that never imports Qt."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from brreg_samples import company
from chain_servers import (
    APP_CALLBACK,
    APP_CLIENT_ID,
    DOMAIN,
    OLD_CLIENT_ID,
    SECRET,
    VIPPS_CLIENT_ID,
    Chain,
    serve_chain,
)
from check_util import ACTIVE, APP, ORG, assert_every_status, discovery, exit_statuses
from loopback import Reply, closed_port, json_reply
from probe_util import run_probe

from vipps_desktop import check_command
from vipps_desktop.core.state import Setup, SetupStore

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "docs" / "check-output.schema.json").read_text(encoding="utf-8"))


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Chain]:
    with serve_chain(monkeypatch) as chain:
        chain.idura.route(
            "GET", f"/{DOMAIN}/.well-known/openid-configuration", json_reply(200, discovery())
        )
        chain.idura.route("GET", f"/brreg/enheter/{ORG}", json_reply(200, ACTIVE))
        monkeypatch.setenv("VIPPS_DESKTOP_BRREG_URL", chain.idura.url + "/brreg")
        monkeypatch.setenv("VIPPS_DESKTOP_PROFILE_DIR", str(tmp_path / "profile"))
        for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
            monkeypatch.delenv(name, raising=False)
        yield chain
        chain.assert_no_secret()


def check(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        status = check_command.run(argv, out, err)
    except check_command.UsageError as exc:
        return check_command.EXIT_USAGE, out.getvalue(), str(exc)
    return status, out.getvalue(), err.getvalue()


def check_json(*argv: str) -> tuple[int, dict[str, Any]]:
    status, out, _err = check(*argv, "--json")
    data = json.loads(out)
    jsonschema.validate(data, SCHEMA)
    assert data["exit_status"] == status
    return status, data


def verdicts(data: dict[str, Any]) -> dict[str, str]:
    return {row["check"]: row["verdict"] for row in data["rows"]}


def saved_setup(profile: Path, **data: Any) -> Setup:
    setup = Setup(data=data)
    SetupStore(profile).save(setup)
    return setup


# -- exit statuses -------------------------------------------------------------------------


def test_all_ok_is_0(served: Chain) -> None:
    status, data = check_json("--domain", DOMAIN, "--org-number", ORG, *APP)
    assert status == 0 and data["verdict"] == "ok"
    assert verdicts(data) == dict.fromkeys(
        ("domain", "company", "vipps_redirect", "idura_chain"), "ok"
    )
    assert data["inputs"]["domain"] == DOMAIN and data["setup"] is None and not data["saved"]


def test_skipped_rows_do_not_spoil_an_ok_but_say_so(served: Chain) -> None:
    status, out, _ = check("--domain", DOMAIN, "--lang", "en")
    assert status == 0
    lines = out.splitlines()
    assert lines[0].startswith(f"{DOMAIN}: Partly checked on ")
    assert "best-effort" in lines[0]
    assert len(lines) == 5  # the summary, then one line per row
    assert lines[1].startswith("OK ") and "Domain (Idura login configuration) (" in lines[1]
    assert lines[2].startswith("SKIPPED ") and "no organisation number" in lines[2]


def test_a_problem_is_1(served: Chain) -> None:
    served.idura_app.vipps_client_id = OLD_CLIENT_ID  # a colleague re-saved the old keys
    status, data = check_json("--domain", DOMAIN, "--client-id", VIPPS_CLIENT_ID, *APP)
    assert status == 1 and data["verdict"] == "problem"
    assert verdicts(data)["idura_chain"] == "problem"
    assert data["rows"][3]["message"]["code"] == "chain.client_id_differs"


def test_a_missing_registration_at_vipps_is_1(served: Chain) -> None:
    served.production.clients[VIPPS_CLIENT_ID] = []  # someone edited the redirect URIs
    status, data = check_json("--domain", DOMAIN, *APP)
    assert status == 1 and verdicts(data)["vipps_redirect"] == "problem"


def test_network_trouble_is_2(served: Chain, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIPPS_DESKTOP_BRREG_URL", f"http://127.0.0.1:{closed_port()}/x")
    status, data = check_json("--domain", DOMAIN, "--org-number", ORG, *APP)
    assert status == 2 and data["verdict"] == "inconclusive"
    assert verdicts(data)["company"] == "failed"
    assert data["rows"][1]["message"]["code"] == "http.offline"


def test_an_inconclusive_answer_is_2(served: Chain) -> None:
    served.idura.route(
        "GET",
        f"/{DOMAIN}/oauth2/authorize",
        Reply(200, b"<html>hi</html>", {"Content-Type": "text/html"}),
    )
    status, data = check_json("--domain", DOMAIN, *APP)
    assert status == 2 and verdicts(data)["idura_chain"] == "inconclusive"


def test_plain_http_to_a_real_host_is_refused_like_in_the_app(
    served: Chain, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VIPPS_DESKTOP_BRREG_URL", "http://data.brreg.no/x")
    status, data = check_json("--domain", DOMAIN, "--org-number", ORG)
    assert status == 2
    assert data["rows"][1]["message"]["code"] == "http.refused_insecure"


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--domain", DOMAIN, "--setup", DOMAIN],
        ["--domain", "not a domain"],
        ["--domain", DOMAIN, "--client-id", "nope"],
        ["--domain", DOMAIN, "--app-client-id", APP_CLIENT_ID],
        ["--domain", DOMAIN, "--env", "staging"],
        ["--setup", "nobody.idura.broker"],
        ["--domain", DOMAIN, "--client-secret", SECRET],
        ["--domain", DOMAIN, f"--secret={SECRET}"],
        ["--domain", DOMAIN, "--clientsecret", SECRET],
    ],
)
def test_usage_errors_are_64_and_never_echo_a_secret(served: Chain, argv: list[str]) -> None:
    status, out, err = check(*argv)
    assert status == 64 and out == ""
    assert SECRET not in err
    assert served.all_requests() == []


def test_main_says_why_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    assert check_command.main(["--domain", DOMAIN, "--client-secret", SECRET]) == 64
    captured = capsys.readouterr()
    assert "never needs the client secret" in captured.err and SECRET not in captured.err
    assert check_command.main(["--help"]) == 0
    help_text = capsys.readouterr().out
    for status in ("0 ", "1 ", "2 ", "64 "):
        assert f"\n  {status}" in help_text


# -- a saved setup ------------------------------------------------------------------------


def test_a_saved_setup_is_checked_and_the_result_kept(served: Chain, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    setup = saved_setup(
        profile,
        domain=DOMAIN,
        org_number=ORG,
        company_name="Equinor ASA",
        idura_app_client_id=APP_CLIENT_ID,
        idura_app_callback_url=APP_CALLBACK,
        submitted_to_criipto_on="2026-12-01",
    )
    other = saved_setup(profile, domain="other.idura.broker")
    for wanted in (DOMAIN.upper(), setup.id, setup.id[:8]):
        status, data = check_json("--setup", wanted)
        assert status == 0 and data["setup"] == {"id": setup.id, "company": "Equinor ASA"}
        assert data["saved"]
    kept = SetupStore(profile).load(setup.id)
    assert kept is not None
    report = kept.data["health_check"]
    assert [item["status"] for item in report["items"]] == ["ok"] * 4
    assert report["checked_on"] == data["checked_on"]
    untouched = SetupStore(profile).load(other.id)
    assert untouched is not None and "health_check" not in untouched.data


def test_no_save_leaves_the_setup_alone(served: Chain, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    setup = saved_setup(profile, domain=DOMAIN)
    status, out, _ = check("--setup", DOMAIN, "--no-save", "--lang", "en")
    assert status == 0 and "(Not saved with the setup.)" in out
    kept = SetupStore(profile).load(setup.id)
    assert kept is not None and "health_check" not in kept.data


def test_a_setups_own_values_are_not_overridden(served: Chain, tmp_path: Path) -> None:
    saved_setup(tmp_path / "profile", domain=DOMAIN)
    status, _, err = check("--setup", DOMAIN, "--app-client-id", "urn:other")
    assert status == 64 and "--app-client-id cannot be used with --setup" in err


def test_two_setups_with_one_domain_need_the_id(served: Chain, tmp_path: Path) -> None:
    first = saved_setup(tmp_path / "profile", domain=DOMAIN)
    second = saved_setup(tmp_path / "profile", domain=DOMAIN)
    status, _, err = check("--setup", DOMAIN)
    assert status == 64 and first.id in err and second.id in err


# -- language ------------------------------------------------------------------------------


def test_norwegian_text_from_the_apps_catalogue(served: Chain) -> None:
    served.production.clients[VIPPS_CLIENT_ID] = []
    status, out, _ = check("--domain", DOMAIN, *APP, "--lang", "nb")
    assert status == 1
    lines = out.splitlines()
    assert "Fant problemer" in lines[0]
    assert lines[1].startswith("OK ") and "Domene (innloggingsoppsettet hos Idura)" in lines[1]
    assert lines[2].startswith("HOPPET OVER ") and "organisasjonsnummer" in lines[2]
    assert lines[3].startswith("PROBLEM ") and "Callback-URL registrert hos Vipps" in lines[3]
    status, data = check_json("--domain", DOMAIN, *APP, "--lang", "nb")
    assert data["language"] == "nb" and data["summary"].startswith("Fant problemer")


def test_the_language_follows_the_locale(served: Chain, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "nb_NO.UTF-8")
    assert check_json("--domain", DOMAIN)[1]["language"] == "nb"
    monkeypatch.setenv("LANGUAGE", "en_GB:nb")
    assert check_json("--domain", DOMAIN)[1]["language"] == "en"
    assert check_command.system_language({"LC_ALL": "nn_NO"}) == "nb"
    assert check_command.system_language({}) == "en"


# -- the process: entry points, no Qt ------------------------------------------------------

NO_QT_PROBE = """
import json, sys
from vipps_desktop.__main__ import main
status = main(sys.argv[1:])
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
print(json.dumps({"status": status, "qt": qt}))
"""


def test_the_command_never_imports_qt(served: Chain) -> None:
    report = run_probe(NO_QT_PROBE, "check", "--domain", DOMAIN, *APP, "--json")
    assert report == {"status": 0, "qt": []}


@pytest.mark.parametrize("script", ["vipps-desktop", "vipps-desktop-check"])
def test_the_installed_scripts_exit_with_each_status(
    script: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = Path(sys.executable).parent / script
    if not path.exists():
        pytest.skip(f"{script} is not installed (pip install -e .)")
    command = [str(path), *(["check"] if script == "vipps-desktop" else [])]
    assert_every_status(exit_statuses(command, monkeypatch, tmp_path))


# -- how it is started, and where its text goes ---------------------------------------------


@pytest.mark.parametrize(
    ("argv0", "name"),
    [
        ("/usr/bin/vipps-desktop", "vipps-desktop check"),
        ("/home/me/.venv/bin/vipps-desktop-check", "vipps-desktop-check"),
        ("Vipps Login Setup/vipps-desktop-check.exe", "vipps-desktop-check"),
        ("Vipps Login Setup/VIPPS-DESKTOP-CHECK.EXE", "vipps-desktop-check"),
        ("/src/vipps_desktop/__main__.py", "vipps-desktop check"),
    ],
)
def test_the_program_is_named_as_it_was_started(argv0: str, name: str) -> None:
    assert check_command.program_name(argv0) == name


def test_help_and_hints_name_the_console_program_when_it_runs(tmp_path: Path) -> None:
    """On Windows only vipps-desktop-check.exe prints (the app is a windowed program): its
    usage and examples must not send the user to `vipps-desktop check`, which prints nothing."""
    text = check_command.make_parser(check_command.CONSOLE_PROGRAM).format_help()
    assert text.startswith("usage: vipps-desktop-check [-h]")
    assert "\n  vipps-desktop-check --setup acme.idura.broker\n" in text
    assert "vipps-desktop check" not in text
    assert "\n  vipps-desktop check --setup acme.idura.broker\n" in (
        check_command.make_parser().format_help()
    )
    script = Path(sys.executable).parent / "vipps-desktop-check"
    if not script.exists():
        pytest.skip("vipps-desktop-check is not installed (pip install -e .)")
    done = subprocess.run(
        [str(script), "--no-such-option"], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == check_command.EXIT_USAGE
    assert done.stderr.splitlines() == [
        "vipps-desktop-check: unknown options: --no-such-option",
        "Try 'vipps-desktop-check --help'.",
    ]


# An interpreter whose output encoding is not UTF-8, as on Windows (the ANSI code page) or
# under LANG=C without the interpreter's own locale coercion.
NOT_UTF8 = {"LC_ALL": "C", "LANG": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0"}


def run_not_utf8(*argv: str, **extra: str) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONIOENCODING"}
    return subprocess.run(
        [sys.executable, "-m", "vipps_desktop", "check", *argv],
        capture_output=True,
        timeout=120,
        check=False,
        cwd=ROOT,
        env={**env, **NOT_UTF8, **extra},
    )


def test_text_to_a_pipe_is_utf8_whatever_the_locale(served: Chain) -> None:
    assert run_not_utf8("-c", "x").returncode == check_command.EXIT_USAGE
    done = run_not_utf8("--help")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert "Brønnøysund, what Idura sends" in done.stdout.decode("utf-8")
    number = "974760673"
    served.idura.route(
        "GET", f"/brreg/enheter/{number}", json_reply(200, company(number, "BRØNNØYSUNDREGISTRENE"))
    )
    done = run_not_utf8("--domain", DOMAIN, "--org-number", number, *APP, "--json")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    data = json.loads(done.stdout.decode("utf-8"))  # what `--json > check.json` holds
    assert "BRØNNØYSUNDREGISTRENE (974 760 673) is active" in json.dumps(data, ensure_ascii=False)


def test_the_users_own_output_encoding_wins() -> None:
    done = run_not_utf8("--help", PYTHONIOENCODING="ascii:backslashreplace")
    assert done.returncode == 0
    assert b"Br\\xf8nn\\xf8ysund, what Idura sends" in done.stdout
