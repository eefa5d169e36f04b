"""The audit's own screens, beside the ModelViewSet's list and edit views.
Each view checks the model permission it needs itself: the admin's URL
wrapper only checks that the user may enter the admin."""

import csv

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.images import get_image_model

from .. import criteria as wcag
from ..models import Assessment, ManualAudit
from ..statement import compliance
from .forms import row_forms

SHARED = "shared"
URL_NAMESPACE = "balise_manual_audits"


def _check(user, action):
    if not user.has_perm(f"balise_a11y.{action}_manualaudit"):
        raise PermissionDenied


def _sample(audit, sample_key):
    """(the sample or None for the shared parts, its display name)."""
    if sample_key == SHARED:
        return None, _("Shared parts: header, menu and footer")
    try:
        sample = audit.samples.select_related("page").get(pk=int(sample_key))
    except (ValueError, audit.samples.model.DoesNotExist) as error:
        raise Http404 from error
    return sample, str(sample)


def _title(text, **extra):
    return {"page_title": text, "header_title": text, "header_icon": "tasks", **extra}


def overview(request, pk):
    """The audit's samples, what is left to assess on each, and the status
    a statement would get from it."""
    _check(request.user, "view")
    audit = get_object_or_404(ManualAudit, pk=pk)
    numbers = [criterion.number for criterion in audit.criteria()]
    recorded = {}
    for row in audit.assessments.exclude(result=compliance.NOT_ASSESSED).only(
            "sample_id", "criterion"):
        if row.criterion in numbers:
            recorded[row.sample_id] = recorded.get(row.sample_id, 0) + 1
    samples = [{"key": SHARED if sample is None else sample.pk,
                "name": _sample(audit, SHARED)[1] if sample is None else str(sample),
                "kind": "" if sample is None else sample.get_kind_display(),
                "assessed": recorded.get(getattr(sample, "pk", None), 0),
                "total": len(numbers)}
               for sample in audit.sample_choices()]
    assessed, total = audit.progress()
    status = audit.compliance_status()
    return TemplateResponse(request, "balise_a11y/manual_audit/overview.html", {
        **_title(audit.title), "audit": audit, "samples": samples, "assessed": assessed,
        "total": total, "status": status,
        "can_change": request.user.has_perm("balise_a11y.change_manualaudit"),
        "can_copy": request.user.has_perm("balise_a11y.add_manualaudit"),
    })


def _screenshot(audit, sample_name, criterion, uploaded):
    image_model = get_image_model()
    image = image_model(title=f"{audit.title}: {sample_name}: {criterion.number}"[:255],
                        file=uploaded)
    image.save()
    return image


@require_http_methods(["GET", "POST"])
def assess(request, pk, sample_key):
    """One sample, one row per criterion: result, note, easy to fix, screenshot."""
    _check(request.user, "change")
    audit = get_object_or_404(ManualAudit, pk=pk)
    sample, sample_name = _sample(audit, sample_key)
    criteria = audit.criteria()
    existing = {row.criterion: row for row in Assessment.objects.filter(
        audit=audit, sample=sample).select_related("screenshot")}
    if request.method == "POST":
        forms = row_forms(criteria, existing, request.POST, request.FILES)
        if all(form.is_valid() for form in forms):
            changed = _save(request, audit, sample, sample_name, forms)
            messages.success(request, _("%(count)s assessments saved.") % {"count": changed})
            return redirect(reverse(f"{URL_NAMESPACE}:overview", args=[audit.pk]))
        messages.error(request, _("Some rows could not be saved: correct what is marked."))
    else:
        forms = row_forms(criteria, existing)
    language = get_language()
    groups = []
    for form in forms:
        theme = wcag.theme_label(form.criterion.theme, language)
        if not groups or groups[-1]["theme"] != theme:
            groups.append({"theme": theme, "rows": []})
        groups[-1]["rows"].append({"form": form, "label": form.criterion.label(language),
                                   "assessment": form.assessment})
    return TemplateResponse(request, "balise_a11y/manual_audit/assess.html", {
        **_title(_("Assess: %(sample)s") % {"sample": sample_name}),
        "audit": audit, "sample": sample, "sample_name": sample_name, "groups": groups,
        "has_errors": any(form.errors for form in forms),
        "overview_url": reverse(f"{URL_NAMESPACE}:overview", args=[audit.pk]),
    })


