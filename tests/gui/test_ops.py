"""The one background-operation helper (gui/common/ops.py): results, changes, progress."""

from __future__ import annotations

import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
import shiboken6  # noqa: E402
from PySide6.QtCore import QObject  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from booking_app.gui.common.changes import Change  # noqa: E402
from booking_app.gui.common.context import DeskContext  # noqa: E402
from booking_app.gui.common.ops import Op, collection_op, query_op  # noqa: E402
from booking_app.services.catalog import list_locations, list_parties, save_party  # noqa: E402
from booking_app.store.uow import UnitOfWork  # noqa: E402


def test_a_query_runs_off_the_gui_thread_and_changes_nothing(
    desk_ctx: DeskContext, qtbot: QtBot
) -> None:
    heard: list[Change] = []
    desk_ctx.changed.connect(heard.append)
    threads: list[threading.Thread] = []

    def count(uow: UnitOfWork) -> int:
        threads.append(threading.current_thread())
        return len(list_locations(uow))

    got: list[int] = []
    op = query_op(desk_ctx, count).success(got.append).run()
    assert op.running
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got[0] > 0 and not op.running and op.changed == Change.NONE
    assert threads and threads[0] is not threading.main_thread()
    assert heard == []


def test_an_op_that_changes_data_announces_it_after_its_success(
    desk_ctx: DeskContext, qtbot: QtBot
) -> None:
    order: list[object] = []
    desk_ctx.changed.connect(order.append)

    def add(uow: UnitOfWork) -> str:
        return save_party(uow, {"name": "Ops Test Trading"}).name

    op = collection_op(desk_ctx, add, Change.PARTIES).success(order.append)
    with qtbot.waitSignal(desk_ctx.changed, timeout=5000):
        op.run()
    qtbot.waitUntil(lambda: len(order) == 2, timeout=5000)
    assert order == ["Ops Test Trading", Change.PARTIES] and op.changed == Change.PARTIES
    assert "Ops Test Trading" in [p.name for p in list_parties(desk_ctx.uow, "Ops", 10)]


def test_the_changes_may_depend_on_the_result(desk_ctx: DeskContext, qtbot: QtBot) -> None:
    heard: list[Change] = []
    desk_ctx.changed.connect(heard.append)
    done: list[int] = []
    op = collection_op(
        desk_ctx, lambda uow: 0, lambda n: Change.BOOKINGS if n else Change.NONE
    ).success(done.append)
    op.run()
    qtbot.waitUntil(lambda: bool(done), timeout=5000)
    assert heard == [] and op.changed == Change.NONE
    collection_op(desk_ctx, lambda uow: 3, lambda n: Change.BOOKINGS if n else Change.NONE).run()
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    assert heard == [Change.BOOKINGS]


def test_a_failure_reaches_the_failure_callback_and_announces_nothing(
    desk_ctx: DeskContext, qtbot: QtBot
) -> None:
    heard: list[Change] = []
    desk_ctx.changed.connect(heard.append)
    errors: list[Exception] = []
    ended: list[bool] = []

    def broken(uow: UnitOfWork) -> int:
        raise ValueError("no such thing")

    op = collection_op(desk_ctx, broken, Change.RATES).success(lambda _n: ended.append(False))
    op.failure(errors.append).finally_(lambda: ended.append(True)).run()
    qtbot.waitUntil(lambda: bool(ended), timeout=5000)
    assert [str(e) for e in errors] == ["no such thing"] and ended == [True] and heard == []


def test_progress_is_reported_in_the_gui_thread(desk_ctx: DeskContext, qtbot: QtBot) -> None:
    seen: list[tuple[int, int, bool]] = []

    def slow(uow: UnitOfWork) -> str:
        for done in range(1, 4):
            op.report(done, 3)
        return "done"

    result: list[str] = []
    op: Op[str] = query_op(desk_ctx, slow)
    op.progress(
        lambda d, t: seen.append((d, t, threading.current_thread() is threading.main_thread()))
    )
    op.success(result.append).run()
    qtbot.waitUntil(lambda: bool(result), timeout=5000)
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=5000)
    assert seen == [(1, 3, True), (2, 3, True), (3, 3, True)]


def test_a_cancelled_op_or_a_deleted_asker_gets_no_answer_but_changes_are_announced(
    desk_ctx: DeskContext, qtbot: QtBot
) -> None:
    heard: list[Change] = []
    desk_ctx.changed.connect(heard.append)
    answers: list[int] = []
    cancelled = collection_op(desk_ctx, lambda uow: 1, Change.BOOKINGS).success(answers.append)
    cancelled.run().cancel()
    asker = QObject()
    orphan = collection_op(desk_ctx, lambda uow: 2, Change.RATES, parent=asker)
    orphan.success(answers.append)
    orphan.run()
    shiboken6.delete(asker)  # gone before the answer can come back (deleteLater would race it)
    qtbot.waitUntil(lambda: len(heard) == 2, timeout=5000)
    assert sorted(heard, key=lambda c: c.value) == [Change.BOOKINGS, Change.RATES]
    assert answers == []


def test_notify_refuses_the_old_string_kinds(desk_ctx: DeskContext) -> None:
    with pytest.raises(TypeError):
        desk_ctx.notify("bookings")  # type: ignore[arg-type]


def test_an_answer_lost_from_the_result_table_is_a_failure_not_a_none(
    desk_ctx: DeskContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from booking_app.gui.common import ops as ops_module

    monkeypatch.setattr(ops_module, "take_result", lambda serial, default=None: default)
    errors: list[Exception] = []
    answers: list[object] = []
    op = query_op(desk_ctx, lambda uow: 42).success(answers.append).failure(errors.append)
    op.run()
    qtbot.waitUntil(lambda: bool(errors or answers), timeout=5000)
    assert answers == [] and isinstance(errors[0], LookupError)
