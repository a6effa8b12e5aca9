"""``python -m booking_app`` is ``booking-app``."""

from booking_app.cli import main

main()
