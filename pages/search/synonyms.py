"""Jargon-aware search: the plain-language glossary read as synonyms.

The glossary pairs each administrative term or abbreviation with what to
write instead ("RIS" -> "revenu d'intégration"), and the pages are written in
those plain words. So a search for the term also searches with the term
replaced by its plain alternative, and the other way round: "RIS" finds the
page about the "revenu d'intégration", "revenu d'intégration" the pages that
still say "RIS". ``alternatives`` is pure; ``glossary_pairs`` reads the
glossary of one language."""

import re

MAX_ALTERNATIVES = 4


def _normalised(text):
    return " ".join(text.replace("’", "'").split())


def _pattern(phrase):
    words = [re.escape(word) for word in _normalised(phrase).split()]
    return re.compile(rf"(?<![\w-]){r'\s+'.join(words)}(?![\w-])", re.IGNORECASE)


def alternatives(query, pairs):
    """Other ways to write ``query``: for each (term, plain alternative) pair
    of the glossary, the query with the term replaced by its alternative, or
    the alternative by the term. Longest matches first; the query itself is
    never among them."""
    query = _normalised(query)
    found = []
    candidates = []
    for term, plain in pairs:
        term, plain = _normalised(term), _normalised(plain)
        if term and plain and term.lower() != plain.lower():
            candidates.append((term, plain))
            candidates.append((plain, term))
    for written, other in sorted(candidates, key=lambda pair: len(pair[0]), reverse=True):
        replaced = _pattern(written).sub(lambda _match, other=other: other, query)
        if replaced.lower() != query.lower() and replaced.lower() not in \
                {item.lower() for item in found}:
            found.append(replaced)
        if len(found) >= MAX_ALTERNATIVES:
            break
    return found


def glossary_pairs(locale):
    """(term, plain alternative) of the glossary of ``locale``, in one query."""
    from ..plain_language.models import GlossaryTerm

    return list(GlossaryTerm.objects.filter(locale=locale).exclude(plain_alternative="")
                .values_list("term", "plain_alternative"))