@transaction.atomic
def _save(request, audit, sample, sample_name, forms):
    """Writes the rows that differ from what is stored; returns how many."""
    changed = 0
    today = timezone.localdate()
    for form in forms:
        if not form.submitted:
            continue
        data = form.cleaned_data
        row = form.assessment
        same = row is not None and (row.result, row.note, row.easy_to_fix) == (
            data["result"], data["note"], data["easy_to_fix"])
        if row is None and data["result"] == compliance.NOT_ASSESSED and not data["note"] \
                and not data["screenshot"]:
            continue
        if same and not data["screenshot"] and not data["remove_screenshot"]:
            continue
        if row is None:
            row = Assessment(audit=audit, sample=sample, criterion=form.criterion.number)
        row.result, row.note, row.easy_to_fix = data["result"], data["note"], data["easy_to_fix"]
        if data["remove_screenshot"]:
            row.screenshot = None
        if data["screenshot"]:
            row.screenshot = _screenshot(audit, sample_name, form.criterion, data["screenshot"])
        row.assessed_on = today
        row.auditor = request.user
        row.to_recheck = False
        row.save()
        changed += 1
    return changed


@require_http_methods(["GET", "POST"])
def copy(request, pk):
    """Asks, then copies the audit with its samples and assessments, every
    assessment marked to check again."""
    _check(request.user, "add")
    audit = get_object_or_404(ManualAudit, pk=pk)
    if request.method == "POST":
        new = audit.copy_for_reaudit()
        messages.success(request, _("Re-audit “%(title)s” started: every assessment is marked "
                                    "to check again.") % {"title": new.title})
        return redirect(reverse(f"{URL_NAMESPACE}:overview", args=[new.pk]))
    return TemplateResponse(request, "balise_a11y/manual_audit/copy.html", {
        **_title(_("Copy to start a re-audit")), "audit": audit,
        "overview_url": reverse(f"{URL_NAMESPACE}:overview", args=[audit.pk])})


CSV_HEADER = ["audit", "sample", "kind", "page_id", "page_url", "criterion", "level",
              "criterion_title", "theme", "result", "assessed_on", "auditor", "easy_to_fix",
              "to_recheck", "note", "screenshot"]


def _cell(value):
    """Text a spreadsheet never runs as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export_csv(request, pk):
    """One row per sample and criterion (not yet assessed ones too), so the
    export shows what is left as well as what was found."""
    _check(request.user, "view")
    audit = get_object_or_404(ManualAudit, pk=pk)
    language = get_language()
    recorded = {(row.sample_id, row.criterion): row for row in audit.assessments.select_related(
        "auditor", "screenshot")}
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = slugify(audit.title) or "audit"
    response["Content-Disposition"] = f'attachment; filename="{filename}-{audit.pk}.csv"'
    response.write("\ufeff")  # so spreadsheet programs read UTF-8
    writer = csv.writer(response)
    writer.writerow(CSV_HEADER)
    for sample in audit.sample_choices():
        if sample is None:
            name, kind, page_id, url = _sample(audit, SHARED)[1], "shared", "", ""
        else:
            name, kind, page_id = str(sample), sample.kind, sample.page_id
            url = sample.page.get_full_url(request) or ""
        for criterion in audit.criteria():
            row = recorded.get((getattr(sample, "pk", None), criterion.number))
            writer.writerow([_cell(value) for value in (
                audit.title, name, kind, page_id, url, criterion.number, criterion.level,
                criterion.title(language), wcag.theme_label(criterion.theme, language),
                row.result if row else compliance.NOT_ASSESSED,
                row.assessed_on.isoformat() if row and row.assessed_on else "",
                (row.auditor.get_username() if row and row.auditor else ""),
                "yes" if row and row.easy_to_fix else "",
                "yes" if row and row.to_recheck else "",
                row.note if row else "",
                request.build_absolute_uri(row.screenshot.file.url)
                if row and row.screenshot else "")])
    return response
