""""Did you mean": a misspelled search corrected from the site's own words.

Each word the pages of the reader's language never use is replaced by the
closest word they do use ("revnu d'intgration" -> "revenu d'intégration"),
the rest of what the reader typed kept as typed. The backend answers from
its vocabulary of words as written (``suggest``, ``knows``); a backend
without one (Wagtail's database backend) never suggests."""

import re

WORD = re.compile(r"\w+")
MIN_LENGTH = 3  # "d", "la", "de": too short to correct


def distance(first, second):
    """Letters to add, remove, change or swap to go from one word to the
    other (optimal string alignment)."""
    previous2, previous = None, list(range(len(second) + 1))
    for i, a in enumerate(first, 1):
        current = [i]
        for j, b in enumerate(second, 1):
            cost = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b))
            if previous2 is not None and i > 1 and j > 1 and a == second[j - 2] \
                    and first[i - 2] == b:
                cost = min(cost, previous2[j - 2] + 1)
            current.append(cost)
        previous2, previous = previous, current
    return previous[-1]


def closest(word, candidates):
    """The candidate nearest to ``word``, the most frequent first among
    equals (the backend lists them so), in the case the reader typed it:
    Whoosh ranks by frequency only ("revnu" -> "revenus" before "revenu")."""
    if not candidates:
        return None
    typed = word.lower()
    best = min(candidates, key=lambda candidate: distance(typed, candidate.lower()))
    if word.isupper() and len(word) > 1:
        return best.upper()
    if word[:1].isupper():
        return best[:1].upper() + best[1:]
    return best


def corrected(query, language, backend):
    """``query`` with its unknown words corrected, or None when there is
    nothing to correct or nothing better to offer."""
    if not (hasattr(backend, "suggest") and hasattr(backend, "knows")):
        return None
    pieces = []
    position = 0
    changed = False
    for match in WORD.finditer(query):
        word = match.group()
        replacement = None
        if len(word) >= MIN_LENGTH and not word.isdigit() \
                and not backend.knows(word, language):
            replacement = closest(word, [candidate for candidate
                                         in backend.suggest(word, language, limit=8)
                                         if backend.knows(candidate, language)])
        if replacement is not None:
            pieces.append(query[position:match.start()])
            pieces.append(replacement)
            position = match.end()
            changed = True
    if not changed:
        return None
    pieces.append(query[position:])
    return "".join(pieces)
