"""The large benchmark database: 200,000 rates over ~2,000 lanes and a million bookings.

The file is created by the program's own migrations (``UnitOfWork.open``); the rows go
in by bulk SQL: the rate sheets by ``csv`` + ``executemany``, the bookings, their legs
and their lines by ``INSERT … SELECT`` over a recursive counter, so SQLite makes them
without a Python loop per row. The result is kept in a cache folder under a name made of
the sizes, the seed, :data:`VERSION` and the program's migration names, and reused while
they match.
"""

from __future__ import annotations

import csv
import hashlib
import inspect
import json
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sheetgen import FX_HEADER, RATE_HEADER, SURCHARGE_HEADER, generate, make_requests

from booking_app.core.text import fold
from booking_app.resources import demo_dir
from booking_app.store.schema import MIGRATIONS
from booking_app.store.uow import UnitOfWork

#: Bump when what is built changes (the cache is then rebuilt).
VERSION = 4
SEED = 20261201
#: The benchmark's "now" (BOOKING_APP_NOW): the newest bookings are of this day.
NOW = "2026-11-28T15:00:00"
TODAY = date(2026, 11, 28)
DAYS = 3 * 365
#: Routes of the bookings: (codes, modes), legs = len(codes) - 1.
ROUTES = (
    (("CNCKG", "CNQZH", "VNHPH", "VNHAN"), ("rail_fcl", "sea_fcl", "road_ftl")),
    (("CNCTU", "CNQZH", "THLCH", "THBKK"), ("rail_fcl", "sea_fcl", "road_ftl")),
    (("CNQZH", "SGSIN"), ("sea_fcl",)),
    (("CNNNG", "VNDDG", "VNHAN"), ("road_ftl", "road_ftl")),
    (("CNNNX", "SGCHX"), ("air",)),
    (("CNCKG", "CNQZH", "VNSGN"), ("rail_fcl", "sea_fcl")),
)
STATUSES = ("draft", "quoted", "confirmed", "confirmed", "confirmed", "cancelled")
LINES_PER_LEG = 3
#: Every REVISED-th booking has a second revision (the list shows only the latest).
REVISED = 50
_FIRST = ("Công ty TNHH", "Công ty CP", "重庆", "บริษัท", "PT", "Guangxi")
_MIDDLE = ("Đồng Nai", "Hà Nội", "Hải Phòng", "Ví Dụ", "示例机械", "ตัวอย่าง", "Contoh",
           "Mekong", "Bắc Ninh", "Đà Nẵng", "Example", "Sài Gòn")  # fmt: skip
_LAST = ("Trading", "Logistics", "有限公司", "จำกัด", "Industries", "Xuất Nhập Khẩu")


@dataclass(frozen=True)
class Sizes:
    """How much to build."""

    rates: int = 200_000
    bookings: int = 1_000_000
    parties: int = 2_000


