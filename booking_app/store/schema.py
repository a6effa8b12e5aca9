"""The schema as an ordered list of migrations (recorded as sqlite-utils ``Migrations`` do).

Money, rates and measures are TEXT decimal strings: sqlite-utils would turn a Decimal
into a float. Add a migration for every change; never edit an applied one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from booking_app.core.text import fold
from booking_app.store.sqlite_db import MigrationSet

if TYPE_CHECKING:
    from sqlite_utils import Database

#: Applied through sqlite-utils, which is imported only when one is pending.
MIGRATIONS = MigrationSet("booking_desk")


@MIGRATIONS()
def m001_initial(db: Database) -> None:
    """Locations, rates, surcharges, FX, parties, bookings, frozen lines, settings, audit."""
    db.executescript(
        """
        CREATE TABLE locations (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            country TEXT NOT NULL,
            kind TEXT NOT NULL,
            lat TEXT,
            lon TEXT
        );
        CREATE TABLE rates (
            id INTEGER PRIMARY KEY,
            mode TEXT NOT NULL,
            origin TEXT NOT NULL,
            destination TEXT NOT NULL,
            carrier TEXT NOT NULL,
            service TEXT NOT NULL DEFAULT '',
            equipment TEXT NOT NULL DEFAULT '',
            basis TEXT NOT NULL,
            currency TEXT NOT NULL,
            rate TEXT NOT NULL,
            min_charge TEXT,
            breaks TEXT NOT NULL DEFAULT '',
            kg_per_cbm TEXT,
            valid_from TEXT NOT NULL,
            valid_to TEXT NOT NULL,
            transit_days INTEGER NOT NULL
        );
        CREATE INDEX rates_lane ON rates (mode, origin, destination, valid_from);
        CREATE TABLE surcharges (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            mode TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL DEFAULT '',
            destination TEXT NOT NULL DEFAULT '',
            carrier TEXT NOT NULL DEFAULT '',
            equipment TEXT NOT NULL DEFAULT '',
            basis TEXT NOT NULL,
            currency TEXT NOT NULL DEFAULT '',
            amount TEXT NOT NULL,
            min_charge TEXT,
            valid_from TEXT NOT NULL,
            valid_to TEXT NOT NULL
        );
        CREATE INDEX surcharges_lane ON surcharges (mode, origin, destination);
        CREATE TABLE fx_rates (
            currency TEXT NOT NULL,
            units_per_usd TEXT NOT NULL,
            valid_from TEXT NOT NULL,
            PRIMARY KEY (currency, valid_from)
        );
        CREATE TABLE parties (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            address TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            tax_id TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE TABLE booking_counters (
            year INTEGER PRIMARY KEY,
            last INTEGER NOT NULL
        );
        CREATE TABLE bookings (
            id INTEGER PRIMARY KEY,
            booking_no TEXT NOT NULL,
            revision INTEGER NOT NULL DEFAULT 1,
            status TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            booking_date TEXT NOT NULL,
            clerk TEXT NOT NULL DEFAULT '',
            quote_date TEXT NOT NULL,
            ship_date TEXT NOT NULL,
            currency TEXT NOT NULL,
            price_rule TEXT NOT NULL,
            markup_percent TEXT NOT NULL,
            total TEXT NOT NULL,
            transit_days INTEGER NOT NULL,
            customer_id INTEGER REFERENCES parties(id),
            shipper_id INTEGER REFERENCES parties(id),
            consignee_id INTEGER REFERENCES parties(id),
            incoterm TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            cargo_json TEXT NOT NULL,
            route TEXT NOT NULL DEFAULT '',
            modes TEXT NOT NULL DEFAULT '',
            cargo_summary TEXT NOT NULL DEFAULT '',
            search_text TEXT NOT NULL DEFAULT '',
            UNIQUE (booking_no, revision)
        );
        CREATE INDEX bookings_date ON bookings (booking_date, created_at);
        CREATE INDEX bookings_created ON bookings (created_at);
        CREATE TABLE booking_fx (
            booking_id INTEGER NOT NULL REFERENCES bookings(id) ON DELETE CASCADE,
            currency TEXT NOT NULL,
            units_per_usd TEXT NOT NULL,
            PRIMARY KEY (booking_id, currency)
        );
        CREATE TABLE booking_legs (
            id INTEGER PRIMARY KEY,
            booking_id INTEGER NOT NULL REFERENCES bookings(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            mode TEXT NOT NULL,
            origin TEXT NOT NULL,
            destination TEXT NOT NULL,
            requested_carrier TEXT,
            carrier TEXT NOT NULL,
            service TEXT NOT NULL DEFAULT '',
            etd TEXT NOT NULL,
            eta TEXT NOT NULL,
            chargeable TEXT,
            subtotal TEXT NOT NULL,
            UNIQUE (booking_id, seq)
        );
        CREATE TABLE quote_lines (
            id INTEGER PRIMARY KEY,
            leg_id INTEGER NOT NULL REFERENCES booking_legs(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            code TEXT NOT NULL,
            description TEXT NOT NULL,
            basis TEXT NOT NULL,
            quantity TEXT NOT NULL,
            unit_price TEXT NOT NULL,
            currency TEXT NOT NULL,
            amount TEXT NOT NULL,
            amount_quote TEXT NOT NULL,
            rate_id INTEGER,
            surcharge_id INTEGER,
            minimum_applied INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX quote_lines_leg ON quote_lines (leg_id);
        CREATE INDEX booking_legs_booking ON booking_legs (booking_id);
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            clerk TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL,
            entity TEXT NOT NULL DEFAULT '',
            entity_key TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT ''
        );
        """
    )


@MIGRATIONS()
def m002_caps(db: Database) -> None:
    """An optional cap (``max_charge``) on rate and surcharge rows (rating-rules §2–§3)."""
    db.executescript(
        """
        ALTER TABLE rates ADD COLUMN max_charge TEXT;
        ALTER TABLE surcharges ADD COLUMN max_charge TEXT;
        """
    )


@MIGRATIONS()
def m003_selling(db: Database) -> None:
    """Both sides of every line (selling.md §1), price rules per leg, margin floor and
    approval, frozen party cards and place names (§6), the legs' spot rates and extra
    charges, pricing profiles (§2). Older bookings get their cost side as their price."""
    db.executescript(
        """
        ALTER TABLE bookings ADD COLUMN cost_total TEXT NOT NULL DEFAULT '0';
        ALTER TABLE bookings ADD COLUMN min_margin_percent TEXT NOT NULL DEFAULT '0';
        ALTER TABLE bookings ADD COLUMN priced INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE bookings ADD COLUMN approval_by TEXT NOT NULL DEFAULT '';
        ALTER TABLE bookings ADD COLUMN approval_reason TEXT NOT NULL DEFAULT '';
        ALTER TABLE bookings ADD COLUMN customer_name TEXT NOT NULL DEFAULT '';
        ALTER TABLE bookings ADD COLUMN customer_address TEXT NOT NULL DEFAULT '';
        ALTER TABLE bookings ADD COLUMN shipper_name TEXT NOT NULL DEFAULT '';
        ALTER TABLE bookings ADD COLUMN shipper_address TEXT NOT NULL DEFAULT '';
        ALTER TABLE bookings ADD COLUMN consignee_name TEXT NOT NULL DEFAULT '';
        ALTER TABLE bookings ADD COLUMN consignee_address TEXT NOT NULL DEFAULT '';
        UPDATE bookings SET cost_total = total,
            customer_name = coalesce((SELECT name FROM parties WHERE id = customer_id), ''),
            customer_address = coalesce((SELECT address FROM parties WHERE id = customer_id), ''),
            shipper_name = coalesce((SELECT name FROM parties WHERE id = shipper_id), ''),
            shipper_address = coalesce((SELECT address FROM parties WHERE id = shipper_id), ''),
            consignee_name = coalesce((SELECT name FROM parties WHERE id = consignee_id), ''),
            consignee_address = coalesce((SELECT address FROM parties WHERE id = consignee_id), '');
        ALTER TABLE booking_legs ADD COLUMN cost_subtotal TEXT NOT NULL DEFAULT '0';
        ALTER TABLE booking_legs ADD COLUMN price_rule TEXT NOT NULL DEFAULT 'markup';
        ALTER TABLE booking_legs ADD COLUMN price_percent TEXT NOT NULL DEFAULT '0';
        ALTER TABLE booking_legs ADD COLUMN origin_name TEXT NOT NULL DEFAULT '';
        ALTER TABLE booking_legs ADD COLUMN destination_name TEXT NOT NULL DEFAULT '';
        ALTER TABLE booking_legs ADD COLUMN extra_charges_json TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE booking_legs ADD COLUMN spot_json TEXT NOT NULL DEFAULT '[]';
        UPDATE booking_legs SET cost_subtotal = subtotal,
            price_rule = (SELECT b.price_rule FROM bookings b WHERE b.id = booking_id),
            price_percent = (SELECT b.markup_percent FROM bookings b WHERE b.id = booking_id),
            origin_name = coalesce((SELECT name FROM locations WHERE code = origin), ''),
            destination_name = coalesce((SELECT name FROM locations WHERE code = destination), '');
        ALTER TABLE quote_lines ADD COLUMN cost_quote TEXT;
        ALTER TABLE quote_lines ADD COLUMN sell_quantity TEXT;
        ALTER TABLE quote_lines ADD COLUMN sell_unit_price TEXT;
        ALTER TABLE quote_lines ADD COLUMN sell_amount TEXT;
        ALTER TABLE quote_lines ADD COLUMN maximum_applied INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE quote_lines ADD COLUMN manual INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE quote_lines ADD COLUMN spot INTEGER NOT NULL DEFAULT 0;
        UPDATE quote_lines SET cost_quote = amount_quote, sell_quantity = quantity,
            sell_unit_price = unit_price, sell_amount = amount;
        CREATE TABLE pricing_profiles (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES parties(id),
            mode TEXT NOT NULL DEFAULT '',
            rule TEXT NOT NULL,
            percent TEXT NOT NULL,
            min_margin_percent TEXT,
            UNIQUE (customer_id, mode)
        );
        """
    )


@MIGRATIONS()
def m004_lifecycle(db: Database) -> None:
    """How long a quote holds and why a booking was lost or cancelled
    (quotes-and-tariffs.md §1)."""
    db.executescript(
        """
        ALTER TABLE bookings ADD COLUMN valid_until TEXT;
        ALTER TABLE bookings ADD COLUMN status_reason TEXT NOT NULL DEFAULT '';
        CREATE INDEX bookings_open ON bookings (status, valid_until);
        ALTER TABLE booking_legs ADD COLUMN rates_valid_to TEXT;
        """
    )


@MIGRATIONS()
def m005_sell_tariffs(db: Database) -> None:
    """Customers' contract sell tariffs (quotes-and-tariffs.md §2), and the lines they price."""
    db.executescript(
        """
        CREATE TABLE sell_tariffs (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES parties(id),
            mode TEXT NOT NULL,
            origin TEXT NOT NULL,
            destination TEXT NOT NULL,
            equipment TEXT NOT NULL DEFAULT '',
            basis TEXT NOT NULL,
            currency TEXT NOT NULL,
            rate TEXT NOT NULL,
            min_charge TEXT,
            max_charge TEXT,
            breaks TEXT NOT NULL DEFAULT '',
            kg_per_cbm TEXT,
            valid_from TEXT NOT NULL,
            valid_to TEXT NOT NULL,
            surcharges TEXT NOT NULL DEFAULT 'extra'
        );
        CREATE INDEX sell_tariffs_customer ON sell_tariffs (customer_id, mode, origin, destination);
        ALTER TABLE quote_lines ADD COLUMN tariff INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE quote_lines ADD COLUMN included INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE quote_lines ADD COLUMN sell_currency TEXT NOT NULL DEFAULT '';
        """
    )


@MIGRATIONS()
def m006_schedules(db: Database) -> None:
    """Schedules (schedules-routes-emissions.md §1); per booked leg its ready date,
    cut-off and whether a schedule set its ETD, and its emissions estimate (§3).
    Older legs departed on their ready date."""
    db.executescript(
        """
        CREATE TABLE schedules (
            id INTEGER PRIMARY KEY,
            mode TEXT NOT NULL,
            origin TEXT NOT NULL,
            destination TEXT NOT NULL,
            carrier TEXT NOT NULL,
            service TEXT NOT NULL DEFAULT '',
            departures TEXT NOT NULL,
            cutoff_days INTEGER NOT NULL DEFAULT 0,
            transit_days INTEGER,
            valid_from TEXT NOT NULL,
            valid_to TEXT NOT NULL
        );
        CREATE INDEX schedules_lane ON schedules (mode, origin, destination, carrier);
        ALTER TABLE booking_legs ADD COLUMN ready TEXT;
        ALTER TABLE booking_legs ADD COLUMN cutoff TEXT;
        ALTER TABLE booking_legs ADD COLUMN scheduled INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE booking_legs ADD COLUMN distance_km TEXT;
        ALTER TABLE booking_legs ADD COLUMN co2e_kg TEXT;
        UPDATE booking_legs SET ready = etd;
        """
    )


@MIGRATIONS()
def m007_listing_speed(db: Database) -> None:
    """The bookings list at a million rows: a ``latest`` flag (kept by a trigger) instead
    of a max-revision subquery per row, partial indexes in the list's order (and a narrow
    one to count the list), the search text folded (case and Latin diacritics,
    :func:`booking_app.core.text.fold`) and an FTS5 trigram index over it for substring
    search."""
    db.conn.create_function("desk_fold", 1, fold, deterministic=True)
    db.executescript(
        """
        ALTER TABLE bookings ADD COLUMN latest INTEGER NOT NULL DEFAULT 1;
        UPDATE bookings SET latest = 0 WHERE revision <
            (SELECT max(r.revision) FROM bookings r WHERE r.booking_no = bookings.booking_no);
        UPDATE bookings SET search_text = desk_fold(search_text);
        CREATE INDEX bookings_listing ON bookings (booking_date, created_at) WHERE latest = 1;
        CREATE INDEX bookings_listing_status ON bookings (status, booking_date)
            WHERE latest = 1;
        CREATE INDEX bookings_latest ON bookings (latest) WHERE latest = 1;
        CREATE TRIGGER bookings_supersede AFTER INSERT ON bookings WHEN NEW.revision > 1
        BEGIN
            UPDATE bookings SET latest = 0
            WHERE booking_no = NEW.booking_no AND revision < NEW.revision AND latest = 1;
        END;
        CREATE VIRTUAL TABLE bookings_search USING fts5(
            search_text, content='bookings', content_rowid='id', tokenize='trigram',
            detail='none');
        CREATE TRIGGER bookings_search_insert AFTER INSERT ON bookings BEGIN
            INSERT INTO bookings_search (rowid, search_text) VALUES (NEW.id, NEW.search_text);
        END;
        CREATE TRIGGER bookings_search_delete AFTER DELETE ON bookings BEGIN
            INSERT INTO bookings_search (bookings_search, rowid, search_text)
            VALUES ('delete', OLD.id, OLD.search_text);
        END;
        CREATE TRIGGER bookings_search_update AFTER UPDATE OF search_text ON bookings BEGIN
            INSERT INTO bookings_search (bookings_search, rowid, search_text)
            VALUES ('delete', OLD.id, OLD.search_text);
            INSERT INTO bookings_search (rowid, search_text) VALUES (NEW.id, NEW.search_text);
        END;
        INSERT INTO bookings_search (bookings_search) VALUES ('rebuild');
        """
    )


@MIGRATIONS()
def m008_audit_values(db: Database) -> None:
    """The audit log keeps each change's old and new values as JSON (data-safety §7)."""
    db.executescript(
        """
        ALTER TABLE audit_log ADD COLUMN old_value TEXT;
        ALTER TABLE audit_log ADD COLUMN new_value TEXT;
        CREATE INDEX audit_log_entity ON audit_log (entity, entity_key, id);
        """
    )
