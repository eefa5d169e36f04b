"""The whole rule set as the database holds it (French questions and rights,
drafts included), for the engine: what a save is checked against, what
``rights_export`` prints and what ``rights_evaluate`` evaluates.

The models are fetched by name, so that the models can call this module in
their ``clean()`` without an import cycle."""

from contextlib import contextmanager
from contextvars import ContextVar

from django.apps import apps
from django.conf import settings
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from .engine import RulesError, parse

# Set while an import writes rules it has already checked as a whole.
_already_checked = ContextVar("rules_already_checked", default=False)


@contextmanager
def checked_beforehand():
    token = _already_checked.set(True)
    try:
        yield
    finally:
        _already_checked.reset(token)


def source_locale():
    code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    return Locale.objects.filter(language_code=code).first()


def is_source_locale(locale_id):
    """Rules are checked on the French objects only (translations copy them),
    and not while an import writes a set it checked."""
    if _already_checked.get():
        return False
    locale = source_locale()
    return locale is not None and locale.pk == locale_id


def _latest(objects):
    """Each object as its latest revision (a draft if there is one)."""
    found = []
    for item in objects:
        latest = item.get_latest_revision_as_object() if item.latest_revision_id else item
        found.append(latest)
    return found


def questions(locale=None, drafts=True):
    model = apps.get_model("balise_rights", "Question")
    locale = locale or source_locale()
    objects = model.objects.filter(locale=locale).order_by("sort_order", "pk")
    return _latest(objects) if drafts else list(objects.filter(live=True))


def rights(locale=None, drafts=True):
    model = apps.get_model("balise_rights", "RightPage")
    locale = locale or source_locale()
    objects = model.objects.filter(locale=locale).order_by("path")
    return _latest(objects) if drafts else list(objects.filter(live=True))


def engine_data(question=None, right=None, with_texts=False, drafts=True, found_rights=None):
    """The rule set's JSON data; ``question`` or ``right`` (being saved)
    replaces its stored version, or is added; ``found_rights``, the rights
    when the caller has read them already."""
    found_questions = questions(drafts=drafts)
    found_rights = rights(drafts=drafts) if found_rights is None else list(found_rights)
    if question is not None:
        found_questions = _replace(found_questions, question)
        found_questions.sort(key=lambda item: (item.sort_order, item.pk or 0))
    if right is not None:
        found_rights = _replace(found_rights, right)
    texts = question_texts(drafts) if with_texts else {}
    return {
        "questions": [item.to_engine(texts.get(item.translation_key)) for item in found_questions],
        "rights": [item.to_engine() for item in found_rights],
    }


def _replace(items, new):
    kept = [item for item in items if not (new.pk and item.pk == new.pk)]
    if new.pk:
        position = next((i for i, item in enumerate(items) if item.pk == new.pk), len(kept))
        kept.insert(position, new)
    else:
        kept.append(new)
    return kept


def question_texts(drafts=True):
    """translation key -> {"text": {lang: ...}, "hint": {lang: ...}} over
    every language, from each translation's latest revision."""
    model = apps.get_model("balise_rights", "Question")
    texts = {}
    objects = list(model.objects.select_related("locale") if drafts else
                   model.objects.select_related("locale").filter(live=True))
    for original, item in zip(objects, _latest(objects) if drafts else objects, strict=True):
        entry = texts.setdefault(item.translation_key, {"hint": {}, "text": {}})
        code = original.locale.language_code
        entry["text"][code] = item.text
        entry["hint"][code] = item.hint
    return texts


def problems_with(question=None, right=None):
    """The engine's problems with the whole set once this object is saved."""
    try:
        parse(engine_data(question=question, right=right))
    except RulesError as error:
        return list(error.problems)
    return []


def current():
    """The ``RuleSet`` the site runs on (published questions and rights)."""
    return parse(engine_data(drafts=False))


def export_data():
    """What ``rights_export`` prints: published, French, with the questions'
    wording in every language."""
    return engine_data(with_texts=True, drafts=False)
