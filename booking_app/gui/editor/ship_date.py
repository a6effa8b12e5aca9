"""A ship date before today: a warning on the live quote, a question before confirming.

The rule (what "before today" means) is :func:`booking_app.core.ship_date.past_ship_date`;
this module only says it in the clerk's language and asks.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from booking_app.core.ship_date import PastShipDate, past_ship_date
from booking_app.gui.common import formatting

_WARNING_STYLE = "background: #fff4ce; color: #5c4400; padding: 4px;"


def warning_text(warning: PastShipDate) -> str:
    """``The ship date 30 Nov 2025 is 365 days before today.`` in the clerk's language."""
    text = QCoreApplication.translate(
        "ShipDate", "The ship date %1 is %n day(s) before today.", "", warning.days
    )
    return text.replace("%1", formatting.day(warning.ship_date))


class ShipDateNotice(QLabel):
    """Shown above the live quote while the ship date is before today; hidden otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ship_date_notice")
        self.setWordWrap(True)
        self.setStyleSheet(_WARNING_STYLE)
        self.warning: PastShipDate | None = None
        self.hide()

    def update_for(self, ship_date: date, today: date) -> PastShipDate | None:
        """Show or hide the warning for ``ship_date`` as of ``today``; the warning, if any."""
        self.warning = past_ship_date(ship_date, today)
        self.retranslate()
        return self.warning

    def retranslate(self) -> None:
        """The warning in the current language."""
        if self.warning is None:
            self.clear()
            self.hide()
        else:
            self.setText(warning_text(self.warning))
            self.show()


def ask_confirm_past(parent: QWidget, warning: PastShipDate) -> bool:
    """Ask whether to confirm a booking shipping before today; No is the default key."""
    question = QCoreApplication.translate(
        "ShipDate", "%1\nConfirm the booking with this ship date anyway?"
    ).replace("%1", warning_text(warning))
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ShipDate", "Ship date in the past"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setObjectName("past_ship_date_question")
    box.setDefaultButton(QMessageBox.StandardButton.No)  # Enter does not confirm by mistake
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
