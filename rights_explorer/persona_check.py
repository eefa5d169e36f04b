"""The test personas checked against the rules of the database: the live
ones, the latest drafts, or the live ones with one right's or one question's
new version in place (what a publish would make live).

The engine (``engine.personas``) does the checking; this module fetches
the personas and the rules, and words each broken expectation for staff in
their language, with the conditions that explain it."""

import json
from dataclasses import dataclass

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from . import rule_set
from .engine import RightRef, RulesError, parse
from .engine.logic import FALSE, TRUE
from .engine.personas import (
    ANSWERS_DO_NOT_FIT,
    UNKNOWN_RIGHT,
    PersonaData,
    check_personas,
    newly_broken,
)
from .personas import OUTCOME_CHOICES, Persona

OUTCOME_LABELS = dict(OUTCOME_CHOICES)
TRUTH_LABELS = {TRUE: _("holds"), FALSE: _("does not hold")}
UNKNOWN_LABEL = _("not known (no answer)")


def personas():
    """Every persona as the engine reads it, in name order."""
    return [
        PersonaData(persona.name, persona.answers if isinstance(persona.answers, dict) else {},
                    tuple((item.right, item.outcome) for item in persona.expectations.all()),
                    persona.pk)
        for persona in Persona.objects.prefetch_related("expectations").order_by("name")
    ]


def rules(drafts=False, right=None, question=None):
    """The ``RuleSet`` to check against; ``right`` or ``question`` (not
    saved yet) replaces its stored version. Raises ``RulesError``."""
    return parse(rule_set.engine_data(question=question, right=right, drafts=drafts))


def check(drafts=False):
    """(rule set, a ``PersonaCheck`` per persona) for the live rules or the
    latest drafts. Raises ``RulesError`` when those rules do not hold."""
    ruleset = rules(drafts=drafts)
    return ruleset, check_personas(ruleset, personas())


def broken_by_change(right=None, question=None):
    """(rule set after the change, the expectations that publishing this
    right or question would break and that hold today).

    "After" is the live rules with the new version in place; when that set
    does not hold (the new rule needs a question that is still a draft), the
    latest drafts with the new version in place. When neither holds, the
    save's own validation explains why, so nothing is reported here."""
    data = personas()
    if not data:
        return None, []
    try:
        after = rules(right=right, question=question)
    except RulesError:
        try:
            after = rules(drafts=True, right=right, question=question)
        except RulesError:
            return None, []
    try:
        before = check_personas(rules(), data)
    except RulesError:
        before = []
    return after, newly_broken(before, check_personas(after, data))


@dataclass
class BrokenRow:
    """A broken expectation as staff read it."""

    persona: str
    persona_key: object
    right: str
    right_title: str
    expected: str
    got: str
    why: list


def rows(broken_list, ruleset):
    """``BrokenRow`` for each broken expectation, in the reader's language."""
    language = (get_language() or "fr").split("-")[0]
    return [_row(broken, ruleset, language) for broken in broken_list]


def _row(broken, ruleset, language):
    right = ruleset.right_by_slug.get(broken.right) if ruleset is not None else None
    title = _title(right.title, language) if right is not None else broken.right
    if broken.problem == UNKNOWN_RIGHT:
        got, why = "—", [str(_("The rules have no right with this slug."))]
    elif broken.problem == ANSWERS_DO_NOT_FIT:
        got = "—"
        why = [str(_("An answer no longer fits its question: %(detail)s")
                   % {"detail": broken.detail})]
    else:
        got = str(OUTCOME_LABELS.get(broken.got, broken.got))
        why = [_reason(status, ruleset, language) for status in broken.reasons]
    return BrokenRow(broken.persona.name, broken.persona.key, broken.right, title,
                     str(OUTCOME_LABELS.get(broken.expected, broken.expected)), got, why)


def _reason(status, ruleset, language):
    node = status.node
    text = node.extra.get("text")
    if isinstance(text, dict):
        sentence = text.get(language) or text.get("fr") or next(iter(text.values()), "")
    elif isinstance(text, str):
        sentence = text
    else:
        sentence = ""
    if isinstance(node, RightRef):
        right = ruleset.right_by_slug.get(node.right)
        sentence = sentence or (_title(right.title, language) if right else node.right)
    elif not sentence:
        sentence = f"{node.question} {node.op} {_shown(node.value)}"
    truth = TRUTH_LABELS.get(status.truth, UNKNOWN_LABEL)
    return f"{sentence} ({node.path or '-'}): {truth}"


def _shown(value):
    if isinstance(value, (set, frozenset, tuple)):
        value = sorted(value)
    return json.dumps(value, ensure_ascii=False, default=str)


def _title(title, language):
    if isinstance(title, dict):
        return title.get(language) or title.get("fr") or next(iter(title.values()), "")
    return str(title)


def summary(checks):
    """(personas, personas whose expectations hold, broken expectations)."""
    return (len(checks), sum(1 for item in checks if item.holds),
            sum(len(item.broken) for item in checks))
