"""What the documents load: a day's legs without a query per booking."""

from __future__ import annotations

from booking_app.documents import printing as documents
from booking_app.services.listing import bookings_of_day
from tests.documents.samples import DAY, Desk


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
