"""What staff keep for the plain-language checker: the glossary of jargon
per language and the thresholds of each site; and what the checker found on
each saved revision of a page, so reports read figures instead of
re-analysing every page on every request."""

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Locale

from .findings import RULES, Limits
from .formulas import BAND_LABELS
from .glossary import GlossaryEntry


class GlossaryTerm(models.Model):
    """A word the plain-language checker flags in one language, with what to
    write instead. Each language has its own list (Dutch "derhalve" has no
    French twin), so terms are not translations of each other and are not
    sent to wagtail-localize."""

    locale = models.ForeignKey(Locale, on_delete=models.CASCADE, related_name="+",
                               verbose_name=_("Language"))
    term = models.CharField(_("Term"), max_length=100)
    plain_alternative = models.CharField(_("Plain alternative"), max_length=200, blank=True)
    explanation = models.CharField(_("Short explanation"), max_length=300, blank=True)
    allowed_if_explained = models.BooleanField(
        _("Allowed when explained"), default=True,
        help_text=_("Tick for a necessary term that may stay if the page explains it where it "
                    "first appears. Untick for a word that should always be replaced."),
    )

    panels = [FieldPanel("locale"), FieldPanel("term"), FieldPanel("plain_alternative"),
              FieldPanel("explanation"), FieldPanel("allowed_if_explained")]

    class Meta:
        verbose_name = _("Glossary term")
        verbose_name_plural = _("Glossary")
        ordering = ["locale", "term"]
        constraints = [models.UniqueConstraint(fields=["locale", "term"],
                                               name="balise_glossary_term_unique_per_locale")]

    def __str__(self):
        return self.term

    def as_entry(self):
        return GlossaryEntry(self.term, self.plain_alternative, self.explanation,
                             self.allowed_if_explained)

    @classmethod
    def entries_for(cls, language_code):
        return [term.as_entry() for term in cls.objects.filter(locale__language_code=language_code)]


# From easiest to hardest, the order "at least this easy" is measured on.
BAND_ORDER = list(BAND_LABELS)


@register_setting(icon="edit")
class PlainLanguageSettings(BaseSiteSetting):
    """The checker's thresholds for a site, and an optional rule that stops a
    page from being published while its text is too hard (off by default:
    the checker advises, people decide)."""

    max_sentence_words = models.PositiveSmallIntegerField(
        _("Longest sentence (words)"), default=Limits.max_sentence_words,
        help_text=_("Sentences longer than this are pointed out. "
                    "20 is usual; 12 for easy-to-read."),
    )
    max_paragraph_words = models.PositiveSmallIntegerField(
        _("Longest paragraph (words)"), default=Limits.max_paragraph_words)
    max_words_without_subheading = models.PositiveSmallIntegerField(
        _("Most words without a sub-heading"), default=Limits.max_words_without_subheading)
    minimum_band_to_publish = models.CharField(
        _("Minimum readability to publish"), max_length=20, blank=True,
        choices=[(key, label) for key, label in BAND_LABELS.items()],
        help_text=_("Leave empty to never block publishing. Drafts can always be saved."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("max_sentence_words"), FieldPanel("max_paragraph_words"),
                         FieldPanel("max_words_without_subheading")], heading=_("Thresholds")),
        FieldPanel("minimum_band_to_publish"),
    ]

    class Meta:
        verbose_name = _("Plain language")

    @property
    def limits(self):
        return Limits(self.max_sentence_words, self.max_paragraph_words,
                      self.max_words_without_subheading)

    def allows_publishing(self, band):
        if not self.minimum_band_to_publish:
            return True
        return BAND_ORDER.index(band) <= BAND_ORDER.index(self.minimum_band_to_publish)


# Enough findings for a writer or translator to act on; the counts per rule
# are always complete.
MAX_STORED_FINDINGS = 60


class PlainLanguageResultQuerySet(models.QuerySet):
    def live(self):
        """The result of each live page's live revision (or, for a live page
        that never had a revision, of the page itself)."""
        current = Q(revision_id=F("page__live_revision_id")) | Q(
            revision__isnull=True, page__live_revision__isnull=True)
        return self.filter(current, page__live=True, page__depth__gt=1)


class PlainLanguageResult(models.Model):
    """The plain-language check of one saved revision of a page, computed in
    the background when the revision is saved or published
    (``tasks.store_result``). The report lists the result of each live
    revision; the translator's view shows a translation's latest and live
    results."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    # Null for a page that has no revision (created in code, or an alias):
    # then the page's own fields were checked.
    revision = models.OneToOneField("wagtailcore.Revision", on_delete=models.CASCADE,
                                    null=True, blank=True, related_name="+")
    language = models.CharField(max_length=8)
    formula = models.CharField(max_length=40)
    score = models.FloatField()
    band = models.CharField(max_length=20)
    lix = models.FloatField()
    words = models.PositiveIntegerField()
    findings = models.JSONField(default=dict)  # rule -> count
    total_findings = models.PositiveIntegerField(default=0)
    details = models.JSONField(default=list)  # the first findings, as Finding.as_dict()
    checked_at = models.DateTimeField(auto_now=True)

    objects = PlainLanguageResultQuerySet.as_manager()

    class Meta:
        verbose_name = _("Plain-language result")
        verbose_name_plural = _("Plain-language results")
        constraints = [models.UniqueConstraint(
            fields=["page"], condition=Q(revision__isnull=True),
            name="balise_plain_language_one_result_per_page_without_revision")]
        indexes = [models.Index(fields=["score"], name="balise_pl_result_score")]

    def __str__(self):
        return f"{self.page_id} · {self.revision_id} · {self.score:.0f}"

    @classmethod
    def record(cls, page, revision, analysis):
        """Keep ``analysis`` as the result of ``revision`` of ``page``
        (replacing an older check of the same revision)."""
        counts = analysis.findings_by_rule()
        values = {
            "page_id": page.pk, "language": analysis.language, "formula": analysis.formula,
            "score": analysis.score, "band": analysis.band, "lix": analysis.lix,
            "words": analysis.words, "findings": counts, "total_findings": sum(counts.values()),
            "details": [f.as_dict() for f in analysis.findings[:MAX_STORED_FINDINGS]],
        }
        if revision is None:
            result, _created = cls.objects.update_or_create(
                page_id=page.pk, revision=None, defaults=values)
        else:
            result, _created = cls.objects.update_or_create(revision=revision, defaults=values)
        return result

    # What the report, its exports and the command read.

    @property
    def title(self):
        return self.page.title

    @property
    def url(self):
        return self.page.get_url() or self.page.url_path

    @property
    def band_label(self):
        return str(BAND_LABELS.get(self.band, self.band))

    @property
    def has_text(self):
        return self.words > 0

    @property
    def findings_counts(self):
        """Every rule, in the checker's order, with 0 where nothing was found."""
        return {rule: self.findings.get(rule, 0) for rule in RULES}

    def count(self, rule):
        return self.findings.get(rule, 0)

    @property
    def labelled_counts(self):
        """(label, count) of each rule found at least once, in the checker's order."""
        return [(label, self.count(rule)) for rule, label in RULES.items() if self.count(rule)]

    def as_dict(self):
        return {
            "id": self.page_id, "title": self.title, "language": self.language,
            "url": self.url, "score": round(self.score, 2), "band": self.band,
            "lix": round(self.lix, 2), "words": self.words,
            "findings": self.findings_counts, "total_findings": self.total_findings,
            "revision": self.revision_id, "checked_at": self.checked_at.isoformat(),
        }
