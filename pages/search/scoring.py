"""The best hits of a query and the count of all of them, scored from whole
blocks of postings.

Whoosh scores a match by walking its matcher tree one document at a time in
Python (about 20 µs a document for a word looked for in six fields), so a
common word ("aide", 3,000 pages) takes tens of milliseconds, and its block
skipping helps little when every field is or'ed. The queries the site compiles
are terms (a word in a field, with the field's boost) or'ed across fields and
and'ed across words. For those, this module reads each posting list a block
at a time (the document numbers and term frequencies Whoosh stores as arrays)
and adds up the same BM25F score Whoosh would give, into one dict per query:
the count is the number of allowed keys, the top of the page a partial sort.
Any other query (a phrase, a prefix, another weighting) returns ``None``, and
Whoosh's own collector is used as before.

The scores are Whoosh's to the last rounding (``tests/pages/test_search_scoring.py``
compares both on indexes with several segments and deleted documents), so the
order of results does not depend on which path found them."""

import bisect
import heapq

from whoosh import query as wq
from whoosh import scoring as wscoring
from whoosh.codec import whoosh3
from whoosh.matching.wrappers import FilterMatcher
from whoosh.util.numeric import byte_to_length


class Unsupported(Exception):
    """A query this module does not score: Whoosh does."""


class Ranking:
    """The scores of every document a query matches, among the allowed ones."""

    def __init__(self, scores, searcher):
        self.scores = scores
        self.searcher = searcher  # whose document numbers the scores are keyed by
        self._ordered = []

    @property
    def total(self):
        return len(self.scores)

    def top(self, limit):
        """The ``limit`` best ``(document number, score)``, best first; equal
        scores in index order, as Whoosh's collector gives them."""
        if limit is None or limit >= len(self.scores):
            limit = len(self.scores)
        if len(self._ordered) < limit:
            self._ordered = heapq.nsmallest(
                limit, self.scores.items(), key=lambda item: (-item[1], item[0]))
        return self._ordered[:limit]


def rank(searcher, query, allowed):
    """The ``Ranking`` of ``query`` on ``searcher`` among the document numbers
    in ``allowed`` (a set), or ``None`` for a query scored by Whoosh."""
    weighting = searcher.weighting
    if type(weighting) is not wscoring.BM25F:
        return None
    try:
        scores = _Scorer(searcher, weighting).scores(query)
    except Unsupported:
        return None
    if allowed is not None:
        kept = scores.keys() & allowed  # in C; most often every match is allowed
        if len(kept) < len(scores):
            scores = {doc: scores[doc] for doc in kept}
    return Ranking(scores, searcher)


