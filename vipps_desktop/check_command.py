"""`vipps-desktop check`: the health check of a setup, for scripts, cron and monitoring.

The same check as the app's "Check this setup now" button (core/health_check.py `run_health_check`),
with the same network rules (core/net: HTTPS only, deadlines, the system's proxies, the
endpoint variables), without a window and without importing Qt: __main__ hands a command line
that starts with ``check`` to `main` before anything of Qt is touched, and `vipps-desktop-check`
(a console script, so Windows gives it a console) starts here directly.

The words are the app's: core/wording.py's table, translated through the app's own compiled
catalogue (core/catalogue.py reads the .qm without Qt). The exit status is the contract with
scripts (README "Command-line check"); the JSON output's schema is docs/check-output.schema.json.
No secret is ever taken, printed or sent: the check does not need one.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from vipps_desktop import __version__

if TYPE_CHECKING:
    import argparse

    from vipps_desktop.core.health_report import HealthReport
    from vipps_desktop.core.state import Setup
    from vipps_desktop.core.wording import Translate

EXIT_OK = 0  # every check that ran found nothing wrong
EXIT_PROBLEM = 1  # at least one check found a problem
EXIT_INCONCLUSIVE = 2  # nothing wrong found, but something could not be checked or told
EXIT_USAGE = 64  # the command line or the setup asked for is wrong (sysexits' EX_USAGE)

VERDICTS = {EXIT_OK: "ok", EXIT_PROBLEM: "problem", EXIT_INCONCLUSIVE: "inconclusive"}
JSON_FORMAT = "vipps-desktop-check"
JSON_VERSION = 1
# Names that look like a way to pass the secret: refused with a word on why (and never echoed).
_SECRET_OPTIONS = ("--client-secret", "--secret", "--password")
# The two ways to start the check. On Windows only the console program prints anything (the
# app is a windowed program), so its help and hints must name it, not the app's subcommand.
SUBCOMMAND = "vipps-desktop check"
CONSOLE_PROGRAM = "vipps-desktop-check"


class UsageError(Exception):
    """A wrong command line or an unknown setup: exit status 64, the reason on stderr."""


def exit_status(report: HealthReport) -> int:
    """0 all OK, 1 a problem found, 2 inconclusive or could not check (README)."""
    statuses = {item.status for item in report.items}
    if "problem" in statuses:
        return EXIT_PROBLEM
    if statuses & {"failed", "inconclusive"} or "ok" not in statuses:
        return EXIT_INCONCLUSIVE
    return EXIT_OK


def system_language(environ: dict[str, str] | None = None) -> str:
    """nb when the locale's language is Norwegian (nb, nn, no), else en: LANGUAGE, LC_ALL,
    LC_MESSAGES, LANG, in gettext's order (the app asks Qt, which reads the same)."""
    env = os.environ if environ is None else environ
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if not value:
            continue
        first = value.split(":")[0].replace("-", "_").split("_")[0].split(".")[0].lower()
        return "nb" if first in ("nb", "nn", "no") else "en"
    return "en"


# -- the command line ----------------------------------------------------------------------


def program_name(argv0: str | None = None) -> str:
    """How the check was started (`argv0`, default sys.argv[0]), as its help and hints name
    it: `vipps-desktop-check` (the console program, `.exe` on Windows) or `vipps-desktop
    check` (the app's subcommand, also `python -m vipps_desktop check`)."""
    name = Path(sys.argv[0] if argv0 is None else argv0).name.lower()
    return CONSOLE_PROGRAM if name.startswith(CONSOLE_PROGRAM) else SUBCOMMAND


