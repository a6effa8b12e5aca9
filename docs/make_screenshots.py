"""Screenshots of the desk's main views, grabbed from the real widgets on demo data.

Run: ``.venv/bin/python docs/make_screenshots.py [--out docs/screenshots]``

Builds a fresh demo database in a temporary folder (the demo corridor data, a few
parties, the day's bookings, half a year of quotes won, lost, expired and still open,
and a few rates ending soon), opens the main window offscreen and saves it with
``QWidget.grab()``, in English, Simplified Chinese, Vietnamese and Thai, as
``{language}-{width}x{height}-{view}.png``: the bookings list, an editor with a priced
three-leg booking and the rates at 1366×768 and 1920×1080; the editor with a problem,
parties, settings, follow-up, results, rates ending soon and schedules at 1366×768; and
the route suggestions dialog (``{language}-980x640-routes.png``). Exits 1 when the
window could not be made as small as asked (an editor's minimum size, say).
"Today" is the desk's clock (``BOOKING_APP_NOW`` fixes it).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from booking_app.core.clock import FixedClock, clock_from_environment  # noqa: E402
from booking_app.resources import demo_dir  # noqa: E402
from booking_app.services import catalog, desk, lifecycle, quoting  # noqa: E402
from booking_app.services.settings import save_settings  # noqa: E402
from booking_app.services.setup import init_database  # noqa: E402
from booking_app.store.uow import UnitOfWork  # noqa: E402

LANGUAGES = ("en", "zh_CN", "vi", "th")
#: A laptop's screen and a desktop's: every view is shot at the first, the bookings
#: list, the editor and the rates at both.
SIZES = ((1366, 768), (1920, 1080))
NOW = clock_from_environment().now()
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
    today = NOW.date().isoformat()
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
    for carrier, days in (("Beibu Gulf Feeder (demo)", 3), ("ASEAN Express (demo)", 6)):
        catalog.add_rate(uow, {
            "mode": "sea_fcl", "origin": "CNQZH", "destination": "SGSIN", "carrier": carrier,
            "service": "", "equipment": "40HC", "basis": "per_container", "currency": "USD",
            "rate": "980", "min_charge": "", "breaks": "", "kg_per_cbm": "",
            "valid_from": "2025-01-01", "valid_to": (NOW.date() + timedelta(days=days)).isoformat(),
            "transit_days": "6",
        })  # fmt: skip


#: Quotes made n days ago: (days ago, customer index, what became of it).
HISTORY = (
    (170, 0, "confirmed"), (165, 1, "lost"), (160, 3, "confirmed"), (150, 4, "expired"),
    (140, 0, "confirmed"), (133, 2, "confirmed"), (128, 1, "lost"), (120, 3, "expired"),
    (110, 0, "confirmed"), (104, 4, "confirmed"), (97, 2, "lost"), (92, 1, "confirmed"),
    (80, 3, "confirmed"), (75, 0, "lost"), (70, 2, "expired"), (64, 4, "confirmed"),
    (52, 1, "confirmed"), (47, 0, "confirmed"), (44, 3, "lost"), (38, 2, "expired"),
    (33, 4, "confirmed"), (27, 0, "confirmed"), (24, 1, "lost"), (19, 2, "expired"),
    (16, 3, "expired"), (13, 4, "quoted"), (12, 0, "quoted"), (9, 1, "quoted"),
    (6, 2, "quoted"), (3, 3, "quoted"), (1, 4, "quoted"), (0, 0, "quoted"),
)  # fmt: skip


def fill_history(path: Path) -> None:
    """Half a year of quotes, each made on its own day: won, lost, left to expire, open."""
    for days_ago, who, fate in HISTORY:
        made = datetime.combine(NOW.date() - timedelta(days=days_ago), NOW.time())
        uow = UnitOfWork.open(path, FixedClock(made))
        try:
            name = PARTIES[who]["name"]
            raw = sample(quote_date=made.date().isoformat(), ship_date=made.date().isoformat(),
                         customer=name, consignee=name,
                         markup_percent=str(6 + days_ago % 9))  # fmt: skip
            status = "confirmed" if fate == "confirmed" else "quoted"
            booking = desk.save_booking(uow, raw, status, clerk="Li Wei")
            if fate == "lost":
                lifecycle.change_status(uow, booking.booking_no, "lost", "price", "Li Wei")
        finally:
            uow.close()



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


def shoot(window: Any, widget: Any, target: Path, saved: list[Path]) -> None:
    """Show ``widget``'s tab and save the whole window as ``target``."""
    window.tabs.setCurrentWidget(widget)
    pump(0.3)
    window.grab().save(str(target))
    saved.append(target)


