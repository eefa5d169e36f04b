"""A Wagtail search (query, queryset filters, order) as a Whoosh query.

The queryset's filters are pushed into Whoosh, not applied after scoring, so
the first page of ten results is ten results. A filter on the locale also
says which language's fields to search: a French reader's words are stemmed
as French and matched against French pages only."""

import functools
from functools import cached_property

from django.db.models import QuerySet, Subquery
from django.db.models.lookups import Lookup
from django.db.models.sql.query import Query
from modelsearch.backends.base import BaseSearchQueryCompiler, FilterError
from modelsearch.index import RelatedFields, SearchField, get_indexed_models
from modelsearch.query import And, Boost, Fuzzy, MatchAll, Not, Or, Phrase, PlainText
from whoosh import query as wq

from . import analysis, documents, schema

SCHEMA = schema.build_schema()


def locale_language_codes(locale_ids):
    """The language codes of these locales, from the site's cached list of
    locales (a search would otherwise spend an SQL query on them); the
    database is asked only for a locale that list does not know yet."""
    from ..frame.locales import locale_by_id

    locales = (locale_by_id(_as_int(pk)) for pk in locale_ids)
    return [locale.language_code for locale in locales if locale is not None]


def _as_int(value):
    """A filter's value as the id it stands for (a Locale, "3" or 3)."""
    value = getattr(value, "pk", value)
    try:
        return int(value)
    except (TypeError, ValueError):
        return value


