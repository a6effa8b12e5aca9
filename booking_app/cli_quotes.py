"""Commands for quotes over time (quotes-and-tariffs.md): ``status``, ``quotes``,
``rates --expiring-within`` and ``report``. Registered by :mod:`booking_app.cli`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from booking_app.core.money import format_money
from booking_app.core.request import parse_date
from booking_app.core.ship_date import past_ship_date
from booking_app.store.uow import UnitOfWork

STATUS_CHOICES = ("quoted", "confirmed", "lost", "cancelled")


def add_parsers(sub: Any) -> None:
    """Add the commands' parsers to the ``booking-app`` subparsers."""
    st = sub.add_parser("status", help="change a booking's status (lost/cancelled need --reason)")
    st.add_argument("booking_no")
    st.add_argument("status", choices=STATUS_CHOICES)
    st.add_argument("--reason", default="", help="why it was lost or cancelled")
    qs = sub.add_parser("quotes", help="the follow-up list of quotes, soonest expiry first")
    qs.add_argument("--open", action="store_true", help="only quotes still open (quoted)")
    qs.add_argument("--expiring-within", type=int, metavar="DAYS", dest="expiring_within")
    qs.add_argument("--customer", default="", help="one customer (exact name)")
    rt = sub.add_parser("rates", help="rates about to expire")
    rt.add_argument("--expiring-within", type=int, metavar="DAYS", dest="expiring_within",
                    required=True)  # fmt: skip
    rp = sub.add_parser("report", help="won, lost, expired and open, and margin")
    rp.add_argument("--from", dest="first", required=True, help="YYYY-MM-DD")
    rp.add_argument("--to", dest="last", required=True, help="YYYY-MM-DD")


def _print(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def cmd_status(uow: UnitOfWork, args: argparse.Namespace) -> None:
    """``status BOOKING_NO STATUS [--reason]``; a re-priced expired quote prints the change."""
    from booking_app.services.lifecycle import change_status

    change = change_status(uow, args.booking_no, args.status, args.reason)
    found = past_ship_date(change.booking.request.ship_date, uow.clock.today())
    if args.status == "confirmed" and found is not None:
        print(f"warning: {change.booking.booking_no}: {found.message}", file=sys.stderr)
    if change.repriced and change.previous is not None:
        new = change.booking.priced
        _print({
            "booking_no": change.booking.booking_no, "status": change.booking.status,
            "revision": change.booking.revision, "repriced": True,
            "total_before": format_money(change.previous.total, change.previous.currency),
            "total": format_money(new.total, new.currency), "currency": new.currency,
        })  # fmt: skip


def cmd_quotes(uow: UnitOfWork, args: argparse.Namespace) -> None:
    """``quotes [--open] [--expiring-within DAYS] [--customer NAME]``."""
    from booking_app.services.lifecycle import follow_up, quote_entry

    rows = follow_up(uow, args.open, args.expiring_within, args.customer)
    _print([quote_entry(r, uow.clock.today()) for r in rows])


def cmd_rates(uow: UnitOfWork, args: argparse.Namespace) -> None:
    """``rates --expiring-within DAYS``."""
    from booking_app.services.results import expiring_rates, rate_entry

    today = uow.clock.today()
    _print([rate_entry(r, today) for r in expiring_rates(uow, args.expiring_within)])


def cmd_report(uow: UnitOfWork, args: argparse.Namespace) -> None:
    """``report --from DATE --to DATE``."""
    from booking_app.services.results import results

    first, last = parse_date(args.first, "--from"), parse_date(args.last, "--to")
    _print(results(uow, first, last).to_json())


COMMANDS: dict[str, Callable[[UnitOfWork, argparse.Namespace], None]] = {
    "status": cmd_status,
    "quotes": cmd_quotes,
    "rates": cmd_rates,
    "report": cmd_report,
}
