""" "My secret leaked / I pasted it in the wrong place": the steps, and a way back to new keys.

The warning and the steps are guide data (`leaked` in resources/guide). "Paste new keys now"
deletes the old keys from the keychain, then reopens the Client ID and client secret step,
empty, with the keys step and the Idura step marked undone: the Idura step has to be done
again with the new keys.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from vipps_desktop.ui.context import AppContext


class LeakedSecretButton(QPushButton):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("My secret &leaked, or I pasted it in the wrong place…"), parent)
        self.ctx = ctx
        self.setObjectName("leaked_secret")
        self.setAccessibleName(self.tr("My secret leaked, or I pasted it in the wrong place"))
        self.setAccessibleDescription(self.tr("How to replace the client secret"))
        self.dialog: QMessageBox | None = None
        self.worker = ctx.keychain.worker(self)
        self.clicked.connect(self.show_steps)

    def show_steps(self) -> None:
        guide = self.ctx.guide
        steps = "\n".join(
            f"{i}. {step}" for i, step in enumerate(guide.texts("leaked", "steps"), start=1)
        )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            guide.text("leaked", "title"),
            guide.text("leaked", "intro"),
            parent=self,
        )
        box.setObjectName("leaked_secret_steps")
        # The gap comes before the steps: regenerating breaks every login until Idura has the
        # new secret, so the reader must know it before the first step.
        box.setInformativeText(guide.text("leaked", "warning") + "\n\n" + steps)
        self.portal_button = box.addButton(
            self.tr("Open the Vipps portal ↗"), QMessageBox.ButtonRole.ActionRole
        )
        self.portal_button.setObjectName("leaked_open_portal")
        self.portal_button.clicked.disconnect()  # an action button must not close the box
        self.portal_button.clicked.connect(self._open_portal)
        self.restart_button = box.addButton(
            self.tr("Paste new keys now"), QMessageBox.ButtonRole.AcceptRole
        )
        self.restart_button.setObjectName("leaked_paste_new_keys")
        box.addButton(QMessageBox.StandardButton.Close)
        box.finished.connect(lambda _result: self._finished(box))
        self.dialog = box
        box.open()

    def _open_portal(self) -> None:
        QDesktopServices.openUrl(QUrl(self.ctx.guide.link("vipps_portal").url))

    def _finished(self, box: QMessageBox) -> None:
        if box.clickedButton() is self.restart_button:
            self.paste_new_keys()

    def paste_new_keys(self) -> None:
        from vipps_desktop.ui.keychain import for_open_setup

        workspace = self.ctx.workspace
        if workspace.setup is None:
            return
        self.setEnabled(False)
        self.ctx.keychain.discard(
            self.worker,
            workspace.setup,
            for_open_setup(workspace, self._old_keys_deleted),
            for_open_setup(workspace, self._old_keys_kept),
        )

    def _old_keys_deleted(self) -> None:
        self.setEnabled(True)
        self.ctx.clipboard.clear_secret()
        self.ctx.workspace.keys_replaced()
        wizard = self.window()
        pages = getattr(wizard, "pages", None)
        if pages is not None:
            pages["credentials"].forget()  # the old keys must not stay on screen either
        go_to = getattr(wizard, "go_to", None)
        if callable(go_to):
            go_to("credentials")

    def _old_keys_kept(self, error: Exception) -> None:
        self.setEnabled(True)
        QMessageBox.warning(
            self,
            self.tr("Old keys not deleted"),
            self.tr(
                "The old keys could not be deleted from your keychain (%s). Unlock or start "
                "your keychain and try again."
            )
            % getattr(error, "kind", type(error).__name__),
        )