def set_language(ctx: Any, language: str) -> None:
    """Switch the desk's language, as the settings view does."""
    from booking_app.gui.common.changes import Change

    save_settings(ctx.uow, {"language": language})
    ctx.notify(Change.SETTINGS)
    pump(0.4)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from booking_app.gui.app import create_app
    from booking_app.gui.common.context import DeskContext
    from booking_app.gui.editor.route_suggestions import RouteSuggestionsDialog
    from booking_app.gui.main_window import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="desk-shots-"))
    path = folder / "demo.sqlite3"
    uow = init_database(path, demo=True)
    fill(uow)
    uow.close()
    fill_history(path)

    app = create_app(["make_screenshots"])
    ctx = DeskContext(path, clock=FixedClock(NOW))
    window = MainWindow(ctx)
    window.resize(*SIZES[0])
    window.show()
    editor = window.new_booking(sample())  # the priced three-leg booking
    wait_for_quote(editor)
    failing = window.new_booking(
        sample(legs=[*sample()["legs"][:1],
                     {"mode": "sea_fcl", "origin": "CNQZH", "destination": "VNDAD"}])
    )  # fmt: skip
    wait_for_quote(failing)
    rates = window.views[1]
    saved: list[Path] = []
    wrong_size: list[str] = []
    for width, height in SIZES:
        window.resize(width, height)
        pump(0.3)
        if (window.width(), window.height()) != (width, height):
            wrong_size.append(f"{width}x{height}: the window is {window.width()}x{window.height()}")
        size = f"{width}x{height}"
        for language in LANGUAGES:
            set_language(ctx, language)
            window.resize(width, height)
            window.bookings_view.table.selectRow(0)
            views = {"bookings": window.bookings_view, "editor": editor, "rates": rates}
            if (width, height) == SIZES[0]:
                views |= {"editor-problem": failing, "parties": window.views[2],
                          "settings": window.views[3], "followup": window.followup_view,
                          "results": window.results_view}  # fmt: skip
            for name, widget in views.items():
                if name == "followup":
                    rows = window.followup_view.model.rows()
                    late = [n for n, r in enumerate(rows) if r.status == "quoted"]
                    window.followup_view.table.selectRow(late[0] if late else 0)
                shoot(window, widget, args.out / f"{language}-{size}-{name}.png", saved)
            if (width, height) != SIZES[0]:
                continue
            # the lane with the two rates ending soon, marked; then the schedules tab
            rates.destination_filter.setText("SGSIN")
            rates.mode_filter.setCurrentIndex(rates.mode_filter.findData("sea_fcl"))
            rates.carrier_filter.setText("demo")
            pump(0.5)
            shoot(window, rates, args.out / f"{language}-{size}-rates-ending.png", saved)
            rates.clear_filters()
            rates.tabs.setCurrentWidget(rates.schedules)
            rates.origin_filter.setText("CNQZH")
            pump(0.6)
            rates.schedules.table.selectRow(0)
            shoot(window, rates, args.out / f"{language}-{size}-schedules.png", saved)
            rates.clear_filters()
            rates.tabs.setCurrentIndex(0)
            # the routes Chongqing → Ho Chi Minh City
            window.tabs.setCurrentWidget(editor)
            to_saigon = sample(legs=[{"mode": "rail_fcl", "origin": "CNCKG",
                                      "destination": "VNSGN"}])  # fmt: skip
            dialog = RouteSuggestionsDialog(ctx.new_uow, to_saigon, window)
            dialog.resize(980, 640)
            dialog.show()
            end = time.monotonic() + 30
            while dialog.searching and time.monotonic() < end:
                pump(0.05)
            dialog.table.resizeColumnsToContents()
            pump(0.3)
            target = args.out / f"{language}-980x640-routes.png"
            dialog.grab().save(str(target))
            saved.append(target)
            dialog.reject()
            dialog.deleteLater()
            pump(0.1)
    for edited in (editor, failing):  # nothing to save: the window closes without asking
        edited.undo_stack.setClean()
        edited.unsaved_copy = False
    set_language(ctx, "en")
    window.close()
    window.deleteLater()
    pump(0.1)
    ctx.close()
    del app
    for target in saved:
        print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
    for problem in wrong_size:
        print("not at its size:", problem, file=sys.stderr)
    return 1 if wrong_size else 0


if __name__ == "__main__":
    sys.exit(main())
