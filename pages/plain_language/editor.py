"""The live plain-language check in the page editor.

The editor's script posts the whole edit form here as staff type. The view
builds the unsaved page from the form exactly as Wagtail's preview does (it
subclasses Wagtail's preview views, so permissions and form handling are
Wagtail's own), runs the checker and returns the panel's HTML, translated
on the server. Nothing is saved, and saving the page never waits for it.
"""

from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.admin.views.pages.preview import PreviewOnCreateView, PreviewOnEditView

from .checking import check_page, settings_for
from .findings import RULES

RESULTS_TEMPLATE = "balise_pages/admin/plain_language_results.html"
MAX_FINDINGS_SHOWN = 60


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


def results_context(page, has_errors=False):
    settings = settings_for(page, getattr(page, "_balise_parent", None))
    analysis = check_page(page, settings=settings)
    places = locations(page)
    findings = [
        {"finding": finding, "place": places.get(finding.block, "")}
        for finding in analysis.findings[:MAX_FINDINGS_SHOWN]
    ]
    counts = [(RULES[rule], count) for rule, count in analysis.findings_by_rule().items()]
    return {
        "analysis": analysis,
        "findings": findings,
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


class _CheckMixin:
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        form = self.get_form(request.POST)
        has_errors = not self.validate_form(form)
        # ModelForm has copied every valid field onto the instance, even when
        # another field has an error: check what can be checked.
        page = form.instance
        page._balise_parent = getattr(form, "parent_page", None)
        return TemplateResponse(request, RESULTS_TEMPLATE, results_context(page, has_errors))


class CheckOnEdit(_CheckMixin, PreviewOnEditView):
    pass


class CheckOnCreate(_CheckMixin, PreviewOnCreateView):
    pass
