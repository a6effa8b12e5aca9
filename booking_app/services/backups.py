"""Backups and restores of the database (data-safety.md §7).

``backup`` copies the live database (SQLite online backup) to a file written beside
its final name and renamed into place once its integrity check passed. ``restore``
checks the copy, keeps the current database aside as
``NAME.before-restore-YYYYMMDD-HHMMSS`` (the clock's now), then puts the copy in place.
"""

import contextlib
import os
import re
import sqlite3
from pathlib import Path
from typing import NamedTuple

from booking_app.core.clock import Clock, clock_from_environment
from booking_app.core.database_errors import ProtectedFileError
from booking_app.core.errors import BookingDeskError, ValidationError
from booking_app.services.files import (
    check_output_path,
    database_files,
    place_file,
    temporary_sibling,
)
from booking_app.store.backup import (
    check_desk_file,
    copy_database,
    copy_file_database,
    restore_into,
)
from booking_app.store.db import connect
from booking_app.store.uow import UnitOfWork

#: How many automatic daily backups are kept.
KEEP_DAILY = 14
BACKUP_FOLDER = "backups"


class RestoreResult(NamedTuple):
    """What a restore did: the file restored, and where the old database was put."""

    restored_from: Path
    kept_aside: Path | None


def backup_database(uow: UnitOfWork, out: str | Path) -> Path:
    """A consistent, checked copy of the open database at ``out``.

    Raises:
        ProtectedFileError: ``out`` is the database or one of its files.
        DatabaseDamagedError: the copy fails its integrity check (nothing is written).
        ValidationError: ``out`` cannot be written.
    """
    if uow.path is None:
        raise ValidationError(
            "backup copies a database file; an office server keeps its own",
            code="backup_on_server",
        )
    target = check_output_path(out, [uow.path])
    temporary = temporary_sibling(target)
    try:
        copy_database(uow.db.conn, temporary)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise
    return place_file(temporary, target)


def _aside_name(db_path: Path, clock: Clock) -> Path:
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    return db_path.with_name(f"{db_path.name}.before-restore-{stamp}")


def _move_aside(db_path: Path, aside: Path) -> None:
    """Keep the current database aside: a checked copy if it is readable, else its files."""
    temporary = temporary_sibling(aside)
    try:
        conn = connect(db_path)
        try:
            copy_database(conn, temporary)
        finally:
            conn.close()
        place_file(temporary, aside)
        return
    except (BookingDeskError, sqlite3.Error):
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    # damaged or foreign: move the files themselves (with their -wal and -shm)
    for current, kept in zip(database_files(db_path), database_files(aside), strict=True):
        if current.exists():
            os.replace(current, kept)


def restore_database(
    db_path: str | Path, source: str | Path, clock: Clock | None = None
) -> RestoreResult:
    """Put the backup ``source`` in place of the database at ``db_path``.

    Raises:
        DatabaseFileError: ``source`` is not a desk database, is damaged or is newer;
            nothing was changed.
        ValidationError: ``source`` is the database itself.
    """
    db, src = Path(db_path), Path(source)
    try:
        check_output_path(src, [db])
    except ProtectedFileError:
        raise ValidationError(
            f"{source} is the database itself: choose a backup file",
            code="restore_from_database",
            params={"path": str(source)},
        ) from None
    check_desk_file(src)
    clock = clock or clock_from_environment()
    if not db.exists():
        db.parent.mkdir(parents=True, exist_ok=True)
        temporary = temporary_sibling(db)
        copy_file_database(src, temporary)
        place_file(temporary, db)
        return RestoreResult(src, None)
    aside = _aside_name(db, clock)
    _move_aside(db, aside)
    if db.exists():
        # still the live file (others may have it open): write the copy into it
        conn = connect(db)
        try:
            restore_into(conn, src)
        finally:
            conn.close()
    else:
        temporary = temporary_sibling(db)
        copy_file_database(src, temporary)
        place_file(temporary, db)
    _record_restore(db, src, aside, clock)
    return RestoreResult(src, aside)


def _record_restore(db: Path, src: Path, aside: Path, clock: Clock) -> None:
    uow = UnitOfWork.open(db, clock)
    try:
        with uow:
            uow.audit.record(
                "restore", "database", db.name, src.name,
                new={"restored_from": str(src), "kept_aside": str(aside)},
            )  # fmt: skip
            uow.commit()
    finally:
        uow.close()


def backup_folder(db_path: str | Path) -> Path:
    """Where the automatic backups of the database at ``db_path`` go."""
    return Path(db_path).parent / BACKUP_FOLDER


def daily_backup(uow: UnitOfWork, keep: int = KEEP_DAILY) -> Path | None:
    """The first start of a day backs the database up into ``backups/``; keeps ``keep``.

    Returns:
        The backup written now, or None (one exists for today, or an in-memory database).
    """
    if uow.path is None:
        return None
    folder = backup_folder(uow.path)
    folder.mkdir(parents=True, exist_ok=True)
    stem = uow.path.stem
    today = uow.clock.today().isoformat()
    target = folder / f"{stem}-{today}.sqlite3"
    if target.exists():
        return None
    written = backup_database(uow, target)
    pattern = re.compile(rf"^{re.escape(stem)}-\d{{4}}-\d{{2}}-\d{{2}}\.sqlite3$")
    dailies = sorted(p for p in folder.iterdir() if pattern.match(p.name))
    for old in dailies[:-keep] if keep > 0 else dailies:
        with contextlib.suppress(FileNotFoundError):
            old.unlink()
    return written
