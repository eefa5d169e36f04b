"""axe's result, in axe's own shape, turned into Balise's findings: one per
element axe flagged, with the WCAG success criterion and the EN 301 549 clause
read from the rule's tags and the AnySurfer theme of that criterion, so that
axe's findings and the content rules' are grouped and compared the same way.

Pure: no ORM and no Wagtail.
"""

from ..axe.configuration import en_clauses, success_criteria
from ..criteria import BY_NUMBER
from ..findings import IMPACTS, Finding

# axe leaves the impact out of a few results (and of "incomplete" ones)
DEFAULT_IMPACT = "moderate"
FRAME_SEPARATOR = " >> "
SHADOW_SEPARATOR = " >>> "


def location_of(target):
    """axe's node target as one line: ``["iframe", "img"]`` (an element in a
    frame) gives ``iframe >> img``; a selector into a shadow root (a list
    inside the list) is joined with ``>>>``."""
    if isinstance(target, str):
        return target
    parts = []
    for part in target or ():
        if isinstance(part, list | tuple):
            parts.append(SHADOW_SEPARATOR.join(str(piece) for piece in part))
        else:
            parts.append(str(part))
    return FRAME_SEPARATOR.join(parts)


def impact_of(*candidates):
    for impact in candidates:
        if impact in IMPACTS:
            return impact
    return DEFAULT_IMPACT


def anysurfer_theme(criterion):
    """The AnySurfer theme of a WCAG success criterion, "" when the
    criterion is not in the A/AA list (a best practice has none)."""
    known = BY_NUMBER.get(criterion)
    return known.theme if known is not None else ""


def findings_of(result, *, page_id=None, locale="", revision_id=None):
    """One ``Finding`` per node of each violation in axe's ``result``."""
    found = []
    for violation in result.get("violations") or ():
        tags = violation.get("tags") or ()
        criteria = success_criteria(tags)
        wcag = criteria[0] if criteria else ""
        clauses = en_clauses(tags)
        for node in violation.get("nodes") or ():
            found.append(Finding(
                rule=violation.get("id", ""),
                impact=impact_of(node.get("impact"), violation.get("impact")),
                location=location_of(node.get("target")),
                snippet=node.get("html", ""),
                wcag=wcag,
                en_clause=clauses[0] if clauses else "",
                anysurfer=anysurfer_theme(wcag),
                hint=violation.get("help", ""),
                page_id=page_id, locale=locale, revision_id=revision_id))
    return found


def help_urls(result):
    """{rule id: axe's page about the rule} for the rules that failed."""
    return {violation["id"]: violation.get("helpUrl", "")
            for violation in result.get("violations") or () if "id" in violation}


def engine_version(result):
    return (result.get("testEngine") or {}).get("version", "")
