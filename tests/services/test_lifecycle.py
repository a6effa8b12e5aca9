"""Quotes over time (quotes-and-tariffs.md §1, §4): validity, expiry the day after it,
statuses with reasons, re-pricing an expired quote, the follow-up list, expiring rates and
the results."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from booking_app.core.errors import ValidationError
from booking_app.services import desk, lifecycle, quoting, results
from booking_app.services.imports import import_sheet
from booking_app.services.settings import save_settings
from booking_app.store.uow import UnitOfWork

D = Decimal
HEAD = (
    "mode,origin,destination,carrier,service,equipment,basis,currency,rate,min_charge,breaks,"
    "kg_per_cbm,valid_from,valid_to,transit_days\n"
)
RATES = HEAD + (
    "sea_fcl,CNQZH,VNSGN,Alpha Line,,40HC,per_container,USD,440,,,,2026-01-01,2026-12-20,7\n"
    "sea_fcl,CNQZH,VNSGN,Beta Line,,40HC,per_container,USD,460,,,,2026-01-01,2026-12-05,7\n"
    "sea_fcl,CNQZH,VNSGN,Beta Line,,40HC,per_container,USD,470,,,,2026-12-06,2027-06-30,7\n"
    "rail_fcl,CNCKG,CNQZH,Rail Co,,40HC,per_container,USD,900,,,,2026-01-01,2026-12-03,2\n"
)
SURCHARGES = (
    "code,description,mode,origin,destination,carrier,equipment,basis,currency,amount,"
    "min_charge,valid_from,valid_to\n"
    "THC,Terminal handling,sea_fcl,,,,,per_container,USD,100,,2026-01-01,2026-12-12\n"
)
FX = "currency,units_per_usd,valid_from\nCNY,7.10,2026-01-01\n"


def sample(**changes: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "quote_date": "2026-11-30", "ship_date": "2026-12-01", "currency": "USD",
        "customer": "Acme Trading", "shipper": "Shipper Co.", "consignee": "Consignee Co.",
        "incoterm": "FOB",
        "cargo": {"containers": [{"type": "40HC", "count": 1}], "description": "Parts"},
        "legs": [{"mode": "sea_fcl", "origin": "CNQZH", "destination": "VNSGN"}],
    }  # fmt: skip
    raw.update(changes)
    return raw


@pytest.fixture
def office(uow: UnitOfWork, tmp_path: Path) -> UnitOfWork:
    for kind, text in (("rates", RATES), ("surcharges", SURCHARGES), ("fx", FX)):
        path = tmp_path / f"{kind}.csv"
        path.write_text(text, encoding="utf-8")
        import_sheet(uow, kind, path)
    return uow


def test_valid_until_is_the_earliest_end_of_the_settings_and_the_rows_used(office: UnitOfWork) -> None:
    q = quoting.quote(office, sample())  # Alpha to 12-20, THC to 12-12, 14 days → 12-14
    assert q.legs[0].carrier == "Alpha Line" and q.valid_until == date(2026, 12, 12)
    save_settings(office, {"quote_valid_days": "5"})
    assert quoting.quote(office, sample()).valid_until == date(2026, 12, 5)  # 30 Nov + 5
    rail = sample(legs=[{"mode": "rail_fcl", "origin": "CNCKG", "destination": "CNQZH"}])
    assert quoting.quote(office, rail).valid_until == date(2026, 12, 3)  # the rail rate's end


def test_spot_and_manual_lines_do_not_limit_validity(office: UnitOfWork) -> None:
    spot = {"carrier": "Phone", "basis": "per_container", "equipment": "40HC",
            "currency": "USD", "rate": "500", "transit_days": 3}  # fmt: skip
    extra = {"code": "CUS", "basis": "per_shipment", "quantity": 1, "unit_price": "50",
             "currency": "USD"}  # fmt: skip
    leg = {"mode": "road_ftl", "origin": "VNSGN", "destination": "VNHAN", "spot": spot,
           "extra_charges": [extra]}  # fmt: skip
    q = quoting.quote(office, sample(legs=[leg]))
    assert q.valid_until == date(2026, 12, 14)  # 30 Nov + 14 days: nothing else limits it


def test_a_quote_expires_the_day_after_valid_until(office: UnitOfWork) -> None:
    booking = quoting.book(office, [sample()], "quoted")[0]
    assert booking.priced.valid_until == date(2026, 12, 12)
    office.clock.set(datetime(2026, 12, 12, 18, 0))  # its last day: still open
    assert lifecycle.expire_overdue(office) == []
    [row] = lifecycle.follow_up(office, open_only=True)
    assert lifecycle.quote_entry(row, office.clock.today())["days_left"] == 0
    office.clock.set(datetime(2026, 12, 13, 8, 0))
    assert lifecycle.follow_up(office, open_only=True) == []  # expired when looked at
    assert quoting.get_booking(office, booking.booking_no).status == "expired"
    assert lifecycle.expire_overdue(office) == []  # stored once
    entries = [e for e in office.audit.entries() if e["detail"] == "expired"]
    assert [e["entity_key"] for e in entries] == [booking.booking_no]


def test_confirming_an_expired_quote_prices_it_again_as_a_new_revision(office: UnitOfWork) -> None:
    booking = quoting.book(office, [sample(legs=[
        {"mode": "sea_fcl", "origin": "CNQZH", "destination": "VNSGN", "carrier": "Beta Line"}
    ])], "quoted")[0]  # fmt: skip
    assert booking.priced.cost_total == D("560.00")  # 460 + THC 100
    office.clock.set(datetime(2026, 12, 10, 9, 0))  # valid until 12-05: expired now
    old, new = lifecycle.reprice_preview(office, booking.booking_no)
    assert (old.total, new.total) == (D("560.00"), D("570.00"))  # Beta's 470 from 12-06
    change = lifecycle.change_status(office, booking.booking_no, "confirmed")
    assert change.repriced and change.previous == booking.quote
    renewed = change.booking
    assert (renewed.revision, renewed.status, renewed.priced.total) == (2, "confirmed", D("570.00"))
    assert renewed.request.quote_date == date(2026, 12, 10)
    assert renewed.booking_date == booking.booking_date  # still the day its number was issued


def test_statuses_and_reasons(office: UnitOfWork) -> None:
    a, b = quoting.book(office, [sample(), sample()], "quoted")
    with pytest.raises(ValidationError, match="needs a reason"):
        lifecycle.change_status(office, a.booking_no, "lost")
    lost = lifecycle.change_status(office, a.booking_no, "lost", "price too high").booking
    assert lost.status == "lost" and office.bookings.status_reason(a.booking_no) == "price too high"
    with pytest.raises(ValidationError):
        lifecycle.change_status(office, a.booking_no, "confirmed")  # a lost quote stays lost
    won = lifecycle.change_status(office, b.booking_no, "confirmed").booking
    assert won.status == "confirmed"
    with pytest.raises(ValidationError):
        lifecycle.change_status(office, b.booking_no, "lost", "too late")
    assert lifecycle.change_status(office, b.booking_no, "cancelled", "strike").booking.status == (
        "cancelled"
    )


def test_the_follow_up_list_soonest_expiry_first_and_filters(office: UnitOfWork) -> None:
    rail = sample(customer="Rail Buyer", legs=[
        {"mode": "rail_fcl", "origin": "CNCKG", "destination": "CNQZH"}
    ])  # fmt: skip
    sea, train = quoting.book(office, [sample(), rail], "quoted")
    draft = desk.save_booking(office, sample(), "draft")
    rows = lifecycle.follow_up(office)
    assert [r.booking_no for r in rows] == [train.booking_no, sea.booking_no]  # 12-03, 12-12
    assert draft.booking_no not in {r.booking_no for r in rows}
    entry = lifecycle.quote_entry(rows[0], office.clock.today())
    assert entry == {
        "booking_no": train.booking_no, "customer": "Rail Buyer", "status": "quoted",
        "total": "900.00", "currency": "USD", "valid_until": "2026-12-03", "days_left": 3,
    }  # fmt: skip
    assert [r.booking_no for r in lifecycle.follow_up(office, expiring_within=3)] == [
        train.booking_no
    ]
    assert [r.booking_no for r in lifecycle.follow_up(office, customer="Acme Trading")] == [
        sea.booking_no
    ]


def test_rates_expiring_within_days_without_a_later_row(office: UnitOfWork) -> None:
    expiring = results.expiring_rates(office, 5)  # to 2026-12-05
    # Beta's row ending 12-05 is followed by one from 12-06: not listed
    assert [(r.carrier, r.valid_to) for r in expiring] == [("Rail Co", date(2026, 12, 3))]
    assert results.rate_entry(expiring[0], office.clock.today())["days_left"] == 3
    assert [r.carrier for r in results.expiring_rates(office, 20)] == ["Rail Co", "Alpha Line"]
    with pytest.raises(ValidationError):
        results.expiring_rates(office, -1)


def test_results_by_customer_and_month(office: UnitOfWork) -> None:
    office.clock.set(datetime(2026, 11, 30, 10, 0))
    won, lost, open_ = quoting.book(office, [sample(markup_percent="10")] * 3, "quoted")
    lifecycle.change_status(office, won.booking_no, "confirmed")
    lifecycle.change_status(office, lost.booking_no, "lost", "price")
    office.clock.set(datetime(2026, 12, 1, 10, 0))
    other = quoting.book(office, [sample(customer="Beta Buyer", quote_date="2026-12-01")],
                         "confirmed")[0]  # fmt: skip
    report = results.results(office, date(2026, 11, 1), date(2026, 12, 31)).to_json()
    acme = next(c for c in report["by_customer"] if c["customer"] == "Acme Trading")
    assert (acme["won"], acme["lost"], acme["open"], acme["expired"]) == (1, 1, 1, 0)
    assert acme["margin"] == {"USD": "54.00"} and acme["win_rate_percent"] == "50.0"
    months = {m["month"]: m for m in report["by_month"]}
    assert months["2026-11"]["won"] == 1 and months["2026-12"]["won"] == 1
    assert months["2026-12"]["margin"] == {"USD": "0.00"}
    assert report["total"]["won_total"] == {"USD": "1134.00"}
    assert other.booking_no not in {won.booking_no, lost.booking_no, open_.booking_no}
    with pytest.raises(ValidationError):
        results.results(office, date(2026, 12, 2), date(2026, 12, 1))
