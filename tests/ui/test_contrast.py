"""Contrast, measured from renderings in the light and the dark scheme (WCAG 2.1).

Every enabled check box, radio button and text field has an edge at least 3:1 against the
ground it sits on (1.4.11 non-text contrast), and every piece of enabled text at least 4.5:1
(1.4.3), feedback lines in their severity's colour included. Measured from the pixels of the
widgets as Qt draws them (`QWidget.grab`), not from the palette: what Fusion derives from the
palette (its edges are the window colour darkened) is exactly what went wrong before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QStyle,
    QStyleFactory,
    QStyleOptionButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from vipps_desktop.core.fields import field_name
from vipps_desktop.core.message import Severity
from vipps_desktop.core.secrets import CredentialVault, SecretStore, Where
from vipps_desktop.core.workspace import keychain_key
from vipps_desktop.ui.app import make_context
from vipps_desktop.ui.theme import apply_scheme
from vipps_desktop.ui.widgets.feedback import Feedback
from vipps_desktop.ui.wizard import SetupWizard
from vipps_desktop.ui.workers import Worker

CONTROL = 3.0  # 1.4.11
TEXT = 4.5  # 1.4.3
MARGIN = 4  # pixels of ground grabbed around a control
# A setup done up to the submit step, so every page can be shown.
VALUES: dict[str, object] = {
    "org_number": "923609016",
    "confirm_bankid": True,
    "confirm_signer_role": True,
    "confirm_bank_account": True,
    "confirm_paid_plan": True,
    "domain": "acme.idura.broker",
    "sales_unit_name": "Acme Norge",
    "website": "https://www.acme.no",
    "order_submitted_on": "2026-11-20",
    "approved_on": "2026-11-24",
    "confirm_redirect_uri": True,
    "confirm_keys_found": True,
    "credentials_saved_at": "2026-11-25T10:00:00+00:00",
    "credentials_where": str(Where.MEMORY),
}
# Typed on a page once there (the last first: a wrong value makes later steps unreachable),
# for feedback lines of every colour: ok and a warning, then an error.
TYPED = {"domain": ("domain", "acme-test.idura.broker"), "prerequisites": ("org_number", "12345")}
STEPS = ("submit", "credentials", "domain", "prerequisites")


class NoKeychain(SecretStore):
    """The keys stay in memory: the credentials and submit pages need no real keychain."""

    def __init__(self) -> None:
        self.backend = None


def idle(worker: Worker) -> bool:
    return not worker.busy


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def pixels(image: QImage, rect: QRect) -> list[QColor]:
    return [
        image.pixelColor(x, y)
        for y in range(max(rect.top(), 0), min(rect.bottom() + 1, image.height()))
        for x in range(max(rect.left(), 0), min(rect.right() + 1, image.width()))
    ]


def commonest(colours: list[QColor]) -> QColor:
    return QColor.fromRgba(Counter(c.rgba() for c in colours).most_common(1)[0][0])


def around(widget: QWidget) -> tuple[QImage, QColor]:
    """`widget` with MARGIN pixels of its parent around it, and the colour of that ground."""
    parent = widget.parentWidget()
    assert parent is not None
    image = parent.grab(widget.geometry().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)).toImage()
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    ring = [
        image.pixelColor(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if x < MARGIN - 1
        or y < MARGIN - 1
        or x > image.width() - MARGIN
        or y > image.height() - MARGIN
    ]
    return image, commonest(ring)


def edge_contrast(image: QImage, rect: QRect, ground: QColor) -> float:
    """How well the edge of `rect` stands out: for each side, the contrast of its most visible
    pixel (2 deep) at each point along it, the median of those; the weakest side counts."""
    sides = []
    for inner in (
        [QRect(x, rect.top(), 1, 2) for x in range(rect.left() + 3, rect.right() - 2)],
        [QRect(x, rect.bottom() - 1, 1, 2) for x in range(rect.left() + 3, rect.right() - 2)],
        [QRect(rect.left(), y, 2, 1) for y in range(rect.top() + 3, rect.bottom() - 2)],
        [QRect(rect.right() - 1, y, 2, 1) for y in range(rect.top() + 3, rect.bottom() - 2)],
    ):
        best = sorted(max(contrast(c, ground) for c in pixels(image, r)) for r in inner)
        sides.append(best[len(best) // 2])
    return min(sides)


def text_contrast(widget: QWidget) -> float:
    """The contrast of the text's own colour (its most contrasting colour that covers at
    least 4 pixels: a stem, not an antialiasing fringe) against the label's ground."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    colours = pixels(image, image.rect())
    ground = commonest(colours)
    counts = Counter(c.rgba() for c in colours)
    inks = [QColor.fromRgba(rgba) for rgba, n in counts.items() if n >= 4]
    return max(contrast(ink, ground) for ink in inks)


