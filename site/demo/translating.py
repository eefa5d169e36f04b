"""The demo's translations, made through wagtail-localize as a translator
would: a translation source per French object, a translation per language,
every string filled in from data/locale/<language>.po, the target published.

Only what changed is redone: the source when the French object changed
(wagtail-localize compares it), the strings whose text differs from the PO
file, and the target when either changed or it is missing or unpublished.
"""

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue, validate_translation_links

from . import data_files
from .data_files import DemoDataError

MANUAL = StringTranslation.TRANSLATION_TYPE_MANUAL
TOOL = "seed_demo"


def translate_all(sources, targets):
    """``sources``: (French object, its data file) pairs, each object after
    those it links to; ``targets``: language code -> locale. Returns how many
    translations were saved."""
    saved = 0
    # One transaction per object, never one around them all: wagtail-localize
    # publishes a translated page when its transaction commits, from the copy
    # it held, and a parent published after its children were added would
    # get back the child count it had before them (a broken tree).
    for instance, where in sources:
        with transaction.atomic():
            saved += translate(instance, where, targets)
    return saved


def translate(instance, where, targets):
    known = TranslationSource.objects.filter(
        object_id=instance.translation_key, locale_id=instance.locale_id
    ).values_list("last_updated_at", flat=True).first()
    source, created = TranslationSource.update_or_create_from_instance(instance)
    source_changed = created or source.last_updated_at != known
    saved = 0
    for language, locale in targets.items():
        translation, new = Translation.objects.get_or_create(source=source, target_locale=locale)
        strings_changed = fill_strings(translation, language, where)
        if new or source_changed or strings_changed or not _target_is_current(instance, locale):
            translation.save_target(publish=True)
            saved += 1
    return saved


def fill_strings(translation, language, where):
    """Give every string of the translation its text from the PO file, in a
    few queries whatever their number (wagtail-localize's ``import_po``
    makes five per string). Returns whether any string changed."""
    catalogue = data_files.catalogue(language)
    locale_id = translation.target_locale_id
    existing = {
        (string.translation_of_id, string.context_id): string
        for string in StringTranslation.objects.filter(
            locale_id=locale_id, context__object_id=translation.source.object_id)
    }
    new, changed = [], []
    segments = StringSegment.objects.filter(source=translation.source).select_related("string")
    for segment in segments:
        text = _translation_of(segment.string.data, catalogue, language, where)
        current = existing.get((segment.string_id, segment.context_id))
        if current is None:
            new.append(StringTranslation(
                translation_of_id=segment.string_id, context_id=segment.context_id,
                locale_id=locale_id, data=text, translation_type=MANUAL, tool_name=TOOL))
        elif current.data != text or current.has_error:
            current.data, current.has_error, current.field_error = text, False, ""
            current.translation_type, current.tool_name = MANUAL, TOOL
            current.updated_at = timezone.now()
            changed.append(current)
    StringTranslation.objects.bulk_create(new)
    StringTranslation.objects.bulk_update(changed, [
        "data", "has_error", "field_error", "translation_type", "tool_name", "updated_at"])
    return bool(new or changed)


def _translation_of(french, catalogue, language, where):
    """The PO file's text for ``french``, checked as wagtail-localize checks
    a translation before it uses it (valid HTML, the same links)."""
    try:
        text = catalogue[french]
    except KeyError:
        raise DemoDataError(
            f"No {language} translation in data/locale/{language}.po for this text of "
            f"{where}: {french!r}") from None
    try:
        StringValue.from_translated_html(text)
        validate_translation_links(french, text)
    except ValueError as error:
        raise DemoDataError(
            f"data/locale/{language}.po: the translation of {french!r} is not usable: "
            f"{error}") from None
    return text


def _target_is_current(instance, locale):
    target = instance.get_translation_or_none(locale)
    if target is None:
        return False
    return not isinstance(target, Page) or (target.live and not target.has_unpublished_changes)
