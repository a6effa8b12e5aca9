"""Translated names for codes the clerk sees: modes, statuses, bases, languages.

Each call goes through ``QCoreApplication.translate`` with a literal text so that
``pyside6-lupdate`` finds it; the codes themselves stay untranslated in the data.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


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
