"""Test personas checked against a rule set: which expected outcomes the
rules break, and the conditions that explain each one.

Personas arrive as plain data (``PersonaData``), so that the check runs the
same on the live rules, on a rule set where a draft replaces its published
version (before a publish) and in tests, without a database."""

from dataclasses import dataclass, field

from .errors import AnswerError
from .evaluate import OUTCOMES, evaluate

#: Why an expectation is broken, besides a different outcome.
UNKNOWN_RIGHT = "unknown_right"  # the rules have no right with this slug
ANSWERS_DO_NOT_FIT = "answers_do_not_fit"  # an answer no longer fits its question
OUTCOMES_KNOWN = frozenset(OUTCOMES.values())


@dataclass(frozen=True, slots=True)
class PersonaData:
    name: str
    answers: dict
    expectations: tuple  # (right slug, expected outcome) pairs
    key: object = None  # what the caller knows the persona by (a primary key)


@dataclass(frozen=True, slots=True)
class Broken:
    """One expectation the rules do not meet. ``got`` is the outcome the
    rules give (``None`` when there is none); ``reasons`` are the conditions
    that explain it (``NodeStatus``: node and truth), ``problem`` a code
    above when the outcome could not be computed, ``detail`` its message."""

    persona: PersonaData
    right: str
    expected: str
    got: str = None
    reasons: tuple = ()
    problem: str = ""
    detail: str = ""

    @property
    def key(self):
        """What stays the same when a persona breaks the same way twice."""
        return (self.persona.name, self.right, self.expected, self.got, self.problem)


@dataclass(frozen=True, slots=True)
class PersonaCheck:
    persona: PersonaData
    broken: tuple = field(default=())

    @property
    def holds(self):
        return not self.broken


def check_persona(ruleset, persona):
    """The ``PersonaCheck`` of one persona against ``ruleset``."""
    try:
        evaluation = evaluate(ruleset, persona.answers)
    except AnswerError as error:
        return PersonaCheck(persona, tuple(
            Broken(persona, right, expected, problem=ANSWERS_DO_NOT_FIT, detail=str(error))
            for right, expected in persona.expectations))
    broken = []
    for right, expected in persona.expectations:
        if right not in evaluation.results:
            broken.append(Broken(persona, right, expected, problem=UNKNOWN_RIGHT))
            continue
        result = evaluation[right]
        if result.outcome != expected:
            broken.append(Broken(persona, right, expected, result.outcome, result.reasons))
    return PersonaCheck(persona, tuple(broken))


def check_personas(ruleset, personas):
    """A ``PersonaCheck`` for each persona, in the given order."""
    return [check_persona(ruleset, persona) for persona in personas]


def newly_broken(before, after):
    """The broken expectations of ``after`` that ``before`` did not have
    (the same persona, right and outcome): what a change would break."""
    known = {broken.key for check in before for broken in check.broken}
    return [broken for check in after for broken in check.broken if broken.key not in known]
