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


def _term_body(term):
    words = [re.escape(part) for part in term.replace("’", "'").split()]
    return r"\s+".join(words).replace("'", "['’]")


def _term_pattern(term):
    return rf"(?<![\w-]){_term_body(term)}(?![\w-])"


def _explained_after(language):
    verbs = "|".join(re.escape(v).replace("'", "['’]") for v in DEFINING_VERBS[language])
    return re.compile(rf"\s*(?:\(|:|–|—|\s-\s|,?\s+(?:{verbs})\b)", re.IGNORECASE)


def _normalised(text):
    return " ".join(text.replace("’", "'").split())


@lru_cache(maxsize=64)
def _compiled(entries, language):
    """One pattern for all words (case-insensitive) and one for acronyms
    (exact case: "RIS" is jargon, "ris" is not), longest terms first so that
    "revenu d'intégration sociale" wins over "revenu d'intégration"; a match
    is mapped back to its entry by its normalised text. Two scans per
    sentence, whatever the size of the glossary."""
    words = {_normalised(e.term).lower(): e for e in entries if not e.term.isupper()}
    acronyms = {_normalised(e.term): e for e in entries if e.term.isupper()}

    def pattern(terms, flags):
        if not terms:
            return None
        body = "|".join(_term_body(term) for term in sorted(terms, key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", flags)

    return ((pattern(words, re.IGNORECASE), words, str.lower),
            (pattern(acronyms, 0), acronyms, str)), _explained_after(language)


class Glossary:
    """A compiled glossary for one language; cheap to reuse between analyses."""

    def __init__(self, entries, language):
        self.language = language
        entries = tuple(entries)
        self._size = len(entries)
        self._patterns, self._explained_after = _compiled(entries, language)

    def __bool__(self):
        return bool(self._size)

    def hits(self, sentence):
        """(entry, matched text) for each glossary term in a sentence, in order."""
        found = []
        for pattern, by_text, fold in self._patterns:
            if pattern is None:
                continue
            for match in pattern.finditer(sentence):
                entry = by_text.get(fold(_normalised(match.group())))
                if entry is not None:
                    found.append((match.start(), entry, match.group()))
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

