"""Bookings with their frozen legs, lines and FX; booking numbers that are never reused."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlite_utils import Database

from booking_app.core.booking import (
    Booking,
    cargo_summary,
    format_booking_no,
    modes_text,
    route_codes,
    route_text,
)
from booking_app.core.cargo import cargo_from_dict, cargo_to_dict
from booking_app.core.errors import NotFoundError
from booking_app.core.quote import ChargeLine, LegQuote, LegRequest, Parties, Quote, QuoteRequest
from booking_app.store.parties_repo import PartyRepository


def _text(value: Decimal) -> str:
    return f"{value:f}"


class BookingRepository:
    """Saves and loads bookings; each save freezes the quote's lines and FX rates."""

    def __init__(self, db: Database, parties: PartyRepository) -> None:
        self.db = db
        self.parties = parties

    def next_booking_no(self, year: int) -> str:
        """Take the next number of ``year`` (call inside the saving transaction)."""
        conn = self.db.conn
        conn.execute(
            "INSERT INTO booking_counters (year, last) VALUES (?, 1)"
            " ON CONFLICT(year) DO UPDATE SET last = last + 1",
            (year,),
        )
        last = conn.execute("SELECT last FROM booking_counters WHERE year = ?", (year,))
        return format_booking_no(year, int(last.fetchone()[0]))

    def add(self, booking: Booking) -> int:
        """Insert a booking revision with its legs, lines and FX; returns its row id."""
        request, quote = booking.request, booking.quote
        now = booking.created_at.isoformat(timespec="seconds")
        p = request.parties
        cur = self.db.conn.execute(
            """INSERT INTO bookings (booking_no, revision, status, created_at, updated_at,
               booking_date, clerk, quote_date, ship_date, currency, price_rule,
               markup_percent, total, transit_days, customer_id, shipper_id, consignee_id,
               incoterm, notes, cargo_json, route, modes, cargo_summary, search_text)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            (
                booking.booking_no, booking.revision, booking.status, now, now,
                booking.booking_date.isoformat(), booking.clerk, quote.quote_date.isoformat(),
                quote.ship_date.isoformat(), quote.currency, quote.price_rule,
                _text(quote.markup_percent), _text(quote.total), quote.transit_days,
                self.parties.id_for(p.customer), self.parties.id_for(p.shipper),
                self.parties.id_for(p.consignee), p.incoterm, p.notes,
                json.dumps(cargo_to_dict(request.cargo), ensure_ascii=False),
                route_text(route_codes(quote)), modes_text(quote), cargo_summary(request),
                self._search_text(booking),
            ),
        )  # fmt: skip
        booking_id = int(cur.lastrowid or 0)
        self.db.conn.executemany(
            "INSERT INTO booking_fx (booking_id, currency, units_per_usd) VALUES (?,?,?)",
            [(booking_id, c, _text(v)) for c, v in quote.fx.items()],
        )
        for seq, (leg, asked) in enumerate(zip(quote.legs, request.legs, strict=True), 1):
            leg_cur = self.db.conn.execute(
                """INSERT INTO booking_legs (booking_id, seq, mode, origin, destination,
                   requested_carrier, carrier, service, etd, eta, chargeable, subtotal)
                   VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""",
                (
                    booking_id, seq, leg.mode, leg.origin, leg.destination, asked.carrier,
                    leg.carrier, leg.service, leg.etd.isoformat(), leg.eta.isoformat(),
                    None if leg.chargeable is None else _text(leg.chargeable),
                    _text(leg.subtotal),
                ),
            )  # fmt: skip
            self.db.conn.executemany(
                """INSERT INTO quote_lines (leg_id, seq, code, description, basis, quantity,
                   unit_price, currency, amount, amount_quote, rate_id, surcharge_id,
                   minimum_applied) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                [
                    (
                        leg_cur.lastrowid, n, ln.code, ln.description, ln.basis,
                        _text(ln.quantity), _text(ln.unit_price), ln.currency,
                        _text(ln.amount), _text(ln.amount_quote), ln.rate_id, ln.surcharge_id,
                        int(ln.minimum_applied),
                    )
                    for n, ln in enumerate(leg.lines, 1)
                ],
            )  # fmt: skip
        return booking_id

    def _search_text(self, booking: Booking) -> str:
        p = booking.request.parties
        codes = route_codes(booking.quote)
        names = [
            r[0]
            for r in self.db.conn.execute(
                f"SELECT name FROM locations WHERE code IN ({','.join('?' * len(codes))})",
                codes,
            )
        ]
        words = [booking.booking_no, p.customer, p.shipper, p.consignee, *codes, *names]
        return "\n".join(w for w in words if w).casefold()

    def set_status(self, booking_no: str, status: str, at: datetime) -> None:
        """Change the status of the latest revision (rules are checked by the service)."""
        self.db.conn.execute(
            "UPDATE bookings SET status = ?, updated_at = ? WHERE id = ?",
            (status, at.isoformat(timespec="seconds"), self._latest_id(booking_no)),
        )

    def _latest_id(self, booking_no: str) -> int:
        row = self.db.conn.execute(
            "SELECT id FROM bookings WHERE booking_no = ? ORDER BY revision DESC LIMIT 1",
            (booking_no,),
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no booking {booking_no}")
        return int(row[0])

    def get(self, booking_no: str) -> Booking:
        """The latest revision of a booking, exactly as frozen when it was saved.

        Raises:
            NotFoundError: no booking has this number.
        """
        booking_id = self._latest_id(booking_no)
        row = next(self.db.query("SELECT * FROM bookings WHERE id = ?", [booking_id]))
        fx = {
            r["currency"]: Decimal(r["units_per_usd"])
            for r in self.db.query(
                "SELECT currency, units_per_usd FROM booking_fx WHERE booking_id = ?"
                " ORDER BY currency",
                [booking_id],
            )
        }
        legs: list[LegQuote] = []
        asked: list[LegRequest] = []
        for leg in self.db.query(
            "SELECT * FROM booking_legs WHERE booking_id = ? ORDER BY seq", [booking_id]
        ):
            lines = tuple(
                _line(r)
                for r in self.db.query(
                    "SELECT * FROM quote_lines WHERE leg_id = ? ORDER BY seq", [leg["id"]]
                )
            )
            legs.append(
                LegQuote(
                    mode=leg["mode"], origin=leg["origin"], destination=leg["destination"],
                    carrier=leg["carrier"], service=leg["service"],
                    etd=date.fromisoformat(leg["etd"]), eta=date.fromisoformat(leg["eta"]),
                    chargeable=None if leg["chargeable"] is None else Decimal(leg["chargeable"]),
                    lines=lines, subtotal=Decimal(leg["subtotal"]),
                )
            )  # fmt: skip
            asked.append(
                LegRequest(leg["mode"], leg["origin"], leg["destination"], leg["requested_carrier"])
            )
        quote = Quote(
            quote_date=date.fromisoformat(row["quote_date"]),
            ship_date=date.fromisoformat(row["ship_date"]),
            currency=row["currency"],
            markup_percent=Decimal(row["markup_percent"]),
            price_rule=row["price_rule"],
            fx=fx,
            legs=tuple(legs),
            total=Decimal(row["total"]),
        )
        request = QuoteRequest(
            quote_date=quote.quote_date,
            ship_date=quote.ship_date,
            currency=quote.currency,
            cargo=cargo_from_dict(json.loads(row["cargo_json"])),
            legs=tuple(asked),
            markup_percent=quote.markup_percent,
            price_rule=quote.price_rule,
            parties=Parties(
                customer=self.parties.name_of(row["customer_id"]),
                shipper=self.parties.name_of(row["shipper_id"]),
                consignee=self.parties.name_of(row["consignee_id"]),
                incoterm=row["incoterm"],
                notes=row["notes"],
            ),
        )
        return Booking(
            booking_no=row["booking_no"],
            revision=row["revision"],
            status=row["status"],
            created_at=datetime.fromisoformat(row["created_at"]),
            booking_date=date.fromisoformat(row["booking_date"]),
            clerk=row["clerk"],
            request=request,
            quote=quote,
        )

    def numbers_on(self, day: date) -> list[str]:
        """Booking numbers of one day, oldest first."""
        return [
            r[0]
            for r in self.db.conn.execute(
                "SELECT DISTINCT booking_no FROM bookings WHERE booking_date = ?"
                " ORDER BY created_at, booking_no",
                (day.isoformat(),),
            )
        ]

    def legs_on(self, day: date) -> list[dict[str, Any]]:
        """The frozen legs of the bookings of one day, read in one query.

        Only the latest revision of each booking counts (as in the bookings list).
        Legs come in list order (oldest booking first), each booking's by ``seq``.

        Returns:
            One dict per leg: ``booking_no``, ``seq``, ``mode``, ``origin``,
            ``destination``, ``carrier``, ``service``, ``etd`` and ``eta`` (dates),
            ``transit_days``, ``chargeable`` (Decimal or None), ``subtotal`` (Decimal)
            and ``currency`` (the booking's quote currency).
        """
        keys = (
            "booking_no", "seq", "mode", "origin", "destination", "carrier", "service",
            "etd", "eta", "chargeable", "subtotal", "currency",
        )  # fmt: skip
        cursor = self.db.conn.execute(
            """SELECT b.booking_no, l.seq, l.mode, l.origin, l.destination, l.carrier,
               l.service, l.etd, l.eta, l.chargeable, l.subtotal, b.currency
               FROM bookings b JOIN booking_legs l ON l.booking_id = b.id
               WHERE b.booking_date = ?
               AND b.revision = (SELECT max(r.revision) FROM bookings r
                                 WHERE r.booking_no = b.booking_no)
               ORDER BY b.created_at, b.id, l.seq""",
            (day.isoformat(),),
        )
        legs = []
        for values in cursor:
            leg = dict(zip(keys, values, strict=True))
            leg["etd"] = etd = date.fromisoformat(leg["etd"])
            leg["eta"] = eta = date.fromisoformat(leg["eta"])
            leg["transit_days"] = (eta - etd).days
            if leg["chargeable"] is not None:
                leg["chargeable"] = Decimal(leg["chargeable"])
            leg["subtotal"] = Decimal(leg["subtotal"])
            legs.append(leg)
        return legs


def _line(r: dict[str, Any]) -> ChargeLine:
    return ChargeLine(
        code=r["code"], description=r["description"], basis=r["basis"],
        quantity=Decimal(r["quantity"]), unit_price=Decimal(r["unit_price"]),
        currency=r["currency"], amount=Decimal(r["amount"]),
        amount_quote=Decimal(r["amount_quote"]), rate_id=r["rate_id"],
        surcharge_id=r["surcharge_id"], minimum_applied=bool(r["minimum_applied"]),
    )  # fmt: skip
