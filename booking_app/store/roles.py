"""Who may write what on an office server (office.md §3), as data.

The desk roles are PostgreSQL group roles; GRANTs on the tables enforce them, so a
clerk with a plain SQL client can do no more than the desk lets them. The same table
turns a refusal by the server into :class:`PermissionDeniedError` naming the role.
"""

from __future__ import annotations

import re

from booking_app.core.errors import PermissionDeniedError

#: Desk role → its PostgreSQL group role. Each includes the one before it.
GROUPS = {"sales": "desk_sales", "pricing": "desk_pricing", "admin": "desk_admin"}

#: Tables a sales clerk writes: quotes, bookings, parties, the audit log (append only).
SALES_TABLES = (
    "parties", "booking_counters", "bookings", "booking_fx", "booking_legs", "quote_lines",
)  # fmt: skip
#: Reference tables only pricing (and admin) write.
PRICING_TABLES = (
    "locations", "rates", "surcharges", "fx_rates", "pricing_profiles", "sell_tariffs",
    "schedules",
)  # fmt: skip
#: Office settings and the users: admin only.
ADMIN_TABLES = ("settings",)

#: What each reference table is called in a refusal.
NOUNS = {
    "locations": "locations", "rates": "rates", "surcharges": "surcharges",
    "fx_rates": "FX rates", "pricing_profiles": "pricing profiles",
    "sell_tariffs": "sell tariffs", "schedules": "schedules", "settings": "office settings",
    "audit_log": "the audit log",
}  # fmt: skip

_WRITE = re.compile(
    r"^\s*(?:(INSERT)\s+INTO|(UPDATE)|(DELETE)\s+FROM|(COPY))\s+(\w+)", re.IGNORECASE
)


def role_for(table: str) -> str:
    """The least desk role that may write ``table``."""
    if table in PRICING_TABLES:
        return "pricing"
    if table in SALES_TABLES:
        return "sales"
    return "admin"


def refusal(sql: str, bulk: bool) -> PermissionDeniedError:
    """The domain error for a statement the server refused (``bulk``: an import)."""
    match = _WRITE.match(sql)
    table = match.group(5).lower() if match else ""
    noun = NOUNS.get(table, table.replace("_", " ") or "this")
    if match and (bulk or match.group(4)):
        action = f"importing {noun}"
    elif match:
        action = f"changing {noun}"
    else:
        action = "reading this"
    return PermissionDeniedError(action, role_for(table), table)
