"""Jargon and abbreviations: which words of a page a reader may not know, and
whether the page explains them.

A glossary entry is either a word to replace (nl "derhalve" → "dus") or a
necessary term that may stay once the page explains it where it first appears
("Le revenu d'intégration est de l'argent..."). A term counts as explained
when its first use is followed by a parenthesis, a colon or a dash, or by a
defining verb ("est", "is", "ist", "means"...). The rule is simple on purpose:
writers can see why a term was or was not accepted.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

DEFINING_VERBS = {
    "fr": ("est", "sont", "c'est", "veut dire", "signifie"),
    "nl": ("is", "zijn", "betekent", "wil zeggen"),
    "de": ("ist", "sind", "bedeutet", "heißt"),
    "en": ("is", "are", "means"),
}
ACRONYM = re.compile(r"(?<![\w-])([A-ZÀ-ÖØ-Þ]{2,6})(?![\w-])")


@dataclass(frozen=True)
class GlossaryEntry:
    term: str
    alternative: str = ""
    explanation: str = ""
    allowed_if_explained: bool = True


def _term_pattern(term):
    words = [re.escape(part) for part in term.replace("’", "'").split()]
    body = r"\s+".join(words).replace("'", "['’]")
    return rf"(?<![\w-]){body}(?![\w-])"


def _explained_after(language):
    verbs = "|".join(re.escape(v).replace("'", "['’]") for v in DEFINING_VERBS[language])
    return re.compile(rf"\s*(?:\(|:|–|—|\s-\s|,?\s+(?:{verbs})\b)", re.IGNORECASE)


@lru_cache(maxsize=64)
def _compiled(entries, language):
    compiled = []
    for entry in entries:
        is_acronym = entry.term.isupper()
        flags = 0 if is_acronym else re.IGNORECASE
        compiled.append((entry, re.compile(_term_pattern(entry.term), flags)))
    # longest terms first, so "revenu d'intégration sociale" wins over "revenu d'intégration"
    compiled.sort(key=lambda pair: -len(pair[0].term))
    return tuple(compiled), _explained_after(language)


class Glossary:
    """A compiled glossary for one language; cheap to reuse between analyses."""

    def __init__(self, entries, language):
        self.language = language
        self._terms, self._explained_after = _compiled(tuple(entries), language)

    def __bool__(self):
        return bool(self._terms)

    def hits(self, sentence):
        """(entry, matched text) for each glossary term in a sentence; a
        shorter term inside a longer one found first is not counted twice."""
        taken, found = [], []
        for entry, pattern in self._terms:
            for match in pattern.finditer(sentence):
                span = match.span()
                if any(span[0] < end and start < span[1] for start, end in taken):
                    continue
                taken.append(span)
                found.append((span[0], entry, match.group()))
        return [(entry, text) for _, entry, text in sorted(found, key=lambda hit: hit[0])]

    def is_explained_in(self, term, page_text):
        """Whether the first use of ``term`` in the page is followed by an
        explanation (or the term is first introduced in parentheses)."""
        flags = 0 if term.isupper() else re.IGNORECASE
        match = re.search(_term_pattern(term), page_text, flags)
        if match is None:
            return False
        if self._explained_after.match(page_text, match.end()):
            return True
        return page_text[max(0, match.start() - 1):match.start()] == "(" and \
            page_text[match.end():match.end() + 1] == ")"


def acronyms_in(sentence):
    return ACRONYM.findall(sentence)


def acronym_explained(acronym, page_text, language):
    """An abbreviation is explained when its first use is followed by an
    explanation, or it is given in parentheses after its full form."""
    return Glossary((), language).is_explained_in(acronym, page_text)
