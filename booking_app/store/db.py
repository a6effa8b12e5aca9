"""Opening the database: pragmas, schema migrations, network-share warning."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from booking_app.store.backend import is_server_url
from booking_app.store.schema import MIGRATIONS

BUSY_TIMEOUT_MS = 10_000
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "9p", "sshfs", "fuse.sshfs", "afs"}


def connect(path: str | Path) -> sqlite3.Connection:
    """A connection with foreign keys on, WAL, synchronous=FULL and a busy timeout.

    Transactions are explicit (``isolation_level=None``): a unit of work begins and
    commits them, so nothing is committed behind its back.
    """
    conn = sqlite3.connect(
        str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
    )
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    if str(path) != ":memory:":
        conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    return conn


def open_database(path: str | Path) -> Database:
    """Open (creating if needed) the database at ``path`` and migrate its schema forward."""
    if is_server_url(path):  # never a file named after a server (backend.open_store)
        raise ValueError(f"{path} is a server URL, not a SQLite file")
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = Database(connect(path))
    MIGRATIONS.apply(db)
    return db


def is_network_path(path: str | Path) -> bool:
    """True when ``path`` lies on a network file system (SQLite corrupts there under load)."""
    text = str(path)
    if is_server_url(text):
        return False  # a PostgreSQL server is made for sharing
    if text.startswith(("\\\\", "//")):
        return True
    mounts = Path("/proc/mounts")
    if not mounts.exists():
        return False
    target = os.path.realpath(Path(text).parent)
    best, best_fs = "", ""
    for line in mounts.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split()
        if len(parts) >= 3 and target.startswith(parts[1]) and len(parts[1]) > len(best):
            best, best_fs = parts[1], parts[2]
    return best_fs in _NETWORK_FS
