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
import threading
from array import array
from collections import OrderedDict

from whoosh import query as wq
from whoosh import scoring as wscoring
from whoosh.codec import whoosh3
from whoosh.matching.wrappers import FilterMatcher
from whoosh.util.numeric import byte_to_length

# How many decoded postings a process keeps for an index: about 12 bytes each
# with their blocks, so some 36 MB at most. The 1,000 words of
# benchmarks/search.py's two-word queries on 40,000 pages hold 1.2 million.
KEPT_POSTINGS = 3_000_000
# {(index folder, index name, generation, segments): _Kept}, the last few
_SHARED = OrderedDict()
_SHARED_LOCK = threading.Lock()
_GENERATIONS_KEPT = 4  # two indexes (pages, documents), the one being replaced too


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
        # per searcher: each field's length bytes and BM25 length factors,
        # the posting lists decoded last
        self.cache = searcher.__dict__.setdefault("_balise_lengths", {})
        self.kept = _kept_for(searcher)

    def scores(self, query, among=None):
        """{document number: score} of the documents ``query`` matches; with
        ``among`` (the candidates of an "and", sorted), blocks of postings that
        hold none of them are skipped unread, and the scores of documents
        outside it may be left out."""
        kind = type(query)
        boost = getattr(query, "boost", 1.0)
        if kind is wq.Term:
            # the boost applied as each score is made
            return self._term(query.fieldname, query.text, boost, among)
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

    def _term(self, fieldname, word, boost, among):
        searcher = self.searcher
        schema = searcher.schema
        if fieldname not in schema:
            return {}
        field = schema[fieldname]
        try:
            text = field.to_bytes(word)
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
        for segment, (reader, offset) in enumerate(self.leaves):
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
            for ids, weights in self._postings(segment, reader, fieldname, text, wanted):
                # whoosh.scoring.bm25, written the same way for the same
                # rounding, then the term's boost as Whoosh applies it
                for doc, weight in zip(ids, weights, strict=True):
                    found[doc + offset] = idf * ((weight * k1_plus_one)
                                                 / (weight + factors[lengths[doc]])) * boost
        return found

    def _postings(self, segment, reader, fieldname, text, wanted):
        """The blocks of a posting list a search needs, decoded. Decoding
        (Whoosh keeps a block's ids, weights and positions in one compressed
        pickle) is most of a search's cost, and citizens search the same few
        words over and over: a list decoded whole is kept while its index
        generation is current (``_kept_for``), ids and weights only. A word
        first met beside a rarer one (``wanted``) is decoded only where that
        one is; met again, whole."""
        key = (segment, fieldname, text)
        kept = self.kept.get(key)
        if kept is None:
            if wanted is not None and not self.kept.asked(key):
                return _blocks(reader, fieldname, text, wanted)
            kept = _decoded(reader, fieldname, text)
            self.kept.put(key, kept, sum(len(ids) for ids, _weights in kept[1]))
        lasts, blocks = kept
        if wanted is None:
            return blocks
        return [blocks[at] for at in _needed(lasts, wanted)]

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


def _kept_for(searcher):
    """The postings kept for the index generation ``searcher`` reads. Each
    thread of a server process has its own searcher of the same files (a
    Whoosh file is read by seek and read): they share what is decoded. A
    commit (new pages, deletions) is a new generation, which starts empty."""
    kept = searcher.__dict__.get("_balise_postings")
    if kept is not None:
        return kept
    index = getattr(searcher, "_ix", None)
    folder = getattr(getattr(index, "storage", None), "folder", None)
    if folder is None:  # an index in memory, or not from a folder: its own
        kept = _Kept(KEPT_POSTINGS)
    else:
        # segments have random names: an index made again in the same
        # folder, its generations counted from the start, is another key
        segments = tuple(_segment_name(reader) for reader, _offset in
                         searcher.reader().leaf_readers())
        key = (folder, index.indexname, searcher.reader().generation(), segments)
        with _SHARED_LOCK:
            kept = _SHARED.get(key)
            if kept is None:
                kept = _SHARED[key] = _Kept(KEPT_POSTINGS)
                while len(_SHARED) > _GENERATIONS_KEPT:
                    _SHARED.popitem(last=False)
    searcher.__dict__["_balise_postings"] = kept
    return kept


def forget_kept_postings():
    """Empty what every searcher of this process keeps (a benchmark measures
    each kind of query from nothing kept)."""
    with _SHARED_LOCK:
        for kept in _SHARED.values():
            kept.clear()
        _SHARED.clear()


def _segment_name(reader):
    segment = getattr(reader, "segment", None)
    return segment().segment_id() if segment is not None else id(reader)


