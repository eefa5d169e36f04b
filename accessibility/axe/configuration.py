"""The one axe configuration: the rules every check in Balise runs (CI browser
tests, audits, the editor's checker), and how to read a finding's WCAG success
criterion and EN 301 549 clause from its tags. Pure Python.

The tags are WCAG 2.0, 2.1 and 2.2 at levels A and AA (``wcag22aa`` is what
makes axe run ``target-size``, which is off by default), plus the EN 301 549
tags the bundled axe knows: ``EN-301-549`` (V3.2.1) since axe-core 4.7, and
``EN-301-549v4`` (V4.1.1, aligned with WCAG 2.2) when the engine has it.
"""

import re

from . import script

WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")
EN_301_549_TAGS = ("EN-301-549", "EN-301-549v4")
# passes and inapplicable rules are not needed to report, and are the bulk of a result
RESULT_TYPES = ("violations", "incomplete")

SUCCESS_CRITERION_TAG = re.compile(r"^wcag(\d)(\d)(\d{1,2})$")
EN_CLAUSE_TAG = re.compile(r"^EN-(\d+(?:\.\d+)+)$")
LEVEL_TAG = re.compile(r"^wcag2\d?(a{1,3})$")


def run_only_tags(has_tag=None):
    """The tags to run, in a stable order: every WCAG tag, and each EN 301 549
    tag that ``has_tag`` (by default: the bundled axe) knows."""
    has_tag = has_tag or script.has_tag
    return [*WCAG_TAGS, *(tag for tag in EN_301_549_TAGS if has_tag(tag))]


def axe_options(result_types=RESULT_TYPES, has_tag=None):
    """The ``options`` argument of ``axe.run``: to be sent as JSON, never as a
    Python literal (``True`` is not JavaScript)."""
    return {
        "runOnly": {"type": "tag", "values": run_only_tags(has_tag)},
        "resultTypes": list(result_types),
    }


def success_criteria(tags):
    """WCAG success criteria named by a rule's tags: ``wcag143`` -> "1.4.3"."""
    found = []
    for tag in tags:
        match = SUCCESS_CRITERION_TAG.match(tag)
        if match:
            found.append(".".join(match.groups()))
    return found


def en_clauses(tags):
    """EN 301 549 clauses named by a rule's tags: ``EN-9.1.4.3`` -> "9.1.4.3"."""
    return [match.group(1) for tag in tags if (match := EN_CLAUSE_TAG.match(tag))]


def wcag_level(tags):
    """The WCAG conformance level ("A", "AA", "AAA") of a rule, from its level
    tags (``wcag2a``, ``wcag21aa``…); "" for a best practice."""
    levels = [match.group(1).upper() for tag in tags if (match := LEVEL_TAG.match(tag))]
    return min(levels, key=len) if levels else ""
