"""The customer's documents in the customer's language: labels translated, data as entered.

The letterhead setting ``company_document_language`` says which: English for everyone
(the default), one language for everyone, or ``customer``: each customer's own, read
from how its name (then address) is written.
"""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from booking_app.core.errors import ValidationError
from booking_app.core.quote_json import quote_to_json
from booking_app.documents import printing as documents
from booking_app.documents.email import write_quotation_email
from booking_app.documents.labels import Words, customer_language
from booking_app.documents.labels_catalogue import CATALOGUE
from booking_app.services import catalog
from booking_app.services.settings import current_settings, save_settings
from booking_app.store.uow import UnitOfWork
from tests.documents.pdfcheck import not_embedded, pdf_fonts, pdf_text, squeeze
from tests.documents.samples import DAY, MULTIMODAL, VIETNAMESE, request
from tests.factories import book_on

#: A Vietnamese customer, its address and notes as a clerk typed them.
VIETNAMESE_REQUEST = request(
    MULTIMODAL,
    customer=VIETNAMESE,
    consignee="Công ty Cổ phần Vận tải Hà Nội",
    notes="Gọi anh Minh trước khi giao & kiểm tra cổng.",
    incoterm="FOB",
)


@pytest.mark.parametrize(
    ("texts", "language"),
    [
        (("Công ty TNHH Ví Dụ",), "vi"),
        (("Hanoi Retail JSC", "12 Đường Lê Lợi, Hải Phòng"), "vi"),  # the address tells
        (("บริษัท ตัวอย่าง จำกัด",), "th"),
        (("重庆示例机械有限公司",), "zh_CN"),
        (("Guangxi Example Trading Co.", "88 Minzu Avenue, Nanning"), "en"),
        (("Société Générale Café",), "en"),  # French accents are not Vietnamese
        ((), "en"),
    ],
)
def test_the_customer_language_is_read_from_its_name_then_address(
    texts: tuple[str, ...], language: str
) -> None:
    assert customer_language(texts) == language


def test_every_language_has_every_word_with_the_same_fields() -> None:
    english = set(CATALOGUE["vi"])
    for language in ("zh_CN", "th"):
        assert set(CATALOGUE[language]) == english
    for language, table in CATALOGUE.items():
        for source, text in table.items():
            fields = sorted(part.split("}")[0] for part in source.split("{")[1:])
            assert sorted(part.split("}")[0] for part in text.split("{")[1:]) == fields, text
            same = source.startswith("{") or (language, source) == ("vi", "Container {type}")
            assert text != source or same, (language, source)
    assert Words("vi")("Leg {n}", n=2) == "Chặng 2"
    assert Words("en")("Leg {n}", n=2) == "Leg 2"
    assert Words("xx")("Quotation") == "Quotation"


def test_a_vietnamese_customer_gets_a_vietnamese_quotation(
    demo_uow: UnitOfWork, tmp_path: Path
) -> None:
    booking = book_on(demo_uow, DAY, [VIETNAMESE_REQUEST], status="quoted")[0]
    english = pdf_text(documents.render_quotation(demo_uow, booking.booking_no, tmp_path / "en.pdf"))
    assert "Quotation no." in english and "Báo giá" not in english  # the default: English
    save_settings(demo_uow, {"company_document_language": "customer"})
    out = documents.render_quotation(demo_uow, booking.booking_no, tmp_path / "vi.pdf")
    text = pdf_text(out)
    flat = squeeze(text)
    for label in ("Báo giá", "Số báo giá", "Hiệu lực đến", "Khách hàng", "Người gửi hàng",
                  "Người nhận hàng", "Tuyến vận chuyển", "Chi phí", "Chặng 1", "Đơn giá",
                  "Cộng chặng 1", "Tổng cộng USD", "Điều khoản và ghi chú", "Ghi chú",
                  "Tỷ giá đã dùng", "Đường sắt FCL", "Trang 1/"):  # fmt: skip
        assert squeeze(label) in flat, label
    for english_label in ("Quotation no.", "Valid until", "Customer", "Charges", "Subtotal leg",
                          "Terms and notes", "Unit price", "Page 1 of"):  # fmt: skip
        assert english_label not in text, english_label
    # the data as entered: names, address, places, notes, dates in ISO, the exact total
    for data in (VIETNAMESE, "Công ty Cổ phần Vận tải Hà Nội", "重庆", "Hải Phòng",
                 "Gọi anh Minh trước khi giao & kiểm tra cổng.", "FOB",
                 booking.booking_no, DAY.isoformat()):  # fmt: skip
        assert squeeze(data) in flat, data
    total = quote_to_json(booking.quote)["total"]
    assert f"{total}" in text
    assert not_embedded(out) == []


@pytest.mark.parametrize(
    ("language", "labels", "font"),
    [
        ("th", ("ใบยืนยันการจอง", "ผู้ส่งสินค้า", "ลูกค้ายอมรับ", "ยืนยันแล้ว"), "NotoSansThai"),
        ("zh_CN", ("订舱确认书", "发货人", "客户确认", "已确认"), "WenQuanYi"),
    ],
)
def test_a_confirmation_in_thai_or_chinese_uses_the_scripts_fonts(
    demo_uow: UnitOfWork, tmp_path: Path, language: str, labels: tuple[str, ...], font: str
) -> None:
    booking = book_on(demo_uow, DAY, [MULTIMODAL], status="confirmed")[0]
    save_settings(demo_uow, {"company_document_language": language})
    out = documents.render_confirmation(demo_uow, booking.booking_no, tmp_path / "c.pdf")
    flat = squeeze(pdf_text(out))
    for label in labels:
        assert squeeze(label) in flat, label
    assert "Bookingconfirmation" not in flat and "Shipper" not in flat
    assert [k for k in pdf_fonts(out) if font in k], pdf_fonts(out).keys()
    assert not_embedded(out) == []


def test_the_cost_sheet_stays_english_and_a_bad_setting_is_refused(
    demo_uow: UnitOfWork, tmp_path: Path
) -> None:
    booking = book_on(demo_uow, DAY, [VIETNAMESE_REQUEST], status="quoted")[0]
    save_settings(demo_uow, {"company_document_language": "vi"})
    assert current_settings(demo_uow).document_language == "vi"
    text = pdf_text(documents.render_costsheet(demo_uow, booking.booking_no, tmp_path / "c.pdf"))
    assert "Chặng" not in text and "Leg 1" in text
    with pytest.raises(ValidationError, match="documents language"):
        save_settings(demo_uow, {"company_document_language": "fr"})


def test_the_quotation_email_speaks_the_customers_language(
    demo_uow: UnitOfWork, tmp_path: Path
) -> None:
    catalog.save_party(demo_uow, {"name": VIETNAMESE, "contact": "Chị Lan",
                                  "email": "lan@example.vn"})  # fmt: skip
    booking = book_on(demo_uow, DAY, [VIETNAMESE_REQUEST], status="quoted")[0]
    save_settings(demo_uow, {"company_document_language": "customer"})
    path = write_quotation_email(demo_uow, booking.booking_no, tmp_path / "q.eml")
    message = message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    assert str(message["Subject"]).startswith(f"Báo giá {booking.booking_no}: ")
    part = message.get_body(("plain",))
    assert part is not None
    text = part.get_content()
    assert text.startswith("Kính gửi Chị Lan,")
    assert "Xin gửi kèm báo giá" in text and "Trân trọng," in text
    assert "Dear" not in text and "Kind regards" not in text
    assert f"Tổng cộng: {booking.quote.total:,f} USD" in text
