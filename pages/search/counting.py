"""How many documents a query matches, without scoring them.

A page of results needs its ten best hits and the number of all of them.
Whoosh finds the ten best quickly by skipping the blocks of postings that
cannot reach them, but it counts by walking every match in Python, scoring or
not. The queries the site compiles are terms (a word in a field) or'ed across
fields and and'ed across words: their matches are unions and intersections of
posting lists, which Python's sets compute in C. Any other query (a phrase, a
prefix) is walked by Whoosh, as before."""

from whoosh import query as wq

UNIONS = (wq.Or, wq.DisjunctionMax)


def matching(searcher, query):
    """The document numbers of ``searcher``'s index that ``query`` matches
    (deleted documents left out, as Whoosh's postings do)."""
    return _documents(searcher, searcher.reader(), query)


def _documents(searcher, reader, query):
    kind = type(query)
    if kind is wq.Term:
        return _term(searcher, reader, query)
    if kind in UNIONS:
        found = set()
        for subquery in query.subqueries:
            found |= _documents(searcher, reader, subquery)
        return found
    if kind is wq.And:
        found = None
        for subquery in query.subqueries:
            documents = _documents(searcher, reader, subquery)
            found = documents if found is None else found & documents
            if not found:
                return set()
        return found or set()
    if kind is wq.AndNot:
        return _documents(searcher, reader, query.a) - _documents(searcher, reader, query.b)
    if kind is wq.NullQuery.__class__:
        return set()
    return set(searcher.docs_for_query(query))


def _term(searcher, reader, query):
    field = searcher.schema[query.fieldname] if query.fieldname in searcher.schema else None
    if field is None:
        return set()
    try:
        text = field.to_bytes(query.text)
    except ValueError:
        return set()
    if (query.fieldname, text) not in reader:
        return set()
    return set(reader.postings(query.fieldname, text).all_ids())
