"""The office's catalogue: rates, surcharges, FX, locations and parties, for the views.

Listing, filtering and hand edits. A rate typed by hand is checked by exactly the rules
of an imported row (:func:`booking_app.core.sheet_rows.parse_rate_row`).
"""

import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from booking_app.core.cargo import CONTAINER_TYPES
from booking_app.core.clock import Clock
from booking_app.core.errors import NotFoundError, ValidationError
from booking_app.core.places import Place, served_towns
from booking_app.core.rates import MODES, RATE_BASES, Break, FxRate, Rate, Surcharge
from booking_app.core.sheet_rows import RATE_COLUMNS, RATE_REQUIRED, CellError, parse_rate_row
from booking_app.store.catalog_repo import RATE_SORT_KEYS, CatalogRepository, RateQuery
from booking_app.store.db import is_network_path
from booking_app.store.parties_repo import PARTY_FIELDS
from booking_app.store.rates_repo import rate_to_row
from booking_app.store.uow import UnitOfWork

__all__ = [
    "CONTAINER_TYPES", "MODES", "PARTY_FIELDS", "RATE_BASES", "RATE_COLUMNS", "RATE_SORT_KEYS",
    "DatabaseLocation", "Location", "Party", "RateFilter", "RateRow", "add_rate",
    "carriers_for_leg", "count_rates", "database_location_info", "get_party", "list_carriers",
    "list_fx", "list_locations", "list_parties", "list_rates", "matching_surcharges",
    "rate_breaks", "rate_cells", "save_party", "update_rate",
]  # fmt: skip

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class RateFilter(NamedTuple):
    """What the rate list shows. Blank text means any; ``carrier`` matches a part of the name.

    Attributes:
        valid_on: only rows valid on this day (inclusive), or any day.
        show_expired: when False, rows whose validity ended before ``today`` are hidden.
        today: the day that decides what is expired (defaults to the clock's today).
        sort_key: a rate column (see ``RATE_SORT_KEYS``) to sort by.
    """

    mode: str = ""
    origin: str = ""
    destination: str = ""
    carrier: str = ""
    valid_on: date | None = None
    show_expired: bool = True
    today: date | None = None
    sort_key: str = "id"
    descending: bool = False

    def day(self, clock: Clock) -> date:
        """The day that decides what is expired."""
        return self.today or clock.today()


class RateRow(NamedTuple):
    """One line of the rate list: the rate and whether its validity has ended."""

    rate: Rate
    expired: bool


class Location(NamedTuple):
    """A UN/LOCODE location (name in any script)."""

    code: str
    name: str
    country: str
    kind: str
    #: for an airport, the code of the town it serves (:func:`core.places.served_towns`)
    serves: str = ""


class Party(NamedTuple):
    """A customer, shipper or consignee."""

    id: int
    name: str
    address: str
    contact: str
    phone: str
    email: str
    tax_id: str


class DatabaseLocation(NamedTuple):
    """Where the database file is, and whether that place is risky."""

    path: str
    on_network_share: bool
    exists: bool
    size_bytes: int


def _repo(uow: UnitOfWork) -> CatalogRepository:
    return CatalogRepository(uow.db)


def _query(f: RateFilter, clock: Clock) -> RateQuery:
    return RateQuery(
        mode=f.mode.strip(),
        origin=f.origin.strip().upper(),
        destination=f.destination.strip().upper(),
        carrier=f.carrier.strip(),
        valid_on=f.valid_on,
        expired_before=None if f.show_expired else f.day(clock),
        sort_key=f.sort_key,
        descending=f.descending,
    )


# --- rates ---------------------------------------------------------------------------


def count_rates(uow: UnitOfWork, f: RateFilter) -> int:
    """How many rate rows the filter matches (for a list fetched by windows)."""
    return _repo(uow).count_rates(_query(f, uow.clock))


def list_rates(uow: UnitOfWork, f: RateFilter, offset: int = 0, limit: int = 200) -> list[RateRow]:
    """A window of the rate rows the filter matches, in the filter's order.

    Raises:
        ValueError: ``f.sort_key`` is not a rate column.
    """
    day = f.day(uow.clock)
    rates = _repo(uow).rate_window(_query(f, uow.clock), offset, limit)
    return [RateRow(r, r.valid_to < day) for r in rates]


