"""The setup record (core/record.py) as a PDF, with Qt's own writer: QTextDocument → QPdfWriter.

A4, real text (selectable, searchable, extractable with pdftotext), the app's own font, and
black on white with rules and bold labels only: it reads the same printed in black and white.
QtGui's QPdfWriter needs neither QtPrintSupport nor any other library.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
    QTextLength,
    QTextTable,
)

from vipps_desktop.core.record import (
    Heading,
    Items,
    LinkList,
    Paragraph,
    Record,
    Rows,
    Table,
)

# QTextDocument.print_ keeps a 2 cm margin of its own inside the writer's page.
MARGIN_MM = 0.0
RESOLUTION_DPI = 300
BODY_POINTS = 10.0

# The health check's columns: check, result, date, details.
_COLUMN_WIDTHS = (27, 13, 14, 46)
# Lengths in px: Qt's HTML importer drops margins given in pt (a style sheet's and a style
# attribute's alike). The document lays out at 96 px an inch, so 4 px is 3 pt on the page.
_CSS = """
body { color: #000000; }
h1 { font-size: 16pt; font-weight: bold; margin-bottom: 3px; }
h2 { font-size: 12.5pt; font-weight: bold; margin-top: 14px; margin-bottom: 5px; }
h3 { font-size: 11pt; font-weight: bold; margin-top: 8px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 7px; }
p.subtitle { font-style: italic; margin-bottom: 11px; }
p.code { font-family: monospace; margin-left: 16px; }
table { border-collapse: collapse; }
td, th { vertical-align: top; }
th { font-weight: bold; text-align: left; border-bottom: 1px solid #000000; }
td.label { font-weight: bold; }
td.short { white-space: nowrap; }
span.missing { font-style: italic; }
span.code { font-family: monospace; }
a { color: #000000; text-decoration: underline; }
p.footer { font-style: italic; margin-top: 19px; }
"""


def record_html(record: Record) -> str:
    """The record as the HTML subset QTextDocument lays out."""
    parts = [
        f"<h1>{escape(record.title)}</h1>",
        f'<p class="subtitle">{escape(record.subtitle)}</p>',
    ]
    for block in record.blocks:
        if isinstance(block, Heading):
            level = min(max(block.level, 2), 3)
            parts.append(f"<h{level}>{escape(block.text)}</h{level}>")
        elif isinstance(block, Rows):
            rows = []
            for row in block.rows:
                if row.value is None:
                    value = f'<span class="missing">{escape(record.not_recorded)}</span>'
                elif row.code:
                    value = f'<span class="code">{escape(row.value)}</span>'
                else:
                    value = escape(row.value)
                if row.note:
                    value += f" ({escape(row.note)})"
                rows.append(
                    f'<tr><td class="label" width="34%">{escape(row.label)}</td>'
                    f'<td width="66%">{value}</td></tr>'
                )
            parts.append(
                '<table width="100%" cellspacing="0" cellpadding="2">' + "".join(rows) + "</table>"
            )
        elif isinstance(block, Table):
            head = "".join(
                f'<th width="{width}%">{escape(h)}</th>'
                for h, width in zip(block.header, _COLUMN_WIDTHS, strict=False)
            )
            body = "".join(
                "<tr>"
                + "".join(
                    f'<td class="{"short" if column in (1, 2) else "text"}">{escape(cell)}</td>'
                    for column, cell in enumerate(cells)
                )
                + "</tr>"
                for cells in block.rows
            )
            parts.append(
                f'<table width="100%" cellspacing="0" cellpadding="3"><tr>{head}</tr>{body}</table>'
            )
        elif isinstance(block, Paragraph):
            parts.append(f"<p>{escape(block.text)}</p>")
            if block.code:
                parts.append(f'<p class="code">{escape(block.code)}</p>')
        elif isinstance(block, Items):
            tag = "ol" if block.numbered else "ul"
            items = "".join(f"<li>{escape(item)}</li>" for item in block.items)
            parts.append(f"<{tag}>{items}</{tag}>")
        elif isinstance(block, LinkList):
            items = "".join(
                f'<li>{escape(label)}: <a href="{escape(url, quote=True)}">{escape(url)}</a></li>'
                for label, url in block.links
            )
            parts.append(f"<ul>{items}</ul>")
    parts.append(f'<p class="footer">{escape(record.footer)}</p>')
    return "<html><body>" + "".join(parts) + "</body></html>"


def _fix_column_widths(document: QTextDocument) -> None:
    """The columns' share of the width (the HTML's width attributes are only a hint): labels
    a third, values the rest; the health check's as `_COLUMN_WIDTHS`."""
    percent = QTextLength.Type.PercentageLength
    for frame in document.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        shares = (34, 66) if frame.columns() == 2 else _COLUMN_WIDTHS[: frame.columns()]
        table_format = frame.format()
        table_format.setColumnWidthConstraints([QTextLength(percent, share) for share in shares])
        frame.setFormat(table_format)


def write_pdf(record: Record, path: Path) -> None:
    """Write `record` to `path` as an A4 PDF, whole or not at all (core/user_files.py).
    Raises OSError when the folder cannot be written."""
    from vipps_desktop.core.user_files import write_replacing

    write_replacing(path, lambda tmp: _print(record, tmp))


def _print(record: Record, path: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    writer.setTitle(f"{record.meta.get('title', record.title)}: {record.meta.get('subject', '')}")
    writer.setCreator("Vipps Login Setup")
    document = record_document(record)
    document.print_(writer)  # laid out on the writer's page, with page numbers
    del writer  # the file is complete once the writer is gone


def record_document(record: Record) -> QTextDocument:
    """The record laid out as the PDF shows it."""
    document = QTextDocument()
    font = QFont(QGuiApplication.font())  # the app's typography
    font.setPointSizeF(BODY_POINTS)
    # No ligatures: text copied or extracted from the PDF reads "fi", not one glyph "ﬁ".
    font.setFeature(QFont.Tag("liga"), 0)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(_CSS)
    document.setHtml(record_html(record))
    _fix_column_widths(document)
    return document
