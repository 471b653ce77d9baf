"""Take a screenshot of every wizard page into docs/screenshots/ (run via take-screenshots.sh).

Runs the real app window on the X server in $DISPLAY (Xvfb), with a scratch profile filled in
the way a user would have, so each page shows realistic values.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the loopback server that stands in for the services

from chain_servers import (  # noqa: E402
    APP_CALLBACK,
    APP_CLIENT_ID,
    CALLBACK,
    PROD_AUTH,
    TEST_AUTH,
    VIPPS_CLIENT_ID,
    HydraAuthorize,
    IduraAuthorize,
    start_chain,
)
from loopback import LoopbackServer, json_reply  # noqa: E402
from overview_samples import samples  # noqa: E402

from vipps_desktop.core.fields import field_name  # noqa: E402
from vipps_desktop.core.state import Setup, SetupStore  # noqa: E402
from vipps_desktop.core.workspace import Workspace  # noqa: E402
from vipps_desktop.ui.app import make_application, make_context  # noqa: E402
from vipps_desktop.ui.i18n import install_translators  # noqa: E402
from vipps_desktop.ui.pages.credentials import CredentialsPage  # noqa: E402
from vipps_desktop.ui.theme import apply_scheme  # noqa: E402
from vipps_desktop.ui.wizard import SetupWizard  # noqa: E402

VALUES = {
    "org_number": "923 609 016",
    "confirm_bankid": True,
    "confirm_signer_role": True,
    "confirm_bank_account": True,
    "confirm_paid_plan": True,
    "domain": "acme.idura.broker",
    "company_name": "Acme Norge AS",
    "sales_unit_name": "Acme Norge",
    "website": "https://www.acme.no",
    "order_submitted_on": "2026-11-20",
    "approved_on": "2026-11-24",
    "confirm_redirect_uri": True,
    "confirm_keys_found": True,
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
        workspace = Workspace(profile)
        workspace.new_setup()
        for key, value in VALUES.items():
            workspace.set(field_name(key), value)
        other = Workspace(profile)
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
                if ctx.workspace.setup is None:
                    ctx.workspace.open_setup(workspace.setup.id)  # type: ignore[union-attr]
                if step_id == "done":
                    ctx.workspace.set("submitted_to_criipto_on", "2026-11-26")
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
        chain_states(app, wizard, out, language, scheme)
        wizard.close()
        ctx.keychain.wait()
    welcome_overview(app, out, language, scheme)


def welcome_overview(app: QApplication, out: Path, language: str, scheme: str) -> None:
    """Welcome as an overview (issue 27): a consultant's setups, one in every state, what each
    needs next, attention first; the first one's health check below."""
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp)
        store = SetupStore(profile)
        for data, step in samples(date.today()).values():
            store.save(Setup(data=data, current_step=step))
        ctx = make_context(profile, language)
        wizard = SetupWizard(ctx)
        wizard.resize(1000, 900)
        wizard.show()
        settle(app, 800)
        path = out / f"16-welcome-overview-{language}-{scheme}.png"
        wizard.grab().save(str(path))
        print(path.relative_to(ROOT))
        wizard.close()
        ctx.keychain.wait()


def show_box(app: QApplication, wizard: SetupWizard, box: QWidget) -> None:
    area = box.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if isinstance(area, QScrollArea):
        area.ensureWidgetVisible(box, 0, 0)
    settle(app)


