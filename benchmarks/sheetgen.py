"""Deterministic test data for the benchmarks: rate, surcharge and FX sheets, quote requests.

Everything comes from one seeded :class:`random.Random`, so a given ``--rows`` and seed
always gives the same files and the same requests. Money is built from integer US cents and
formatted as text; no float ever becomes a rate.
"""

from __future__ import annotations

import csv
import random
import string
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

RATE_HEADER = (
    "mode,origin,destination,carrier,service,equipment,basis,currency,rate,min_charge,breaks,"
    "kg_per_cbm,valid_from,valid_to,transit_days"
).split(",")
SURCHARGE_HEADER = (
    "code,description,mode,origin,destination,carrier,equipment,basis,currency,amount,"
    "min_charge,valid_from,valid_to"
).split(",")
FX_HEADER = ["currency", "units_per_usd", "valid_from"]

#: Rates cover this window contiguously (per carrier and service); the benchmark ships
#: between SHIP_FIRST and SHIP_FIRST + SHIP_SPAN days, so legs 2 and 3 stay inside it too.
WINDOW_START = date(2025, 7, 1)
WINDOW_DAYS = 730
OLD_PERIOD = (date(2025, 1, 1), date(2025, 6, 30))
SHIP_FIRST = date(2026, 11, 1)
SHIP_SPAN = 61
ROWS_PER_LANE = 100

FAMILY_MODES: dict[str, tuple[str, ...]] = {
    "fcl": ("rail_fcl", "sea_fcl"),
    "loose": ("sea_lcl", "rail_lcl", "road_ltl", "air"),
    "ftl": ("road_ftl",),
}
FAMILY_WEIGHTS = {"fcl": 4, "loose": 4, "ftl": 2}
EQUIPMENT: dict[str, tuple[str, ...]] = {
    "sea_fcl": ("20GP", "40GP", "40HC"),
    "rail_fcl": ("20GP", "40GP", "40HC"),
    "road_ftl": ("10T", "20T"),
}
BASIS = {
    "sea_fcl": "per_container", "rail_fcl": "per_container", "road_ftl": "per_truck",
    "sea_lcl": "per_wm", "rail_lcl": "per_wm", "air": "per_kg", "road_ltl": "per_kg",
}  # fmt: skip
TRANSIT = {
    "sea_fcl": (3, 18), "sea_lcl": (5, 22), "rail_fcl": (2, 9), "rail_lcl": (3, 11),
    "road_ftl": (1, 5), "road_ltl": (2, 7), "air": (1, 3),
}  # fmt: skip
#: Base price in US cents (low, high) of the first equipment / of one unit.
BASE_CENTS = {
    "sea_fcl": (25_000, 140_000), "rail_fcl": (90_000, 250_000), "road_ftl": (60_000, 200_000),
    "sea_lcl": (2_500, 9_000), "rail_lcl": (3_000, 9_500), "air": (250, 700),
    "road_ltl": (15, 60),
}  # fmt: skip
#: Percent of the first equipment's price for each further equipment type.
EQUIPMENT_PCT = {"20GP": 100, "40GP": 175, "40HC": 185, "10T": 100, "20T": 155}
#: (threshold, percent of the base rate) per loose mode.
BREAKS = {
    "sea_lcl": ((5, 90), (15, 80)),
    "rail_lcl": ((5, 92), (15, 84)),
    "air": ((45, 90), (100, 82), (300, 75), (500, 70), (1000, 65)),
    "road_ltl": ((500, 85), (1000, 75), (3000, 65)),
}
KG_PER_CBM = {"sea_lcl": ("", "", "1000"), "rail_lcl": ("", "500"), "air": ("", "", "", "167"),
              "road_ltl": ("", "333", "250")}  # fmt: skip
#: Units per USD as (numerator, denominator) for turning US cents into other money.
FX_FACTOR = {"USD": (1, 1), "CNY": (71, 10), "THB": (355, 10), "VND": (25_400, 1),
             "SGD": (134, 100)}  # fmt: skip
