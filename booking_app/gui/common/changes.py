"""What an operation changed: the one value every view refreshes itself from.

An operation (a save, an import, a restore …) ends by telling the desk context what it
changed, ``ctx.notify(Change.BOOKINGS)``; every view listening on ``ctx.changed``
receives that :class:`Change` and refreshes only what concerns it (Anki's
``OpChanges`` and "operation did execute" idea). Changes combine: ``Change.RATES |
Change.SETTINGS``.
"""

from __future__ import annotations

import enum


class Change(enum.Flag):
    """The kinds of data an operation can change.

    A party's sell tariffs and pricing profiles are part of the party: they are
    announced as :attr:`PARTIES`.
    """

    NONE = 0
    BOOKINGS = enum.auto()
    RATES = enum.auto()
    PARTIES = enum.auto()
    SETTINGS = enum.auto()
    #: Everything (a restored database, a new connection).
    ALL = BOOKINGS | RATES | PARTIES | SETTINGS