def _needed(lasts, wanted):
    """The indexes of the blocks (given by their last document numbers) that
    can hold one of the ``wanted`` documents (sorted)."""
    after = -1  # every document of a block is above the previous block's last
    for at, last in enumerate(lasts):
        first_wanted = _wanted_after(wanted, after)
        if first_wanted is None:
            return
        if first_wanted <= last:
            yield at
        after = last


def _wanted_after(wanted, after):
    """The first of the ``wanted`` documents (sorted) above ``after``, or None."""
    at = bisect.bisect_right(wanted, after)
    return wanted[at] if at < len(wanted) else None


def _decoded(reader, fieldname, text):
    """A whole posting list: the last document number of each block, and each
    block's ids and weights, deleted documents left out."""
    lasts, blocks = [], []
    matcher, deleted = _matcher(reader, fieldname, text)
    if not isinstance(matcher, whoosh3.W3LeafMatcher):
        return [2**32], [_other_postings(matcher, deleted)]  # one block holding all
    while not matcher._atend:
        lasts.append(matcher._maxid)
        blocks.append(_block(matcher, deleted))
        matcher._next_block()
    return lasts, blocks


def _blocks(reader, fieldname, text, wanted=None):
    """The ``(ids, weights)`` of a posting list, a block at a time, deleted
    documents left out. With ``wanted`` (sorted document numbers), a block
    none of them can be in is skipped without reading it: a block's header
    says its last document, the previous block's last one is below its first."""
    matcher, deleted = _matcher(reader, fieldname, text)
    if not isinstance(matcher, whoosh3.W3LeafMatcher):
        yield _other_postings(matcher, deleted)
        return
    after = -1
    while not matcher._atend:
        last = matcher._maxid
        if wanted is None:
            yield _block(matcher, deleted)
        else:
            first_wanted = _wanted_after(wanted, after)
            if first_wanted is None:
                return  # no candidate left in this posting list
            if first_wanted <= last:
                yield _block(matcher, deleted)
        after = last
        matcher._next_block()


def _matcher(reader, fieldname, text):
    """The posting list's own matcher, and the deleted documents it hides."""
    matcher = reader.postings(fieldname, text)
    if isinstance(matcher, FilterMatcher):
        return matcher.child, matcher._ids
    return matcher, None


def _block(matcher, deleted):
    matcher._read_ids()
    matcher._read_weights()
    # as compact arrays: Whoosh's weights are 32-bit floats (array "f") when
    # written, so the array holds them exactly
    ids, weights = array("I", matcher._ids), array("f", matcher._weights)
    if deleted:
        kept = [(doc, weight) for doc, weight in zip(ids, weights, strict=True)
                if doc not in deleted]
        ids = array("I", [doc for doc, _ in kept])
        weights = array("f", [weight for _, weight in kept])
    return ids, weights


def _other_postings(matcher, deleted):
    """Any other codec's postings, one at a time (slower, the same result)."""
    ids, weights = array("I"), array("d")
    while matcher.is_active():
        doc = matcher.id()
        if not deleted or doc not in deleted:
            ids.append(doc)
            weights.append(matcher.weight())
        matcher.next()
    return ids, weights


class _Kept:
    """The posting lists decoded last, up to ``size`` postings in all; the
    least recently used list goes first. Also which lists were asked for
    lately (asked twice, a list is worth decoding whole). A searcher is shared
    by a worker's threads: the lock keeps the order and the count true."""

    ASKED = 20_000  # lists remembered as asked for

    def __init__(self, size):
        self.size = size
        self.count = 0
        self.lists = OrderedDict()
        self.asked_keys = OrderedDict()
        self.lock = threading.Lock()

    def clear(self):
        with self.lock:
            self.lists.clear()
            self.asked_keys.clear()
            self.count = 0

    def get(self, key):
        with self.lock:
            found = self.lists.get(key)
            if found is not None:
                self.lists.move_to_end(key)
                return found[0]
            return None

    def asked(self, key):
        """Whether ``key`` was asked for before; it is now."""
        with self.lock:
            before = key in self.asked_keys
            self.asked_keys[key] = True
            self.asked_keys.move_to_end(key)
            if len(self.asked_keys) > self.ASKED:
                self.asked_keys.popitem(last=False)
            return before

    def put(self, key, value, size):
        if size > self.size:
            return
        with self.lock:
            if key in self.lists:
                return
            self.lists[key] = (value, size)
            self.count += size
            while self.count > self.size:
                _key, (_value, dropped) = self.lists.popitem(last=False)
                self.count -= dropped
