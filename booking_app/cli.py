"""The command line, ``booking-app``: parse arguments, call a service, print the result.

User errors exit 2 with one plain line on standard error, never a traceback.
"""

import argparse
import contextlib
import gc
import io
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple, NoReturn

from booking_app import cli_quotes, cli_server
from booking_app.cli_parser import UserError, build_parser, command_in
from booking_app.core.database_errors import DatabaseReadOnlyError
from booking_app.core.errors import BookingDeskError
from booking_app.core.limits import MAX_JSON_BYTES, loads_request
from booking_app.core.quote_json import quote_to_json
from booking_app.core.ship_date import past_ship_date
from booking_app.services import quoting
from booking_app.store.backend import as_target
from booking_app.store.db import database_error, is_network_path
from booking_app.store.uow import UnitOfWork

USER_ERROR = 2
BUG = 1
#: Commands that never look at a saved booking: they leave overdue quotes for the next
#: command that does to expire (quotes-and-tariffs.md §1: "the first time any command
#: or the desk looks at it"), and a quote stays a read.
NO_BOOKINGS_READ = frozenset({"init", "quote", "routes"})


def default_db_path() -> Path | str:
    """``--db``, else ``BOOKING_APP_DB``, else ``booking.sqlite3`` in the user data dir.

    A ``postgresql://`` URL names an office server (office.md §1), anything else a file.
    """
    env = os.environ.get("BOOKING_APP_DB")
    if env:
        return as_target(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("booking-desk", appauthor=False)) / "booking.sqlite3"


def _read_json(name: str) -> Any:
    limit = MAX_JSON_BYTES + 1  # one byte more than allowed, to see that it is too large
    try:
        if name == "-":
            data = sys.stdin.buffer.read(limit)
        else:
            with Path(name).open("rb") as fh:
                data = fh.read(limit)
    except FileNotFoundError:
        raise UserError(f"{name}: no such file") from None
    except OSError as exc:
        raise UserError(f"{name}: cannot read ({exc.__class__.__name__})") from None
    return loads_request(data, name)


class Outcome(NamedTuple):
    """What a command prints, and what it saved (said even when the output fails)."""

    text: str | None = None
    saved: str | None = None
    #: Lines said on standard error once the command succeeded (the exit status stays 0).
    warnings: tuple[str, ...] = ()


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def _as_list(data: Any) -> tuple[list[Any], bool]:
    return (data, True) if isinstance(data, list) else ([data], False)


def cmd_init(uow: UnitOfWork, args: argparse.Namespace) -> Outcome:
    """``init``: the database exists once opened; ``--demo`` loads the demo data
    (``--samples``: and the sample bookings, as the desk's first start does)."""
    if not (args.demo or args.samples):
        return Outcome()
    from booking_app.services.setup import load_demo

    counts = load_demo(uow, samples=args.samples)
    text = ", ".join(f"{n} {kind}" for kind, n in counts.items()) + " loaded"
    return Outcome(text, f"saved the demo data ({text})")


def cmd_import(uow: UnitOfWork, args: argparse.Namespace) -> Outcome:
    """``import KIND FILE``."""
    from booking_app.services.imports import DEDUPED, import_file  # sheet readers: only here

    if args.replace and args.kind != "rates":
        raise UserError("import: --replace is only for rate sheets (import rates FILE --replace)")
    result = import_file(uow, args.kind, args.file, replace=args.replace)
    if args.kind in DEDUPED:
        text = result.summary()
    else:
        text = f"{result.rows} {args.kind} rows imported from {args.file.name}"
    return Outcome(text, f"saved {result.new} {args.kind} rows from {args.file.name}")


def cmd_quote(uow: UnitOfWork, args: argparse.Namespace) -> Outcome:
    """``quote REQUEST.json``: one quote, or a list for a list."""
    requests, is_list = _as_list(_read_json(args.request))
    quotes = [quote_to_json(q) for q in quoting.quote_many(uow, requests)]
    return Outcome(_json(quotes if is_list else quotes[0]))