def make_parser(prog: str = SUBCOMMAND) -> argparse.ArgumentParser:
    import argparse

    class Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            raise UsageError(message)

    parser = Parser(
        prog=prog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=(
            "Check that Vipps Login works for a domain, without logging in and without the\n"
            "client secret: the domain's Idura login configuration, the company in\n"
            "Brønnøysund, what Idura sends to Vipps (client ID, callback URL, environment)\n"
            "and whether Vipps has that callback URL registered for the client ID.\n"
            "The checks are best-effort: they read how the services answer, which is not\n"
            "documented. Give a setup saved by the app (--setup) or the values themselves."
        ),
        epilog=(
            "exit status:\n"
            "  0   all OK: every check that ran passed (rows without their input are skipped)\n"
            "  1   a problem found: something needs fixing (the output says what)\n"
            "  2   inconclusive: a check could not run (network) or could not tell\n"
            "  64  usage error: wrong options, or no such setup\n"
            "\n"
            "examples:\n"
            "  %(prog)s --setup acme.idura.broker\n"
            "  %(prog)s --domain acme.idura.broker --app-client-id urn:acme:web \\\n"
            "      --app-callback-url https://www.acme.no/signin-oidc --json\n"
            "\n"
            "The network settings are the app's: HTTPS only, the system's proxy variables\n"
            "(HTTPS_PROXY, NO_PROXY), and the VIPPS_DESKTOP_*_URL variables for other\n"
            "endpoints (docs/environment.md). A result for --setup is saved with the setup,\n"
            "as the app's button does (--no-save: not)."
        ),
    )
    which = parser.add_argument_group("what to check (one of)")
    which.add_argument(
        "--setup",
        metavar="ID-OR-DOMAIN",
        help="a setup saved by the app: its ID (or the ID's start) or its domain",
    )
    which.add_argument("--domain", help="the Idura (Criipto) domain, e.g. acme.idura.broker")
    values = parser.add_argument_group(
        "values (with --domain; --client-id also with --setup)",
        "The Idura application is one of the company's applications in the Idura dashboard:\n"
        "its client ID (realm) and one of its callback URLs. Neither is secret.",
    )
    values.add_argument(
        "--client-id",
        metavar="GUID",
        help="the Vipps client ID (public, never the secret): check 1 asks Vipps about it",
    )
    values.add_argument("--app-client-id", metavar="ID", help="an Idura application's client ID")
    values.add_argument(
        "--app-callback-url", metavar="URL", help="one of that application's callback URLs"
    )
    values.add_argument("--org-number", metavar="NNNNNNNNN", help="the company's org. number")
    values.add_argument(
        "--env",
        choices=("production", "test"),
        help="the Vipps environment the keys are for (default: production, or the setup's)",
    )
    output = parser.add_argument_group("output")
    output.add_argument(
        "--json", action="store_true", help="print JSON (docs/check-output.schema.json)"
    )
    output.add_argument(
        "--lang",
        choices=("nb", "en"),
        help="language of the text: nb or en (default: from LANGUAGE, LC_ALL, LC_MESSAGES, LANG)",
    )
    output.add_argument(
        "--no-save", action="store_true", help="do not save the result with the setup"
    )
    parser.add_argument(
        "--profile-dir",
        metavar="DIR",
        help="where the app keeps its setups (also: VIPPS_DESKTOP_PROFILE_DIR)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _refuse_secrets(argv: Sequence[str]) -> None:
    for arg in argv:
        name = arg.split("=", 1)[0].lower()
        if name in _SECRET_OPTIONS:
            raise UsageError(
                f"{name}: the check never needs the client secret, and a secret on a command "
                "line is seen by other users and kept in shell history. Remove it (and change "
                "the secret if it was a real one)."
            )


class Inputs:
    """What is checked, cleaned: from a saved setup or from the command line."""

    def __init__(self, args: argparse.Namespace, setup: Setup | None) -> None:
        from vipps_desktop.core import credentials

        self.setup = setup
        if setup is not None:
            for option in ("domain", "app_client_id", "app_callback_url", "org_number", "env"):
                if getattr(args, option) is not None:
                    raise UsageError(
                        f"--{option.replace('_', '-')} cannot be used with --setup: the setup "
                        "has its own (change it in the app)"
                    )
            from vipps_desktop.core.overview import health_inputs

            saved = health_inputs(setup.data)
            self.domain, self.org_number = saved.domain, saved.org_number
            self.environment = saved.environment
            self.app_client_id, self.app_callback = saved.app_client_id, saved.app_callback
        else:
            self.domain = _clean("domain", args.domain, "--domain")
            self.org_number = _clean("org_number", args.org_number, "--org-number")
            self.environment = args.env or "production"
            app, callback = args.app_client_id or "", args.app_callback_url or ""
            if bool(app) != bool(callback):
                raise UsageError("--app-client-id and --app-callback-url go together")
            if app and not credentials.valid_app_client_id(app):
                raise UsageError("--app-client-id: not a client ID (no spaces, at most 200)")
            if callback and not credentials.valid_app_callback(callback):
                raise UsageError("--app-callback-url: not an https:// URL")
            self.app_client_id = app.strip() or None
            self.app_callback = callback.strip() or None
        self.client_id: str | None = None
        if args.client_id is not None:
            checked = credentials.validate_client_id(args.client_id)
            if not checked.ok:
                raise UsageError("--client-id: not a Vipps client ID (a GUID)")
            self.client_id = checked.value

    def to_json(self) -> dict[str, Any]:
        return {
            "domain": self.domain,
            "org_number": self.org_number,
            "environment": self.environment,
            "client_id": self.client_id,
            "app_client_id": self.app_client_id,
            "app_callback_url": self.app_callback,
        }


def _clean(field: str, value: str | None, option: str) -> str | None:
    if value is None:
        return None
    from vipps_desktop.core import validators

    check = validators.validate_domain if field == "domain" else validators.validate_org_number
    result = check(value)
    if not result.ok or not result.value:
        from vipps_desktop.core.wording import text

        reason = text(result.error) if result.error is not None else "not valid"
        raise UsageError(f"{option}: {reason}")
    return result.value


def find_setup(profile: Any, wanted: str) -> Setup:
    """The saved setup named by its ID, a unique start of its ID, or its domain."""
    from vipps_desktop.core import fields
    from vipps_desktop.core.state import SetupStore

    store = SetupStore(profile)
    setups = store.load_all()
    key = wanted.strip().lower()
    by_id = [s for s in setups if s.id == key] or (
        [s for s in setups if s.id.startswith(key)] if len(key) >= 4 else []
    )
    if len(by_id) == 1:
        return by_id[0]
    domain = fields.field("domain").clean(wanted)
    by_domain = [
        s for s in setups if domain and fields.field("domain").clean(s.data.get("domain")) == domain
    ]
    if len(by_domain) == 1:
        return by_domain[0]
    matches = by_id or by_domain
    if matches:
        ids = ", ".join(s.id for s in matches)
        raise UsageError(f"--setup {wanted}: several setups match ({ids}); give the ID")
    raise UsageError(
        f"--setup {wanted}: no saved setup has this ID or domain (in {profile}; "
        f"{len(setups)} saved)"
    )


# -- output --------------------------------------------------------------------------------


def verdict_words(translate: Translate) -> dict[str, str]:
    return {
        "ok": translate("check", "OK"),
        "problem": translate("check", "PROBLEM"),
        "inconclusive": translate("check", "INCONCLUSIVE"),
        "skipped": translate("check", "SKIPPED"),
        "failed": translate("check", "NOT CHECKED"),
    }


def as_json(
    report: HealthReport, inputs: Inputs, language: str, translate: Translate, saved: bool
) -> dict[str, Any]:
    from vipps_desktop.core import wording
    from vipps_desktop.core.health_report import message_json

    names = wording.health_item_names(translate)
    setup = inputs.setup
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "language": language,
        "best_effort": True,
        "checked_on": report.checked_on,
        "verdict": VERDICTS[exit_status(report)],
        "exit_status": exit_status(report),
        "summary": wording.health_summary(
            report.summary, report.all_ok, report.checked_on, translate
        ),
        "setup": None
        if setup is None
        else {"id": setup.id, "company": setup.data.get("company_name") or None},
        "saved": saved,
        "inputs": inputs.to_json(),
        "rows": [
            {
                "check": item.name,
                "name": names.get(item.name, item.name),
                "verdict": item.status,
                "date": item.checked_on,
                "message": message_json(item.message),
                "text": wording.text(item.message, translate),
                "details": [
                    {**message_json(detail), "text": wording.text(detail, translate)}
                    for detail in item.details
                ],
            }
            for item in report.items
        ],
    }


