"""A complete set of questions and rights, checked as a whole: slugs unique,
every condition fits its question, every right a rule names exists, and no
right depends on itself, directly or through others (the cycle is named).

``parse()`` takes the decoded JSON (``serialise.loads()`` takes the text) and
returns a ``RuleSet`` or raises ``RulesError`` with every problem found."""

import re
from dataclasses import dataclass, field
from types import MappingProxyType

from .errors import Problem, RulesError
from .questions import CHOICE, DONT_KNOW, MULTI, NUMBER, TYPES, Question
from .rules import RuleParser, questions_in, rights_in, walk

SLUG = re.compile(r"[a-z0-9](?:[a-z0-9_-]{0,98}[a-z0-9])?")
QUESTION_KEYS = ("slug", "type", "choices", "allow_negative", "asked_if")
RIGHT_KEYS = ("slug", "title", "rule")
TOP_KEYS = ("questions", "rights")


@dataclass(frozen=True, slots=True)
class Right:
    slug: str
    title: object  # a string, or an object of texts per language
    rule: object
    nodes: tuple  # every node of the rule in pre-order: nodes[i].index == i
    depends_on: frozenset  # the rights its rule names
    extra: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True, slots=True, eq=False)  # compared (and hashed) by identity: a cache key
class RuleSet:
    questions: tuple  # in the order they are asked
    rights: tuple  # in the order they were given
    order: tuple  # the rights, each after every right its rule names
    question_order: tuple  # the questions, each after those its asked_if names
    extra: MappingProxyType
    question_by_slug: MappingProxyType
    right_by_slug: MappingProxyType
    questions_of_right: MappingProxyType  # slug -> the questions it uses, through rights too


def parse(data):
    """The ``RuleSet`` in ``data`` (decoded JSON), or ``RulesError``."""
    problems = []
    if not isinstance(data, dict):
        raise RulesError([Problem("rules", "", "the file must hold an object with "
                                               "'questions' and 'rights'")])
    raw_questions, raw_rights = data.get("questions"), data.get("rights")
    for key, value in (("questions", raw_questions), ("rights", raw_rights)):
        if not isinstance(value, list):
            problems.append(Problem("rules", "", f"'{key}' must be a list"))
    if problems:
        raise RulesError(problems)
    questions = _questions(raw_questions, problems)
    by_slug = {question.slug: question for question, _raw in questions}
    right_slugs = _right_slugs(raw_rights, problems)
    rights = []
    for raw in raw_rights:
        if (not isinstance(raw, dict) or not isinstance(raw.get("slug"), str)
                or raw["slug"] not in right_slugs):
            continue  # its slug is already reported
        where = raw["slug"]
        if not _is_title(raw.get("title")):
            problems.append(Problem(where, "", "a right needs a 'title' (text, or texts "
                                               "per language)"))
        if "rule" not in raw:
            problems.append(Problem(where, "", "a right needs a 'rule'"))
            continue
        parser = RuleParser(where, by_slug, right_slugs, problems)
        rule = parser.parse(raw["rule"])
        if rule is not None:
            rights.append(Right(where, raw["title"], rule, tuple(walk(rule)), frozenset(
                rights_in(rule)), MappingProxyType(_other(raw, RIGHT_KEYS))))
    questions = [_with_asked_if(question, raw, by_slug, problems)
                 for question, raw in questions]
    if problems:
        raise RulesError(problems)
    by_slug = {question.slug: question for question in questions}
    right_by_slug = {right.slug: right for right in rights}
    order = _in_dependency_order(right_by_slug, lambda r: r.depends_on, problems)
    question_order = _in_dependency_order(
        by_slug, lambda q: questions_in(q.asked_if) if q.asked_if else (), problems,
        where=lambda slug: f"question '{slug}'", path="asked_if")
    if problems:
        raise RulesError(problems)
    used = {}
    for right in order:
        used[right.slug] = frozenset(questions_in(right.rule)).union(
            *(used[slug] for slug in right.depends_on))
    return RuleSet(tuple(questions), tuple(rights), tuple(order), tuple(question_order),
                   MappingProxyType(_other(data, TOP_KEYS)), MappingProxyType(by_slug),
                   MappingProxyType(right_by_slug), MappingProxyType(used))


