"""One vocabulary: the English display name of every code a clerk or customer reads.

The screen and the documents say the same words: the documents print these names, and
the GUI shows them through ``tr()`` (``gui/common/labels.py`` translates exactly these
source texts; a test keeps the two in step). Machine files keep the codes where a spec
says so (the quote JSON, the import sheets); the daily list's CSV/XLSX, read by people,
carry these names.
"""

from __future__ import annotations

from collections.abc import Mapping

MODE_NAMES: Mapping[str, str] = {
    "sea_fcl": "Sea FCL",
    "sea_lcl": "Sea LCL",
    "rail_fcl": "Rail FCL",
    "rail_lcl": "Rail LCL",
    "road_ftl": "Truck FTL",
    "road_ltl": "Truck LTL",
    "air": "Air",
}
STATUS_NAMES: Mapping[str, str] = {
    "new": "new",
    "draft": "draft",
    "quoted": "quoted",
    "confirmed": "confirmed",
    "cancelled": "cancelled",
    "lost": "lost",
    "expired": "expired",
}
BASIS_NAMES: Mapping[str, str] = {
    "per_container": "per container",
    "per_truck": "per truck",
    "per_wm": "per W/M",
    "per_kg": "per kg",
    "per_shipment": "per shipment",
    "percent": "percent",
}
LOCATION_KIND_NAMES: Mapping[str, str] = {
    "port": "port",
    "rail_terminal": "rail terminal",
    "airport": "airport",
    "inland_depot": "inland depot",
    "border_crossing": "border crossing",
    "city": "city",
}


def mode_name(mode: str) -> str:
    """``road_ftl`` → ``Truck FTL`` (an unknown code as it is)."""
    return MODE_NAMES.get(mode, mode)


def modes_name(modes: str) -> str:
    """``rail_fcl, sea_fcl`` (as a booking row stores them) → ``Rail FCL, Sea FCL``."""
    return ", ".join(mode_name(m.strip()) for m in modes.split(",") if m.strip())


def status_name(status: str) -> str:
    """A booking status as people read it."""
    return STATUS_NAMES.get(status, status)


def basis_name(basis: str) -> str:
    """``per_container`` → ``per container``."""
    return BASIS_NAMES.get(basis, basis.replace("_", " "))


def location_kind_name(kind: str) -> str:
    """``rail_terminal`` → ``rail terminal``."""
    return LOCATION_KIND_NAMES.get(kind, kind.replace("_", " "))
