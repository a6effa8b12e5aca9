"""Domain errors as data: a code, its parameters and the leg or field it concerns.

``str(error)`` is the English sentence the CLI prints (the specs fix many of them);
the GUI renders ``code`` and ``params`` in the clerk's language instead and never reads
the English text back. ``leg`` (from 1) and ``field`` (a request key such as ``origin``
or ``incoterm``) say where the problem is, so a screen can mark and focus it.
"""

import copy
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, NamedTuple, Self


class Problem(NamedTuple):
    """An error as plain data (what a screen keeps to show, and re-render in a new language).

    Attributes:
        code: what is wrong, e.g. ``unknown_location`` (stable; never shown).
        params: the values the sentence names (codes, dates, lists).
        leg: the leg concerned, from 1, or None.
        field: the field concerned (``origin``, ``incoterm``, ``cargo.description``) or None.
        text: the English sentence, as ``str()`` of the error gives it.
    """

    code: str
    params: Mapping[str, Any] = MappingProxyType({})
    leg: int | None = None
    field: str | None = None
    text: str = ""

    def __str__(self) -> str:
        return self.text


class BookingDeskError(Exception):
    """Base of every error a user can cause and fix (bad input, no rate, ...).

    Subclasses set a class-level ``code``; a raise site gives its own when it knows more.
    """

    code = "error"

    def __init__(
        self,
        message: str = "",
        *,
        code: str | None = None,
        params: Mapping[str, Any] | None = None,
        leg: int | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code or type(self).code
        self.params: dict[str, Any] = dict(params or {})
        self.leg = leg
        self.field = field
        self.prefix = ""

    def __str__(self) -> str:
        return self.prefix + super().__str__()

    @property
    def own_text(self) -> str:
        """The English text without the prefixes added on the way up (the leg's name)."""
        return super().__str__()

    def with_prefix(self, prefix: str, **params: Any) -> Self:
        """A copy whose English text starts with ``prefix`` (``request 2: ``), same data;
        ``params`` are added (e.g. the leg's mode and lane)."""
        new = copy.copy(self)
        new.params = {**self.params, **params}
        new.prefix = prefix + self.prefix
        return new

    def at_leg(self, leg: int, field: str | None = None, **params: Any) -> Self:
        """A copy that concerns leg ``leg`` (and ``field``, unless it names one already);
        the English text unchanged."""
        new = copy.copy(self)
        new.params = {**self.params, **params}
        new.leg = leg
        new.field = self.field or field
        return new

    @property
    def problem(self) -> Problem:
        """The error as plain data."""
        return Problem(self.code, dict(self.params), self.leg, self.field, str(self))


#: The name the design uses for the base of errors that are data.
DomainError = BookingDeskError


class ValidationError(BookingDeskError):
    """A value given by the user is not acceptable."""

    code = "invalid"


class PricingError(BookingDeskError):
    """A request cannot be priced (no valid rate, missing equipment, no FX row)."""

    code = "cannot_price"


class NoRateError(PricingError):
    """No carrier has a rate that fits the leg."""

    code = "no_rate"


class FxMissingError(PricingError):
    """A currency has no exchange rate valid on the quote date."""

    code = "fx_missing"


class MarginApprovalError(ValidationError):
    """A confirmation below the margin floor without an approval (selling.md §3)."""

    def __init__(self, margin_percent: Decimal, floor: Decimal, customer: str) -> None:
        self.margin_percent = margin_percent
        self.floor = floor
        self.customer = customer
        super().__init__(
            f"margin {_percent(margin_percent)} % is below the floor of {_percent(floor)} % for "
            f"{customer or 'this customer'}: needs approval",
            code="margin_below_floor",
            params={"margin": margin_percent, "floor": floor, "customer": customer},
            field="approval",
        )


def _percent(value: Decimal) -> str:
    """A percentage with at least two decimals (``5`` → ``5.00``, ``5.125`` as it is)."""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:
        value = value.quantize(Decimal("0.01"))
    return f"{value:f}"


class NotFoundError(BookingDeskError):
    """A booking, party or other record that was asked for does not exist."""

    code = "not_found"


class RowError(ValidationError):
    """One bad row of an imported file: where it is and what is wrong."""

    def __init__(
        self,
        source: str,
        line: int,
        column: str | None,
        message: str,
        *,
        code: str | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> None:
        """``code``/``params`` say what is wrong as data (a cell's own code, e.g.
        ``cell_missing``); without them the row is ``bad_row`` and shows ``message``."""
        self.source = source
        self.line = line
        self.column = column
        self.message = message
        super().__init__(
            self._text(),
            code=code or "bad_row",
            params={
                "message": message, **(params or {}),
                "source": source, "line": line, "column": column,
            },
            field=column,
        )

    @classmethod
    def of_cell(cls, source: str, line: int, cell: BookingDeskError) -> "RowError":
        """The row error of a bad cell (a CellError: ``column``, ``message``, its code)."""
        column = getattr(cell, "column", None)
        message = getattr(cell, "message", cell.own_text)
        return cls(source, line, column, message, code=cell.code, params=cell.params)

    def _text(self) -> str:
        where = f"{self.source} line {self.line}" if self.line > 0 else self.source
        if self.column:
            return f"{where}: {self.column} {self.message}"
        return f"{where}: {self.message}"


class ImportFileError(ValidationError):
    """An import failed; holds every bad row found (nothing was imported)."""

    def __init__(self, errors: list[RowError]) -> None:
        self.errors = errors
        first = str(errors[0]) if errors else "import failed"
        more = f" (and {len(errors) - 1} more bad rows)" if len(errors) > 1 else ""
        super().__init__(first + more, code="bad_import", params={"count": len(errors)})


class PermissionDeniedError(BookingDeskError):
    """The office server refused an action to the clerk's role (office.md §3).

    ``action`` says what was tried (``importing rates``), ``role`` the desk role that
    may do it (``pricing``), ``table`` what the server refused.
    """

    def __init__(self, action: str, role: str, table: str = "", verb: str = "") -> None:
        """``verb`` (``importing``, ``changing``, ``reading``) says the action as data."""
        self.action = action
        self.role = role
        self.table = table
        super().__init__(
            f"permission denied: {action} needs the {role} role",
            code="permission_denied",
            params={"action": action, "role": role, "table": table, "verb": verb},
        )


class ServerUnavailableError(BookingDeskError):
    """The office server cannot be reached (office.md §5): ``target`` and the reason."""

    def __init__(self, target: str, reason: str) -> None:
        self.target = target
        self.reason = reason
        super().__init__(
            f"cannot reach the office server {target}: {reason}",
            code="server_unavailable",
            params={"target": target, "reason": reason},
        )
