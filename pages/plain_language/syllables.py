"""Syllables from pyphen's hyphenation dictionaries (shipped with pyphen, so
nothing is downloaded at run time), one per language; never an English-only
counter. Hyphenation points are not exactly spoken syllables (French "aide"
counts 1): the count is consistent, which is what a score needs."""

from functools import cache

import pyphen

DICTIONARIES = {"fr": "fr_FR", "nl": "nl_NL", "de": "de_DE", "en": "en_GB"}


@cache
def _dictionary(language):
    return pyphen.Pyphen(lang=DICTIONARIES[language])


@cache
def _count(part, language):
    return len(_dictionary(language).positions(part.lower())) + 1


def count(word, language):
    """Syllables of a tokens.Word: an acronym is read letter by letter."""
    if word.is_acronym:
        return word.letters
    return sum(_count(part, language) for part in word.parts)
