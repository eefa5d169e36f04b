"""The accessibility report's screens in the admin.

Reading needs ``view_auditrun``, starting an audit ``run_audit``, dismissing
and revoking ``dismiss_finding``; each view checks that itself (Wagtail's
admin wrapper only checks that the user may enter the admin), and changes
are made by POST only, behind Django's CSRF check. An id that does not
match (a finding of another run, a dismissal that does not exist) is a 404.
"""

from datetime import timedelta
from types import SimpleNamespace

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View
from django_tasks import TaskResultStatus
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from pages.reports.permissions import pages_user_can_edit

from .. import exports
from ..exports import FORMATS
from ..models import AuditFinding, AuditRun, FindingDismissal
from ..models.runs import IMPACT_CHOICES
from ..results import labels
from ..results.summary import latest_full_run, run_summary, trend
from . import permissions
from .forms import DismissForm
from .trend_chart import STACK_ORDER, trend_chart

NAMESPACE = "balise_a11y_report"
RUNS_PER_PAGE = 50
TREND_RUNS = 20
# a full audit started less than this long ago and not finished holds the
# button back, so that two clicks do not start two audits of the whole site
RUNNING_FOR_AT_MOST = timedelta(hours=6)
IMPACT_LABELS = dict(IMPACT_CHOICES)
FORMAT_LABELS = {
    "html": gettext_lazy("Report as a web page (HTML)"),
    "csv": gettext_lazy("Findings as a spreadsheet (CSV)"),
    "json": gettext_lazy("Results in axe's format (JSON)"),
    "junit": gettext_lazy("Test results for continuous integration (JUnit XML)"),
}
SHARED_KEY = "shared"


def url(name, *args):
    return reverse(f"{NAMESPACE}:{name}", args=args)


def _when(moment):
    return date_format(timezone.localtime(moment), "DATETIME_FORMAT") if moment else ""


def running_full_audit():
    """A full audit started recently that has not finished, or None."""
    return AuditRun.objects.filter(
        status=AuditRun.RUNNING, locale="", page__isnull=True, changed_since__isnull=True,
        started_at__gte=timezone.now() - RUNNING_FOR_AT_MOST).order_by("-started_at").first()


def page_key(page, locale):
    """The part of a "findings of one page" address: the page's id, or
    "shared" (with the language, when known) for the shared templates."""
    if page is not None:
        return str(page.pk)
    return f"{SHARED_KEY}-{locale}" if locale else SHARED_KEY


def _counts(findings):
    active = sum(not finding.is_dismissed for finding in findings)
    return active, len(findings) - active


class EditablePages:
    """Whether the reader may open a page in the editor: one query for all
    pages of a report (a superuser may edit every page)."""

    def __init__(self, user):
        self.user = user

    @cached_property
    def ids(self):
        return set(pages_user_can_edit(self.user).values_list("pk", flat=True))

    def edit_url(self, page):
        if page is None:
            return ""
        if self.user.is_superuser or page.pk in self.ids:
            return reverse("wagtailadmin_pages:edit", args=[page.pk])
        return ""


def language_name(page, locale):
    if page is not None and getattr(page, "locale", None) is not None:
        return page.locale.get_display_name() or page.locale.language_code
    return locale or _("All languages")