COUNTRY_CURRENCY = {"CN": "CNY", "TH": "THB", "VN": "VND", "SG": "SGD"}
FX_ROWS = (
    ("USD", "1", "2025-01-01"),
    ("CNY", "7.18", "2025-01-01"), ("CNY", "7.12", "2026-01-01"),
    ("CNY", "7.09", "2026-07-01"), ("CNY", "7.10", "2026-11-15"),
    ("THB", "36.20", "2025-01-01"), ("THB", "35.40", "2026-01-01"),
    ("THB", "34.90", "2026-07-01"), ("THB", "35.10", "2026-11-15"),
    ("VND", "25350", "2025-01-01"), ("VND", "25600", "2026-01-01"),
    ("VND", "25900", "2026-07-01"), ("VND", "26050", "2026-11-15"),
    ("SGD", "1.35", "2025-01-01"), ("SGD", "1.33", "2026-01-01"),
    ("SGD", "1.31", "2026-07-01"), ("SGD", "1.32", "2026-11-15"),
)  # fmt: skip
KNOWN_CODES = (
    "CNCKG", "CNCTU", "CNQZH", "CNNNG", "CNPXG", "CNKMG", "CNXIA", "CNSHA", "CNSZX", "CNCAN",
    "VNHPH", "VNSGN", "VNHAN", "VNDAD", "THBKK", "THLCH", "SGSIN", "MYPKG", "MYPEN", "IDJKT",
    "IDSUB", "LAVTE", "KHPNH", "MMRGN",
)  # fmt: skip
COUNTRY_COUNTS = {"CN": 80, "VN": 40, "TH": 35, "MY": 25, "SG": 4, "ID": 35, "LA": 15,
                  "KH": 12, "MM": 12, "PH": 20}  # fmt: skip
CARRIER_PREFIXES = (
    "Beibu Gulf", "Lancang", "Mekong", "Straits", "Andaman", "Jade Dragon", "Golden Bridge",
    "Red River", "Pearl Delta", "Lotus", "Orchid", "Silk Corridor",
)  # fmt: skip
CARRIER_SUFFIX = {"sea": "Line", "rail": "Rail Express", "road": "Trucking", "air": "Air Cargo"}
SERVICES = ("Express", "Direct", "Economy")


@dataclass(frozen=True)
class Lane:
    """A (mode, origin, destination) of the rate sheet."""

    mode: str
    origin: str
    destination: str


@dataclass
class Corridor:
    """What the generator made: lanes with their carriers, and chains of three lanes."""

    lanes: dict[Lane, list[str]] = field(default_factory=dict)
    chains: list[tuple[str, tuple[Lane, ...]]] = field(default_factory=list)


