"""The words printed on the customer's documents, in the customer's language.

A quotation or booking confirmation is printed in the language of the customer it is
for: the labels, headings, terms and marks are translated; the data (names, addresses,
places, descriptions, notes, numbers and dates) are printed as entered and stored. The
internal documents (cost sheet, daily list) stay in English.

Parties have no language of their own, so the customer's language is read from how
the customer's frozen name (then address) is written: Thai script → Thai, Chinese
characters → Simplified Chinese, letters only Vietnamese uses (ă, đ, ơ, ư and the
vowels with a dot below or a hook above) → Vietnamese, anything else → English. This
is the documented default (README, "Documents"); a customer written in Latin letters
without Vietnamese marks gets English documents.

The catalogue is a plain table (no Qt here): English text → each language's text, with
``{named}`` fields filled after the lookup. A text missing from a language prints in
English.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from booking_app.documents.labels_catalogue import CATALOGUE, MODES, STATUSES

#: The languages documents are printed in (the desk's language codes).
DOCUMENT_LANGUAGES = ("en", "zh_CN", "vi", "th")
_VIETNAMESE_LETTERS = frozenset("ăĂđĐơƠưƯ")


def _script_language(text: str) -> str | None:
    """The language ``text``'s letters say, or None when they say nothing particular."""
    vietnamese = False
    for char in text:
        code = ord(char)
        if 0x0E00 <= code <= 0x0E7F:
            return "th"
        if 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF:
            return "zh_CN"
        if char in _VIETNAMESE_LETTERS or 0x1EA0 <= code <= 0x1EF9:
            vietnamese = True
    return "vi" if vietnamese else None


def customer_language(texts: Iterable[str]) -> str:
    """The language a customer's documents are printed in, from its name and address.

    Args:
        texts: the customer's name, then its address (the first that tells wins).
    """
    for text in texts:
        found = _script_language(text)
        if found is not None:
            return found
    return "en"


class Words:
    """The document words of one language: ``words("Leg {n}", n=2)`` → ``Chặng 2``."""

    def __init__(self, language: str = "en") -> None:
        self.language = language if language in DOCUMENT_LANGUAGES else "en"
        self._table: Mapping[str, str] = CATALOGUE.get(self.language, {})

    def __call__(self, text: str, **fields: Any) -> str:
        """``text`` in this language, its ``{fields}`` filled in."""
        found = self._table.get(text, text)
        return found.format(**fields) if fields else found

    def mode(self, mode: str, english: str) -> str:
        """A transport mode's name (``english`` when the language has none for it)."""
        return MODES.get(self.language, {}).get(mode, english)

    def status(self, status: str) -> str:
        """A booking status as printed in the facts (``CONFIRMED``)."""
        return STATUSES.get(self.language, {}).get(status, status.upper())

    def terms(self, terms: tuple[str, ...]) -> tuple[str, ...]:
        """The standard terms in this language (terms of the office's own as they are)."""
        return tuple(self(term) for term in terms)
