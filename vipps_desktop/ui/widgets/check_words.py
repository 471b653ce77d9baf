"""What the chain checks' results say and look like, shared by their boxes (redirect_check_box,
chain_check_box, health_check_box): the lines of a verdict, the setup keys they write. A
line's severity is its message's (`Message.severity`, decided in core), except the "could not
tell" lines a verdict adds, which are always `Severity.UNKNOWN`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QCoreApplication

from vipps_desktop.core import chain
from vipps_desktop.core.message import Severity
from vipps_desktop.core.oauth_answer import Environment, environment_of
from vipps_desktop.ui import messages
from vipps_desktop.ui.context import AppContext
from vipps_desktop.ui.widgets.feedback import Line, line_of

APP_CLIENT_ID_KEY: Final = "idura_app_client_id"
APP_CALLBACK_KEY: Final = "idura_app_callback_url"

ClientId = Callable[[], str | None]
# lupdate finds translate() calls with a literal context, as in ui/messages.py.
translate = QCoreApplication.translate


def setup_environment(ctx: AppContext) -> Environment:
    return environment_of(ctx.workspace.get("vipps_environment"))


def best_effort() -> str:
    return translate("chain_check", "(best-effort check)")


def redirect_text(result: chain.RedirectCheck) -> str:
    # Only what the check found: no guess at why Vipps does not know the client ID.
    return messages.text(result.message)


def chain_lines(result: chain.ChainCheck) -> list[Line]:
    lines: list[Line] = [line_of(result.message)]
    lines.extend(line_of(m) for m in result.differences[1:])
    if result.sent_client_id:
        if result.vipps is not None:
            lines.append(
                (
                    result.vipps.message.severity,
                    translate("chain_check", "Vipps, for the URL Idura sends:")
                    + " "
                    + redirect_text(result.vipps),
                )
            )
        else:
            lines.append(
                (
                    Severity.UNKNOWN,
                    translate(
                        "chain_check", "Vipps could not be asked: the Vipps half is not checked."
                    ),
                )
            )
    lines.append(
        (
            None,
            translate(
                "chain_check",
                "Best-effort check: it proves the callback URL is registered and which "
                "client ID Idura sends; only a real login proves the secret.",
            ),
        )
    )
    return lines


def keep_keys_advice(result: chain.ChainCheck, held: bool) -> str | None:
    """What to do instead of removing the keys, when check 2 shows Idura does not have them
    where they belong. `held`: the keys are on this computer (then they must stay: the user
    needs exactly these keys to save them again)."""
    keep = translate(
        "chain_check", "Keep the keys on this computer: you need them to save them again."
    )
    if result.environment_matches is False:
        if result.expected_environment == "test":
            switch = translate(
                "chain_check",
                "In the Idura dashboard, choose “Test environment” in the environment dropdown "
                "at the top left, paste the client ID and secret under eID providers › Vipps "
                "MobilePay and press Save. Then check again.",
            )
        else:
            switch = translate(
                "chain_check",
                "In the Idura dashboard, choose “Production environment” in the environment "
                "dropdown at the top left, paste the client ID and secret under eID providers › "
                "Vipps MobilePay and press Save. Then check again.",
            )
        return f"{keep} {switch}" if held else switch
    if (
        held
        and result.client_id_confirmed
        and result.vipps is not None
        and not result.vipps.registered
    ):
        return translate(
            "chain_check",
            "Keep the keys on this computer for now: Vipps has not accepted the callback URL "
            "Idura sends. Fix that first, then check again.",
        )
    return None
