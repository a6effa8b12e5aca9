"""What the documents load: parties by their exact name, a day's legs without a query per booking."""

from __future__ import annotations

from booking_app.documents import printing as documents
from booking_app.services.listing import bookings_of_day
from tests.documents.samples import AMPERSAND, DAY, Desk


def test_party_details_take_the_party_with_exactly_that_name(desk: Desk) -> None:
    parties = desk.uow.parties
    parties.save({"name": "Haiphong Port Co.", "address": "8A Tran Phu", "phone": "+84 225 1"})
    parties.save({"name": "Haiphong Port Co. Ltd", "address": "somewhere else"})
    details = documents.party_details(desk.uow, "Haiphong Port Co.")
    assert (details.name, details.address, details.phone) == (
        "Haiphong Port Co.",
        "8A Tran Phu",
        "+84 225 1",
    )
    # A party saved with a booking has no details yet; a name that is only part of
    # another (or a LIKE pattern) is not that party.
    assert documents.party_details(desk.uow, AMPERSAND).address == ""
    for name in ("Haiphong Port", "Haiphong Port Co_", "%"):
        details = documents.party_details(desk.uow, name)
        assert (details.name, details.address) == (name, ""), name
    assert documents.party_details(desk.uow, "").name == ""


def test_legs_of_follows_the_list_order_with_one_query(desk: Desk) -> None:
    rows = bookings_of_day(desk.uow, DAY)
    selects: list[str] = []
    desk.uow.db.conn.set_trace_callback(
        lambda sql: selects.append(sql) if sql.lstrip().upper().startswith("SELECT") else None
    )
    legs = documents.legs_of(desk.uow, list(reversed(rows)))
    desk.uow.db.conn.set_trace_callback(None)
    assert len(selects) == 1
    assert [(leg.booking_no, leg.seq) for leg in legs] == [
        (desk.truck.booking_no, 1),
        *((desk.multimodal.booking_no, n) for n in range(1, 4)),
    ]
    assert legs[0].currency == "VND"
    assert legs[-1].subtotal == desk.multimodal.quote.legs[-1].subtotal
    assert documents.legs_of(desk.uow, []) == []
