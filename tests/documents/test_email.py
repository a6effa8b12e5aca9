"""The quotation as an e-mail (quotes-and-tariffs.md §3), parsed back with ``email``."""

from __future__ import annotations

import io
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from pypdf import PdfReader

from booking_app.core.errors import NotFoundError, ValidationError
from booking_app.documents.email import NoEmailError, write_quotation_email
from booking_app.services import catalog, desk
from booking_app.services.settings import save_settings
from booking_app.store.uow import UnitOfWork
from tests.documents.pdfcheck import squeeze
from tests.services.test_lifecycle import office, sample  # noqa: F401 (the fixture)

ACME = "Acme Trading"


def parse(path: Path) -> EmailMessage:
    data = path.read_bytes()
    message = message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


@pytest.fixture
def quoted(office: UnitOfWork) -> str:  # noqa: F811
    catalog.save_party(office, {"name": ACME, "contact": "Ms. Tran", "email": "sales@acme.example"})
    save_settings(office, {"company_name": "Demo Forwarding", "company_email": "desk@demo.example",
                           "clerk_name": "Li Wei"})  # fmt: skip
    return desk.save_booking(office, sample(), "quoted").booking_no


def test_eml_has_recipient_subject_body_and_the_quotation_pdf(
    office: UnitOfWork, quoted: str, tmp_path: Path  # noqa: F811
) -> None:
    out = write_quotation_email(office, quoted, tmp_path / "q.eml")
    raw = out.read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")  # RFC 5322 line ends
    message = parse(out)
    to = message["To"]
    assert to.addresses[0].addr_spec == "sales@acme.example"
    assert to.addresses[0].display_name == ACME
    assert message["From"].addresses[0].addr_spec == "desk@demo.example"
    subject = str(message["Subject"])
    assert quoted in subject and "CNQZH" in subject and "VNSGN" in subject
    assert message["Date"] and message["Message-ID"] and message["X-Unsent"] == "1"
    text = message.get_body(("plain",))
    assert text is not None
    body = text.get_content()
    assert "Dear Ms. Tran," in body and quoted in body
    assert "Valid until: 2026-12-12" in body  # the rates' earliest end (THC to 12-12)
    assert "Li Wei" in body and "Demo Forwarding" in body
    attachments = list(message.iter_attachments())
    assert len(attachments) == 1
    pdf = attachments[0]
    assert pdf.get_content_type() == "application/pdf"
    assert pdf.get_filename() == f"{quoted}-quotation.pdf"
    data = pdf.get_content()
    assert data.startswith(b"%PDF")
    pages = PdfReader(io.BytesIO(data)).pages
    assert squeeze(quoted) in squeeze("".join(p.extract_text() for p in pages))


def test_a_customer_without_email_is_a_clear_error(office: UnitOfWork, tmp_path: Path) -> None:  # noqa: F811
    catalog.save_party(office, {"name": ACME})
    number = desk.save_booking(office, sample(), "quoted").booking_no
    with pytest.raises(NoEmailError) as caught:
        write_quotation_email(office, number, tmp_path / "q.eml")
    assert caught.value.party == ACME and caught.value.booking_no == number
    assert "no e-mail address" in str(caught.value)
    assert not (tmp_path / "q.eml").exists()
    unknown = desk.save_booking(office, sample(customer="Nobody Listed"), "quoted").booking_no
    with pytest.raises(NoEmailError) as again:
        write_quotation_email(office, unknown, tmp_path / "q.eml")
    assert again.value.party == "Nobody Listed"


def test_non_ascii_names_are_encoded_and_read_back(office: UnitOfWork, tmp_path: Path) -> None:  # noqa: F811
    name = "重庆示例机械有限公司"
    catalog.save_party(office, {"name": name, "email": "wang@example.cn"})
    number = desk.save_booking(office, sample(customer=name), "quoted").booking_no
    out = write_quotation_email(office, number, tmp_path / "q.eml")
    out.read_bytes().decode("ascii")  # headers encoded, the PDF in base64: all 7-bit
    message = parse(out)
    assert message["To"].addresses[0].display_name == name
    assert "From" not in message  # no company e-mail in the settings: the mail program's own


def test_unknown_or_unpriced_bookings_are_refused(office: UnitOfWork, tmp_path: Path) -> None:  # noqa: F811
    with pytest.raises(NotFoundError):
        write_quotation_email(office, "BK-2026-999999", tmp_path / "q.eml")
    catalog.save_party(office, {"name": ACME, "email": "sales@acme.example"})
    nowhere = sample(legs=[{"mode": "sea_fcl", "origin": "CNQZH", "destination": "THBKK"}])
    draft = desk.save_booking(office, nowhere, "draft").booking_no
    with pytest.raises(ValidationError, match="no price"):
        write_quotation_email(office, draft, tmp_path / "q.eml")
