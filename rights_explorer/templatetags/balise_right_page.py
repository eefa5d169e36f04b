"""What a right's page shows beyond its own fields: where to go (its partner
and contact channel in the reader's language) and links to the "who can help"
directory, filtered by each of the right's themes, in the reader's language."""

from django import template

from pages.frame.cache import shared
from pages.frame.privacy import is_public

from ..partner_directory import PartnerDirectoryPage
from ..partners import THEMES

register = template.Library()


def _directory_in(locale_id, request):
    page = PartnerDirectoryPage.objects.live().filter(locale_id=locale_id).order_by("path").first()
    return page if page is not None and is_public(page, request) else None


@register.simple_tag(takes_context=True)
def directory_links(context, page):
    """(theme label, address) for each theme of ``page``, or [] when the
    directory has no live page in the page's language."""
    request = context.get("request")
    directory = shared(request, f"partner-directory:{page.locale_id}",
                       lambda: _directory_in(page.locale_id, request))
    if directory is None:
        return []
    url = directory.get_url(request)
    return [(THEMES[theme], f"{url}?theme={theme}") for theme in page.themes or []
            if theme in THEMES]


def _in_language(model, pk, locale_id):
    """The object ``pk`` (chosen in French) in ``locale_id``, else the
    French one: one query when it is translated."""
    if pk is None:
        return None
    key = model.objects.filter(pk=pk).values("translation_key")
    found = model.objects.filter(translation_key__in=key, locale_id=locale_id).first()
    return found or model.objects.filter(pk=pk).first()


@register.simple_tag
def where_to_go(page):
    """The right's partner organisation and contact channel in the page's
    language (a query each; Wagtail's ``.localized`` needs two)."""
    from pages.models import ContactChannel

    from ..partners import PartnerOrganisation

    return {"partner": _in_language(PartnerOrganisation, page.partner_id, page.locale_id),
            "channel": _in_language(ContactChannel, page.contact_channel_id, page.locale_id)}
