"""Translated names for codes the clerk sees: modes, statuses, bases, languages.

Each call goes through ``QCoreApplication.translate`` with a literal text so that
``pyside6-lupdate`` finds it; the codes themselves stay untranslated in the data.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from booking_app.core.vocabulary import BASIS_NAMES, MODE_NAMES, STATUS_NAMES

#: The source texts of ``core.vocabulary``'s names, literal for ``pyside6-lupdate``
#: (a test checks that they are exactly the core's names: one vocabulary).
VOCABULARY_SOURCES = (
    QT_TRANSLATE_NOOP("Labels", "Sea FCL"), QT_TRANSLATE_NOOP("Labels", "Sea LCL"),
    QT_TRANSLATE_NOOP("Labels", "Rail FCL"), QT_TRANSLATE_NOOP("Labels", "Rail LCL"),
    QT_TRANSLATE_NOOP("Labels", "Truck FTL"), QT_TRANSLATE_NOOP("Labels", "Truck LTL"),
    QT_TRANSLATE_NOOP("Labels", "Air"),
    QT_TRANSLATE_NOOP("Labels", "new"), QT_TRANSLATE_NOOP("Labels", "draft"),
    QT_TRANSLATE_NOOP("Labels", "quoted"), QT_TRANSLATE_NOOP("Labels", "confirmed"),
    QT_TRANSLATE_NOOP("Labels", "cancelled"), QT_TRANSLATE_NOOP("Labels", "lost"),
    QT_TRANSLATE_NOOP("Labels", "expired"),
    QT_TRANSLATE_NOOP("Labels", "per container"), QT_TRANSLATE_NOOP("Labels", "per truck"),
    QT_TRANSLATE_NOOP("Labels", "per W/M"), QT_TRANSLATE_NOOP("Labels", "per kg"),
    QT_TRANSLATE_NOOP("Labels", "per shipment"), QT_TRANSLATE_NOOP("Labels", "percent"),
)  # fmt: skip


def _named(table: Mapping[str, str], code: str) -> str:
    name = table.get(code)
    return code if name is None else QCoreApplication.translate("Labels", name)


def mode_label(mode: str) -> str:
    """The clerk's name of a transport mode code (``rail_fcl`` → "Rail FCL"), the name the
    documents print (``core.vocabulary``), in the display language."""
    return _named(MODE_NAMES, mode)


def status_label(status: str) -> str:
    """The clerk's name of a booking status."""
    return _named(STATUS_NAMES, status)


def basis_label(basis: str) -> str:
    """The clerk's name of a charge basis."""
    return _named(BASIS_NAMES, basis)


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
