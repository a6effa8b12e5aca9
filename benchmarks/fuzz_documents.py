"""Hostile text through every document renderer, for longer than the test suite does.

Run from the project root::

    .venv/bin/python benchmarks/fuzz_documents.py [--examples 300] [--long]

Books one demo booking in a temporary database, then renders its quotation,
confirmation and cost sheet and a daily list with hypothesis-generated text in every
free-text field (``tests/documents/hostile.py``). ``--long`` also tries texts a few
thousand characters long. Any exception is a failure (hypothesis prints the smallest
text that causes it); documents that take more than 3 s are listed.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

# The hostile texts are the test suite's own (tests/documents/hostile.py).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from booking_app.core.clock import FixedClock  # noqa: E402
from booking_app.documents import printing as documents  # noqa: E402
from booking_app.documents.confirmation import render_confirmation_pdf  # noqa: E402
from booking_app.documents.costsheet import render_costsheet_pdf  # noqa: E402
from booking_app.documents.daily_list import render_daily_list_pdf  # noqa: E402
from booking_app.documents.quotation import render_quotation_pdf  # noqa: E402
from booking_app.services import quoting  # noqa: E402
from booking_app.services.setup import init_database  # noqa: E402
from tests.documents import hostile  # noqa: E402
from tests.documents.samples import MULTIMODAL  # noqa: E402

SLOW_SECONDS = 3.0


def main(argv: list[str] | None = None) -> int:
    """Run the fuzzer; 0 when every document rendered."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--examples", type=int, default=300)
    parser.add_argument("--long", action="store_true", help="also texts of thousands of chars")
    args = parser.parse_args(argv)
    texts = hostile.hostile_text
    if args.long:
        texts = texts | st.builds(
            lambda piece, n: piece * n, st.sampled_from(hostile.PIECES), st.integers(50, 400)
        )
    with tempfile.TemporaryDirectory() as folder:
        # The sample request is dated inside the demo rates: book it at the suite's "now".
        clock = FixedClock(datetime(2026, 11, 30, 9, 30))
        uow = init_database(Path(folder) / "fuzz.sqlite3", demo=True, clock=clock)
        booking = quoting.book(uow, [MULTIMODAL], "confirmed")[0]
        document = documents.booking_document(uow, booking.booking_no)
        uow.close()

    @settings(max_examples=args.examples, deadline=None, suppress_health_check=list(HealthCheck))
    @given(texts)
    def run(text: str) -> None:
        started = time.perf_counter()
        doc = hostile.with_text(document, text)
        render_confirmation_pdf(doc, io.BytesIO())
        render_quotation_pdf(doc, io.BytesIO())
        render_costsheet_pdf(doc, io.BytesIO())
        render_daily_list_pdf(hostile.day_with_text(text), io.BytesIO())
        took = time.perf_counter() - started
        if took > SLOW_SECONDS:
            print(f"slow: {took:.1f} s for {len(text)} characters: {text[:60]!r}")

    run()
    print(f"{args.examples} examples: every document rendered")
    return 0


if __name__ == "__main__":
    sys.exit(main())
