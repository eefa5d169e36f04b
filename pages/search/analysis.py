"""How text becomes index terms, per language, and the names of the index's
fields.

A page is analysed with the stemmer of its own language: French stemming
applied to Dutch (or the reverse) finds the wrong pages, and an accent a
citizen does not type ("integration", "Behorde") must still match. So each
searchable text goes into a field named after its language (``title__fr``),
stemmed then folded. The words as written (``doc_all_fr__words``, without
positions) are the site's vocabulary in that language, for "did you mean".
Every copy costs indexing time (a rebuild of 40,000 pages is mostly writing
postings), so there are no others. Only Whoosh is imported
here: no Django, no ORM."""

from whoosh.analysis import (
    CharsetFilter,
    LanguageAnalyzer,
    LowercaseFilter,
    NgramFilter,
    RegexTokenizer,
)
from whoosh.support.charset import accent_map

LANGUAGES = ("fr", "nl", "de", "en")
# Text of a model without a language (a snippet that is not translatable)
NEUTRAL = "xx"
# Words as written (lower case, accents kept): suggestions a reader can read
WORDS = "words"

# Suffixes of the index's field names, one per kind of value
TEXT_SUFFIXES = (*LANGUAGES, NEUTRAL)
AUTOCOMPLETE = "ac"
FILTER_SUFFIXES = {"str": "fs", "int": "fi", "float": "ff", "bool": "fb", "date": "fd"}

TOKENS = r"\w+(?:\.?\w+)*"  # as the stemming analyzers cut: d'|intégration, OCMW|steun


def _words():
    return RegexTokenizer(TOKENS) | LowercaseFilter()


def stemming(language):
    """Words, lower case, the language's stop words removed, stemmed, then
    accents folded (stemmers expect the accents, readers do not type them)."""
    return LanguageAnalyzer(language) | CharsetFilter(accent_map)


def folded():
    """Words as written, lower case and without accents (text of no language,
    autocompletion)."""
    return _words() | CharsetFilter(accent_map)


def written():
    """Words as written, in lower case, accents kept."""
    return _words()


def autocomplete():
    """The starts of words (2 to 15 letters), without accents: "alloc" finds
    "allocations". Queries use ``folded()``, not n-grams."""
    return folded() | NgramFilter(minsize=2, maxsize=15, at="start")


def text_field(name, language):
    """The index field holding the text of ``name`` in ``language``."""
    return f"{name}__{language}"


def filter_field(name, kind):
    return f"{name}__{FILTER_SUFFIXES[kind]}"


def autocomplete_field(name):
    return f"{name}__{AUTOCOMPLETE}"


def language_of(code):
    """The index language for a content language code ("fr-be" -> "fr");
    a language without a stemmer is indexed unstemmed."""
    base = (code or "").split("-")[0].lower()
    return base if base in LANGUAGES else NEUTRAL
