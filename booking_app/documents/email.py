"""A quotation as an e-mail (quotes-and-tariffs.md §3): an RFC 5322 MIME message with
the quotation PDF attached, addressed to the customer's e-mail from the parties table.

The desk writes it to a ``.eml`` file and hands it to the computer's mail program;
``X-Unsent: 1`` makes Outlook open it as a message to send rather than one received.
"""

import io
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import NamedTuple

from booking_app.core.booking import Booking, route_codes
from booking_app.core.errors import ValidationError
from booking_app.documents.labels import Words
from booking_app.documents.model import BookingDocument
from booking_app.documents.printing import booking_document
from booking_app.documents.quotation import render_quotation_pdf
from booking_app.services.files import atomic_output
from booking_app.store.uow import UnitOfWork

#: The domain of the Message-ID (the desk has no mail server of its own).
MESSAGE_ID_DOMAIN = "booking-desk.invalid"


class NoEmailError(ValidationError):
    """The booking's customer has no e-mail address to send the quotation to."""

    def __init__(self, booking_no: str, party: str) -> None:
        self.booking_no = booking_no
        self.party = party
        if party:
            text = f"{booking_no}: customer {party} has no e-mail address (add one in Parties)"
        else:
            text = f"{booking_no} has no customer to send the quotation to"
        super().__init__(text)


def place(booking: Booking, code: str) -> str:
    """A place as ``Name (CODE)`` with its frozen name, or the code alone."""
    name = booking.names.place(code)
    return f"{name} ({code})" if name and name != code else code


def route_line(booking: Booking) -> str:
    """``Chongqing (CNCKG) → Haiphong (VNHPH)``: where the quotation goes from and to."""
    codes = route_codes(booking.priced)
    if not codes:
        return ""
    return f"{place(booking, codes[0])} → {place(booking, codes[-1])}"


def subject(booking: Booking, words: Words | None = None) -> str:
    """``Quotation BK-2026-000012: Chongqing (CNCKG) → Haiphong (VNHPH)``."""
    w = words or Words()
    route = route_line(booking)
    if route:
        return w("Quotation {number}: {route}", number=booking.booking_no, route=route)
    return w("Quotation {number}", number=booking.booking_no)


class Recipient(NamedTuple):
    """The customer as the parties table has them today: name, e-mail, contact person."""

    name: str
    email: str = ""
    contact: str = ""


def recipient_of(uow: UnitOfWork, name: str) -> Recipient:
    """The customer's e-mail and contact from the parties table (by the exact name)."""
    row = uow.parties.get_by_name(name) if name else None
    if row is None:
        return Recipient(name)
    return Recipient(name, str(row.get("email") or ""), str(row.get("contact") or ""))


def body(doc: BookingDocument, customer: Recipient) -> str:
    """The short text of the message: what is attached, the total and until when."""
    booking = doc.booking
    quote = booking.priced
    greeting = customer.contact or customer.name
    until = quote.valid_until or doc.valid_until
    w = Words(doc.language)  # the quotation's language: the letterhead's choice
    lines = [
        w("Dear {name},", name=greeting) if greeting else w("Dear customer,"),
        "",
        w("Please find attached our quotation {number} for {route}.",
          number=booking.booking_no, route=route_line(booking) or w("your shipment")),
        "",
        w("Total: {total} {currency}", total=f"{quote.total:,f}", currency=quote.currency),
        w("Valid until: {date}", date=until.isoformat()) if until else "",
        "",
        w("Please reply to this message to confirm the booking or ask for changes."),
        "",
        w("Kind regards,"),
    ]  # fmt: skip
    lines += [s for s in (booking.clerk, doc.company.name, doc.company.phone) if s]
    return "\n".join(lines) + "\n"


def _sender(doc: BookingDocument) -> Address | None:
    email = doc.company.email.strip()
    if "@" not in email:
        return None
    user, _, domain = email.rpartition("@")
    return Address(display_name=doc.company.name, username=user, domain=domain)


def _address(booking_no: str, customer: Recipient) -> Address:
    email = customer.email.strip()
    if not email or "@" not in email:
        raise NoEmailError(booking_no, customer.name)
    user, _, domain = email.rpartition("@")
    try:
        return Address(display_name=customer.name, username=user, domain=domain)
    except (ValueError, IndexError):
        raise ValidationError(
            f"{booking_no}: the e-mail {email!r} of {customer.name} is not an address"
        ) from None


def quotation_message(uow: UnitOfWork, booking_no: str) -> EmailMessage:
    """The quotation of a saved booking as an e-mail with its PDF attached.

    Raises:
        NotFoundError: no booking has this number.
        NoEmailError: the customer has no e-mail address.
        ValidationError: the booking has no price yet, or the address cannot be used.
    """
    doc = booking_document(uow, booking_no)
    customer = recipient_of(uow, doc.booking.request.parties.customer)
    to = _address(doc.booking.booking_no, customer)
    pdf = io.BytesIO()
    render_quotation_pdf(doc, pdf)
    message = EmailMessage()
    message["Subject"] = subject(doc.booking, Words(doc.language))
    sender = _sender(doc)
    if sender is not None:
        message["From"] = sender
    message["To"] = to
    message["Date"] = format_datetime(uow.clock.now())
    message["Message-ID"] = make_msgid(domain=MESSAGE_ID_DOMAIN)
    message["X-Unsent"] = "1"
    message.set_content(body(doc, customer), cte="quoted-printable")  # 7-bit safe for any program
    message.add_attachment(
        pdf.getvalue(), maintype="application", subtype="pdf",
        filename=f"{doc.booking.booking_no}-quotation.pdf",
    )  # fmt: skip
    return message


def write_quotation_email(uow: UnitOfWork, booking_no: str, out_path: str | Path) -> Path:
    """Write the quotation e-mail of a saved booking to ``out_path`` (an ``.eml`` file).

    Lines end in CRLF as RFC 5322 has them; the file is replaced only when complete.

    Raises:
        NotFoundError: no booking has this number.
        NoEmailError: the customer has no e-mail address.
        ValidationError: no price yet, an unusable address, or ``out_path`` cannot be written.
    """
    data = quotation_message(uow, booking_no).as_bytes(policy=policy.SMTP)
    with atomic_output(out_path, protected=[uow.path]) as out:  # never onto the database
        out.write(data)
    return Path(out_path)
