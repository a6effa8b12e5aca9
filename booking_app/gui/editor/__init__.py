"""The booking editor: header, parties, legs, cargo, the live quote and its dialogs."""
