"""Folding text for the clerk's search: case and Latin diacritics go, other scripts stay."""

from __future__ import annotations

import pytest

from booking_app.core.text import fold


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Hà Nội", "ha noi"),
        ("Đồng Đăng", "dong dang"),
        ("ĐỒNG NAI", "dong nai"),
        ("Thành phố Hồ Chí Minh", "thanh pho ho chi minh"),
        ("Straße", "strasse"),
        ("ＢＫ－２０２６", "bk-2026"),  # full-width letters and digits
        ("BK-2026-000123", "bk-2026-000123"),
    ],
)
def test_latin_text_loses_case_and_accents(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_other_scripts_keep_their_marks() -> None:
    thai = "บริษัท ตัวอย่าง จำกัด กรุงเทพมหานคร"
    assert fold(thai) == thai  # Thai vowels and tone marks are letters, not accents
    assert fold("重庆示例机械有限公司") == "重庆示例机械有限公司"


def test_folding_twice_changes_nothing() -> None:
    for text in ("Hà Nội", "Công ty TNHH Ví Dụ", "บริษัท ตัวอย่าง จำกัด", "Ǆemal Łódź"):
        assert fold(fold(text)) == fold(text)