class ReportScreen(WagtailAdminTemplateMixin, TemplateView):
    """A screen of the report, for the staff who may read it."""

    header_icon = "glasses"
    page_title = gettext_lazy("Accessibility")

    @classmethod
    def user_can_view(cls, user):
        """Asked by the Reports menu entry and the dashboard panel too."""
        return permissions.can_view(user)

    @classmethod
    def summary(cls, user):
        """The dashboard panel's line under the report's link (one query)."""
        run = latest_full_run()
        if run is None:
            return _("No full audit yet")
        return _("Latest full audit: %(date)s") % {"date": _when(run.started_at)}

    def dispatch(self, request, *args, **kwargs):
        if not self.user_can_view(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        items = [*self.breadcrumbs_items,
                 {"url": url("overview"), "label": _("Accessibility")}]
        if self.get_page_title() != _("Accessibility"):
            items.append({"url": "", "label": self.get_page_title()})
        return items

    def get_context_data(self, **kwargs):
        user = self.request.user
        return super().get_context_data(
            can_run=permissions.can_run(user), can_dismiss=permissions.can_dismiss(user),
            runs_url=url("runs"), dismissed_url=url("dismissed"),
            audit_now_url=url("audit_now"), **kwargs)


def finding_row(finding, run, editable, pages=None, fixed=False):
    page = (pages or {}).get(finding.page_id) if finding.page_id else None
    return {
        "finding": finding, "title": labels.rule_title(finding), "fixed": fixed,
        "impact": IMPACT_LABELS.get(finding.impact, finding.impact),
        "page": page, "edit_url": editable.edit_url(page),
        "url": url("finding", run.pk, finding.pk),
    }


class RunSummaryMixin:
    """What the overview and a run's own screen show: its totals, what is new
    and fixed, the addresses that did not load, findings by page and by
    criterion, and the downloads."""

    def run_context(self, run):
        summary = run_summary(run)
        editable = EditablePages(self.request.user)
        by_page = []
        for page, locale, findings in summary.by_page:
            active, dismissed = _counts(findings)
            by_page.append({
                "page": page, "title": page.title if page else _("Shared header, menu and footer"),
                "language": language_name(page, locale), "active": active, "dismissed": dismissed,
                "url": url("page_findings", run.pk, page_key(page, locale)),
                "edit_url": editable.edit_url(page)})
        by_criterion = []
        for code, title, level, findings in summary.by_criterion:
            active, dismissed = _counts(findings)
            by_criterion.append({
                "code": "" if code == labels.OTHER else code, "title": title, "level": level,
                "active": active, "dismissed": dismissed,
                "url": url("criterion_findings", run.pk, code)})
        return {
            "run": run, "summary": summary, "when": _when(run.started_at),
            "totals": [{"impact": impact, "label": IMPACT_LABELS[impact],
                        "count": summary.totals.get(impact, 0)} for impact in STACK_ORDER],
            "new": [finding_row(f, run, editable, summary.pages) for f in summary.new],
            "fixed": [finding_row(f, summary.previous, editable, summary.pages, fixed=True)
                      for f in summary.fixed] if summary.previous else [],
            "by_page": by_page, "by_criterion": by_criterion,
            "downloads": [{"label": FORMAT_LABELS.get(name, name),
                           "url": url("download", run.pk, name)} for name in FORMATS],
        }


class OverviewView(RunSummaryMixin, ReportScreen):
    """The latest full audit, with the trend of the last full audits."""

    template_name = "balise_a11y/report/overview.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(running=running_full_audit(), show_audit_now=True,
                                           **kwargs)
        run = latest_full_run()
        if run is not None:
            context.update(self.run_context(run), is_latest=True, **trend_context())
        return context


def trend_context():
    points = trend(TREND_RUNS)
    rows = [{"when": _when(run.started_at),
             "counts": [counts.get(impact, 0) for impact in STACK_ORDER],
             "total": sum(counts.get(impact, 0) for impact in STACK_ORDER)}
            for run, counts in points]
    if not rows:
        return {}
    description = _("%(runs)s full audits from %(first)s to %(last)s: %(before)s problems "
                    "found by the first, %(after)s by the latest.") % {
        "runs": len(rows), "first": rows[0]["when"], "last": rows[-1]["when"],
        "before": rows[0]["total"], "after": rows[-1]["total"]}
    svg = trend_chart(
        [(date_format(timezone.localtime(run.started_at), "SHORT_DATE_FORMAT"), counts)
         for run, counts in points],
        title=_("Problems found by the last full audits, by impact"),
        description=description, impact_labels={k: str(v) for k, v in IMPACT_LABELS.items()})
    return {"trend_svg": mark_safe(svg),  # noqa: S308 (every text escaped by trend_chart)
            "trend_rows": rows,
            "trend_impacts": [IMPACT_LABELS[impact] for impact in STACK_ORDER]}


class RunView(RunSummaryMixin, ReportScreen):
    """One run's own summary (any run, full or not)."""

    template_name = "balise_a11y/report/overview.html"

    @cached_property
    def run(self):
        return get_object_or_404(AuditRun, pk=self.kwargs["run_id"])

    def get_page_title(self):
        return _("Audit of %(date)s") % {"date": _when(self.run.started_at)}

    def get_context_data(self, **kwargs):
        return super().get_context_data(**self.run_context(self.run), **kwargs)


