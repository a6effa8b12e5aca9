"""Page layout shared by every PDF: styles, table look, footer with "Page x of y".

All text goes through :func:`para`, which escapes it and sets each script run in a
font that has its glyphs. Text of any length flows: every table may split inside a
row (a 10,000-character name runs on over the next pages instead of failing), long
words are broken, and the footer's repeated text is cut to fit its box.
"""

from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, NamedTuple

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    PageTemplate,
    Paragraph,
    TableStyle,
)

from booking_app.documents.flowing import FlowingFrame, fitted_markup, plain_text
from booking_app.documents.fonts import (
    LATIN,
    LATIN_BOLD,
    font_or_none,
    leading_factor,
    markup,
    needs_shaping,
    register_fonts,
)

#: Where a PDF goes: a path, or a binary file object (for an in-memory preview).
Output = str | Path | IO[bytes]
#: Draws on a page before its content (a watermark, say): (canvas, document).
PageDecoration = Callable[[Any, Any], None]

MARGIN = 15 * mm
#: Left and right padding of table cells, in points.
CELL_PADDING = 3
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5c6670")
RULE = colors.HexColor("#b8c2cc")
SHADE = colors.HexColor("#eef2f5")
ACCENT = colors.HexColor("#1f4e79")


class Styles(NamedTuple):
    """The paragraph styles of every document."""

    body: ParagraphStyle
    body_right: ParagraphStyle
    small: ParagraphStyle
    label: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    head_cell: ParagraphStyle
    head_cell_right: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The styles (fonts registered on first use). Every style shapes Thai runs."""
    register_fonts()

    def style(name: str, size: float, **kw: Any) -> ParagraphStyle:
        base: dict[str, Any] = {
            "fontName": LATIN,
            "fontSize": size,
            "leading": size * 1.3,
            "textColor": INK,
            "shaping": 1,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)

    return Styles(
        body=style("body", 9),
        body_right=style("body_right", 9, alignment=TA_RIGHT),
        small=style("small", 7.5, textColor=MUTED),
        label=style("label", 7, textColor=MUTED, leading=9),
        title=style("title", 16, fontName=LATIN_BOLD, textColor=ACCENT, leading=20),
        heading=style(
            "heading", 10, fontName=LATIN_BOLD, textColor=ACCENT, spaceBefore=8, spaceAfter=3
        ),
        cell=style("cell", 8, alignment=TA_LEFT),
        cell_right=style("cell_right", 8, alignment=TA_RIGHT),
        cell_center=style("cell_center", 8, alignment=TA_CENTER),
        head_cell=style("head_cell", 7.5, textColor=MUTED, fontName=LATIN_BOLD),
        head_cell_right=style(
            "head_cell_right", 7.5, textColor=MUTED, fontName=LATIN_BOLD, alignment=TA_RIGHT
        ),
    )


_variants: dict[tuple[str, bool, bool, float], ParagraphStyle] = {}


def _variant(style: ParagraphStyle, bold: bool, shaped: bool, leading: float) -> ParagraphStyle:
    """The style in bold, without shaping (only Thai, Lao, Khmer, Myanmar need it) and/or
    with the taller lines Lao, Khmer and Myanmar need."""
    key = (style.name, bold, shaped, leading)
    found = _variants.get(key)
    if found is None:
        font = LATIN_BOLD if bold else style.fontName
        found = ParagraphStyle(
            f"{style.name}-{int(bold)}{int(shaped)}-{leading:g}", parent=style, fontName=font,
            shaping=1 if shaped else 0, leading=leading,
        )  # fmt: skip
        _variants[key] = found
    return found


def para(text: str, style: ParagraphStyle, bold: bool = False) -> Paragraph:
    """A paragraph of user or program text, escaped and split into script runs."""
    bold = bold or style.fontName == LATIN_BOLD
    leading = max(style.leading, style.fontSize * leading_factor(text, 0))
    st = _variant(style, bold, needs_shaping(text), leading)
    return Paragraph(markup(text, bold, base=st.fontName), st)


_PLAIN_STYLES = frozenset({"cell", "cell_right", "cell_center"})
#: Without a column width to check against, only text this short is drawn plain.
_PLAIN_UNCHECKED_LENGTH = 24


def cell(text: str, style: ParagraphStyle, fit: float | None = None) -> str | Paragraph:
    """A table cell: plain text when Noto Sans sets it on one line, else a paragraph.

    Plain strings are drawn directly (no markup to parse), which keeps big tables fast;
    the table's style must then align the column (see ``grid_style``'s ``right``).

    Args:
        text: the cell's text.
        style: a cell style (``cell``, ``cell_right``, ``cell_center``).
        fit: the column's text width in points, for text that may need wrapping; plain
            text is used only if it fits. Without it the text is plain only when short
            (a few characters); anything longer wraps as a paragraph.
    """
    if (
        style.name in _PLAIN_STYLES
        and "\n" not in text
        and all(font_or_none(c) == LATIN for c in text)
        and (
            len(text) <= _PLAIN_UNCHECKED_LENGTH
            if fit is None
            else stringWidth(text, LATIN, style.fontSize) <= fit
        )
    ):
        return text
    return para(text, style)


def grid_style(
    header_rows: int = 1, extra: Sequence[tuple[Any, ...]] = (), right: Sequence[int] = ()
) -> TableStyle:
    """The common table look: ruled header, hairlines between rows, top-aligned cells.

    Args:
        header_rows: rows above the accent rule.
        extra: more style commands.
        right: columns whose plain-text cells are right-aligned.
    """
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), LATIN),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("LEADING", (0, 0), (-1, -1), 8 * 1.3),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
    ]
    if header_rows:
        commands.append(("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT))
    commands.extend(("ALIGN", (c, header_rows), (c, -1), "RIGHT") for c in right)
    commands.extend(extra)
    return TableStyle(commands)


def _footer_painter(
    left: str, right: str, page_words: str = "Page {page} of {pages}"
) -> Callable[[Any, int, int], None]:
    # Cut to two lines of their boxes (the same on every page, so fitted once).
    fitted: dict[tuple[str, float], str] = {}

    def fit(text: str, box: float, style: ParagraphStyle) -> str:
        key = (text, box)
        if key not in fitted:
            fitted[key] = fitted_markup(text, box, style)
        return fitted[key]

    def paint(canvas: Any, page: int, pages: int) -> None:
        width, _ = canvas._pagesize
        st = styles().small
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, MARGIN - 3 * mm, width - MARGIN, MARGIN - 3 * mm)
        usable = width - 2 * MARGIN
        left_box, middle_box = usable * 0.52, 30 * mm
        right_box = usable - left_box - middle_box - 4 * mm
        for text, x, box, align in (
            (fit(left, left_box, st), MARGIN, left_box, TA_LEFT),
            (fit(page_words.format(page=page, pages=pages), middle_box, st),
             MARGIN + left_box + 2 * mm, middle_box, TA_CENTER),  # fmt: skip
            (fit(right, right_box, st), width - MARGIN - right_box, right_box, TA_RIGHT),
        ):
            p = Paragraph(text, ParagraphStyle("footer", parent=st, alignment=align))
            _, h = p.wrap(box, 20 * mm)
            p.drawOn(canvas, x, MARGIN - 4 * mm - h)
        canvas.restoreState()

    return paint


def _numbered_canvas(paint: Callable[[Any, int, int], None]) -> type:
    """A canvas class that holds pages back until the end, to print "Page x of y"."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # A TrueType initial font: the default, Helvetica, would be a font not embedded.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or LATIN
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802  (reportlab's name)
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._held_pages)
            for state in self._held_pages:
                self.__dict__.update(state)
                paint(self, self._pageNumber, pages)
                super().showPage()
            super().save()

    return NumberedCanvas


