"""Gather the coverage of every language in a bounded number of queries.

What is counted is found generically, so that this app needs no other Balise
app: the live pages in the source language, every registered snippet model
that is translatable (``TranslatableMixin``), and every registered snippet
model kept as one list per language (a ``locale`` field, not translatable:
a glossary), whose entries are counted per language.

Queries do not grow with the number of pages: one for the source pages, one
for their translations, one for wagtail-localize's sources and one for its
translation records, plus two per snippet model and one per list model.
"""

import json
from dataclasses import dataclass, field

from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import TranslationSource

from ..languages import languages, source_language
from . import status

PAGE, SNIPPET = "page", "snippet"
KIND_LABELS = {PAGE: _("Page"), SNIPPET: _("Snippet")}


@dataclass
class Item:
    """One page or snippet in the source language."""

    kind: str
    model: type
    pk: object
    translation_key: object
    title: str
    type_name: str
    edit_url: str
    submit_url: str
    published_at: object = None
    content_changed: bool = False  # snippets: differs from the last sync


@dataclass
class Row:
    """One object that is missing or out of date in one language."""

    item: Item
    language: object
    status: str
    reason: str
    action_url: str
    target_pk: int | None = None  # the translation, when there is one
    #: what another app says of the translated page (its plain-language result):
    #: {"label", "value", "url"} from the balise_translation_page_details hook
    detail: dict | None = None

    @property
    def detail_text(self):
        if not self.detail:
            return ""
        return _("%(label)s: %(value)s") % {"label": self.detail["label"],
                                             "value": self.detail["value"]}

    @property
    def title(self):
        return self.item.title

    @property
    def type_name(self):
        return self.item.type_name

    @property
    def kind_label(self):
        return KIND_LABELS[self.item.kind]

    @property
    def source_edit_url(self):
        return self.item.edit_url

    @property
    def language_name(self):
        return self.language.native_name

    @property
    def status_label(self):
        return str(status.STATUS_LABELS[self.status])

    @property
    def reason_label(self):
        return str(status.REASON_LABELS[self.reason])

    @property
    def action(self):
        return status.REASON_ACTIONS[self.reason]

    @property
    def action_label(self):
        return str(status.ACTION_LABELS[self.action])


@dataclass
class LanguageCoverage:
    language: object
    is_source: bool
    pages: status.Share = field(default_factory=status.Share)
    snippets: status.Share = field(default_factory=status.Share)
    list_counts: list = field(default_factory=list)  # [(list name, count)]
    missing: int = 0
    stale: int = 0


@dataclass
class Coverage:
    languages: list
    rows: list
    list_names: list


def translatable_snippet_models():
    return [model for model in get_snippet_models()
            if issubclass(model, TranslatableMixin) and not issubclass(model, Page)]


def _is_locale_field(model):
    try:
        locale_field = model._meta.get_field("locale")
    except FieldDoesNotExist:
        return False
    return getattr(locale_field, "related_model", None) is Locale


def per_language_list_models():
    """Snippets kept as one list per language, such as a glossary."""
    return [model for model in get_snippet_models()
            if not issubclass(model, TranslatableMixin) and _is_locale_field(model)]


def _type_name(content_type_id):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return str(model._meta.verbose_name) if model else ""


def _page_items(user, source_locale):
    pages = Page.objects.live().filter(locale=source_locale, depth__gt=1,
                                       alias_of__isnull=True)
    if not user.is_superuser:
        editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
        pages = pages.filter(translation_key__in=editable.values("translation_key"))
    rows = pages.order_by("path").values(
        "pk", "translation_key", "title", "content_type_id", "last_published_at")
    return [
        Item(kind=PAGE, model=Page, pk=row["pk"], translation_key=row["translation_key"],
             title=row["title"], type_name=_type_name(row["content_type_id"]),
             edit_url=reverse("wagtailadmin_pages:edit", args=[row["pk"]]),
             submit_url=reverse("wagtail_localize:submit_page_translation", args=[row["pk"]]),
             published_at=row["last_published_at"])
        for row in rows
    ], pages


def _page_targets(pages, locale_ids):
    """{(translation_key, locale_id): status.Target} for the pages' translations."""
    rows = Page.objects.filter(
        translation_key__in=pages.values("translation_key"), locale_id__in=locale_ids
    ).values("pk", "translation_key", "locale_id", "live", "alias_of_id", "last_published_at")
    return {
        (row["translation_key"], row["locale_id"]): (row["pk"], status.Target(
            exists=True, live=row["live"], is_alias=row["alias_of_id"] is not None,
            published_at=row["last_published_at"]))
        for row in rows
    }


def _serialised(instance):
    """The instance as wagtail-localize stores it in a source, to tell
    whether it changed since the last sync (as wagtail-localize itself does)."""
    if isinstance(instance, ClusterableModel):
        return json.loads(instance.to_json())
    return json.loads(json.dumps(get_serializable_data_for_fields(instance),
                                 cls=DjangoJSONEncoder))


def _snippet_edit_url(model, pk):
    return reverse(model.snippet_viewset.get_url_name("edit"), args=[quote(pk)])


def _snippet_items(model, source_locale):
    meta = model._meta
    instances = list(model.objects.filter(locale=source_locale))
    return [
        Item(kind=SNIPPET, model=model, pk=instance.pk, translation_key=instance.translation_key,
             title=str(instance), type_name=str(meta.verbose_name),
             edit_url=_snippet_edit_url(model, instance.pk),
             submit_url=reverse("wagtail_localize:submit_snippet_translation",
                                args=[meta.app_label, meta.model_name, quote(instance.pk)]))
        for instance in instances
    ], {instance.translation_key: instance for instance in instances}


