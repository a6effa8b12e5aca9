"""The database file (data-safety.md §2, §6): transactions, locks, foreign, damaged, newer."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from booking_app.core.clock import FixedClock
from booking_app.core.database_errors import (
    DatabaseBusyError,
    DatabaseDamagedError,
    DatabaseReadOnlyError,
    NewerSchemaError,
    NotADeskDatabaseError,
)
from booking_app.store.db import connect, database_error, open_database
from booking_app.store.schema import MIGRATIONS
from booking_app.store.uow import UnitOfWork

#: The file's own transactions, locks and damage: what a SQLite desk database is.
pytestmark = pytest.mark.sqlite_only(reason="the SQLite file's locks, damage and schema")


def test_commit_ends_the_transaction_and_begins_no_other(uow: UnitOfWork, db_path: Path) -> None:
    with uow:
        uow.settings.set("clerk_name", "An")
        uow.commit()
        assert not uow.db.conn.in_transaction  # the old commit had begun the next one
    other = sqlite3.connect(db_path, isolation_level=None, timeout=0.05)
    other.execute("BEGIN IMMEDIATE")  # the write lock is free at once
    other.execute("ROLLBACK")
    other.close()


def test_a_lock_taken_right_after_a_commit_does_not_fail_the_saved_work(
    uow: UnitOfWork, db_path: Path
) -> None:
    other = sqlite3.connect(db_path, isolation_level=None, timeout=0.05)
    with uow:
        uow.settings.set("clerk_name", "Binh")
        uow.commit()
        other.execute("BEGIN IMMEDIATE")  # another clerk starts writing at once
    other.execute("ROLLBACK")
    other.close()
    assert uow.settings.get("clerk_name") == "Binh"


def test_a_busy_database_refuses_the_write_and_writes_nothing(
    uow: UnitOfWork, db_path: Path
) -> None:
    uow.db.conn.execute("PRAGMA busy_timeout=50")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusyError) as caught, uow:
            uow.settings.set("clerk_name", "never")
            uow.commit()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert str(caught.value).startswith("the database is busy: ")
    assert uow.settings.get("clerk_name") == ""


def test_blocks_nest_into_one_transaction(uow: UnitOfWork) -> None:
    with pytest.raises(RuntimeError), uow:
        with uow:
            uow.settings.set("clerk_name", "inner")
            uow.commit()  # joins the outer block: nothing is committed yet
        assert uow.db.conn.in_transaction
        raise RuntimeError("the outer block fails")
    assert uow.settings.get("clerk_name") == ""
    with uow:
        with uow:
            uow.settings.set("clerk_name", "both")
            uow.commit()
        uow.commit()
    assert uow.settings.get("clerk_name") == "both" and not uow.db.conn.in_transaction


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    data = b"These are my notes, not a database.\n" * 100
    path.write_bytes(data)
    with pytest.raises(NotADeskDatabaseError) as caught:
        open_database(path)
    assert str(caught.value) == f"{path} is not a booking desk database"
    assert path.read_bytes() == data
    assert not Path(f"{path}-wal").exists()


def test_a_sqlite_file_of_another_program_is_not_a_desk_database(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(NotADeskDatabaseError):
        open_database(path)
    assert sqlite3.connect(path).execute("SELECT name FROM sqlite_master").fetchall() == [
        ("songs",)
    ]


def test_a_database_from_a_newer_desk_is_refused(db_path: Path, uow: UnitOfWork) -> None:
    uow.db.conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES (?, 'm999_from_the_future', '2030-01-01')",
        [MIGRATIONS.name],
    )
    known = len(MIGRATIONS._migrations)
    with pytest.raises(NewerSchemaError) as caught:
        open_database(db_path)
    assert (caught.value.found, caught.value.known) == (known + 1, known)
    assert f"(schema {known + 1} > {known})" in str(caught.value)
    assert "made by a newer version of the desk" in str(caught.value)


def damage(path: Path, keep_pages: int = 1) -> None:
    """Overwrite every page after the first ``keep_pages`` with garbage."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    for offset in range(page * keep_pages, len(data), page):
        data[offset : offset + page] = bytes([0xA5]) * page
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_said_to_be_damaged(demo_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    shutil.copy(demo_template, path)
    damage(path)
    with pytest.raises(DatabaseDamagedError) as caught:
        uow = UnitOfWork.open(path)
        uow.rates.count("rates")
    assert str(caught.value).startswith("the database is damaged (")
    assert str(caught.value).endswith("restore a backup with `booking-app restore`")


def test_sqlite_errors_become_the_desks_errors_by_their_code(tmp_path: Path) -> None:
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = 5  # type: ignore[attr-defined]
    assert isinstance(database_error(busy, "x"), DatabaseBusyError)
    read_only = sqlite3.OperationalError("attempt to write a readonly database")
    read_only.sqlite_errorcode = 8  # type: ignore[attr-defined]
    assert isinstance(database_error(read_only, "x"), DatabaseReadOnlyError)
    assert isinstance(database_error(sqlite3.DatabaseError("bad"), "x"), DatabaseDamagedError)
    assert database_error(sqlite3.ProgrammingError("a bug"), "x") is None


def test_a_write_to_a_read_only_database_is_refused_and_reads_work(
    demo_template: Path, tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "ro.sqlite3"
    shutil.copy(demo_template, path)
    uow = UnitOfWork(Database(connect(path, read_only=True)), clock)
    try:
        assert uow.rates.count("rates") > 100
        with pytest.raises(DatabaseReadOnlyError) as caught, uow:
            uow.settings.set("clerk_name", "no")
            uow.commit()
        assert "read-only" in str(caught.value)
    finally:
        uow.close()


def test_audit_entries_keep_old_and_new_values_as_json(uow: UnitOfWork) -> None:
    with uow:
        uow.audit.record("edit", "party", "7", "", "An", old={"name": "A"}, new={"name": "Ä"})
        uow.audit.record("note", "party", "7")
        uow.commit()
    first, second = uow.audit.entries_for("party", "7")
    assert (first["old_value"], first["new_value"]) == ({"name": "A"}, {"name": "Ä"})
    assert (second["old_value"], second["new_value"]) == (None, None)
    assert first["at"] == "2026-11-30T09:30:00" and first["clerk"] == "An"
