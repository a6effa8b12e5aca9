"""Who may write what on an office server (office.md §3), as data.

The desk roles are PostgreSQL group roles; GRANTs on the tables enforce them, so a
clerk with a plain SQL client can do no more than the desk lets them. The same table
turns a refusal by the server into :class:`PermissionDeniedError` naming the role.
"""

from __future__ import annotations

import re
from typing import Any

from booking_app.core.errors import PermissionDeniedError

#: Desk role → its PostgreSQL group role. Each includes the one before it.
GROUPS = {"sales": "desk_sales", "pricing": "desk_pricing", "admin": "desk_admin"}

#: Tables a sales clerk writes: quotes, bookings, parties, their own settings (a row rule
#: keeps each login to its own rows), the audit log (append only).
SALES_TABLES = (
    "parties", "booking_counters", "bookings", "booking_fx", "booking_legs", "quote_lines",
    "user_settings",
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
        verb = "importing"
    elif match:
        verb = "changing"
    else:
        verb = "reading"
    action = f"{verb} {noun}" if match else "reading this"
    return PermissionDeniedError(action, role_for(table), table, verb=verb)


#: The desk roles from least to most (each includes the ones before it).
RANKS = ("sales", "pricing", "admin")


def login_role(db: Any) -> tuple[str, str]:
    """The login of a server connection and its desk role (its highest group).

    A superuser, or the owner of the desk's tables, may do everything: admin. A login in
    none of the groups gets the least role (the server refuses whatever it may not do).
    """
    row = db.conn.execute(
        "SELECT current_user, coalesce((SELECT rolsuper FROM pg_roles"
        " WHERE rolname = current_user), false),"
        " coalesce((SELECT pg_has_role(current_user, c.relowner, 'MEMBER') FROM pg_class c"
        " WHERE c.relname = 'bookings' AND c.relkind = 'r'"
        " AND c.relnamespace = 'public'::regnamespace), false)"
    ).fetchone()
    login, superuser, owner = str(row[0]), bool(row[1]), bool(row[2])
    if superuser or owner:
        return login, "admin"
    groups = {
        str(r[0]) for r in db.conn.execute(
            "SELECT rolname FROM pg_roles WHERE rolname IN (?, ?, ?)"
            " AND pg_has_role(current_user, oid, 'MEMBER')",
            tuple(GROUPS.values()),
        )
    }  # fmt: skip
    held = [role for role in RANKS if GROUPS[role] in groups]
    return login, held[-1] if held else RANKS[0]
