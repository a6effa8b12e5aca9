"""Every character prints (data-safety.md §8): the corridor's scripts in their own fonts,
anything else as a visible replacement mark, never blank space."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from booking_app.documents import printing as documents
from booking_app.documents.daily_list import render_daily_list_pdf
from booking_app.documents.fonts import (
    KHMER,
    KHMER_BOLD,
    LAO,
    LATIN,
    LATIN_BOLD,
    MYANMAR,
    REPLACEMENT_MARK,
    markup,
    script_runs,
)
from booking_app.documents.layout import para, styles
from booking_app.store.uow import UnitOfWork
from tests.documents import hostile
from tests.documents.pdfcheck import not_embedded, pdf_fonts, pdf_text, squeeze
from tests.documents.samples import DAY, MULTIMODAL, request
from tests.factories import book_on

RENDERERS = {
    "confirmation": documents.render_confirmation,
    "quotation": documents.render_quotation,
}
#: A rail leg that ends in Vientiane, whose name the demo data holds in Lao.
TO_VIENTIANE = request(
    MULTIMODAL,
    customer=hostile.LAO,
    shipper=hostile.KHMER,
    consignee=hostile.MYANMAR,
    legs=[{"mode": "rail_fcl", "origin": "CNKMG", "destination": "LAVTE"}],
)


def test_corridor_scripts_get_their_own_fonts() -> None:
    assert [f for f, _ in script_runs("ວຽງຈັນ ភ្នំពេញ ရန်ကုန်")] == [LAO, KHMER, MYANMAR]
    assert [f for f, _ in script_runs("ວຽງຈັນ ភ្នំពេញ", bold=True)] == ["DeskLao-Bold", KHMER_BOLD]
    # A zero-width joiner inside a Khmer word stays in the Khmer run, so it is shaped.
    assert script_runs("ក\u200dខ") == [(KHMER, "ក\u200dខ")]


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("مرحبا", 5),  # Arabic
        ("नमस्ते", 6),  # Devanagari: letters and signs alike
        ("😀", 1),
        ("\ue000\U0010fffd", 2),  # private use
        ("\x00\x07\x1b", 3),  # control characters
        ("\ud800", 1),  # a lone surrogate
    ],
)
def test_characters_no_font_has_become_the_replacement_mark(text: str, marks: int) -> None:
    runs = script_runs(f"A {text} B")
    assert runs == [(LATIN, f"A {REPLACEMENT_MARK * marks} B")]
    assert script_runs(text, bold=True) == [(LATIN_BOLD, REPLACEMENT_MARK * marks)]


def test_invisible_characters_are_left_out_and_odd_spaces_are_spaces() -> None:
    assert script_runs("A\u00adB") == [(LATIN, "AB")]  # soft hyphen
    assert script_runs("A\tB\u2003C") == [(LATIN, "A B\u2003C")]  # no font has a tab
    assert script_runs("ไทย\u2003B") == [("DeskThai", "ไทย"), (LATIN, "\u2003B")]
    assert script_runs("\U000e0001A") == [(LATIN, "A")]  # a language tag, in no font
    # Every Unicode line break starts a new line.
    assert markup("a\u2028b\x85c\vd").count("<br/>") == 3


def test_corridor_names_print_shaped_in_embedded_fonts(
    demo_uow: UnitOfWork, tmp_path: Path
) -> None:
    booking = book_on(demo_uow, DAY, [TO_VIENTIANE], status="confirmed")[0]
    for kind, render in RENDERERS.items():
        out = render(demo_uow, booking.booking_no, tmp_path / f"{kind}.pdf")
        flat = squeeze(pdf_text(out))
        for name in (hostile.LAO, hostile.KHMER, hostile.MYANMAR, "Vientiane ວຽງຈັນ"):
            assert squeeze(name) in flat, (kind, name)
        assert not_embedded(out) == []
        bare = {str(f["/BaseFont"]).split("+", 1)[1] for f in pdf_fonts(out).values()}
        expected = {"NotoSansLao-Bold", "NotoSansKhmer-Bold", "NotoSansMyanmar-Bold"}
        assert expected | {"NotoSansLao-Regular"} <= bare, (kind, bare)


def test_unknown_scripts_print_the_mark_in_the_pdf(demo_uow: UnitOfWork, tmp_path: Path) -> None:
    raw = request(MULTIMODAL, customer="Arabic مرحبا emoji 😀 end", notes="x\x07y\ue000z")
    booking = book_on(demo_uow, DAY, [raw], status="confirmed")[0]
    text = pdf_text(documents.render_confirmation(demo_uow, booking.booking_no, tmp_path / "c.pdf"))
    flat = squeeze(text)
    assert squeeze(f"Arabic {REPLACEMENT_MARK * 5} emoji {REPLACEMENT_MARK} end") in flat
    assert f"x{REPLACEMENT_MARK}y{REPLACEMENT_MARK}z" in flat


def test_tall_scripts_get_taller_lines() -> None:
    st = styles().body
    plain = para("Vientiane", st)
    lao, myanmar = para(hostile.LAO, st), para(hostile.MYANMAR, st)
    assert plain.style.leading == st.leading
    assert plain.style.leading < lao.style.leading < myanmar.style.leading
    assert myanmar.style.shaping == 1 and plain.style.shaping == 0


def test_markup_of_hostile_text_is_still_markup() -> None:
    out = markup("<b>&</para>\x00")
    assert "<b>" not in out and "&amp;" in out and "\x00" not in out
    assert re.fullmatch(r"[^\x00-\x08\x0b-\x1f]*", out)


def test_pdf_properties_take_any_text() -> None:
    data = hostile.day_with_text("Co\ud800\x00\nLtd", rows=1)
    out = io.BytesIO()
    render_daily_list_pdf(data, out)
    author = PdfReader(out).metadata.author
    assert author == f"Co{REPLACEMENT_MARK}{REPLACEMENT_MARK} Ltd"
