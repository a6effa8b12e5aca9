"""Shared fixtures: fresh databases in tmp_path (never the user's own)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from booking_app.services.setup import init_database  # noqa: E402
from booking_app.store.uow import UnitOfWork  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A path for a new database."""
    return tmp_path / "desk.sqlite3"


@pytest.fixture
def uow(db_path: Path) -> Iterator[UnitOfWork]:
    """A unit of work on an empty database."""
    unit = init_database(db_path)
    yield unit
    unit.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database built once per session (copied for each test that needs one)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    init_database(path, demo=True).close()
    return path


@pytest.fixture
def demo_uow(demo_template: Path, db_path: Path) -> Iterator[UnitOfWork]:
    """A unit of work on a private copy of the demo database."""
    import sqlite3

    src = sqlite3.connect(demo_template)
    dst = sqlite3.connect(db_path)
    src.backup(dst)
    src.close()
    dst.close()
    unit = UnitOfWork.open(db_path)
    yield unit
    unit.close()
