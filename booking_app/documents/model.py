"""The plain data the renderers take; a service fills it from the database.

The renderers never look anything up: what a document shows is in these objects.
"""

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import NamedTuple, Protocol

from booking_app.core.booking import Booking
from booking_app.core.vocabulary import BASIS_NAMES, MODE_NAMES, basis_name, mode_name

#: The display names (one vocabulary with the screen: ``core.vocabulary``).
MODE_LABELS: Mapping[str, str] = MODE_NAMES
BASIS_LABELS: Mapping[str, str] = BASIS_NAMES
DEFAULT_TERMS: tuple[str, ...] = (
    "Charges are quoted in the quotation currency; lines in another currency were "
    "converted at the exchange rates shown, fixed on the quotation date.",
    "Rates are subject to space and equipment availability at the time of booking.",
    "Duties, taxes, inspection, storage and demurrage are not included unless listed.",
    "All business is transacted under the company's standard trading conditions.",
)


def mode_label(mode: str) -> str:
    """``rail_fcl`` → ``Rail FCL`` (unknown modes as they are), as on the screen."""
    return mode_name(mode)


def basis_label(basis: str) -> str:
    """``per_container`` → ``per container``."""
    return basis_name(basis)


class Company(NamedTuple):
    """The letterhead: from the settings."""

    name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    logo_path: str | None = None


class PartyDetails(NamedTuple):
    """A party as printed: its name and address as frozen with the booking (selling.md §6).

    Nothing here comes from today's parties table, so a reprint after a rename or an
    address change shows what the booking was made with.
    """

    name: str
    address: str = ""


class BookingDocument(NamedTuple):
    """Everything a quotation, confirmation or cost sheet of one booking shows.

    Figures come only from ``booking`` (its frozen quote); names and places are those
    frozen with it; the rest is the letterhead and text.
    """

    booking: Booking
    company: Company
    #: UN/LOCODE → location name as frozen (any script); codes without a name print alone.
    places: Mapping[str, str]
    customer: PartyDetails
    shipper: PartyDetails
    consignee: PartyDetails
    valid_until: date
    printed_at: datetime
    terms: tuple[str, ...] = DEFAULT_TERMS
    #: How the CO2e estimate is made and where its factors come from (with attribution).
    emissions_note: str = ""
    #: The intensity table's source and year (to say the note in another language).
    emissions_source: tuple[str, int] | None = None
    #: The language the customer's documents are printed in (documents/labels.py).
    language: str = "en"

    def place(self, code: str) -> str:
        """``CNCKG Chongqing 重庆`` (the code alone when the name is unknown)."""
        name = self.places.get(code, "")
        return f"{code} {name}" if name else code


class DayRow(Protocol):
    """One booking of a daily list (``services.listing.BookingRow`` fits)."""

    @property
    def booking_no(self) -> str: ...
    @property
    def revision(self) -> int: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def booking_date(self) -> date: ...
    @property
    def status(self) -> str: ...
    @property
    def clerk(self) -> str: ...
    @property
    def customer(self) -> str: ...
    @property
    def shipper(self) -> str: ...
    @property
    def consignee(self) -> str: ...
    @property
    def route(self) -> str: ...
    @property
    def modes(self) -> str: ...
    @property
    def cargo_summary(self) -> str: ...
    @property
    def total(self) -> Decimal: ...
    @property
    def cost_total(self) -> Decimal: ...
    @property
    def margin(self) -> Decimal: ...
    @property
    def priced(self) -> bool: ...
    @property
    def currency(self) -> str: ...
    @property
    def incoterm(self) -> str: ...
    @property
    def ship_date(self) -> date: ...
    @property
    def transit_days(self) -> int: ...


class LegDetail(NamedTuple):
    """One leg of a booking of the day (the second sheet of the XLSX export)."""

    booking_no: str
    seq: int
    mode: str
    origin: str
    destination: str
    carrier: str
    service: str
    etd: date
    eta: date
    transit_days: int
    chargeable: Decimal | None
    subtotal: Decimal
    currency: str


class DailyList(NamedTuple):
    """The bookings of one day, in the order they were made."""

    day: date
    company: Company
    rows: Sequence[DayRow]
    printed_at: datetime
    legs: Sequence[LegDetail] = ()
