"""Streamed CSV imports: a batch at a time, the same rows stored, every bad row reported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from booking_app.core.errors import ImportFileError
from booking_app.resources import demo_dir
from booking_app.services import sheets
from booking_app.services.imports import import_file
from booking_app.store.uow import UnitOfWork
from tests.services.test_imports import BAD_CASES, GOOD, HEADER, write


def stored(uow: UnitOfWork, table: str) -> list[tuple[Any, ...]]:
    rows = uow.db.conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
    return [tuple(r[1:]) for r in rows]  # without the row id


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sheets, "BATCH_ROWS", 7)
    return 7


def import_both_ways(tmp_path: Path, kind: str, path: Path, batch: int,
                     monkeypatch: pytest.MonkeyPatch, **kw: Any) -> tuple[Any, Any, UnitOfWork, UnitOfWork]:  # fmt: skip
    whole = UnitOfWork.open(tmp_path / "whole.sqlite3")
    monkeypatch.setattr(sheets, "BATCH_ROWS", 10**9)  # one batch: the whole sheet
    one = import_file(whole, kind, path, **kw)
    streamed = UnitOfWork.open(tmp_path / "streamed.sqlite3")
    monkeypatch.setattr(sheets, "BATCH_ROWS", batch)
    many = import_file(streamed, kind, path, **kw)
    return one, many, whole, streamed


@pytest.mark.parametrize("kind", ["rates", "surcharges", "locations", "fx"])
def test_batches_store_what_one_batch_stores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    path = demo_dir() / f"{kind}.csv"
    one, many, whole, streamed = import_both_ways(tmp_path, kind, path, 5, monkeypatch)
    table = {"fx": "fx_rates"}.get(kind, kind)
    assert many == one and one.rows > 5
    if table == "fx_rates" or table == "locations":
        query = f"SELECT * FROM {table} ORDER BY 1, 2"
        assert streamed.db.conn.execute(query).fetchall() == whole.db.conn.execute(query).fetchall()
    else:
        assert stored(streamed, table) == stored(whole, table)
    whole.close()
    streamed.close()


def test_rows_repeated_across_batches_are_counted_present(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, [HEADER, *(GOOD * 5)])
    one, many, whole, streamed = import_both_ways(tmp_path, "rates", path, 3, monkeypatch)
    assert (many.rows, many.new, many.present) == (10, 2, 8) == (one.rows, one.new, one.present)
    again = import_file(streamed, "rates", path)
    assert (again.new, again.present) == (0, 10)
    whole.close()
    streamed.close()


def test_replace_across_batches_replaces_each_carrier_lane_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = write(tmp_path, [HEADER, *GOOD], name="first.csv")
    newer = [GOOD[0].replace("550.00", str(500 + n)) for n in range(6)]
    second = write(tmp_path, [HEADER, *newer], name="second.csv")
    uow = UnitOfWork.open(tmp_path / "r.sqlite3")
    monkeypatch.setattr(sheets, "BATCH_ROWS", 2)
    import_file(uow, "rates", first)
    result = import_file(uow, "rates", second, replace=True)
    assert (result.rows, result.new, result.removed) == (6, 6, 1)
    rates = [r[8] for r in stored(uow, "rates") if r[0] == "sea_fcl"]
    assert sorted(rates) == [str(500 + n) for n in range(6)]
    assert uow.rates.count("rates") == 7  # the air row stays, six sea rows replace one
    uow.close()


def test_bad_rows_in_later_batches_are_all_reported_and_nothing_is_stored(
    uow: UnitOfWork, tmp_path: Path, small_batches: int
) -> None:
    bad = [case[0] for case in BAD_CASES[:3]]
    lines = [HEADER] + [GOOD[n % 2] for n in range(20)]
    lines[10:10] = [bad[0]]
    lines[17:17] = [bad[1]]
    lines.append(bad[2])
    with pytest.raises(ImportFileError) as info:
        import_file(uow, "rates", write(tmp_path, lines))
    assert [e.line for e in info.value.errors] == [11, 18, 24]
    assert uow.rates.count("rates") == 0


def test_a_party_repeated_in_a_later_batch_is_reported(
    uow: UnitOfWork, tmp_path: Path, small_batches: int
) -> None:
    names = [f"Party {n}" for n in range(12)] + ["Party 2"]
    path = write(tmp_path, ["name,address", *(f"{n},Road {i}" for i, n in enumerate(names))],
                 name="parties.csv")  # fmt: skip
    with pytest.raises(ImportFileError) as info:
        import_file(uow, "parties", path)
    assert [e.line for e in info.value.errors] == [14]
    assert "line 4" in str(info.value)


def test_broken_bytes_late_in_the_file_are_reported_as_before(
    uow: UnitOfWork, tmp_path: Path, small_batches: int
) -> None:
    path = write(tmp_path, [HEADER, *(GOOD * 10)])
    path.write_bytes(path.read_bytes() + b"sea_fcl,CNQZH,\xff\xfe,x\n")
    with pytest.raises(ImportFileError) as info:
        import_file(uow, "rates", path)
    assert info.value.errors[0].line == 22
    assert "UTF-8" in str(info.value)
    assert uow.rates.count("rates") == 0


@pytest.mark.parametrize("size", [1, 2, 3, 4, 7, 100])
def test_batches_give_each_record_the_line_read_sheet_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    quoted = GOOD[0].replace("Alpha Line", '"Alpha\nLine"')
    lines = [HEADER, GOOD[0], "", GOOD[1], " , , ", GOOD[0], GOOD[1], quoted, ",,,", GOOD[1],
             quoted, GOOD[0], "", "", GOOD[1], GOOD[0]]  # fmt: skip
    path = write(tmp_path, lines)
    streamed = sheets.stream_csv(path)
    assert streamed is not None
    got = [pair for ls, rs in streamed.batches(size) for pair in zip(ls, rs, strict=True)]
    assert got == sheets.read_sheet(path).rows
    assert all(0 < len(rs) <= size for _ls, rs in streamed.batches(size))


def test_a_bad_row_after_a_quoted_line_break_in_a_later_batch_names_its_line(
    uow: UnitOfWork, tmp_path: Path, small_batches: int
) -> None:
    quoted = GOOD[0].replace("Alpha Line", '"Alpha\nLine"')
    lines = [HEADER, *(GOOD * 5), quoted, *(GOOD * 3), BAD_CASES[0][0]]
    with pytest.raises(ImportFileError) as info:
        import_file(uow, "rates", write(tmp_path, lines))
    assert [e.line for e in info.value.errors] == [20]  # the quoted record takes two lines


def test_blank_optional_cells_are_stored_as_null(
    uow: UnitOfWork, tmp_path: Path, small_batches: int
) -> None:
    import_file(uow, "rates", write(tmp_path, [HEADER, *(GOOD * 4)]))
    query = ("SELECT origin, min_charge IS NULL, kg_per_cbm IS NULL, max_charge IS NULL"
             " FROM rates ORDER BY id")  # fmt: skip
    assert [tuple(r) for r in uow.db.conn.execute(query).fetchall()] == [
        ("CNQZH", True, True, True), ("CNNNX", False, True, True)
    ]
