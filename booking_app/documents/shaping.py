"""Two fixes to reportlab's HarfBuzz shaping, so Thai is drawn right *and* extracts right.

reportlab (5.1) shapes a whole space-separated word with the HarfBuzz face of the
word's first font. A word that mixes fonts, such as ``(ประเทศไทย)`` where the brackets
come from Noto Sans and the letters from Noto Sans Thai, then loses its Thai glyphs.
:func:`install` replaces the shaper the paragraph module calls with one that shapes
each same-font stretch of a word on its own, and shapes only the fonts that need it
(Thai); Latin and Chinese runs are left exactly as typed.

Shaping also swaps characters for glyphs that have no Unicode value of their own (a
lowered tone mark, SARA AM split into NIKHAHIT + SARA AA). reportlab gives those
glyphs private-use code points, so copying or extracting the text loses letters. The
shaper here gives such glyphs an alias code point that carries the text of the
characters they came from, and :func:`install` makes the ToUnicode CMap of each font
subset map every alias back to that text (the first glyph of a cluster carries the
cluster's text, the others none).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import reportlab.pdfbase.ttfonts as rl_ttfonts
import reportlab.platypus.paragraph as rl_paragraph
from reportlab.pdfbase import pdfmetrics

#: Alias code points are taken from here upwards (reportlab's own start at U+E000).
_ALIAS_START = 0xF000
_ALIAS_END = 0xF8FF

_lock = threading.Lock()
_installed = False
_shaped_fonts: frozenset[str] = frozenset()
#: Per face name (as in the PDF BaseFont): alias code point -> text it stands for.
_alias_text: dict[str, dict[int, str]] = {}
#: Per font name: (glyph id, text) -> alias code point.
_aliases: dict[str, dict[tuple[int, str], int]] = {}
#: Per font name: the code points of the font's own cmap, before any private additions.
_own_chars: dict[str, frozenset[int]] = {}


def install(shaped_fonts: Iterable[str]) -> None:
    """Install the per-font shaper and the alias-aware ToUnicode CMap (idempotent).

    Args:
        shaped_fonts: registered TrueType font names whose runs are shaped.
    """
    global _installed, _shaped_fonts
    with _lock:
        _shaped_fonts = _shaped_fonts | frozenset(shaped_fonts)
        for name in _shaped_fonts:
            if name not in _own_chars:
                _own_chars[name] = frozenset(pdfmetrics.getFont(name).face.charToGlyph)
        if _installed or getattr(rl_ttfonts, "uharfbuzz", None) is None:
            return
        original_shape = rl_ttfonts.shapeFragWord
        original_cmap = rl_ttfonts.makeToUnicodeCMap
        rl_paragraph.shapeFragWord = _per_font_shaper(original_shape)
        rl_ttfonts.makeToUnicodeCMap = _alias_cmap_maker(original_cmap)
        _installed = True


def _text_width(frags: Sequence[tuple[Any, str]]) -> float:
    widths = (pdfmetrics.stringWidth(s, f.fontName, f.fontSize) for f, s in frags)
    return float(sum(widths))  # float ok: points on the page


def _groups(frags: Sequence[tuple[Any, str]]) -> list[list[tuple[Any, str]]]:
    groups: list[list[tuple[Any, str]]] = []
    for frag in frags:
        if groups and groups[-1][0][0].fontName == frag[0].fontName:
            groups[-1].append(frag)
        else:
            groups.append([frag])
    return groups


def _per_font_shaper(original: Callable[..., Any]) -> Callable[..., Any]:
    def shape_frag_word(word: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(word, rl_ttfonts.ShapedFragWord):
            return word
        frags = word[1:]
        if any(hasattr(f, "cbDefn") for f, _ in frags):
            return word  # inline images/links: never in our documents; leave unshaped
        if not any(f.fontName in _shaped_fonts for f, _ in frags):
            return word
        if any(isinstance(s, rl_ttfonts.ShapedStr) for _, s in frags):
            return word  # pieces of a word shaped before (re-joined by the line breaker)
        width = 0.0
        parts: list[Any] = []
        changed = False
        for group in _groups(frags):
            group_width = _text_width(group)
            if group[0][0].fontName not in _shaped_fonts:
                width += group_width
                parts.extend(group)
                continue
            cached = _cached_shape(group, args, kwargs)
            if cached is not None:
                shaped_width, shaped_parts = cached
                changed = changed or shaped_parts is not group
                width += shaped_width
                parts.extend(shaped_parts)
                continue
            given = [group_width, *group]
            shaped = original(given, *args, **kwargs)
            if shaped is not given:
                changed = True
                shaped = _with_aliases(shaped, "".join(s for _, s in group))
            _remember_shape(group, args, kwargs, shaped, given)
            width += shaped[0]
            parts.extend(shaped[1:])
        if not changed:
            return word
        return rl_ttfonts.makeShapedFragWord(word)([width, *parts])

    return shape_frag_word


#: Shaped text by (font, size, text): a paragraph split over pages is wrapped, and so
#: shaped, again on every page; shaping the same words again each time is quadratic.
_shape_cache: dict[tuple[str, float, str], tuple[float, tuple[str, ...] | None]] = {}
_SHAPE_CACHE_SIZE = 50_000


def _cache_key(group: Sequence[tuple[Any, str]], args: Any, kwargs: Any) -> Any:
    if len(group) != 1 or args or kwargs:
        return None  # several styles in one stretch, or other features: shape each time
    frag, text = group[0]
    return (frag.fontName, float(frag.fontSize), text)


def _cached_shape(
    group: list[tuple[Any, str]], args: Any, kwargs: Any
) -> tuple[float, list[tuple[Any, str]]] | None:
    """The shaped parts of a one-style stretch shaped before (with this style's frag)."""
    key = _cache_key(group, args, kwargs)
    found = _shape_cache.get(key) if key is not None else None
    if found is None:
        return None
    width, texts = found
    if texts is None:
        return width, group  # shaping changes nothing here
    frag = group[0][0]
    return width, [(frag, t) for t in texts]


def _remember_shape(
    group: list[tuple[Any, str]], args: Any, kwargs: Any, shaped: Any, given: Any
) -> None:
    key = _cache_key(group, args, kwargs)
    if key is None:
        return
    if shaped is given:
        value: tuple[float, tuple[str, ...] | None] = (float(shaped[0]), None)
    elif all(f is group[0][0] for f, _ in shaped[1:]):
        value = (float(shaped[0]), tuple(t for _, t in shaped[1:]))
    else:
        return
    if len(_shape_cache) >= _SHAPE_CACHE_SIZE:
        _shape_cache.clear()
    _shape_cache[key] = value


def _alias(font_name: str, gid: int, text: str, like: int) -> int:
    """An alias code point: draws glyph ``gid`` as wide as ``like``, extracts as ``text``."""
    table = _aliases.setdefault(font_name, {})
    key = (gid, text)
    if key in table:
        return table[key]
    font = pdfmetrics.getFont(font_name)
    face = font.face
    code = _ALIAS_START + len(table)
    while code in face.charToGlyph:
        code += 1
    if code > _ALIAS_END:
        return like  # out of aliases: keep the code point the shaper chose
    face.charToGlyph[code] = gid
    face.glyphToChar.setdefault(gid, []).append(code)
    face.charWidths[code] = face.charWidths.get(like, 0)
    table[key] = code
    _alias_text.setdefault(face.name.decode("latin-1"), {})[code] = text
    return code


def _carrier(members: Sequence[tuple[int, int, int]], data_of: dict[int, Any]) -> int:
    """Which glyph of a cluster carries its text: the last one that advances the pen.

    Text extractors place a glyph's text where the glyph is; on the zero-width marks
    of a cluster it would be taken for a separate word.
    """
    for n in range(len(members) - 1, -1, -1):
        p, k, _ = members[n]
        if data_of[p][k].x_advance:
            return n
    return 0


def _with_aliases(shaped: Any, text: str) -> Any:
    """Give glyphs whose code points do not spell their cluster's text an alias each."""
    pieces: list[tuple[int, int, int]] = []  # (part index, position, cluster)
    for p, (_, s) in enumerate(shaped[1:], 1):
        data = getattr(s, "__shapeData__", None)
        if data is None:
            return shaped
        pieces.extend((p, i, sd.cluster) for i, sd in enumerate(data))
    starts = sorted({c for _, _, c in pieces})
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    new_chars = {p: list(str(s)) for p, (_, s) in enumerate(shaped[1:], 1)}
    data_of = {p: s.__shapeData__ for p, (_, s) in enumerate(shaped[1:], 1)}
    with _lock:
        i = 0
        while i < len(pieces):
            cluster = pieces[i][2]
            j = i
            while j < len(pieces) and pieces[j][2] == cluster:
                j += 1
            members = pieces[i:j]
            expected = text[cluster : ends[cluster]]
            font_name = shaped[members[0][0]][0].fontName
            own = _own_chars.get(font_name, frozenset())
            spelled = "".join(
                new_chars[p][k] if ord(new_chars[p][k]) in own else "\0" for p, k, _ in members
            )
            if spelled != expected:
                face = pdfmetrics.getFont(font_name).face
                carrier = _carrier(members, data_of)
                for n, (p, k, _) in enumerate(members):
                    code = ord(new_chars[p][k])
                    gid = face.charToGlyph[code]
                    alias = _alias(font_name, gid, expected if n == carrier else "", code)
                    new_chars[p][k] = chr(alias)
            i = j
    out = [shaped[0]]
    for p, (frag, s) in enumerate(shaped[1:], 1):
        new = rl_ttfonts.ShapedStr("".join(new_chars[p]), shapeData=s.__shapeData__)
        out.append((frag, new))
    return shaped.__class__(out)


def _alias_cmap_maker(original: Callable[[str, Sequence[int]], str]) -> Callable[..., str]:
    def make_to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
        aliases = _alias_text.get(fontname.split("+", 1)[-1], {})
        if not any(code in aliases for code in subset):
            return original(fontname, subset)
        entries = []
        for i, code in enumerate(subset):
            if code in aliases:
                target = aliases[code].encode("utf-16-be").hex().upper()
            else:
                target = chr(code).encode("utf-16-be").hex().upper()
            entries.append(f"<{i:02X}> <{target}>")
        return "\n".join(
            [
                "/CIDInit /ProcSet findresource begin",
                "12 dict begin",
                "begincmap",
                "/CIDSystemInfo",
                f"<< /Registry ({fontname})",
                f"/Ordering ({fontname})",
                "/Supplement 0",
                ">> def",
                f"/CMapName /{fontname} def",
                "/CMapType 2 def",
                "1 begincodespacerange",
                f"<00> <{len(subset) - 1:02X}>",
                "endcodespacerange",
                f"{len(subset)} beginbfchar",
                *entries,
                "endbfchar",
                "endcmap",
                "CMapName currentdict /CMap defineresource pop",
                "end",
                "end",
            ]
        )

    return make_to_unicode_cmap
