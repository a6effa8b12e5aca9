"""The Rates view: rate rows, their details and dialogs, schedules, the expiring-rates notice."""
