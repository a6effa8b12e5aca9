"""Cargo measures: pieces, totals, containers and trucks; volume, W/M, chargeable kg, TEU."""

from collections.abc import Mapping
from decimal import Decimal, localcontext
from types import MappingProxyType
from typing import NamedTuple

from booking_app.core import limits
from booking_app.core.errors import ValidationError
from booking_app.core.money import WORKING_PRECISION, ceil_to_step

CONTAINER_TYPES = ("20GP", "40GP", "40HC", "45HC", "20RF", "40RF")
DEFAULT_TEU: Mapping[str, Decimal] = MappingProxyType({
    "20GP": Decimal(1),
    "20RF": Decimal(1),
    "40GP": Decimal(2),
    "40HC": Decimal(2),
    "40RF": Decimal(2),
    "45HC": Decimal(2),
})
CM3_PER_CBM = Decimal(1_000_000)
#: IATA volumetric divisor: volumetric kg = volume cm³ / 6000.
AIR_CM3_PER_KG = Decimal(6000)
#: Default kg per cbm for per_kg rates of every mode but air.
DEFAULT_KG_PER_CBM = Decimal(333)
#: Default kg per cbm (F) for W/M: 1 t = 1 cbm.
DEFAULT_WM_KG_PER_CBM = Decimal(1000)
HALF = Decimal("0.5")
ONE = Decimal(1)


class PieceLine(NamedTuple):
    """A line of identical pieces; weight is per piece."""

    count: int  # type: ignore[assignment]  # shadows tuple.count, never called
    length_cm: Decimal
    width_cm: Decimal
    height_cm: Decimal
    weight_kg: Decimal

    @property
    def volume_cm3(self) -> Decimal:
        """Volume of the whole line in cm³."""
        return self.count * self.length_cm * self.width_cm * self.height_cm

    @property
    def gross_kg(self) -> Decimal:
        """Weight of the whole line in kg."""
        return self.count * self.weight_kg


class UnitLine(NamedTuple):
    """A number of containers or trucks of one type."""

    type: str
    count: int  # type: ignore[assignment]  # shadows tuple.count, never called


class Cargo(NamedTuple):
    """What is shipped: pieces or totals, and/or containers and trucks."""

    pieces: tuple[PieceLine, ...] = ()
    containers: tuple[UnitLine, ...] = ()
    trucks: tuple[UnitLine, ...] = ()
    total_weight_kg: Decimal | None = None
    total_volume_cbm: Decimal | None = None
    description: str = ""
    dangerous_goods: bool = False
    teu_per_type: Mapping[str, Decimal] = DEFAULT_TEU

    @property
    def is_unitised(self) -> bool:
        """True when the cargo moves in containers or trucks."""
        return bool(self.containers or self.trucks)

    @property
    def gross_kg(self) -> Decimal:
        """Gross weight in kg: the sum of the pieces, else the given total, else 0."""
        if self.pieces:
            return sum((p.gross_kg for p in self.pieces), Decimal(0))
        return self.total_weight_kg or Decimal(0)

    @property
    def volume_cbm(self) -> Decimal:
        """Volume in cbm: the pieces' cm³ / 1,000,000, else the given total, else 0."""
        if self.pieces:
            cm3 = sum((p.volume_cm3 for p in self.pieces), Decimal(0))
            with localcontext() as ctx:
                ctx.prec = WORKING_PRECISION
                return cm3 / CM3_PER_CBM
        return self.total_volume_cbm or Decimal(0)

    def container_count(self, equipment: str | None = None) -> int:
        """Containers on the cargo, of one type or of all types."""
        return sum(c.count for c in self.containers if equipment in (None, c.type))

    def truck_count(self, equipment: str | None = None) -> int:
        """Trucks on the cargo, of one type or of all types."""
        return sum(t.count for t in self.trucks if equipment in (None, t.type))

    @property
    def teu(self) -> Decimal:
        """Twenty-foot equivalent units of the containers."""
        return sum(
            (self.teu_per_type.get(c.type, Decimal(0)) * c.count for c in self.containers),
            Decimal(0),
        )


def volumetric_kg(volume_cbm: Decimal, mode: str, kg_per_cbm: Decimal | None) -> Decimal:
    """Volumetric weight: cbm × F, with F by mode when the rate gives none."""
    with localcontext() as ctx:
        ctx.prec = WORKING_PRECISION
        if kg_per_cbm is not None:
            return volume_cbm * kg_per_cbm
        if mode == "air":
            return volume_cbm * CM3_PER_CBM / AIR_CM3_PER_KG
        return volume_cbm * DEFAULT_KG_PER_CBM


def chargeable_kg(cargo: Cargo, mode: str, kg_per_cbm: Decimal | None) -> Decimal:
    """Chargeable kg = max(gross kg, volumetric kg), rounded up (air to 0.5 kg, else 1 kg)."""
    raw = max(cargo.gross_kg, volumetric_kg(cargo.volume_cbm, mode, kg_per_cbm))
    return ceil_to_step(raw, HALF if mode == "air" else ONE)


def wm_units(cargo: Cargo, kg_per_cbm: Decimal | None) -> Decimal:
    """W/M units = max(volume cbm, gross kg / F), F default 1000; not rounded."""
    factor = kg_per_cbm if kg_per_cbm is not None else DEFAULT_WM_KG_PER_CBM
    with localcontext() as ctx:
        ctx.prec = WORKING_PRECISION
        return max(cargo.volume_cbm, cargo.gross_kg / factor)


