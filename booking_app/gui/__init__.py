"""The PySide6 desk: windows, views, table models and dialogs. No business rules, no SQL."""
