"""Domain errors. Each says what is wrong in a clerk's words."""

from __future__ import annotations

from decimal import Decimal


class BookingDeskError(Exception):
    """Base of every error a user can cause and fix (bad input, no rate, ...)."""


class ValidationError(BookingDeskError):
    """A value given by the user is not acceptable."""


class PricingError(BookingDeskError):
    """A request cannot be priced (no valid rate, missing equipment, no FX row)."""


class NoRateError(PricingError):
    """No carrier has a rate that fits the leg."""


class FxMissingError(PricingError):
    """A currency has no exchange rate valid on the quote date."""


class MarginApprovalError(ValidationError):
    """A confirmation below the margin floor without an approval (selling.md §3)."""

    def __init__(self, margin_percent: Decimal, floor: Decimal, customer: str) -> None:
        self.margin_percent = margin_percent
        self.floor = floor
        self.customer = customer
        super().__init__(
            f"margin {_percent(margin_percent)} % is below the floor of {_percent(floor)} % for "
            f"{customer or 'this customer'}: needs approval"
        )


def _percent(value: Decimal) -> str:
    """A percentage with at least two decimals (``5`` → ``5.00``, ``5.125`` as it is)."""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:
        value = value.quantize(Decimal("0.01"))
    return f"{value:f}"


class NotFoundError(BookingDeskError):
    """A booking, party or other record that was asked for does not exist."""


class RowError(ValidationError):
    """One bad row of an imported file: where it is and what is wrong."""

    def __init__(self, source: str, line: int, column: str | None, message: str) -> None:
        self.source = source
        self.line = line
        self.column = column
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
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
        super().__init__(first + more)


class PermissionDeniedError(BookingDeskError):
    """The office server refused an action to the clerk's role (office.md §3).

    ``action`` says what was tried (``importing rates``), ``role`` the desk role that
    may do it (``pricing``), ``table`` what the server refused.
    """

    def __init__(self, action: str, role: str, table: str = "") -> None:
        self.action = action
        self.role = role
        self.table = table
        super().__init__(f"permission denied: {action} needs the {role} role")


class ServerUnavailableError(BookingDeskError):
    """The office server cannot be reached (office.md §5): ``target`` and the reason."""

    def __init__(self, target: str, reason: str) -> None:
        self.target = target
        self.reason = reason
        super().__init__(f"cannot reach the office server {target}: {reason}")