def _count(value: object, what: str, bounded: bool = True) -> int:
    number = limits.parse_number(value, what)
    if number != number.to_integral_value() or number < 0:
        raise ValidationError(
            f"{what} must be a whole number ≥ 0, not {value!r}",
            code="not_whole_number", params={"value": str(value)}, field=what,
        )  # fmt: skip
    return int(limits.bounded(number, what, high=Decimal(limits.MAX_COUNT)) if bounded else number)


def _measure(value: object, what: str, high: Decimal | None) -> Decimal:
    number = limits.parse_number(value, what)
    if number < 0:
        raise ValidationError(
            f"{what} must not be negative ({value!r})",
            code="negative", params={"value": str(value)}, field=what,
        )  # fmt: skip
    return number if high is None else limits.bounded(number, what, high=high)


def _units(raw: object, what: str, bounded: bool) -> tuple[UnitLine, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise ValidationError(
            f"cargo.{what} must be a list", code="bad_cargo", field=f"cargo.{what}"
        )
    if bounded:
        limits.check_cargo_lines(raw, f"cargo.{what}")
    lines: list[UnitLine] = []
    for i, item in enumerate(raw, 1):
        if not isinstance(item, dict) or not str(item.get("type", "")).strip():
            raise ValidationError(
                f"cargo.{what} line {i} needs a type",
                code="cargo_line_needs_type", params={"line": i}, field=f"cargo.{what}",
            )  # fmt: skip
        count = _count(item.get("count", 1), f"cargo.{what} line {i} count", bounded)
        if count:
            lines.append(UnitLine(str(item["type"]).strip().upper(), count))
    return tuple(lines)


def cargo_from_dict(raw: object, bounded: bool = True) -> Cargo:
    """Build a Cargo from the request's ``cargo`` object, validating every field.

    ``bounded``: apply the request limits of limits.py (a saved booking is read back
    with ``bounded=False``: it was accepted once and is frozen as it was).
    """
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ValidationError("cargo must be an object", code="bad_cargo", field="cargo")
    pieces: list[PieceLine] = []
    raw_pieces = raw.get("pieces") or []
    if not isinstance(raw_pieces, list):
        raise ValidationError(
            "cargo.pieces must be a list", code="bad_cargo", field="cargo.pieces"
        )
    cm: Decimal | None = None
    kg: Decimal | None = None
    cbm: Decimal | None = None
    if bounded:
        limits.check_cargo_lines(raw_pieces, "cargo.pieces")
        cm, kg, cbm = limits.MAX_DIMENSION_CM, limits.MAX_WEIGHT_KG, limits.MAX_VOLUME_CBM
    for i, p in enumerate(raw_pieces, 1):
        if not isinstance(p, dict):
            raise ValidationError(
                f"cargo.pieces line {i} must be an object",
                code="bad_cargo", params={"line": i}, field="cargo.pieces",
            )  # fmt: skip
        where = f"cargo.pieces line {i}"
        pieces.append(
            PieceLine(
                count=_count(p.get("count", 1), f"{where} count", bounded),
                length_cm=_measure(p.get("length_cm", 0), f"{where} length_cm", cm),
                width_cm=_measure(p.get("width_cm", 0), f"{where} width_cm", cm),
                height_cm=_measure(p.get("height_cm", 0), f"{where} height_cm", cm),
                weight_kg=_measure(p.get("weight_kg", 0), f"{where} weight_kg", kg),
            )
        )
    weight = raw.get("weight_kg")
    volume = raw.get("volume_cbm")
    return Cargo(
        pieces=tuple(pieces),
        containers=_units(raw.get("containers"), "containers", bounded),
        trucks=_units(raw.get("trucks"), "trucks", bounded),
        total_weight_kg=None if weight is None else _measure(weight, "cargo.weight_kg", kg),
        total_volume_cbm=None if volume is None else _measure(volume, "cargo.volume_cbm", cbm),
        description=str(raw.get("description") or ""),
        dangerous_goods=bool(raw.get("dangerous_goods", False)),
    )


def cargo_to_dict(cargo: Cargo) -> dict[str, object]:
    """The cargo as a JSON-ready object (decimals as strings)."""
    out: dict[str, object] = {}
    if cargo.pieces:
        out["pieces"] = [
            {
                "count": p.count,
                "length_cm": f"{p.length_cm:f}",
                "width_cm": f"{p.width_cm:f}",
                "height_cm": f"{p.height_cm:f}",
                "weight_kg": f"{p.weight_kg:f}",
            }
            for p in cargo.pieces
        ]
    if cargo.containers:
        out["containers"] = [{"type": c.type, "count": c.count} for c in cargo.containers]
    if cargo.trucks:
        out["trucks"] = [{"type": t.type, "count": t.count} for t in cargo.trucks]
    if cargo.total_weight_kg is not None:
        out["weight_kg"] = f"{cargo.total_weight_kg:f}"
    if cargo.total_volume_cbm is not None:
        out["volume_cbm"] = f"{cargo.total_volume_cbm:f}"
    out["description"] = cargo.description
    out["dangerous_goods"] = cargo.dangerous_goods
    return out
