"""The rarer errors are data too (issue 9, Deliver 2): an import's rows, a refused
setting, a refused restore, a refused party and the office's refusal carry a code, its
parameters and the field, while their English text (the command line's) is unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from booking_app.core.errors import ImportFileError, ValidationError
from booking_app.services import catalog
from booking_app.services.backups import restore_database
from booking_app.services.imports import import_sheet
from booking_app.services.settings import save_settings
from booking_app.store.roles import refusal
from booking_app.store.uow import UnitOfWork

HEADER = "mode,origin,destination,carrier,equipment,basis,currency,rate,valid_from,valid_to,transit_days"
GOOD = "sea_fcl,CNQZH,VNSGN,Zeta Line,40HC,per_container,USD,700,2026-01-01,2030-12-31,6"


def refused(uow: UnitOfWork, path: Path, *lines: str) -> ImportFileError:
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        import_sheet(uow, "rates", path)
    return caught.value


def test_bad_rows_carry_the_cells_code_line_and_column(
    demo_uow: UnitOfWork, tmp_path: Path
) -> None:
    rows = [
        GOOD.replace("CNQZH", "XX"),
        GOOD.replace("sea_fcl", "boat"),
        GOOD.replace("2026-01-01", "2026-13-01"),
        GOOD.replace(",USD,700,", ",USD,,"),
    ]
    error = refused(demo_uow, tmp_path / "r.csv", *rows)
    found = [(e.code, e.line, e.field, e.params.get("value")) for e in error.errors]
    assert found == [
        ("cell_not_locode", 2, "origin", "XX"),
        ("cell_not_one_of", 3, "mode", "boat"),
        ("cell_not_date", 4, "valid_from", "2026-13-01"),
        ("cell_missing", 5, "rate", None),
    ]
    assert str(error.errors[0]) == "r.csv line 2: origin 'XX' is not a UN/LOCODE (five letters/digits)"
    assert str(error.errors[3]) == "r.csv line 5: rate is missing"


def test_a_header_problem_names_its_columns(demo_uow: UnitOfWork, tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("mode,origin,colour\nsea_fcl,CNQZH,red\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        import_sheet(demo_uow, "rates", path)
    codes = {e.code: e.params for e in caught.value.errors}
    assert codes["unknown_column"]["columns"] == ["colour"]
    assert "destination" in codes["missing_column"]["columns"]


def test_a_refused_setting_names_its_key(demo_uow: UnitOfWork) -> None:
    with pytest.raises(ValidationError) as caught:
        save_settings(demo_uow, {"rate_warning_days": "400"})
    error = caught.value
    assert (error.code, error.field, error.params["value"]) == (
        "setting_whole_days", "rate_warning_days", "400",
    )  # fmt: skip
    assert str(error) == "Warn of rates ending within (days) 400 must be a whole number 0 to 365"


def test_restoring_the_database_onto_itself_is_coded(tmp_path: Path) -> None:
    database = tmp_path / "desk.sqlite3"
    with pytest.raises(ValidationError) as caught:
        restore_database(database, database)
    assert caught.value.code == "restore_from_database"
    assert caught.value.params["path"] == str(database)


def test_a_taken_party_name_and_a_bad_email_are_coded(demo_uow: UnitOfWork) -> None:
    catalog.save_party(demo_uow, {"name": "Lotus Trading"})
    with pytest.raises(ValidationError) as taken:
        catalog.save_party(demo_uow, {"name": "Lotus Trading"})
    assert (taken.value.code, taken.value.field) == ("party_exists", "name")
    assert str(taken.value) == "a party named 'Lotus Trading' already exists"
    with pytest.raises(ValidationError) as email:
        catalog.save_party(demo_uow, {"name": "Other", "email": "nope"})
    assert (email.value.code, email.value.field, email.value.params) == (
        "bad_email", "email", {"value": "nope"},
    )  # fmt: skip


def test_the_offices_refusal_says_its_verb_and_table() -> None:
    error = refusal("UPDATE pricing_profiles SET rule = %s", bulk=False)
    assert error.params == {
        "action": "changing pricing profiles", "role": "pricing",
        "table": "pricing_profiles", "verb": "changing",
    }  # fmt: skip
    assert str(error) == "permission denied: changing pricing profiles needs the pricing role"
