"""``import sell-rates``: all rows or none, and the customer's quotes priced by them."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from booking_app.core.errors import ImportFileError
from booking_app.services import quoting
from booking_app.services.imports import import_sheet
from booking_app.store.uow import UnitOfWork
from tests.services.test_lifecycle import FX, RATES, SURCHARGES, sample

D = Decimal
HEAD = ("customer,mode,origin,destination,equipment,basis,currency,rate,min_charge,max_charge,"
        "breaks,kg_per_cbm,valid_from,valid_to,surcharges\n")  # fmt: skip


@pytest.fixture
def office(uow: UnitOfWork, tmp_path: Path) -> UnitOfWork:
    for kind, text in (("rates", RATES), ("surcharges", SURCHARGES), ("fx", FX)):
        path = tmp_path / f"{kind}.csv"
        path.write_text(text, encoding="utf-8")
        import_sheet(uow, kind, path)
    return uow


def test_a_customers_tariff_prices_only_that_customer(office: UnitOfWork, tmp_path: Path) -> None:
    sheet = tmp_path / "tariff.csv"
    sheet.write_text(HEAD + "Acme Trading,sea_fcl,CNQZH,VNSGN,40HC,per_container,USD,650,,,,,"
                     "2026-01-01,2026-12-31,included\n", encoding="utf-8")  # fmt: skip
    assert import_sheet(office, "sell-rates", sheet) == 1
    acme = quoting.quote(office, sample())
    frt, thc = acme.legs[0].lines
    assert frt.tariff and (frt.sell_amount, thc.sell_amount, thc.included) == (
        D("650.00"), D(0), True,
    )  # fmt: skip
    other = quoting.quote(office, sample(customer="Someone Else"))
    assert not other.legs[0].lines[0].tariff and other.total == D("540.00")


def test_a_bad_row_imports_nothing(office: UnitOfWork, tmp_path: Path) -> None:
    sheet = tmp_path / "tariff.csv"
    sheet.write_text(HEAD + "Acme Trading,sea_fcl,CNQZH,VNSGN,40HC,per_container,USD,650,,,,,"
                     "2026-01-01,2026-12-31,included\n"
                     "Acme Trading,sea_fcl,CNQZH,VNSGN,40HC,per_container,USD,650,,,,,"
                     "2026-01-01,2026-12-31,sometimes\n", encoding="utf-8")  # fmt: skip
    with pytest.raises(ImportFileError) as failed:
        import_sheet(office, "sell-rates", sheet)
    assert str(failed.value.errors[0]) == (
        "tariff.csv line 3: surcharges 'sometimes' must be included or extra"
    )
    assert office.tariffs.of_customer("Acme Trading") == []
