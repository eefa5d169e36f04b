"""The manual audit register (issue 12, point 4): an audit, its sample
pages, and one assessment per sample and WCAG criterion.

The header, menu and footer are the same on every page, so they are
assessed once for all pages: those assessments have no sample ("shared
parts", ``sample=None``). A criterion with no assessment row is simply
"not assessed yet": rows are written when the auditor records something.
"""

import datetime

from django.conf import settings
from django.contrib import admin
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Orderable

from .. import criteria
from ..statement import compliance

RESULT_CHOICES = [
    (compliance.NOT_ASSESSED, _("Not yet assessed")),
    (compliance.PASS, _("Pass")),
    (compliance.FAIL, _("Fail")),
    (compliance.CANNOT_TELL, _("Cannot tell")),
    (compliance.NOT_APPLICABLE, _("Not applicable")),
]
SELF_ASSESSMENT = "self"
THIRD_PARTY = "third_party"
METHOD_CHOICES = [
    (SELF_ASSESSMENT, _("Self-assessment")),
    (THIRD_PARTY, _("Assessment by a third party")),
]
SAMPLE_KINDS = [
    ("home", _("Home page")),
    ("contact", _("Contact page")),
    ("sitemap", _("Sitemap or search")),
    ("form", _("A form")),
    ("explorer", _("Rights explorer")),
    ("content", _("Content page")),
    ("other", _("Other page")),
]


class ManualAudit(ClusterableModel):
    title = models.CharField(_("Title"), max_length=150)
    started_on = models.DateField(_("Date started"), default=datetime.date.today)
    auditors = models.CharField(
        _("Auditor(s)"), max_length=255,
        help_text=_("Names of the people or the organisation who assess the pages."))
    method = models.CharField(_("How it is done"), max_length=20, choices=METHOD_CHOICES,
                              default=SELF_ASSESSMENT)
    wcag_version = models.CharField(
        _("WCAG version"), max_length=5, default=criteria.DEFAULT_VERSION,
        choices=[(version, f"WCAG {version}") for version in criteria.WCAG_VERSIONS])
    scope_note = models.TextField(
        _("Scope"), blank=True,
        help_text=_("What the audit covers and what it leaves out, and why."))
    copied_from = models.ForeignKey(
        "self", verbose_name=_("Copied from"), null=True, blank=True, editable=False,
        on_delete=models.SET_NULL, related_name="copies")
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("title"),
        MultiFieldPanel([FieldPanel("started_on"), FieldPanel("auditors"),
                         FieldPanel("method"), FieldPanel("wcag_version")],
                        heading=_("Audit")),
        FieldPanel("scope_note"),
        InlinePanel("samples", heading=_("Sample pages"), label=_("Sample page"),
                    help_text=_("AnySurfer's sample: the home page, the contact page, the "
                                "sitemap or search, a form, the rights explorer and a few "
                                "content pages. The header, menu and footer are assessed "
                                "once, as shared parts.")),
    ]

    class Meta:
        verbose_name = _("Manual audit")
        verbose_name_plural = _("Manual audits")
        ordering = ["-started_on", "-pk"]

    def __str__(self):
        return self.title

    def criteria(self):
        return criteria.criteria_for(self.wcag_version)

    def sample_choices(self):
        """(shared parts, then each sample page): what is assessed."""
        return [None, *self.samples.select_related("page").order_by("sort_order", "pk")]

    def results_by_criterion(self):
        """{criterion number: [result per sample, shared parts included]}."""
        samples = self.sample_choices()
        recorded = {(row.sample_id, row.criterion): row.result
                    # audit_id too: the related manager sets each row's audit,
                    # which would load a deferred audit_id row by row
                    for row in self.assessments.only("audit_id", "sample_id", "criterion",
                                                     "result")}
        return {criterion.number: [recorded.get((getattr(sample, "pk", None), criterion.number),
                                                compliance.NOT_ASSESSED)
                                   for sample in samples]
                for criterion in self.criteria()}

    def progress(self):
        """(assessed, total) over every sample and criterion."""
        by_criterion = self.results_by_criterion()
        total = sum(len(results) for results in by_criterion.values())
        assessed = sum(result != compliance.NOT_ASSESSED
                       for results in by_criterion.values() for result in results)
        return assessed, total

    @admin.display(description=_("Assessed"))
    def progress_label(self):
        assessed, total = self.progress()
        return f"{assessed} / {total}"

    def is_complete(self):
        assessed, total = self.progress()
        return total > 0 and assessed == total

    def compliance_status(self):
        return compliance.compliance_status(self.results_by_criterion())

    def failed_criteria(self):
        """The criteria that fail on some sample, each with the failing
        assessments (for the statement's list of non-accessible content)."""
        failing = {}
        rows = (self.assessments.filter(result=compliance.FAIL)
                .select_related("sample__page").order_by("criterion", "sample__sort_order"))
        for row in rows:
            failing.setdefault(row.criterion, []).append(row)
        return [(criteria.BY_NUMBER[number], failing[number])
                for number in sorted(failing, key=lambda n: criteria.BY_NUMBER[n].sort_key)
                if number in criteria.BY_NUMBER]

    @transaction.atomic
    def copy_for_reaudit(self, title=None):
        """A new audit with the same samples and assessments, every assessment
        marked to check again: a re-audit starts from what was found."""
        copy = ManualAudit.objects.create(
            title=title or _("%(title)s (re-audit)") % {"title": self.title},
            auditors=self.auditors, method=self.method, wcag_version=self.wcag_version,
            scope_note=self.scope_note, copied_from=self, started_on=timezone.localdate())
        new_samples = {}
        for sample in self.samples.order_by("sort_order", "pk"):
            new_samples[sample.pk] = AuditSample.objects.create(
                audit=copy, kind=sample.kind, page_id=sample.page_id, label=sample.label,
                sort_order=sample.sort_order)
        Assessment.objects.bulk_create([
            Assessment(audit=copy, sample=new_samples.get(row.sample_id), criterion=row.criterion,
                       result=row.result, assessed_on=row.assessed_on, auditor_id=row.auditor_id,
                       note=row.note, screenshot_id=row.screenshot_id,
                       easy_to_fix=row.easy_to_fix, to_recheck=True)
            for row in self.assessments.all()])
        return copy


