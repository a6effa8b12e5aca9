"""SQLite persistence over sqlite-utils: schema, migrations, repositories, unit of work."""