def _rate(uow: UnitOfWork, rate_id: int) -> Rate:
    rate = uow.rates.rate(rate_id)
    if rate is None:
        raise NotFoundError(
            f"no rate with id {rate_id}", code="row_gone", params={"what": "rate", "id": rate_id}
        )
    return rate


def rate_breaks(uow: UnitOfWork, rate_id: int) -> tuple[Break, ...]:
    """The weight/measure breaks of a rate, thresholds ascending."""
    return _rate(uow, rate_id).breaks


def matching_surcharges(uow: UnitOfWork, rate_id: int) -> list[Surcharge]:
    """Surcharges that can apply with this rate.

    Those whose non-blank mode, origin, destination, carrier and equipment equal the
    rate's, and whose validity overlaps the rate's.
    """
    return _repo(uow).surcharges_matching(_rate(uow, rate_id))


def rate_cells(uow: UnitOfWork, rate_id: int) -> dict[str, str]:
    """A rate as the text cells of a sheet row (what the edit dialog shows)."""
    row = rate_to_row(_rate(uow, rate_id))
    return {c: "" if v is None else str(v) for c, v in zip(RATE_COLUMNS, row, strict=True)}


def _parse_cells(cells: dict[str, str]) -> tuple[object, ...]:
    unknown = sorted(set(cells) - set(RATE_COLUMNS))
    if unknown:
        raise ValidationError(f"unknown rate field {', '.join(unknown)}")
    full = {c: cells.get(c, "").strip() for c in RATE_COLUMNS}
    for column in RATE_REQUIRED:  # same order and words as an imported row
        if not full[column]:
            raise CellError(column, "is missing")
    return parse_rate_row(full)


def add_rate(uow: UnitOfWork, cells: dict[str, str], clerk: str = "") -> int:
    """Add one rate typed by hand, checked as an imported row would be.

    Args:
        cells: text by rate-sheet column name; missing optional columns are blank.

    Returns:
        The new rate's id.

    Raises:
        CellError: a cell is bad (``.column`` names it); nothing was saved.
    """
    row = _parse_cells(cells)
    with uow:
        rate_id = _repo(uow).add_rate(row)
        new = rate_cells(uow, rate_id)
        uow.audit.record("add", "rate", str(rate_id), "by hand", clerk, new=new)
        uow.commit()
    return rate_id


def update_rate(uow: UnitOfWork, rate_id: int, cells: dict[str, str], clerk: str = "") -> Rate:
    """Change one rate, checked as an imported row would be.

    Raises:
        CellError: a cell is bad; nothing was changed.
        NotFoundError: no rate has this id.
    """
    row = _parse_cells(cells)
    with uow:
        old = rate_cells(uow, rate_id)
        if not _repo(uow).update_rate(rate_id, row):
            raise NotFoundError(
            f"no rate with id {rate_id}", code="row_gone", params={"what": "rate", "id": rate_id}
        )
        uow.audit.record(
            "edit", "rate", str(rate_id), "by hand", clerk, old=old, new=rate_cells(uow, rate_id)
        )
        uow.commit()
    return _rate(uow, rate_id)


def list_carriers(uow: UnitOfWork) -> list[str]:
    """Every carrier in the rate table, sorted (for a filter's completer)."""
    return _repo(uow).distinct_carriers()


def carriers_for_leg(
    uow: UnitOfWork, mode: str, origin: str, destination: str, etd: date
) -> list[str]:
    """Carriers with a rate for this leg valid on its ETD, sorted by name."""
    return _repo(uow).carriers_on(mode, origin.strip().upper(), destination.strip().upper(), etd)


# --- FX and locations ----------------------------------------------------------------


def list_fx(uow: UnitOfWork) -> list[FxRate]:
    """Every exchange rate, by currency, newest first within a currency."""
    return [FxRate(c, Decimal(u), date.fromisoformat(v)) for c, u, v in _repo(uow).fx_table()]