def _snippet_targets(model, keys, locale_ids):
    fields = ["pk", "translation_key", "locale_id"]
    has_live = any(f.name == "live" for f in model._meta.concrete_fields)
    rows = model.objects.filter(translation_key__in=keys, locale_id__in=locale_ids).values(
        *fields, *(["live"] if has_live else []))
    return {
        (row["translation_key"], row["locale_id"]): (row["pk"], status.Target(
            exists=True, live=row.get("live", True)))
        for row in rows
    }


def _sources(keys, source_locale, with_content=False):
    fields = ["pk", "object_id", "last_updated_at"] + (["content_json"] if with_content else [])
    return {row["object_id"]: row for row in TranslationSource.objects.filter(
        object_id__in=keys, locale=source_locale).values(*fields)}


@dataclass
class Known:
    """Everything the verdicts need, each read once."""

    items: list
    targets: dict  # (translation key, locale id) -> (pk, status.Target)
    sources: dict  # translation key -> wagtail-localize source (values)
    records: dict  # (source id, locale id) -> wagtail-localize translation record (values)


def _gather(user, source_locale, locale_ids, translation_records):
    items, pages = _page_items(user, source_locale)
    targets = _page_targets(pages, locale_ids)
    sources = _sources(pages.values("translation_key"), source_locale)
    snippet_source_ids = []
    for model in translatable_snippet_models():
        model_items, instances = _snippet_items(model, source_locale)
        if not model_items:
            continue
        targets.update(_snippet_targets(model, list(instances), locale_ids))
        model_sources = _sources(list(instances), source_locale, with_content=True)
        for item in model_items:
            source = model_sources.get(item.translation_key)
            if source is not None:
                item.content_changed = (_serialised(instances[item.translation_key])
                                        != json.loads(source["content_json"]))
        sources.update(model_sources)
        snippet_source_ids += [source["pk"] for source in model_sources.values()]
        items += model_items
    records = translation_records.filter(
        Q(source__locale=source_locale, source__object_id__in=pages.values("translation_key"))
        | Q(source_id__in=snippet_source_ids)
    ).values("source_id", "target_locale_id", "enabled", "waiting_for_translation")
    return Known(items, targets, sources,
                 {(record["source_id"], record["target_locale_id"]): record
                  for record in records})


def _sync(item, source, record):
    if source is None:
        return status.Sync()
    if item.kind == SNIPPET:
        changed = item.content_changed
    else:
        changed = bool(item.published_at and item.published_at > source["last_updated_at"])
    return status.Sync(
        synced_at=source["last_updated_at"],
        source_changed=changed,
        managed=bool(record and record["enabled"]),
        waiting_for_strings=bool(record and record["waiting_for_translation"]),
    )


def _action_url(item, reason, source, target_pk):
    action = status.REASON_ACTIONS[reason]
    if action == status.SYNC:
        return reverse("wagtail_localize:update_translations", args=[source["pk"]])
    if action == status.EDIT and item.kind == PAGE:
        return reverse("wagtailadmin_pages:edit", args=[target_pk])
    if action == status.EDIT:
        return _snippet_edit_url(item.model, target_pk)
    return item.submit_url


def _assess(known, language, locale_id, summary):
    """The rows of one language, counting its shares in ``summary``."""
    rows = []
    counts = {PAGE: [0, 0], SNIPPET: [0, 0]}
    for item in known.items:
        target_pk, target = known.targets.get((item.translation_key, locale_id), (None, None))
        source = known.sources.get(item.translation_key)
        record = known.records.get((source["pk"], locale_id)) if source else None
        verdict, reason = status.verdict(target or status.Target(), _sync(item, source, record),
                                         item.published_at)
        counts[item.kind][1] += 1
        if verdict == status.UP_TO_DATE:
            counts[item.kind][0] += 1
            continue
        rows.append(Row(item, language, verdict, reason,
                        _action_url(item, reason, source, target_pk), target_pk))
        if verdict == status.MISSING:
            summary.missing += 1
        else:
            summary.stale += 1
    summary.pages = status.Share(*counts[PAGE])
    summary.snippets = status.Share(*counts[SNIPPET])
    return rows


def _list_counts(list_models, summaries):
    for model in list_models:
        counted = dict(model.objects.values_list("locale__language_code")
                       .annotate(count=Count("pk")).order_by())
        for code, summary in summaries.items():
            summary.list_counts.append(counted.get(code, 0))


def collect(user, translation_records):
    """The coverage ``user`` may see. ``translation_records`` is
    wagtail-localize's Translations report queryset (its Translation records,
    annotated with ``waiting_for_translation``)."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    site_languages = [language for language in languages() if language.code in locales]
    source_code = source_language()
    list_models = per_language_list_models()
    list_names = [str(model._meta.verbose_name_plural) for model in list_models]
    if source_code not in locales:
        return Coverage([], [], list_names)
    targets = [language for language in site_languages if language.code != source_code]
    known = _gather(user, locales[source_code], [locales[lang.code].pk for lang in targets],
                    translation_records)

    summaries = {language.code: LanguageCoverage(language, language.code == source_code)
                 for language in site_languages}
    counts = {PAGE: 0, SNIPPET: 0}
    for item in known.items:
        counts[item.kind] += 1
    summaries[source_code].pages = status.Share(counts[PAGE], counts[PAGE])
    summaries[source_code].snippets = status.Share(counts[SNIPPET], counts[SNIPPET])
    rows = []
    for language in targets:
        rows += _assess(known, language, locales[language.code].pk, summaries[language.code])
    _list_counts(list_models, summaries)
    return Coverage(list(summaries.values()), rows, list_names)
