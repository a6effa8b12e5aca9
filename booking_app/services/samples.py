"""A few sample bookings for a new desk, so the first start shows what a day looks like.

They are priced by the real services on the demo rates at the time they are loaded (the
unit of work's clock gives the dates) and saved like any booking; each is marked as a
sample: its clerk is :data:`SAMPLE_CLERK` and its cargo description starts with
:data:`SAMPLE_MARK`, so the list, the documents and a search (``sample``) show it.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from booking_app.core.booking import Booking
from booking_app.core.errors import BookingDeskError
from booking_app.services import quoting
from booking_app.store.uow import UnitOfWork

#: The clerk named on sample bookings.
SAMPLE_CLERK = "Sample"
#: How a sample booking's cargo description begins.
SAMPLE_MARK = "SAMPLE"

_CUSTOMER = "Guangxi Example Trading Co. (sample)"


def sample_requests(today: date) -> list[tuple[str, dict[str, Any]]]:
    """The sample bookings as (status, request), dated from ``today``."""

    def dated(days: int) -> dict[str, str]:
        return {"quote_date": today.isoformat(), "ship_date": (today + timedelta(days)).isoformat()}

    parties = {
        "customer": _CUSTOMER,
        "shipper": "重庆示例机械有限公司 (sample)",
        "consignee": "Công ty TNHH Ví Dụ (sample)",
    }
    return [
        ("confirmed", {
            **dated(3), **parties, "currency": "USD", "incoterm": "FOB",
            "cargo": {"containers": [{"type": "40HC", "count": 2}], "weight_kg": 18000,
                      "volume_cbm": 120, "description": f"{SAMPLE_MARK}: machinery parts"},
            "legs": [
                {"mode": "rail_fcl", "origin": "CNCKG", "destination": "CNQZH"},
                {"mode": "sea_fcl", "origin": "CNQZH", "destination": "VNHPH"},
            ],
        }),
        ("quoted", {
            **dated(5), **parties, "currency": "USD", "incoterm": "CPT",
            "cargo": {"pieces": [{"count": 4, "length_cm": 120, "width_cm": 80,
                                  "height_cm": 100, "weight_kg": 150}],
                      "description": f"{SAMPLE_MARK}: electronic components"},
            "legs": [{"mode": "air", "origin": "CNNNX", "destination": "VNTSX"}],
        }),
        ("draft", {
            **dated(7), **parties, "currency": "USD", "incoterm": "DAP",
            "cargo": {"trucks": [{"type": "10T", "count": 1}], "weight_kg": 8000,
                      "volume_cbm": 30, "description": f"{SAMPLE_MARK}: furniture"},
            "legs": [{"mode": "road_ftl", "origin": "CNNNG", "destination": "VNHAN"}],
        }),
    ]  # fmt: skip


def load_samples(uow: UnitOfWork) -> list[Booking]:
    """Price and save the sample bookings on the rates the database holds.

    A sample that cannot be priced on the rates as they are today (a demo database
    started after the demo rates ended, say) is left out; the others are saved.

    Returns:
        The bookings saved, in order.
    """
    saved: list[Booking] = []
    for status, raw in sample_requests(uow.clock.today()):
        try:
            saved += quoting.book(uow, [raw], status, clerk=SAMPLE_CLERK)
        except BookingDeskError:
            continue
    return saved
