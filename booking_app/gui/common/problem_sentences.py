"""The sentences of the rarer domain errors (imports, office server, settings, backups,
database files), by code; :mod:`booking_app.gui.common.problems` renders them.

Each value gives the template in the clerk's language (``{name}`` is a parameter).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from booking_app.services.settings import SETTINGS


def _t(text: str) -> str:
    return QCoreApplication.translate("Problems", text)


#: code → the sentence's template.
SENTENCES: dict[str, Callable[[], str]] = {
    # a cell of an imported sheet or of a rate/tariff/schedule dialog
    "cell_missing": lambda: _t("{field} is missing"),
    "cell_not_number": lambda: _t("{field}: {value} is not a number"),
    "cell_not_locode": lambda: _t(
        "{field}: {value} is not a location code (five letters or digits)"
    ),
    "cell_not_currency": lambda: _t("{field}: {value} is not a currency code"),
    "cell_not_date": lambda: _t("{field}: {value} is not a date (YYYY-MM-DD)"),
    "cell_year_out_of_range": lambda: _t("{field}: {value} is outside the years {low}–{high}"),
    "cell_not_one_of": lambda: _t("{field}: {value} is not one of {choices}"),
    # a row or the header of an imported sheet
    "unknown_column": lambda: _t("Unknown column {columns} (expected: {expected})"),
    "missing_column": lambda: _t("Missing column {columns}"),
    "column_twice": lambda: _t("A column appears twice"),
    "too_many_cells": lambda: _t("The row has {cells} cells, the header {header}"),
    "no_rows": lambda: _t("No rows to import"),
    "repeated_key": lambda: _t("Repeats the {columns} of line {first}"),
    "formula_no_value": lambda: _t(
        "Cell {cell} is a formula without a calculated value: open the file in Excel and"
        " save it again"
    ),
    "import_failed": lambda: _t("Could not import ({detail})"),
    # the office server
    "permission_denied": lambda: _t("Not allowed: {action} needs the {role} role"),
    # settings
    "unknown_setting": lambda: _t("Unknown setting {key}"),
    "setting_out_of_range": lambda: _t("{field}: {value} must be from {low} to {high}"),
    "setting_whole_days": lambda: _t("{field}: {value} must be a whole number {low} to {high}"),
    "bad_price_rule": lambda: _t("The price rule must be markup or margin"),
    "bad_document_language": lambda: _t("Documents language {value} is not one of {choices}"),
    # backups and the database file
    "backup_on_server": lambda: _t(
        "A backup copies a database file; an office server keeps its own"
    ),
    "restore_from_database": lambda: _t("{path} is the database itself: choose a backup file"),
    "database_unusable": lambda: _t("The database {path} cannot be used"),
    "not_desk_database": lambda: _t("{path} is not a booking desk database"),
    "database_damaged": lambda: _t("The database is damaged ({detail}): restore a backup"),
    "newer_schema": lambda: _t(
        "{path} was made by a newer version of the desk (schema {found} > {known})"
    ),
    "database_read_only": lambda: _t("The database {path} is read-only: nothing was saved"),
    "database_busy": lambda: _t(
        "The database is busy ({detail}): nothing was saved, try again"
    ),
    "disk_full": lambda: _t("The disk holding {path} is full: nothing was saved"),
    "protected_file": lambda: _t(
        "{path} is the database (or one of its files): choose another file"
    ),
    "cannot_write": lambda: _t("Cannot write {path}: {reason}"),
}


def setting_label(key: str) -> str | None:
    """The settings view's name of a setting (translated as that view shows it)."""
    for spec in SETTINGS:
        if spec.key == key:
            return QCoreApplication.translate("SettingsView", spec.label)
    return None


def _role(role: str) -> str:
    labels = {"sales": _t("sales"), "pricing": _t("pricing"), "admin": _t("admin")}
    return labels.get(role, role)


def _action(verb: str, table: str, fallback: str) -> str:
    nouns = {
        "locations": _t("locations"), "rates": _t("rates"), "surcharges": _t("surcharges"),
        "fx_rates": _t("FX rates"), "pricing_profiles": _t("pricing profiles"),
        "sell_tariffs": _t("sell tariffs"), "schedules": _t("schedules"),
        "settings": _t("office settings"), "audit_log": _t("the audit log"),
    }  # fmt: skip
    noun = nouns.get(table)
    if noun is None or verb not in ("importing", "changing"):
        return _t("reading this") if verb == "reading" else fallback
    template = _t("importing {what}") if verb == "importing" else _t("changing {what}")
    return template.replace("{what}", noun)


def shown_params(code: str, params: Mapping[str, Any]) -> dict[str, Any]:
    """The parameters of these codes as their sentences show them."""
    p = dict(params)
    if code == "permission_denied":
        p["role"] = _role(str(p.get("role", "")))
        p["action"] = _action(str(p.get("verb", "")), str(p.get("table", "")), str(p["action"]))
    for key in ("columns", "expected", "choices"):
        if isinstance(p.get(key), list | tuple):
            p[key] = ", ".join(map(str, p[key]))
    return p
