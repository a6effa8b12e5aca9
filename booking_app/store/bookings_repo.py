"""Bookings with their frozen legs, lines and FX; booking numbers that are never reused."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from booking_app.core.booking import (
    Booking,
    FrozenNames,
    PartyCard,
    cargo_summary,
    format_booking_no,
    route_text,
)
from booking_app.core.cargo import cargo_from_dict, cargo_to_dict
from booking_app.core.errors import NotFoundError
from booking_app.core.quote import (
    Approval,
    ChargeLine,
    LegQuote,
    LegRequest,
    Parties,
    Quote,
    QuoteRequest,
)
from booking_app.core.request_extras import (
    extras_to_json,
    parse_extra_charges,
    parse_spot,
    spot_to_json,
)
from booking_app.core.selling import PriceRule
from booking_app.core.text import fold
from booking_app.store.backend import BOOKINGS_CHANNEL, StoreDb, dialect_of
from booking_app.store.parties_repo import PartyRepository


def _text(value: Decimal) -> str:
    return f"{value:f}"


class BookingRepository:
    """Saves and loads bookings; each save freezes the quote's lines and FX rates."""

    def __init__(self, db: StoreDb, parties: PartyRepository) -> None:
        self.db = db
        self.parties = parties

    def next_booking_no(self, year: int) -> str:
        """Take the next number of ``year`` (call inside the saving transaction)."""
        # One statement that locks the year's counter row until the booking commits:
        # concurrent desks wait for each other and never take the same number.
        row = self.db.conn.execute(
            "INSERT INTO booking_counters (year, last) VALUES (?, 1)"
            " ON CONFLICT (year) DO UPDATE SET last = booking_counters.last + 1"
            " RETURNING last",
            (year,),
        ).fetchall()[0]
        return format_booking_no(year, int(row[0]))

    def add(self, booking: Booking) -> int:
        """Insert a booking revision with its legs, lines, FX and frozen names; its row id."""
        request, quote = booking.request, booking.quote
        now = booking.created_at.isoformat(timespec="seconds")
        p, names = request.parties, booking.names
        price = quote.price if quote is not None else request.price
        approval = request.approval
        cur = self.db.conn.execute(
            """INSERT INTO bookings (booking_no, revision, status, created_at, updated_at,
               booking_date, clerk, quote_date, ship_date, currency, price_rule,
               markup_percent, total, transit_days, customer_id, shipper_id, consignee_id,
               incoterm, notes, cargo_json, route, modes, cargo_summary, search_text,
               cost_total, min_margin_percent, priced, approval_by, approval_reason,
               customer_name, customer_address, shipper_name, shipper_address,
               consignee_name, consignee_address, valid_until)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            (
                booking.booking_no, booking.revision, booking.status, now, now,
                booking.booking_date.isoformat(), booking.clerk,
                request.quote_date.isoformat(), request.ship_date.isoformat(),
                request.currency, price.rule if price else "",
                _text(price.percent) if price else "",
                _text(quote.total) if quote else "0",
                quote.transit_days if quote else 0,
                self.parties.id_for(p.customer), self.parties.id_for(p.shipper),
                self.parties.id_for(p.consignee), p.incoterm, p.notes,
                json.dumps(cargo_to_dict(request.cargo), ensure_ascii=False),
                route_text(_route(request)), ", ".join(leg.mode for leg in request.legs),
                cargo_summary(request), self._search_text(booking),
                _text(quote.cost_total) if quote else "0",
                _text(quote.min_margin_percent) if quote else "0", int(quote is not None),
                approval.by if approval else "", approval.reason if approval else "",
                names.customer.name, names.customer.address, names.shipper.name,
                names.shipper.address, names.consignee.name, names.consignee.address,
                quote.valid_until.isoformat() if quote and quote.valid_until else None,
            ),
        )  # fmt: skip
        booking_id = int(cur.lastrowid or 0)
        if dialect_of(self.db).server:  # other desks hear of it when this commits (§4)
            self.db.conn.execute("SELECT pg_notify(?, ?)", (BOOKINGS_CHANNEL, booking.booking_no))
        if quote is not None:
            self.db.conn.executemany(
                "INSERT INTO booking_fx (booking_id, currency, units_per_usd) VALUES (?,?,?)",
                [(booking_id, c, _text(v)) for c, v in quote.fx.items()],
            )
        for seq, asked in enumerate(request.legs, 1):
            leg = quote.legs[seq - 1] if quote is not None else None
            self._add_leg(booking_id, seq, asked, leg, names, request.ship_date)
        return booking_id

    def _add_leg(
        self,
        booking_id: int,
        seq: int,
        asked: LegRequest,
        leg: LegQuote | None,
        names: FrozenNames,
        ship_date: date,
    ) -> None:
        day = ship_date.isoformat()
        leg_cur = self.db.conn.execute(
            """INSERT INTO booking_legs (booking_id, seq, mode, origin, destination,
               requested_carrier, carrier, service, etd, eta, chargeable, subtotal,
               cost_subtotal, price_rule, price_percent, origin_name, destination_name,
               extra_charges_json, spot_json, rates_valid_to, ready, cutoff, scheduled,
               distance_km, co2e_kg)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            (
                booking_id, seq, asked.mode, asked.origin, asked.destination, asked.carrier,
                leg.carrier if leg else "", leg.service if leg else "",
                leg.etd.isoformat() if leg else day, leg.eta.isoformat() if leg else day,
                None if leg is None or leg.chargeable is None else _text(leg.chargeable),
                _text(leg.subtotal) if leg else "0", _text(leg.cost_subtotal) if leg else "0",
                leg.price.rule if leg else "markup", _text(leg.price.percent) if leg else "0",
                names.place(asked.origin), names.place(asked.destination),
                json.dumps(extras_to_json(asked.extra_charges), ensure_ascii=False),
                json.dumps(spot_to_json(asked.spot), ensure_ascii=False),
                leg.rates_valid_to.isoformat() if leg and leg.rates_valid_to else None,
                _iso(leg.ready) if leg else None, _iso(leg.cutoff) if leg else None,
                int(leg.scheduled) if leg else 0,
                _text(leg.distance_km) if leg and leg.distance_km is not None else None,
                _text(leg.co2e_kg) if leg and leg.co2e_kg is not None else None,
            ),
        )  # fmt: skip
        if leg is None:
            return
        self.db.conn.executemany(
            """INSERT INTO quote_lines (leg_id, seq, code, description, basis, quantity,
               unit_price, currency, amount, amount_quote, rate_id, surcharge_id,
               minimum_applied, cost_quote, sell_quantity, sell_unit_price, sell_amount,
               maximum_applied, manual, spot, tariff, included, sell_currency)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
            [
                (
                    leg_cur.lastrowid, n, ln.code, ln.description, ln.basis,
                    _text(ln.quantity), _text(ln.unit_price), ln.currency,
                    _text(ln.amount), _text(ln.amount_quote), ln.rate_id, ln.surcharge_id,
                    int(ln.minimum_applied), _text(ln.cost_quote), _text(ln.sell_quantity),
                    _text(ln.sell_unit_price), _text(ln.sell_amount), int(ln.maximum_applied),
                    int(ln.manual), int(ln.spot), int(ln.tariff), int(ln.included),
                    ln.sell_currency,
                )
                for n, ln in enumerate(leg.lines, 1)
            ],
        )  # fmt: skip

    def _search_text(self, booking: Booking) -> str:
        p = booking.request.parties
        codes = _route(booking.request)
        names = [
            r[0]
            for r in self.db.conn.execute(
                f"SELECT name FROM locations WHERE code IN ({','.join('?' * len(codes))})",
                codes,
            )
        ] if codes else []
        words = [booking.booking_no, p.customer, p.shipper, p.consignee, *codes, *names]
        return fold("\n".join(w for w in words if w))

    def set_status(self, booking_no: str, status: str, at: datetime, reason: str = "") -> None:
        """Change the status of the latest revision (rules are checked by the service)."""
        self.db.conn.execute(
            "UPDATE bookings SET status = ?, status_reason = ?, updated_at = ? WHERE id = ?",
            (status, reason, at.isoformat(timespec="seconds"), self._latest_id(booking_no)),
        )

    def overdue_quotes(self, today: date) -> list[str]:
        """Numbers of quoted bookings (latest revisions) whose validity ended before today."""
        cur = self.db.conn.execute(
            """SELECT b.booking_no FROM bookings b WHERE b.status = 'quoted'
               AND b.valid_until < ? AND b.revision = (SELECT max(r.revision) FROM bookings r
               WHERE r.booking_no = b.booking_no) ORDER BY +b.id""",
            (today.isoformat(),),
        )
        return [r[0] for r in cur]

    def status_reason(self, booking_no: str) -> str:
        """Why the latest revision was lost or cancelled ('' when no reason was given)."""
        row = self.db.conn.execute(
            "SELECT status_reason FROM bookings WHERE id = ?", (self._latest_id(booking_no),)
        ).fetchone()
        return str(row[0])

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
        places: dict[str, str] = {}
        for leg in self.db.query(
            "SELECT * FROM booking_legs WHERE booking_id = ? ORDER BY seq", [booking_id]
        ):
            asked.append(_asked_leg(leg))
            places.setdefault(leg["origin"], leg["origin_name"])
            places.setdefault(leg["destination"], leg["destination_name"])
            if row["priced"]:
                lines = tuple(
                    _line(r)
                    for r in self.db.query(
                        "SELECT * FROM quote_lines WHERE leg_id = ? ORDER BY seq", [leg["id"]]
                    )
                )
                legs.append(_priced_leg(leg, lines))
        price = _price(row["price_rule"], row["markup_percent"])
        quote = None
        if row["priced"]:
            quote = Quote(
                quote_date=date.fromisoformat(row["quote_date"]),
                ship_date=date.fromisoformat(row["ship_date"]),
                currency=row["currency"], price=price, fx=fx, legs=tuple(legs),
                total=Decimal(row["total"]), cost_total=Decimal(row["cost_total"]),
                min_margin_percent=Decimal(row["min_margin_percent"]),
                valid_until=_day(row["valid_until"]),
            )  # fmt: skip
        approval = (
            Approval(row["approval_by"], row["approval_reason"]) if row["approval_by"] else None
        )
        request = QuoteRequest(
            quote_date=date.fromisoformat(row["quote_date"]),
            ship_date=date.fromisoformat(row["ship_date"]),
            currency=row["currency"],
            cargo=cargo_from_dict(json.loads(row["cargo_json"]), bounded=False),
            legs=tuple(asked),
            price=price,
            parties=Parties(
                customer=row["customer_name"], shipper=row["shipper_name"],
                consignee=row["consignee_name"], incoterm=row["incoterm"], notes=row["notes"],
            ),
            approval=approval,
        )  # fmt: skip
        names = FrozenNames(
            customer=PartyCard(row["customer_name"], row["customer_address"]),
            shipper=PartyCard(row["shipper_name"], row["shipper_address"]),
            consignee=PartyCard(row["consignee_name"], row["consignee_address"]),
            places=tuple(places.items()),
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
            names=names,
        )

    def numbers_on(self, day: date) -> list[str]:
        """Booking numbers of one day, oldest first."""
        return [
            r[0]
            for r in self.db.conn.execute(
                "SELECT booking_no FROM bookings WHERE booking_date = ?"
                " GROUP BY booking_no ORDER BY min(created_at), booking_no",
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


def _day(text: str | None) -> date | None:
    return None if not text else date.fromisoformat(text)


def _route(request: QuoteRequest) -> list[str]:
    if not request.legs:
        return []
    return [leg.origin for leg in request.legs] + [request.legs[-1].destination]


def _price(rule: str, percent: str) -> PriceRule | None:
    return PriceRule(rule, Decimal(percent)) if rule else None


def _asked_leg(leg: dict[str, Any]) -> LegRequest:
    """The leg as the clerk asked for it: forced carrier, extra charges, spot rates."""
    index = leg["seq"]
    return LegRequest(
        leg["mode"], leg["origin"], leg["destination"], leg["requested_carrier"],
        extra_charges=parse_extra_charges(json.loads(leg["extra_charges_json"]), index),
        spot=parse_spot(json.loads(leg["spot_json"]), index, leg["mode"], leg["origin"],
                        leg["destination"]),
    )  # fmt: skip


def _priced_leg(leg: dict[str, Any], lines: tuple[ChargeLine, ...]) -> LegQuote:
    return LegQuote(
        mode=leg["mode"], origin=leg["origin"], destination=leg["destination"],
        carrier=leg["carrier"], service=leg["service"],
        etd=date.fromisoformat(leg["etd"]), eta=date.fromisoformat(leg["eta"]),
        chargeable=None if leg["chargeable"] is None else Decimal(leg["chargeable"]),
        lines=lines, subtotal=Decimal(leg["subtotal"]),
        cost_subtotal=Decimal(leg["cost_subtotal"]),
        price=PriceRule(leg["price_rule"] or "markup", Decimal(leg["price_percent"] or 0)),
        rates_valid_to=_day(leg["rates_valid_to"]),
        ready=_day(leg["ready"]), cutoff=_day(leg["cutoff"]), scheduled=bool(leg["scheduled"]),
        distance_km=_dec(leg["distance_km"]), co2e_kg=_dec(leg["co2e_kg"]),
    )  # fmt: skip


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _dec(text: str | None) -> Decimal | None:
    return None if text is None or text == "" else Decimal(text)


def _line(r: dict[str, Any]) -> ChargeLine:
    return ChargeLine(
        code=r["code"], description=r["description"], basis=r["basis"],
        quantity=Decimal(r["quantity"]), unit_price=Decimal(r["unit_price"]),
        currency=r["currency"], amount=Decimal(r["amount"]),
        cost_quote=Decimal(r["cost_quote"]), sell_quantity=Decimal(r["sell_quantity"]),
        sell_unit_price=Decimal(r["sell_unit_price"]), sell_amount=Decimal(r["sell_amount"]),
        amount_quote=Decimal(r["amount_quote"]), rate_id=r["rate_id"],
        surcharge_id=r["surcharge_id"], minimum_applied=bool(r["minimum_applied"]),
        maximum_applied=bool(r["maximum_applied"]), manual=bool(r["manual"]),
        spot=bool(r["spot"]), tariff=bool(r["tariff"]), included=bool(r["included"]),
        sell_currency=r["sell_currency"],
    )  # fmt: skip