def indicator(widget: QCheckBox | QRadioButton) -> QRect:
    option = QStyleOptionButton()
    option.initFrom(widget)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if isinstance(widget, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    return widget.style().subElementRect(element, option, widget).translated(MARGIN, MARGIN)


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app in `scheme` as `--scheme` sets it; afterwards Qt's own style and palette."""
    style_name = qapp.style().name()
    palette = QPalette(qapp.palette())
    apply_scheme(qapp, request.param)
    try:
        yield request.param
    finally:
        qapp.styleHints().unsetColorScheme()
        qapp.setStyle(QStyleFactory.create(style_name))
        qapp.setPalette(palette)


def test_controls_and_text_stand_out_in_both_schemes(
    qtbot: QtBot, profile: Path, scheme: str
) -> None:
    vault = CredentialVault(NoKeychain())
    ctx = make_context(profile, vault_factory=lambda: vault)
    wizard = SetupWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.resize(1000, 760)
    wizard.show()
    qtbot.waitExposed(wizard)
    ctx.workspace.new_setup()
    for key, value in VALUES.items():
        ctx.workspace.set(field_name(key), value)
    assert ctx.workspace.setup is not None
    vault.store(keychain_key(ctx.workspace.setup), "fb492b5e-7907-4d83-bc20-c7fb60ca35de", "x" * 24)
    weak: list[str] = []
    measured: dict[str, int] = Counter()
    severities: set[Severity] = set()
    for step in STEPS:
        wizard.go_to(step)
        assert wizard.current_step() == step
        page = wizard.pages[step]
        if step in TYPED:
            name, text = TYPED[step]
            edit = page.findChild(QLineEdit, name)
            assert edit is not None
            edit.setText(text)
        worker = getattr(page, "worker", None)
        if worker is not None:  # the keys come from the vault in the background
            qtbot.waitUntil(partial(idle, worker), timeout=3000)
        qtbot.wait(50)
        for widget in page.findChildren(QWidget):
            # A disabled control may be faint; text is text, whatever its label's state.
            if not widget.isVisible() or not (widget.isEnabled() or isinstance(widget, QLabel)):
                continue
            where = f"{scheme} {step} {type(widget).__name__} {widget.objectName()!r}"
            if isinstance(widget, QCheckBox | QRadioButton):
                image, ground = around(widget)
                found = edge_contrast(image, indicator(widget), ground)
                kind, wanted = "control", CONTROL
            elif isinstance(widget, QLineEdit):
                image, ground = around(widget)
                rect = QRect(MARGIN, MARGIN, widget.width(), widget.height())
                found = edge_contrast(image, rect, ground)
                kind, wanted = "control", CONTROL
            elif isinstance(widget, QLabel) and widget.text().strip() and widget.pixmap().isNull():
                found = text_contrast(widget)
                kind, wanted = "text", TEXT
            else:
                continue
            measured[kind] += 1
            if found < wanted:
                weak.append(f"{where}: {found:.2f}:1 < {wanted}:1")
        for feedback in page.findChildren(Feedback):
            if feedback.isVisible():
                severities.update(s for s, _ in feedback.lines() if s is not None)
    assert weak == [], "too little contrast:\n" + "\n".join(weak)
    assert measured["control"] >= 8 and measured["text"] >= 20, measured
    # The coloured feedback lines were among the text measured.
    assert {Severity.OK, Severity.WARNING, Severity.ERROR} <= severities, severities
