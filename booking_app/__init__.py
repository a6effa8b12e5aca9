"""The booking desk: quotes and bookings for freight on the China-ASEAN land-sea corridor."""

__version__ = "0.1.0"
