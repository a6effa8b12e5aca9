"""The bundled TrueType fonts and splitting text into runs by script.

reportlab has no per-glyph fallback, so every piece of user text is cut into runs and
each run is set in a font that has its glyphs: Noto Sans for Latin and Vietnamese,
WenQuanYi Micro Hei for Chinese (and Japanese/Korean), Noto Sans Thai for Thai
(shaped with HarfBuzz). All of them are TrueType, so reportlab embeds and subsets
them; the built-in ``STSong-Light`` CID font is never used because it is not embedded.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
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


@dataclass(frozen=True)
class FontFile:
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
)
#: Fonts whose runs are shaped with HarfBuzz (Thai needs it: stacked marks, SARA AM).
SHAPED_FONTS = frozenset({THAI, THAI_BOLD})

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
            _cmaps[f.name] = frozenset(font.face.charToGlyph)
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


#: Each font's own cmap, kept before shaping adds private-use code points to it.
_cmaps: dict[str, frozenset[int]] = {}


def _has_glyph(font_name: str, char: str) -> bool:
    return ord(char) in _cmaps[font_name]


@lru_cache(maxsize=4096)
def font_for(char: str, bold: bool = False) -> str:
    """The font for one character: by script, then by which font really has the glyph.

    Args:
        char: a single character.
        bold: use the bold faces where there is one (the CJK font has none).

    Returns:
        The registered font name.
    """
    register_fonts()
    code = ord(char)
    latin, thai = (LATIN_BOLD, THAI_BOLD) if bold else (LATIN, THAI)
    if 0x0E00 <= code <= 0x0E7F:
        preferred = thai
    elif _is_cjk(code):
        preferred = CJK
    else:
        preferred = latin
    if _has_glyph(preferred, char):
        return preferred
    # Symbols such as the route arrow are missing from Noto Sans: use any font that has them.
    for other in (latin, CJK, thai):
        if _has_glyph(other, char):
            return other
    return preferred


def _joins_previous(char: str) -> bool:
    """Spaces and combining marks stay in the run before them (if its font has them)."""
    return char.isspace() or unicodedata.category(char).startswith("M")


def script_runs(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """Cut ``text`` into ``(font name, text)`` runs, each settable in its font.

    The text is first put in NFC, so Vietnamese typed with combining accents uses the
    precomposed letters the font draws best.
    """
    text = unicodedata.normalize("NFC", text)
    runs: list[list[str]] = []  # [font, text] pairs
    pending = ""
    for char in text:
        if runs and _joins_previous(char) and _has_glyph(runs[-1][0], char):
            runs[-1][1] += char
            continue
        if char.isspace():
            pending += char  # leading spaces go with the first run
            continue
        font = font_for(char, bold)
        if runs and runs[-1][0] == font:
            runs[-1][1] += char
        else:
            runs.append([font, pending + char])
            pending = ""
    if pending:
        runs.append([LATIN_BOLD if bold else LATIN, pending])
    return [(font, chunk) for font, chunk in runs]


def has_thai(text: str) -> bool:
    """True when the text has Thai letters (and so needs shaping)."""
    return any("\u0e00" <= c <= "\u0e7f" for c in text)


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
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out = []
    for line in lines:
        out.append(
            "".join(
                escape(chunk) if font == base else f'<font name="{font}">{escape(chunk)}</font>'
                for font, chunk in script_runs(line, bold)
            )
        )
    return "<br/>".join(out)
