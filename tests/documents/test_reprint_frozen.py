"""A reprint shows the parties and places as they were when the booking was saved (§6)."""

from __future__ import annotations

from pathlib import Path

from booking_app.documents import printing as documents
from booking_app.services import catalog
from booking_app.services.imports import import_sheet
from tests.documents.pdfcheck import pdf_text, squeeze
from tests.documents.samples import LCL_SPOT
from tests.documents.selling_desk import OLD_ADDRESS, SellingDesk

KINDS = ("quotation", "confirmation", "costsheet")


def render_all(selling: SellingDesk, folder: Path) -> dict[str, str]:
    folder.mkdir()
    number = selling.margin.booking_no
    return {
        kind: pdf_text(getattr(documents, f"render_{kind}")(selling.uow, number, folder / kind))
        for kind in KINDS
    }


def test_reprint_is_identical_after_party_and_location_changes(
    selling: SellingDesk, tmp_path: Path
) -> None:
    before = render_all(selling, tmp_path / "before")
    for kind, text in before.items():
        assert squeeze(LCL_SPOT["customer"]) in squeeze(text), kind
        if kind != "costsheet":  # the cost sheet names the customer, without the address
            assert squeeze(OLD_ADDRESS) in squeeze(text), kind
        assert squeeze("VNHAN Hanoi Hà Nội") in squeeze(text), kind

    [party] = catalog.list_parties(selling.uow, LCL_SPOT["customer"])
    catalog.save_party(
        selling.uow,
        {"name": "Hanoi Retail Group JSC", "address": "1 New Street, Cầu Giấy"},
        party.id,
    )
    locations = tmp_path / "locations.csv"
    locations.write_text(
        "code,name,country,kind,lat,lon\n"
        "VNHAN,Thủ đô Renamed,VN,city,21.0285,105.8542\n"
        "CNQZH,Qinzhou Free Trade Port,CN,port,21.6810,108.6210\n",
        encoding="utf-8",
    )
    assert import_sheet(selling.uow, "locations", locations) == 2
    assert catalog.get_party(selling.uow, party.id).name == "Hanoi Retail Group JSC"
    assert {loc.code: loc.name for loc in catalog.list_locations(selling.uow)}["VNHAN"] == (
        "Thủ đô Renamed"
    )

    after = render_all(selling, tmp_path / "after")
    assert after == before
    for text in after.values():
        for new in ("Hanoi Retail Group JSC", "1 New Street", "Renamed", "Free Trade Port"):
            assert squeeze(new) not in squeeze(text), new


def test_documents_do_not_read_the_parties_or_locations_tables(selling: SellingDesk) -> None:
    selects: list[str] = []
    conn = selling.uow.db.conn
    conn.set_trace_callback(lambda sql: selects.append(sql.lower()))
    try:
        doc = documents.booking_document(selling.uow, selling.markup.booking_no)
    finally:
        conn.set_trace_callback(None)
    assert not any("from parties" in s or "from locations" in s for s in selects), selects
    assert doc.customer.name == selling.markup.names.customer.name
    assert doc.places["CNQZH"] == selling.markup.names.place("CNQZH")
