"""The plain-language result of one page, for whoever may edit it, and above
all for translators: wagtail-localize's translation editor replaces the page
editor (and its Checks panel) for a translation, so its translator reads the
figures of the translation here, beside those of the other languages.

Results are the ones stored when each revision was saved; a revision not
checked yet (its background check still queued) is checked on opening.
"""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from .findings import RULES, Finding
from .models import PlainLanguageResult
from .tasks import is_checked, store_page_result, store_revision_result

TEMPLATE = "balise_pages/admin/plain_language_page.html"


def result_url(page):
    return reverse("balise_plain_language_page", args=[page.pk])


def result_of(revision):
    """The stored result of ``revision``, checked now if its check has not run."""
    if revision is None:
        return None
    result = PlainLanguageResult.objects.filter(revision=revision).first()
    return result or store_revision_result(revision)


def live_result_of(page):
    if not page.live:
        return None
    if page.live_revision_id is not None:
        return result_of(page.live_revision)
    # A live page that never had a revision (an alias, or created in code).
    result = PlainLanguageResult.objects.filter(page=page, revision__isnull=True).first()
    return result or store_page_result(page)


def live_results(pages):
    """{page id: live result} for ``pages``, in one query. What the
    translation report of the ``locales`` app shows beside each translation
    (through the ``balise_translation_page_details`` hook)."""
    ids = [getattr(page, "pk", page) for page in pages]  # pages or page ids
    return {result.page_id: result
            for result in PlainLanguageResult.objects.live().filter(page_id__in=ids)}


def findings_of(result):
    return [Finding(**detail) for detail in result.details if detail.get("rule") in RULES]


class PageResultView(WagtailAdminTemplateMixin, TemplateView):
    template_name = TEMPLATE
    header_icon = "edit"

    def dispatch(self, request, page_id):
        page = get_object_or_404(Page, pk=page_id).specific
        if not is_checked(type(page)):
            raise Http404
        if not page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        self.page = page
        return super().dispatch(request)

    def get_page_title(self):
        return _("Plain language")

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("wagtailadmin_explore", args=[self.page.get_parent().pk]),
             "label": self.page.get_parent().get_admin_display_title()},
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]

    def get_context_data(self, **kwargs):
        page = self.page
        latest = result_of(page.latest_revision)
        live = live_result_of(page)
        if live is not None and latest is not None and live.pk == latest.pk:
            latest = None  # no draft beyond the published version
        translations = list(page.get_translations(inclusive=True)
                            .select_related("locale").order_by("locale__language_code"))
        scores = live_results(translations)
        return super().get_context_data(
            page=page, live=live, draft=latest,
            findings=findings_of(latest or live) if (latest or live) else [],
            edit_url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
            translations=[{"page": other, "result": scores.get(other.pk),
                           "current": other.pk == page.pk,
                           "url": result_url(other) if other.permissions_for_user(
                               self.request.user).can_edit() else ""}
                          for other in translations],
            **kwargs)
