"""Tariff rows typed by hand (services/tariffs.py): the import's rules, update, delete, audit."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from booking_app.core.errors import ImportFileError, NotFoundError, ValidationError
from booking_app.core.sheet_rows import CellError
from booking_app.services import catalog, quoting, tariffs
from booking_app.services.imports import import_sheet
from booking_app.store.uow import UnitOfWork
from tests.services.test_lifecycle import FX, RATES, SURCHARGES, sample
from tests.services.test_tariff_import import HEAD

D = Decimal
ROW = {
    "customer": "Acme Trading", "mode": "sea_fcl", "origin": "cnqzh", "destination": "VNSGN",
    "equipment": "40hc", "basis": "per_container", "currency": "usd", "rate": "650",
    "valid_from": "2026-01-01", "valid_to": "2026-12-31", "surcharges": "Included",
}  # fmt: skip


@pytest.fixture
def office(uow: UnitOfWork, tmp_path: Path) -> UnitOfWork:
    for kind, text in (("rates", RATES), ("surcharges", SURCHARGES), ("fx", FX)):
        path = tmp_path / f"{kind}.csv"
        path.write_text(text, encoding="utf-8")
        import_sheet(uow, kind, path)
    catalog.save_party(uow, {"name": "Acme Trading"})
    return uow


def audit(uow: UnitOfWork) -> list[tuple[str, str, str]]:
    return [
        (e["action"], e["entity_key"], e["detail"])
        for e in reversed(uow.audit.entries())
        if e["entity"] == "tariff"
    ]


def test_a_typed_row_is_stored_as_normalised_by_the_import_rules(office: UnitOfWork) -> None:
    saved = tariffs.add_tariff(office, ROW, clerk="Lan")
    (listed,) = tariffs.list_tariffs(office, "Acme Trading")
    assert listed == saved and saved.rate.id is not None
    r = listed.rate
    assert (r.origin, r.equipment, r.currency, r.rate, listed.surcharges) == (
        "CNQZH", "40HC", "USD", D(650), "included",
    )  # fmt: skip
    assert tariffs.tariff_cells(listed) == {
        **ROW, "origin": "CNQZH", "equipment": "40HC", "currency": "USD",
        "surcharges": "included", "min_charge": "", "max_charge": "", "breaks": "",
        "kg_per_cbm": "",
    }  # fmt: skip
    ((action, key, detail),) = audit(office)
    assert (action, key) == ("add", "Acme Trading")
    assert detail == (
        f"#{r.id} sea_fcl CNQZH-VNSGN per_container 40HC: USD 650"
        " 2026-01-01..2026-12-31, surcharges included"
    )
    assert office.audit.entries(1)[0]["clerk"] == "Lan"


@pytest.mark.parametrize(
    ("change", "column", "message"),
    [
        ({"surcharges": "sometimes"}, "surcharges", "'sometimes' must be included or extra"),
        ({"rate": "-5"}, "rate", "-5 must be ≥ 0"),
        ({"rate": ""}, "rate", "is missing"),
        ({"origin": "QZ"}, "origin", "'QZ' is not a UN/LOCODE (five letters/digits)"),
        ({"equipment": "50FT"}, "equipment",
         "'50FT' is not a container type (needed for per_container)"),
        ({"breaks": "45:5"}, "breaks", "are only for per_kg and per_wm rates, not per_container"),
        ({"valid_to": "2025-12-31"}, "valid_to", "2025-12-31 is before valid_from 2026-01-01"),
        ({"valid_from": "1.1.2026"}, "valid_from", "'1.1.2026' is not a date (YYYY-MM-DD)"),
    ],
)  # fmt: skip
def test_a_bad_typed_cell_is_refused_exactly_as_in_an_imported_sheet(
    office: UnitOfWork, tmp_path: Path, change: dict[str, str], column: str, message: str
) -> None:
    cells = {**ROW, **change}
    with pytest.raises(CellError) as typed:
        tariffs.add_tariff(office, cells)
    assert (typed.value.column, typed.value.message) == (column, message)
    sheet = tmp_path / "tariff.csv"
    sheet.write_text(HEAD + ",".join(cells.get(c, "") for c in tariffs.SELL_RATE_COLUMNS) + "\n",
                     encoding="utf-8")  # fmt: skip
    with pytest.raises(ImportFileError) as imported:
        import_sheet(office, "sell-rates", sheet)
    (error,) = imported.value.errors
    assert (error.column, error.message) == (column, message)
    assert tariffs.list_tariffs(office, "Acme Trading") == [] and audit(office) == []


def test_unknown_columns_and_unknown_customers_are_refused(office: UnitOfWork) -> None:
    with pytest.raises(ValidationError, match="unknown sell-rates field carrier"):
        tariffs.add_tariff(office, {**ROW, "carrier": "Alpha Line"})
    with pytest.raises(NotFoundError):
        tariffs.add_tariff(office, {**ROW, "customer": "Nobody Ltd"})
    assert office.parties.get_by_name("Nobody Ltd") is None  # not created on the way


def test_update_changes_the_row_in_place_and_the_quote_follows(office: UnitOfWork) -> None:
    saved = tariffs.add_tariff(office, ROW)
    assert saved.rate.id is not None
    assert quoting.quote(office, sample()).total == D("650.00")  # all-in
    changed = tariffs.update_tariff(
        office, saved.rate.id, {**ROW, "rate": "600", "surcharges": "extra"}, clerk="Lan"
    )
    (listed,) = tariffs.list_tariffs(office, "Acme Trading")
    assert listed == changed and listed.rate.id == saved.rate.id
    assert (listed.rate.rate, listed.surcharges) == (D(600), "extra")
    quote = quoting.quote(office, sample())
    frt, thc = quote.legs[0].lines
    assert frt.tariff and frt.sell_amount == D("600.00") and not thc.included
    assert quote.total > D("600.00")  # THC sold by the leg's price factor
    action, _key, detail = audit(office)[-1]
    assert action == "edit" and detail.endswith("-> sea_fcl CNQZH-VNSGN per_container 40HC:"
                                                " USD 600 2026-01-01..2026-12-31, surcharges"
                                                " extra")  # fmt: skip


def test_a_bad_update_changes_nothing(office: UnitOfWork) -> None:
    saved = tariffs.add_tariff(office, ROW)
    assert saved.rate.id is not None
    with pytest.raises(CellError) as bad:
        tariffs.update_tariff(office, saved.rate.id, {**ROW, "currency": "DOLLARS"})
    assert bad.value.column == "currency"
    assert tariffs.list_tariffs(office, "Acme Trading") == [saved]
    with pytest.raises(NotFoundError):
        tariffs.update_tariff(office, saved.rate.id + 99, ROW)
    assert [a for a, _k, _d in audit(office)] == ["add"]


def test_delete_removes_one_row_and_says_so(office: UnitOfWork) -> None:
    first = tariffs.add_tariff(office, ROW)
    second = tariffs.add_tariff(office, {**ROW, "equipment": "20GP", "rate": "400"})
    assert first.rate.id is not None
    tariffs.delete_tariff(office, first.rate.id, clerk="Lan")
    assert tariffs.list_tariffs(office, "Acme Trading") == [second]
    with pytest.raises(NotFoundError):
        tariffs.delete_tariff(office, first.rate.id)
    assert [(a, d.split(" ")[0]) for a, _k, d in audit(office)] == [
        ("add", f"#{first.rate.id}"), ("add", f"#{second.rate.id}"),
        ("delete", f"#{first.rate.id}"),
    ]  # fmt: skip


def test_a_row_is_expired_the_day_after_its_last_day(office: UnitOfWork) -> None:
    row = tariffs.parse_tariff(ROW)
    assert not tariffs.is_expired(row, date(2026, 12, 31))
    assert tariffs.is_expired(row, date(2027, 1, 1))
    assert tariffs.list_tariffs(office, "  ") == []