def party_names(count: int) -> list[str]:
    """``count`` distinct party names in Vietnamese, Chinese, Thai and English."""
    names = []
    for n in range(count):
        first = _FIRST[n % len(_FIRST)]
        middle = _MIDDLE[(n // len(_FIRST)) % len(_MIDDLE)]
        last = _LAST[(n // 7) % len(_LAST)]
        names.append(f"{first} {middle} {last} {n + 1}")
    return names


def cache_key(sizes: Sizes) -> str:
    """The cache file name: sizes, seed, builder version and the schema's migrations
    (their names and code)."""
    migrations = "|".join(
        f"{m.name}:{inspect.getsource(m.fn)}" for m in MIGRATIONS._migrations  # noqa: SLF001
    )
    digest = hashlib.sha1(f"{VERSION}|{SEED}|{migrations}".encode()).hexdigest()[:10]
    return f"big-r{sizes.rates}-b{sizes.bookings}-{digest}.sqlite3"


def _copy_sheet(conn: sqlite3.Connection, table: str, header: tuple[str, ...] | list[str],
                path: Path) -> int:  # fmt: skip
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        columns = next(reader)
        assert list(columns) == list(header), (columns, header)
        cur = conn.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            ([None if c == "" and col in ("min_charge", "kg_per_cbm", "max_charge") else c
              for c, col in zip(row, columns, strict=True)] for row in reader),
        )  # fmt: skip
    return cur.rowcount


def _routes_table(conn: sqlite3.Connection) -> None:
    names = dict(conn.execute("SELECT code, name FROM locations"))
    conn.execute("CREATE TEMP TABLE bench_routes (k INTEGER PRIMARY KEY, route TEXT, modes TEXT,"
                 " codes TEXT, places TEXT, legs INTEGER)")  # fmt: skip
    conn.execute("CREATE TEMP TABLE bench_legs (k INTEGER, seq INTEGER, mode TEXT, origin TEXT,"
                 " destination TEXT, origin_name TEXT, destination_name TEXT)")  # fmt: skip
    for k, (codes, modes) in enumerate(ROUTES):
        places = "\n".join([*codes, *(names.get(c, "") for c in codes)])
        conn.execute(
            "INSERT INTO bench_routes VALUES (?,?,?,?,?,?)",
            (k, " → ".join(codes), ", ".join(modes), " ".join(codes), places, len(modes)),
        )
        for seq, mode in enumerate(modes, 1):
            a, b = codes[seq - 1], codes[seq]
            conn.execute("INSERT INTO bench_legs VALUES (?,?,?,?,?,?,?)",
                         (k, seq, mode, a, b, names.get(a, ""), names.get(b, "")))  # fmt: skip


_BOOKINGS_SQL = """
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < :count),
base AS (
    SELECT i, date(:today, '-' || ((:count - 1 - i) * :days / :count) || ' days') AS day,
        (i * 7919) % :parties + 1 AS cust, (i * 104729) % :parties + 1 AS ship,
        (i * 1299709) % :parties + 1 AS cons, i % :routes AS k,
        20000 + (i * 2654435761) % 880000 AS cents
    FROM n)
INSERT INTO bookings (booking_no, revision, status, created_at, updated_at, booking_date,
    clerk, quote_date, ship_date, currency, price_rule, markup_percent, total, transit_days,
    customer_id, shipper_id, consignee_id, incoterm, notes, cargo_json, route, modes,
    cargo_summary, search_text, cost_total, min_margin_percent, priced, customer_name,
    shipper_name, consignee_name, valid_until)
SELECT printf('BK-%s-%07d', substr(day, 1, 4), i + 1), 1,
    CASE i % 6 WHEN 0 THEN 'draft' WHEN 5 THEN 'cancelled'
        WHEN 1 THEN CASE WHEN date(day, '+14 days') < :today THEN 'expired' ELSE 'quoted' END
        ELSE 'confirmed' END,
    day || 'T' || time(28800 + (i % 1000) * 30, 'unixepoch'),
    day || 'T' || time(28800 + (i % 1000) * 30, 'unixepoch'),
    day, 'bench', day, date(day, '+3 days'), 'USD', 'markup', '7.5',
    printf('%d.%02d', cents / 100, cents % 100), 7, cust, ship, cons, 'FOB', '',
    '{"containers": [{"type": "40HC", "count": 2}], "description": "parts"}',
    r.route, r.modes, '2×40HC',
    lower(printf('BK-%s-%07d', substr(day, 1, 4), i + 1)) || char(10) || pc.folded || char(10)
        || ps.folded || char(10) || po.folded || char(10) || r.places_folded,
    printf('%d.%02d', cents * 93 / 10000, (cents * 93 / 100) % 100), '5', 1,
    pc.name, ps.name, po.name, date(day, '+14 days')
FROM base JOIN bench_routes r ON r.k = base.k
    JOIN bench_parties pc ON pc.id = cust JOIN bench_parties ps ON ps.id = ship
    JOIN bench_parties po ON po.id = cons
ORDER BY i
"""

_LEGS_SQL = """
INSERT INTO booking_legs (booking_id, seq, mode, origin, destination, carrier, service, etd,
    eta, chargeable, subtotal, cost_subtotal, price_rule, price_percent, origin_name,
    destination_name)
SELECT b.id, l.seq, l.mode, l.origin, l.destination, 'Example Carrier ' || (b.id % 7),
    'Direct', date(b.ship_date, '+' || ((l.seq - 1) * 2) || ' days'),
    date(b.ship_date, '+' || (l.seq * 2) || ' days'), NULL, '100.00', '93.00', 'markup', '7.5',
    l.origin_name, l.destination_name
FROM bookings b JOIN bench_routes r ON r.route = b.route JOIN bench_legs l ON l.k = r.k
ORDER BY b.id, l.seq
"""

_LINES_SQL = """
WITH RECURSIVE s(seq) AS (SELECT 1 UNION ALL SELECT seq + 1 FROM s WHERE seq < :lines)
INSERT INTO quote_lines (leg_id, seq, code, description, basis, quantity, unit_price,
    currency, amount, amount_quote, rate_id, surcharge_id, minimum_applied, cost_quote,
    sell_quantity, sell_unit_price, sell_amount, sell_currency)
SELECT g.id, s.seq, CASE s.seq WHEN 1 THEN 'FRT' WHEN 2 THEN 'BAF' ELSE 'THC' END,
    CASE s.seq WHEN 1 THEN 'Freight' WHEN 2 THEN 'Bunker adjustment' ELSE 'Terminal handling'
        END,
    'per_container', '2', '50.00', 'USD', '100.00', '100.00', NULL, NULL, 0, '93.00', '2',
    '53.75', '107.50', 'USD'
FROM booking_legs g, s ORDER BY g.id, s.seq
"""


def _step(label: str, start: float) -> float:
    now = time.perf_counter()
    print(f"  {label}: {now - start:.1f} s", flush=True)
    return now


def _bookings(conn: sqlite3.Connection, sizes: Sizes) -> None:
    names = party_names(sizes.parties)
    conn.executemany("INSERT INTO parties (name, address, created_at) VALUES (?, ?, ?)",
                     [(n, f"{k + 1} Example Road", NOW) for k, n in enumerate(names)])  # fmt: skip
    conn.execute("CREATE TEMP TABLE bench_parties (id INTEGER PRIMARY KEY, name TEXT, folded TEXT)")
    conn.executemany("INSERT INTO bench_parties SELECT id, name, ? FROM parties WHERE id = ?",
                     [(fold(n), k + 1) for k, n in enumerate(names)])  # fmt: skip
    _routes_table(conn)
    conn.execute("ALTER TABLE bench_routes ADD COLUMN places_folded TEXT")
    for k, places in list(conn.execute("SELECT k, places FROM bench_routes")):
        conn.execute("UPDATE bench_routes SET places_folded = ? WHERE k = ?", (fold(places), k))
    params = {"count": sizes.bookings, "today": TODAY.isoformat(), "days": DAYS,
              "parties": sizes.parties, "routes": len(ROUTES)}  # fmt: skip
    start = time.perf_counter()
    conn.execute(_BOOKINGS_SQL, params)
    start = _step("bookings", start)
    # a second revision of every REVISED-th booking (the first one no longer listed)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(bookings)") if r[1] != "id"]
    chosen = ", ".join("2" if c == "revision" else c for c in columns)
    conn.execute(f"INSERT INTO bookings ({', '.join(columns)}) SELECT {chosen} FROM bookings"
                 f" WHERE id % {REVISED} = 0 ORDER BY id")  # fmt: skip
    conn.execute(_LEGS_SQL)
    start = _step("legs", start)
    conn.execute(_LINES_SQL, {"lines": LINES_PER_LEG})
    start = _step("lines", start)
    counter = [(int(y), int(n)) for y, n in conn.execute(
        "SELECT substr(booking_no, 4, 4), max(CAST(substr(booking_no, 9) AS INTEGER))"
        " FROM bookings GROUP BY 1")]  # fmt: skip
    conn.executemany("INSERT INTO booking_counters (year, last) VALUES (?, ?)", counter)


def build(path: Path, sizes: Sizes, sheets: Path) -> None:
    """Build the database at ``path`` (replaced), the rate sheets in ``sheets``."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    sheets.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    folder = rate_sheets(sheets.parent, sizes.rates)
    start = _step("rate sheets", start)
    UnitOfWork.open(path).close()  # the program's own schema and migrations
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=OFF")  # a failed build is thrown away anyway
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-200000")
    conn.execute("BEGIN")
    _copy_sheet(conn, "locations", ("code", "name", "country", "kind", "lat", "lon"),
                demo_dir() / "locations.csv")  # fmt: skip
    _copy_sheet(conn, "rates", RATE_HEADER, folder / "rates.csv")
    _copy_sheet(conn, "surcharges", SURCHARGE_HEADER, folder / "surcharges.csv")
    _copy_sheet(conn, "fx_rates", FX_HEADER, folder / "fx.csv")
    start = _step("rates", start)
    _bookings(conn, sizes)
    conn.execute("COMMIT")
    start = _step("commit", start)
    conn.execute("ANALYZE")
    start = _step("analyze", start)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()


def big_database(cache: Path, sizes: Sizes, log: bool = True) -> Path:
    """The cached large database for ``sizes`` (built first when missing or stale)."""
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / cache_key(sizes)
    if path.exists():
        return path
    for old in cache.glob(f"big-r{sizes.rates}-b{sizes.bookings}-*.sqlite3*"):
        old.unlink()
    start = time.perf_counter()
    tmp = path.with_suffix(".building")
    build(tmp, sizes, cache / f"sheets-{sizes.rates}")
    for suffix in ("-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    shutil.move(tmp, path)
    if log:
        print(f"built {path.name} in {time.perf_counter() - start:.1f} s "
              f"({path.stat().st_size / 1e6:,.0f} MB)")  # fmt: skip
    return path


def rate_sheets(cache: Path, rows: int, requests: int = 1000) -> Path:
    """The folder with rates.csv, surcharges.csv, fx.csv (``rows`` rate rows) and
    requests.json (``requests`` quote requests on those lanes), made once and kept."""
    folder = cache / f"sheets-{rows}"
    marker = folder / f"seed-{SEED}-v{VERSION}-q{requests}"
    if not marker.exists():
        folder.mkdir(parents=True, exist_ok=True)
        files, rng = generate(folder, rows, SEED)
        chosen = make_requests(files.corridor, requests, rng)
        (folder / "requests.json").write_text(json.dumps(chosen), "utf-8")
        marker.touch()
    return folder


def day_offset(day: date) -> int:
    """Days before the benchmark's today."""
    return (TODAY - day).days


def today_minus(days: int) -> date:
    """The benchmark's today minus ``days``."""
    return TODAY - timedelta(days=days)
