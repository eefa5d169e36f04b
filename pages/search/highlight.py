"""The words a reader searched for, marked in a result's title and summary.

A result was found by the stem of a word, without its accents ("allocation"
finds "Allocations"), so it is marked the same way: each word of the text is
stemmed and folded with the analyzer of the page's language and compared with
the query's. Stop words are never marked ("de" would light up every line).
Pure: text in, HTML out, no Django."""

from functools import lru_cache
from html import escape

from whoosh.analysis import RegexTokenizer

from . import analysis

_TOKENIZER = RegexTokenizer(analysis.TOKENS)


@lru_cache(maxsize=8)
def _analyzers(language):
    language = analysis.language_of(language)
    stemming = analysis.stemming(language) if language in analysis.LANGUAGES else None
    return stemming, analysis.folded()


@lru_cache(maxsize=4096)
def _forms(word, language):
    """(stem, folded word) of one word; the stem is None for a stop word or a
    language without a stemmer."""
    stemming, folded = _analyzers(language)
    stems = [token.text for token in stemming(word)] if stemming is not None else []
    plain = [token.text for token in folded(word)]
    if stemming is not None and not stems:
        return None, None  # a stop word
    return (stems[0] if stems else None), (plain[0] if plain else None)


def query_forms(queries, language):
    """The stems and folded words of every word of ``queries`` (the search,
    and its synonyms) in ``language``."""
    stems, words = set(), set()
    for query in queries:
        for token in _TOKENIZER(query or ""):
            stem, word = _forms(token.text, language)
            if stem:
                stems.add(stem)
            if word and len(word) > 1:
                words.add(word)
    return frozenset(stems), frozenset(words)


def highlight(text, queries, language):
    """``text`` as HTML-escaped text, with each word matching a word of
    ``queries`` (a string or a list of strings) in ``<mark>``."""
    if isinstance(queries, str):
        queries = [queries]
    text = text or ""
    stems, words = query_forms(queries, language)
    if not (stems or words):
        return escape(text)
    pieces = []
    position = 0
    for token in _TOKENIZER(text, chars=True):
        stem, word = _forms(token.text, language)
        if (stem is not None and stem in stems) or (word is not None and word in words
                                                     and stem is not None):
            pieces.append(escape(text[position:token.startchar]))
            pieces.append(f"<mark>{escape(text[token.startchar:token.endchar])}</mark>")
            position = token.endchar
    pieces.append(escape(text[position:]))
    return "".join(pieces)
