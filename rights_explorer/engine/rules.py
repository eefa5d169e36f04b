"""The JSON rule format (DESIGN.md, "Rights rules"), parsed into small
immutable nodes, with every mistake reported as a ``Problem`` that names the
right (or question) and the path of the condition inside its rule.

- a condition: ``{"question": slug, "op": ..., "value": ...}``;
- groups: ``{"all": [...]}``, ``{"any": [...]}``, ``{"not": rule}``;
- another right: ``{"right": slug}``, which follows that right's outcome.

Any other key on a node (a reader sentence per language in ``"text"``, say)
is kept as it is, so that an export gives back what was imported.

Each node knows its place in its rule (``path``, for messages, and
``index``, its position in the rule's pre-order list of nodes) and how to
compute its truth: evaluation writes each node's truth at its index, which is
how every result carries the status of each condition at little cost.
"""

import math
from dataclasses import dataclass, field
from types import MappingProxyType

from .errors import Problem
from .logic import FALSE, TRUE, UNKNOWN
from .questions import AGE, BOOLEAN, CHOICE, MAX_AGE, MULTI, NUMBER, TYPE_NAMES

OPERATORS = ("eq", "ne", "in", "not_in", "lt", "lte", "gt", "gte", "contains")
ORDERING = ("lt", "lte", "gt", "gte")
SHAPES = ("question", "all", "any", "not", "right")
CONDITION_KEYS = ("question", "op", "value")
MAX_DEPTH = 40
_NO_EXTRA = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Condition:
    question: str
    op: str
    value: object
    path: str
    index: int
    extra: MappingProxyType = _NO_EXTRA
    test: object = field(default=None, compare=False, repr=False)

    def truth(self, answers, outcomes, out):
        answer = answers.get(self.question)
        result = UNKNOWN if answer is None else TRUE if self.test(answer) else FALSE
        out[self.index] = result
        return result


@dataclass(frozen=True, slots=True)
class RightRef:
    right: str
    path: str
    index: int
    extra: MappingProxyType = _NO_EXTRA

    def truth(self, answers, outcomes, out):
        result = outcomes[self.right]
        out[self.index] = result
        return result


@dataclass(frozen=True, slots=True)
class All:
    children: tuple
    path: str
    index: int
    extra: MappingProxyType = _NO_EXTRA

    def truth(self, answers, outcomes, out):
        result = TRUE
        for child in self.children:
            value = child.truth(answers, outcomes, out)
            if value < result:
                result = value
        out[self.index] = result
        return result


@dataclass(frozen=True, slots=True)
class Any:
    children: tuple
    path: str
    index: int
    extra: MappingProxyType = _NO_EXTRA

    def truth(self, answers, outcomes, out):
        result = FALSE
        for child in self.children:
            value = child.truth(answers, outcomes, out)
            if value > result:
                result = value
        out[self.index] = result
        return result


@dataclass(frozen=True, slots=True)
class Not:
    child: object
    path: str
    index: int
    extra: MappingProxyType = _NO_EXTRA

    def truth(self, answers, outcomes, out):
        result = (TRUE, UNKNOWN, FALSE)[self.child.truth(answers, outcomes, out)]
        out[self.index] = result
        return result


LEAVES = (Condition, RightRef)


def walk(node):
    """Every node of a rule, in pre-order (the order of their ``index``)."""
    yield node
    if isinstance(node, (All, Any)):
        for child in node.children:
            yield from walk(child)
    elif isinstance(node, Not):
        yield from walk(node.child)


def questions_in(node):
    return {n.question for n in walk(node) if isinstance(n, Condition)}


def rights_in(node):
    return {n.right for n in walk(node) if isinstance(n, RightRef)}