def chain_states(
    app: QApplication, wizard: SetupWizard, out: Path, language: str, scheme: str
) -> None:
    """The chain checks' verdicts (issue 11): a near miss at Vipps on the portal page, what
    Idura sends on the submit page (right, then to Vipps' test environment: issue 22), a
    health check on the Done page."""
    hydra = HYDRA[0]
    idura = IDURA[0]
    ctx = wizard.ctx

    def save(name: str) -> None:
        path = out / f"{name}-{language}-{scheme}.png"
        wizard.grab().save(str(path))
        print(path.relative_to(ROOT))

    hydra.clients[VIPPS_CLIENT_ID] = [CALLBACK.lower()]
    wizard.go_to("portal")
    portal: Any = wizard.pages["portal"]
    portal.redirect_check.field.setText(VIPPS_CLIENT_ID)
    portal.redirect_check.start()
    settle(app, 1500)
    show_box(app, wizard, portal.redirect_check)
    save("11-check-callback-near-miss")

    hydra.clients[VIPPS_CLIENT_ID] = [CALLBACK]
    ctx.workspace.set("idura_app_client_id", APP_CLIENT_ID)
    ctx.workspace.set("idura_app_callback_url", APP_CALLBACK)
    wizard.go_to("submit")
    submit: Any = wizard.pages["submit"]
    submit.chain.load()
    submit.chain.start()
    settle(app, 1500)
    show_box(app, wizard, submit.chain)
    save("12-check-idura-sends")

    # Production keys saved with the dashboard on Test, the keys still on this computer: no
    # removal offered, what to do instead (issue 22).
    submitted = ctx.workspace.get("submitted_to_criipto_on")
    ctx.workspace.set("submitted_to_criipto_on", None)
    submit.load()
    settle(app, 1500)  # the keychain read
    idura.vipps_base = idura.vipps_base.replace(PROD_AUTH, TEST_AUTH)
    submit.chain.start()
    settle(app, 1500)
    show_box(app, wizard, submit.chain)
    save("12-check-idura-wrong-environment")
    idura.vipps_base = idura.vipps_base.replace(TEST_AUTH, PROD_AUTH)
    ctx.workspace.set("submitted_to_criipto_on", submitted)

    wizard.go_to("done")
    done: Any = wizard.pages["done"]
    done.health.start()
    settle(app, 2500)
    show_box(app, wizard, done.health)
    save("13-health-check")

    # The order link handed to the signer (issue 12): the user is not styreleder/daglig leder.
    ctx.workspace.set("company_signers", [{"name": "Kari Nordmann", "roles": ["DAGL"]}])
    ctx.workspace.set("key_recipient", "Ola Utvikler <ola@acme.no>")
    ctx.workspace.set("signer_is_user", False)
    wizard.go_to("order")
    order: Any = wizard.pages["order"]
    order.load()
    settle(app, 500)
    show_box(app, wizard, order.handover)
    save("14-order-signer-message")


HYDRA: list[HydraAuthorize] = []
IDURA: list[IduraAuthorize] = []


def fake_services() -> LoopbackServer:
    """Brønnøysund and the Criipto domain answering as they would for this company."""
    server = LoopbackServer().start()
    api = "/enhetsregisteret/api"
    os.environ["VIPPS_DESKTOP_BRREG_URL"] = server.url + api
    os.environ["VIPPS_DESKTOP_CRIIPTO_URL_TEMPLATE"] = server.url + "/{domain}"
    server.route(
        "GET",
        f"{api}/enheter/923609016",
        json_reply(
            200,
            {
                "organisasjonsnummer": "923609016",
                "navn": "ACME NORGE AS",
                "organisasjonsform": {"kode": "AS", "beskrivelse": "Aksjeselskap"},
                "forretningsadresse": {
                    "adresse": ["Storgata 1"],
                    "postnummer": "0155",
                    "poststed": "OSLO",
                    "land": "Norge",
                },
                "konkurs": False,
                "underAvvikling": False,
                "underTvangsavviklingEllerTvangsopplosning": False,
            },
        ),
    )
    person = {"erDoed": False}
    server.route(
        "GET",
        f"{api}/enheter/923609016/roller",
        json_reply(
            200,
            {
                "rollegrupper": [
                    {
                        "type": {"kode": "STYR"},
                        "roller": [
                            {
                                "type": {"kode": "LEDE"},
                                "avregistrert": False,
                                "person": {
                                    **person,
                                    "navn": {"fornavn": "Kari", "etternavn": "Nordmann"},
                                },
                            }
                        ],
                    },
                    {
                        "type": {"kode": "DAGL"},
                        "roller": [
                            {
                                "type": {"kode": "DAGL"},
                                "avregistrert": False,
                                "person": {
                                    **person,
                                    "navn": {"fornavn": "Ola", "etternavn": "Nordmann"},
                                },
                            }
                        ],
                    },
                ]
            },
        ),
    )
    issuer = "https://acme.idura.broker"
    server.route(
        "GET",
        "/acme.idura.broker/.well-known/openid-configuration",
        json_reply(
            200,
            {
                "issuer": issuer,
                "authorization_endpoint": issuer + "/oauth2/authorize",
                "token_endpoint": issuer + "/oauth2/token",
                "jwks_uri": issuer + "/.well-known/jwks",
            },
        ),
    )
    # Vipps' authorize endpoint (Hydra) and the Idura domain's, for the chain checks.
    chain, env = start_chain(idura=server)
    os.environ.update(env)
    HYDRA.append(chain.production)
    IDURA.append(chain.idura_app)
    return server


