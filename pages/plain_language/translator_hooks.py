"""Where translators (and every editor) find a page's plain-language result:
the "More" menu of each page in the explorer, the page's header menu, and a
link in wagtail-localize's translation editor, which has no Checks panel.

The ``locales`` app's translation report cannot import ``pages``: it asks
the ``balise_translation_page_details`` hook, answered here, for a short
plain-language line per translated page.
"""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from .page_result import PageResultView, live_results, result_url
from .tasks import is_checked

LINK_LABEL = _("Plain language check")
TRANSLATION_LINK_LABEL = _("Plain language check of this translation")


class PlainLanguageMenuItem(PageMenuItem):
    label = LINK_LABEL
    icon_name = "edit"
    url_name = "balise_plain_language_page"

    def is_shown(self, user):
        return is_checked(self.page.specific_class) and \
            self.page.permissions_for_user(user).can_edit()


@hooks.register("register_admin_urls")
def page_result_urls():
    return [path("plain-language/page/<int:page_id>/", PageResultView.as_view(),
                 name="balise_plain_language_page")]


@hooks.register("register_page_listing_more_buttons")
def page_listing_button(page, user, next_url=None):
    yield PlainLanguageMenuItem(page=page, priority=45)


@hooks.register("register_page_header_buttons")
def page_header_button(page, user, view_name=None, next_url=None):
    yield PlainLanguageMenuItem(page=page, priority=66)


@hooks.register("insert_editor_js")
def translation_editor_link():
    """The translation editor includes the editor's scripts: this one adds
    the link above the strings to translate (and does nothing elsewhere)."""
    return format_html(
        '<script src="{}" data-url="{}" data-label="{}" defer></script>',
        static("balise_pages/js/plain_language_translation.js"),
        reverse("balise_plain_language_page", args=[0]), TRANSLATION_LINK_LABEL)


@hooks.register("balise_translation_page_details")
def plain_language_details(pages, user=None):
    """{page id: {"label", "value", "url"}} for the translation report: the
    live readability of each page, linked to its plain-language check."""
    return {
        page_id: {"label": _("Plain language"),
                  "value": f"{result.band_label} · {result.score:.0f}",
                  "url": result_url(result.page)}
        for page_id, result in live_results(pages).items()
    }
