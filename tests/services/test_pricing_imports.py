"""Importing parties and pricing profiles (selling.md §2, §6), and the profile services.

All rows or none, every bad row named by line and column, a (customer, mode) imported
again replaces its row, a known party name updates that party, saved bookings keep the
names and addresses they were frozen with.
"""

from __future__ import annotations

import json
from decimal import Decimal as D
from pathlib import Path

import pytest
from openpyxl import Workbook

from booking_app.core.errors import ImportFileError, NotFoundError, ValidationError
from booking_app.core.selling import PriceRule, PricingProfile
from booking_app.core.sheet_rows import CellError
from booking_app.services import catalog, pricing, quoting
from booking_app.services.imports import import_sheet
from booking_app.store.uow import UnitOfWork

PRICING_HEADER = "customer,mode,rule,percent,min_margin_percent"
PARTIES_HEADER = "name,address,contact,phone,email,tax_id"
CN = "重庆示例机械有限公司"
TH = "บริษัท ตัวอย่าง จำกัด"
VI = "Công ty TNHH Ví Dụ"


def write(tmp_path: Path, name: str, lines: list[str]) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def rows_of(uow: UnitOfWork, customer: str) -> list[tuple[str, str, D, D | None]]:
    return [
        (p.mode, p.price.rule, p.price.percent, p.min_margin_percent)
        for p in uow.pricing.of_customer(customer)
    ]


# --- import pricing ---------------------------------------------------------------------


def test_pricing_rows_import_and_create_new_customers(uow: UnitOfWork, tmp_path: Path) -> None:
    lines = [
        PRICING_HEADER,
        f"{CN},,markup,8,4",
        f"{CN},sea_fcl,margin,12.5,",
        f"{TH},air,MARGIN, 20 ,9.5",
    ]
    assert uow.parties.get_by_name(CN) is None
    assert import_sheet(uow, "pricing", write(tmp_path, "pricing.csv", lines), clerk="Lan") == 3
    assert rows_of(uow, CN) == [("", "markup", D(8), D(4)), ("sea_fcl", "margin", D("12.5"), None)]
    assert rows_of(uow, TH) == [("air", "margin", D(20), D("9.5"))]
    assert uow.parties.get_by_name(CN) is not None and uow.parties.get_by_name(TH) is not None
    (entry,) = [e for e in uow.audit.entries() if e["action"] == "import"]
    assert (entry["entity"], entry["entity_key"], entry["detail"], entry["clerk"]) == (
        "pricing", "pricing.csv", "3 rows", "Lan",
    )  # fmt: skip


def test_importing_a_customer_and_mode_again_replaces_only_that_row(
    uow: UnitOfWork, tmp_path: Path
) -> None:
    import_sheet(uow, "pricing", write(tmp_path, "a.csv", [
        PRICING_HEADER, f"{VI},,markup,8,4", f"{VI},air,markup,20,",
    ]))  # fmt: skip
    import_sheet(uow, "pricing", write(tmp_path, "b.csv", [PRICING_HEADER, f"{VI},air,margin,15,6"]))
    assert rows_of(uow, VI) == [("", "markup", D(8), D(4)), ("air", "margin", D(15), D(6))]


