"""Links to what staff chose in the source language, in the reader's.

Editors choose a page or a snippet once, in French; readers of the Dutch site
must reach the Dutch page, and only if it is published and public. A page
whose translation is not live, or is private, is not linked at all: never a
link to a page in another language, never to a 404 or a password form.
Snippets (contact channels, organisation details) fall back to the source
when they are not translated yet: a French phone number is better than none.

``live_translation`` answers for one object, ``live_translations`` for a list
in one query per model; ``resolve_for_page`` looks up every link of a page's
StreamFields at its first use, so that a page with ten links still costs one
query.
"""

from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.models import DraftStateMixin, Page, TranslatableMixin

from .frame.cache import per_request
from .frame.locales import active_locale
from .frame.privacy import is_public


def _is_live(obj):
    return not isinstance(obj, DraftStateMixin) or obj.live


def _readable_page(page, request):
    return page.live and is_public(page, request)


def _already_right(obj, locale):
    return locale is None or getattr(obj, "locale_id", None) == locale.pk


def live_translations(objs, locale=None, request=None):
    """For each object, what to link in ``locale`` (the reader's language by
    default), or None: pages only when live and public, snippets in that
    language or else the source. Same order as ``objs``; one query per model
    at most, none when everything is in the reader's language already."""
    objs = list(objs)
    if locale is None:
        locale = active_locale(request)
    wanted = {}  # model -> translation keys to look up
    for obj in objs:
        if obj is None or _already_right(obj, locale):
            continue
        if isinstance(obj, Page):
            wanted.setdefault(Page, set()).add(obj.translation_key)
        elif isinstance(obj, TranslatableMixin):
            wanted.setdefault(type(obj), set()).add(obj.translation_key)
    found = {}
    for model, keys in wanted.items():
        rows = model.objects.filter(translation_key__in=keys, locale_id=locale.pk)
        if model is Page:
            rows = rows.live()
        found.update({(model, row.translation_key): row for row in rows})
    return [_pick(obj, locale, found, request) for obj in objs]


def _pick(obj, locale, found, request):
    if obj is None:
        return None
    if isinstance(obj, Page):
        page = obj if _already_right(obj, locale) else found.get((Page, obj.translation_key))
        return page if page is not None and _readable_page(page, request) else None
    if not isinstance(obj, TranslatableMixin) or _already_right(obj, locale):
        return obj if _is_live(obj) else None
    translation = found.get((type(obj), obj.translation_key))
    if translation is not None and _is_live(translation):
        return translation
    return obj if _is_live(obj) else None


def live_translation(obj, locale=None, request=None):
    """What to link for one page or snippet in ``locale``, or None."""
    return live_translations([obj], locale, request)[0]


def _chosen_objects(value, found):
    """Every page and snippet chosen anywhere in a StreamField value."""
    if isinstance(value, (Page, TranslatableMixin)):
        found.append(value)
    elif isinstance(value, StreamValue):
        for child in value:
            _chosen_objects(child.value, found)
    elif isinstance(value, (StructValue, dict)):
        for item in value.values():
            _chosen_objects(item, found)
    elif isinstance(value, (ListValue, list, tuple)):
        for item in value:
            _chosen_objects(item, found)
    return found


def _page_links(page, request):
    chosen = []
    for field in page._meta.get_fields():
        if getattr(field, "stream_block", None) is not None:
            _chosen_objects(getattr(page, field.name), chosen)
    return {
        id(obj): target
        for obj, target in zip(chosen, live_translations(chosen, request=request), strict=True)
    }


def resolve_for_page(obj, page, request):
    """What to link for ``obj``, chosen in a StreamField of ``page``: every
    link of the page is looked up together the first time one is asked for."""
    if obj is None:
        return None
    if page is None or request is None:
        return live_translation(obj, request=request)
    links = per_request(request, f"links:{page.pk}", lambda: _page_links(page, request))
    if id(obj) in links:
        return links[id(obj)]
    return live_translation(obj, request=request)


def localized_tasks(stream, locale, request=None):
    """Task blocks (``TopTaskBlock``: a page chosen once, in French) whose
    page is live and public in ``locale``, with the label to show; one query
    whatever their number, the others left out."""
    chosen = [block.value for block in stream if block.value["page"] is not None]
    targets = live_translations([value["page"] for value in chosen], locale, request)
    return [
        {"page": page, "label": value["label"] or page.title,
         "description": value["description"]}
        for value, page in zip(chosen, targets, strict=True)
        if page is not None
    ]