class RunListView(ReportScreen):
    template_name = "balise_a11y/report/runs.html"
    page_title = gettext_lazy("All audits")

    def get_context_data(self, **kwargs):
        runs = AuditRun.objects.select_related("started_by", "page").annotate(
            problem_count=Count("findings", filter=Q(findings__dismissed=False)),
        ).order_by("-started_at", "-pk")
        page = Paginator(runs, RUNS_PER_PAGE).get_page(self.request.GET.get("p"))
        return super().get_context_data(runs=[{
            "run": run, "when": _when(run.started_at), "url": url("run", run.pk),
            "scope": run_scope(run)} for run in page], page=page, **kwargs)


def run_scope(run):
    if run.is_full:
        return _("Whole site")
    parts = []
    if run.page_id:
        parts.append(_("Page: %(title)s") % {
            "title": run.page.title if run.page else run.page_id})
    if run.locale:
        parts.append(_("Language: %(code)s") % {"code": run.locale})
    if run.changed_since:
        parts.append(_("Pages changed since %(date)s") % {"date": _when(run.changed_since)})
    return ", ".join(parts)


class FindingsView(ReportScreen):
    """The findings of one page, or of one WCAG success criterion, of a run."""

    template_name = "balise_a11y/report/findings.html"

    @cached_property
    def run(self):
        return get_object_or_404(AuditRun, pk=self.kwargs["run_id"])

    @cached_property
    def selection(self):
        """(heading, findings) or a 404."""
        summary = run_summary(self.run)
        self.pages = summary.pages
        if "code" in self.kwargs:
            for code, title, level, findings in summary.by_criterion:
                if code == self.kwargs["code"]:
                    if code == labels.OTHER:
                        return title, findings
                    return f"{code} {title} ({level})".replace(" ()", ""), findings
        else:
            for page, locale, findings in summary.by_page:
                if page_key(page, locale) == self.kwargs["key"]:
                    title = page.title if page else _("Shared header, menu and footer")
                    return f"{title} ({language_name(page, locale)})", findings
        raise Http404

    def get_page_title(self):
        return self.selection[0]

    def get_context_data(self, **kwargs):
        _heading, findings = self.selection
        editable = EditablePages(self.request.user)
        return super().get_context_data(
            run=self.run, when=_when(self.run.started_at), run_url=url("run", self.run.pk),
            rows=[finding_row(finding, self.run, editable, self.pages) for finding in findings],
            **kwargs)


def dismissal_history(finding):
    """Every dismissal of this finding, on its page or on every page, the
    revoked ones included (newest first)."""
    return list(FindingDismissal.objects.filter(
        Q(page__isnull=True) | Q(page_id=finding.page_id), fingerprint=finding.fingerprint,
    ).select_related("dismissed_by", "revoked_by", "page"))


class FindingView(ReportScreen):
    """A finding's detail: what, where, how to fix, and its dismissals; the
    dismiss form for those who may dismiss."""

    template_name = "balise_a11y/report/finding.html"
    page_title = gettext_lazy("Finding")
    form = None

    @cached_property
    def run(self):
        return get_object_or_404(AuditRun, pk=self.kwargs["run_id"])

    @cached_property
    def finding(self):
        return get_object_or_404(AuditFinding.objects.select_related("page", "page__locale"),
                                 run=self.run, pk=self.kwargs["finding_id"])

    def get_page_title(self):
        return labels.rule_title(self.finding)

    def get_context_data(self, **kwargs):
        finding = self.finding
        history = dismissal_history(finding)
        active = next((row for row in history if row.revoked_at is None), None)
        criterion_title, level = labels.criterion_label(finding.wcag) if finding.wcag else ("", "")
        form = self.form
        if form is None and active is None and permissions.can_dismiss(self.request.user):
            form = DismissForm()
        return super().get_context_data(
            run=self.run, when=_when(self.run.started_at), run_url=url("run", self.run.pk),
            finding=finding, title=labels.rule_title(finding), hint=labels.rule_hint(finding),
            impact=IMPACT_LABELS.get(finding.impact, finding.impact),
            criterion_title=criterion_title, level=level,
            anysurfer=labels.anysurfer_label(finding.anysurfer),
            edit_url=EditablePages(self.request.user).edit_url(finding.page),
            language=language_name(finding.page, finding.locale),
            active_dismissal=active, history=history, form=form,
            dismiss_url=url("dismiss", self.run.pk, finding.pk),
            here=self.request.get_full_path(), **kwargs)