def money(us_cents: int, currency: str) -> str:
    """US cents as a text amount in ``currency`` (two decimals; VND whole dong)."""
    num, den = FX_FACTOR[currency]
    if currency == "VND":
        return str(max(1, us_cents * num // den // 100))
    cents = max(1, us_cents * num // den)
    return f"{cents // 100}.{cents % 100:02d}"


def _iso(day: date) -> str:
    return day.isoformat()


def make_locations(rng: random.Random) -> list[str]:
    """Known corridor codes first, then made-up 5-character codes per country."""
    codes = list(KNOWN_CODES)
    seen = set(codes)
    for country, count in COUNTRY_COUNTS.items():
        have = sum(1 for c in codes if c.startswith(country))
        while have < count:
            code = country + "".join(rng.choices(string.ascii_uppercase, k=3))
            if code not in seen:
                seen.add(code)
                codes.append(code)
                have += 1
    return codes


def _carrier_pool(mode: str) -> list[str]:
    suffix = CARRIER_SUFFIX[mode.split("_")[0]]
    return [f"{prefix} {suffix}" for prefix in CARRIER_PREFIXES]


def make_corridor(n_lanes: int, rng: random.Random) -> Corridor:
    """Chains of three lanes A→B→C→D of one cargo family until ``n_lanes`` lanes exist.

    B and C are often hubs, so lanes recur across chains; every chain stays priceable for
    its family's cargo (containers, loose cargo or trucks) on any of its sub-chains.
    """
    locations = make_locations(rng)
    hubs = locations[:40]
    corridor = Corridor()
    families = list(FAMILY_WEIGHTS)
    weights = list(FAMILY_WEIGHTS.values())
    while len(corridor.lanes) < n_lanes:
        family = rng.choices(families, weights)[0]
        stops: list[str] = []
        while len(stops) < 4:
            pool = hubs if 0 < len(stops) < 3 and rng.random() < 0.5 else locations
            code = rng.choice(pool)
            if code not in stops:
                stops.append(code)
        chain = []
        for origin, destination in zip(stops, stops[1:], strict=False):
            lane = Lane(rng.choice(FAMILY_MODES[family]), origin, destination)
            if lane not in corridor.lanes:
                n_carriers = rng.randint(3, 5)
                corridor.lanes[lane] = sorted(rng.sample(_carrier_pool(lane.mode), n_carriers))
            chain.append(lane)
        corridor.chains.append((family, tuple(chain)))
    return corridor


def _lane_currency(lane: Lane, rng: random.Random) -> str:
    local = COUNTRY_CURRENCY.get(lane.origin[:2])
    if local and lane.mode.startswith(("rail", "road")) and rng.random() < 0.5:
        return local
    return "USD"


def _periods(count: int, rng: random.Random) -> list[tuple[date, date]]:
    """``count`` contiguous periods over the window; some overlap the next by a few days."""
    cuts = sorted(rng.sample(range(1, WINDOW_DAYS), count - 1))
    bounds = [0, *cuts, WINDOW_DAYS]
    periods = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        overlap = rng.choice((0, 0, 0, 3, 7))
        last = min(end - 1 + overlap, WINDOW_DAYS - 1)
        periods.append((WINDOW_START + timedelta(start), WINDOW_START + timedelta(last)))
    return periods


def _rate_cells(
    lane: Lane, equipment: str, cents: int, currency: str, rng: random.Random
) -> tuple[str, str, str, str]:
    """(rate, min_charge, breaks, kg_per_cbm) of one row."""
    if lane.mode not in BREAKS:
        return money(cents * EQUIPMENT_PCT[equipment] // 100, currency), "", "", ""
    breaks = " ".join(
        f"{threshold}:{money(cents * pct // 100, currency)}" for threshold, pct in BREAKS[lane.mode]
    )
    minimum = money(rng.choice((3_000, 4_500, 6_000, 9_000)), currency)
    return money(cents, currency), minimum, breaks, rng.choice(KG_PER_CBM[lane.mode])


def lane_rows(
    lane: Lane, carriers: Sequence[str], quota: int, rng: random.Random
) -> list[list[str]]:
    """``quota`` rate rows of one lane: each carrier/service covers the whole window."""
    equipment = EQUIPMENT.get(lane.mode, ("",))
    offers, spare = divmod(quota, len(equipment))
    pairs = [(c, "") for c in carriers]
    pairs += [(c, rng.choice(SERVICES)) for c in carriers if rng.random() < 0.4]
    pairs = pairs[: max(1, offers)]
    currency = _lane_currency(lane, rng)
    basis = BASIS[lane.mode]
    low, high = BASE_CENTS[lane.mode]
    rows: list[list[str]] = []
    for i, (carrier, service) in enumerate(pairs):
        count = offers // len(pairs) + (1 if i < offers % len(pairs) else 0)
        base = rng.randint(low, high)
        transit = rng.randint(*TRANSIT[lane.mode]) - (1 if service == "Express" else 0)
        for start, end in _periods(count, rng) if count else []:
            cents = base * rng.randint(85, 115) // 100
            for eq in equipment:
                rate, minimum, breaks, factor = _rate_cells(lane, eq, cents, currency, rng)
                rows.append([
                    lane.mode, lane.origin, lane.destination, carrier, service, eq, basis,
                    currency, rate, minimum, breaks, factor, _iso(start), _iso(end),
                    str(max(1, transit)),
                ])  # fmt: skip
    for eq in equipment[:spare]:  # an expired spot offer fills the lane's quota exactly
        rate, minimum, breaks, factor = _rate_cells(lane, eq, low, currency, rng)
        rows.append([
            lane.mode, lane.origin, lane.destination, pairs[0][0], "Spot", eq, basis, currency,
            rate, minimum, breaks, factor, _iso(OLD_PERIOD[0]), _iso(OLD_PERIOD[1]),
            str(TRANSIT[lane.mode][1]),
        ])  # fmt: skip
    return rows


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """A UTF-8 CSV with a header row."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)


def write_rates(path: Path, corridor: Corridor, total: int, rng: random.Random) -> int:
    """Write exactly ``total`` rate rows spread over the corridor's lanes; return the count."""
    lanes = list(corridor.lanes.items())
    per_lane, extra = divmod(total, len(lanes))
    rows: list[list[str]] = []
    for i, (lane, carriers) in enumerate(lanes):
        rows.extend(lane_rows(lane, carriers, per_lane + (1 if i < extra else 0), rng))
    write_csv(path, RATE_HEADER, rows)
    return len(rows)


# (code, description, basis, modes, scope, cents low/high, equipment choices)
SURCHARGE_KINDS: tuple[tuple[str, str, str, tuple[str, ...], str, int, int], ...] = (
    ("THC", "Terminal handling at origin", "per_container", ("sea_fcl", "rail_fcl"), "origin",
     6_000, 20_000),
    ("DTHC", "Terminal handling at destination", "per_container", ("sea_fcl",), "destination",
     6_000, 22_000),
    ("DOC", "Documentation fee", "per_shipment", tuple(BASIS), "origin", 2_500, 7_500),
    ("PSS", "Peak season surcharge", "percent", ("sea_fcl", "sea_lcl", "rail_fcl"),
     "lane_carrier", 500, 1_500),
    ("FSC", "Fuel surcharge", "per_kg", ("air",), "lane_carrier", 20, 80),
    ("CFS", "CFS charge", "per_wm", ("sea_lcl", "rail_lcl"), "origin", 800, 2_500),
    ("CUS", "Customs clearance", "per_shipment", ("road_ftl", "road_ltl"), "destination",
     4_000, 15_000),
    ("BRD", "Border crossing fee", "per_truck", ("road_ftl",), "lane", 5_000, 20_000),
    ("HDL", "Handling", "per_kg", ("road_ltl",), "lane", 2, 6),
    ("SEAL", "Seal fee", "per_container", ("sea_fcl", "rail_fcl"), "lane_carrier", 500, 2_000),
)  # fmt: skip
#: Blank-lane surcharges: one row per month (so only one is valid on a day).
MONTHLY_KINDS = (
    ("BAF", "Bunker adjustment", "per_container", "sea_fcl", 3_000, 15_000),
    ("CAF", "Currency adjustment", "percent", "", 100, 400),
    ("SSC", "Security surcharge", "per_kg", "air", 10, 20),
    ("ISPS", "Port security", "per_shipment", "sea_lcl", 1_000, 2_000),
)


def _month_starts() -> list[date]:
    starts = []
    day = WINDOW_START
    while day < WINDOW_START + timedelta(WINDOW_DAYS):
        starts.append(day)
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return starts


def surcharge_rows(corridor: Corridor, total: int, rng: random.Random) -> list[list[str]]:
    """About ``total`` surcharge rows: monthly blank-lane ones and lane/origin/carrier ones."""
    rows: list[list[str]] = []
    starts = _month_starts()
    for code, description, basis, mode, low, high in MONTHLY_KINDS:
        for start in starts:
            end = date(start.year + start.month // 12, start.month % 12 + 1, 1) - timedelta(1)
            currency = "" if basis == "percent" else "USD"
            amount = money(rng.randint(low, high), "USD")
            rows.append([code, description, mode, "", "", "", "", basis, currency, amount, "",
                         _iso(start), _iso(end)])  # fmt: skip
    lanes = list(corridor.lanes.items())
    window_end = WINDOW_START + timedelta(WINDOW_DAYS - 1)
    while len(rows) < total:
        lane, carriers = rng.choice(lanes)
        kinds = [k for k in SURCHARGE_KINDS if lane.mode in k[3]]
        if not kinds:
            continue
        code, description, basis, _modes, scope, low, high = rng.choice(kinds)
        origin = lane.origin if scope in ("origin", "lane", "lane_carrier") else ""
        destination = lane.destination if scope in ("destination", "lane", "lane_carrier") else ""
        carrier = rng.choice(carriers) if scope == "lane_carrier" else ""
        equipment = ""
        if basis == "per_container" and rng.random() < 0.3:
            equipment = rng.choice(EQUIPMENT[lane.mode])
        local = COUNTRY_CURRENCY.get((origin or destination)[:2], "USD")
        currency = "" if basis == "percent" else rng.choice(("USD", local))
        amount = money(rng.randint(low, high), "USD" if basis == "percent" else currency)
        minimum = money(2_000, currency) if basis in ("per_kg", "per_wm") else ""
        if rng.random() < 0.5:
            start, end = WINDOW_START, window_end
        else:
            start = WINDOW_START + timedelta(rng.randrange(0, WINDOW_DAYS - 90))
            end = start + timedelta(rng.randint(30, 180))
        rows.append([code, description, lane.mode, origin, destination, carrier, equipment,
                     basis, currency, amount, minimum, _iso(start), _iso(end)])  # fmt: skip
    return rows


def _cargo(family: str, rng: random.Random) -> dict[str, Any]:
    if family == "fcl":
        types = rng.sample(EQUIPMENT["sea_fcl"], rng.choice((1, 1, 2)))
        cargo: dict[str, Any] = {
            "containers": [{"type": t, "count": rng.randint(1, 4)} for t in types]
        }
        if rng.random() < 0.3:
            cargo["weight_kg"] = rng.randint(5_000, 40_000)
            cargo["volume_cbm"] = f"{rng.randint(200, 1_200) / 10:.1f}"
        return cargo
    if family == "ftl":
        types = rng.sample(EQUIPMENT["road_ftl"], rng.choice((1, 2)))
        return {"trucks": [{"type": t, "count": rng.randint(1, 3)} for t in types]}
    if rng.random() < 0.6:
        pieces = [
            {
                "count": rng.randint(1, 10),
                "length_cm": rng.randint(30, 120),
                "width_cm": rng.randint(30, 100),
                "height_cm": rng.randint(20, 110),
                "weight_kg": f"{rng.randint(50, 4_000) / 10:.1f}",
            }
            for _ in range(rng.randint(1, 3))
        ]
        return {"pieces": pieces}
    return {
        "weight_kg": rng.randint(40, 8_000),
        "volume_cbm": f"{rng.randint(2, 250) / 10:.2f}",
    }


def make_requests(corridor: Corridor, count: int, rng: random.Random) -> list[dict[str, Any]]:
    """``count`` quote requests over 1–3 chained legs of the corridor, with fitting cargo."""
    requests = []
    for _ in range(count):
        family, chain = rng.choice(corridor.chains)
        n_legs = rng.choices((1, 2, 3), (4, 3, 3))[0]
        first = rng.randint(0, len(chain) - n_legs)
        legs: list[dict[str, str]] = []
        for lane in chain[first : first + n_legs]:
            leg = {"mode": lane.mode, "origin": lane.origin, "destination": lane.destination}
            if rng.random() < 0.1:
                leg["carrier"] = rng.choice(corridor.lanes[lane])
            legs.append(leg)
        ship = SHIP_FIRST + timedelta(rng.randrange(SHIP_SPAN))
        requests.append(
            {
                "quote_date": _iso(ship - timedelta(rng.randint(0, 10))),
                "ship_date": _iso(ship),
                "currency": "USD",
                "markup_percent": rng.choice(("0", "0", "5", "7.5")),
                "cargo": _cargo(family, rng),
                "legs": legs,
            }
        )
    return requests


@dataclass(frozen=True)
class Files:
    """The generated sheets and what is in them."""

    rates: Path
    surcharges: Path
    fx: Path
    rate_rows: int
    surcharge_rows: int
    lanes: int
    corridor: Corridor


def generate(out: Path, rows: int, seed: int) -> tuple[Files, random.Random]:
    """Write rates.csv, surcharges.csv and fx.csv into ``out``; return them and the RNG."""
    rng = random.Random(seed)
    corridor = make_corridor(max(1, rows // ROWS_PER_LANE), rng)
    rates = out / "rates.csv"
    rate_count = write_rates(rates, corridor, rows, rng)
    surcharges = out / "surcharges.csv"
    extra = surcharge_rows(corridor, max(200, rows // 60), rng)
    write_csv(surcharges, SURCHARGE_HEADER, extra)
    fx = out / "fx.csv"
    write_csv(fx, FX_HEADER, FX_ROWS)
    files = Files(rates, surcharges, fx, rate_count, len(extra), len(corridor.lanes), corridor)
    return files, rng