class RuleParser:
    """Parses one rule; problems go to ``problems`` instead of stopping at
    the first, so an import lists everything that is wrong at once."""

    def __init__(self, where, questions, rights, problems, allow_rights=True):
        self.where = where
        self.questions = questions  # slug -> Question
        self.rights = rights  # the set of right slugs
        self.problems = problems
        self.allow_rights = allow_rights
        self.count = 0

    def problem(self, path, message):
        self.problems.append(Problem(self.where, path, message))

    def parse(self, raw, path="", depth=0):
        if depth > MAX_DEPTH:
            self.problem(path, f"the rule is nested more than {MAX_DEPTH} levels deep")
            return None
        if not isinstance(raw, dict):
            self.problem(path, "a condition must be an object, not "
                               f"{type(raw).__name__}")
            return None
        shapes = [key for key in SHAPES if key in raw]
        if len(shapes) != 1:
            self.problem(path, "a condition needs exactly one of 'question', 'all', 'any', "
                               f"'not' or 'right' (found {len(shapes)})")
            return None
        shape = shapes[0]
        index = self.count
        self.count += 1
        if shape in ("all", "any"):
            return self._group(raw, shape, path, index, depth)
        extra = _extra(raw, (shape,) if shape != "question" else CONDITION_KEYS)
        if shape == "not":
            child = self.parse(raw["not"], _join(path, "not"), depth + 1)
            return None if child is None else Not(child, path, index, extra)
        if shape == "right":
            return self._right(raw, path, index, extra)
        return self._condition(raw, path, index, extra)

    def _group(self, raw, shape, path, index, depth):
        items = raw[shape]
        if not isinstance(items, list):
            self.problem(path, f"'{shape}' needs a list of conditions")
            return None
        children = [self.parse(item, _join(path, f"{shape}[{number}]"), depth + 1)
                    for number, item in enumerate(items)]
        if any(child is None for child in children):
            return None
        node_class = All if shape == "all" else Any
        return node_class(tuple(children), path, index, _extra(raw, (shape,)))

    def _right(self, raw, path, index, extra):
        slug = raw["right"]
        if not self.allow_rights:
            self.problem(path, "only questions can decide whether a question is asked, "
                               "not rights")
            return None
        if not isinstance(slug, str) or slug not in self.rights:
            self.problem(path, f"no right {_show(slug)}")
            return None
        return RightRef(slug, path, index, extra)

    def _condition(self, raw, path, index, extra):
        slug, op = raw["question"], raw.get("op")
        question = self.questions.get(slug) if isinstance(slug, str) else None
        if question is None:
            self.problem(path, f"no question {_show(slug)}")
            return None
        if op not in OPERATORS:
            self.problem(path, f"unknown operator {_show(op)}; use one of "
                               f"{', '.join(OPERATORS)}")
            return None
        if "value" not in raw:
            self.problem(path, f"the condition on question '{slug}' needs a 'value'")
            return None
        value = raw["value"]
        kind = f"question '{slug}' is {TYPE_NAMES[question.type]}"
        if op in ORDERING and question.type not in (NUMBER, AGE):
            self.problem(path, f"{kind}; '{op}' needs a number or age question")
            return None
        if op == "contains" and question.type != MULTI:
            self.problem(path, f"{kind}; 'contains' needs a multi question")
            return None
        if op in ("in", "not_in"):
            if not isinstance(value, list) or not value:
                self.problem(path, f"'{op}' needs a non-empty list of values")
                return None
            message = next(filter(None, (_value_problem(question, item) for item in value)),
                           None)
        elif question.type == MULTI and op in ("eq", "ne"):
            message = ("'eq' and 'ne' on a multi question need a list of choices"
                       if not isinstance(value, list)
                       else next(filter(None, (_value_problem(question, item)
                                               for item in value)), None))
        else:
            message = _value_problem(question, value)
        if message:
            self.problem(path, f"{kind}; {message}")
            return None
        return Condition(slug, op, value, path, index, extra, _test(question, op, value))


def _value_problem(question, value):
    kind = question.type
    if kind == BOOLEAN and not isinstance(value, bool):
        return f"the value must be true or false, not {_show(value)}"
    if kind in (CHOICE, MULTI) and (not isinstance(value, str) or value not in question.choices):
        return f"{_show(value)} is not one of its choices ({', '.join(question.choices)})"
    if kind == NUMBER and not _is_number(value):
        return f"the value must be a number, not {_show(value)}"
    if kind == AGE and not (isinstance(value, int) and not isinstance(value, bool)
                            and 0 <= value <= MAX_AGE):
        return f"the value must be a whole number from 0 to {MAX_AGE}, not {_show(value)}"
    return None


def _is_number(value):
    return (isinstance(value, (int, float)) and not isinstance(value, bool)
            and (isinstance(value, int) or math.isfinite(value)))


def _test(question, op, value):
    """The comparison, built once at parse time: evaluation only calls it."""
    multi = question.type == MULTI
    if op in ("in", "not_in"):
        values = frozenset(value)
        if multi:
            return ((lambda a: not a.isdisjoint(values)) if op == "in"
                    else (lambda a: a.isdisjoint(values)))
        return (lambda a: a in values) if op == "in" else (lambda a: a not in values)
    if multi and op in ("eq", "ne"):
        values = frozenset(value)
        return (lambda a: a == values) if op == "eq" else (lambda a: a != values)
    return {
        "eq": lambda a: a == value, "ne": lambda a: a != value,
        "lt": lambda a: a < value, "lte": lambda a: a <= value,
        "gt": lambda a: a > value, "gte": lambda a: a >= value,
        "contains": lambda a: value in a,
    }[op]


def _extra(raw, known):
    return MappingProxyType({key: value for key, value in raw.items() if key not in known})


def _join(path, step):
    return f"{path}.{step}" if path else step


def _show(value):
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 40 else text[:37] + "..."
