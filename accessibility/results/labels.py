"""How a stored finding is named to an auditor, in the active language.

A finding row keeps only the rule's id (and axe's English help for browser
findings): the title and the fix hint come from the rule definitions here, so
the same run reads in French for one auditor and in Dutch for the next.
"""

from django.utils.translation import get_language, pgettext_lazy

from .. import criteria
from ..axe.messages import BALISE_MESSAGES
from ..content_rules.definitions import ANYSURFER_THEMES
from ..content_rules.definitions import RULES as CONTENT_RULES
from ..documents.pdf import RULES as DOCUMENT_RULES

# findings whose rule names no WCAG success criterion (axe's best practices)
OTHER = "other"
OTHER_TITLE = pgettext_lazy("accessibility report", "Best practice (no WCAG success criterion)")

_RULES = {**CONTENT_RULES, **DOCUMENT_RULES}


def language():
    return (get_language() or "en")[:2]


def rule_title(finding):
    """The rule's short title in the active language: Balise's own for the
    content and document rules and the axe rules it translates, else axe's
    help text as stored by the run, else the rule id."""
    rule = _RULES.get(finding.rule)
    if rule is not None:
        return str(rule.title)
    own = BALISE_MESSAGES.get(finding.rule)
    if own:
        return str(own["error_name"])
    return finding.message or finding.rule


def rule_hint(finding):
    rule = _RULES.get(finding.rule)
    if rule is not None:
        return str(rule.hint)
    own = BALISE_MESSAGES.get(finding.rule)
    return str(own["help_text"]) if own else ""


def criterion_label(code):
    """(title, level) of a WCAG success criterion in the active language."""
    if code == OTHER:
        return str(OTHER_TITLE), ""
    criterion = criteria.BY_NUMBER.get(code)
    if criterion is None:
        return "", ""
    return criterion.title(language()), criterion.level


def criterion_sort_key(code):
    if code == OTHER:
        return (1, ())
    try:
        return (0, tuple(int(part) for part in code.split(".")))
    except ValueError:
        return (0, (999,))


def anysurfer_label(key):
    if not key:
        return ""
    if key in ANYSURFER_THEMES:
        return str(ANYSURFER_THEMES[key])
    return criteria.theme_label(key, language())


def axe_tags(finding):
    """The tags axe would give the rule: its WCAG level tag ("wcag2a",
    "wcag22aa"…), the success criterion ("wcag244"), the EN 301 549 clause,
    or "best-practice" without a criterion."""
    if not finding.wcag:
        return ["best-practice"]
    tags = []
    criterion = criteria.BY_NUMBER.get(finding.wcag)
    if criterion is not None:
        version = "" if criterion.since == "2.0" else criterion.since.replace("2.", "")
        tags.append(f"wcag2{version}{criterion.level.lower()}")
    tags.append("wcag" + finding.wcag.replace(".", ""))
    if finding.en_clause:
        tags += ["EN-301-549", f"EN-{finding.en_clause}"]
    return tags
