"""tests/store run on both backends: SQLite and a real PostgreSQL server."""

from __future__ import annotations

import pytest

from tests.pgserver import both_backends


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Parametrise every test that opens a database over both backends."""
    both_backends(metafunc)
