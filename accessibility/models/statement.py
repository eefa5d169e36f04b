"""The accessibility statement page (issue 12, point 7), on the EU model
statement (Decision 2018/1523): one per language home, translated with
wagtail-localize like every page.

Its compliance status is never typed in: it follows from the chosen manual
audit, and the page cannot be published while that audit has criteria left
unassessed (``StatementPageForm``).
"""

import datetime
from functools import cached_property

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import GroupPagePermission

from pages import navigation
from pages.models.base import BalisePage

from .. import roles
from ..statement import compliance, regions
from ..statement.blocks import OUT_OF_SCOPE_REASONS, non_accessible_blocks

COMPLIANCE_LABELS = {
    compliance.FULLY: _("fully compliant"),
    compliance.PARTIALLY: _("partially compliant"),
    compliance.NOT_COMPLIANT: _("not compliant"),
}
REVIEW_EVERY_DAYS = 365
# What the latest automated run says (``statement_automated``), asked through
# a hook: the run history's readers import the models, never the reverse.
AUTOMATED_SUMMARY_HOOK = "balise_statement_automated_summary"


def automated_summary(home):
    for summary in hooks.get_hooks(AUTOMATED_SUMMARY_HOOK):
        return summary(home)
    return None


def publish_problem(audit):
    """Why a statement cannot be published from ``audit``, or None."""
    if audit is None:
        return _("Choose the manual audit the statement is based on.")
    if not audit.samples.exists():
        return _("The audit “%(audit)s” has no sample pages: add the pages it assessed.") % {
            "audit": audit.title}
    assessed, total = audit.progress()
    if total == 0 or assessed < total:
        return _("The audit “%(audit)s” still has %(left)s of %(total)s assessments to do: "
                 "finish it before publishing the statement.") % {
            "audit": audit.title, "left": total - assessed, "total": total}
    return None


class StatementPageForm(WagtailAdminPageForm):
    """Refuses to publish from an unfinished audit; a draft may be saved."""

    def clean(self):
        cleaned = super().clean()
        if "action-publish" in self.data:
            problem = publish_problem(cleaned.get("audit"))
            if problem:
                self.add_error("audit", problem)
        return cleaned


