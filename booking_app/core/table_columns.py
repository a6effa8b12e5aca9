"""The columns of the rate, surcharge and schedule tables, in their sheets' order.

Their own module, for the store reads them to build its statements at import: the
row parsers of :mod:`sheet_rows` and :mod:`schedule_rows` load only when a row is read.
"""

RATE_COLUMNS = (
    "mode", "origin", "destination", "carrier", "service", "equipment", "basis", "currency",
    "rate", "min_charge", "breaks", "kg_per_cbm", "valid_from", "valid_to", "transit_days",
    "max_charge",
)  # fmt: skip
SURCHARGE_COLUMNS = (
    "code", "description", "mode", "origin", "destination", "carrier", "equipment", "basis",
    "currency", "amount", "min_charge", "valid_from", "valid_to", "max_charge",
)  # fmt: skip
SCHEDULE_COLUMNS = (
    "mode", "origin", "destination", "carrier", "service", "departures", "cutoff_days",
    "transit_days", "valid_from", "valid_to",
)  # fmt: skip
