"""What every accessibility check returns, whoever runs it (the content
rules, the document checks, and later axe in a browser): one ``Finding`` per
problem, in the same shape, so a run can group them by WCAG criterion and
compare them with the previous run.

Pure: no ORM and no Wagtail; the glue fills in the page, locale and revision.
"""

import hashlib
import re
from dataclasses import asdict, dataclass, replace

# axe's impact levels, from least to most serious
IMPACTS = ("minor", "moderate", "serious", "critical")

_SPACES = re.compile(r"\s+")
_NUMBERS_IN_BRACKETS = re.compile(r"\[\d+\]")
SNIPPET_LENGTH = 120


def shorten(text, length=SNIPPET_LENGTH):
    """``text`` on one line, cut at ``length`` characters with an ellipsis."""
    text = _SPACES.sub(" ", str(text or "")).strip()
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def normalise_location(location):
    """The location without block positions ("body[3] > paragraph" becomes
    "body[] > paragraph"): moving a block up does not make its finding new."""
    return _SPACES.sub(" ", _NUMBERS_IN_BRACKETS.sub("[]", str(location or ""))).strip().lower()


@dataclass(frozen=True)
class Rule:
    """A check's fixed facts: which WCAG success criterion and EN 301 549
    clause it tests, its AnySurfer theme, how serious it is, and what to
    tell the editor (a short title and a fix hint, both translatable)."""

    id: str
    wcag: str
    en_clause: str
    anysurfer: str
    impact: str
    title: str
    hint: str
    # whether the editor's live check can run it in the browser (issue 12 point 6)
    in_browser: bool = False

    def finding(self, location, snippet=""):
        return Finding(rule=self.id, impact=self.impact, location=location, snippet=snippet,
                       wcag=self.wcag, en_clause=self.en_clause, anysurfer=self.anysurfer,
                       hint=self.hint)

    def as_dict(self):
        return {"id": self.id, "wcag": self.wcag, "en_clause": self.en_clause,
                "anysurfer": self.anysurfer, "impact": self.impact,
                "title": str(self.title), "hint": str(self.hint)}


@dataclass(frozen=True)
class Finding:
    rule: str
    impact: str
    # where: a block path ("body[3] > paragraph"), a CSS-like target or a document name
    location: str
    snippet: str = ""
    wcag: str = ""  # WCAG success criterion, "2.4.4"
    en_clause: str = ""  # EN 301 549 clause, "9.2.4.4"
    anysurfer: str = ""  # AnySurfer theme key (content_rules.definitions.ANYSURFER_THEMES)
    hint: str = ""  # how to fix it, translatable (a lazy string)
    # filled by the glue
    page_id: int | None = None
    locale: str = ""
    revision_id: int | None = None

    def __post_init__(self):
        if self.impact not in IMPACTS:
            raise ValueError(f"Unknown impact {self.impact!r}: use one of {IMPACTS}.")
        object.__setattr__(self, "snippet", shorten(self.snippet))

    @property
    def fingerprint(self):
        """The same problem in the same place gives the same fingerprint in
        every run (the page is not part of it: the glue adds it, and a
        finding from a shared template is the same on every page)."""
        key = "\x1f".join((self.rule, normalise_location(self.location),
                           _SPACES.sub(" ", self.snippet).strip().casefold()))
        return hashlib.sha1(key.encode(), usedforsecurity=False).hexdigest()[:16]

    def on_page(self, page_id=None, locale="", revision_id=None):
        return replace(self, page_id=page_id, locale=locale, revision_id=revision_id)

    def as_dict(self):
        data = asdict(self)
        data["hint"] = str(self.hint)
        data["fingerprint"] = self.fingerprint
        return data
