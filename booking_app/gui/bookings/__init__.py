"""The bookings list, the follow-up list and the results."""
