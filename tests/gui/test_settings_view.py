"""The settings view: every declared setting edited, saved and read back."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QColor, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QComboBox, QSpinBox  # noqa: E402

from booking_app.gui.common.changes import Change  # noqa: E402
from booking_app.gui.common.context import DeskContext  # noqa: E402
from booking_app.gui.settings.view import SettingsView  # noqa: E402
from booking_app.services import catalog  # noqa: E402
from booking_app.services.settings import SETTINGS, current_settings  # noqa: E402
from booking_app.services.setup import init_database  # noqa: E402

WANTED = {
    "company_name": "北部湾示例货运代理有限公司",
    "company_address": "广西钦州市示例路1号\nQinzhou, Guangxi",
    "company_phone": "+86 777 000 0000",
    "company_email": "desk@example.cn",
    "default_currency": "CNY",
    "default_markup_percent": "12.5",
    "default_price_rule": "margin",
    "min_margin_percent": "5",
    "clerk_name": "Nguyễn Thị Lan",
    "language": "zh_CN",
    "quote_valid_days": "30",
    "rate_warning_days": "10",
}


@pytest.fixture
def ctx(tmp_path: Path, qapp: QApplication) -> Iterator[DeskContext]:
    """A desk on a fresh demo database."""
    path = tmp_path / "t.sqlite3"
    init_database(path, demo=True).close()
    desk = DeskContext(path)
    yield desk
    desk.close()


@pytest.fixture
def view(ctx: DeskContext, qtbot) -> SettingsView:  # type: ignore[no-untyped-def]
    widget = SettingsView(ctx)
    qtbot.addWidget(widget)
    return widget


def set_value(view: SettingsView, key: str, value: str) -> None:
    """Put a value in a setting's editor as a clerk would choose it."""
    editor = view.editors[key]
    if isinstance(editor, QComboBox):
        found = editor.findData(value)
        if found >= 0:
            editor.setCurrentIndex(found)
        else:
            editor.setCurrentText(value)
    elif isinstance(editor, QSpinBox):
        editor.setValue(int(value))
    elif hasattr(editor, "setPlainText"):
        editor.setPlainText(value)
    else:
        editor.setText(value)


def test_every_declared_setting_has_a_translatable_label(view: SettingsView) -> None:
    assert set(view.editors) == {s.key for s in SETTINGS}
    assert {s.label for s in SETTINGS} == set(SettingsView.LABEL_SOURCES)
    for spec in SETTINGS:
        assert view.labels[spec.key].text() == spec.label  # English: the source text


def test_settings_round_trip(view: SettingsView, ctx: DeskContext, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    logo = tmp_path / "logo.png"
    image = QPixmap(200, 80)
    image.fill(QColor("navy"))
    assert image.save(str(logo))
    for key, value in WANTED.items():
        set_value(view, key, value)
    view.set_logo(logo)
    assert view.logo_preview.pixmap() is not None and not view.logo_preview.pixmap().isNull()
    with qtbot.waitSignal(ctx.changed) as changed:
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert changed.args == [Change.SETTINGS]
    stored = current_settings(ctx.uow).values
    assert stored == {**WANTED, "company_logo": str(logo)}
    again = SettingsView(ctx)
    qtbot.addWidget(again)
    assert again.values() == stored
    assert again.editors["language"].currentText() == "简体中文"  # type: ignore[union-attr]


def test_a_bad_value_is_refused_and_nothing_saved(view: SettingsView, ctx: DeskContext) -> None:
    before = current_settings(ctx.uow).values
    set_value(view, "company_name", "Changed Co.")
    set_value(view, "default_markup_percent", "a lot")
    assert not view.save()
    assert "markup" in view.message.text()
    assert current_settings(ctx.uow).values == before
    set_value(view, "default_markup_percent", "5")
    set_value(view, "default_currency", "usd")
    assert view.save()
    assert current_settings(ctx.uow).values["default_currency"] == "USD"


def test_undo_changes_reloads_the_stored_values(view: SettingsView) -> None:
    stored = view.values()
    set_value(view, "clerk_name", "someone")
    view.revert_button.click()
    assert view.values() == stored


def test_a_file_that_is_not_an_image_is_flagged(view: SettingsView, tmp_path: Path) -> None:
    bogus = tmp_path / "logo.png"
    bogus.write_text("not an image", encoding="utf-8")
    view.set_logo(bogus)
    assert view.logo_preview.text() == "cannot read this image"
    view.set_logo("")
    assert view.logo_preview.text() == "" and view.values()["company_logo"] == ""


def test_database_location_shown_read_only(view: SettingsView, ctx: DeskContext) -> None:
    assert view.db_path.text() == str(ctx.db_path) and view.db_path.isReadOnly()
    assert not view.database_on_network_share()


def test_warns_when_the_database_is_on_a_network_share(
    ctx: DeskContext,
    qtbot,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(catalog, "is_network_path", lambda _path: True)
    view = SettingsView(ctx)
    qtbot.addWidget(view)
    assert view.database_on_network_share()
    assert "network share" in view.db_warning.text()


def test_ctrl_s_saves(view: SettingsView, ctx: DeskContext, qtbot) -> None:  # type: ignore[no-untyped-def]
    view.show()
    with qtbot.waitActive(view):
        view.activateWindow()
    editor = view.editors["clerk_name"]
    editor.setFocus()
    qtbot.keyClicks(editor, "Li Na")
    with qtbot.waitSignal(ctx.changed):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert current_settings(ctx.uow).clerk_name == "Li Na"


def test_a_language_change_needs_no_database(view, ctx: DeskContext) -> None:  # type: ignore[no-untyped-def]
    ctx.close()  # e.g. the window is closing: retranslating must not query
    QApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