def cmd_book(uow: UnitOfWork, args: argparse.Namespace) -> Outcome:
    """``book REQUEST.json``: save each request as a booking, all or none."""
    requests, is_list = _as_list(_read_json(args.request))
    bookings = quoting.book(uow, requests, args.status)
    saved = [quoting.booking_summary(b) for b in bookings]
    numbers = ", ".join(str(s["booking_no"]) for s in saved)
    today = uow.clock.today()
    warnings = tuple(
        f"warning: {b.booking_no}: {found.message}"
        for b in bookings
        if (found := past_ship_date(b.request.ship_date, today)) is not None
    )
    return Outcome(_json(saved if is_list else saved[0]), f"saved {numbers}", warnings)


def cmd_document(uow: UnitOfWork, args: argparse.Namespace) -> Outcome:
    """``confirmation|quotation|costsheet BOOKING_NO --out FILE.pdf``: from the frozen booking;
    ``quotation BOOKING_NO --out FILE.eml``: the quotation as an e-mail (PDF attached)."""
    from booking_app.documents import printing as documents  # reportlab loads only when needed

    if args.document == "quotation" and args.out.suffix.lower() == ".eml":
        from booking_app.documents.email import write_quotation_email

        write_quotation_email(uow, args.booking_no, args.out)
        return Outcome()
    renderers = {
        "confirmation": documents.render_confirmation,
        "quotation": documents.render_quotation,
        "costsheet": documents.render_costsheet,
    }
    renderers[args.document](uow, args.booking_no, args.out)
    return Outcome()


def cmd_export(uow: UnitOfWork, args: argparse.Namespace) -> Outcome:
    """``export --date YYYY-MM-DD --format csv|xlsx|pdf --out FILE``: the daily list."""
    from booking_app.core.request import parse_date
    from booking_app.documents import printing as documents

    day = parse_date(args.date, "--date")
    documents.export_day(uow, day, args.format, args.out)
    return Outcome()


def cmd_routes(uow: UnitOfWork, args: argparse.Namespace) -> Outcome:
    """``routes REQUEST.json``: every priceable chain of legs, cheapest first."""
    from booking_app.services.routing import route_to_json, suggest_routes

    return Outcome(_json([route_to_json(o) for o in suggest_routes(uow, _read_json(args.request))]))


def cmd_history(uow: UnitOfWork, args: argparse.Namespace) -> Outcome:
    """``history BOOKING_NO``: the booking's audit entries, oldest first."""
    from booking_app.services.history import booking_history

    return Outcome(_json(booking_history(uow, args.booking_no)))


def cmd_backup(uow: UnitOfWork, args: argparse.Namespace) -> Outcome:
    """``backup --out FILE``: an online, checked copy of the database."""
    from booking_app.services.backups import backup_database

    written = backup_database(uow, args.out)
    return Outcome(f"backed up to {written}", f"backed up to {written}")


def restore(db_path: Path | str, args: argparse.Namespace) -> Outcome:
    """``restore FILE``: runs without opening the (perhaps damaged) database first."""
    from booking_app.services.backups import restore_database

    if isinstance(db_path, str):
        raise UserError("restore puts a database file back; an office server keeps its own")

    done = restore_database(db_path, args.file)
    kept = f"; the previous database is kept as {done.kept_aside}" if done.kept_aside else ""
    text = f"restored {db_path} from {args.file}{kept}"
    return Outcome(text, text)


COMMANDS: dict[str, Callable[[UnitOfWork, argparse.Namespace], Outcome]] = {
    "init": cmd_init,
    "import": cmd_import,
    "quote": cmd_quote,
    "book": cmd_book,
    "confirmation": cmd_document,
    "quotation": cmd_document,
    "costsheet": cmd_document,
    "export": cmd_export,
    "routes": cmd_routes,
    "history": cmd_history,
    "backup": cmd_backup,
}


