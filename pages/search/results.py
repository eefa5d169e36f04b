"""Search results that behave like Wagtail's: lazy, sliceable, counted
without a second search, scores on request.

Whoosh finds the ids of the slice asked for (one page of results); the
objects come from the caller's own queryset in one query, put back in score
order. When relevance is off and no indexed order is asked, the database
orders the matching ids (the admin's listings)."""

from collections import Counter, OrderedDict
from contextlib import contextmanager

from modelsearch.backends.base import BaseSearchResults
from whoosh import query as wq
from whoosh import sorting

from . import counting, documents, scoring
from .schema import ID_FIELD
from .storage import IndexUnavailable

FILTER_CACHE_SIZE = 64


@contextmanager
def reading_the_index():
    """Around Whoosh's reading of the index only (not the query's making,
    nor the database): a damaged index is often found when a search reads
    the bad block, and garbage read from it fails in any way (zlib, struct,
    pickle, a negative seek...). The index is unavailable then, as when it
    cannot be opened."""
    try:
        yield
    except IndexUnavailable:
        raise
    except Exception as error:
        raise IndexUnavailable("the search index cannot be read: rebuild it") from error


class WhooshSearchResults(BaseSearchResults):
    def _search(self, limit):
        """Whoosh's hits, at least ``limit`` of them (all for None). The
        search is kept on the query compiler, which the count and the slices
        of one search share, and made again when the index has changed."""
        compiler = self.query_compiler
        searcher = self.backend.searcher_for(compiler.queryset.model)
        kept = getattr(compiler, "_balise_hits", None)
        if kept is not None and kept[0] is searcher and (
                kept[1] is None or (limit is not None and kept[1] >= limit)):
            return kept[2]
        query, kwargs = self._compiled(limit)
        with reading_the_index():
            kwargs["filter"] = _filter_documents(searcher, kwargs["filter"])
            hits = searcher.search(query, **kwargs)
        compiler._balise_hits = (searcher, limit, hits)
        return hits

    def _compiled(self, limit):
        """The Whoosh query and the arguments of its search."""
        compiler = self.query_compiler
        query = compiler.whoosh_query()
        filters = [compiler.content_type_filter()]
        own = compiler.whoosh_filter()
        if own is not None:
            filters.append(own)
        # Whoosh skips the blocks of postings that cannot reach the top
        # ``limit``; the count comes from the posting lists (``_total``)
        kwargs = {"filter": wq.And(filters) if len(filters) > 1 else filters[0],
                  "limit": limit}
        if not compiler.order_by_relevance:
            keys = compiler.sort_keys()
            if keys:
                kwargs["sortedby"] = [sorting.FieldFacet(name, reverse=reverse)
                                      for name, reverse in keys]
            else:
                kwargs["scored"] = False
        return query, kwargs

    def _ordered_by_database(self):
        compiler = self.query_compiler
        return not compiler.order_by_relevance and not compiler.sort_keys()

    def _do_search(self):
        if self.stop is not None and self.stop <= self.start:
            return []  # an empty slice (a paginator's only page when nothing matched)
        compiler = self.query_compiler
        queryset = compiler.queryset
        if self._ordered_by_database():
            hits = self._search(limit=None)
            with reading_the_index():
                ids = [hit[ID_FIELD] for hit in hits]
            objects = queryset.filter(pk__in=ids)
            if not queryset.ordered:  # the newest first, as Wagtail's backends do
                objects = objects.order_by("-pk")
            if self.prefetch_related:
                objects = objects.prefetch_related(*self.prefetch_related)
            return list(objects[self.start:self.stop])
        ranking = self._ranking() if compiler.order_by_relevance else None
        if ranking is not None:
            with reading_the_index():
                stored = ranking.searcher.stored_fields
                found = [(stored(doc)[ID_FIELD], score)
                         for doc, score in ranking.top(self.stop)[self.start:self.stop]]
        else:
            hits = self._search(limit=self.stop)
            with reading_the_index():
                found = [(hit[ID_FIELD], hit.score) for hit in hits[self.start:self.stop]]
        if not found:
            return []
        objects = queryset.filter(pk__in=[pk for pk, _score in found])
        if self.prefetch_related:
            objects = objects.prefetch_related(*self.prefetch_related)
        by_pk = {str(obj.pk): obj for obj in objects}
        results = []
        for pk, score in found:
            obj = by_pk.get(pk)
            if obj is None:  # gone from the database, not yet from the index
                continue
            if self._score_field:
                setattr(obj, self._score_field, score)
            results.append(obj)
        return results

    def _total(self):
        """How many objects match, from the index's posting lists (no
        scoring); kept with the search, as its hits are."""
        compiler = self.query_compiler
        searcher = self.backend.searcher_for(compiler.queryset.model)
        kept = getattr(compiler, "_balise_hits", None)
        if kept is not None and kept[0] is searcher and kept[1] is None:
            return len(kept[2])  # every hit already found
        kept = getattr(compiler, "_balise_total", None)
        if kept is not None and kept[0] is searcher:
            return kept[1]
        ranking = self._ranking() if compiler.order_by_relevance else None
        if ranking is not None:
            return ranking.total
        query, kwargs = self._compiled(None)
        with reading_the_index():
            allowed = _allowed_documents(searcher, kwargs["filter"])
            total = len(counting.matching(searcher, query) & allowed)
        compiler._balise_total = (searcher, total)
        return total

    def _ranking(self):
        """The scored matches of a relevance-ordered search, from
        ``scoring`` (one pass over the posting lists gives the page of results
        and the count), kept on the query compiler like the hits; ``None``
        for a query Whoosh scores itself."""
        compiler = self.query_compiler
        searcher = self.backend.searcher_for(compiler.queryset.model)
        kept = getattr(compiler, "_balise_ranking", None)
        if kept is not None and kept[0] is searcher:
            return kept[1]
        query, kwargs = self._compiled(None)
        with reading_the_index():
            allowed = _allowed_documents(searcher, kwargs["filter"])
            ranking = scoring.rank(searcher, query, allowed)
        compiler._balise_ranking = (searcher, ranking)
        return ranking

    def _do_count(self):
        total = self._total()
        start = min(self.start, total)
        stop = total if self.stop is None else min(self.stop, total)
        return max(0, stop - start)

    def facet(self, field_name):
        compiler = self.query_compiler
        field = compiler._get_filterable_field(field_name)
        if field is None:
            from modelsearch.backends.base import FilterFieldError

            raise FilterFieldError(
                f'Cannot facet search results with field "{field_name}". Please add '
                f'index.FilterField("{field_name}") to '
                f"{compiler.queryset.model.__name__}.search_fields.", field_name=field_name)
        model = compiler.queryset.model
        name = documents.filter_name([field], model)
        kind = documents.filter_kind(field, model)
        hits = self._search(limit=None)
        reader = hits.searcher.reader()
        docs = set(hits.docs())
        counts = Counter()
        for term in reader.lexicon(name):
            matching = set(reader.postings(name, term).all_ids()) & docs
            if matching:
                counts[_term_value(reader, name, term, kind, field, model)] += len(matching)
        nulls = reader.postings(documents.schema.NULLS, name).all_ids() \
            if (documents.schema.NULLS, name.encode()) in reader else ()
        missing = len(set(nulls) & docs)
        if missing:
            counts[None] += missing
        return OrderedDict(counts.most_common())


