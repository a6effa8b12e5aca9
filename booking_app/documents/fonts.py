"""The bundled TrueType fonts and splitting text into runs by script.

reportlab has no per-glyph fallback, so every piece of user text is cut into runs and
each run is set in a font that has its glyphs: Noto Sans for Latin and Vietnamese,
WenQuanYi Micro Hei for Chinese (and Japanese/Korean), Noto Sans Thai, Lao, Khmer and
Myanmar for the corridor's other scripts (shaped with HarfBuzz). All of them are
TrueType, so reportlab embeds and subsets them; the built-in ``STSong-Light`` CID font
is never used because it is not embedded.

A character no bundled font has (Arabic, Devanagari, emoji, private use, a control
character) prints as :data:`REPLACEMENT_MARK`, never as blank space; invisible format
characters (zero-width joiners, bidi marks) that no font has are left out.
"""

import re
import threading
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from booking_app.documents import shaping
from booking_app.resources import resources_dir

LATIN = "DeskSans"
LATIN_BOLD = "DeskSans-Bold"
CJK = "DeskCJK"
THAI = "DeskThai"
THAI_BOLD = "DeskThai-Bold"
LAO = "DeskLao"
LAO_BOLD = "DeskLao-Bold"
KHMER = "DeskKhmer"
KHMER_BOLD = "DeskKhmer-Bold"
MYANMAR = "DeskMyanmar"
MYANMAR_BOLD = "DeskMyanmar-Bold"

#: What prints for a character no bundled font has: U+FFFD, drawn by Noto Sans.
REPLACEMENT_MARK = "\ufffd"
SOFT_HYPHEN = "\u00ad"


class FontFile(NamedTuple):
    """One font as reportlab registers it: our name, the file and the TTC index."""

    name: str
    file: str
    subfont_index: int = 0


FONT_FILES: tuple[FontFile, ...] = (
    FontFile(LATIN, "NotoSans-Regular.ttf"),
    FontFile(LATIN_BOLD, "NotoSans-Bold.ttf"),
    FontFile(CJK, "wqy-microhei.ttc", 0),
    FontFile(THAI, "NotoSansThai-Regular.ttf"),
    FontFile(THAI_BOLD, "NotoSansThai-Bold.ttf"),
    FontFile(LAO, "NotoSansLao-Regular.ttf"),
    FontFile(LAO_BOLD, "NotoSansLao-Bold.ttf"),
    FontFile(KHMER, "NotoSansKhmer-Regular.ttf"),
    FontFile(KHMER_BOLD, "NotoSansKhmer-Bold.ttf"),
    FontFile(MYANMAR, "NotoSansMyanmar-Regular.ttf"),
    FontFile(MYANMAR_BOLD, "NotoSansMyanmar-Bold.ttf"),
)

#: Code point ranges of the scripts with a font of their own: (first, last, regular, bold).
SCRIPT_FONTS: tuple[tuple[int, int, str, str], ...] = (
    (0x0E00, 0x0E7F, THAI, THAI_BOLD),
    (0x0E80, 0x0EFF, LAO, LAO_BOLD),
    (0x1780, 0x17FF, KHMER, KHMER_BOLD),
    (0x19E0, 0x19FF, KHMER, KHMER_BOLD),  # Khmer symbols
    (0x1000, 0x109F, MYANMAR, MYANMAR_BOLD),
    (0xA9E0, 0xA9FF, MYANMAR, MYANMAR_BOLD),  # Myanmar extended-B
    (0xAA60, 0xAA7F, MYANMAR, MYANMAR_BOLD),  # Myanmar extended-A
)
#: Fonts whose runs are shaped with HarfBuzz: marks stacked and placed, Khmer and
#: Myanmar vowels reordered and subscript consonants formed.
SHAPED_FONTS = frozenset(name for _, _, regular, bold in SCRIPT_FONTS for name in (regular, bold))

_lock = threading.Lock()
_registered = False


def font_dir() -> Path:
    """``resources/fonts``: the TTF/TTC files and their licence texts."""
    return resources_dir() / "fonts"


