"""What staff keep for the plain-language checker: the glossary of jargon
per language and the thresholds of each site."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Locale

from .findings import Limits
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