# The setup record's PDF (issue 26): a finished setup with its last health check.
RECORD_HEALTH = {
    "checked_on": "2026-12-01",
    "items": [
        {
            "name": name,
            "status": "ok",
            "checked_on": "2026-12-01",
            "message": {"code": code, "params": params},
            "details": [],
        }
        for name, code, params in (
            ("domain", "health.domain_ok", {"domain": "acme.idura.broker"}),
            ("company", "health.company_active", {"name": "ACME NORGE AS", "org": "923609016"}),
            ("vipps_redirect", "redirect.registered", {"environment": "production"}),
            (
                "idura_chain",
                "chain.sends",
                {"client_id": VIPPS_CLIENT_ID, "environment": "production"},
            ),
        )
    ],
}


def record_page(out: Path, language: str) -> None:
    """The first page of the setup record's PDF, as pdftoppm (poppler) renders it."""
    import shutil
    import subprocess

    from vipps_desktop.core.state import Setup
    from vipps_desktop.ui.handover import Handover

    install_translators(language)
    with tempfile.TemporaryDirectory() as tmp:
        ctx = make_context(Path(tmp), language)
        data = {
            **VALUES,
            "org_number": "923609016",
            "msn": "654321",
            "order_template": "web",
            "signer_is_user": False,
            "signer_name": "Kari Nordmann",
            "order_link_sent_on": "2026-11-19",
            "vipps_environment": "production",
            "credentials_saved_at": "2026-11-25T10:12:00+00:00",
            "submitted_to_criipto_on": "2026-11-26",
            "idura_app_client_id": APP_CLIENT_ID,
            "idura_app_callback_url": APP_CALLBACK,
            "health_check": RECORD_HEALTH,
        }
        setup = Setup(data=data, current_step="done", created="2026-11-18T09:00:00+00:00")
        owner = QWidget()
        pdf = Path(tmp) / "record.pdf"
        from vipps_desktop.ui.record_pdf import write_pdf

        write_pdf(Handover(ctx, owner).make_record(setup), pdf)
        tool = shutil.which("pdftoppm")
        if tool is None:
            raise SystemExit("pdftoppm (poppler-utils) is needed for the record's picture")
        target = out / f"15-setup-record-{language}"
        subprocess.run(
            [tool, "-png", "-r", "90", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(target)],
            check=True,
        )
        print(target.with_suffix(".png").relative_to(ROOT))


def main() -> int:
    if sys.argv[1:2] == ["--record"]:  # only the setup record's pictures
        app = make_application(sys.argv[:1])
        out = ROOT / "docs" / "screenshots"
        for language in sys.argv[2:3] or ["en", "nb"]:
            record_page(out, language)
        return 0
    # The window first: without a display Qt stops here, before any picture is removed.
    app = make_application(sys.argv)
    server = fake_services()
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    # Only the numbered pictures this script takes (the Windows one comes from
    # packaging/windows/wine-check.sh and stays).
    for old in out.glob("[0-9][0-9]-*.png"):
        old.unlink()
    languages = sys.argv[1:2] or ["en", "nb"]
    for language in languages:
        for scheme in ("light", "dark"):
            shoot(app, out, language, scheme)
        record_page(out, language)
    server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
