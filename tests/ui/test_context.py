"""The context's services are made by the first page that uses them, one for the app
(ui/context.py, issue 15): a language switch (with_guide) shares them."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from vipps_desktop.core.content import Guide
from vipps_desktop.core.secrets import CredentialVault, SecretStore
from vipps_desktop.ui.app import make_context


def test_services_are_made_on_first_use_and_shared_across_languages(
    qtbot: QtBot, tmp_path: Path
) -> None:
    made: list[CredentialVault] = []

    def vault() -> CredentialVault:
        made.append(CredentialVault(SecretStore()))
        return made[-1]

    ctx = make_context(tmp_path / "profile", vault_factory=vault)
    assert ctx._shared.clipboard is None and ctx._shared.keychain is None
    ctx.clear_clipboard_secret()  # nothing copied: nothing to clear, nothing made
    ctx.wait_for_keychain()
    assert ctx._shared.clipboard is None and ctx._shared.keychain is None

    other = ctx.with_guide(Guide("nb"))
    assert other.keychain is ctx.keychain and other.clipboard is ctx.clipboard
    assert other.guide.language == "nb" and other.workspace is ctx.workspace
    assert ctx.keychain._factory is vault  # the factory given to make_context
    assert made == []  # called only by the keychain's own thread, on its first job
    ctx.wait_for_keychain()
