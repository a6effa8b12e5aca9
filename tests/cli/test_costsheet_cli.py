"""``booking-app costsheet``, and the customer documents of a marked-up booking, by the CLI."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from booking_app.core.money import format_money
from booking_app.services.setup import init_database
from tests.cli.test_documents_cli import assert_user_error
from tests.cli.test_documents_cli import run as run_cli
from tests.conftest import TEST_NOW
from tests.documents.pdfcheck import pdf_pages, pdf_text
from tests.documents.selling_desk import SellingDesk, cost_figures, make_selling_desk, numbers


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The CLI at the tests' fixed now, whatever today's date is."""
    return run_cli(db, *args, env={**os.environ, "BOOKING_APP_NOW": TEST_NOW.isoformat()})


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, SellingDesk]:
    """A demo database with the selling bookings (one an unpriced draft)."""
    from booking_app.core.clock import FixedClock

    db = tmp_path_factory.mktemp("cli-costsheet") / "desk.sqlite3"
    uow = init_database(db, demo=True, clock=FixedClock(TEST_NOW))
    try:
        selling = make_selling_desk(uow)
    finally:
        uow.close()
    return db, selling


def test_costsheet_writes_the_internal_pdf(
    saved: tuple[Path, SellingDesk], tmp_path: Path
) -> None:
    db, selling = saved
    out = tmp_path / "cs.pdf"
    number = selling.markup.booking_no
    result = run(db, "costsheet", number.lower(), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    pages = pdf_pages(out)
    assert all("INTERNAL" in page for page in pages)
    quote = selling.markup.quote
    assert quote is not None
    text = "\n".join(pages)
    assert cost_figures(quote) <= numbers(text)
    flat = " ".join(text.split())
    assert f"Margin USD {format_money(quote.margin, 'USD')}" in flat
    assert f"Margin % {quote.margin_percent:f} %" in flat


@pytest.mark.parametrize("command", ["quotation", "confirmation"])
def test_customer_documents_hide_the_cost(
    saved: tuple[Path, SellingDesk], tmp_path: Path, command: str
) -> None:
    db, selling = saved
    out = tmp_path / f"{command}.pdf"
    result = run(db, command, selling.markup.booking_no, "--out", str(out))
    assert result.returncode == 0, result.stderr
    quote = selling.markup.quote
    assert quote is not None
    assert cost_figures(quote) & numbers(pdf_text(out)) == set()


@pytest.mark.parametrize("command", ["quotation", "confirmation", "costsheet"])
def test_unknown_number_and_unpriced_draft_exit_2(
    saved: tuple[Path, SellingDesk], tmp_path: Path, command: str
) -> None:
    db, selling = saved
    out = tmp_path / "x.pdf"
    assert_user_error(run(db, command, "BK-2026-999999", "--out", str(out)), "BK-2026-999999")
    draft = selling.draft.booking_no
    assert_user_error(run(db, command, draft, "--out", str(out)), draft, "no price")
    assert_user_error(run(db, command, selling.markup.booking_no), "--out")
    assert not out.exists()