class AuditSample(Orderable):
    audit = ParentalKey(ManualAudit, related_name="samples", on_delete=models.CASCADE)
    kind = models.CharField(_("Kind of page"), max_length=20, choices=SAMPLE_KINDS,
                            default="content")
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("Page"),
                             on_delete=models.CASCADE, related_name="+")
    label = models.CharField(_("Note"), max_length=150, blank=True,
                             help_text=_("For example the state assessed: "
                                         "\"form with its errors shown\"."))

    panels = [FieldPanel("kind"), PageChooserPanel("page"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("Sample page")
        verbose_name_plural = _("Sample pages")

    def __str__(self):
        text = self.page.get_admin_display_title() if self.page_id else ""
        return f"{text} ({self.label})" if self.label else text


class Assessment(models.Model):
    audit = models.ForeignKey(ManualAudit, on_delete=models.CASCADE,
                              related_name="assessments")
    # None: the shared parts (header, menu, footer), assessed once for all pages
    sample = models.ForeignKey(AuditSample, null=True, blank=True, on_delete=models.CASCADE,
                               related_name="assessments")
    criterion = models.CharField(_("Success criterion"), max_length=10)
    result = models.CharField(_("Result"), max_length=20, choices=RESULT_CHOICES,
                              default=compliance.NOT_ASSESSED)
    assessed_on = models.DateField(_("Date"), null=True, blank=True)
    auditor = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("Auditor"),
                                null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="+")
    note = models.TextField(_("Note"), blank=True)
    screenshot = models.ForeignKey("wagtailimages.Image", verbose_name=_("Screenshot"),
                                   null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    easy_to_fix = models.BooleanField(_("Easy to fix"), default=False)
    to_recheck = models.BooleanField(
        _("To check again"), default=False,
        help_text=_("Copied from an earlier audit: check it again before relying on it."))

    class Meta:
        verbose_name = _("Assessment")
        verbose_name_plural = _("Assessments")
        constraints = [
            models.UniqueConstraint(fields=["sample", "criterion"],
                                    condition=Q(sample__isnull=False),
                                    name="balise_a11y_one_assessment_per_sample"),
            models.UniqueConstraint(fields=["audit", "criterion"],
                                    condition=Q(sample__isnull=True),
                                    name="balise_a11y_one_shared_assessment"),
        ]

    def __str__(self):
        return f"{self.criterion}: {self.get_result_display()}"

    @property
    def criterion_data(self):
        return criteria.BY_NUMBER.get(self.criterion)

