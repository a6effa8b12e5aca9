"""Hostile text put into every free-text field a document prints.

A real booking's document (from the demo database) is copied with one text in every
name, address, note, description, carrier, place and term, so a renderer can be tried
on any text without booking again for each example.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from hypothesis import strategies as st

from booking_app.core.booking import FrozenNames, PartyCard
from booking_app.documents.model import BookingDocument, Company, DailyList, PartyDetails
from booking_app.services.listing import BookingRow

#: Names in the corridor's scripts that need their own fonts and shaping.
LAO = "ບໍລິສັດ ຂົນສົ່ງ ວຽງຈັນ ຈຳກັດ"
KHMER = "ក្រុមហ៊ុន ដឹកជញ្ជូន ភ្នំពេញ"
MYANMAR = "မြန်မာ သယ်ယူပို့ဆောင်ရေး ကုမ္ပဏီ"

#: Pieces hostile text is made of: markup, entities, controls, joiners, bidi marks,
#: surrogates, private use, scripts no bundled font has, emoji, long words.
PIECES = (
    "<b>&", "</para>", "<font name='x'>", "&amp;", "&#0;", "&#xD800;", "]]>", "\\",
    "\x00", "\x07", "\x1b[31m", "\t", "\r\n", "\u2028", "\x85", "\u00ad", "\u200b",
    "\u200d", "\u202e", "\ufeff", "\ufffe", "\uffff", "\ud800", "\udfff", "\ue000",
    "\U0010fffd", "مرحبا", "नमस्ते", "😀👍🏽", "🇻🇳", "e\u0301\u0302\u0303", "ุ", "្",
    LAO, KHMER, MYANMAR, "บริษัท", "重庆", "Hà Nội", "x" * 80,
)  # fmt: skip

#: Any text at all (short: it goes into some forty fields at once; long text has tests
#: of its own), leaning towards the hostile pieces and runs of them.
hostile_text = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=5).map("".join),
    st.builds(lambda piece, n: piece * n, st.sampled_from(PIECES), st.integers(1, 4)),
)


def with_text(doc: BookingDocument, text: str) -> BookingDocument:
    """``doc`` with ``text`` in every free-text field it prints."""
    booking = doc.booking
    request = booking.request
    party = PartyDetails(text, address=text)
    card = PartyCard(text, address=text)
    legs = tuple(
        leg._replace(
            carrier=text,
            service=text,
            lines=tuple(li._replace(description=text, code=text) for li in leg.lines),
        )
        for leg in booking.priced.legs
    )
    booking = booking._replace(
        clerk=text,
        request=request._replace(
            parties=request.parties._replace(
                customer=text, shipper=text, consignee=text, notes=text
            ),
            cargo=request.cargo._replace(description=text),
        ),
        quote=booking.priced._replace(legs=legs),
        names=FrozenNames(card, card, card, places=tuple((code, text) for code in doc.places)),
    )
    return doc._replace(
        booking=booking,
        company=Company(text, address=text, phone=text, email=text),
        places={code: text for code in doc.places},
        customer=party,
        shipper=party,
        consignee=party,
        terms=(text, text),
    )


def day_with_text(text: str, rows: int = 2) -> DailyList:
    """A daily list whose bookings have ``text`` in every free-text column."""
    return DailyList(
        day=date(2026, 11, 28),
        company=Company(text, address=text),
        rows=[
            BookingRow(
                booking_no=f"BK-2026-{n:06d}",
                revision=1,
                created_at=datetime(2026, 11, 28, 8, n),
                booking_date=date(2026, 11, 28),
                status="confirmed",
                clerk=text,
                customer=text,
                shipper=text,
                consignee=text,
                route=text,
                modes=text,
                cargo_summary=text,
                total=Decimal("100.00"),
                currency="USD",
                incoterm=text,
                ship_date=date(2026, 12, 1),
                transit_days=4,
            )
            for n in range(1, rows + 1)
        ],
        printed_at=datetime(2026, 11, 28, 18, 0),
    )
