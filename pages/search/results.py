"""Search results that behave like Wagtail's: lazy, sliceable, counted
without a second search, scores on request.

Whoosh finds the ids of the slice asked for (one page of results); the
objects come from the caller's own queryset in one query, put back in score
order. When relevance is off and no indexed order is asked, the database
orders the matching ids (the admin's listings)."""

from collections import Counter, OrderedDict

from modelsearch.backends.base import BaseSearchResults
from whoosh import query as wq
from whoosh import sorting

from . import documents
from .schema import ID_FIELD


class WhooshSearchResults(BaseSearchResults):
    def _search(self, limit):
        compiler = self.query_compiler
        searcher = self.backend.searcher_for(compiler.queryset.model)
        query = compiler.whoosh_query()
        filters = [compiler.content_type_filter()]
        own = compiler.whoosh_filter()
        if own is not None:
            filters.append(own)
        kwargs = {"filter": wq.And(filters) if len(filters) > 1 else filters[0],
                  "limit": limit}
        if not compiler.order_by_relevance:
            keys = compiler.sort_keys()
            if keys:
                kwargs["sortedby"] = [sorting.FieldFacet(name, reverse=reverse)
                                      for name, reverse in keys]
            else:
                kwargs["scored"] = False
        return searcher.search(query, **kwargs)

    def _ordered_by_database(self):
        compiler = self.query_compiler
        return not compiler.order_by_relevance and not compiler.sort_keys()

    def _do_search(self):
        compiler = self.query_compiler
        queryset = compiler.queryset
        if self._ordered_by_database():
            ids = [hit[ID_FIELD] for hit in self._search(limit=None)]
            objects = queryset.filter(pk__in=ids)
            if not queryset.ordered:  # the newest first, as Wagtail's backends do
                objects = objects.order_by("-pk")
            if self.prefetch_related:
                objects = objects.prefetch_related(*self.prefetch_related)
            return list(objects[self.start:self.stop])
        hits = self._search(limit=self.stop)
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

    def _do_count(self):
        total = len(self._search(limit=1))
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