def _open(path: Path | str) -> UnitOfWork:
    if is_network_path(path):
        _say(f"warning: {path} is on a network share; SQLite may corrupt it there")
    try:
        return UnitOfWork.open(path)  # init_database without the demo (and its importer)
    except OSError as exc:
        raise UserError(f"cannot create database {path}: {exc.strerror}") from None


def _say(line: str) -> None:
    """One line on standard error (nothing if standard error is gone too)."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        print(line, file=sys.stderr, flush=True)


def _silence_stdout() -> None:
    """After a failed write, point standard output at /dev/null so exit flushes quietly."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _emit(outcome: Outcome) -> int:
    """Print the outcome; a closed output after a save is said, never a failure."""
    for line in outcome.warnings:
        _say(line)
    if outcome.text is None:
        return 0
    try:
        if sys.stdout is None:
            raise BrokenPipeError
        sys.stdout.write(outcome.text + "\n")
        sys.stdout.flush()
    except (OSError, ValueError):
        _silence_stdout()
        if outcome.saved:
            _say(f"{outcome.saved}, but standard output is closed")
            return 0  # saved work is never reported as failed: a retry would save it twice
        _say("cannot write the output: standard output is closed")
        return USER_ERROR
    return 0


def _run_quotes_command(uow: UnitOfWork, args: argparse.Namespace) -> Outcome:
    """A command of :mod:`cli_quotes` (it prints itself): its output is held and emitted."""
    held = io.StringIO()
    with contextlib.redirect_stdout(held):
        cli_quotes.COMMANDS[args.command](uow, args)
    saved = f"saved {args.booking_no} as {args.status}" if args.command == "status" else None
    return Outcome(held.getvalue().rstrip("\n") or None, saved)


def _expire_overdue(uow: UnitOfWork) -> None:
    from booking_app.services.lifecycle import expire_overdue

    # quotes past their validity read as expired everywhere; a read-only file still reads
    with contextlib.suppress(DatabaseReadOnlyError):
        expire_overdue(uow)


def _run_command(args: argparse.Namespace, db_path: Path | str) -> Outcome:
    if args.command == "restore":
        return restore(db_path, args)
    uow = _open(db_path)
    try:
        if args.command not in NO_BOOKINGS_READ:
            _expire_overdue(uow)
        if args.command in cli_quotes.COMMANDS:
            return _run_quotes_command(uow, args)
        return COMMANDS[args.command](uow, args)
    finally:
        uow.close()


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 done, 2 user error, 1 bug)."""
    db_path: Path | str = ""
    try:
        words = sys.argv[1:] if argv is None else argv
        args = build_parser(command_in(words)).parse_args(words)
        db_path = args.db or default_db_path()
        if args.command is None:
            from booking_app.launcher import launch_gui

            return launch_gui(db_path)
        if args.command == "server":  # sets the server up: no desk database opened first
            cli_server.run_server(db_path, args)
            return 0
        outcome = _run_command(args, db_path)
    except (UserError, BookingDeskError) as exc:
        _say(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        return USER_ERROR
    except sqlite3.Error as exc:
        error = database_error(exc, db_path)
        if error is None:
            return _bug(exc)
        _say(str(error))
        return USER_ERROR
    except Exception as exc:  # an unforeseen error: log it, say one line
        return _bug(exc)
    return _emit(outcome)


def _bug(exc: BaseException) -> int:
    from booking_app.crashlog import bug_message, log_exception

    _say(bug_message(exc, log_exception(exc, "booking-app " + " ".join(sys.argv[1:]))))
    return BUG


def main() -> NoReturn:
    """Console entry point.

    Once the command is done, what is left lives until the process ends: frozen, the
    collector skips it in the interpreter's teardown (5 ms of a 50 ms quote).
    """
    status = run()
    gc.freeze()
    sys.exit(status)
