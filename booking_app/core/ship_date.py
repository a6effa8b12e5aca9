"""The ship date rule: a booking shipping before today is most likely a typo.

"Past" means strictly before today (the injected clock's date): a booking may ship
today, and one that ships yesterday is warned of. The rule only warns; pricing and
saving go on (an old booking may be keyed in afterwards), but the desk asks the clerk
to acknowledge it before confirming and the command line says so on standard error.
"""

from datetime import date
from typing import NamedTuple


class PastShipDate(NamedTuple):
    """A warning, as data: the ship date lies ``days`` days before ``today``.

    Attributes:
        ship_date: the booking's ship date.
        today: the date the clock gave.
    """

    ship_date: date
    today: date
    code: str = "ship_date_in_past"

    @property
    def days(self) -> int:
        """How many days before today the ship date is (1 or more)."""
        return (self.today - self.ship_date).days

    @property
    def message(self) -> str:
        """The warning in plain English (the command line's line)."""
        unit = "day" if self.days == 1 else "days"
        return (
            f"ship date {self.ship_date.isoformat()} is {self.days} {unit} before today "
            f"({self.today.isoformat()})"
        )


def past_ship_date(ship_date: date, today: date) -> PastShipDate | None:
    """The warning when ``ship_date`` is before ``today``, else None (today is fine)."""
    if ship_date < today:
        return PastShipDate(ship_date, today)
    return None