def write_text(out: TextIO, data: dict[str, Any], translate: Translate) -> None:
    """One line per row, as the app shows them: verdict, check (date): what was found."""
    words = verdict_words(translate)
    width = max(len(word) for word in words.values())
    about = data["inputs"]["domain"] or "?"
    company = (data["setup"] or {}).get("company")
    head = f"{company} — {about}" if company else about
    best_effort = translate("check", "best-effort: read from how the services answer")
    print(f"{head}: {data['summary']} ({best_effort})", file=out)
    for row in data["rows"]:
        verdict = words.get(row["verdict"], row["verdict"])
        print(f"{verdict:<{width}}  {row['name']} ({row['date']}): {row['text']}", file=out)
        for detail in row["details"]:
            print(f"{'':<{width}}    {detail['text']}", file=out)
    if data["setup"] is not None and not data["saved"]:
        print(translate("check", "(Not saved with the setup.)"), file=out)


# -- running -------------------------------------------------------------------------------


def run(argv: Sequence[str], out: TextIO, err: TextIO, prog: str = SUBCOMMAND) -> int:
    _refuse_secrets(argv)
    args, unknown = make_parser(prog).parse_known_args(list(argv))
    if unknown:
        # Named, never echoed: a mistyped option's value could be a secret.
        options = sorted({a.split("=", 1)[0] for a in unknown if a.startswith("-")})
        raise UsageError(
            "unknown options: " + ", ".join(options)
            if options
            else f"{len(unknown)} unexpected argument(s) (not shown)"
        )
    if (args.setup is None) == (args.domain is None):
        raise UsageError("give either --setup (a saved setup) or --domain (values)")
    from vipps_desktop.core import catalogue, health_check
    from vipps_desktop.core.net import HttpFailure
    from vipps_desktop.core.paths import profile_dir

    language = args.lang or system_language()
    translate = catalogue.for_language(language).translate
    profile = profile_dir(args.profile_dir)
    setup = find_setup(profile, args.setup) if args.setup is not None else None
    inputs = Inputs(args, setup)
    try:
        report = health_check.run_health_check(
            domain=inputs.domain,
            org_number=inputs.org_number,
            environment="test" if inputs.environment == "test" else "production",
            app_client_id=inputs.app_client_id,
            app_callback=inputs.app_callback,
            client_id=inputs.client_id,
        )
    except HttpFailure as failure:  # only a cancel ends the whole check: Ctrl+C
        print(f"{prog}: {failure.kind}", file=err)
        return EXIT_INCONCLUSIVE
    saved = False
    if setup is not None and not args.no_save:
        saved = _save(profile, setup, report, err, prog)
    data = as_json(report, inputs, language, translate, saved)
    if args.json:
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        write_text(out, data, translate)
    return exit_status(report)