def register_fonts() -> None:
    """Register the bundled fonts with reportlab (once per process; cheap afterwards)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = font_dir()
        for f in FONT_FILES:
            font = TTFont(f.name, str(folder / f.file), subfontIndex=f.subfont_index)
            pdfmetrics.registerFont(font)
            _cmaps[f.name] = frozenset(c for c, g in font.face.charToGlyph.items() if g)
        pdfmetrics.registerFontFamily(
            LATIN, normal=LATIN, bold=LATIN_BOLD, italic=LATIN, boldItalic=LATIN_BOLD
        )
        shaping.install(SHAPED_FONTS)
        _registered = True


def _is_cjk(code: int) -> bool:
    return (
        0x1100 <= code <= 0x11FF  # Hangul Jamo
        or 0x2E80 <= code <= 0x2FDF  # CJK and Kangxi radicals
        or 0x3000 <= code <= 0x33FF  # CJK punctuation, kana, bopomofo, enclosed
        or 0x3400 <= code <= 0x4DBF  # CJK extension A
        or 0x4E00 <= code <= 0x9FFF  # CJK unified ideographs
        or 0xAC00 <= code <= 0xD7AF  # Hangul syllables
        or 0xF900 <= code <= 0xFAFF  # CJK compatibility ideographs
        or 0xFE30 <= code <= 0xFE4F  # CJK compatibility forms
        or 0xFF00 <= code <= 0xFFEF  # half- and full-width forms
        or 0x20000 <= code <= 0x3134F  # extensions B and later
    )


#: Each font's own cmap (glyph 0, .notdef, left out), kept before shaping adds
#: private-use code points to it.
_cmaps: dict[str, frozenset[int]] = {}
#: Fonts tried, in order, for a character its script's font lacks (the arrow, say).
_FALLBACK_ORDER = (LATIN, CJK, THAI, LAO, KHMER, MYANMAR)
_FALLBACK_ORDER_BOLD = (LATIN_BOLD, CJK, THAI_BOLD, LAO_BOLD, KHMER_BOLD, MYANMAR_BOLD)
#: Line breaks as ``str.splitlines`` knows them (CR LF first, so it counts once).
_LINE_BREAK = re.compile("\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def _has_glyph(font_name: str, char: str) -> bool:
    return ord(char) in _cmaps[font_name]


def _script_font(code: int, bold: bool) -> str:
    for first, last, regular, bold_face in SCRIPT_FONTS:
        if first <= code <= last:
            return bold_face if bold else regular
    if _is_cjk(code):
        return CJK
    return LATIN_BOLD if bold else LATIN


@lru_cache(maxsize=8192)
def font_or_none(char: str, bold: bool = False) -> str | None:
    """The font for one character, or None when no bundled font can print it.

    By script first, then by which font really has the glyph. Control characters,
    surrogates and private-use code points are never printable.
    """
    register_fonts()
    if unicodedata.category(char) in ("Cc", "Cs", "Co"):
        return None
    preferred = _script_font(ord(char), bold)
    if _has_glyph(preferred, char):
        return preferred
    # Symbols such as the route arrow are missing from Noto Sans: use any font that has them.
    for other in _FALLBACK_ORDER_BOLD if bold else _FALLBACK_ORDER:
        if _has_glyph(other, char):
            return other
    return None


def font_for(char: str, bold: bool = False) -> str:
    """The font for one character: by script, then by which font really has the glyph.

    Args:
        char: a single character.
        bold: use the bold faces where there is one (the CJK font has none).

    Returns:
        The registered font name; for a character no font has, the font of
        :data:`REPLACEMENT_MARK` (which is what :func:`script_runs` prints instead).
    """
    return font_or_none(char, bold) or (LATIN_BOLD if bold else LATIN)


def _is_invisible(char: str) -> bool:
    """Format characters (joiners, bidi marks) and variation selectors: never drawn."""
    code = ord(char)
    return (
        unicodedata.category(char) == "Cf" or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF
    )


def _joins_previous(char: str) -> bool:
    """Spaces, combining marks and joiners stay in the run before them (if its font has them)."""
    return char.isspace() or unicodedata.category(char)[0] == "M" or _is_invisible(char)


def _printable(char: str, font: str) -> str:
    """A whitespace character as it goes into a run of ``font``: itself, or a plain space."""
    return char if _has_glyph(font, char) else " "


def script_runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """Cut ``text`` into ``(font name, text)`` runs, each settable in its font.

    The text is first put in NFC, so Vietnamese typed with combining accents uses the
    precomposed letters the font draws best. A character no font has becomes
    :data:`REPLACEMENT_MARK` (an invisible format character is left out instead, and
    so is a soft hyphen); a space the run's font lacks (a tab, an em space) becomes a
    plain space.
    """
    register_fonts()
    if text.isascii() and text.isprintable():  # the common case: Noto Sans has it all
        return [(LATIN_BOLD if bold else LATIN, text)] if text else []
    text = unicodedata.normalize("NFC", text)
    runs: list[list[str]] = []  # [font, text] pairs
    pending = ""
    for char in text:
        if char == SOFT_HYPHEN:
            continue  # only a hint where a word may break; reportlab's shaper trips on it
        if runs and _joins_previous(char) and _has_glyph(runs[-1][0], char):
            runs[-1][1] += char
            continue
        if char == "\t" or (char.isspace() and unicodedata.category(char) != "Cc"):
            pending += char  # leading spaces go with the first run
            continue
        found = font_or_none(char, bold)
        if found is None:
            if _is_invisible(char):
                continue
            char = REPLACEMENT_MARK
            found = LATIN_BOLD if bold else LATIN
        spaces = "".join(_printable(c, found) for c in pending)
        pending = ""
        if runs and runs[-1][0] == found:
            runs[-1][1] += spaces + char
        else:
            runs.append([found, spaces + char])
    if pending:
        font = runs[-1][0] if runs else (LATIN_BOLD if bold else LATIN)
        spaces = "".join(_printable(c, font) for c in pending)
        if runs:
            runs[-1][1] += spaces
        else:
            runs.append([font, spaces])
    return [(font, chunk) for font, chunk in runs]


def _char_class(ranges: Iterable[tuple[int, int]]) -> re.Pattern[str]:
    return re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in ranges) + "]")


_SHAPED = _char_class((first, last) for first, last, _, _ in SCRIPT_FONTS)


def needs_shaping(text: str) -> bool:
    """True when the text has letters of a script that is shaped (Thai, Lao, Khmer, Myanmar)."""
    return _SHAPED.search(text) is not None


#: Line height, as a multiple of the font size, that the tall scripts need: Myanmar's
#: medials and Khmer's subscript consonants reach far above and below the line.
TALL_SCRIPT_LEADING: tuple[tuple[float, re.Pattern[str]], ...] = (
    (1.9, _char_class([(0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F)])),
    (1.7, _char_class([(0x1780, 0x17FF), (0x19E0, 0x19FF)])),
    (1.5, _char_class([(0x0E80, 0x0EFF)])),
)


def leading_factor(text: str, usual: float) -> float:
    """The line height ``text`` needs, as a multiple of the font size (``usual`` at least)."""
    for tall, pattern in TALL_SCRIPT_LEADING:
        if tall > usual and pattern.search(text):
            return tall
    return usual


def lines_of(text: str) -> list[str]:
    """The lines of ``text``, split at every line break Unicode knows (CR LF, LS, NEL ...)."""
    return _LINE_BREAK.split(text)


def markup(text: str, bold: bool = False, base: str | None = None) -> str:
    """Paragraph markup for user text: escaped, each script run in its own ``<font>``.

    Line breaks in the text (an address, say) become ``<br/>``.

    Args:
        text: any user text (names in any script, "A&B <Co>", ...).
        bold: set it in the bold faces.
        base: the paragraph style's font; runs in it need no ``<font>`` tag.

    Returns:
        Markup for ``reportlab.platypus.Paragraph``.
    """
    out = []
    for line in lines_of(text):
        out.append(
            "".join(
                escape(chunk) if font == base else f'<font name="{font}">{escape(chunk)}</font>'
                for font, chunk in script_runs(line, bold)
            )
        )
    return "<br/>".join(out)
