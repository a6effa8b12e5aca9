"""Domain errors in the clerk's language: one sentence per error code, in one place.

The services raise errors as data (:class:`~booking_app.core.errors.Problem`: a code, its
parameters, the leg and field concerned); this module turns them into a sentence with
``QCoreApplication.translate`` and the display names of modes, fields and places. The
English text of an error (what the CLI prints) is never read back: a code without a
sentence here shows that text as it is, starting with a capital letter.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from booking_app.core.errors import BookingDeskError, Problem, RowError
from booking_app.gui.common import formatting
from booking_app.gui.common.labels import basis_label, mode_label, status_label
from booking_app.gui.common.problem_sentences import SENTENCES as MORE_SENTENCES
from booking_app.gui.common.problem_sentences import setting_label, shown_params

#: Something a screen shows as a problem: data from the services, or a sentence already
#: in the clerk's language (a number the GUI could not read). Anything else (an
#: unexpected exception) is shown as its text.
Shown = Problem | BookingDeskError | str | object


def as_problem(shown: Shown) -> Problem | None:
    """The problem as data, or None for a plain sentence."""
    if isinstance(shown, BookingDeskError):
        return shown.problem
    return shown if isinstance(shown, Problem) else None


def field_label(field: str) -> str:
    """The clerk's name of a request field (``cargo.description`` → "Cargo description")."""
    labels = {
        "mode": QCoreApplication.translate("Problems", "Mode"),
        "origin": QCoreApplication.translate("Problems", "From"),
        "destination": QCoreApplication.translate("Problems", "To"),
        "carrier": QCoreApplication.translate("Problems", "Carrier"),
        "customer": QCoreApplication.translate("Problems", "Customer"),
        "shipper": QCoreApplication.translate("Problems", "Shipper"),
        "consignee": QCoreApplication.translate("Problems", "Consignee"),
        "incoterm": QCoreApplication.translate("Problems", "Incoterm"),
        "cargo.description": QCoreApplication.translate("Problems", "Cargo description"),
        "cargo": QCoreApplication.translate("Problems", "Cargo"),
        "quote_date": QCoreApplication.translate("Problems", "Quote date"),
        "ship_date": QCoreApplication.translate("Problems", "Ship date"),
        "currency": QCoreApplication.translate("Problems", "Currency"),
        "markup_percent": QCoreApplication.translate("Problems", "Markup %"),
        "margin_percent": QCoreApplication.translate("Problems", "Margin %"),
        "extra_charges": QCoreApplication.translate("Problems", "Extra charges"),
        "spot": QCoreApplication.translate("Problems", "Spot rate"),
        "approval": QCoreApplication.translate("Problems", "Approval"),
        "legs": QCoreApplication.translate("Problems", "Route"),
        "status": QCoreApplication.translate("Problems", "Status"),
        "name": QCoreApplication.translate("Problems", "Name"),
        "email": QCoreApplication.translate("Problems", "Email"),
    }
    return labels.get(field) or setting_label(field) or field


def kind_label(kind: str) -> str:
    """The clerk's name of a kind of location."""
    labels = {
        "port": QCoreApplication.translate("Problems", "port"),
        "rail_terminal": QCoreApplication.translate("Problems", "rail terminal"),
        "airport": QCoreApplication.translate("Problems", "airport"),
        "inland_depot": QCoreApplication.translate("Problems", "inland depot"),
        "border_crossing": QCoreApplication.translate("Problems", "border crossing"),
        "city": QCoreApplication.translate("Problems", "city"),
    }
    return labels.get(kind, kind or QCoreApplication.translate("Problems", "place"))


def _value(value: Any) -> str:
    if isinstance(value, date):
        return formatting.day(value)
    if isinstance(value, Decimal):
        return formatting.money(f"{value:f}")
    if isinstance(value, tuple | list):
        return ", ".join(_value(v) for v in value)
    return "" if value is None else str(value)


def _fill(template: str, params: Mapping[str, Any]) -> str:
    for key, value in params.items():
        template = template.replace("{" + key + "}", _value(value))
    return template


