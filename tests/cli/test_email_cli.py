"""``booking-app quotation BOOKING_NO --out FILE.eml`` through subprocess."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from booking_app.core.clock import FixedClock
from booking_app.services import catalog
from booking_app.store.uow import UnitOfWork
from tests.cli.test_quotes_cli import book, db, run  # noqa: F401 (the fixture)
from tests.conftest import TEST_NOW
from tests.services.test_lifecycle import sample


def add_party(path: Path, **fields: str) -> None:
    uow = UnitOfWork.open(path, FixedClock(TEST_NOW))
    try:
        catalog.save_party(uow, fields)
    finally:
        uow.close()


def test_quotation_as_eml_and_as_pdf(db: Path, tmp_path: Path) -> None:  # noqa: F811
    add_party(db, name="Acme Trading", email="buyer@acme.example")
    number = book(db, sample())
    eml = tmp_path / "out.eml"
    result = run(db, "quotation", number, "--out", str(eml))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    message = message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    assert message["To"].addresses[0].addr_spec == "buyer@acme.example"
    assert number in str(message["Subject"]) and "CNQZH" in str(message["Subject"])
    (pdf,) = list(message.iter_attachments())
    assert pdf.get_content_type() == "application/pdf"
    assert pdf.get_content().startswith(b"%PDF")
    as_pdf = tmp_path / "out.pdf"
    assert run(db, "quotation", number, "--out", str(as_pdf)).returncode == 0
    assert as_pdf.read_bytes().startswith(b"%PDF")


def test_eml_without_customer_email_exits_2_with_one_line(db: Path, tmp_path: Path) -> None:  # noqa: F811
    number = book(db, sample(customer="No Mail Co."))
    eml = tmp_path / "out.eml"
    result = run(db, "quotation", number, "--out", str(eml))
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
    assert "No Mail Co." in result.stderr and "no e-mail address" in result.stderr
    assert not eml.exists()