class WhooshQueryCompiler(BaseSearchQueryCompiler):
    DEFAULT_OPERATOR = "or"
    # an order by expression (F("title").asc(nulls_first=True)) is left to
    # the database, which orders the matching objects
    HANDLES_ORDER_BY_EXPRESSIONS = True

    # Which fields and languages

    @cached_property
    def languages(self):
        """The index languages to search: the filtered locale's, or all."""
        locale_ids = self._locale_ids()
        if locale_ids is not None:
            codes = locale_language_codes(locale_ids)
            return sorted({analysis.language_of(code) for code in codes})
        return [*analysis.LANGUAGES, analysis.NEUTRAL]

    def _locale_ids(self):
        where = self.queryset.query.where
        if where.negated or where.connector != "AND":
            return None
        for child in where.children:
            target = getattr(getattr(child, "lhs", None), "target", None)
            if (isinstance(child, Lookup) and target is not None
                    and target.attname == "locale_id"):
                if child.lookup_name == "exact":
                    return [child.rhs]
                if child.lookup_name == "in":
                    return list(child.rhs)
        return None

    def text_targets(self):
        """(index field base name, boost) to search: the fields asked for, or
        every searchable field of the model and of its subclasses (a search
        on ``Page`` finds a word only an information page's body holds)."""
        if self.fields:
            searchable = {field.field_name: field
                          for field in self.queryset.model.get_searchable_search_fields()}
            return [(searchable[name].get_attname(self.queryset.model),
                     float(getattr(searchable[name], "boost", None) or 1.0))
                    for name in self.fields]
        return text_fields_of(self.queryset.model)

    def fields_for(self, base, boost):
        """(index field, boost) of one target in every language searched."""
        return [(analysis.text_field(base, language), boost) for language in self.languages]

    @cached_property
    def search_fields(self):
        found = []
        for base, boost in self.text_targets():
            found.extend(self.fields_for(base, boost))
        return found

    # The query

    def whoosh_query(self):
        return self._compile(self.query)

    def _compile(self, query, boost=1.0):
        if isinstance(query, MatchAll):
            return wq.Every()
        if isinstance(query, PlainText):
            return self._words(query.query_string, query.operator, boost * query.boost)
        if isinstance(query, Fuzzy):
            return self._words(query.query_string, query.operator, boost, fuzzy=True)
        if isinstance(query, Phrase):
            return self._phrase(query.query_string, boost)
        if isinstance(query, Boost):
            return self._compile(query.subquery, boost * query.boost)
        if isinstance(query, And):
            return _and([self._compile(sub, boost) for sub in query.subqueries])
        if isinstance(query, Or):
            return _or([self._compile(sub, boost) for sub in query.subqueries])
        if isinstance(query, Not):
            return wq.AndNot(wq.Every(), self._compile(query.subquery, boost))
        raise NotImplementedError(f"{type(query).__name__} queries are not supported")

    def _tokens(self, field, text):
        return [token.text for token in SCHEMA[field].analyzer(text, mode="query")]

    def _words(self, text, operator, boost, fuzzy=False):
        """Each word in any of the fields; a stop word (no term left once
        analysed) asks for nothing."""
        per_word = []
        for word in (token.text for token in analysis.written()(text)):
            alternatives = []
            for field, field_boost in self.search_fields:
                tokens = self._tokens(field, word)
                if tokens:
                    alternatives.append(_and([
                        _term(field, token, boost * field_boost, fuzzy) for token in tokens]))
            if alternatives:
                per_word.append(_or(alternatives))
        if not per_word:
            return wq.NullQuery
        return _and(per_word) if operator == "and" else _or(per_word)

    def _phrase(self, text, boost):
        alternatives = []
        for field, field_boost in self.search_fields:
            tokens = self._tokens(field, text)
            if len(tokens) == 1:
                alternatives.append(wq.Term(field, tokens[0], boost=boost * field_boost))
            elif tokens:
                alternatives.append(wq.Phrase(field, tokens, boost=boost * field_boost))
        return _or(alternatives) if alternatives else wq.NullQuery

    # Filters (called by the base class for each lookup of the queryset)

    def whoosh_filter(self):
        found = self._get_filters_from_queryset()
        if found is None or found == []:
            return None
        return found

    def _process_lookup(self, field_path, lookup, value):
        name = documents.filter_name(field_path, self.queryset.model)
        kind = _kind_of(name)
        if _is_subquery(value):
            values = _evaluated(value)
            if lookup == "exact":
                lookup, value = "in", values
            elif lookup == "in":
                value = values
        if lookup == "isnull":
            is_null = wq.Term(schema.NULLS, name)
            return is_null if value else wq.AndNot(wq.Every(), is_null)
        if value is None and lookup == "exact":
            return wq.Term(schema.NULLS, name)
        try:
            if lookup == "exact":
                return wq.Term(name, documents.index_value(kind, value))
            if lookup == "in":
                values = list(value)
                if not values:
                    return wq.NullQuery
                return wq.Or([wq.Term(name, documents.index_value(kind, item))
                              for item in values])
            if lookup in ("lt", "lte", "gt", "gte"):
                return _range(name, kind, lookup, documents.index_value(kind, value))
            if lookup == "range":
                low, high = (documents.index_value(kind, item) for item in value)
                return _range_between(name, kind, low, high)
            if lookup == "startswith" and kind in ("str", schema.LIST):
                return wq.Prefix(name, str(value))
        except (TypeError, ValueError) as error:
            raise FilterError(f"Cannot filter search results on {name} with {value!r}") \
                from error
        return None

    def _process_match_none(self):
        return wq.NullQuery

    def _connect_filters(self, filters, connector, negated):
        filters = [item for item in filters if item is not None]
        if not filters:
            combined = wq.Every()
        elif connector == "AND":
            combined = _and(filters)
        else:
            combined = _or(filters)
        return wq.AndNot(wq.Every(), combined) if negated else combined

    # Order when relevance is off

    def sort_keys(self):
        """(index field, reverse) for ``order_by`` on FilterFields; empty
        when the database's own order is wanted."""
        keys = []
        for reverse, field in self._get_order_by() or ():
            kind = documents.filter_kind(field, self.queryset.model)
            if kind == schema.LIST:
                return []
            name = documents.filter_name([field], self.queryset.model)
            keys.append((name, reverse))
        return keys

    def content_type_filter(self):
        return wq.Term(schema.CONTENT_TYPES, self.queryset.model._meta.label_lower)


@functools.cache
def text_fields_of(model):
    """(index field base name, boost) of every searchable text of ``model``
    and its indexed subclasses, related fields included (``authors__name``);
    a name two models boost differently keeps the higher boost."""
    boosts = {}
    for indexed in get_indexed_models():
        if issubclass(indexed, model):
            _collect_text_fields(indexed.get_search_fields(), indexed, "", boosts)
    return tuple(sorted(boosts.items()))


