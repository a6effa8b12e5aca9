"""The parties view: list, search, add and edit parties named in any script."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from booking_app.gui.common.changes import Change  # noqa: E402
from booking_app.gui.common.context import DeskContext  # noqa: E402
from booking_app.gui.parties.view import PartiesView  # noqa: E402
from booking_app.services import catalog  # noqa: E402
from booking_app.services.setup import init_database  # noqa: E402

PARTIES = (
    {"name": "重庆示例机械有限公司", "address": "重庆市渝北区示例路88号", "contact": "王伟",
     "phone": "+86 23 6000 0000", "email": "wang@example.cn", "tax_id": "91500000MA5U000000"},
    {"name": "บริษัท ตัวอย่าง จำกัด", "address": "99 ถนนสุขุมวิท\nกรุงเทพฯ 10110",
     "contact": "สมชาย ใจดี", "phone": "+66 2 000 0000", "email": "", "tax_id": "0105555000000"},
    {"name": "Công ty TNHH Ví Dụ", "address": "123 Đường Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh",
     "contact": "Nguyễn Thị Lan", "phone": "", "email": "lan@example.vn", "tax_id": "0300000000"},
)  # fmt: skip


@pytest.fixture
def ctx(tmp_path: Path, qapp: QApplication) -> Iterator[DeskContext]:
    """A desk on a fresh demo database."""
    path = tmp_path / "t.sqlite3"
    init_database(path, demo=True).close()
    desk = DeskContext(path)
    yield desk
    desk.close()


@pytest.fixture
def view(ctx: DeskContext, qtbot) -> PartiesView:  # type: ignore[no-untyped-def]
    widget = PartiesView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    return widget


def fill(view: PartiesView, party: dict[str, str]) -> None:
    """Type a party into the form (setText: keyClicks cannot type non-ASCII)."""
    for key, edit in view.fields.items():
        edit.setText(party[key])
    view.address.setPlainText(party["address"])


def listed(view: PartiesView) -> list[str]:
    return [view.model.row(r).name for r in range(view.model.rowCount())]


def test_add_parties_in_chinese_thai_and_vietnamese(
    view: PartiesView, ctx: DeskContext, qtbot, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]  # noqa: E501
    for party in PARTIES:
        view.new_party()
        fill(view, party)
        with qtbot.waitSignal(ctx.changed) as changed:
            qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
        assert changed.args == [Change.PARTIES]
    assert sorted(listed(view)) == sorted(p["name"] for p in PARTIES)
    qtmodeltester.check(view.model)
    stored = {p.name: p for p in catalog.list_parties(ctx.uow)}
    for party in PARTIES:
        saved = stored[party["name"]]
        assert {k: getattr(saved, k) for k in party} == party
    thai = listed(view).index(PARTIES[1]["name"])
    assert view.model.index(thai, 5).data() == "99 ถนนสุขุมวิท, กรุงเทพฯ 10110"


def test_search_in_any_script(view: PartiesView, ctx: DeskContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    for party in PARTIES:
        catalog.save_party(ctx.uow, party)
    ctx.notify(Change.PARTIES)
    assert len(listed(view)) == 3
    view.search.setText("ตัวอย่าง")
    qtbot.waitUntil(lambda: listed(view) == [PARTIES[1]["name"]])
    view.search.setText("nguyễn")
    qtbot.waitUntil(lambda: listed(view) == [PARTIES[2]["name"]])
    view.search.clear()
    qtbot.keyClicks(view.search, "wang@")
    qtbot.waitUntil(lambda: listed(view) == [PARTIES[0]["name"]])
    assert "1" in view.count_label.text()


def test_select_edit_and_save(view: PartiesView, ctx: DeskContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    ids = [catalog.save_party(ctx.uow, p).id for p in PARTIES]
    ctx.notify(Change.PARTIES)
    row = listed(view).index(PARTIES[2]["name"])
    view.table.selectRow(row)
    assert view.party_id == ids[2] and view.fields["contact"].text() == "Nguyễn Thị Lan"
    view.fields["contact"].setText("Trần Văn Minh")
    view.fields["phone"].clear()
    qtbot.keyClicks(view.fields["phone"], "+84 28 0000 0000")
    assert view.save()
    saved = catalog.get_party(ctx.uow, ids[2])
    assert (saved.contact, saved.phone) == ("Trần Văn Minh", "+84 28 0000 0000")
    assert view.party_id == ids[2] and view.message.text() == "Saved."
    assert len(catalog.list_parties(ctx.uow)) == 3  # edited, not added


def test_refuses_a_party_without_a_name_or_with_a_taken_one(
    view: PartiesView, ctx: DeskContext
) -> None:  # noqa: E501
    catalog.save_party(ctx.uow, PARTIES[0])
    ctx.notify(Change.PARTIES)
    view.new_party()
    fill(view, {**PARTIES[1], "name": "  "})
    assert not view.save()
    assert view.message.text() == "Not saved: Name is missing"
    view.fields["name"].setText(PARTIES[0]["name"])
    assert not view.save()
    assert "already exists" in view.message.text()
    assert len(catalog.list_parties(ctx.uow)) == 1


def test_revert_drops_unsaved_changes(view: PartiesView, ctx: DeskContext) -> None:
    catalog.save_party(ctx.uow, PARTIES[0])
    ctx.notify(Change.PARTIES)
    view.table.selectRow(0)
    view.fields["name"].setText("changed")
    view.revert()
    assert view.fields["name"].text() == PARTIES[0]["name"]


def test_keyboard_new_party_and_search(view: PartiesView, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.show()
    with qtbot.waitActive(view):
        view.activateWindow()
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(view.search.hasFocus)
    qtbot.keyClick(view.search, Qt.Key.Key_Insert)
    qtbot.waitUntil(view.fields["name"].hasFocus)
    assert view.party_id is None
    qtbot.keyClicks(view.fields["name"], "Keyboard Trading")
    qtbot.keyClick(view.fields["name"], Qt.Key.Key_Return)
    assert "Keyboard Trading" in listed(view)


def test_a_language_change_needs_no_database(view, ctx: DeskContext) -> None:  # type: ignore[no-untyped-def]
    ctx.close()  # e.g. the window is closing: retranslating must not query
    QApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
