"""Text folded for searching: the clerk types "ha noi" or "dong" and finds "Hà Nội", "Đồng".

Case is folded (``casefold``), Latin diacritics are dropped (the combining marks
U+0300–U+036F after a compatibility decomposition, so full-width letters fold too; Thai
and Lao are not decomposed) and
the letters with a stroke that have no decomposition (Đ/đ, Ø/ø, Ł/ł …) become their base
letter. Marks of other scripts (Thai vowels and tones, say) are kept: they are letters
there, not accents.
"""

from __future__ import annotations

import unicodedata

_STROKES = str.maketrans(
    {"đ": "d", "ð": "d", "ø": "o", "ł": "l", "ħ": "h", "ŧ": "t", "ƀ": "b", "ɨ": "i", "ı": "i"}
)


def _is_latin_mark(char: str) -> bool:
    return "\u0300" <= char <= "\u036f"


def _decomposed(char: str) -> str:
    # Thai and Lao (U+0E00–U+0EFF) stay as written: their SARA AM / AM would split apart
    if "\u0e00" <= char <= "\u0eff" or char.isascii():
        return char
    return unicodedata.normalize("NFKD", char)


def fold(text: str) -> str:
    """``text`` as the search compares it: case-folded, without Latin diacritics."""
    if text.isascii():
        return text.casefold()
    decomposed = "".join(map(_decomposed, text.casefold()))
    stripped = "".join(c for c in decomposed if not _is_latin_mark(c))
    return unicodedata.normalize("NFC", stripped).translate(_STROKES)
