"""Errors about the database file itself (data-safety.md §2, §6), as data.

Each carries what it concerns (the path, the schema numbers, SQLite's own words) so
the command line and the GUI can say it in one sentence; no one parses the text back.
"""

from __future__ import annotations

from typing import Any

from booking_app.core.errors import BookingDeskError


class DatabaseFileError(BookingDeskError):
    """The database cannot be used as it is (the GUI offers another file or a restore)."""

    code = "database_unusable"

    def __init__(
        self,
        path: str,
        message: str,
        *,
        code: str | None = None,
        params: dict[str, Any] | None = None,
    ) -> None:
        self.path = path
        super().__init__(message, code=code, params={"path": path, **(params or {})})


class NotADeskDatabaseError(DatabaseFileError):
    """The file is not a SQLite database, or not one the desk made."""

    def __init__(self, path: str) -> None:
        super().__init__(path, f"{path} is not a booking desk database", code="not_desk_database")


class DatabaseDamagedError(DatabaseFileError):
    """SQLite reports a damaged page (or the integrity check fails)."""

    def __init__(self, path: str, detail: str) -> None:
        self.detail = detail
        super().__init__(
            path,
            f"the database is damaged ({detail}); restore a backup with `booking-app restore`",
            code="database_damaged",
            params={"detail": detail},
        )


class NewerSchemaError(DatabaseFileError):
    """The file was made by a newer version of the desk."""

    def __init__(self, path: str, found: int, known: int) -> None:
        self.found = found
        self.known = known
        super().__init__(
            path,
            f"{path} was made by a newer version of the desk (schema {found} > {known})",
            code="newer_schema",
            params={"found": found, "known": known},
        )


class DatabaseReadOnlyError(BookingDeskError):
    """A write was asked of a database file that may only be read."""

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(
            f"the database {path} is read-only: nothing was saved",
            code="database_read_only",
            params={"path": path},
        )


class DatabaseBusyError(BookingDeskError):
    """Another program held the write lock for longer than the busy timeout."""

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(
            f"the database is busy: {detail}; nothing was saved, try again",
            code="database_busy",
            params={"detail": detail},
        )


class DiskFullError(BookingDeskError):
    """The disk (or the database's size limit) is full."""

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(
            f"the disk holding {path} is full: nothing was saved",
            code="disk_full",
            params={"path": path},
        )


class ProtectedFileError(BookingDeskError):
    """An output file would overwrite the database or one of its companion files."""

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(
            f"{path} is the database (or one of its files): choose another file",
            code="protected_file",
            params={"path": path},
        )
