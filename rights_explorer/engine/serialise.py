"""The JSON form of questions and rights (``rights_export``,
``rights_import``) and of an evaluation (``rights_evaluate``).

Keys come in a fixed order: the contract's keys first (``slug``, ``type``,
``choices``...; ``question``, ``op``, ``value``), then any other key in
alphabetical order, recursively. So an export is the same text however the
rules were built, and importing an export then exporting again gives it back
byte for byte."""

import json

from .errors import Problem, RulesError
from .questions import CHOICE, MULTI
from .rules import All, Any, Condition, Not, RightRef
from .ruleset import parse


def loads(text):
    """The ``RuleSet`` in a JSON text, or ``RulesError``."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise RulesError([Problem("rules", "", f"not valid JSON: {error}"[:300])]) from None
    return parse(data)


def dumps(ruleset):
    return _text(export(ruleset))


def export(ruleset):
    data = {"questions": [question_as_json(q) for q in ruleset.questions],
            "rights": [right_as_json(r) for r in ruleset.rights]}
    return data | _sorted(dict(ruleset.extra))


def question_as_json(question):
    data = {"slug": question.slug, "type": question.type}
    if question.type in (CHOICE, MULTI):
        data["choices"] = _sorted(list(question.choice_items))
    if question.allow_negative:
        data["allow_negative"] = True
    if question.asked_if is not None:
        data["asked_if"] = rule_as_json(question.asked_if)
    return data | _sorted(dict(question.extra))


def right_as_json(right):
    data = {"slug": right.slug, "title": _sorted(right.title), "rule": rule_as_json(right.rule)}
    return data | _sorted(dict(right.extra))


def rule_as_json(node):
    if isinstance(node, Condition):
        data = {"question": node.question, "op": node.op, "value": node.value}
    elif isinstance(node, RightRef):
        data = {"right": node.right}
    elif isinstance(node, Not):
        data = {"not": rule_as_json(node.child)}
    else:
        key = "all" if isinstance(node, All) else "any"
        assert isinstance(node, (All, Any))  # noqa: S101 - the node types are closed
        data = {key: [rule_as_json(child) for child in node.children]}
    return data | _sorted(dict(node.extra))


def evaluation_as_json(evaluation):
    """For ``rights_evaluate``: each right's slug, outcome and the status
    of every condition (``path`` "" is the whole rule)."""
    return [{"slug": result.slug, "outcome": result.outcome,
             "conditions": [_status(status) for status in result.statuses]}
            for result in evaluation]


def evaluation_dumps(evaluation):
    return _text(evaluation_as_json(evaluation))


def _status(status):
    node = status.node
    data = {"path": node.path, "status": str(status.truth)}
    if isinstance(node, Condition):
        data |= {"question": node.question, "op": node.op, "value": node.value}
    elif isinstance(node, RightRef):
        data["right"] = node.right
    else:
        data["group"] = "not" if isinstance(node, Not) else (
            "all" if isinstance(node, All) else "any")
    if "text" in node.extra:
        data["text"] = _sorted(node.extra["text"])
    return data


def _sorted(value):
    if isinstance(value, dict):
        return {key: _sorted(value[key]) for key in sorted(value)}
    if isinstance(value, list):
        return [_sorted(item) for item in value]
    return value


def _text(data):
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
