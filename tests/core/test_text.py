"""Folding text for the clerk's search: case and Latin diacritics go, other scripts stay."""

from __future__ import annotations

import pytest

from booking_app.core.text import (
    ANYWHERE,
    CODE_START,
    EXACT_CODE,
    LABEL_WORDS,
    OTHER_WORDS,
    fold,
    match_rank,
)


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


# --- ranking a choice against what the clerk typed ------------------------------------

TAN_SON_NHAT = "Tan Son Nhat International Airport Sân bay quốc tế Tân Sơn Nhất"
HCMC = "Ho Chi Minh City Thành phố Hồ Chí Minh"


@pytest.mark.parametrize(
    ("query", "codes", "texts", "rank"),
    [
        ("vnhph", ("VNHPH", "HPH"), ("Haiphong Hải Phòng",), EXACT_CODE),
        ("hph", ("VNHPH", "HPH"), ("Haiphong Hải Phòng",), EXACT_CODE),
        ("VNH", ("VNHPH", "HPH"), ("Haiphong Hải Phòng",), CODE_START),
        ("hai phong", ("VNHPH", "HPH"), ("Haiphong Hải Phòng",), LABEL_WORDS),
        ("Ha Noi", ("VNHAN", "HAN"), ("Hanoi Hà Nội",), LABEL_WORDS),
        ("ĐỒNG đăng", ("VNDDG",), ("Dong Dang Đồng Đăng",), LABEL_WORDS),
        ("dong dang", ("VNDDG",), ("Đồng Đăng",), LABEL_WORDS),
        ("Ho Chi", ("VNTSX", "TSX"), (TAN_SON_NHAT, HCMC), OTHER_WORDS),
        ("sea f", ("sea_fcl",), ("Sea FCL",), LABEL_WORDS),
        ("road", ("road_ftl",), ("Truck FTL",), CODE_START),
        ("cong", (), ("Công ty TNHH Ví Dụ",), LABEL_WORDS),
        ("庆", (), ("Chongqing 重庆",), ANYWHERE),
        ("", ("X",), ("anything",), EXACT_CODE),
    ],
)
def test_a_choice_ranks_by_code_then_words_then_anywhere(
    query: str, codes: tuple[str, ...], texts: tuple[str, ...], rank: int
) -> None:
    assert match_rank(query, codes, texts) == rank


@pytest.mark.parametrize(
    ("query", "codes", "texts"),
    [
        ("sea f", ("sea_lcl",), ("Sea LCL",)),  # every word must start a word
        ("ho chi", ("VNHPH",), ("Haiphong Hải Phòng",)),
        ("xxabc", ("VNHPH",), ("Haiphong",)),
    ],
)
def test_a_choice_that_does_not_match_has_no_rank(
    query: str, codes: tuple[str, ...], texts: tuple[str, ...]
) -> None:
    assert match_rank(query, codes, texts) is None
