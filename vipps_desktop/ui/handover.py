"""Handing a setup over: "Save setup record…", "Export setup…" and "Import setup…".

Used by the Welcome page (any saved setup) and the Done page (the open one), and by the start
when the app is opened with an exported file. Imported on first use: nothing here (QPdfWriter,
the record, the transfer rules) is part of the first paint.

Every file is chosen in a `QFileDialog` opened window-modal (`open()`), so the event loop runs
and tests drive the dialog itself (`selectFile`, `accept`); a caller that already knows the
path (tests, a file opened with the app) passes it and no dialog is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from vipps_desktop import __version__
from vipps_desktop.core import clock, record, transfer
from vipps_desktop.core.message import Severity
from vipps_desktop.core.state import SecretInStateError, Setup
from vipps_desktop.core.workspace import keychain_key, legacy_keychain_labels
from vipps_desktop.ui import messages
from vipps_desktop.ui.context import AppContext

if TYPE_CHECKING:
    from vipps_desktop.core.secrets import CredentialVault
    from vipps_desktop.ui.workers import Worker

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

PDF_SUFFIX = ".pdf"
MARKDOWN_SUFFIX = ".md"


def _filters() -> dict[str, str]:
    return {
        PDF_SUFFIX: translate("handover", "PDF document (*.pdf)"),
        MARKDOWN_SUFFIX: translate("handover", "Markdown (*.md)"),
    }


def _export_filter() -> str:
    return translate("handover", "Vipps Login setup (*%s)") % transfer.EXTENSION


def suggested_name(setup: Setup) -> str:
    """A file name from the company or the domain ("acme-as"), never empty."""
    base = str(setup.data.get("company_name") or setup.data.get("domain") or "setup")
    safe = "".join(c.lower() if c.isalnum() else "-" for c in base).strip("-")
    while "--" in safe:
        safe = safe.replace("--", "-")
    return safe[:60] or "setup"


def _documents_dir() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def refusal_text(error: transfer.ImportRefusedError, name: str) -> str:
    """Why a file was not imported, in the UI's words, led by "nothing was changed"."""
    why = {
        "unreadable": translate("handover", "It could not be read (%1)."),
        "not_a_file": translate("handover", "It is not a regular file."),
        "too_large": translate(
            "handover", "It is larger than a setup file can be (%1), so it was not read."
        ),
        "not_json": translate("handover", "Its content is not a setup export (not JSON)."),
        "not_an_export": translate("handover", "It is not a setup exported by Vipps Login Setup."),
        "newer": translate(
            "handover",
            "It was exported by a newer version of Vipps Login Setup (format version %1). "
            "Update this app, then import it again.",
        ),
        "not_a_setup": translate("handover", "The setup in it is damaged (%1)."),
        "dropped_fields": translate(
            "handover",
            "It holds fields this app does not know, or values of the wrong type (%1). "
            "Export the setup again with the same version of the app.",
        ),
    }[error.code]
    detail = error.detail
    if error.code == "too_large":
        detail = translate("handover", "%1 KB").replace("%1", str(transfer.MAX_FILE_BYTES // 1024))
    lead = translate("handover", "“%1” was not imported; nothing was changed.").replace("%1", name)
    return lead + " " + why.replace("%1", detail)


class Handover(QObject):
    """The three actions for one page. `finished(severity, text)` says how each one went;
    `imported(setup_id, keys_needed)` once an imported setup is saved."""

    finished = Signal(object, str)
    imported = Signal(str, bool)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._parent = parent
        self._worker: Worker | None = None  # made by the first keychain job
        self.dialog: QFileDialog | None = None
        self.question: QMessageBox | None = None

    # -- file dialogs ------------------------------------------------------------------------

    def _choose(
        self,
        title: str,
        filters: list[str],
        suggested: Path | None,
        then: Callable[[Path, str], None],
        *,
        save: bool,
    ) -> None:
        dialog = QFileDialog(self._parent, title)
        dialog.setObjectName("handover_file_dialog")
        dialog.setAcceptMode(
            QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen
        )
        dialog.setFileMode(
            QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile
        )
        dialog.setNameFilters(filters)
        if suggested is not None:
            dialog.setDirectory(str(suggested.parent))
            dialog.selectFile(suggested.name)
        else:
            dialog.setDirectory(str(_documents_dir()))

        def forget() -> None:
            self.dialog = None
            dialog.deleteLater()

        def chosen(path: str) -> None:
            chosen_filter = dialog.selectedNameFilter()
            forget()
            then(Path(path), chosen_filter)

        dialog.fileSelected.connect(chosen)
        dialog.rejected.connect(forget)
        self.dialog = dialog
        dialog.open()

    # -- the record --------------------------------------------------------------------------

    def save_record(self, setup: Setup, path: Path | None = None) -> None:
        """Ask where (PDF or Markdown), then write the record of `setup` there."""
        if path is not None:
            self._record_to(setup, path)
            return
        filters = _filters()
        suggested = _documents_dir() / (
            translate("handover", "setup-record") + f"-{suggested_name(setup)}{PDF_SUFFIX}"
        )

        def chosen(path: Path, name_filter: str) -> None:
            if path.suffix.lower() not in filters:
                suffix = MARKDOWN_SUFFIX if name_filter == filters[MARKDOWN_SUFFIX] else PDF_SUFFIX
                path = path.with_name(path.name + suffix)
            self._record_to(setup, path)

        # Qt's dialog renames the suggested file when another format is chosen (tested).
        self._choose(
            translate("handover", "Save setup record"),
            list(filters.values()),
            suggested,
            chosen,
            save=True,
        )

    def _record_to(self, setup: Setup, path: Path) -> None:
        if not transfer.keys_held_here(setup):
            self._write_record(setup, path, None)
            return
        # The client ID is read in the keychain's thread; only the ID comes back from there.
        key, legacy = keychain_key(setup), legacy_keychain_labels(setup)

        def job(vault: CredentialVault) -> str | None:
            found = vault.fetch(key, legacy=legacy)
            return found.client_id if found is not None else None

        def failed(error: Exception) -> None:
            log.info("record: the client ID could not be read (%s)", type(error).__name__)
            self._write_record(setup, path, None)

        if self._worker is None:
            self._worker = self.ctx.keychain.worker(self)
        self.ctx.keychain.run(
            self._worker,
            job,
            lambda client_id: self._write_record(setup, path, client_id),
            failed,
        )

    def make_record(self, setup: Setup, client_id: str | None = None) -> record.Record:
        from vipps_desktop.ui.record_labels import record_labels

        return record.build_record(
            setup,
            labels=record_labels(),
            guide=self.ctx.guide,
            message_text=messages.text,
            app_version=__version__,
            today=clock.today_iso(),
            client_id=client_id,
        )

    def _write_record(self, setup: Setup, path: Path, client_id: str | None) -> None:
        document = self.make_record(setup, client_id)
        try:
            if path.suffix.lower() == MARKDOWN_SUFFIX:
                from vipps_desktop.core.user_files import write_text

                write_text(path, record.to_markdown(document))
            else:
                from vipps_desktop.ui.record_pdf import write_pdf

                write_pdf(document, path)
        except OSError as exc:
            log.warning("record not saved: %s", exc.strerror or type(exc).__name__)
            self.finished.emit(
                Severity.ERROR,
                translate("handover", "The setup record could not be saved in %1 (%2).")
                .replace("%1", str(path.parent))
                .replace("%2", exc.strerror or type(exc).__name__),
            )
            return
        log.info("setup record saved (%s)", path.suffix)
        self.finished.emit(
            Severity.OK, translate("handover", "Setup record saved as %1.").replace("%1", str(path))
        )

    # -- export ------------------------------------------------------------------------------

    def export_setup(self, setup: Setup, path: Path | None = None) -> None:
        if path is not None:
            self._export_to(setup, path)
            return
        suggested = _documents_dir() / (suggested_name(setup) + transfer.EXTENSION)

        def chosen(path: Path, _filter: str) -> None:
            if path.suffix.lower() != transfer.EXTENSION:
                path = path.with_name(path.name + transfer.EXTENSION)
            self._export_to(setup, path)

        self._choose(
            translate("handover", "Export setup"), [_export_filter()], suggested, chosen, save=True
        )

    def _export_to(self, setup: Setup, path: Path) -> None:
        try:
            transfer.export_setup(setup, path, __version__)
        except (OSError, SecretInStateError) as exc:
            reason = getattr(exc, "strerror", None) or type(exc).__name__
            log.warning("export not saved: %s", reason)
            self.finished.emit(
                Severity.ERROR,
                translate("handover", "The setup could not be exported to %1 (%2).")
                .replace("%1", str(path.parent))
                .replace("%2", reason),
            )
            return
        log.info("setup %s exported", setup.id)
        text = translate("handover", "Setup exported as %1.").replace("%1", str(path))
        if transfer.keys_held_here(setup):
            text += " " + translate(
                "handover",
                "Its keys are not in the file: on the other computer, they are pasted again.",
            )
        self.finished.emit(Severity.OK, text)

    # -- import ------------------------------------------------------------------------------

    def import_setup(self, path: Path | None = None) -> None:
        if path is not None:
            self._import_from(path)
            return
        self._choose(
            translate("handover", "Import setup"),
            [_export_filter()],
            None,
            lambda path, _filter: self._import_from(path),
            save=False,
        )

    def _import_from(self, path: Path) -> None:
        try:
            setup = transfer.read_export(path)
        except transfer.ImportRefusedError as refused:
            log.warning("import refused: %s", refused.code)
            self.finished.emit(Severity.ERROR, refusal_text(refused, path.name))
            return
        store = self.ctx.workspace.store
        existing = store.load(setup.id)
        if existing is None:
            self._save_import(setup, "replace")
            return
        from vipps_desktop.core.workspace import who

        company, org_number, domain = who(existing)
        name = company or domain or org_number or setup.id
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("handover", "Import setup"),
            translate(
                "handover",
                "The setup “%1” is already here. Replace it with the one in the file, or keep "
                "both (the imported one gets a new id)?",
            ).replace("%1", name),
            QMessageBox.StandardButton.NoButton,
            self._parent,
        )
        box.setObjectName("import_existing_question")
        replace = box.addButton(
            translate("handover", "&Replace it"), QMessageBox.ButtonRole.DestructiveRole
        )
        replace.setObjectName("import_replace")
        both = box.addButton(translate("handover", "&Keep both"), QMessageBox.ButtonRole.AcceptRole)
        both.setObjectName("import_keep_both")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(both)
        box.setEscapeButton(cancel)

        def answered(_result: int) -> None:
            clicked = box.clickedButton()
            self.question = None
            box.deleteLater()
            if clicked is replace:
                self._save_import(setup, "replace")
            elif clicked is both:
                self._save_import(setup, "keep_both")
            else:
                self.finished.emit(Severity.INFO, translate("handover", "Nothing was imported."))

        box.finished.connect(answered)
        self.question = box
        box.open()

    def _save_import(self, setup: Setup, on_existing: str) -> None:
        try:
            result = transfer.import_setup(
                self.ctx.workspace.store,
                setup,
                on_existing="keep_both" if on_existing == "keep_both" else "replace",
            )
        except OSError as exc:
            self.finished.emit(
                Severity.ERROR,
                translate(
                    "handover", "The setup could not be imported (%1); nothing was changed."
                ).replace("%1", exc.strerror or type(exc).__name__),
            )
            return
        log.info("setup %s imported (replaced: %s)", result.setup.id, result.replaced)
        self.imported.emit(result.setup.id, result.keys_needed)


def imported_text(keys_needed: bool, keys_step: str) -> str:
    """What to say once an import is done; `keys_step` is the keys step's title."""
    text = translate("handover", "The setup was imported and opens where it was left.")
    if keys_needed:
        text += " " + translate(
            "handover",
            "Its keys were not part of the file: when you reach the step “%1”, paste them "
            "again from the Vipps portal.",
        ).replace("%1", keys_step)
    return text
