"""Text folded for searching: the clerk types "ha noi" or "dong" and finds "Hà Nội", "Đồng".

Case is folded (``casefold``), Latin diacritics are dropped (the combining marks
U+0300–U+036F after a compatibility decomposition, so full-width letters fold too; Thai
and Lao are not decomposed) and
the letters with a stroke that have no decomposition (Đ/đ, Ø/ø, Ł/ł …) become their base
letter. Marks of other scripts (Thai vowels and tones, say) are kept: they are letters
there, not accents.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

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


#: How well a choice matches what the clerk typed, best first (see :func:`match_rank`).
EXACT_CODE, CODE_START, LABEL_WORDS, OTHER_WORDS, ANYWHERE = range(5)
_WORD_SPLIT = re.compile(r"[\W_]+")


def _words(folded: str) -> list[str]:
    return [w for w in _WORD_SPLIT.split(folded) if w]


def match_rank(query: str, codes: Sequence[str] = (), texts: Sequence[str] = ()) -> int | None:
    """How a choice matches ``query``, compared folded (:func:`fold`); None: it does not.

    The smaller the better: the query is one of the ``codes`` (``EXACT_CODE``), starts one
    (``CODE_START``), every word of it starts a word of the first text (``LABEL_WORDS``,
    "ho chi" in "Thành phố Hồ Chí Minh") or of another text (``OTHER_WORDS``), or it is
    found anywhere (``ANYWHERE``). A blank query matches everything as ``EXACT_CODE``.
    """
    folded = fold(query).strip()
    if not folded:
        return EXACT_CODE
    squeezed = "".join(folded.split())
    folded_codes = [fold(c) for c in codes if c]
    if squeezed in folded_codes:
        return EXACT_CODE
    if any(c.startswith(squeezed) for c in folded_codes):
        return CODE_START
    wanted = _words(folded)
    folded_texts = [fold(t) for t in texts if t]
    for rank, text in enumerate(folded_texts[:1] + ["\n".join(folded_texts[1:])]):
        have = _words(text)
        if wanted and all(any(h.startswith(w) for h in have) for w in wanted):
            return LABEL_WORDS + min(rank, 1)
    if any(folded in t for t in [*folded_texts, *folded_codes]):
        return ANYWHERE
    return None
