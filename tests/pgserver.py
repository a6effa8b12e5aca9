"""A throwaway PostgreSQL server for the tests (office.md §6).

``initdb`` into a temporary folder, listening only on a Unix socket in that folder,
stopped at the end of the session. PostgreSQL refuses to run as root: as root, the
folder is given to the ``postgres`` user and the server runs as that user.
Every test database is created from a template (one migrated empty, one with the demo
data), so a test costs a ``CREATE DATABASE`` and not a schema build.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path
from urllib.parse import quote

import pytest

SUPERUSER = "postgres"


class ServerUnavailable(RuntimeError):
    """The test server could not be started (the reason is the message)."""


def _bindir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise ServerUnavailable(
        "no PostgreSQL server binaries (initdb): install them with `apt-get install -y postgresql`"
    )


def _version(path: str) -> int:
    part = Path(path).parent.parent.name
    return int(part) if part.isdigit() else 0


def _as_server_user(args: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return args


@dataclass
class PgServer:
    """A running server: URLs for its databases, and a way to stop it."""

    folder: Path
    bindir: Path
    _serial: count[int] = field(default_factory=lambda: count(1))

    @property
    def socket_dir(self) -> str:
        """The folder of the Unix socket (the URL's host)."""
        return str(self.folder)

    def url(self, dbname: str, user: str = SUPERUSER) -> str:
        """A libpq URL of one database on this server."""
        return f"postgresql://{user}@{quote(self.socket_dir, safe='')}/{dbname}"

    def admin(self, sql: str) -> None:
        """Run one statement as the superuser on the maintenance database."""
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql.encode())

    def new_database(self, template: str = "template0") -> str:
        """A new empty database (a copy of ``template``); its URL."""
        name = f"t{os.getpid()}_{next(self._serial)}"
        self.admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        """Drop the database of ``url`` (closing whatever still uses it)."""
        name = url.rsplit("/", 1)[1]
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def pause(self) -> None:
        """Stop the server but keep its data: the desks lose it (office.md §5)."""
        subprocess.run(
            _as_server_user([str(self.bindir / "pg_ctl"), "-D", str(self.folder / "data"),
                             "-m", "fast", "-w", "stop"]),
            capture_output=True, check=True, timeout=60,
        )  # fmt: skip

    def resume(self) -> None:
        """Start a paused server again on the same socket."""
        subprocess.run(
            _as_server_user(_start_args(self.bindir, self.folder)),
            capture_output=True, check=True, timeout=120, cwd=self.folder,
        )  # fmt: skip

    def stop(self) -> None:
        """Stop the server and remove its folder."""
        subprocess.run(
            _as_server_user([str(self.bindir / "pg_ctl"), "-D", str(self.folder / "data"),
                             "-m", "immediate", "-w", "stop"]),
            capture_output=True, check=False, timeout=60,
        )  # fmt: skip
        shutil.rmtree(self.folder, ignore_errors=True)


def _start_args(bindir: Path, folder: Path) -> list[str]:
    """``pg_ctl start`` on the folder's data, listening only on its Unix socket."""
    return [
        str(bindir / "pg_ctl"), "-D", str(folder / "data"), "-l", str(folder / "server.log"),
        "-w", "-o", f"-k {folder} -c listen_addresses='' -c fsync=off -c synchronous_commit=off"
                    " -c full_page_writes=off -c max_connections=200", "start",
    ]  # fmt: skip


def start_server() -> PgServer:
    """initdb and start a server on a Unix socket in a new temporary folder.

    Raises:
        ServerUnavailable: with initdb's or pg_ctl's own words when it fails.
    """
    bindir = _bindir()
    folder = Path(tempfile.mkdtemp(prefix="desk-pg-"))
    folder.chmod(0o755)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    data = folder / "data"
    steps = (
        [str(bindir / "initdb"), "-D", str(data), "-U", SUPERUSER, "-A", "trust",
         "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
        _start_args(bindir, folder),
    )  # fmt: skip
    for args in steps:
        done = subprocess.run(
            _as_server_user(args), capture_output=True, text=True, check=False, timeout=120,
            cwd=folder,
        )
        if done.returncode != 0:
            log = folder / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            shutil.rmtree(folder, ignore_errors=True)
            raise ServerUnavailable(
                f"{Path(args[0]).name} failed ({done.returncode}): {done.stderr.strip()} {tail}"
            )
    return PgServer(folder, bindir)


def both_backends(metafunc: pytest.Metafunc) -> None:
    """Run every test that opens a database on SQLite and on PostgreSQL (tests/store,
    tests/services call this from their ``pytest_generate_tests``)."""
    if "backend" not in metafunc.fixturenames:
        return
    names = ["sqlite"]
    if metafunc.definition.get_closest_marker("sqlite_only") is None:
        names.append("postgresql")
    metafunc.parametrize("backend", names)
