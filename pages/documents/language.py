"""The language a document is written in, guessed from its words, so that
its text is indexed with that language's stemmer ("allocations" then finds
"allocation"). Counting the language's most common little words is enough
for a page of text, and needs nothing installed. Pure: no Django."""

import re

from whoosh.lang.stopwords import stoplists

LANGUAGES = ("fr", "nl", "de", "en")
SAMPLE_WORDS = 3000
MIN_HITS = 8  # fewer common words than this: too little text to tell
MARGIN = 1.3  # the winner must beat the second language by this much

_WORD = re.compile(r"[^\W\d_]+")
_STOP_WORDS = {language: frozenset(stoplists[language]) for language in LANGUAGES}


def guess_language(text):
    """"fr", "nl", "de" or "en", or "" when the text is too short or mixed."""
    words = [word.lower() for word in _WORD.findall(text or "")[:SAMPLE_WORDS]]
    scores = {language: sum(word in stop_words for word in words)
              for language, stop_words in _STOP_WORDS.items()}
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, hits), (_second, second_hits) = ranked[0], ranked[1]
    if hits < MIN_HITS or hits < second_hits * MARGIN:
        return ""
    return best
