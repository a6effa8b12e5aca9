"""Screenshots of the desk's main views, grabbed from the real widgets on demo data.

Run: ``.venv/bin/python docs/make_screenshots.py [--out docs/screenshots]``

Builds a fresh demo database in a temporary folder (the demo corridor data, a few
parties and the day's bookings), opens the main window offscreen and saves each view
with ``QWidget.grab()``, in English and in Simplified Chinese:
``{language}-{view}.png``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from booking_app.resources import demo_dir  # noqa: E402
from booking_app.services import catalog, desk, quoting  # noqa: E402
from booking_app.services.settings import save_settings  # noqa: E402
from booking_app.services.setup import init_database  # noqa: E402
from booking_app.store.uow import UnitOfWork  # noqa: E402

LANGUAGES = ("en", "zh_CN")
SIZE = (1440, 920)
PARTIES = (
    {"name": "Guangxi Example Trading Co.", "address": "88 Minzu Avenue, Nanning",
     "contact": "Ms. Huang", "phone": "+86 771 000 0000", "email": "ops@example.cn"},
    {"name": "重庆示例机械有限公司", "address": "重庆市渝北区示例路 8 号", "contact": "王先生",
     "tax_id": "91500000000000000X"},
    {"name": "Công ty TNHH Ví Dụ", "address": "12 Đường Lê Lợi, Hải Phòng", "contact": "Chị Lan"},
    {"name": "บริษัท ตัวอย่าง จำกัด", "address": "99 ถนนสุขุมวิท กรุงเทพฯ", "contact": "คุณสมชาย"},
    {"name": "PT Contoh Logistik", "address": "Jl. Contoh 5, Jakarta", "contact": "Pak Budi"},
)  # fmt: skip


def sample(**changes: Any) -> dict[str, Any]:
    """The demo's three-leg request (rail → sea → truck, 2×40HC), dated today."""
    raw: dict[str, Any] = json.loads((demo_dir() / "sample-request.json").read_text("utf-8"))
    today = time.strftime("%Y-%m-%d")
    raw.update({"quote_date": today, "ship_date": today})
    raw.update(changes)
    return raw


def fill(uow: UnitOfWork) -> None:
    """Parties, settings and the day's bookings."""
    for party in PARTIES:
        catalog.save_party(uow, party)
    save_settings(uow, {"clerk_name": "Li Wei", "company_phone": "+86 771 123 4567"})
    thai = {"customer": "บริษัท ตัวอย่าง จำกัด", "consignee": "บริษัท ตัวอย่าง จำกัด"}
    bangkok = [
        {"mode": "rail_fcl", "origin": "CNCTU", "destination": "CNQZH"},
        {"mode": "sea_fcl", "origin": "CNQZH", "destination": "THLCH"},
        {"mode": "road_ftl", "origin": "THLCH", "destination": "THBKK"},
    ]
    quoting.book(uow, [sample(), sample(legs=bangkok, **thai)], "confirmed", clerk="Li Wei")
    loose = sample(
        customer="PT Contoh Logistik", consignee="PT Contoh Logistik",
        cargo={"pieces": [{"count": 3, "length_cm": 120, "width_cm": 80, "height_cm": 100,
                           "weight_kg": 150}], "description": "Spare parts"},
        legs=[{"mode": "air", "origin": "CNNNX", "destination": "IDCGK"}],
    )  # fmt: skip
    desk.save_booking(uow, loose, "quoted", clerk="Li Wei")
    draft = desk.save_booking(uow, sample(), "draft", clerk="Zhang Min")
    desk.cancel_booking(uow, desk.save_booking(uow, sample(), "draft").booking_no, "duplicate")
    del draft


def pump(seconds: float = 0.2) -> None:
    """Let Qt paint and deliver what is pending for a moment."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        loop.processEvents()
        time.sleep(0.01)


def wait_for_quote(editor: Any) -> None:
    """Until the editor's live quote is shown."""
    end = time.monotonic() + 20
    while not editor.quote_ready and time.monotonic() < end:
        pump(0.05)
    pump(0.2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from booking_app.gui.app import create_app
    from booking_app.gui.context import DeskContext
    from booking_app.gui.main_window import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="desk-shots-"))
    path = folder / "demo.sqlite3"
    uow = init_database(path, demo=True)
    fill(uow)
    uow.close()

    app = create_app(["make_screenshots"])
    ctx = DeskContext(path)
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    editor = window.new_booking(sample())
    wait_for_quote(editor)
    failing = window.new_booking(
        sample(legs=[*sample()["legs"][:1],
                     {"mode": "sea_fcl", "origin": "CNQZH", "destination": "VNDAD"}])
    )  # fmt: skip
    wait_for_quote(failing)
    saved: list[Path] = []
    for language in LANGUAGES:
        save_settings(ctx.uow, {"language": language})
        ctx.notify("settings")
        pump(0.3)
        shots = {
            "bookings": window.bookings_view,
            "rates": window.views[1],
            "parties": window.views[2],
            "settings": window.views[3],
            "editor": editor,
            "editor-problem": failing,
        }
        for name, widget in shots.items():
            window.tabs.setCurrentWidget(widget)
            if name == "bookings":
                window.bookings_view.table.selectRow(0)
            pump(0.3)
            target = args.out / f"{language}-{name}.png"
            window.grab().save(str(target))
            saved.append(target)
    for edited in (editor, failing):
        edited.undo_stack.setClean()
    save_settings(ctx.uow, {"language": "en"})
    window.close()
    window.deleteLater()
    pump(0.1)
    ctx.close()
    del app
    for target in saved:
        print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