def _no_rate(p: Mapping[str, Any], code: str) -> str:
    carrier = p.get("carrier")
    if code == "no_rate_lane":
        return (
            QCoreApplication.translate("Problems", "No rate from carrier {carrier} on this lane")
            if carrier
            else QCoreApplication.translate("Problems", "No rate on this lane")
        )
    return (
        QCoreApplication.translate("Problems", "No rate from carrier {carrier} valid on {day}")
        if carrier
        else QCoreApplication.translate("Problems", "No rate valid on {day}")
    )


def _cargo_words(units: Iterable[str]) -> str:
    listed = ", ".join(units)
    return (
        QCoreApplication.translate("Problems", "containers/trucks {units}").replace(
            "{units}", listed
        )
        if listed
        else QCoreApplication.translate("Problems", "loose cargo")
    )


def _air(p: Mapping[str, Any], _code: str) -> str:
    if p.get("airports"):
        return QCoreApplication.translate(
            "Problems",
            "Air freight needs an airport: {location} is a {kind}. Its airport: {airports}",
        )
    return QCoreApplication.translate(
        "Problems", "Air freight needs an airport: {location} is a {kind}, not an airport"
    )


def _missing_location(p: Mapping[str, Any], _code: str, field: str | None) -> str:
    if field == "origin":
        return QCoreApplication.translate("Problems", "Choose where this leg starts (From)")
    return QCoreApplication.translate("Problems", "Choose where this leg ends (To)")


#: code → the sentence's template (``{name}`` is a parameter); a callable picks one.
_SENTENCES: dict[str, Callable[[], str]] = {
    "unknown_location": lambda: QCoreApplication.translate(
        "Problems", "Unknown location {location}"
    ),
    "no_departure": lambda: QCoreApplication.translate(
        "Problems", "No departure of {carriers} within {days} days with a valid rate"
    ),
    "no_rate_equipment": lambda: QCoreApplication.translate(
        "Problems", "No rate for equipment {equipment}"
    ),
    "no_rate_fits": lambda: QCoreApplication.translate(
        "Problems", "No rate fits {cargo} (rates here are {bases})"
    ),
    "spot_does_not_fit": lambda: QCoreApplication.translate(
        "Problems", "The spot rate does not fit {cargo}"
    ),
    "fx_missing": lambda: QCoreApplication.translate(
        "Problems", "No exchange rate for {currency} valid on {day}"
    ),
    "booking_needs": lambda: QCoreApplication.translate("Problems", "A booking needs: {fields}"),
    "cargo_empty": lambda: QCoreApplication.translate(
        "Problems", "The cargo is empty: give pieces, weight/volume, containers or trucks"
    ),
    "legs_not_chained": lambda: QCoreApplication.translate(
        "Problems", "Leg {previous} ends at {end} but leg {leg} starts at {start}"
    ),
    "missing_mode": lambda: QCoreApplication.translate("Problems", "Choose the mode of this leg"),
    "bad_mode": lambda: QCoreApplication.translate("Problems", "Mode {value} is not known"),
    "bad_locode": lambda: QCoreApplication.translate(
        "Problems", "{value} is not a location code (five letters or digits)"
    ),
    "bad_date": lambda: QCoreApplication.translate("Problems", "{field}: {value} is not a date"),
    "bad_currency": lambda: QCoreApplication.translate(
        "Problems", "{value} is not a currency code"
    ),
    "not_a_number": lambda: QCoreApplication.translate(
        "Problems", "{field}: {value} is not a number"
    ),
    "negative": lambda: QCoreApplication.translate("Problems", "{field} must not be negative"),
    "not_whole_number": lambda: QCoreApplication.translate(
        "Problems", "{field} must be a whole number"
    ),
    "margin_below_floor": lambda: QCoreApplication.translate(
        "Problems",
        "Margin {margin} % is below the floor of {floor} % for {customer}: needs approval",
    ),
    "booking_cancelled": lambda: QCoreApplication.translate(
        "Problems", "{booking_no} is cancelled and cannot be changed"
    ),
    "bad_transition": lambda: QCoreApplication.translate(
        "Problems", "A {current} booking cannot become {new}"
    ),
    "not_priced_yet": lambda: QCoreApplication.translate(
        "Problems", "{booking_no} has no price yet: enter a rate for every leg"
    ),
    "markup_and_margin": lambda: QCoreApplication.translate(
        "Problems", "Give a markup or a margin, not both"
    ),
    "margin_too_high": lambda: QCoreApplication.translate(
        "Problems", "A margin must be below 100 %"
    ),
    "server_unavailable": lambda: QCoreApplication.translate(
        "Problems", "Cannot reach the office server {target}: {reason}"
    ),
    **MORE_SENTENCES,
}


