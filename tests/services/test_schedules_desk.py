"""Schedule rows typed by hand in the Rates view (services/schedules.py): the import's
rules, the rate filters, update, delete, audit."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from booking_app.core.errors import ImportFileError, NotFoundError
from booking_app.core.sheet_rows import CellError
from booking_app.services import schedules
from booking_app.services.catalog import RateFilter
from booking_app.services.imports import import_sheet
from booking_app.store.uow import UnitOfWork

CELLS = {
    "mode": "sea_fcl", "origin": "cnqzh", "destination": "VNSGN", "carrier": "Alpha Line",
    "service": "", "departures": "mon;thu", "cutoff_days": "2", "transit_days": "",
    "valid_from": "2026-01-01", "valid_to": "2026-12-31",
}  # fmt: skip


def _audit(uow: UnitOfWork) -> list[tuple[str, str, str]]:
    return [(e["action"], e["entity"], e["entity_key"]) for e in reversed(uow.audit.entries())
            if e["entity"] == "schedule"]  # fmt: skip


def test_add_checks_like_the_import_and_stores_canonical_cells(uow: UnitOfWork) -> None:
    added = schedules.add_schedule(uow, CELLS, clerk="Lan")
    assert added.id is not None
    (stored,) = uow.rates.schedules_for("sea_fcl", "CNQZH", "VNSGN")
    assert stored == added
    cells = schedules.schedule_cells(stored)
    assert cells["origin"] == "CNQZH" and cells["departures"] == "MON THU"
    assert cells["transit_days"] == "" and cells["cutoff_days"] == "2"
    assert _audit(uow) == [("add", "schedule", str(added.id))]


@pytest.mark.parametrize(
    ("column", "value"),
    [("departures", "weekly"), ("cutoff_days", "two"), ("transit_days", "-1"), ("mode", "boat"),
     ("valid_to", "2025-01-01"), ("carrier", ""), ("origin", "QZH")],
)  # fmt: skip
def test_a_bad_cell_is_named_and_nothing_is_saved(uow: UnitOfWork, column: str, value: str) -> None:
    with pytest.raises(CellError) as caught:
        schedules.add_schedule(uow, {**CELLS, column: value})
    assert caught.value.column == column
    assert uow.rates.count("schedules") == 0


def test_the_same_row_is_refused_by_hand_and_by_the_import(uow: UnitOfWork, tmp_path: Path) -> None:
    """Hand and import share the rules: a cell the import refuses, the dialog refuses."""
    header = ",".join(schedules.SCHEDULE_COLUMNS)
    row = ",".join({**CELLS, "departures": "MON 2026-12-03"}[c] for c in schedules.SCHEDULE_COLUMNS)
    path = tmp_path / "s.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as imported:
        import_sheet(uow, "schedules", path)
    with pytest.raises(CellError) as typed:
        schedules.add_schedule(uow, {**CELLS, "departures": "MON 2026-12-03"})
    assert imported.value.errors[0].column == typed.value.column == "departures"


def test_update_and_delete_with_audit(uow: UnitOfWork) -> None:
    added = schedules.add_schedule(uow, CELLS)
    assert added.id is not None
    changed = schedules.update_schedule(uow, added.id, {**CELLS, "departures": "2026-12-03"})
    assert uow.rates.get_schedule(added.id) == changed
    assert changed.departures.dates == (date(2026, 12, 3),)
    with pytest.raises(CellError):
        schedules.update_schedule(uow, added.id, {**CELLS, "cutoff_days": ""})
    assert uow.rates.get_schedule(added.id) == changed
    schedules.delete_schedule(uow, added.id)
    assert uow.rates.get_schedule(added.id) is None
    with pytest.raises(NotFoundError):
        schedules.delete_schedule(uow, added.id)
    with pytest.raises(NotFoundError):
        schedules.update_schedule(uow, added.id, CELLS)
    key = str(added.id)
    assert _audit(uow) == [("add", "schedule", key), ("edit", "schedule", key),
                           ("delete", "schedule", key)]  # fmt: skip


def test_list_follows_the_rate_filters(uow: UnitOfWork) -> None:
    schedules.add_schedule(uow, CELLS)
    schedules.add_schedule(uow, {**CELLS, "mode": "rail_fcl", "origin": "CNCKG",
                                 "destination": "CNQZH", "carrier": "CR Express"})  # fmt: skip
    old = schedules.add_schedule(uow, {**CELLS, "valid_from": "2025-01-01",
                                       "valid_to": "2025-12-31", "carrier": "Old Line"})  # fmt: skip

    def carriers(**kw: object) -> list[str]:
        return [s.carrier for s in schedules.list_schedules(uow, RateFilter(**kw))]  # type: ignore[arg-type]

    assert carriers() == ["CR Express", "Alpha Line", "Old Line"]
    assert carriers(mode="sea_fcl") == ["Alpha Line", "Old Line"]
    assert carriers(origin="cn", destination="CNQ") == ["CR Express"]
    assert carriers(carrier="alpha") == ["Alpha Line"]
    assert carriers(show_expired=False) == ["CR Express", "Alpha Line"]
    assert carriers(valid_on=date(2025, 6, 1)) == ["Old Line"]
    assert schedules.is_expired(old, uow.clock.today())
