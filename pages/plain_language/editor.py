"""The live plain-language check in the page editor.

The editor's script posts the whole edit form here as staff type. The view
builds the unsaved page from the form exactly as Wagtail's preview does (it
subclasses Wagtail's preview views, so permissions and form handling are
Wagtail's own), runs the checker and returns the panel's HTML, translated
on the server. Nothing is saved, and saving the page never waits for it.

Anyone may post anything here: a post the page form cannot read (a stream
count that is not a number, a block without its fields, rich text that is
not JSON...), a page type the checker does not read, or a text far longer
than any page gets a 400, and the panel keeps its last result.
"""

import logging

from django.http import Http404, HttpResponseBadRequest
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.pages.preview import PreviewOnCreateView, PreviewOnEditView
from wagtail.models import Page

from .checking import check_page, settings_for
from .findings import RULES
from .page_text import text_blocks
from .tasks import is_checked

RESULTS_TEMPLATE = "balise_pages/admin/plain_language_results.html"
MAX_FINDINGS_SHOWN = 60
# About 15,000 words: three times the longest page a reader would finish.
# Beyond it the live check would keep the server busy for nothing.
MAX_CHECKED_CHARACTERS = 100_000
# What Wagtail's form fields raise on data no editor form sends: missing
# management fields (KeyError), numbers that are not (ValueError, which
# JSONDecodeError is), JSON of the wrong shape (TypeError, AttributeError,
# IndexError).
UNREADABLE_FORM = (KeyError, ValueError, TypeError, AttributeError, IndexError)
IN_SHORT_RULE = _("\"In short\" too long to publish")

logger = logging.getLogger(__name__)


def locations(page):
    """A readable place for each block reference: "Body, block 3 (Steps)"."""
    places = {"title": page._meta.get_field("title").verbose_name}
    for name in getattr(page, "plain_language_fields", ()):
        field = page._meta.get_field(name)
        value = getattr(page, name, None)
        places[name] = field.verbose_name
        if value is not None and hasattr(value, "stream_block"):
            for number, child in enumerate(value, start=1):
                places[f"{name}-{child.id}"] = f"{field.verbose_name} · {number} · " \
                    f"{child.block.label}"
    return places


def in_short_finding(page):
    """The "In short" box over its sentence limit, for page types with one. It
    sits beside the analyser's findings because it is the one that publishing
    enforces (pages/page_form.py); a draft may have it."""
    count_in_short = getattr(page, "count_in_short", None)
    if count_in_short is None:
        return None
    count = count_in_short(getattr(page, "intro", ""))
    if not count.too_many_sentences:
        return None
    return {"label": IN_SHORT_RULE, "count": count}


def results_context(page, has_errors=False):
    settings = settings_for(page, getattr(page, "_balise_parent", None))
    analysis = check_page(page, settings=settings)
    places = locations(page)
    in_short = in_short_finding(page)
    findings = [
        {"finding": finding, "place": places.get(finding.block, "")}
        for finding in analysis.findings[:MAX_FINDINGS_SHOWN]
    ]
    counts = [(RULES[rule], count) for rule, count in analysis.findings_by_rule().items()]
    if in_short:
        counts.insert(0, (IN_SHORT_RULE, 1))
    return {
        "analysis": analysis,
        "in_short": in_short,
        "findings": findings,
        "points": len(analysis.findings) + (1 if in_short else 0),
        "hidden_findings": max(0, len(analysis.findings) - MAX_FINDINGS_SHOWN),
        "counts": counts,
        "has_errors": has_errors,
    }


def check_url_for(request, page):
    """The URL the panel posts to, for an existing page or one being created."""
    if page.pk:
        return reverse("balise_plain_language_check", args=[page.pk])
    match = request.resolver_match
    kwargs = match.kwargs if match else {}
    needed = ("content_type_app_name", "content_type_model_name", "parent_page_id")
    if all(key in kwargs for key in needed):
        return reverse("balise_plain_language_check_new", args=[kwargs[key] for key in needed])
    return ""


def too_long(page):
    return sum(len(block.text) for block in text_blocks(page)) > MAX_CHECKED_CHARACTERS


class _CheckMixin:
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        if not is_checked(type(self.object)):
            return HttpResponseBadRequest("This page type has no plain-language check.")
        if not request.POST:
            return HttpResponseBadRequest("Post the page's edit form.")
        try:
            form = self.get_form(request.POST)
            has_errors = not self.validate_form(form)
        except UNREADABLE_FORM:
            logger.warning("Unreadable plain-language check post from user %s",
                           request.user.pk, exc_info=True)
            return HttpResponseBadRequest("The form data could not be read.")
        # ModelForm has copied every valid field onto the instance, even when
        # another field has an error: check what can be checked.
        page = form.instance
        if too_long(page):
            return HttpResponseBadRequest("The text is too long to check while typing.")
        page._balise_parent = getattr(form, "parent_page", None)
        return TemplateResponse(request, RESULTS_TEMPLATE, results_context(page, has_errors))


class CheckOnEdit(_CheckMixin, PreviewOnEditView):
    pass


class CheckOnCreate(_CheckMixin, PreviewOnCreateView):
    def get_object(self):
        # Wagtail's preview instantiates whatever model the URL names.
        model = self.content_type.model_class()
        if model is None or not issubclass(model, Page):
            raise Http404
        return super().get_object()
