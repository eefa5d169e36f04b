"""The Whoosh schema every Balise index uses.

Models declare their own ``search_fields``, and a page type added later must
not need a new schema: the fields are declared by the end of their names
(Whoosh's glob fields), so ``title__fr`` is French text, ``live__fb`` a
boolean filter and ``path__fs`` a string filter, whatever the model. Whoosh
refuses names that start with "_": the index's own fields start "doc_"."""

from whoosh.fields import BOOLEAN, DATETIME, ID, KEYWORD, NUMERIC, TEXT, Schema

from . import analysis

ID_FIELD = "doc_id"
CONTENT_TYPES = "doc_types"
LANGUAGE = "doc_lang"
NULLS = "doc_nulls"  # the names of the filter fields whose value is None
ALL = "doc_all"
LIST = "fk"  # several values (a many-to-many relation, tags): one keyword each


def build_schema():
    schema = Schema(**{
        ID_FIELD: ID(unique=True, stored=True),
        CONTENT_TYPES: KEYWORD(),
        LANGUAGE: ID(),
        NULLS: KEYWORD(),
    })
    for language in analysis.LANGUAGES:
        schema.add(f"*__{language}", TEXT(analyzer=analysis.stemming(language)), glob=True)
    schema.add(f"*__{analysis.NEUTRAL}", TEXT(analyzer=analysis.folded()), glob=True)
    schema.add(f"*__{analysis.WORDS}", TEXT(analyzer=analysis.written(), phrase=False),
               glob=True)
    schema.add(f"*__{analysis.AUTOCOMPLETE}",
               TEXT(analyzer=analysis.autocomplete(), phrase=False), glob=True)
    suffixes = analysis.FILTER_SUFFIXES
    schema.add(f"*__{suffixes['str']}", ID(sortable=True), glob=True)
    schema.add(f"*__{suffixes['int']}", NUMERIC(int, bits=64, signed=True, sortable=True),
               glob=True)
    schema.add(f"*__{suffixes['float']}", NUMERIC(float, sortable=True), glob=True)
    schema.add(f"*__{suffixes['bool']}", BOOLEAN(), glob=True)
    schema.add(f"*__{suffixes['date']}", DATETIME(sortable=True), glob=True)
    schema.add(f"*__{LIST}", KEYWORD(commas=True), glob=True)
    return schema
