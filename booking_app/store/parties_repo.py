"""Parties (customers, shippers, consignees), settings and the audit log."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from booking_app.core.clock import Clock
from booking_app.store.backend import StoreDb, dialect_of

PARTY_FIELDS = ("name", "address", "contact", "phone", "email", "tax_id")


class PartyRepository:
    """Parties by name (names in any script)."""

    def __init__(self, db: StoreDb, clock: Clock) -> None:
        self.db = db
        self.clock = clock
        self._names: dict[int, str] = {}

    def id_for(self, name: str) -> int | None:
        """The id of the party called ``name``, created if new; None for a blank name."""
        name = name.strip()
        if not name:
            return None
        row = self.db.conn.execute("SELECT id FROM parties WHERE name = ?", (name,)).fetchone()
        if row is not None:
            return int(row[0])
        stamp = self.clock.now().isoformat(timespec="seconds")
        # Another desk may be adding the same name right now: wait for it, then use its row.
        self.db.conn.execute(
            "INSERT INTO parties (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
            (name, stamp),
        )
        row = self.db.conn.execute("SELECT id FROM parties WHERE name = ?", (name,)).fetchone()
        return int(row[0])

    def name_of(self, party_id: int | None) -> str:
        """The name of a party id ('' for None)."""
        if party_id is None:
            return ""
        if party_id not in self._names:
            row = self.db.conn.execute(
                "SELECT name FROM parties WHERE id = ?", (party_id,)
            ).fetchone()
            self._names[party_id] = row[0] if row else ""
        return self._names[party_id]

    def get_by_name(self, name: str) -> dict[str, Any] | None:
        """The party whose name is exactly ``name`` (all its columns), or None."""
        rows = list(self.db.query("SELECT * FROM parties WHERE name = ?", [name]))
        return rows[0] if rows else None

    def save(self, fields: dict[str, str], party_id: int | None = None) -> int:
        """Insert or update a party's details; returns its id."""
        data = {k: fields.get(k, "").strip() for k in PARTY_FIELDS}
        if party_id is None:
            data["created_at"] = self.clock.now().isoformat(timespec="seconds")
            cols = ", ".join(data)
            marks = ", ".join("?" * len(data))
            cur = self.db.conn.execute(
                f"INSERT INTO parties ({cols}) VALUES ({marks})", tuple(data.values())
            )
            return int(cur.lastrowid or 0)
        sets = ", ".join(f"{k} = ?" for k in data)
        self.db.conn.execute(f"UPDATE parties SET {sets} WHERE id = ?", (*data.values(), party_id))
        self._names.pop(party_id, None)
        return party_id

    def upsert_many(self, rows: Iterable[dict[str, str]]) -> int:
        """Add or update parties by exact name in the caller's transaction.

        Each row holds ``name`` and the fields to write; a known name gets only those
        fields changed, a new one is created with the others blank. Returns the rows written.
        """
        count = 0
        stamp = self.clock.now().isoformat(timespec="seconds")
        for row in rows:
            data = {k: row[k].strip() for k in PARTY_FIELDS if k in row}
            name = data.pop("name")
            sql = "SELECT id FROM parties WHERE name = ?"
            found = self.db.conn.execute(sql, (name,)).fetchone()
            if found is None:
                full = {k: data.get(k, "") for k in PARTY_FIELDS[1:]}
                self.db.conn.execute(
                    "INSERT INTO parties (name, address, contact, phone, email, tax_id,"
                    " created_at) VALUES (?,?,?,?,?,?,?)",
                    (name, *full.values(), stamp),
                )
            elif data:
                sets = ", ".join(f"{k} = ?" for k in data)
                self.db.conn.execute(
                    f"UPDATE parties SET {sets} WHERE id = ?", (*data.values(), found[0])
                )
            count += 1
        return count

    def search(self, text: str = "", limit: int = 200) -> list[dict[str, Any]]:
        """Parties whose name, contact or tax id contains ``text``."""
        like = f"%{text.strip()}%"
        return list(
            self.db.query(
                "SELECT * FROM parties WHERE name LIKE ? OR contact LIKE ? OR tax_id LIKE ?"
                " ORDER BY name LIMIT ?",
                [like, like, like, limit],
            )
        )


class SettingsRepository:
    """Key/value settings stored as text."""

    def __init__(self, db: StoreDb) -> None:
        self.db = db

    def get(self, key: str, default: str = "") -> str:
        """A setting's value, or ``default``."""
        row = self.db.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    def all(self) -> dict[str, str]:
        """Every stored setting, read in one query."""
        return {str(k): str(v) for k, v in self.db.conn.execute("SELECT key, value FROM settings")}

    def set(self, key: str, value: str) -> None:
        """Store a setting."""
        self.db.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def personal(self) -> dict[str, str]:
        """The login's own settings on an office server (its ``user_settings`` rows);
        nothing on a desk's own file, where the settings are the one user's."""
        if not dialect_of(self.db).server:
            return {}
        rows = self.db.conn.execute(
            "SELECT key, value FROM user_settings WHERE login = current_user"
        )
        return {str(k): str(v) for k, v in rows}

    def set_personal(self, key: str, value: str) -> None:
        """Store one of the login's own settings (on a desk's file: the setting itself)."""
        if not dialect_of(self.db).server:
            self.set(key, value)
            return
        self.db.conn.execute(
            "INSERT INTO user_settings (login, key, value) VALUES (current_user, ?, ?)"
            " ON CONFLICT (login, key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


class AuditLog:
    """An append-only record of what was done, by whom and when, with old and new values."""

    def __init__(self, db: StoreDb, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def record(
        self,
        action: str,
        entity: str = "",
        key: str = "",
        detail: str = "",
        clerk: str = "",
        old: Any = None,
        new: Any = None,
    ) -> None:
        """Append one entry; ``old`` and ``new`` are stored as JSON (None: no value)."""
        self.db.conn.execute(
            "INSERT INTO audit_log"
            " (at, clerk, action, entity, entity_key, detail, old_value, new_value)"
            " VALUES (?,?,?,?,?,?,?,?)",
            (
                self.clock.now().isoformat(timespec="seconds"),
                clerk,
                action,
                entity,
                key,
                detail,
                _as_json(old),
                _as_json(new),
            ),
        )

    def entries(self, limit: int = 100) -> list[dict[str, Any]]:
        """The latest entries, newest first."""
        return list(self.db.query("SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", [limit]))

    def entries_for(self, entity: str, key: str) -> list[dict[str, Any]]:
        """Every entry about one thing (``booking``, ``BK-…``), oldest first, values decoded."""
        rows = self.db.query(
            "SELECT * FROM audit_log WHERE entity = ? AND entity_key = ? ORDER BY id",
            [entity, key],
        )
        return [
            row
            | {
                "old_value": _from_json(row.get("old_value")),
                "new_value": _from_json(row.get("new_value")),
            }
            for row in rows
        ]


def _as_json(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _from_json(text: Any) -> Any:
    return None if text is None else json.loads(str(text))
