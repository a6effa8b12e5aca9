"""Sample requests: parties in Chinese, Thai and Vietnamese on the demo corridor lanes."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date
from typing import Any

from booking_app.core.booking import Booking
from booking_app.store.uow import UnitOfWork

DAY = date(2026, 11, 28)
OTHER_DAY = date(2026, 11, 27)
THAI = "บริษัท ตัวอย่าง จำกัด"
CHINESE = "重庆示例机械有限公司"
VIETNAMESE = "Công ty TNHH Ví Dụ"
FORMULA = '=HYPERLINK("http://example.invalid","click")'
AMPERSAND = "A&B <Co> Ltd"

MULTIMODAL: dict[str, Any] = {
    "quote_date": DAY.isoformat(),
    "ship_date": "2026-12-01",
    "currency": "USD",
    "customer": THAI,
    "shipper": CHINESE,
    "consignee": VIETNAMESE,
    "incoterm": "FOB",
    "notes": "Call <Mr. Minh> & the gate before arrival.",
    "cargo": {
        "pieces": [
            {"count": 3, "length_cm": 120, "width_cm": 80, "height_cm": 100, "weight_kg": 150}
        ],
        "containers": [{"type": "40HC", "count": 2}],
        "description": "Machinery parts",
    },
    "legs": [
        {"mode": "rail_fcl", "origin": "CNCKG", "destination": "CNQZH"},
        {"mode": "sea_fcl", "origin": "CNQZH", "destination": "VNHPH"},
        {"mode": "road_ftl", "origin": "VNHPH", "destination": "VNHAN"},
    ],
}
TRUCK_LTL: dict[str, Any] = {
    "quote_date": DAY.isoformat(),
    "ship_date": "2026-12-02",
    "currency": "VND",
    "customer": FORMULA,
    "shipper": AMPERSAND,
    "consignee": "Công ty Cổ phần Vận tải Hà Nội",
    "incoterm": "DAP",
    "cargo": {
        "pieces": [
            {"count": 4, "length_cm": 100, "width_cm": 100, "height_cm": 80, "weight_kg": 120.5}
        ],
        "description": "Textiles",
    },
    "legs": [{"mode": "road_ltl", "origin": "CNNNG", "destination": "VNHAN"}],
}


def request(base: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """A deep copy of a request with some fields changed."""
    data = copy.deepcopy(base)
    data.update(changes)
    return data


@dataclass
class Desk:
    """A demo database with three bookings: two on DAY, one on OTHER_DAY."""

    uow: UnitOfWork
    multimodal: Booking
    truck: Booking
    other_day: Booking


#: Sold at a margin of 12 %: a minimum freight line, a minimum surcharge, a manual extra
#: charge (insurance) and a spot rate on the second leg.
LCL_SPOT: dict[str, Any] = {
    "quote_date": DAY.isoformat(),
    "ship_date": "2026-12-01",
    "currency": "USD",
    "margin_percent": "12",
    "customer": "Hanoi Retail JSC",
    "shipper": "Qinzhou Export Co.",
    "consignee": VIETNAMESE,
    "incoterm": "CIF",
    "cargo": {
        "pieces": [
            {"count": 1, "length_cm": 100, "width_cm": 100, "height_cm": 50, "weight_kg": 80}
        ],
        "description": "Ceramics",
    },
    "legs": [
        {
            "mode": "sea_lcl",
            "origin": "CNQZH",
            "destination": "VNHPH",
            "extra_charges": [
                {"code": "INS", "description": "Cargo insurance", "basis": "per_shipment",
                 "quantity": "1", "unit_price": "35.00", "currency": "USD"}
            ],  # fmt: skip
        },
        {
            "mode": "road_ltl",
            "origin": "VNHPH",
            "destination": "VNHAN",
            "spot": {"carrier": "Hai Phong Spot Trucks", "basis": "per_kg", "currency": "USD",
                     "rate": "0.185", "transit_days": 1},
        },  # fmt: skip
    ],
}
