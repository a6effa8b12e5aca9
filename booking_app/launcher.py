"""Starting the desk with no command: the GUI when it is installed, else a demo quote."""

from __future__ import annotations

import json
from pathlib import Path

from booking_app.resources import demo_dir


def launch_gui(db_path: Path) -> int:
    """Open the GUI on ``db_path`` (created with the demo data if new).

    Until the GUI lands, prints a sample quote from the demo database instead.
    """
    from booking_app.core.quote_json import quote_to_json
    from booking_app.services.quoting import quote
    from booking_app.services.setup import init_database

    is_new = not db_path.exists()
    uow = init_database(db_path, demo=is_new)
    try:
        sample = json.loads((demo_dir() / "sample-request.json").read_text(encoding="utf-8"))
        print(f"Database: {db_path}")
        print("Sample quote on the demo corridor data:")
        print(json.dumps(quote_to_json(quote(uow, sample)), ensure_ascii=False, indent=2))
    finally:
        uow.close()
    return 0
