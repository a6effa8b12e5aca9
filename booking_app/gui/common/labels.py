"""Translated names for codes the clerk sees: modes, statuses, bases, languages.

Each call goes through ``QCoreApplication.translate`` with a literal text so that
``pyside6-lupdate`` finds it; the codes themselves stay untranslated in the data.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


def mode_label(mode: str) -> str:
    """The clerk's name of a transport mode code (``rail_fcl`` → "Rail FCL")."""
    labels = {
        "sea_fcl": QCoreApplication.translate("Labels", "Sea FCL"),
        "sea_lcl": QCoreApplication.translate("Labels", "Sea LCL"),
        "rail_fcl": QCoreApplication.translate("Labels", "Rail FCL"),
        "rail_lcl": QCoreApplication.translate("Labels", "Rail LCL"),
        "road_ftl": QCoreApplication.translate("Labels", "Truck FTL"),
        "road_ltl": QCoreApplication.translate("Labels", "Truck LTL"),
        "air": QCoreApplication.translate("Labels", "Air"),
    }
    return labels.get(mode, mode)


def status_label(status: str) -> str:
    """The clerk's name of a booking status."""
    labels = {
        "new": QCoreApplication.translate("Labels", "new"),
        "draft": QCoreApplication.translate("Labels", "draft"),
        "quoted": QCoreApplication.translate("Labels", "quoted"),
        "confirmed": QCoreApplication.translate("Labels", "confirmed"),
        "cancelled": QCoreApplication.translate("Labels", "cancelled"),
        "lost": QCoreApplication.translate("Labels", "lost"),
        "expired": QCoreApplication.translate("Labels", "expired"),
    }
    return labels.get(status, status)


def basis_label(basis: str) -> str:
    """The clerk's name of a charge basis."""
    labels = {
        "per_container": QCoreApplication.translate("Labels", "per container"),
        "per_truck": QCoreApplication.translate("Labels", "per truck"),
        "per_wm": QCoreApplication.translate("Labels", "per W/M"),
        "per_kg": QCoreApplication.translate("Labels", "per kg"),
        "per_shipment": QCoreApplication.translate("Labels", "per shipment"),
        "percent": QCoreApplication.translate("Labels", "percent"),
    }
    return labels.get(basis, basis)


def modes_text(modes: str) -> str:
    """``rail_fcl, sea_fcl`` (as stored on a booking) with each mode's name."""
    return ", ".join(mode_label(m.strip()) for m in modes.split(",") if m.strip())


def price_rule_labels() -> list[tuple[str, str]]:
    """The two ways to add profit, as (code, label)."""
    return [
        ("markup", QCoreApplication.translate("Labels", "Markup %")),
        ("margin", QCoreApplication.translate("Labels", "Margin %")),
    ]


def price_rule_text(rule: str, percent: str) -> str:
    """How a leg was priced: ``markup 10 %`` or ``margin 12.5 %``."""
    texts = {
        "markup": QCoreApplication.translate("Labels", "markup %1 %"),
        "margin": QCoreApplication.translate("Labels", "margin %1 %"),
    }
    return texts.get(rule, rule + " %1 %").replace("%1", percent)


#: Messages of the pricing core, as (pattern, text with %1, %2 for the groups).
_PROBLEMS = (
    (r"no rate on this lane", QT_TRANSLATE_NOOP("Problems", "no rate on this lane")),
    (r"no rate valid on (\S+)", QT_TRANSLATE_NOOP("Problems", "no rate valid on %1")),
    (
        r"no rate from carrier (.+) on this lane",
        QT_TRANSLATE_NOOP("Problems", "no rate from carrier %1 on this lane"),
    ),
    (
        r"no rate from carrier (.+) valid on (\S+)",
        QT_TRANSLATE_NOOP("Problems", "no rate from carrier %1 valid on %2"),
    ),
    (r"no rate for equipment (.+)", QT_TRANSLATE_NOOP("Problems", "no rate for equipment %1")),
    (
        r"no rate fits (.+) \(rates here are (.+)\)",
        QT_TRANSLATE_NOOP("Problems", "no rate fits %1 (rates here are %2)"),
    ),
    (
        r"no exchange rate for (\w+) valid on (\S+)",
        QT_TRANSLATE_NOOP("Problems", "no exchange rate for %1 valid on %2"),
    ),
    (r"a booking needs (.+)", QT_TRANSLATE_NOOP("Problems", "a booking needs %1")),
    (
        r"cargo is empty: give pieces, weight/volume, containers or trucks",
        QT_TRANSLATE_NOOP(
            "Problems", "cargo is empty: give pieces, weight/volume, containers or trucks"
        ),
    ),
    (
        r"leg (\d+) ends at (\w+) but leg (\d+) starts at (\w+)",
        QT_TRANSLATE_NOOP("Problems", "leg %1 ends at %2 but leg %3 starts at %4"),
    ),
    (
        r"choose the mode, from and to",
        QT_TRANSLATE_NOOP("Problems", "choose the mode, from and to"),
    ),
)
_LEG_PREFIX = re.compile(r"^(leg \d+ [^:]*): (.*)$")


def problem_text(message: str) -> str:
    """A message of the services in the clerk's language, where it is a known one.

    A ``leg 2 sea_fcl CNQZH → VNDAD on 2026-12-01:`` prefix is kept as it is.
    """
    prefix = ""
    match = _LEG_PREFIX.match(message)
    if match is not None:
        prefix, message = match.group(1) + ": ", match.group(2)
    for pattern, template in _PROBLEMS:
        found = re.fullmatch(pattern, message)
        if found is not None:
            text = QCoreApplication.translate("Problems", str(template))
            for number, group in enumerate(found.groups(), 1):
                text = text.replace(f"%{number}", group)
            return prefix + text
    return prefix + message
