"""Text of any length flows: tables split inside a row, repeated text is cut to its box.

reportlab splits a table only between rows, so one cell taller than a page (a
10,000-character name, a long address) ends the build with a ``LayoutError``.
:class:`FlowingFrame` lets such a table split inside the row, and only such a table:
one whose first row (with the header rows repeated above it) does not fit even on an
empty page. Ordinary tables still move whole rows to the next page.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Frame, KeepTogether, Paragraph, Table

from booking_app.documents.fonts import lines_of, markup, script_runs

#: A cut text ends with this.
ELLIPSIS = "…"
#: Footer texts longer than this are cut before measuring (no footer line holds more).
_MEASURE_LIMIT = 400


def allow_split_in_rows(flowables: Iterable[Any]) -> None:
    """Let every table among ``flowables`` (and the tables in their cells) split in a row."""
    for item in flowables:
        if isinstance(item, Table):
            item.splitInRow = 1
            # reportlab keeps a table's cells only in this attribute.
            allow_split_in_rows(value for row in item._cellvalues for value in row)
        elif isinstance(item, KeepTogether):
            allow_split_in_rows(item._content)
        elif isinstance(item, list | tuple):
            allow_split_in_rows(item)


def _first_row_too_tall(table: Table, height: float) -> bool:
    """True when the header rows and the first row after them are taller than ``height``."""
    # a row of a natural height is None until reportlab has measured it
    heights: list[float] = [h or 0 for h in getattr(table, "_rowHeights", None) or []]
    repeat = table.repeatRows if isinstance(table.repeatRows, int) else 0
    return sum(heights[: repeat + 1]) > height


class FlowingFrame(Frame):  # type: ignore[misc]  # reportlab has no type hints
    """A frame in which a table whose first row cannot fit on any page splits in the row."""

    def split(self, flowable: Any, canv: Any) -> list[Any]:
        """Split as reportlab does; failing that, split an oversized table inside a row."""
        parts: list[Any] = super().split(flowable, canv)
        if parts or not isinstance(flowable, Table) or flowable.splitInRow:
            return parts
        if not _first_row_too_tall(flowable, self._aH):
            return parts  # it fits on the next page: move it there whole
        allow_split_in_rows([flowable])
        result: list[Any] = super().split(flowable, canv)
        return result


def plain_text(text: str) -> str:
    """``text`` on one line as the fonts print it: for PDF properties (title, author).

    Control characters and lone surrogates become the replacement mark, line breaks
    spaces, so the text can be written into the PDF's document information.
    """
    return " ".join("".join(chunk for _, chunk in script_runs(line)) for line in lines_of(text))


def fitted_markup(text: str, width: float, style: ParagraphStyle, max_lines: int = 2) -> str:
    """Markup for ``text`` cut (ending in an ellipsis) to at most ``max_lines`` of ``width``.

    For text repeated on every page (the footer), which is printed in full elsewhere.
    """
    limit = style.leading * max_lines + 0.01

    def fits(candidate: str) -> bool:
        _, height = Paragraph(markup(candidate), style).wrap(width, limit * 10)
        return bool(height <= limit)

    if len(text) <= _MEASURE_LIMIT and fits(text):
        return markup(text)
    low, high = 0, min(len(text), _MEASURE_LIMIT)  # text[:low] + … fits; text[:high] + … not
    if fits(text[:high] + ELLIPSIS):
        return markup(text[:high] + ELLIPSIS)
    while high - low > 1:
        middle = (low + high) // 2
        if fits(text[:middle] + ELLIPSIS):
            low = middle
        else:
            high = middle
    return markup(text[:low].rstrip() + ELLIPSIS)
