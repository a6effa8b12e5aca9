"""The command line's parser (cli-and-files.md): every command and its arguments.

A call builds only the parser of the command it names (see :class:`_Commands`);
``--help`` and mistakes build them all.
"""

import argparse
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from booking_app import cli_quotes, cli_server
from booking_app.store.backend import as_target

IMPORT_KINDS = (
    "rates", "surcharges", "fx", "locations", "parties", "pricing", "sell-rates", "schedules",
)
EXPORT_FORMATS = ("csv", "xlsx", "pdf")


class UserError(Exception):
    """A mistake on the command line or in a file the user named."""


class _Formatter(argparse.HelpFormatter):
    """argparse's formatter, told the terminal's width: left to itself it imports
    ``shutil`` (a few milliseconds) to ask, at every parser and argument built."""

    def __init__(self, prog: str) -> None:
        try:
            columns = int(os.environ.get("COLUMNS", "")) or os.get_terminal_size().columns
        except (ValueError, OSError):
            columns = 80  # no terminal (a pipe), as shutil.get_terminal_size falls back
        super().__init__(prog, width=columns - 2)  # what argparse does with shutil's


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise UserError(f"{self.prog}: {message}")


class _Skipped:
    """A command's parser left unbuilt: this run names another command."""

    def __getattr__(self, name: str) -> "Callable[..., _Skipped]":
        return lambda *args, **kwargs: self


class _Commands:
    """The subparsers, building only the parser of ``only`` (all when None).

    An argparse parser costs about a millisecond to build (gettext looks its headings
    up on disk): a CLI call builds the one it runs, ``--help`` and mistakes all of them.
    """

    def __init__(self, sub: Any, only: str | None) -> None:
        self.sub, self.only, self.names = sub, only, set[str]()

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        self.names.add(name)
        if self.only is None or name == self.only:
            return self.sub.add_parser(name, **kwargs)
        return _Skipped()


def command_in(argv: Sequence[str]) -> str | None:
    """The command word of ``argv`` (after ``--db X``), None for help or none."""
    words = iter(argv)
    for word in words:
        if word == "--db":
            next(words, None)
        elif not word.startswith("-"):
            return word
        elif not word.startswith("--db="):
            return None
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser with every command of cli-and-files.md.

    With ``command``, only that command's parser is built (the others stay out of the
    usage text, which only ``--help`` and mistakes print — those build them all).
    """
    parser = _Parser(prog="booking-app", description="The booking desk.")
    parser.add_argument("--db", type=as_target, help="database file or postgresql:// URL (default:"
                        " $BOOKING_APP_DB or booking.sqlite3 in the user data folder)")  # fmt: skip
    commands = _Commands(parser.add_subparsers(dest="command", parser_class=_Parser), command)
    _add_commands(commands)
    if command is not None and command not in commands.names:
        return build_parser()  # not a command: the full parser says so
    return parser


def _add_commands(sub: _Commands) -> None:
    init = sub.add_parser("init", help="create the database")
    init.add_argument("--demo", action="store_true", help="load the demo corridor data")
    init.add_argument("--samples", action="store_true",
                      help="with the demo data, a few sample bookings priced on it")  # fmt: skip
    imp = sub.add_parser("import", help="import a CSV or XLSX sheet (all rows or none)")
    imp.add_argument("kind", choices=IMPORT_KINDS)
    imp.add_argument("file", type=Path)
    imp.add_argument("--replace", action="store_true", help="rates: first remove the stored "
                     "rows of each (mode, origin, destination, carrier) in the file")  # fmt: skip
    q = sub.add_parser("quote", help="price a request (JSON file, - for standard input)")
    q.add_argument("request")
    b = sub.add_parser("book", help="price and save a booking (a list: all or none)")
    b.add_argument("request")
    b.add_argument("--status", choices=("quoted", "confirmed"), default="confirmed")
    for name, what in (
        ("confirmation", "booking confirmation"),
        ("quotation", "quotation"),
        ("costsheet", "internal cost sheet (both sides, margin)"),
    ):
        doc = sub.add_parser(name, help=f"write the {what} of a saved booking as PDF")
        doc.add_argument("booking_no")
        eml = " (FILE.eml: an e-mail with it attached)" if name == "quotation" else ""
        doc.add_argument("--out", type=Path, required=True, help="the PDF file to write" + eml)
        doc.set_defaults(document=name)
    exp = sub.add_parser("export", help="export the daily booking list")
    exp.add_argument("--date", required=True, help="the booking date, YYYY-MM-DD")
    exp.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    exp.add_argument("--out", type=Path, required=True, help="the file to write")
    routes = sub.add_parser("routes", help="suggest routes from an origin to a destination")
    routes.add_argument("request")
    hist = sub.add_parser("history", help="a booking's audit entries as JSON")
    hist.add_argument("booking_no")
    backup = sub.add_parser("backup", help="a checked copy of the database, while it is in use")
    backup.add_argument("--out", type=Path, required=True, help="the backup file to write")
    restore = sub.add_parser("restore", help="put a backup in place of the database")
    restore.add_argument("file", type=Path, help="the backup file")
    cli_quotes.add_parsers(sub)
    cli_server.add_parsers(sub)
