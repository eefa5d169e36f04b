"""The only thing measuring use (``pages.usage``) keeps: how many times
something happened, per day, language, kind and page. A row has no time of
day and nothing about a reader (no address, no browser, no page they came
from), so it cannot tell one citizen from another, and a day with one view
reads the same as any.

Here, with the other models, so that the ``usage`` package above them can
read pages and search terms without an import cycle."""

from django.db import models
from django.utils.translation import gettext_lazy as _

# What is counted: a short code stored with the count, a label staff read.
PAGE_VIEW = "view"
TOP_TASK = "top_task"
EXPLORER_RESULTS = "explorer_results"
FORM_STARTED = "form_started"
FORM_SUBMITTED = "form_submitted"

KINDS = {
    PAGE_VIEW: _("Page views"),
    TOP_TASK: _("Top task clicks"),
    EXPLORER_RESULTS: _("Rights explorer results shown"),
    FORM_STARTED: _("Forms started"),
    FORM_SUBMITTED: _("Forms sent"),
}
KIND_CHOICES = list(KINDS.items())


class DailyCount(models.Model):
    day = models.DateField(_("Day"))
    language = models.CharField(_("Language"), max_length=10)
    kind = models.CharField(_("Counted"), max_length=20, choices=KIND_CHOICES)
    # The page's id as text (or another short key, "" for none): the row
    # stays unique on text, which both databases compare the same way; the
    # page link below is for the report and survives the page (SET_NULL).
    key = models.CharField(_("Key"), max_length=40, blank=True, default="")
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("Page"), null=True,
                             blank=True, on_delete=models.SET_NULL, related_name="+")
    count = models.PositiveIntegerField(_("Count"), default=0)

    class Meta:
        verbose_name = _("Daily use count")
        verbose_name_plural = _("Daily use counts")
        constraints = [models.UniqueConstraint(fields=["day", "kind", "language", "key"],
                                               name="balise_usage_one_count_per_day")]
        indexes = [models.Index(fields=["kind", "day"], name="balise_usage_kind_day")]
        permissions = [("view_usage_report", _("Can see how the public site is used"))]

    def __str__(self):
        return f"{self.day} {self.language} {self.kind} {self.key}: {self.count}"