def test_pricing_from_xlsx_with_number_cells(uow: UnitOfWork, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(PRICING_HEADER.split(","))
    sheet.append([CN, "rail_fcl", "markup", 7.5, 3])
    sheet.append([CN, None, "margin", 10, None])
    path = tmp_path / "pricing.xlsx"
    book.save(path)
    assert import_sheet(uow, "pricing", path) == 2
    assert rows_of(uow, CN) == [("", "margin", D(10), None), ("rail_fcl", "markup", D("7.5"), D(3))]


def test_every_bad_pricing_row_is_reported_and_nothing_is_imported(
    uow: UnitOfWork, tmp_path: Path
) -> None:
    lines = [
        PRICING_HEADER,
        "Acme,,markup,8,",  # line 2: good
        "Acme,boat,markup,8,",
        "Acme,rail_lcl,discount,8,",
        "Acme,rail_fcl,margin,100,",
        "Acme,road_ftl,markup,-1,",
        ",sea_lcl,markup,5,",
        "Acme,air,markup,5,100",
        "Acme,,margin,9,",  # repeats line 2
        "Acme,sea_fcl,markup,abc,",
    ]
    with pytest.raises(ImportFileError) as caught:
        import_sheet(uow, "pricing", write(tmp_path, "pricing.csv", lines))
    found = [(e.line, e.column) for e in caught.value.errors]
    assert found == [
        (3, "mode"), (4, "rule"), (5, "percent"), (6, "percent"), (7, "customer"),
        (8, "min_margin_percent"), (9, None), (10, "percent"),
    ]  # fmt: skip
    messages = [str(e) for e in caught.value.errors]
    assert messages[2] == "pricing.csv line 5: percent 100 must be below 100 for a margin"
    assert messages[6] == "pricing.csv line 9: repeats the customer and mode of line 2"
    assert uow.pricing.all() == [] and uow.parties.get_by_name("Acme") is None
    assert not [e for e in uow.audit.entries() if e["action"] == "import"]


def test_pricing_header_is_checked(uow: UnitOfWork, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=r"line 1: missing column rule"):
        import_sheet(uow, "pricing", write(tmp_path, "p.csv", ["customer,percent", "Acme,5"]))
    with pytest.raises(ImportFileError, match=r"unknown column 'markup'"):
        import_sheet(uow, "pricing", write(tmp_path, "p.csv", ["customer,rule,percent,markup", "A,markup,5,1"]))


# --- import parties ---------------------------------------------------------------------


def test_parties_import_adds_and_updates_by_exact_name(uow: UnitOfWork, tmp_path: Path) -> None:
    catalog.save_party(uow, {"name": CN, "address": "旧地址", "phone": "+86 1", "email": "a@b.cn"})
    lines = [
        PARTIES_HEADER,
        f'{CN},"重庆市渝北区示例路88号\n401120",王伟,+86 23 6000 0000,wang@example.cn,915000',
        f"{TH},99 ถนนสุขุมวิท,สมชาย,,,0105555000000",
        f"{VI},123 Đường Nguyễn Huệ,Lan,,lan@example.vn,",
    ]
    assert import_sheet(uow, "parties", write(tmp_path, "parties.csv", lines)) == 3
    cn = uow.parties.get_by_name(CN)
    assert cn is not None
    assert (cn["address"], cn["contact"], cn["phone"], cn["tax_id"]) == (
        "重庆市渝北区示例路88号\n401120", "王伟", "+86 23 6000 0000", "915000",
    )  # fmt: skip
    assert sorted(p.name for p in catalog.list_parties(uow)) == sorted([CN, TH, VI])


def test_a_parties_file_without_a_column_leaves_that_field_alone(
    uow: UnitOfWork, tmp_path: Path
) -> None:
    catalog.save_party(uow, {"name": VI, "address": "Quận 1", "phone": "+84 28", "tax_id": "03"})
    assert import_sheet(uow, "parties", write(tmp_path, "p.csv", ["name,address", f"{VI},Quận 3"])) == 1
    vi = uow.parties.get_by_name(VI)
    assert vi is not None and (vi["address"], vi["phone"], vi["tax_id"]) == ("Quận 3", "+84 28", "03")


def test_bad_party_rows_import_nothing(uow: UnitOfWork, tmp_path: Path) -> None:
    lines = [PARTIES_HEADER, "Acme,,,,not-an-email,", ",Street 1,,,,", "Beta,,,,,", "Beta,,,,,"]
    with pytest.raises(ImportFileError) as caught:
        import_sheet(uow, "parties", write(tmp_path, "parties.csv", lines))
    assert [(e.line, e.column) for e in caught.value.errors] == [(2, "email"), (3, "name"), (5, None)]
    assert catalog.list_parties(uow) == []


def test_saved_bookings_keep_their_frozen_names_after_a_parties_import(
    demo_uow: UnitOfWork, tmp_path: Path
) -> None:
    from booking_app.resources import demo_dir

    raw = json.loads((demo_dir() / "sample-request.json").read_text("utf-8"))
    customer = raw["customer"]
    import_sheet(demo_uow, "parties", write(tmp_path, "a.csv", ["name,address", f"{customer},Old Road 1"]))
    booked = quoting.book(demo_uow, [raw])[0]
    import_sheet(demo_uow, "parties", write(tmp_path, "b.csv", ["name,address", f"{customer},New Road 2"]))
    again = quoting.get_booking(demo_uow, booked.booking_no)
    assert (again.names.customer.name, again.names.customer.address) == (customer, "Old Road 1")
    later = quoting.book(demo_uow, [raw])[0]
    assert quoting.get_booking(demo_uow, later.booking_no).names.customer.address == "New Road 2"


# --- profile services (the Parties view's) ----------------------------------------------


def test_save_edit_and_delete_a_profile_row(uow: UnitOfWork) -> None:
    saved = pricing.save_profile(
        uow, {"customer": CN, "mode": "", "rule": "markup", "percent": "8", "min_margin_percent": "4"}
    )
    assert saved == PricingProfile(CN, "", PriceRule("markup", D(8)), D(4))
    pricing.save_profile(uow, {"customer": CN, "mode": "air", "rule": "margin", "percent": "15"})
    # edit the air row into a sea_fcl row
    pricing.save_profile(
        uow, {"customer": CN, "mode": "sea_fcl", "rule": "margin", "percent": "16"}, replacing="air"
    )
    assert [(p.mode, p.price.percent) for p in pricing.list_profiles(uow, CN)] == [
        ("", D(8)), ("sea_fcl", D(16)),
    ]  # fmt: skip
    assert pricing.profile_cells(pricing.list_profiles(uow, CN)[1]) == {
        "customer": CN, "mode": "sea_fcl", "rule": "margin", "percent": "16",
        "min_margin_percent": "",
    }  # fmt: skip
    pricing.delete_profile(uow, CN, "")
    assert [p.mode for p in pricing.list_profiles(uow, CN)] == ["sea_fcl"]
    actions = [(e["action"], e["entity"]) for e in uow.audit.entries()]
    assert actions[:4] == [("delete", "pricing"), ("edit", "pricing"), ("add", "pricing"), ("add", "pricing")]


def test_a_profile_row_is_checked_like_an_imported_one(uow: UnitOfWork) -> None:
    base = {"customer": "Acme", "mode": "", "rule": "margin", "percent": "100"}
    with pytest.raises(CellError) as bad:
        pricing.save_profile(uow, base)
    assert bad.value.column == "percent"
    with pytest.raises(CellError, match="rule"):
        pricing.save_profile(uow, base | {"rule": "discount"})
    pricing.save_profile(uow, base | {"percent": "10"})
    with pytest.raises(ValidationError, match="already has a pricing row for every mode"):
        pricing.save_profile(uow, base | {"percent": "11"})
    with pytest.raises(NotFoundError):
        pricing.save_profile(uow, base | {"mode": "air", "percent": "5"}, replacing="air")
    with pytest.raises(NotFoundError):
        pricing.delete_profile(uow, "Acme", "air")
    assert rows_of(uow, "Acme") == [("", "margin", D(10), None)]
    assert pricing.list_profiles(uow, " ") == []