def _save(profile: Any, setup: Setup, report: HealthReport, err: TextIO, prog: str) -> bool:
    """Keep the result with the setup, as the button does (core/workspace.py)."""
    from vipps_desktop.core.workspace import Workspace

    try:
        Workspace(profile).record_health(setup.id, report.to_json())
    except (OSError, KeyError) as exc:
        print(f"{prog}: the result was not saved ({type(exc).__name__})", file=err)
        return False
    return True


def utf8_when_redirected(stream: TextIO | None, environ: dict[str, str] | None = None) -> None:
    """Text to a file or a pipe in UTF-8, as the frozen programs write it (build.spec's UTF-8
    mode): otherwise Python writes the locale's encoding there (Windows' ANSI code page,
    ASCII under LANG=C), where a name such as "Brønnøysund" stops the check with a traceback
    or makes `--json > check.json` invalid JSON text. A terminal keeps its encoding, showing
    "?" for a character it lacks; PYTHONIOENCODING, when set, is the user's choice and wins."""
    env = os.environ if environ is None else environ
    if not isinstance(stream, io.TextIOWrapper) or env.get("PYTHONIOENCODING"):
        return
    if stream.isatty():
        stream.reconfigure(errors="replace")
    elif codecs.lookup(stream.encoding).name != "utf-8":
        stream.reconfigure(encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    prog = program_name()
    for stream in (sys.stdout, sys.stderr):
        utf8_when_redirected(stream)
    # pythonw (the gui-script on Windows) has no streams: the status still tells.
    out = sys.stdout or open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    err = sys.stderr or out
    try:
        return run(argv, out, err, prog)
    except UsageError as exc:
        print(f"{prog}: {exc}", file=err)
        print(f"Try '{prog} --help'.", file=err)
        return EXIT_USAGE
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