def build_pdf(
    out: Output,
    story: list[Any],
    *,
    title: str,
    author: str,
    footer_left: str,
    footer_right: str = "",
    wide: bool = False,
    decorate: PageDecoration | None = None,
    page_words: str = "Page {page} of {pages}",
) -> None:
    """Lay out ``story`` on A4 pages (landscape when ``wide``) and write the PDF.

    Args:
        out: a file path or a binary file object.
        story: the flowables.
        title: the PDF's title (document properties).
        author: the PDF's author (the company).
        footer_left: text at the left of every footer (document and number).
        footer_right: text at the right of every footer (printed date, say).
        wide: landscape A4.
        decorate: drawn under each page's content (the CANCELLED mark, say).
        page_words: the footer's page number, with ``{page}`` and ``{pages}`` (in the
            document's language).
    """
    register_fonts()
    # Streams are Flate-compressed; ASCII85 on top only makes them bigger and slower.
    rl_config.useA85 = 0
    pagesize = landscape(A4) if wide else A4
    target = str(out) if isinstance(out, Path) else out
    doc = BaseDocTemplate(
        target,
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 8 * mm,
        title=plain_text(title),
        author=plain_text(author),
        creator="the booking desk",
        initialFontName=LATIN,
    )
    # No frame padding: tables and paragraphs line up with the margins. A table with a
    # row taller than the page splits inside that row (see documents/flowing.py).
    frame = FlowingFrame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
    )  # fmt: skip

    def on_page(canvas: Any, document: Any) -> None:
        if decorate is not None:
            decorate(canvas, document)

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    canvas_class = _numbered_canvas(_footer_painter(footer_left, footer_right, page_words))
    doc.build(story, canvasmaker=canvas_class)


def content_width(wide: bool = False) -> float:
    """Width of the text area in points (A4 portrait, or landscape when ``wide``)."""
    width, _ = landscape(A4) if wide else A4
    return float(width - 2 * MARGIN)  # float ok: points on the page


def watermark(text: str, color: colors.Color) -> PageDecoration:
    """A large diagonal word across the page (CANCELLED, NOT CONFIRMED)."""

    latin = all(font_or_none(c, bold=True) in (LATIN_BOLD, None) for c in text)
    # a Chinese character is about as wide as two Latin capitals
    wide = sum(2 if "\u3400" <= c <= "\u9fff" else 1 for c in text)
    faint = colors.Color(color.red, color.green, color.blue, alpha=0.22)

    def draw(canvas: Any, _document: Any) -> None:
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFillColor(color, alpha=0.22)
        canvas.setStrokeColor(color, alpha=0.5)
        # Latin words as they always were; other scripts no larger than ten capitals
        size = min(width, height) / (0.62 * max(wide, 6 if latin else 10))
        canvas.translate(width / 2, height / 2)
        canvas.rotate(35)
        if latin:
            canvas.setFont(LATIN_BOLD, size)
            canvas.drawCentredString(0, -size / 3, text)
        else:  # Chinese or Thai words: each script in its font, Thai shaped
            style = ParagraphStyle(
                "watermark", fontName=LATIN_BOLD, fontSize=size, leading=size * 1.4,
                alignment=TA_CENTER, textColor=faint, shaping=1 if needs_shaping(text) else 0,
            )  # fmt: skip
            mark = Paragraph(markup(text, bold=True, base=LATIN_BOLD), style)
            box = max(width, height)
            _, tall = mark.wrap(box, box)
            mark.drawOn(canvas, -box / 2, -tall / 2)
        canvas.restoreState()

    return draw
