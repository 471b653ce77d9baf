"""Take a screenshot of every wizard page into docs/screenshots/ (run via take-screenshots.sh).

Runs the real app window on the X server in $DISPLAY (Xvfb), with a scratch profile filled in
the way a user would have, so each page shows realistic values.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the loopback server that stands in for the services

from loopback import LoopbackServer, json_reply  # noqa: E402

from vipps_desktop.core.session import Session  # noqa: E402
from vipps_desktop.ui.app import make_application, make_context  # noqa: E402
from vipps_desktop.ui.i18n import install_translators  # noqa: E402
from vipps_desktop.ui.pages.credentials import CredentialsPage  # noqa: E402
from vipps_desktop.ui.theme import apply_scheme  # noqa: E402
from vipps_desktop.ui.wizard import SetupWizard  # noqa: E402

VALUES = {
    "org_number": "923 609 016", "confirm_bankid": True, "confirm_signer_role": True,
    "confirm_bank_account": True, "confirm_paid_plan": True, "domain": "acme.idura.broker",
    "company_name": "Acme Norge AS", "sales_unit_name": "Acme Norge",
    "website": "https://www.acme.no", "order_submitted_on": "2026-11-20",
    "approved_on": "2026-11-24", "confirm_redirect_uri": True, "confirm_keys_found": True,
}


def settle(app: QApplication, ms: int = 250) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def shoot(app: QApplication, out: Path, language: str, scheme: str) -> None:
    apply_scheme(app, scheme)
    install_translators(language)
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp)
        session = Session(profile)
        session.new_setup()
        for key, value in VALUES.items():
            session.set(key, value)
        other = Session(profile)
        other.new_setup()
        other.set("org_number", "974760673")
        other.set("domain", "kunde.criipto.id")

        ctx = make_context(profile, language)
        wizard = SetupWizard(ctx)
        wizard.resize(1000, 760)
        wizard.show()
        settle(app, 500)
        for number, step_id in enumerate(wizard.step_ids, start=1):
            if step_id == "welcome":
                wizard.restart()
            else:
                if ctx.session.setup is None:
                    ctx.session.open_setup(session.setup.id)  # type: ignore[union-attr]
                if step_id == "done":
                    ctx.session.set("submitted_to_criipto_on", "2026-11-26")
                wizard.go_to(step_id)
            if step_id == "credentials":
                page = wizard.pages["credentials"]
                assert isinstance(page, CredentialsPage)
                page.client_id.setText("fb492b5e-7907-4d83-bc20-c7fb60ca35de")
                page.secret.setText("Zk3q9TjW1xV2aB7cD8eF0g==")
                page.client_id.textEdited.emit(page.client_id.text())
                settle(app, 1500)
            if step_id in ("submit", "prerequisites", "domain"):
                settle(app, 1500)  # keychain read, or the online check's answer
            settle(app)
            path = out / f"{number:02d}-{step_id}-{language}-{scheme}.png"
            wizard.grab().save(str(path))
            print(path.relative_to(ROOT))
        wizard.close()
        ctx.keychain.wait()


def fake_services() -> LoopbackServer:
    """Brønnøysund and the Criipto domain answering as they would for this company."""
    server = LoopbackServer().start()
    api = "/enhetsregisteret/api"
    os.environ["VIPPS_DESKTOP_BRREG_URL"] = server.url + api
    os.environ["VIPPS_DESKTOP_CRIIPTO_URL_TEMPLATE"] = server.url + "/{domain}"
    server.route("GET", f"{api}/enheter/923609016", json_reply(200, {
        "organisasjonsnummer": "923609016", "navn": "ACME NORGE AS",
        "organisasjonsform": {"kode": "AS", "beskrivelse": "Aksjeselskap"},
        "forretningsadresse": {"adresse": ["Storgata 1"], "postnummer": "0155",
                               "poststed": "OSLO", "land": "Norge"},
        "konkurs": False, "underAvvikling": False,
        "underTvangsavviklingEllerTvangsopplosning": False}))
    person = {"erDoed": False}
    server.route("GET", f"{api}/enheter/923609016/roller", json_reply(200, {"rollegrupper": [
        {"type": {"kode": "STYR"}, "roller": [{"type": {"kode": "LEDE"}, "avregistrert": False,
         "person": {**person, "navn": {"fornavn": "Kari", "etternavn": "Nordmann"}}}]},
        {"type": {"kode": "DAGL"}, "roller": [{"type": {"kode": "DAGL"}, "avregistrert": False,
         "person": {**person, "navn": {"fornavn": "Ola", "etternavn": "Nordmann"}}}]}]}))
    issuer = "https://acme.idura.broker"
    server.route("GET", "/acme.idura.broker/.well-known/openid-configuration", json_reply(200, {
        "issuer": issuer, "authorization_endpoint": issuer + "/oauth2/authorize",
        "token_endpoint": issuer + "/oauth2/token", "jwks_uri": issuer + "/.well-known/jwks"}))
    return server


def main() -> int:
    server = fake_services()
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    app = make_application(sys.argv)
    languages = sys.argv[1:2] or ["en", "nb"]
    for language in languages:
        for scheme in ("light", "dark"):
            shoot(app, out, language, scheme)
    server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
