"""The automated audits' history (issue 12, points 2, 3 and 5): each run, the
addresses it opened, what it found, and the findings an auditor dismissed.

A finding is identified across runs by its fingerprint (``findings.Finding``)
and its page: the same problem in the same place in two runs is "still
there", one only in the newer run is "new", one only in the older is "fixed".
A finding from the shared templates (header, menu, footer) is stored once per
run with no page and the number of addresses where it was seen.

Dismissals are kept apart from the runs, keyed by fingerprint and page, so
that a dismissal holds for every later run until it is revoked; revoking
keeps the row (who dismissed, who revoked, when) for the auditors' trail.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..findings import IMPACTS

IMPACT_CHOICES = [
    ("minor", _("Minor")),
    ("moderate", _("Moderate")),
    ("serious", _("Serious")),
    ("critical", _("Critical")),
]
assert [key for key, _label in IMPACT_CHOICES] == list(IMPACTS)


class AuditRun(models.Model):
    RUNNING = "running"
    FINISHED = "finished"
    FAILED = "failed"
    STATUS_CHOICES = [
        (RUNNING, _("Running")),
        (FINISHED, _("Finished")),
        (FAILED, _("Failed")),
    ]
    # what started the run
    COMMAND = "command"
    ADMIN = "admin"
    PUBLISH = "publish"
    TRIGGER_CHOICES = [
        (COMMAND, _("Command")),
        (ADMIN, _("Admin screen")),
        (PUBLISH, _("Page published")),
    ]

    started_at = models.DateTimeField(_("Started"), default=timezone.now, db_index=True)
    finished_at = models.DateTimeField(_("Finished"), null=True, blank=True)
    status = models.CharField(_("Status"), max_length=10, choices=STATUS_CHOICES,
                              default=RUNNING)
    trigger = models.CharField(_("Started by"), max_length=10, choices=TRIGGER_CHOICES,
                               default=COMMAND)
    started_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("User"),
                                   null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    # what was asked: a full run has no locale, no page and no date
    locale = models.CharField(_("Language"), max_length=10, blank=True)
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("Page"), null=True,
                             blank=True, on_delete=models.SET_NULL, related_name="+")
    changed_since = models.DateTimeField(_("Changed since"), null=True, blank=True)
    base_url = models.CharField(_("Address of the site"), max_length=255, blank=True)
    workers = models.PositiveSmallIntegerField(_("Browsers"), default=1)
    # what the run used and did
    axe_version = models.CharField(_("axe-core version"), max_length=20, blank=True)
    addresses_checked = models.PositiveIntegerField(_("Addresses checked"), default=0)
    addresses_unavailable = models.PositiveIntegerField(_("Addresses not loaded"), default=0)
    browser_start_seconds = models.FloatField(_("Seconds starting browsers"), default=0)
    error = models.TextField(_("Error"), blank=True)

    class Meta:
        ordering = ["-started_at", "-pk"]
        verbose_name = _("accessibility audit run")
        verbose_name_plural = _("accessibility audit runs")
        permissions = [
            ("run_audit", _("Can run an accessibility audit")),
        ]

    def __str__(self):
        return f"{self.started_at:%Y-%m-%d %H:%M} ({self.get_status_display()})"

    @property
    def is_full(self):
        """A run over every page of every language (not one page, language or
        the pages changed since a date): only full runs are compared to each
        other for "new" and "fixed", and drawn in the trend."""
        return not (self.locale or self.page_id or self.changed_since)

    @property
    def duration(self):
        if self.finished_at is None:
            return None
        return self.finished_at - self.started_at


class AuditedAddress(models.Model):
    """One address the run opened in the browser: a page, or a state of it a
    crawler never reaches (a form with its errors, an explorer step…)."""

    PAGE = "page"
    FORM_ERRORS = "form_errors"
    FORM_CONFIRMATION = "form_confirmation"
    EXPLORER_STEP = "explorer_step"
    EXPLORER_RESULTS = "explorer_results"
    SEARCH_RESULTS = "search_results"
    REPORT = "report"
    STATE_CHOICES = [
        (PAGE, _("Page")),
        (FORM_ERRORS, _("Form with its error messages")),
        (FORM_CONFIRMATION, _("Form confirmation")),
        (EXPLORER_STEP, _("Rights explorer step")),
        (EXPLORER_RESULTS, _("Rights explorer results")),
        (SEARCH_RESULTS, _("Search results")),
        (REPORT, _("Audit report")),
    ]

    run = models.ForeignKey(AuditRun, on_delete=models.CASCADE, related_name="addresses")
    url = models.CharField(_("Address"), max_length=500)
    state = models.CharField(_("State"), max_length=20, choices=STATE_CHOICES, default=PAGE)
    page = models.ForeignKey("wagtailcore.Page", null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="+")
    locale = models.CharField(_("Language"), max_length=10, blank=True)
    revision_id = models.PositiveIntegerField(null=True, blank=True)
    loaded = models.BooleanField(_("Loaded"), default=True)
    reason = models.CharField(_("Why it was not checked"), max_length=255, blank=True)
    seconds = models.FloatField(default=0)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("audited address")
        verbose_name_plural = _("audited addresses")

    def __str__(self):
        return self.url


class AuditFinding(models.Model):
    AXE = "axe"
    CONTENT = "content"
    DOCUMENT = "document"
    SOURCE_CHOICES = [
        (AXE, _("Browser check (axe)")),
        (CONTENT, _("Content rule")),
        (DOCUMENT, _("Document check")),
    ]

    run = models.ForeignKey(AuditRun, on_delete=models.CASCADE, related_name="findings")
    source = models.CharField(_("Found by"), max_length=10, choices=SOURCE_CHOICES)
    rule = models.CharField(_("Rule"), max_length=80, db_index=True)
    impact = models.CharField(_("Impact"), max_length=10, choices=IMPACT_CHOICES)
    wcag = models.CharField(_("WCAG success criterion"), max_length=10, blank=True,
                            db_index=True)
    en_clause = models.CharField(_("EN 301 549 clause"), max_length=20, blank=True)
    anysurfer = models.CharField(_("AnySurfer theme"), max_length=40, blank=True)
    # axe's own help text (in the language axe ran in); content rules keep
    # theirs in the code, translated when shown
    message = models.TextField(_("Message"), blank=True)
    help_url = models.URLField(max_length=300, blank=True)
    location = models.TextField(_("Where"), blank=True)
    snippet = models.TextField(_("Code or text"), blank=True)
    fingerprint = models.CharField(max_length=16, db_index=True)
    # the page; none for a finding of the shared templates seen on many pages
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("Page"), null=True,
                             blank=True, on_delete=models.SET_NULL, related_name="+")
    locale = models.CharField(_("Language"), max_length=10, blank=True)
    revision_id = models.PositiveIntegerField(null=True, blank=True)
    url = models.CharField(_("Address"), max_length=500, blank=True)
    state = models.CharField(_("State"), max_length=20, choices=AuditedAddress.STATE_CHOICES,
                             default=AuditedAddress.PAGE)
    shared = models.BooleanField(_("In the shared templates"), default=False)
    occurrences = models.PositiveIntegerField(_("Seen on"), default=1)
    # a copy of whether a dismissal applied when the run was stored; the
    # reports ask ``FindingDismissal`` so a later dismissal counts at once
    dismissed = models.BooleanField(_("Dismissed"), default=False)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("accessibility finding")
        verbose_name_plural = _("accessibility findings")
        indexes = [models.Index(fields=["run", "page"])]

    def __str__(self):
        return f"{self.rule} ({self.location})"

    @property
    def key(self):
        """What identifies the finding across runs."""
        return (self.fingerprint, self.page_id)


class FindingDismissalQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)

    def matching(self, finding):
        """The active dismissals that cover ``finding``: the same fingerprint
        on the same page, or on every page (a dismissal with no page)."""
        return self.active().filter(Q(page__isnull=True) | Q(page_id=finding.page_id),
                                    fingerprint=finding.fingerprint)


class FindingDismissal(models.Model):
    FALSE_POSITIVE = "false_positive"
    DISPROPORTIONATE_BURDEN = "disproportionate_burden"
    REASON_CHOICES = [
        (FALSE_POSITIVE, _("False positive: not an accessibility problem")),
        (DISPROPORTIONATE_BURDEN, _("Disproportionate burden: a fix would cost too much")),
    ]

    fingerprint = models.CharField(max_length=16, db_index=True)
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("Page"), null=True,
                             blank=True, on_delete=models.CASCADE, related_name="+")
    # copied from the finding, so the statement can describe what is not
    # accessible even when no run holds the finding any more
    rule = models.CharField(_("Rule"), max_length=80)
    wcag = models.CharField(_("WCAG success criterion"), max_length=10, blank=True)
    location = models.TextField(_("Where"), blank=True)
    reason = models.CharField(_("Reason"), max_length=30, choices=REASON_CHOICES)
    explanation = models.TextField(
        _("Explanation"),
        help_text=_("Why this is not a problem, or why fixing it would be a "
                    "disproportionate burden. Shown in the statement for the latter."))
    dismissed_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("Dismissed by"),
                                     null=True, on_delete=models.SET_NULL, related_name="+")
    dismissed_at = models.DateTimeField(_("Dismissed on"), default=timezone.now)
    revoked_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("Revoked by"),
                                   null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    revoked_at = models.DateTimeField(_("Revoked on"), null=True, blank=True)

    objects = FindingDismissalQuerySet.as_manager()

    class Meta:
        ordering = ["-dismissed_at", "-pk"]
        verbose_name = _("dismissed finding")
        verbose_name_plural = _("dismissed findings")
        permissions = [
            ("dismiss_finding", _("Can dismiss an accessibility finding")),
        ]

    def __str__(self):
        return f"{self.rule}: {self.get_reason_display()}"


class PageAuditStatus(models.Model):
    """The latest audit result of each page (in its own language), kept up to
    date by every run and by the audit on publish, so that the page explorer
    shows a status column with one query and no run to search."""

    PENDING = "pending"
    PASSED = "passed"
    PROBLEMS = "problems"
    UNAVAILABLE = "unavailable"
    STATUS_CHOICES = [
        (PENDING, _("Being checked")),
        (PASSED, _("No problem found")),
        (PROBLEMS, _("Problems found")),
        (UNAVAILABLE, _("Could not be checked")),
    ]

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE,
                                related_name="accessibility_status")
    status = models.CharField(_("Accessibility"), max_length=12, choices=STATUS_CHOICES,
                              default=PENDING)
    run = models.ForeignKey(AuditRun, null=True, blank=True, on_delete=models.SET_NULL,
                            related_name="+")
    revision_id = models.PositiveIntegerField(null=True, blank=True)
    findings = models.PositiveIntegerField(_("Problems"), default=0)
    checked_at = models.DateTimeField(_("Checked"), null=True, blank=True)

    class Meta:
        verbose_name = _("page accessibility status")
        verbose_name_plural = _("page accessibility statuses")

    def __str__(self):
        return f"{self.page_id}: {self.status}"