class DismissView(FindingView):
    """POST only: records the dismissal and goes back to the finding; an
    incomplete form is shown again on the finding, with its errors."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        if not permissions.can_dismiss(request.user):
            raise PermissionDenied
        finding = self.finding
        if FindingDismissal.objects.matching(finding).exists():
            messages.info(request, _("This finding was already dismissed."))
            return redirect(url("finding", self.run.pk, finding.pk))
        self.form = DismissForm(request.POST)
        if not self.form.is_valid():
            return self.render_to_response(self.get_context_data(**kwargs))
        FindingDismissal.objects.create(
            fingerprint=finding.fingerprint, page_id=finding.page_id, rule=finding.rule,
            wcag=finding.wcag, location=finding.location,
            reason=self.form.cleaned_data["reason"],
            explanation=self.form.cleaned_data["explanation"], dismissed_by=request.user)
        messages.success(request, _("Finding dismissed: it no longer counts in the totals, in "
                                    "this run and in the next ones."))
        return redirect(url("finding", self.run.pk, finding.pk))


class DismissedView(ReportScreen):
    """The dismissed findings: those that hold now, with their revoke button,
    then those revoked, for the auditors' trail."""

    template_name = "balise_a11y/report/dismissed.html"
    page_title = gettext_lazy("Dismissed findings")

    def get_context_data(self, **kwargs):
        rows = FindingDismissal.objects.select_related("page", "page__locale", "dismissed_by",
                                                       "revoked_by")
        editable = EditablePages(self.request.user)

        def row(dismissal):
            return {"dismissal": dismissal, "edit_url": editable.edit_url(dismissal.page),
                    "title": labels.rule_title(SimpleNamespace(rule=dismissal.rule, message="")),
                    "revoke_url": url("revoke", dismissal.pk)}

        return super().get_context_data(
            active=[row(d) for d in rows.filter(revoked_at__isnull=True)],
            revoked=[row(d) for d in rows.filter(revoked_at__isnull=False)
                     .order_by("-revoked_at", "-pk")[:100]],
            here=self.request.get_full_path(), **kwargs)


def _back(request, default):
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()},
                                                  require_https=request.is_secure()):
        return target
    return default


class RevokeView(View):
    """POST only: the dismissal stops holding (the row stays, with who
    revoked it and when)."""

    http_method_names = ["post"]

    def post(self, request, dismissal_id):
        if not permissions.can_dismiss(request.user):
            raise PermissionDenied
        dismissal = get_object_or_404(FindingDismissal, pk=dismissal_id)
        if dismissal.revoked_at is not None:
            messages.info(request, _("This dismissal was already revoked."))
        else:
            dismissal.revoked_by = request.user
            dismissal.revoked_at = timezone.now()
            dismissal.save(update_fields=["revoked_by", "revoked_at"])
            messages.success(request, _("Dismissal revoked: the finding counts again."))
        return redirect(_back(request, url("dismissed")))


class DownloadView(View):
    """A run's report as a file, in one of the export formats."""

    def get(self, request, run_id, file_format):
        if not permissions.can_view(request.user):
            raise PermissionDenied
        if file_format not in FORMATS:
            raise Http404
        run = get_object_or_404(AuditRun, pk=run_id)
        content, content_type, filename = exports.export(run_summary(run), file_format)
        response = HttpResponse(content, content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


class AuditNowView(View):
    """POST only: queues an audit of the whole site (a worker runs it; with
    the immediate task backend it has run when the answer comes)."""

    http_method_names = ["post"]

    def post(self, request):
        if not permissions.can_run(request.user):
            raise PermissionDenied
        running = running_full_audit()
        if running is not None:
            messages.warning(request, _("An audit of the whole site is already running (started "
                                        "%(date)s): wait for its results.") % {
                "date": _when(running.started_at)})
            return redirect(url("overview"))
        from ..tasks import audit_site  # the audit engine, loaded only to start one

        result = audit_site.enqueue(user_id=request.user.pk)
        if result.status == TaskResultStatus.FAILED:
            messages.error(request, _("The audit could not be run. The list of audits says why."))
        else:
            messages.success(request, _("The audit of the whole site has started. It takes a few "
                                        "minutes: its results appear in this report when it is "
                                        "finished."))
        return redirect(url("overview"))
