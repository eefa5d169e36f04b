"""Three-valued (Kleene) logic: an unanswered question is neither true nor
false, and a group decides as soon as the known parts decide it.

Truth values are ordered FALSE < UNKNOWN < TRUE, so "all" is the minimum and
"any" the maximum of its parts, and "not" swaps TRUE and FALSE. Being an
``IntEnum`` keeps the evaluation loop on plain integer comparisons."""

from enum import IntEnum


class Truth(IntEnum):
    FALSE = 0
    UNKNOWN = 1
    TRUE = 2

    def __str__(self):
        return self.name.lower()


FALSE, UNKNOWN, TRUE = Truth.FALSE, Truth.UNKNOWN, Truth.TRUE
_NEGATION = (TRUE, UNKNOWN, FALSE)


def all_of(values):
    """Kleene "and": false if any part is false, true if all are true (so an
    empty group is true), unknown otherwise."""
    result = TRUE
    for value in values:
        if value < result:
            result = value
    return Truth(result)


def any_of(values):
    """Kleene "or": true if any part is true, false if all are false (so an
    empty group is false), unknown otherwise."""
    result = FALSE
    for value in values:
        if value > result:
            result = value
    return Truth(result)


def negation(value):
    return _NEGATION[value]


def from_bool(value):
    return TRUE if value else FALSE
