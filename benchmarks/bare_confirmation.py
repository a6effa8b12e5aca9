"""The confirmation PDF's floor: the same content laid out by bare reportlab.

Issue 13 asks for "a bare reportlab document with the same fonts and table". The
confirmation has about a hundred paragraphs, six tables (some nested), a QR code and
text in three scripts; a floor of four paragraphs and one table measured the amount
of content, not the desk's overhead. So the floor is made from the confirmation's own
content, recorded once, before timing, as plain data:

- every paragraph as its final markup and style (the script runs already chosen, the
  fonts already registered),
- every table as its cells, column widths, row heights, repeated rows and style
  commands (tables inside cells too),
- the spacers, the keep-together groups and the QR code drawing.

Each floor run then builds fresh ``Paragraph``/``Table``/``Spacer``/``KeepTogether``
objects from that data and lays them out with a ``BaseDocTemplate`` (A4, the same
margins, one frame without padding) and a one-line footer drawn with ``drawString``
(page number, no "of y"). What the floor leaves out is the desk's work: loading and
formatting the document's values, choosing a font per script run and escaping text,
the style variants, fitting the footer and numbering the pages "x of y".
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from booking_app.documents import fonts
from booking_app.documents.confirmation import confirmation_story
from booking_app.documents.model import BookingDocument

MARGIN = 15 * mm


@contextmanager
def _styles_kept() -> Iterator[None]:
    """While inside, every ``Table.setStyle`` also keeps its style on the table."""
    original = Table.setStyle

    def keeping(self: Table, style: Any) -> None:
        self.__dict__.setdefault("_floor_styles", []).append(style)
        original(self, style)

    Table.setStyle = keeping
    try:
        yield
    finally:
        Table.setStyle = original


def _commands(style: Any) -> list[tuple[Any, ...]]:
    return list(style.getCommands() if hasattr(style, "getCommands") else style)


def _record(item: Any) -> Any:
    """Plain data for one flowable (or cell value); fails on anything not understood."""
    if item is None or isinstance(item, str):
        return item
    if isinstance(item, list | tuple):
        return ("list", [_record(x) for x in item])
    if isinstance(item, Paragraph):
        return ("para", item.text, item.style)
    if isinstance(item, Spacer):
        return ("spacer", item.width, item.height)
    if isinstance(item, KeepTogether):
        return ("keep", [_record(x) for x in item._content])  # noqa: SLF001
    if isinstance(item, Drawing):
        return ("drawing", item)
    if isinstance(item, Image):
        return ("image", item.filename, item.drawWidth, item.drawHeight)
    if isinstance(item, Table):
        options = {"colWidths": item._argW, "rowHeights": item._argH,  # noqa: SLF001
                   "repeatRows": item.repeatRows, "hAlign": item.hAlign,
                   "vAlign": item.vAlign}  # fmt: skip
        styles = [_commands(s) for s in item.__dict__.get("_floor_styles", [])]
        rows = [[_record(v) for v in row] for row in item._cellvalues]  # noqa: SLF001
        return ("table", rows, options, styles)
    raise TypeError(f"the floor does not know how to rebuild {type(item).__name__}")


def record(doc: BookingDocument) -> list[Any]:
    """The confirmation's story as plain data (see the module's docstring)."""
    with _styles_kept():
        story = confirmation_story(doc)
    return [_record(item) for item in story]


def _build(spec: Any) -> Any:
    if spec is None or isinstance(spec, str):
        return spec
    kind = spec[0]
    if kind == "list":
        return [_build(x) for x in spec[1]]
    if kind == "para":
        return Paragraph(spec[1], spec[2])
    if kind == "spacer":
        return Spacer(spec[1], spec[2])
    if kind == "keep":
        return KeepTogether([_build(x) for x in spec[1]])
    if kind == "drawing":
        return spec[1]
    if kind == "image":
        return Image(spec[1], width=spec[2], height=spec[3])
    _kind, rows, options, styles = spec
    table = Table([[_build(v) for v in row] for row in rows], **options)
    for commands in styles:
        table.setStyle(commands)
    return table


def counts(specs: list[Any]) -> dict[str, int]:
    """How many paragraphs, tables, drawings the recorded content has."""
    found = {"para": 0, "table": 0, "drawing": 0}

    def walk(spec: Any) -> None:
        if isinstance(spec, tuple):
            if spec[0] in found:
                found[spec[0]] += 1
            for part in spec[1:]:
                walk(part)
        elif isinstance(spec, list):
            for part in spec:
                walk(part)

    walk(specs)
    return found


def render(specs: list[Any], footer_left: str, footer_right: str) -> bytes:
    """The floor: the recorded content laid out by bare reportlab."""
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN + 8 * mm, title=footer_left, initialFontName=fonts.LATIN,
    )  # fmt: skip
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip

    def footer(canvas: Any, document: Any) -> None:
        width = A4[0]
        canvas.saveState()
        canvas.setFont(fonts.LATIN, 7.5)
        y = MARGIN - 7 * mm
        canvas.drawString(MARGIN, y, footer_left)
        canvas.drawCentredString(width / 2, y, f"Page {document.page}")
        canvas.drawRightString(width - MARGIN, y, footer_right)
        canvas.restoreState()

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=footer)])
    doc.build([_build(spec) for spec in specs])
    return out.getvalue()
