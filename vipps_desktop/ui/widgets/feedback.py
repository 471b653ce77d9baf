"""One way to show a verdict: per line, an icon and the text beside it, coloured by severity.

Every check, validation and keychain status goes through `Feedback`, so they all look and read
alike: the icon says ok / note / warning / problem / unclear / working (drawn in ui/icons.py,
never a glyph typed into a translatable string), the colour repeats it for those who see
colour, and the words of the severity lead what screen readers are told.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from vipps_desktop.core.message import Message, Severity
from vipps_desktop.ui import icons, messages

Line = tuple[Severity | None, str]  # None: a plain line (an address, a detail), no icon
ICON = 16
# Severities whose text is coloured as well as marked; the others read in the normal colour.
_COLOURED = frozenset({Severity.OK, Severity.WARNING, Severity.ERROR})
translate = QCoreApplication.translate


def severity_word(severity: Severity) -> str:
    """What the icon means, in words: said before the text to screen readers."""
    return {
        Severity.OK: translate("feedback", "OK"),
        Severity.INFO: translate("feedback", "Note"),
        Severity.WARNING: translate("feedback", "Warning"),
        Severity.ERROR: translate("feedback", "Problem"),
        Severity.UNKNOWN: translate("feedback", "Unclear"),
        Severity.PROGRESS: translate("feedback", "Working"),
    }[severity]


def line_of(message: Message) -> Line:
    """A core message as a line: its own severity, its translated words."""
    return message.severity, messages.text(message)


class Feedback(QWidget):
    """Lines of feedback; empty takes no room. `text()` is the words without the icons."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(1, 1)
        self._rows: list[tuple[QLabel, QLabel]] = []
        self._lines: list[Line] = []
        self._painting = False

    # -- content ---------------------------------------------------------------------------

    def set_lines(self, lines: Iterable[Line]) -> None:
        self._lines = [(severity, text) for severity, text in lines if text]
        while len(self._rows) < len(self._lines):
            self._rows.append(self._new_row(len(self._rows)))
        for index, (icon, label) in enumerate(self._rows):
            shown = index < len(self._lines)
            icon.setVisible(shown)
            label.setVisible(shown)
            if not shown:
                label.clear()
                continue
            severity, text = self._lines[index]
            label.setText(text)
            label.setAccessibleName(text)
            icon.setAccessibleName(severity_word(severity) if severity else "")
        self._paint_rows()
        spoken = self.spoken()
        self.setAccessibleName(spoken)
        self.setAccessibleDescription(spoken)

    def set_message(self, severity: Severity | None, text: str) -> None:
        self.set_lines([(severity, text)])

    def say(self, severity: Severity | None, text: str) -> None:
        """Show this one message and tell screen readers about it."""
        self.set_message(severity, text)
        self.show()
        self.announce()

    def show_messages(self, messages_: Iterable[Message]) -> None:
        self.set_lines(line_of(m) for m in messages_)

    def clear(self) -> None:
        self.set_lines([])

    def lines(self) -> list[Line]:
        return list(self._lines)

    def text(self) -> str:
        return "\n".join(text for _, text in self._lines)

    def severity(self) -> Severity | None:
        """The first line's severity: the verdict, when there is one."""
        return next((severity for severity, _ in self._lines if severity is not None), None)

    def spoken(self) -> str:
        """The lines as a screen reader should hear them: the icon's meaning, then the text."""
        return "\n".join(
            f"{severity_word(severity)}: {text}" if severity else text
            for severity, text in self._lines
        )

    def announce(self) -> None:
        """Tell screen readers, unless the user cannot see it (a page walked past or left)."""
        if self._lines and self.isVisible():
            from vipps_desktop.ui.widgets.copy_button import announce

            announce(self, self.spoken())

    # -- looks -----------------------------------------------------------------------------

    def _new_row(self, index: int) -> tuple[QLabel, QLabel]:
        icon = QLabel(self)
        icon.setFixedWidth(ICON)
        # Top, not centred: the row can be taller than the icon (a wrapped text), and the icon
        # must stay beside the text's first line.
        icon.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        label = QLabel(self)
        label.setWordWrap(True)
        # Top as well: a wrapped label can be given more height than its lines need.
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._grid.addWidget(icon, index, 0)
        self._grid.addWidget(label, index, 1)
        return icon, label

    def _paint_rows(self) -> None:
        self._painting = True
        try:
            palette = self.palette()
            ratio = self.devicePixelRatioF()
            # The icon sits on the first line of its text, centred on it.
            top = max(0, (self.fontMetrics().height() - ICON) // 2)
            for (icon, label), (severity, _) in zip(self._rows, self._lines, strict=False):
                icon.setContentsMargins(0, top, 0, 0)
                if severity is None:
                    icon.clear()
                else:
                    icon.setPixmap(icons.severity_icon(severity, palette, ICON, ratio))
                text_palette = QPalette()  # nothing set: the label inherits every colour
                if severity in _COLOURED:
                    text_palette.setColor(
                        QPalette.ColorRole.WindowText, icons.colour(severity, palette)
                    )
                label.setPalette(text_palette)
        finally:
            self._painting = False

    def sizeHint(self) -> QSize:
        # A wrapped label hints the height it has at a narrow guessed width: lines of empty
        # space under a short message in a form. The height for the width it has is the hint.
        hint = super().sizeHint()
        if self._lines and self.width() > ICON * 4:
            hint.setHeight(self.heightForWidth(self.width()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the height it needs follows the width

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if not self._painting and event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.StyleChange,
        ):
            self._paint_rows()