def _shown_params(problem: Problem) -> dict[str, Any]:
    """The parameters as the sentence shows them (display names, not codes)."""
    p = dict(problem.params)
    if problem.field is not None:
        p.setdefault("field", field_label(problem.field))
    if problem.leg is not None:
        p.setdefault("leg", problem.leg)
    if "fields" in p:
        p["fields"] = ", ".join(field_label(f) for f in p["fields"])
    if "bases" in p:
        p["bases"] = ", ".join(basis_label(b) for b in p["bases"])
    if "cargo" in p:
        p["cargo"] = _cargo_words(p["cargo"])
    if problem.code == "air_needs_airport":
        p["kind"] = kind_label(str(p.get("kind", "")))
    if problem.code in ("pricing_row_exists", "pricing_row_gone") and p.get("mode"):
        p["mode"] = mode_label(str(p["mode"]))
    if problem.code == "bad_transition":
        p["current"], p["new"] = status_label(p["current"]), status_label(p["new"])
    if problem.code == "margin_below_floor" and not p.get("customer"):
        p["customer"] = QCoreApplication.translate("Problems", "this customer")
    if "value" in p and p["value"] in ("", None):
        p["value"] = "—"
    return shown_params(problem.code, p)


def leg_problem_text(shown: Shown) -> str:
    """The problem in the clerk's language, without naming its leg (shown on that leg)."""
    problem = as_problem(shown)
    if problem is None:
        if isinstance(shown, OSError):  # a file the desk could not write or read
            template = MORE_SENTENCES["cannot_write"]()
            return _fill(template, {"path": shown.filename or "", "reason": shown.strerror})
        return str(shown)
    code = problem.code
    if code in ("no_rate_lane", "no_rate_valid"):
        template = _no_rate(problem.params, code)
    elif code == "air_needs_airport":
        template = _air(problem.params, code)
    elif code == "missing_location":
        template = _missing_location(problem.params, code, problem.field)
    elif code in _SENTENCES:
        template = _SENTENCES[code]()
    elif code == "bad_cell":  # a cell refused in words of its own: the column, the words
        column = str(problem.params.get("column", ""))
        return f"{field_label(column)} {problem.params.get('problem', '')}".strip()
    else:  # a rare error without a sentence yet: its own words, as a sentence
        text = problem.text
        return text[:1].upper() + text[1:]
    text = _fill(template, _shown_params(problem))
    if code == "spot_does_not_fit" and problem.params.get("equipment"):
        text += " " + _fill(
            QCoreApplication.translate("Problems", "(no rate for equipment {equipment})"),
            problem.params,
        )
    return text


def problem_text(shown: Shown) -> str:
    """The problem in the clerk's language; one that concerns a leg names it first
    (``Leg 2 (Sea FCL CNQZH → VNDAD): No rate on this lane``)."""
    text = leg_problem_text(shown)
    problem = as_problem(shown)
    if problem is None or problem.leg is None or problem.code == "legs_not_chained":
        return text
    p = problem.params
    if p.get("mode") and p.get("origin") and p.get("destination"):
        head = QCoreApplication.translate("Problems", "Leg {leg} ({mode} {origin} → {destination})")
        head = _fill(head, {**p, "leg": problem.leg, "mode": mode_label(str(p["mode"]))})
    else:
        head = _fill(QCoreApplication.translate("Problems", "Leg {leg}"), {"leg": problem.leg})
    joined = QCoreApplication.translate("Problems", "{head}: {problem}")
    return joined.replace("{head}", head).replace("{problem}", text)


def row_problem_text(error: RowError) -> str:
    """What is wrong with one row of an imported file, in the clerk's language (the
    file, line and column are shown beside it); a row without a sentence shows its words."""
    if error.code in _SENTENCES:
        return leg_problem_text(error)
    text = error.message
    return text[:1].upper() + text[1:]