class AccessibilityStatementPage(BalisePage):
    legal_basis = models.CharField(_("Legal basis"), max_length=20, choices=regions.LEGAL_BASES,
                                   default=regions.BRUSSELS)
    scope = models.TextField(
        _("Websites covered"), blank=True, max_length=500,
        help_text=_("The addresses this statement covers. Empty: this website."))
    audit = models.ForeignKey(
        "balise_a11y.ManualAudit", verbose_name=_("Manual audit"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("The compliance status and the failed criteria come from this audit."))
    audit_report_url = models.URLField(
        _("Audit report"), blank=True,
        help_text=_("Where readers can read the audit report, if it is published."))
    non_accessible = StreamField(
        non_accessible_blocks(), blank=True, verbose_name=_("Other non-accessible content"),
        help_text=_("Content with a disproportionate burden or out of scope. Failed criteria "
                    "of the audit are listed automatically."))
    prepared_on = models.DateField(_("Statement prepared on"), default=datetime.date.today)
    reviewed_on = models.DateField(_("Last reviewed on"), null=True, blank=True,
                                   help_text=_("Review the statement at least once a year."))
    feedback_text = models.TextField(
        _("Feedback: extra information"), blank=True, max_length=600,
        help_text=_("For example how fast you answer. The contact page, e-mail address and "
                    "phone number come from the organisation details."))
    enforcement_text = models.TextField(
        _("Enforcement procedure"), blank=True, max_length=1000,
        help_text=_("Empty: the standard text for the legal basis chosen above."))

    content_panels = [
        *BalisePage.content_panels,
        MultiFieldPanel([FieldPanel("legal_basis"), FieldPanel("scope")],
                        heading=_("Commitment and scope")),
        MultiFieldPanel([FieldPanel("audit"), FieldPanel("audit_report_url")],
                        heading=_("Compliance status")),
        FieldPanel("non_accessible"),
        MultiFieldPanel([FieldPanel("prepared_on"), FieldPanel("reviewed_on")],
                        heading=_("Preparation of this statement")),
        FieldPanel("feedback_text"),
        FieldPanel("enforcement_text"),
    ]
    base_form_class = StatementPageForm
    parent_page_types = ["balise_pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1  # one statement per language home
    plain_language_fields = ["intro", "feedback_text", "enforcement_text"]
    template = "balise_a11y/accessibility_statement_page.html"

    class Meta:
        verbose_name = _("Accessibility statement")

    @cached_property  # read three times by the template: computed once per page shown
    def compliance_status(self):
        return self.audit.compliance_status() if self.audit_id else None

    @property
    def compliance_label(self):
        return COMPLIANCE_LABELS.get(self.compliance_status, "")

    @property
    def last_reviewed(self):
        return self.reviewed_on or self.prepared_on

    def review_overdue(self, today=None):
        today = today or timezone.localdate()
        return (today - self.last_reviewed).days > REVIEW_EVERY_DAYS

    def enforcement(self):
        default = regions.default_enforcement(self.legal_basis)
        if self.enforcement_text:
            return {**default, "text": self.enforcement_text}
        return default

    def failed_criteria(self):
        """The audit's failed criteria in the reader's language, each with
        where it fails: the shared parts, or the sample pages' titles in the
        reader's language. The auditors' notes are working notes in their own
        language and stay in the register; editors describe a failure for
        readers in a "non-compliance" item."""
        if not self.audit_id:
            return []
        language = get_language()
        locale = self.locale
        found = []
        for criterion, rows in self.audit.failed_criteria():
            places = []
            for row in rows:
                if row.sample is None:
                    place = str(_("header, menu and footer of every page"))
                else:
                    page = row.sample.page
                    translated = page.get_translation_or_none(locale) if page else None
                    place = (translated or page).title if page else ""
                if place and place not in places:
                    places.append(place)
            text = _("Success criterion %(number)s “%(title)s” (level %(level)s)") % {
                "number": criterion.number, "title": criterion.title(language),
                "level": criterion.level}
            if places:
                text = _("%(criterion)s, on: %(places)s") % {
                    "criterion": text, "places": ", ".join(places)}
            found.append({"number": criterion.number, "text": text, "places": places})
        return found

    def editor_items(self):
        """{"non_compliance", "burden", "out_of_scope"}: the editor's entries
        by kind, each {"content", "assessment" or "reason", "alternative"}."""
        reasons = dict(OUT_OF_SCOPE_REASONS)
        items = {"non_compliance": [], "burden": [], "out_of_scope": []}
        for block in self.non_accessible:
            value = dict(block.value)
            if block.block_type == "out_of_scope":
                value["reason"] = reasons.get(value.get("reason"), "")
            items.setdefault(block.block_type, []).append(value)
        return items

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        home = navigation.locale_home(request, self)
        contact_page = None
        if home is not None and hasattr(home, "localized_contact_page"):
            contact_page = home.localized_contact_page(request)
        context.update({
            "organisation": navigation.organisation(request),
            "contact_page": contact_page,
            "failed_criteria": self.failed_criteria(),
            "automated": automated_summary(home),
            "enforcement": self.enforcement(),
            "editor_items": self.editor_items(),
            "site_root": request.build_absolute_uri("/") if request is not None else "",
        })
        return context

    def clean(self):
        super().clean()
        if self.reviewed_on and self.prepared_on and self.reviewed_on < self.prepared_on:
            raise ValidationError({"reviewed_on": _(
                "The review cannot be earlier than the preparation of the statement.")})


@receiver(post_save, sender=AccessibilityStatementPage,
          dispatch_uid="balise_a11y_statement_for_auditors")
def statement_for_auditors(sender, instance, created, raw=False, **kwargs):
    """Each new statement page (a translation too) is the Auditors' to edit."""
    if created and not raw:
        roles.grant_statement_page(instance, Group, Permission, GroupPagePermission)
