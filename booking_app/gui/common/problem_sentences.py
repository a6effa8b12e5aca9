"""The sentences of the rarer domain errors (imports, office server, settings, backups,
database files), by code; :mod:`booking_app.gui.common.problems` renders them.

Each value gives the template in the clerk's language (``{name}`` is a parameter).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from booking_app.services.settings import SETTINGS

# code → the sentence template.
SENTENCES: dict[str, Callable[[], str]] = {
    # a cell of an imported sheet or of a rate/tariff/schedule dialog
    "cell_missing": lambda: QCoreApplication.translate("Problems", "{field} is missing"),
    "cell_not_number": lambda: QCoreApplication.translate(
        "Problems", "{field}: {value} is not a number"
    ),
    "cell_not_locode": lambda: QCoreApplication.translate(
        "Problems", "{field}: {value} is not a location code (five letters or digits)"
    ),
    "cell_not_currency": lambda: QCoreApplication.translate(
        "Problems", "{field}: {value} is not a currency code"
    ),
    "cell_not_date": lambda: QCoreApplication.translate(
        "Problems", "{field}: {value} is not a date (YYYY-MM-DD)"
    ),
    "cell_year_out_of_range": lambda: QCoreApplication.translate(
        "Problems", "{field}: {value} is outside the years {low}–{high}"
    ),
    "cell_not_one_of": lambda: QCoreApplication.translate(
        "Problems", "{field}: {value} is not one of {choices}"
    ),
    # a row or the header of an imported sheet
    "unknown_column": lambda: QCoreApplication.translate(
        "Problems", "Unknown column {columns} (expected: {expected})"
    ),
    "missing_column": lambda: QCoreApplication.translate("Problems", "Missing column {columns}"),
    "column_twice": lambda: QCoreApplication.translate("Problems", "A column appears twice"),
    "too_many_cells": lambda: QCoreApplication.translate(
        "Problems", "The row has {cells} cells, the header {header}"
    ),
    "no_rows": lambda: QCoreApplication.translate("Problems", "No rows to import"),
    "repeated_key": lambda: QCoreApplication.translate(
        "Problems", "Repeats the {columns} of line {first}"
    ),
    "formula_no_value": lambda: QCoreApplication.translate(
        "Problems",
        "Cell {cell} is a formula without a calculated value: open the file in Excel and"
        " save it again",
    ),
    "import_failed": lambda: QCoreApplication.translate("Problems", "Could not import ({detail})"),
    # the office server
    "permission_denied": lambda: QCoreApplication.translate(
        "Problems", "Not allowed: {action} needs the {role} role"
    ),
    # settings
    "unknown_setting": lambda: QCoreApplication.translate("Problems", "Unknown setting {key}"),
    "setting_out_of_range": lambda: QCoreApplication.translate(
        "Problems", "{field}: {value} must be from {low} to {high}"
    ),
    "setting_whole_days": lambda: QCoreApplication.translate(
        "Problems", "{field}: {value} must be a whole number {low} to {high}"
    ),
    "bad_price_rule": lambda: QCoreApplication.translate(
        "Problems", "The price rule must be markup or margin"
    ),
    "bad_document_language": lambda: QCoreApplication.translate(
        "Problems", "Documents language {value} is not one of {choices}"
    ),
    # backups and the database file
    "backup_on_server": lambda: QCoreApplication.translate(
        "Problems", "A backup copies a database file; an office server keeps its own"
    ),
    "restore_from_database": lambda: QCoreApplication.translate(
        "Problems", "{path} is the database itself: choose a backup file"
    ),
    "database_unusable": lambda: QCoreApplication.translate(
        "Problems", "The database {path} cannot be used"
    ),
    "not_desk_database": lambda: QCoreApplication.translate(
        "Problems", "{path} is not a booking desk database"
    ),
    "database_damaged": lambda: QCoreApplication.translate(
        "Problems", "The database is damaged ({detail}): restore a backup"
    ),
    "newer_schema": lambda: QCoreApplication.translate(
        "Problems", "{path} was made by a newer version of the desk (schema {found} > {known})"
    ),
    "database_read_only": lambda: QCoreApplication.translate(
        "Problems", "The database {path} is read-only: nothing was saved"
    ),
    "database_busy": lambda: QCoreApplication.translate(
        "Problems", "The database is busy ({detail}): nothing was saved, try again"
    ),
    "disk_full": lambda: QCoreApplication.translate(
        "Problems", "The disk holding {path} is full: nothing was saved"
    ),
    "protected_file": lambda: QCoreApplication.translate(
        "Problems", "{path} is the database (or one of its files): choose another file"
    ),
    "row_gone": lambda: QCoreApplication.translate(
        "Problems", "This {what} is no longer there (removed on another desk?)"
    ),
    "unknown_party": lambda: QCoreApplication.translate("Problems", "No party called {name}"),
    "bad_email": lambda: QCoreApplication.translate("Problems", "{value} is not an email address"),
    "party_exists": lambda: QCoreApplication.translate(
        "Problems", "A party named {name} already exists"
    ),
    "pricing_row_exists": lambda: QCoreApplication.translate(
        "Problems", "{customer} already has a pricing row for {mode}"
    ),
    "pricing_row_gone": lambda: QCoreApplication.translate(
        "Problems", "{customer} has no pricing row for {mode}"
    ),
    "cannot_write": lambda: QCoreApplication.translate("Problems", "Cannot write {path}: {reason}"),
}


def setting_label(key: str) -> str | None:
    """The settings view's name of a setting (translated as that view shows it)."""
    for spec in SETTINGS:
        if spec.key == key:
            return QCoreApplication.translate("SettingsView", spec.label)
    return None