def _questions(raw_questions, problems):
    """(question without its asked_if, raw) pairs: asked_if is parsed once
    every question is known."""
    found, seen = [], set()
    for number, raw in enumerate(raw_questions):
        where = f"question {number + 1}"
        if not isinstance(raw, dict):
            problems.append(Problem(where, "", "a question must be an object"))
            continue
        slug = raw.get("slug")
        if not isinstance(slug, str) or not SLUG.fullmatch(slug):
            problems.append(Problem(where, "", "a question needs a 'slug' of lower-case "
                                               "letters, digits, '-' and '_'"))
            continue
        where = f"question '{slug}'"
        if slug in seen:
            problems.append(Problem(where, "", "two questions have this slug"))
            continue
        seen.add(slug)
        kind = raw.get("type")
        if kind not in TYPES:
            problems.append(Problem(where, "", f"unknown type {kind!r}; use one of "
                                               f"{', '.join(TYPES)}"))
            continue
        items = raw.get("choices", [])
        values = _choices(where, kind, items, problems)
        allow_negative = raw.get("allow_negative", False)
        if not isinstance(allow_negative, bool) or (allow_negative and kind != NUMBER):
            problems.append(Problem(where, "", "'allow_negative' is true or false, and only "
                                               "for a number question"))
            continue
        if values is None:
            continue
        question = Question(slug, kind, values, allow_negative, None,
                            MappingProxyType(_other(raw, QUESTION_KEYS)),
                            tuple(items) if kind in (CHOICE, MULTI) else ())
        found.append((question, raw))
    return found


def _choices(where, kind, items, problems):
    if kind not in (CHOICE, MULTI):
        if items:
            problems.append(Problem(where, "", f"only choice and multi questions have "
                                               f"choices, not {kind}"))
            return None
        return ()
    if not isinstance(items, list) or not items:
        problems.append(Problem(where, "", "a choice or multi question needs a list of "
                                           "'choices'"))
        return None
    values = [item.get("value") if isinstance(item, dict) else item for item in items]
    for value in values:
        if not isinstance(value, str) or not SLUG.fullmatch(value) or value == DONT_KNOW:
            problems.append(Problem(where, "", f"the choice {value!r} must be a slug "
                                               f"(and not '{DONT_KNOW}')"[:200]))
            return None
    if len(set(values)) != len(values):
        problems.append(Problem(where, "", "two choices have the same value"))
        return None
    return tuple(values)


def _with_asked_if(question, raw, questions, problems):
    if raw.get("asked_if") is None:
        return question
    where = f"question '{question.slug}'"
    parser = RuleParser(where, questions, set(), problems, allow_rights=False)
    before = len(problems)
    node = parser.parse(raw["asked_if"], "asked_if")
    if node is not None and question.slug in questions_in(node):
        problems.append(Problem(where, "asked_if", "a question cannot depend on its own "
                                                   "answer"))
    if node is None or len(problems) > before:
        return question
    return Question(question.slug, question.type, question.choices, question.allow_negative,
                    node, question.extra, question.choice_items)


def _right_slugs(raw_rights, problems):
    slugs = set()
    for number, raw in enumerate(raw_rights):
        slug = raw.get("slug") if isinstance(raw, dict) else None
        if not isinstance(slug, str) or not SLUG.fullmatch(slug):
            problems.append(Problem(f"right {number + 1}", "", "a right needs a 'slug' of "
                                    "lower-case letters, digits, '-' and '_'"))
        elif slug in slugs:
            problems.append(Problem(slug, "", "two rights have this slug"))
        else:
            slugs.add(slug)
    return slugs


def _in_dependency_order(items, dependencies, problems, where=str, path=""):
    """Items each after those they depend on (depth-first, keeping the given
    order otherwise); a cycle is a problem that names it: "a → b → a"."""
    order, state = [], {}
    for start in items:
        if start in state:
            continue
        state[start] = "open"
        stack = [(start, iter(sorted(dependencies(items[start]))))]
        while stack:
            slug, pending = stack[-1]
            for other in pending:
                if other not in items or state.get(other) == "done":
                    continue
                if state.get(other) == "open":
                    chain = [entry[0] for entry in stack]
                    cycle = chain[chain.index(other):] + [other]
                    problems.append(Problem(where(other), path, "depends on itself: "
                                            + " → ".join(cycle)))
                    continue
                state[other] = "open"
                stack.append((other, iter(sorted(dependencies(items[other])))))
                break
            else:
                stack.pop()
                state[slug] = "done"
                order.append(items[slug])
    return order


def _is_title(title):
    if isinstance(title, dict):
        return bool(title) and all(isinstance(text, str) and text.strip()
                                   for text in title.values())
    return isinstance(title, str) and bool(title.strip())


def _other(raw, known):
    return {key: value for key, value in raw.items() if key not in known}
