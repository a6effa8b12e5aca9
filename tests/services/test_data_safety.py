"""Writes, demo data, backups, restores, safe files and the audit log (data-safety.md)."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path
from typing import Any

import pytest

from booking_app.core.clock import FixedClock
from booking_app.core.database_errors import (
    DatabaseBusyError,
    DatabaseDamagedError,
    NewerSchemaError,
    NotADeskDatabaseError,
    ProtectedFileError,
)
from booking_app.core.errors import ValidationError
from booking_app.resources import demo_dir
from booking_app.services import catalog, desk, quoting, setup
from booking_app.services.backups import (
    backup_database,
    daily_backup,
    restore_database,
)
from booking_app.services.files import atomic_output
from booking_app.services.history import booking_history
from booking_app.services.settings import save_settings
from booking_app.store.uow import UnitOfWork


def sample(**changes: Any) -> dict[str, Any]:
    raw: dict[str, Any] = json.loads((demo_dir() / "sample-request.json").read_text("utf-8"))
    return raw | changes


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def bookings(uow: UnitOfWork) -> int:
    return int(uow.db.conn.execute("SELECT count(*) FROM bookings").fetchone()[0])


# --- writes: price first, lock only to write ------------------------------------------


def test_book_prices_before_the_write_transaction(
    demo_uow: UnitOfWork, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    real = quoting.quote_request

    def spy(uow: UnitOfWork, request: Any) -> Any:
        seen.append(uow.db.conn.in_transaction)
        return real(uow, request)

    monkeypatch.setattr(quoting, "quote_request", spy)
    quoting.book(demo_uow, [sample(), sample()])
    assert seen == [False, False]
    seen.clear()
    desk.save_booking(demo_uow, sample(), "draft")
    assert seen == [False]


@pytest.mark.sqlite_only(reason="a SQLite file's lock, companions and backups")
def test_a_booking_that_cannot_get_the_lock_saves_nothing(
    demo_uow: UnitOfWork, db_path: Path
) -> None:
    demo_uow.db.conn.execute("PRAGMA busy_timeout=50")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusyError):
            quoting.book(demo_uow, [sample()])
        with pytest.raises(DatabaseBusyError):
            desk.save_booking(demo_uow, sample(), "quoted")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert bookings(demo_uow) == 0
    saved = quoting.book(demo_uow, [sample()])[0]
    assert saved.booking_no == "BK-2026-000001"  # no number was used up by the failures


# --- init --demo ----------------------------------------------------------------------


def test_demo_data_loads_in_one_transaction(
    uow: UnitOfWork, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = setup.import_sheet

    def failing(u: UnitOfWork, kind: str, path: Path, progress: Any = None) -> int:
        if kind == "surcharges":
            raise OSError("the disk went away")
        return real(u, kind, path, progress)

    monkeypatch.setattr(setup, "import_sheet", failing)
    with pytest.raises(OSError):
        setup.load_demo(uow)
    for table in ("rates", "surcharges", "fx_rates", "locations"):
        assert uow.rates.count(table) == 0, table


def test_demo_data_is_refused_on_a_database_with_rates(uow: UnitOfWork) -> None:
    counts = setup.load_demo(uow)
    assert counts["rates"] > 100 and counts["surcharges"] > 0
    before = {t: uow.rates.count(t) for t in ("rates", "surcharges", "fx_rates")}
    with pytest.raises(setup.DatabaseNotEmptyError) as caught:
        setup.load_demo(uow)
    assert "already holds" in str(caught.value) and f"{before['rates']} rates" in str(caught.value)
    assert {t: uow.rates.count(t) for t in before} == before


def test_demo_data_is_refused_when_only_fx_is_there(uow: UnitOfWork, tmp_path: Path) -> None:
    sheet = tmp_path / "fx.csv"
    sheet.write_text("currency,units_per_usd,valid_from\nCNY,7.10,2026-01-01\n", "utf-8")
    from booking_app.services.imports import import_sheet

    import_sheet(uow, "fx", sheet)
    with pytest.raises(setup.DatabaseNotEmptyError) as caught:
        setup.load_demo(uow)
    assert caught.value.held == {"FX rates": 1}
    assert uow.rates.count("rates") == 0


# --- files ----------------------------------------------------------------------------


@pytest.mark.sqlite_only(reason="a SQLite file's lock, companions and backups")
def test_output_onto_the_database_or_its_companions_is_refused(
    uow: UnitOfWork, db_path: Path
) -> None:
    for name in ("", "-wal", "-shm", "-journal"):
        with pytest.raises(ProtectedFileError), atomic_output(f"{db_path}{name}", [db_path]):
            raise AssertionError("never reached")
    link = db_path.parent / "link.pdf"
    link.symlink_to(db_path)
    with pytest.raises(ProtectedFileError), atomic_output(link, [db_path]):
        raise AssertionError("never reached")
    assert uow.rates.count("rates") == 0  # still a database


def test_a_file_is_renamed_into_place_only_when_complete(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_output(target) as out:
        out.write(b"half")
        raise RuntimeError("the renderer failed")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]  # no temporary left


def test_written_files_follow_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        with atomic_output(tmp_path / "a.pdf") as out:
            out.write(b"%PDF")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.pdf").stat().st_mode) == 0o640


# --- backups and restores -------------------------------------------------------------


@pytest.mark.sqlite_only(reason="a SQLite file's lock, companions and backups")
def test_backup_is_a_checked_copy_and_never_the_database(
    demo_uow: UnitOfWork, db_path: Path, tmp_path: Path
) -> None:
    quoting.book(demo_uow, [sample()])
    out = backup_database(demo_uow, tmp_path / "copy.sqlite3")
    assert dump(out) == dump(db_path)
    assert sqlite3.connect(out).execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert not Path(f"{out}-wal").exists()
    with pytest.raises(ProtectedFileError):
        backup_database(demo_uow, db_path)
    with pytest.raises(ProtectedFileError):
        backup_database(demo_uow, f"{db_path}-wal")


@pytest.mark.sqlite_only(reason="a SQLite file's lock, companions and backups")
def test_restore_brings_back_the_backup_exactly_and_keeps_the_current_aside(
    demo_uow: UnitOfWork, db_path: Path, tmp_path: Path, clock: FixedClock
) -> None:
    quoting.book(demo_uow, [sample()])
    backup = backup_database(demo_uow, tmp_path / "b.sqlite3")
    expected = dump(backup)
    quoting.book(demo_uow, [sample(customer="Later Co.")])
    current = dump(db_path)
    clock.set(clock.now().replace(hour=17, minute=5, second=9))
    done = restore_database(db_path, backup, clock)
    assert done.kept_aside == db_path.with_name("desk.sqlite3.before-restore-20261130-170509")
    assert dump(done.kept_aside) == current
    restored = [line for line in dump(db_path) if "audit_log" not in line]
    assert restored == [line for line in expected if "audit_log" not in line]
    demo_uow.close()
    fresh = UnitOfWork.open(db_path, clock)
    assert bookings(fresh) == 1
    assert fresh.audit.entries(1)[0]["action"] == "restore"
    fresh.close()


@pytest.mark.sqlite_only(reason="a SQLite file's lock, companions and backups")
def test_restore_refuses_bad_backups_and_changes_nothing(
    demo_uow: UnitOfWork, db_path: Path, tmp_path: Path
) -> None:
    before = dump(db_path)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 50)
    with pytest.raises(NotADeskDatabaseError):
        restore_database(db_path, junk)
    newer = backup_database(demo_uow, tmp_path / "newer.sqlite3")
    conn = sqlite3.connect(newer)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('booking_desk', 'm999_future', 'x')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(NewerSchemaError):
        restore_database(db_path, newer)
    damaged = backup_database(demo_uow, tmp_path / "damaged.sqlite3")
    data = bytearray(damaged.read_bytes())
    data[4096 * 3 : 4096 * 6] = b"\xff" * (4096 * 3)
    damaged.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamagedError):
        restore_database(db_path, damaged)
    with pytest.raises(ValidationError):
        restore_database(db_path, db_path)
    assert dump(db_path) == before
    assert not list(tmp_path.glob("*.before-restore-*"))


@pytest.mark.sqlite_only(reason="a SQLite file's lock, companions and backups")
def test_restore_replaces_a_damaged_database(
    demo_uow: UnitOfWork, db_path: Path, tmp_path: Path
) -> None:
    backup = backup_database(demo_uow, tmp_path / "good.sqlite3")
    demo_uow.close()
    db_path.write_bytes(b"garbage" * 1000)
    done = restore_database(db_path, backup)
    assert done.kept_aside is not None and done.kept_aside.read_bytes() == b"garbage" * 1000
    fresh = UnitOfWork.open(db_path)
    assert fresh.rates.count("rates") > 100
    fresh.close()


@pytest.mark.sqlite_only(reason="a SQLite file's lock, companions and backups")
def test_daily_backup_once_a_day_keeping_fourteen(demo_uow: UnitOfWork, db_path: Path) -> None:
    clock = demo_uow.clock
    assert isinstance(clock, FixedClock)
    first = daily_backup(demo_uow)
    assert first == db_path.parent / "backups" / "desk-2026-11-30.sqlite3"
    assert daily_backup(demo_uow) is None  # the second start of the day
    for _ in range(20):
        clock.advance(days=1)
        assert daily_backup(demo_uow) is not None
    kept = sorted(p.name for p in (db_path.parent / "backups").iterdir())
    assert len(kept) == 14 and kept[-1] == "desk-2026-12-20.sqlite3"


# --- the audit log --------------------------------------------------------------------


def test_a_bookings_history_has_every_revision_and_status(demo_uow: UnitOfWork) -> None:
    draft = desk.save_booking(demo_uow, sample(), "quoted", clerk="An")
    desk.save_booking(demo_uow, sample(markup_percent="10"), "confirmed", draft.booking_no)
    desk.cancel_booking(demo_uow, draft.booking_no, "customer changed plans", clerk="Binh")
    entries = booking_history(demo_uow, draft.booking_no.lower())
    assert [e["action"] for e in entries] == ["save", "save", "status"]
    assert entries[0]["old"] is None and entries[0]["new"]["status"] == "quoted"
    assert entries[1]["old"]["revision"] == 1 and entries[1]["new"]["revision"] == 2
    assert entries[1]["old"]["total"] != entries[1]["new"]["total"]
    assert entries[2]["old"] == {"status": "confirmed"}
    assert entries[2]["new"] == {"status": "cancelled", "reason": "customer changed plans"}
    assert entries[2]["clerk"] == "Binh" and entries[0]["clerk"] == "An"
    assert entries[0]["at"] == "2026-11-30T09:30:00"


def test_party_rate_setting_and_import_changes_are_audited(demo_uow: UnitOfWork) -> None:
    party = catalog.save_party(demo_uow, {"name": "Acme"}, clerk="An")
    catalog.save_party(demo_uow, {"name": "Acme", "phone": "123"}, party.id, clerk="An")
    edits = demo_uow.audit.entries_for("party", str(party.id))
    assert edits[1]["old_value"]["phone"] == "" and edits[1]["new_value"]["phone"] == "123"
    cells = catalog.rate_cells(demo_uow, 1)
    catalog.update_rate(demo_uow, 1, cells | {"rate": "999.00"})
    (rate_edit,) = demo_uow.audit.entries_for("rate", "1")
    assert rate_edit["old_value"]["rate"] == cells["rate"]
    assert rate_edit["new_value"]["rate"] == "999.00"
    save_settings(demo_uow, {"default_currency": "CNY"})
    (setting,) = demo_uow.audit.entries_for("setting", "default_currency")
    assert (setting["old_value"], setting["new_value"]) == (
        {"default_currency": "USD"},
        {"default_currency": "CNY"},
    )
    imported = demo_uow.audit.entries_for("rates", "rates.csv")
    assert imported and imported[0]["new_value"]["rows"] > 100


def test_pricing_profile_changes_keep_old_and_new_values(uow: UnitOfWork) -> None:
    from booking_app.services import pricing

    customer = "Audit Trading Co."
    pricing.save_profile(uow, {"customer": customer, "mode": "air", "rule": "markup", "percent": "8"})
    pricing.save_profile(
        uow, {"customer": customer, "mode": "air", "rule": "margin", "percent": "12.5"},
        replacing="air",
    )  # fmt: skip
    pricing.delete_profile(uow, customer, "air")
    added, edited, deleted = uow.audit.entries_for("pricing", customer)
    assert added["old_value"] is None and added["new_value"]["percent"] == "8"
    assert edited["old_value"]["rule"] == "markup"
    assert (edited["new_value"]["rule"], edited["new_value"]["percent"]) == ("margin", "12.5")
    assert deleted["old_value"]["percent"] == "12.5" and deleted["new_value"] is None
