"""``booking-app --db URL server init | add-user | migrate-from`` (office.md §2)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def add_parsers(sub: Any) -> None:
    """The ``server`` command and its three actions."""
    srv = sub.add_parser("server", help="set up an office PostgreSQL server (--db URL)")
    actions = srv.add_subparsers(dest="server_command", required=True, parser_class=type(srv))
    actions.add_parser("init", help="create or migrate the schema, roles and grants")
    user = actions.add_parser("add-user", help="a login for one clerk")
    user.add_argument("name")
    user.add_argument("--role", required=True, choices=("sales", "pricing", "admin"))
    user.add_argument(
        "--password-file", type=Path, help="the password's file (else standard input)"
    )
    mig = actions.add_parser("migrate-from", help="copy a desk's SQLite file to the server")
    mig.add_argument("file", type=Path)


def _password(args: argparse.Namespace) -> str | None:
    if args.password_file is not None:
        text = args.password_file.read_text(encoding="utf-8")
    elif sys.stdin is None or sys.stdin.isatty():
        return None
    else:
        text = sys.stdin.read()
    first = text.splitlines()[0] if text.strip() else ""
    return first or None


def run_server(target: Path | str, args: argparse.Namespace) -> None:
    """Run one ``server`` action and print what it did."""
    from booking_app.services import server  # psycopg: only for the server's commands

    if args.server_command == "init":
        applied = server.init_server(target)
        print(f"server ready: {len(applied)} migrations applied; roles desk_sales, "
              "desk_pricing, desk_admin granted")  # fmt: skip
    elif args.server_command == "add-user":
        server.add_server_user(target, args.name, args.role, _password(args))
        print(f"user {args.name} added with the {args.role} role")
    else:
        report = server.migrate_from(target, args.file)
        for table, (lite, pg) in report.counts.items():
            print(f"{table}: {lite} rows in the file, {pg} on the server")
        lite_total, pg_total = report.totals
        print(f"sum of booking totals: {lite_total:f} in the file, {pg_total:f} on the server")
