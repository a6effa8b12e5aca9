"""The per-user settings file of the desk (window geometry, state), apart from the database."""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANIZATION = "BookingDesk"
APPLICATION = "booking-desk"


def desk_settings() -> QSettings:
    """Per-user window settings (geometry, state), apart from the office's database."""
    return QSettings(ORGANIZATION, APPLICATION)
