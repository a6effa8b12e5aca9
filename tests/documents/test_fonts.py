"""Script runs, escaping and Thai shaping that still extracts as the text typed."""

from __future__ import annotations

import io
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from booking_app.documents.fonts import (
    CJK,
    LATIN,
    LATIN_BOLD,
    THAI,
    THAI_BOLD,
    markup,
    register_fonts,
    script_runs,
)
from tests.documents.pdfcheck import not_embedded, pdf_text


def test_runs_follow_the_script() -> None:
    runs = script_runs("Công ty 重庆 บริษัท จำกัด → A")
    assert runs == [
        (LATIN, "Công ty "),
        (CJK, "重庆 "),
        (THAI, "บริษัท จำกัด "),
        (CJK, "→ "),  # Noto Sans has no arrow; the CJK font has one
        (LATIN, "A"),
    ]
    assert [f for f, _ in script_runs("ไทย Thai", bold=True)] == [THAI_BOLD, LATIN_BOLD]


def test_runs_join_back_to_the_nfc_text() -> None:
    decomposed = "Cong ty Vi Du\u0323 Ha\u0300 No\u0302\u0323i"
    runs = script_runs(decomposed)
    assert "".join(t for _, t in runs) == "Cong ty Vi Dụ Hà Nội"
    assert {f for f, _ in runs} == {LATIN}


def test_markup_escapes_user_text() -> None:
    text = markup("A&B <Co> 重庆")
    assert "A&amp;B &lt;Co&gt; " in text and "<Co>" not in text
    assert markup("line 1\nline 2") == (
        f'<font name="{LATIN}">line 1</font><br/><font name="{LATIN}">line 2</font>'
    )


def _render(lines: list[str]) -> io.BytesIO:
    register_fonts()
    style = ParagraphStyle("t", fontName=LATIN, fontSize=11, leading=15, shaping=1)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, initialFontName=LATIN)
    doc.build([Paragraph(markup(line), style) for line in lines])
    buffer.seek(0)
    return buffer


@pytest.mark.parametrize(
    "line",
    [
        "บริษัท ตัวอย่าง จำกัด",
        "บริษัท ดีเอชแอล (ประเทศไทย) จำกัด",  # brackets from Noto Sans inside a Thai word
        "น้ำ ที่นี่ กี่ปี่ ญี่ปุ่น ฐาน",  # stacked marks, SARA AM, lowered tone marks
        "Laem Chabang แหลมฉบัง 88/1",
        "重庆示例机械有限公司(CQ) · Công ty TNHH Ví Dụ",
    ],
)
def test_shaped_text_extracts_as_typed(line: str) -> None:
    text = pdf_text(_render([line]))
    assert " ".join(text.split()) == line


def test_shaped_thai_uses_embedded_fonts_only() -> None:
    assert not_embedded(_render(["ที่นี่ (ประเทศไทย) 重庆"])) == []


thai_words = st.text(alphabet=st.sampled_from("กขคงจฉชซญฐณดตถทนบปผพฟภมยรลวศสหอฮะัาำิีึืุูเแโใไ็่้๊๋์"),
                     min_size=1, max_size=8)  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(st.lists(thai_words, min_size=1, max_size=4), st.sampled_from(["", "(", "A"]))
def test_any_thai_words_survive_a_round_trip(words: list[str], prefix: str) -> None:
    line = prefix + " ".join(words)
    text = pdf_text(_render([line]))
    # The PDF holds the text in NFC (marks in canonical order), as script_runs puts it.
    assert "".join(text.split()) == "".join(unicodedata.normalize("NFC", line).split())
