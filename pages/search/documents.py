"""A model instance as a Whoosh document, from the model's ``search_fields``.

Every searchable text is written once stemmed in the document's language
(``body__fr``: a search weighs each field by its own boost, and a search on
``Page`` looks in the fields of every page type) and once as written, without
positions, in ``doc_all_<language>__words`` (the vocabulary of "did you
mean"). Nothing else: a rebuild's time
is the postings it writes. Filter fields keep their Python type (numbers
compare as numbers, dates as dates) and a None is recorded in
``doc_nulls``."""

import datetime
from decimal import Decimal

from django.db import models
from django.utils import timezone
from modelsearch.index import AutocompleteField, FilterField, RelatedFields, SearchField

from . import analysis, schema

INT_TYPES = {"AutoField", "SmallAutoField", "BigAutoField", "IntegerField",
             "SmallIntegerField", "BigIntegerField", "PositiveIntegerField",
             "PositiveSmallIntegerField", "PositiveBigIntegerField"}
FLOAT_TYPES = {"FloatField", "DecimalField"}
BOOL_TYPES = {"BooleanField", "NullBooleanField"}
DATE_TYPES = {"DateField", "DateTimeField"}


def filter_kind(field, model):
    """Which typed index field a FilterField's values go to."""
    try:
        model_field = field.get_field(model)
    except Exception:  # a method or property: its type is declared or a string
        model_field = None
    if model_field is not None and (model_field.many_to_many or model_field.one_to_many):
        return schema.LIST
    declared = field.get_type(model)
    if declared in INT_TYPES:
        return "int"
    if declared in FLOAT_TYPES:
        return "float"
    if declared in BOOL_TYPES:
        return "bool"
    if declared in DATE_TYPES:
        return "date"
    return "str"


def filter_name(path, model):
    """The index field of a filter reached through ``path`` (RelatedFields,
    then the FilterField), as the query compiler and the documents name it."""
    *relations, field = path
    for relation in relations:
        model = relation.get_field(model).related_model
    kind = filter_kind(field, model)
    name = "__".join([*(relation.field_name for relation in relations),
                      field.get_attname(model)])
    if relations and kind != schema.LIST:
        kind = schema.LIST  # one related object or several: always a list
    suffix = kind if kind == schema.LIST else analysis.FILTER_SUFFIXES[kind]
    return f"{name}__{suffix}"


def index_value(kind, value):
    """A filter value as the index stores it (and as queries look it up)."""
    if isinstance(value, models.Model):
        value = value.pk
    if kind == schema.LIST:
        return str(value)
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value) if not isinstance(value, Decimal) else float(value)
    if kind == "bool":
        return bool(value)
    if kind == "date":
        return as_datetime(value)
    return str(value)


def as_datetime(value):
    """Whoosh stores naive datetimes: aware ones in UTC, dates at midnight."""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.make_naive(value, datetime.UTC)
        return value
    if isinstance(value, datetime.date):
        return datetime.datetime.combine(value, datetime.time())
    raise ValueError(f"not a date: {value!r}")


def as_text(value):
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(as_text(item) for item in value)
    if isinstance(value, (models.Manager, models.QuerySet)):
        return " ".join(str(item) for item in value.all())
    return str(value)


def content_types(model):
    """The model's label and those of its indexed ancestors: a search on
    ``InformationPage`` keeps to information pages, one on ``Page`` sees all."""
    labels = []
    while model is not None:
        labels.append(model._meta.label_lower)
        model = model.indexed_get_parent()
    return labels


class Document:
    def __init__(self, obj, language):
        self.obj = obj
        self.language = language
        self.values = {}
        self.texts = {}  # index field -> list of texts
        self.nulls = []

    def text(self, name, value):
        text = as_text(value)
        if not text:
            return
        for target in (analysis.text_field(name, self.language), words_field(self.language)):
            self.texts.setdefault(target, []).append(text)

    def autocomplete(self, name, value):
        text = as_text(value)
        if text:
            for target in (analysis.autocomplete_field(name),
                           analysis.autocomplete_field(schema.ALL)):
                self.texts.setdefault(target, []).append(text)

    def filter(self, name, kind, value):
        if isinstance(value, (models.Manager, models.QuerySet)):
            value = list(value.all())
        if value is None or (kind == schema.LIST and value == []):
            self.nulls.append(name)
            return
        if kind == schema.LIST:
            items = value if isinstance(value, (list, tuple, set)) else [value]
            self.values[name] = ",".join(index_value(kind, item).replace(",", " ")
                                         for item in items)
        else:
            try:
                self.values[name] = index_value(kind, value)
            except (TypeError, ValueError):
                self.nulls.append(name)

    def fields(self):
        fields = dict(self.values)
        for name, texts in self.texts.items():
            fields[name] = "\n".join(texts)
        if self.nulls:
            fields[schema.NULLS] = " ".join(self.nulls)
        return fields


def words_field(language):
    """The words of one language as written: "did you mean" looks there."""
    return analysis.text_field(f"{schema.ALL}_{language}", analysis.WORDS)


def build(obj, language):
    """The document of ``obj`` (its most specific class) for the index."""
    model = type(obj)
    document = Document(obj, language)
    _add_fields(document, model.get_search_fields(), obj, model, prefix="")
    fields = document.fields()
    fields[schema.ID_FIELD] = str(obj.pk)
    fields[schema.CONTENT_TYPES] = " ".join(content_types(model))
    fields[schema.LANGUAGE] = language
    return fields


def _add_fields(document, search_fields, obj, model, prefix):
    for field in search_fields:
        if isinstance(field, RelatedFields):
            _add_related(document, field, obj, model, prefix)
            continue
        value = field.get_value(obj)
        name = prefix + field.get_attname(model)
        if isinstance(field, SearchField):
            document.text(name, value)
        elif isinstance(field, AutocompleteField):
            document.autocomplete(name, value)
        elif isinstance(field, FilterField):
            kind = schema.LIST if prefix else filter_kind(field, model)
            suffix = kind if kind == schema.LIST else analysis.FILTER_SUFFIXES[kind]
            document.filter(f"{name}__{suffix}", kind, value)


def _add_related(document, field, obj, model, prefix):
    value = field.get_value(obj)
    if value is None:
        return
    related = field.get_field(model).related_model
    objects = list(value.all()) if isinstance(value, (models.Manager, models.QuerySet)) \
        else [value]
    name = f"{prefix}{field.field_name}__"
    lists = {}
    for item in objects:
        sub = Document(item, document.language)
        _add_fields(sub, field.fields, item, related, prefix=name)
        for key, texts in sub.texts.items():
            document.texts.setdefault(key, []).extend(texts)
        for key, text in sub.values.items():
            lists.setdefault(key, []).append(text)
    for key, texts in lists.items():
        document.values[key] = ",".join(texts)
