"""The "social map": who can help, by theme, in the reader's language."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_supported_content_language_variant

from pages.frame.locales import locale_by_id, locales_by_code
from pages.models import BalisePage

from .partners import THEME_CHOICES, THEMES, partners_by_theme, partners_in


def source_locale(request=None):
    """The language organisations are entered in (French), from the cached list."""
    code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    return locales_by_code(request).get(code)


class PartnerDirectoryPage(BalisePage):
    """Every partner organisation of the page's language, grouped by theme,
    the CPAS's own services first in each. A theme is chosen with plain
    links (``?theme=food``), so the page works without JavaScript; a theme
    the list does not know shows every theme rather than an error."""

    parent_page_types = ["balise_pages.HomePage"]
    subpage_types = []
    plain_language_fields = ["intro"]
    # the same for every reader who is not signed in: kept whole in the cache (pages.caching);
    # a theme chosen (?theme=) is a query string, never kept
    cache_for_anonymous = True

    class Meta:
        verbose_name = _("Partner directory page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        partners = partners_in(locale_by_id(self.locale_id, request), source_locale(request))
        chosen = request.GET.get("theme", "")
        theme = chosen if chosen in THEMES else None
        offered = {slug for partner in partners for slug in partner.themes}
        context["themes"] = [(slug, label) for slug, label in THEME_CHOICES if slug in offered]
        context["theme"] = theme
        context["groups"] = partners_by_theme(partners, theme)
        return context
