"""Small rule sets for the engine tests, built from Python dicts."""

from rights_explorer.engine import parse

QUESTIONS = [
    {"slug": "age", "type": "age"},
    {"slug": "income", "type": "number"},
    {"slug": "balance", "type": "number", "allow_negative": True},
    {"slug": "belgian", "type": "boolean"},
    {"slug": "region", "type": "choice", "choices": ["brussels", "wallonia", "flanders"]},
    {"slug": "benefits", "type": "multi", "choices": ["ris", "grapa", "apa"]},
    {"slug": "has_children", "type": "boolean"},
    {"slug": "children", "type": "number",
     "asked_if": {"question": "has_children", "op": "eq", "value": True}},
]


def rules(*rights, questions=QUESTIONS):
    """A RuleSet of these (slug, rule) rights on the test questions."""
    return parse({"questions": questions,
                  "rights": [{"slug": slug, "title": slug.title(), "rule": rule}
                             for slug, rule in rights]})


def one(rule):
    return rules(("the-right", rule))