def _collect_text_fields(search_fields, model, prefix, boosts):
    for field in search_fields:
        if isinstance(field, RelatedFields):
            related = field.get_field(model).related_model
            _collect_text_fields(field.fields, related, f"{prefix}{field.field_name}__", boosts)
        elif isinstance(field, SearchField):
            name = prefix + field.get_attname(model)
            boost = float(getattr(field, "boost", None) or 1.0)
            boosts[name] = max(boost, boosts.get(name, boost))


class WhooshAutocompleteQueryCompiler(WhooshQueryCompiler):
    """The last word is the start of a word ("alloc" -> "allocations"),
    matched against the AutocompleteFields' n-grams."""

    DEFAULT_OPERATOR = "and"

    def text_targets(self):
        if self.fields:
            fields = {field.field_name: field
                      for field in self.queryset.model.get_autocomplete_search_fields()}
            return [(fields[name].get_attname(self.queryset.model), 1.0)
                    for name in self.fields if name in fields]
        return [(schema.ALL, 1.0)]

    def fields_for(self, base, boost):
        return [(analysis.autocomplete_field(base), boost)]

    def check(self):
        if self.fields:
            allowed = {field.field_name
                       for field in self.queryset.model.get_autocomplete_search_fields()}
            for name in self.fields:
                if name not in allowed:
                    from modelsearch.backends.base import SearchFieldError

                    raise SearchFieldError(
                        f'Cannot autocomplete with field "{name}". Please add '
                        f'index.AutocompleteField("{name}") to '
                        f"{self.queryset.model.__name__}.search_fields.", field_name=name)
        self._get_filters_from_queryset(check_only=True)
        list(self._get_order_by())

    def _tokens(self, field, text):
        # the query's words are not cut into n-grams: "alloc" looks up "alloc"
        return [token.text[:15] for token in analysis.folded()(text)]


def _is_subquery(value):
    return isinstance(value, (Query, Subquery, QuerySet))


def _evaluated(value):
    """The values of a subquery (``pk__in=other.values_list("pk")``): Whoosh
    cannot join, so the database answers first."""
    if isinstance(value, Subquery):
        value = value.query
    if isinstance(value, Query):
        value = QuerySet(model=value.model, query=value.clone())
        fields = value.query.values_select
        if fields:
            return list(value.values_list(*fields[:1], flat=True))
        return list(value.values_list("pk", flat=True))
    if value._fields:
        return list(value.values_list(*value._fields[:1], flat=True))
    return list(value.values_list("pk", flat=True))


def _kind_of(name):
    suffix = name.rsplit("__", 1)[-1]
    if suffix == schema.LIST:
        return schema.LIST
    return {value: key for key, value in analysis.FILTER_SUFFIXES.items()}[suffix]


def _term(field, text, boost, fuzzy):
    if fuzzy:
        return wq.FuzzyTerm(field, text, boost=boost, maxdist=2 if len(text) > 5 else 1,
                            prefixlength=1)
    return wq.Term(field, text, boost=boost)


def _and(queries):
    queries = [query for query in queries if query is not None]
    if any(query is wq.NullQuery for query in queries):
        return wq.NullQuery
    return queries[0] if len(queries) == 1 else wq.And(queries)


def _or(queries):
    queries = [query for query in queries if query is not None and query is not wq.NullQuery]
    if not queries:
        return wq.NullQuery
    return queries[0] if len(queries) == 1 else wq.Or(queries)


def _range(name, kind, lookup, value):
    inclusive = lookup in ("lte", "gte")
    if lookup in ("lt", "lte"):
        return _typed_range(name, kind, None, value, endexcl=not inclusive)
    return _typed_range(name, kind, value, None, startexcl=not inclusive)


def _range_between(name, kind, low, high):
    return _typed_range(name, kind, low, high)


def _typed_range(name, kind, start, end, startexcl=False, endexcl=False):
    if kind == "date":
        return wq.DateRange(name, start, end, startexcl=startexcl, endexcl=endexcl)
    if kind in ("int", "float"):
        return wq.NumericRange(name, start, end, startexcl=startexcl, endexcl=endexcl)
    return wq.TermRange(name, start, end, startexcl=startexcl, endexcl=endexcl)
