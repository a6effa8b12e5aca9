"""Render the sample booking confirmation and quotation to PNG (first page) for the README.

Run from the project folder:

    .venv/bin/python docs/make_document_pngs.py

It books the sample request (shipper in Chinese, consignee in Vietnamese, customer in
Thai) in a temporary demo database, prints both documents through the same services
as ``booking-app confirmation`` / ``quotation``, and rasterises page 1 of each with
QtPdf (PySide6-Pdf, already a dependency) into ``docs/confirmation.png`` and
``docs/quotation.png``. With ``--pdftoppm`` it uses poppler's pdftoppm instead.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
sys.path.insert(0, str(ROOT))

from booking_app.documents import printing as documents  # noqa: E402
from booking_app.resources import demo_dir  # noqa: E402
from booking_app.services import quoting  # noqa: E402
from booking_app.services.settings import save_settings  # noqa: E402
from booking_app.services.setup import init_database  # noqa: E402

DPI = 110
LETTERHEAD = {
    "company_name": "Beibu Gulf Forwarding Co., Ltd. 北部湾国际货运代理有限公司",
    "company_address": "Block B, 18 Port Avenue, Qinzhou Free Trade Zone\nGuangxi 535000, China",
    "company_phone": "+86 777 555 0101",
    "company_email": "desk@beibu-forwarding.example",
    "clerk_name": "Nguyễn Thị Lan",
    "quote_valid_days": "14",
}


def _logo(path: Path) -> Path:
    """A plain generated logo (no font needed): a blue tile with two waves."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (360, 120), "white")
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((4, 4, 116, 116), radius=18, fill=(31, 78, 121))
    for y in (48, 72):
        draw.arc((20, y - 18, 60, y + 18), 200, 340, fill="white", width=7)
        draw.arc((58, y - 18, 98, y + 18), 20, 160, fill="white", width=7)
    draw.rectangle((136, 40, 350, 52), fill=(31, 78, 121))
    draw.rectangle((136, 68, 300, 80), fill=(120, 150, 180))
    image.save(path)
    return path


def _sample_request() -> dict[str, object]:
    raw = json.loads((demo_dir() / "sample-request.json").read_text(encoding="utf-8"))
    raw.update(
        customer="บริษัท ตัวอย่าง (ประเทศไทย) จำกัด",
        shipper="重庆示例机械有限公司",
        consignee="Công ty TNHH Ví Dụ",
        notes="Deliver to gate 3 at Hải Phòng; call the consignee 24 h before arrival.",
    )
    cargo = dict(raw["cargo"])  # type: ignore[call-overload]
    cargo["pieces"] = [
        {"count": 3, "length_cm": 120, "width_cm": 80, "height_cm": 100, "weight_kg": 150}
    ]
    raw["cargo"] = cargo
    return raw


def _to_png_qt(pdf: Path, png: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPdf import QPdfDocument

    app = QGuiApplication.instance() or QGuiApplication([])
    doc = QPdfDocument(app)
    doc.load(str(pdf))
    points = doc.pagePointSize(0)
    size = QSize(round(points.width() * DPI / 72), round(points.height() * DPI / 72))
    if not doc.render(0, size).save(str(png)):
        raise SystemExit(f"could not write {png}")


def _to_png_poppler(pdf: Path, png: Path) -> None:
    stem = png.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(DPI), "-f", "1", "-l", "1", "-singlefile", pdf, stem],
        check=True,
    )


def main() -> None:
    """Make docs/confirmation.png and docs/quotation.png."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdftoppm", action="store_true", help="rasterise with poppler")
    parser.add_argument("--keep-pdf", action="store_true", help="also keep the PDFs in docs/")
    args = parser.parse_args()
    to_png = _to_png_poppler if args.pdftoppm else _to_png_qt
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        uow = init_database(folder / "sample.sqlite3", demo=True)
        try:
            save_settings(uow, {**LETTERHEAD, "company_logo": str(_logo(folder / "logo.png"))})
            booking = quoting.book(uow, [_sample_request()], status="confirmed")[0]
            for kind, render in (
                ("confirmation", documents.render_confirmation),
                ("quotation", documents.render_quotation),
            ):
                pdf = render(uow, booking.booking_no, folder / f"{kind}.pdf")
                to_png(pdf, DOCS / f"{kind}.png")
                if args.keep_pdf:
                    (DOCS / f"{kind}.pdf").write_bytes(pdf.read_bytes())
                print(f"docs/{kind}.png ({booking.booking_no})")
        finally:
            uow.close()


if __name__ == "__main__":
    main()
