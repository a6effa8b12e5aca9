"""The Settings view, the database dialogs and backups."""
