"""A booking's history: every audit entry about it, with old and new values."""

from __future__ import annotations

from typing import Any

from booking_app.services.quoting import get_booking
from booking_app.store.uow import UnitOfWork


def booking_history(uow: UnitOfWork, booking_no: str) -> list[dict[str, Any]]:
    """The audit entries of one booking, oldest first, as ``booking-app history`` prints.

    Each entry: ``at``, ``clerk``, ``action``, ``detail``, ``old`` and ``new`` (the
    values as JSON objects, or None).

    Raises:
        NotFoundError: no booking has this number.
    """
    number = get_booking(uow, booking_no).booking_no
    return [
        {
            "at": row["at"],
            "clerk": row["clerk"],
            "action": row["action"],
            "booking_no": number,
            "detail": row["detail"],
            "old": row["old_value"],
            "new": row["new_value"],
        }
        for row in uow.audit.entries_for("booking", number)
    ]