class _Scorer:
    def __init__(self, searcher, weighting):
        self.searcher = searcher
        self.weighting = weighting
        self.leaves = searcher.reader().leaf_readers()
        # per searcher: each field's length bytes and BM25 length factors
        self.cache = searcher.__dict__.setdefault("_balise_lengths", {})

    def scores(self, query, among=None):
        """{document number: score} of the documents ``query`` matches; with
        ``among`` (the candidates of an "and", sorted), blocks of postings that
        hold none of them are skipped unread, and the scores of documents
        outside it may be left out."""
        kind = type(query)
        boost = getattr(query, "boost", 1.0)
        if kind is wq.Term:
            return self._term(query, boost, among)  # the boost applied as each score is made
        elif kind is wq.Or:
            if query.scale or query.minmatch:
                raise Unsupported
            # the biggest part copied whole (in C), the others added to it:
            # a common word's body postings are not walked a second time
            parts = sorted((self.scores(subquery, among) for subquery in query.subqueries),
                           key=len, reverse=True)
            found = dict(parts[0]) if parts else {}
            for part in parts[1:]:
                for doc, score in part.items():
                    found[doc] = found.get(doc, 0.0) + score
        elif kind is wq.And:
            # the rarest part first: the others then read only the blocks of
            # postings where its documents are (a common word's blocks between
            # them are never decoded)
            subqueries = sorted(query.subqueries, key=self._estimate)
            if not subqueries:
                return {}
            found = self.scores(subqueries[0], among)
            for subquery in subqueries[1:]:
                if not found:
                    return {}
                part = self.scores(subquery, sorted(found))
                found = {doc: score + part[doc] for doc, score in found.items() if doc in part}
            if not found:
                return {}
        elif kind is wq.AndNot:
            found = self.scores(query.a, among)
            excluded = self.scores(query.b, sorted(found)) if found else {}
            found = {doc: score for doc, score in found.items() if doc not in excluded}
            boost = 1.0  # AndNot passes its boost on to the positive side
        elif isinstance(query, type(wq.NullQuery)):
            return {}
        else:
            raise Unsupported
        if boost != 1.0:
            found = {doc: score * boost for doc, score in found.items()}
        return found

    def _estimate(self, query):
        """How many documents ``query`` can match at most, from the term
        infos alone (no posting read)."""
        kind = type(query)
        if kind is wq.Term:
            try:
                return self.searcher.doc_frequency(
                    query.fieldname, self.searcher.schema[query.fieldname].to_bytes(query.text))
            except (KeyError, ValueError):
                return 0
        if kind is wq.Or:
            return sum(self._estimate(subquery) for subquery in query.subqueries)
        if kind is wq.And:
            return min((self._estimate(subquery) for subquery in query.subqueries), default=0)
        if kind is wq.AndNot:
            return self._estimate(query.a)
        return 0

    def _term(self, query, boost=1.0, among=None):
        searcher = self.searcher
        fieldname = query.fieldname
        schema = searcher.schema
        if fieldname not in schema:
            return {}
        field = schema[fieldname]
        try:
            text = field.to_bytes(query.text)
        except ValueError:
            return {}
        if (fieldname, text) not in searcher.reader():
            return {}
        if not field.scorable:
            raise Unsupported  # Whoosh scores it by weight alone: let it
        idf = searcher.idf(fieldname, text)
        average = searcher.avg_field_length(fieldname) or 1
        b_value = self.weighting._field_B.get(fieldname, self.weighting.B)
        k1 = self.weighting.K1
        k1_plus_one = k1 + 1
        factors = self._factors(fieldname, average, b_value, k1)
        found = {}
        for reader, offset in self.leaves:
            if (fieldname, text) not in reader:
                continue
            lengths = self._lengths(reader, fieldname)
            wanted = None
            if among is not None:  # the candidates in this segment, its own numbers
                low = bisect.bisect_left(among, offset)
                high = bisect.bisect_left(among, offset + reader.doc_count_all())
                if low == high:
                    continue
                wanted = [doc - offset for doc in among[low:high]]
            for postings in _blocks(reader, fieldname, text, wanted):
                # whoosh.scoring.bm25, written the same way for the same
                # rounding, then the term's boost as Whoosh applies it
                if boost == 1.0:
                    for doc, weight in postings:
                        found[doc + offset] = idf * ((weight * k1_plus_one)
                                                     / (weight + factors[lengths[doc]]))
                else:
                    for doc, weight in postings:
                        found[doc + offset] = idf * ((weight * k1_plus_one)
                                                     / (weight + factors[lengths[doc]])) * boost
        return found

    def _factors(self, fieldname, average, b_value, k1):
        """BM25's length factor for each of the 256 length bytes Whoosh
        stores (``K1 * ((1 - B) + B * length / average)``)."""
        key = ("factors", fieldname)
        factors = self.cache.get(key)
        if factors is None:
            factors = self.cache[key] = [
                k1 * ((1 - b_value) + b_value * byte_to_length(byte) / average)
                for byte in range(256)]
        return factors

    def _lengths(self, reader, fieldname):
        """The length byte of ``fieldname`` for every document of one segment,
        read once per searcher."""
        key = (id(reader), fieldname)
        lengths = self.cache.get(key)
        if lengths is None:
            lengths = self.cache[key] = _length_bytes(reader, fieldname)
        return lengths


def _length_bytes(reader, fieldname):
    try:
        column = reader._perdoc._cached_reader(whoosh3._lenfield(fieldname),
                                               whoosh3.LENGTHS_COLUMN)
        if column is None:
            raise Unsupported
        count = column._count
        raw = column._dbfile.get(column._basepos, count) if count else b""
    except AttributeError as error:  # another codec: let Whoosh score
        raise Unsupported from error
    return bytes(raw) + bytes(max(0, reader.doc_count_all() - count))


def _blocks(reader, fieldname, text, wanted=None):
    """The ``(document number, weight)`` of a posting list, a block at a
    time, deleted documents left out. With ``wanted`` (sorted document
    numbers), a block none of them can be in is skipped without reading it:
    a block's header says its last document, the previous block's last one
    is below its first."""
    matcher = reader.postings(fieldname, text)
    deleted = None
    if isinstance(matcher, FilterMatcher):
        deleted = matcher._ids
        matcher = matcher.child
    if isinstance(matcher, whoosh3.W3LeafMatcher):
        after = -1  # every document of the block is above this one
        while not matcher._atend:
            last = matcher._maxid
            if wanted is not None:
                next_wanted = bisect.bisect_right(wanted, after)
                if next_wanted >= len(wanted):
                    return  # no candidate left in this posting list
                if wanted[next_wanted] > last:
                    after = last
                    matcher._next_block()
                    continue
            after = last
            matcher._read_ids()
            matcher._read_weights()
            postings = zip(matcher._ids, matcher._weights, strict=True)
            if deleted:
                postings = [(doc, weight) for doc, weight in postings if doc not in deleted]
            yield postings
            matcher._next_block()
        return
    postings = []
    while matcher.is_active():
        doc = matcher.id()
        if not deleted or doc not in deleted:
            postings.append((doc, matcher.weight()))
        matcher.next()
    yield postings