def list_locations(uow: UnitOfWork) -> list[Location]:
    """Every location, by code; an airport with the town it serves."""
    rows = _repo(uow).locations()
    served = served_towns([Place(r["code"], r["country"], r["kind"], *_point(r)) for r in rows])
    return [
        Location(r["code"], r["name"], r["country"], r["kind"], served.get(r["code"], ""))
        for r in rows
    ]


def _point(row: dict[str, object]) -> tuple[Decimal | None, Decimal | None]:
    try:
        return Decimal(str(row["lat"])), Decimal(str(row["lon"]))
    except (KeyError, ArithmeticError, ValueError):  # no coordinates: serves nothing
        return None, None


# --- parties -------------------------------------------------------------------------


def _party(r: dict[str, object]) -> Party:
    return Party(int(str(r["id"])), *(str(r[k] or "") for k in PARTY_FIELDS))


def list_parties(uow: UnitOfWork, text: str = "", limit: int = 500) -> list[Party]:
    """Parties with ``text`` in their name, address, contact, phone, email or tax id."""
    return [_party(r) for r in _repo(uow).search_parties(text, limit)]


def count_parties(uow: UnitOfWork, text: str = "") -> int:
    """How many parties :func:`list_parties` finds for ``text``, however many it lists."""
    return int(_repo(uow).count_parties(text))


def is_new_party(uow: UnitOfWork, name: str) -> bool:
    """True when no party is called exactly ``name`` yet (saving a booking would create it).

    A blank name is not a new party.
    """
    name = name.strip()
    return bool(name) and _repo(uow).party_id_named(name) is None


def get_party(uow: UnitOfWork, party_id: int) -> Party:
    """One party by id.

    Raises:
        NotFoundError: no party has this id.
    """
    row = _repo(uow).party(party_id)
    if row is None:
        raise NotFoundError(
            f"no party with id {party_id}",
            code="row_gone",
            params={"what": "party", "id": party_id},
        )
    return _party(row)


def save_party(
    uow: UnitOfWork, fields: dict[str, str], party_id: int | None = None, clerk: str = ""
) -> Party:
    """Add a party (``party_id`` None) or change one.

    Raises:
        ValidationError: the name is blank or taken by another party, the email is not
            an address, or a field is unknown.
        NotFoundError: no party has ``party_id``.
    """
    unknown = sorted(set(fields) - set(PARTY_FIELDS))
    if unknown:
        raise ValidationError(f"unknown party field {', '.join(unknown)}")
    clean = {k: fields.get(k, "").strip() for k in PARTY_FIELDS}
    if not clean["name"]:
        raise ValidationError("name is missing", code="cell_missing", field="name")
    if clean["email"] and not _EMAIL_RE.match(clean["email"]):
        raise ValidationError(
            f"email {clean['email']!r} is not an email address",
            code="bad_email",
            params={"value": clean["email"]},
            field="email",
        )
    repo = _repo(uow)
    with uow:
        if party_id is not None and repo.party(party_id) is None:
            raise NotFoundError(
            f"no party with id {party_id}",
            code="row_gone",
            params={"what": "party", "id": party_id},
        )
        other = repo.party_id_named(clean["name"])
        if other is not None and other != party_id:
            raise ValidationError(
                f"a party named {clean['name']!r} already exists",
                code="party_exists",
                params={"name": clean["name"]},
                field="name",
            )
        old = get_party(uow, party_id)._asdict() if party_id is not None else None
        saved = uow.parties.save(clean, party_id)
        uow.audit.record(
            "edit" if party_id else "add", "party", str(saved), clean["name"], clerk,
            old=old, new=get_party(uow, saved)._asdict(),
        )  # fmt: skip
        uow.commit()
    return get_party(uow, saved)


# --- the database file ---------------------------------------------------------------


def database_location_info(target: UnitOfWork | str | Path) -> DatabaseLocation:
    """Where the database is and whether it lies on a network share.

    Args:
        target: an open unit of work, or the database path.
    """
    if isinstance(target, UnitOfWork):
        found = _repo(target).database_file()
        path = found if found is not None else Path(":memory:")
    else:
        path = Path(target)
    exists = path.is_file()
    return DatabaseLocation(
        path=str(path),
        on_network_share=is_network_path(path),
        exists=exists,
        size_bytes=path.stat().st_size if exists else 0,
    )
