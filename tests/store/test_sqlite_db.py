"""The SQLite store without sqlite-utils at run time (issue 13): opening a current
database imports nothing but ``sqlite3``; migrating does, and records what it did as
sqlite-utils' ``Migrations`` always have."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlite_utils import Database, Migrations

from booking_app.store.db import connect, open_database
from booking_app.store.schema import MIGRATIONS
from booking_app.store.sqlite_db import SqliteDatabase

pytestmark = pytest.mark.sqlite_only("the SQLite file's own connection")

_PROBE = """
import json, sys
from booking_app.store.uow import UnitOfWork
uow = UnitOfWork.open(sys.argv[1])
print(json.dumps({"sqlite_utils": "sqlite_utils" in sys.modules,
                  "rates": uow.rates.count("rates")}))
"""


def _open_in_child(path: Path) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, str(path)], capture_output=True, text=True, check=True
    ).stdout
    return dict(json.loads(out.splitlines()[-1]))


def test_a_current_database_opens_without_sqlite_utils_and_a_new_one_migrates(
    tmp_path: Path,
) -> None:
    path = tmp_path / "desk.sqlite3"
    assert _open_in_child(path) == {"sqlite_utils": True, "rates": 0}  # created: migrated
    assert _open_in_child(path) == {"sqlite_utils": False, "rates": 0}  # current: not needed


def test_migrations_are_recorded_as_sqlite_utils_records_them(tmp_path: Path) -> None:
    db = open_database(tmp_path / "desk.sqlite3")
    theirs = Migrations(MIGRATIONS.name)
    for m in MIGRATIONS._migrations:
        theirs(name=m.name)(m.fn)
    utils = Database(db.conn, execute_plugins=False)
    assert [m.name for m in theirs.applied(utils)] == [m.name for m in MIGRATIONS._migrations]
    assert theirs.pending(utils) == [] and MIGRATIONS.pending(db) == []
    applied = MIGRATIONS.applied(db)
    assert [(m.name, m.applied_at) for m in applied] == [
        (m.name, m.applied_at) for m in theirs.applied(utils)
    ]
    db.close()


def test_a_partly_migrated_database_is_brought_forward(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = Database(connect(path), execute_plugins=False)
    MIGRATIONS.apply(old, stop_before=MIGRATIONS._migrations[-1].name)
    assert len(MIGRATIONS.pending(old)) == 1
    old.close()
    db = open_database(path)
    assert MIGRATIONS.pending(db) == []
    db.close()


def test_query_gives_dicts_with_repeated_names_told_apart_and_refuses_writes(
    tmp_path: Path,
) -> None:
    db = SqliteDatabase(sqlite3.connect(tmp_path / "x.sqlite3", isolation_level=None))
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)")
    db.execute("INSERT INTO t (name) VALUES (?)", ["a"])
    assert list(db.query("SELECT id, name, id FROM t")) == [{"id": 1, "name": "a", "id_2": 1}]
    assert list(db.query("SELECT * FROM t WHERE name = :n", {"n": "a"})) == [
        {"id": 1, "name": "a"}
    ]
    with pytest.raises(ValueError):
        db.query("UPDATE t SET name = 'b'")
    assert db.table_names() == ["t"]
    assert db.conn.execute("PRAGMA recursive_triggers").fetchone()[0] == 1  # as sqlite-utils
    db.close()
