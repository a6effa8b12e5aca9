"""Who is at the desk and what they may do (office.md §3).

On an office server the clerk is the login role and the rights are the database's
grants to its group (``desk_sales`` < ``desk_pricing`` < ``desk_admin``); the GUI asks
here, never guesses, so it can disable what the server would refuse and say which role
it needs. A desk's own SQLite file has one user, who may do everything; its clerk is
the clerk name of the settings.
"""

from typing import NamedTuple

from booking_app.services.settings import current_settings
from booking_app.store.roles import RANKS, login_role
from booking_app.store.uow import UnitOfWork

#: What a clerk does → the least desk role that may do it (office.md §3's table).
NEEDS: dict[str, str] = {
    "quote": "sales",
    "book": "sales",
    "parties": "sales",
    "exports": "sales",
    "documents": "sales",
    "own_settings": "sales",
    "rates": "pricing",  # rates, surcharges, FX, locations and schedules: edits, imports
    "pricing_profiles": "pricing",
    "sell_tariffs": "pricing",
    "office_settings": "admin",  # letterhead and the office's defaults
    "users": "admin",
}


class DeskAccess(NamedTuple):
    """The clerk at the desk, their desk role, and whether the desk is on a server."""

    clerk: str  #: the login role on a server, the settings' clerk name on a file
    role: str  #: ``sales``, ``pricing`` or ``admin``
    server: bool

    def may(self, action: str) -> bool:
        """True when the clerk's role may do ``action`` (a key of :data:`NEEDS`)."""
        return RANKS.index(self.role) >= RANKS.index(role_needed(action))


def role_needed(action: str) -> str:
    """The least role that may do ``action``.

    Raises:
        KeyError: an action the desk does not know.
    """
    return NEEDS[action]


def desk_access(uow: UnitOfWork) -> DeskAccess:
    """Who works through ``uow`` and with which role (one or two short reads)."""
    if not uow.dialect.server:
        return DeskAccess(current_settings(uow).clerk_name, "admin", server=False)
    login, role = login_role(uow.db)
    return DeskAccess(login, role, server=True)
