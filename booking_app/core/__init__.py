"""Pure domain code: money, cargo, rates, pricing. No Qt, no SQLite, no files."""
