"""Questions and the answers a citizen gives to them.

An answer arrives raw (from a posted form, a signed value or the
``rights_evaluate --answers`` JSON) and is normalised here, once, into the
form the conditions compare against:

- boolean: ``True``/``False`` (also "yes"/"no", "true"/"false");
- choice: one of the question's choice values;
- multi: a frozenset of choice values (an empty list means "none of these",
  which is an answer, unlike "I don't know");
- number: an int or float, 0 or more unless the question allows negatives,
  and never more than a thousand billion (a typo, not an income);
  a decimal comma and spaces are accepted ("1 314,20");
- age: a whole number of years from 0 to 130.

``None`` and ``"dont_know"`` ("I don't know / I'd rather not say", always
offered) mean unknown: ``normalise_answer`` returns ``None`` for them. Anything
else that does not fit raises ``AnswerError``, never another exception.
"""

import math
from dataclasses import dataclass, field
from types import MappingProxyType

from .errors import AnswerError

BOOLEAN, CHOICE, MULTI, NUMBER, AGE = "boolean", "choice", "multi", "number", "age"
TYPES = (BOOLEAN, CHOICE, MULTI, NUMBER, AGE)
TYPE_NAMES = {BOOLEAN: "a yes/no question", CHOICE: "a choice", MULTI: "a multi",
              NUMBER: "a number", AGE: "an age"}
DONT_KNOW = "dont_know"
MAX_AGE = 130
MAX_NUMBER = 10**12
_YES = {"yes", "true"}
_NO = {"no", "false"}


@dataclass(frozen=True, slots=True)
class Question:
    slug: str
    type: str
    choices: tuple = ()  # the choice values, in order
    allow_negative: bool = False
    asked_if: object = None  # a rule node over other questions, or None
    extra: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))
    choice_items: tuple = ()  # the choices as written (strings or objects), for export

    def normalise(self, raw):
        return normalise_answer(self, raw)


def normalise_answer(question, raw):
    """The answer in the form conditions compare against, ``None`` if unknown."""
    if raw is None or (isinstance(raw, str) and raw.strip() == DONT_KNOW):
        return None
    kind = question.type
    if kind == BOOLEAN:
        return _boolean(question, raw)
    if kind == CHOICE:
        if isinstance(raw, str) and raw.strip() in question.choices:
            return raw.strip()
        raise AnswerError(question.slug, "unknown_choice", f"{_show(raw)} is not one of "
                          f"the choices ({', '.join(question.choices)})")
    if kind == MULTI:
        return _multi(question, raw)
    number = _number(question, raw)
    if kind == AGE:
        if number != int(number) or not 0 <= number <= MAX_AGE:
            raise AnswerError(question.slug, "out_of_range",
                              f"an age is a whole number from 0 to {MAX_AGE}, not {_show(raw)}")
        return int(number)
    if number < 0 and not question.allow_negative:
        raise AnswerError(question.slug, "out_of_range", f"{_show(raw)} is below 0")
    if abs(number) > MAX_NUMBER:
        raise AnswerError(question.slug, "out_of_range", f"{_show(raw)} is too large")
    return number


def _boolean(question, raw):
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.strip().lower() in _YES | _NO:
        return raw.strip().lower() in _YES
    raise AnswerError(question.slug, "wrong_type", f"expected yes or no, not {_show(raw)}")


def _multi(question, raw):
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, (list, tuple, set, frozenset)):
        raise AnswerError(question.slug, "wrong_type",
                          f"expected a list of choices, not {_show(raw)}")
    values = set()
    for item in raw:
        if not isinstance(item, str) or item.strip() not in question.choices:
            raise AnswerError(question.slug, "unknown_choice", f"{_show(item)} is not one of "
                              f"the choices ({', '.join(question.choices)})")
        values.add(item.strip())
    return frozenset(values)


def _number(question, raw):
    if isinstance(raw, bool):
        raise AnswerError(question.slug, "wrong_type", f"expected a number, not {_show(raw)}")
    if isinstance(raw, str):
        text = raw.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
        text = text.replace(",", ".")
        if not text or len(text) > 40 or not all(c in "0123456789.-+" for c in text):
            raise AnswerError(question.slug, "wrong_type",
                              f"expected a number, not {_show(raw)}")
        try:
            raw = int(text) if text.lstrip("+-").isdigit() else float(text)
        except ValueError:
            raise AnswerError(question.slug, "wrong_type",
                              f"expected a number, not {_show(raw)}") from None
    if not isinstance(raw, (int, float)):
        raise AnswerError(question.slug, "wrong_type", f"expected a number, not {_show(raw)}")
    if isinstance(raw, float) and not math.isfinite(raw):
        raise AnswerError(question.slug, "out_of_range", f"{_show(raw)} is not a number")
    if isinstance(raw, int) and abs(raw) > MAX_NUMBER:
        raise AnswerError(question.slug, "out_of_range", f"{_show(raw)} is too large")
    return raw


def _show(value):
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