def _role(role: str) -> str:
    labels = {
        "sales": QCoreApplication.translate("Problems", "sales"),
        "pricing": QCoreApplication.translate("Problems", "pricing"),
        "admin": QCoreApplication.translate("Problems", "admin"),
    }
    return labels.get(role, role)


def _action(verb: str, table: str, fallback: str) -> str:
    nouns = {
        "locations": QCoreApplication.translate("Problems", "locations"),
        "rates": QCoreApplication.translate("Problems", "rates"),
        "surcharges": QCoreApplication.translate("Problems", "surcharges"),
        "fx_rates": QCoreApplication.translate("Problems", "FX rates"),
        "pricing_profiles": QCoreApplication.translate("Problems", "pricing profiles"),
        "sell_tariffs": QCoreApplication.translate("Problems", "sell tariffs"),
        "schedules": QCoreApplication.translate("Problems", "schedules"),
        "settings": QCoreApplication.translate("Problems", "office settings"),
        "audit_log": QCoreApplication.translate("Problems", "the audit log"),
    }
    noun = nouns.get(table)
    if noun is None or verb not in ("importing", "changing"):
        return (
            QCoreApplication.translate("Problems", "reading this")
            if verb == "reading"
            else fallback
        )
    template = (
        QCoreApplication.translate("Problems", "importing {what}")
        if verb == "importing"
        else QCoreApplication.translate("Problems", "changing {what}")
    )
    return template.replace("{what}", noun)


def _record(what: str) -> str:
    labels = {
        "party": QCoreApplication.translate("Problems", "party"),
        "rate": QCoreApplication.translate("Problems", "rate"),
        "tariff": QCoreApplication.translate("Problems", "tariff row"),
        "schedule": QCoreApplication.translate("Problems", "schedule row"),
    }
    return labels.get(what, what)


def shown_params(code: str, params: Mapping[str, Any]) -> dict[str, Any]:
    """The parameters of these codes as their sentences show them."""
    p = dict(params)
    if code == "permission_denied":
        p["role"] = _role(str(p.get("role", "")))
        p["action"] = _action(str(p.get("verb", "")), str(p.get("table", "")), str(p["action"]))
    if code == "row_gone":
        p["what"] = _record(str(p.get("what", "")))
    if code in ("pricing_row_exists", "pricing_row_gone") and not p.get("mode"):
        p["mode"] = QCoreApplication.translate("Problems", "every mode")
    for key in ("columns", "expected", "choices"):
        if isinstance(p.get(key), list | tuple):
            p[key] = ", ".join(map(str, p[key]))
    return p
