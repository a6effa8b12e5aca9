"""Setting up an office server (office.md §2): the actions behind ``booking-app server``."""

from __future__ import annotations

from pathlib import Path

from booking_app.core.errors import ValidationError
from booking_app.store.backend import is_server_url
from booking_app.store.server_admin import MigrationReport


def _server(target: str | Path) -> str:
    if not is_server_url(target):
        raise ValidationError(
            f"{target} is not an office server: give --db postgresql://USER@HOST/DBNAME"
        )
    return str(target)


def init_server(target: str | Path) -> list[str]:
    """Create or migrate the schema, the desk's group roles and grants; migrations applied."""
    from booking_app.store.pg import PgDatabase, connect_server
    from booking_app.store.server_admin import init_office

    url = _server(target)
    db = PgDatabase(connect_server(url), url)
    try:
        return init_office(db)
    finally:
        db.close()


def add_server_user(target: str | Path, name: str, role: str, password: str | None) -> None:
    """A login role for one clerk in the group of ``role`` (sales, pricing or admin)."""
    from booking_app.store.pg import open_server
    from booking_app.store.server_admin import add_user

    db = open_server(_server(target))
    try:
        add_user(db, name, role, password)
    finally:
        db.close()


def migrate_from(target: str | Path, source: Path) -> MigrationReport:
    """Copy a desk's SQLite database into the empty server database and compare them."""
    from booking_app.store.pg import open_server
    from booking_app.store.server_admin import migrate_from_sqlite

    db = open_server(_server(target))
    try:
        return migrate_from_sqlite(db, source)
    finally:
        db.close()
