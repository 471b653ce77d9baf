"""The base of every wizard page: guide texts from resources, completion from core's flow."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from vipps_desktop.startup.props import set_props
from vipps_desktop.startup.selectable import make_selectable
from vipps_desktop.ui.context import AppContext
from vipps_desktop.ui.widgets.link_button import LinkButton
from vipps_desktop.ui.widgets.paragraph import paragraph


class SecondaryText(QLabel):
    """Text that matters less, drawn paler than the rest but still 4.5:1 against the window
    (WCAG 1.4.3). A disabled label, used for this before, was 1.6:1 in the light scheme."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        set_props(self, textFormat="PlainText")
        make_selectable(self)
        self._tinting = False
        self._tint()

    def _tint(self) -> None:
        parent = self.parentWidget()
        source = parent.palette() if parent is not None else QPalette()
        ink, ground = (
            source.color(QPalette.ColorRole.WindowText),
            source.color(QPalette.ColorRole.Window),
        )
        pale = QColor.fromRgbF(
            *(
                0.72 * a + 0.28 * b
                for a, b in zip(
                    (ink.redF(), ink.greenF(), ink.blueF()),
                    (ground.redF(), ground.greenF(), ground.blueF()),
                    strict=True,
                )
            )
        )
        palette = QPalette()  # only this role set: everything else follows the parent
        palette.setColor(QPalette.ColorRole.WindowText, pale)
        self._tinting = True
        try:
            self.setPalette(palette)
        finally:
            self._tinting = False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._tinting:
            self._tint()


class GuidePage(QWizardPage):
    """A page for one step of core's flow. Subclasses fill `self.content` in `build()`."""

    step_id: ClassVar[str]

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{self.step_id}")
        text = ctx.guide.step(self.step_id)
        self.setTitle(text.title)
        self.setSubTitle(text.subtitle)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Content wraps to the window's width; only vertical scrolling. No Tab stop of its
        # own (it has no name and shows no focus): a page opens with the focus on its first
        # control, and Tab still scrolls each control into view.
        set_props(scroll, horizontalScrollBarPolicy="ScrollBarAlwaysOff", focusPolicy="NoFocus")
        inner = QWidget(scroll)
        self.content = QVBoxLayout(inner)
        self.content.setContentsMargins(0, 0, 8, 0)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        for body in text.body:
            self.content.addWidget(paragraph(body, inner))
        # The setup whose values the widgets show; None when they show none (not yet loaded,
        # or forgotten because another setup was opened).
        self._shown_for: str | None = None
        # Whether initializePage ever ran: before that the page shows and awaits nothing (no
        # page starts work in `build`), so its first visit has nothing to forget.
        self._initialised = False
        self.build()
        # One link a row: side by side, long labels would force the page wider than the window.
        for link_id in text.links:
            row = QHBoxLayout()
            row.addWidget(LinkButton(ctx.guide.link(link_id), inner))
            row.addStretch(1)
            self.content.addLayout(row)
        self.content.addStretch(1)
        ctx.signals.changed.connect(self._on_changed)

    # -- for subclasses ------------------------------------------------------------------

    def build(self) -> None:
        """Add the page's own widgets to `self.content`."""

    def load(self) -> None:
        """Show the open setup's values in the widgets (called on every visit)."""

    def forget(self) -> None:
        """Clear every widget that shows a value of a setup (another one was opened).

        Pages whose `load` sets every such widget from the workspace need nothing here; a page
        that keeps what it shows between visits (typed keys, keys read from the keychain) must
        clear it.
        """

    def on_changed(self, key: str) -> None:
        """A value changed in the workspace (key "" = another setup was opened)."""

    # -- one setup at a time -------------------------------------------------------------

    def _open_setup_id(self) -> str | None:
        setup = self.ctx.workspace.setup
        return setup.id if setup is not None else None

    def _forget_setup(self) -> None:
        """Drop what this page shows and awaits for the setup that was open: answers on their
        way (keychain, network) are cancelled, so they can never land in another setup."""
        # Here, not at the top: the first page is shown without either module.
        from vipps_desktop.ui.widgets.check_panel import CheckPanel
        from vipps_desktop.ui.workers import Worker

        for worker in self.findChildren(Worker):
            worker.cancel()
        for panel in self.findChildren(CheckPanel):
            panel.reset()
        self.forget()
        self._shown_for = None

    # -- QWizardPage ---------------------------------------------------------------------

    def initializePage(self) -> None:
        if self._initialised and self._shown_for != self._open_setup_id():
            self._forget_setup()
        self._initialised = True
        self.load()
        self._shown_for = self._open_setup_id()

    def cleanupPage(self) -> None:
        # QWizard's default resets fields on Back; our values live in the workspace and stay.
        pass

    def isComplete(self) -> bool:
        return self.ctx.workspace.setup is not None and self.ctx.workspace.flow.is_complete(
            self.step_id
        )

    def _on_changed(self, key: str) -> None:
        if key == "" and self._shown_for is not None and self._shown_for != self._open_setup_id():
            self._forget_setup()
        self.on_changed(key)
        self.completeChanged.emit()
