"""The rarer errors in the clerk's language (issue 9, Deliver 2): a bad row of an import,
an office refusal and an unreachable server, a refused setting, a failed backup or
restore and a refused rate are shown as the translated sentence of their code, naming
the field or line, never as the English text the command line prints."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

import booking_app.gui
from booking_app.core.errors import ImportFileError, ServerUnavailableError
from booking_app.gui.common.context import DeskContext
from booking_app.gui.common.import_errors_dialog import ImportErrorsDialog
from booking_app.gui.common.import_worker import import_errors
from booking_app.gui.main_window import MainWindow
from booking_app.gui.parties.view import PartiesView
from booking_app.gui.rates.rate_dialog import RateDialog
from booking_app.gui.settings import backup_actions, database_dialog
from booking_app.gui.settings.view import SettingsView
from booking_app.services import catalog
from booking_app.services.imports import import_sheet
from booking_app.store.roles import refusal
from tests.gui.test_languages import switch_to
from tests.gui.test_rates_view import GOOD, write_rates

PROBLEM = 3  # the import errors dialog's column


@pytest.fixture
def chinese(desk_ctx: DeskContext, window: MainWindow) -> Iterator[DeskContext]:
    """The desk in simplified Chinese (the main window installs the translation);
    English again afterwards."""
    switch_to(desk_ctx, "zh_CN")
    yield desk_ctx
    switch_to(desk_ctx, "en")


def refused_rows(ctx: DeskContext, path: Path) -> ImportFileError:
    with pytest.raises(ImportFileError) as caught:
        import_sheet(ctx.uow, "rates", path)
    return caught.value


def test_a_bad_row_of_an_import_is_shown_in_chinese_with_its_line_and_field(
    chinese: DeskContext, tmp_path: Path, qtbot: Any
) -> None:
    path = write_rates(tmp_path / "r.csv", [GOOD, {**GOOD, "origin": "XX"}])
    error = refused_rows(chinese, path)
    dialog = ImportErrorsDialog(path.name, import_errors(error, path))
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(4)]
    assert row == ["r.csv", "3", "origin", "起点：XX 不是地点代码（五个字母或数字）"]
    assert str(error.errors[0]) == "r.csv line 3: origin 'XX' is not a UN/LOCODE (five letters/digits)"


def test_a_missing_column_is_named_in_chinese(
    chinese: DeskContext, tmp_path: Path, qtbot: Any
) -> None:
    path = tmp_path / "r.csv"
    path.write_text("mode,origin\nsea_fcl,CNQZH\n", encoding="utf-8")
    dialog = ImportErrorsDialog(path.name, import_errors(refused_rows(chinese, path), path))
    qtbot.addWidget(dialog)
    problems = [dialog.model.index(r, PROBLEM).data() for r in range(dialog.model.rowCount())]
    assert problems and problems[0].startswith("缺少列 destination, carrier")
    assert not any("missing" in p for p in problems)


def test_an_office_refusal_names_the_action_and_the_role_in_chinese(
    chinese: DeskContext, tmp_path: Path, qtbot: Any
) -> None:
    refused = refusal("INSERT INTO rates (mode) VALUES (%s)", bulk=True)
    assert str(refused) == "permission denied: importing rates needs the pricing role"
    dialog = ImportErrorsDialog("r.csv", import_errors(refused, tmp_path / "r.csv"))
    qtbot.addWidget(dialog)
    assert dialog.model.index(0, PROBLEM).data() == "不允许：导入运价需要定价角色"


def test_an_unreachable_office_server_is_said_in_chinese(
    chinese: DeskContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unreachable(url: str, clock: object = None) -> DeskContext:
        raise ServerUnavailableError("db.office:5432", "connection refused")

    monkeypatch.setattr(database_dialog, "DeskContext", unreachable)
    told: list[str] = []
    opened = database_dialog.open_desk(
        "postgresql://clerk@db.office/desk", lambda problem, path: ("quit", None), None,
        told.append,
    )  # fmt: skip
    assert opened is None
    assert told == ["无法连接公司服务器 db.office:5432：connection refused"]


def test_a_refused_setting_is_named_by_its_label_in_chinese(
    chinese: DeskContext, qtbot: Any
) -> None:
    view = SettingsView(chinese)
    qtbot.addWidget(view)
    view.editors["default_markup_percent"].setText("2000")  # type: ignore[union-attr]
    assert view.save() is False
    assert view.message.text() == "未保存：默认加成 %：2000 必须在 0 到 1000 之间"


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The warning boxes the backup actions would show: (title, text)."""
    shown: list[tuple[str, str]] = []

    def warning(parent: object, title: str, text: str) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(backup_actions.QMessageBox, "warning", warning)
    return shown


def test_a_failed_backup_says_which_file_in_chinese(
    chinese: DeskContext,
    window: MainWindow,
    tmp_path: Path,
    warnings: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backup folder should be", encoding="utf-8")
    target = blocker / "backups" / "desk.sqlite3"
    monkeypatch.setattr(window.backups, "ask_backup_path", lambda: target)
    assert window.backups.backup_now() is None
    [(title, text)] = warnings
    assert title == "备份失败"
    assert text.startswith(f"无法写入 {blocker}")


def test_restoring_the_database_onto_itself_is_refused_in_chinese(
    chinese: DeskContext,
    window: MainWindow,
    warnings: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database = chinese.db_path
    assert isinstance(database, Path)
    monkeypatch.setattr(window.backups, "ask_restore_path", lambda: database)
    monkeypatch.setattr(window.backups, "confirm_restore", lambda source: True)
    assert window.backups.restore() is False
    [(title, text)] = warnings
    assert text == f"{database} 就是数据库本身：请选择备份文件"
    assert "choose" not in text


def test_a_refused_rate_names_its_field_in_chinese(chinese: DeskContext, qtbot: Any) -> None:
    dialog = RateDialog(chinese)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_cells({**GOOD, "origin": "XX"})
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    QApplication.processEvents()
    assert dialog.error.text() == "未保存：起点：XX 不是地点代码（五个字母或数字）"
    assert dialog.focusWidget() is dialog.origin  # the cursor on the field it names


def test_a_refused_party_is_said_in_chinese_on_its_field(
    chinese: DeskContext, qtbot: Any
) -> None:
    catalog.save_party(chinese.uow, {"name": "Lotus Trading"})
    view = PartiesView(chinese)
    qtbot.addWidget(view)
    view.show()
    view.new_party()
    view.fields["name"].setText("Lotus Trading")
    assert not view.save()
    assert view.message.text() == "未保存：名为 Lotus Trading 的往来方已存在"
    view.fields["name"].setText("Lotus Trading 2")
    view.fields["email"].setText("not-an-address")
    assert not view.save()
    assert view.message.text() == "未保存：not-an-address 不是电子邮件地址"
    assert view.focusWidget() is view.fields["email"]


@pytest.mark.parametrize("language", ["zh_CN", "vi", "th"])
def test_every_problem_sentence_keeps_its_placeholders(language: str) -> None:
    ts = Path(booking_app.gui.__file__).parent / "translations" / f"booking_desk_{language}.ts"
    names = re.compile(r"\{\w+\}")
    checked = 0
    for context in ET.parse(ts).getroot():
        if context.findtext("name") != "Problems":
            continue
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            assert translation.strip(), source
            assert sorted(names.findall(translation)) == sorted(names.findall(source)), source
            checked += 1
    assert checked > 80
