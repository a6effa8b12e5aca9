"""Reading PDFs back for tests: text (pypdf) and the fonts each page uses."""

from __future__ import annotations

import re
from pathlib import Path
from typing import IO, Any

from pypdf import PdfReader
from pypdf.generic import DictionaryObject


def pdf_pages(source: str | Path | IO[bytes]) -> list[str]:
    """The text of each page, as pypdf extracts it."""
    return [page.extract_text() for page in PdfReader(source).pages]


def pdf_text(source: str | Path | IO[bytes]) -> str:
    """The text of all pages."""
    return "\n".join(pdf_pages(source))


def squeeze(text: str) -> str:
    """Text without any whitespace: a name wrapped over two lines still matches."""
    return re.sub(r"\s+", "", text)


def _fonts_of(resources: Any, seen: dict[str, DictionaryObject]) -> None:
    if resources is None:
        return
    resources = resources.get_object()
    fonts = resources.get("/Font")
    if fonts is not None:
        for name, ref in fonts.get_object().items():
            font = ref.get_object()
            seen[f"{name}:{font.get('/BaseFont')}"] = font
    xobjects = resources.get("/XObject")
    if xobjects is not None:
        for ref in xobjects.get_object().values():
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Form":
                _fonts_of(xobject.get("/Resources"), seen)


def pdf_fonts(source: str | Path | IO[bytes]) -> dict[str, DictionaryObject]:
    """Every font dictionary used by any page (and its form XObjects)."""
    seen: dict[str, DictionaryObject] = {}
    for page in PdfReader(source).pages:
        _fonts_of(page.get("/Resources"), seen)
    return seen


def not_embedded(source: str | Path | IO[bytes]) -> list[str]:
    """Fonts without an embedded TrueType program (FontFile2) in their descriptor."""
    missing = []
    for key, font in pdf_fonts(source).items():
        descriptors = []
        if font.get("/Subtype") == "/Type0":
            for descendant in font["/DescendantFonts"]:
                descriptors.append(descendant.get_object().get("/FontDescriptor"))
        else:
            descriptors.append(font.get("/FontDescriptor"))
        for descriptor in descriptors:
            if descriptor is None or "/FontFile2" not in descriptor.get_object():
                missing.append(key)
    return missing