def _allowed_documents(searcher, query):
    """The documents a filter keeps, as a set kept with the searcher: a
    site's searches repeat a few filters (live pages of one language) and
    Whoosh would otherwise go through every matching document each time.
    A Python set, not Whoosh's bit set: the collector's ``in`` and the
    count's ``&`` then run in C."""
    cache = searcher.__dict__.setdefault("_balise_filters", {})
    try:
        found = cache.get(query)
    except TypeError:  # a query Whoosh cannot hash
        return set(searcher.docs_for_query(query))
    if found is None:
        if len(cache) >= FILTER_CACHE_SIZE:
            cache.clear()
        found = cache[query] = set(searcher.docs_for_query(query))
    return found


def _filter_documents(searcher, query):
    """The filter of a Whoosh search: the documents it keeps."""
    found = _allowed_documents(searcher, query)
    # Whoosh reads an empty set as "no filter": the query then, which it
    # reads right, as keeping nothing
    return found if found else query


def _term_value(reader, name, term, kind, field, model):
    """A term of the index as the value the model holds (a tag's id as an
    int, not the text the index keeps)."""
    value = reader.schema[name].from_bytes(term)
    if isinstance(value, bytes):
        value = value.decode()
    if kind == documents.schema.LIST:
        target = field.get_field(model).target_field
        try:
            return target.to_python(value)
        except Exception:
            return value
    return value
