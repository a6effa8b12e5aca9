"""The catalogue service: rate lists by windows, matching surcharges, hand edits, parties."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from booking_app.core.errors import NotFoundError, ValidationError
from booking_app.core.sheet_rows import CellError
from booking_app.services import catalog
from booking_app.services.catalog import RateFilter
from booking_app.services.setup import init_database
from booking_app.store.uow import UnitOfWork

TODAY = date(2026, 11, 28)
GOOD = {
    "mode": "sea_fcl", "origin": "CNQZH", "destination": "VNSGN", "carrier": "Test Line",
    "service": "Weekly", "equipment": "40HC", "basis": "per_container", "currency": "USD",
    "rate": "700.00", "valid_from": "2026-01-01", "valid_to": "2026-12-31", "transit_days": "6",
}  # fmt: skip


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[UnitOfWork]:
    """A unit of work on a fresh demo database."""
    unit = init_database(tmp_path / "t.sqlite3", demo=True)
    yield unit
    unit.close()


def test_count_and_windows_cover_every_row_once(demo: UnitOfWork) -> None:
    f = RateFilter(today=TODAY)
    total = catalog.count_rates(demo, f)
    assert total == demo.rates.count("rates") > 100
    ids: list[int | None] = []
    for offset in range(0, total, 50):
        ids += [r.rate.id for r in catalog.list_rates(demo, f, offset, 50)]
    assert len(ids) == total == len(set(ids))


def test_filters_mode_lane_carrier_and_date(demo: UnitOfWork) -> None:
    f = RateFilter(mode="rail_fcl", origin="cnckg", destination="CNQZH", today=TODAY)
    rows = catalog.list_rates(demo, f, 0, 1000)
    assert rows and catalog.count_rates(demo, f) == len(rows)
    assert {(r.rate.mode, r.rate.origin, r.rate.destination) for r in rows} == {
        ("rail_fcl", "CNCKG", "CNQZH")
    }
    starts = {r.rate.origin for r in catalog.list_rates(demo, RateFilter(origin="cnc"), 0, 1000)}
    assert {"CNCKG", "CNCTU"} <= starts and all(o.startswith("CNC") for o in starts)
    assert catalog.count_rates(demo, RateFilter(origin="%")) == 0  # no wildcard
    part = RateFilter(carrier="railway", today=TODAY)  # part of the name, any case
    assert {r.rate.carrier for r in catalog.list_rates(demo, part, 0, 1000)} == {
        "China Railway Container",
        "Laos-China Railway",
    }
    assert catalog.count_rates(demo, RateFilter(valid_on=date(2040, 1, 1))) == 0


def test_expired_rows_flagged_and_hidden_on_request(demo: UnitOfWork) -> None:
    old = catalog.add_rate(demo, {**GOOD, "valid_from": "2024-01-01", "valid_to": "2024-12-31"})
    shown = RateFilter(carrier="Test Line", today=TODAY)
    rows = catalog.list_rates(demo, shown)
    assert [(r.rate.id, r.expired) for r in rows] == [(old, True)]
    hidden = RateFilter(carrier="Test Line", show_expired=False, today=TODAY)
    assert catalog.list_rates(demo, hidden) == [] and catalog.count_rates(demo, hidden) == 0


def test_sorting_in_the_database(demo: UnitOfWork) -> None:
    f = RateFilter(sort_key="rate", descending=True, mode="sea_fcl", today=TODAY)
    amounts = [r.rate.rate for r in catalog.list_rates(demo, f, 0, 1000)]
    assert len(amounts) > 10 and amounts == sorted(amounts, reverse=True)  # by value, not text
    up = [r.rate.rate for r in catalog.list_rates(demo, RateFilter(sort_key="rate"), 0, 1000)]
    assert up == sorted(up)
    carriers = [r.rate.carrier for r in catalog.list_rates(demo, RateFilter(sort_key="carrier"))]
    assert carriers == sorted(carriers)
    with pytest.raises(ValueError):
        catalog.list_rates(demo, RateFilter(sort_key="rate; DROP TABLE rates"))


def test_add_rate_validates_like_an_imported_row(demo: UnitOfWork) -> None:
    before = demo.rates.count("rates")
    for bad, column in (
        ({"origin": "XX"}, "origin"),
        ({"rate": "abc"}, "rate"),
        ({"valid_to": "2025-06-01"}, "valid_to"),
        ({"equipment": ""}, "equipment"),
        ({"carrier": ""}, "carrier"),
        ({"breaks": "45:1"}, "breaks"),
    ):
        with pytest.raises(CellError) as caught:
            catalog.add_rate(demo, {**GOOD, **bad})
        assert caught.value.column == column
    with pytest.raises(ValidationError, match="unknown rate field"):
        catalog.add_rate(demo, {**GOOD, "colour": "red"})
    assert demo.rates.count("rates") == before
    new_id = catalog.add_rate(demo, {**GOOD, "origin": "cnqzh"})
    assert demo.rates.count("rates") == before + 1
    cells = catalog.rate_cells(demo, new_id)
    assert cells["origin"] == "CNQZH" and cells["rate"] == "700.00" and cells["min_charge"] == ""


def test_update_rate_and_unknown_id(demo: UnitOfWork) -> None:
    rate_id = catalog.add_rate(demo, GOOD)
    changed = catalog.update_rate(demo, rate_id, {**GOOD, "rate": "650.5"})
    assert changed.rate == Decimal("650.5")
    with pytest.raises(CellError):
        catalog.update_rate(demo, rate_id, {**GOOD, "transit_days": "-1"})
    assert catalog.rate_cells(demo, rate_id)["rate"] == "650.5"
    with pytest.raises(NotFoundError):
        catalog.update_rate(demo, 999_999, GOOD)


def test_breaks_and_matching_surcharges(demo: UnitOfWork) -> None:
    air = {**GOOD, "mode": "air", "origin": "CNCKG", "destination": "SGSIN", "equipment": "",
           "basis": "per_kg", "rate": "3.20", "breaks": "100:2.80 45:3.00"}  # fmt: skip
    rate_id = catalog.add_rate(demo, air)
    assert [(b.threshold, b.rate) for b in catalog.rate_breaks(demo, rate_id)] == [
        (Decimal("45"), Decimal("3.00")),
        (Decimal("100"), Decimal("2.80")),
    ]
    codes = {s.code for s in catalog.matching_surcharges(demo, rate_id)}
    assert {"FSC", "SSC", "AWB"} <= codes and "BAF" not in codes
    sea = catalog.add_rate(demo, GOOD)  # CNQZH → VNSGN 40HC
    found = catalog.matching_surcharges(demo, sea)
    assert {"BAF", "THC", "ISPS"} <= {s.code for s in found}
    assert all(s.equipment in ("", "40HC") and s.mode in ("", "sea_fcl") for s in found)
    assert all(s.origin in ("", "CNQZH") for s in found)
    later = catalog.add_rate(demo, {**GOOD, "valid_from": "2031-01-01", "valid_to": "2031-12-31"})
    assert catalog.matching_surcharges(demo, later) == []  # demo surcharges end 2030


def test_carriers_for_leg_sorted_and_dated(demo: UnitOfWork) -> None:
    carriers = catalog.carriers_for_leg(demo, "rail_fcl", "cnckg", "CNQZH", TODAY)
    assert carriers == sorted(carriers) and "China Railway Container" in carriers
    assert len(carriers) == len(set(carriers))
    assert catalog.carriers_for_leg(demo, "rail_fcl", "CNCKG", "CNQZH", date(2040, 1, 1)) == []


def test_fx_and_locations(demo: UnitOfWork) -> None:
    fx = catalog.list_fx(demo)
    assert ("CNY", Decimal("7.10")) in {(r.currency, r.units_per_usd) for r in fx}
    cny = [r.valid_from for r in fx if r.currency == "CNY"]
    assert cny == sorted(cny, reverse=True)
    locations = catalog.list_locations(demo)
    assert [loc.code for loc in locations] == sorted(loc.code for loc in locations)
    assert any("重庆" in loc.name for loc in locations)


def test_parties_in_any_script(demo: UnitOfWork) -> None:
    names = ("重庆示例机械有限公司", "บริษัท ตัวอย่าง จำกัด", "Công ty TNHH Ví Dụ")
    ids = [catalog.save_party(demo, {"name": n, "address": n + " 1"}).id for n in names]
    assert [p.name for p in catalog.list_parties(demo, "ตัวอย่าง")] == [names[1]]
    assert [p.name for p in catalog.list_parties(demo, "ví dụ")] == [names[2]]
    assert [p.name for p in catalog.list_parties(demo, "重庆")] == [names[0]]
    edited = catalog.save_party(
        demo, {"name": names[0], "contact": "王伟", "tax_id": "9150"}, ids[0]
    )
    assert (edited.id, edited.contact, edited.address) == (ids[0], "王伟", "")
    assert catalog.list_parties(demo, "9150")[0].id == ids[0]


def test_party_validation(demo: UnitOfWork) -> None:
    catalog.save_party(demo, {"name": "Alpha"})
    with pytest.raises(ValidationError, match="name is missing"):
        catalog.save_party(demo, {"name": "  "})
    with pytest.raises(ValidationError, match="already exists"):
        catalog.save_party(demo, {"name": "Alpha"})
    with pytest.raises(ValidationError, match="email"):
        catalog.save_party(demo, {"name": "Beta", "email": "not-an-address"})
    with pytest.raises(ValidationError, match="unknown party field"):
        catalog.save_party(demo, {"name": "Beta", "fax": "1"})
    with pytest.raises(NotFoundError):
        catalog.save_party(demo, {"name": "Gamma"}, 424242)
    assert [p.name for p in catalog.list_parties(demo)] == ["Alpha"]


def test_database_location(demo: UnitOfWork, tmp_path: Path) -> None:
    info = catalog.database_location_info(demo)
    assert Path(info.path) == tmp_path / "t.sqlite3"
    assert info.exists and info.size_bytes > 0 and info.on_network_share is False
    assert catalog.database_location_info(r"\\server\share\desk.sqlite3").on_network_share
    assert catalog.database_location_info(tmp_path / "t.sqlite3") == info


def test_an_airport_knows_the_town_it_serves(demo: UnitOfWork) -> None:
    by_code = {loc.code: loc for loc in catalog.list_locations(demo)}
    assert by_code["VNTSX"].serves == "VNSGN"  # Tan Son Nhat: Ho Chi Minh City
    assert by_code["CNNNX"].serves == "CNNNG"  # Wuxu: Nanning
    assert by_code["VNNBX"].serves == "VNHAN"
    assert by_code["VNHPH"].serves == ""  # a port is named after its town


def test_parties_are_found_without_diacritics_and_in_any_case(demo: UnitOfWork) -> None:
    names = ("Công ty TNHH Ví Dụ", "ĐỒNG NAI Logistics", "Sài Gòn Freight", "Hanoi Trading")
    for name in names:
        catalog.save_party(demo, {"name": name})
    assert [p.name for p in catalog.list_parties(demo, "Cong")] == [names[0]]
    assert [p.name for p in catalog.list_parties(demo, "dong nai")] == [names[1]]
    assert [p.name for p in catalog.list_parties(demo, "đồng")] == [names[1]]
    assert [p.name for p in catalog.list_parties(demo, "Sai Gon")] == [names[2]]
    assert [p.name for p in catalog.list_parties(demo, "TRADING")] == [names[3]]
    assert len(catalog.list_parties(demo, "o", limit=2)) == 2
