"""Booking status rules (core.booking_rules): what may be done in each status."""

from __future__ import annotations

import pytest

from booking_app.core.booking import STATUSES, TRANSITIONS
from booking_app.core.booking_rules import (
    NEW,
    Action,
    BookingState,
    allowed,
    document_kind,
    is_read_only,
    requotes_in_place,
    save_status,
    sent_becomes_quoted,
)

EDITOR = (Action.SAVE, Action.QUOTE, Action.CONFIRM, Action.CANCEL, Action.DUPLICATE,
          Action.AMEND, Action.SEND)  # fmt: skip


def may(state: BookingState) -> set[str]:
    return {action.value for action in EDITOR if allowed(state, action)}


def test_a_new_booking_may_be_saved_quoted_confirmed_sent_but_not_cancelled_or_amended() -> None:
    assert may(BookingState()) == {"save", "quote", "confirm", "duplicate", "send"}
    assert not BookingState().saved and BookingState("draft").saved


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("draft", {"save", "quote", "confirm", "cancel", "duplicate", "send"}),
        ("quoted", {"save", "quote", "confirm", "cancel", "duplicate", "send"}),
        ("confirmed", {"cancel", "duplicate", "amend"}),
        ("cancelled", {"duplicate"}),
        # neither may be cancelled (TRANSITIONS) nor sent; editing saves a new draft
        ("expired", {"save", "quote", "confirm", "duplicate"}),
        ("lost", {"save", "quote", "confirm", "duplicate"}),
    ],
)
def test_each_saved_status_allows_its_actions(status: str, expected: set[str]) -> None:
    assert may(BookingState(status)) == expected


def test_amending_a_confirmed_booking_opens_it_for_editing_once() -> None:
    amending = BookingState("confirmed", amending=True)
    assert not is_read_only(amending)
    assert may(amending) == {"save", "quote", "confirm", "cancel", "duplicate"}
    assert save_status(amending) == "draft"  # the new revision starts as a draft


def test_only_confirmed_and_cancelled_are_read_only() -> None:
    read_only = {s for s in (NEW, *STATUSES) if is_read_only(BookingState(s))}
    assert read_only == {"confirmed", "cancelled"}


def test_a_plain_save_keeps_draft_and_quoted_and_makes_the_rest_drafts() -> None:
    kept = {s: save_status(BookingState(s)) for s in (NEW, *STATUSES)}
    assert kept == {
        NEW: "draft", "draft": "draft", "quoted": "quoted", "confirmed": "draft",
        "lost": "draft", "expired": "draft", "cancelled": "draft",
    }  # fmt: skip


def test_cancel_follows_the_transitions() -> None:
    for status in STATUSES:
        assert allowed(BookingState(status), Action.CANCEL) == ("cancelled" in TRANSITIONS[status])


def test_the_follow_up_list_marks_won_lost_and_requotes_by_status() -> None:
    def follow_up(status: str) -> set[str]:
        actions = (Action.WON, Action.LOST, Action.REQUOTE)
        return {a.value for a in actions if allowed(BookingState(status), a)}

    assert follow_up("quoted") == {"won", "lost", "requote"}
    assert follow_up("expired") == {"won", "requote"}
    assert follow_up("lost") == {"requote"}
    for status in ("draft", "confirmed", "cancelled", ""):
        assert follow_up(status) == set()


def test_only_an_open_quote_is_requoted_in_place() -> None:
    assert [s for s in STATUSES if requotes_in_place(s)] == ["quoted"]


def test_sending_marks_only_a_draft_quoted() -> None:
    assert [s for s in STATUSES if sent_becomes_quoted(s)] == ["draft"]


def test_confirmed_and_cancelled_bookings_print_the_confirmation() -> None:
    kinds = {s: document_kind(s) for s in (NEW, *STATUSES)}
    assert {s for s, kind in kinds.items() if kind == "confirmation"} == {"confirmed", "cancelled"}
    assert set(kinds.values()) == {"confirmation", "quotation"}
