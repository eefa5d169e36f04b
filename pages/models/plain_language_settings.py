from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from ..plain_language.findings import Limits
from ..plain_language.formulas import BAND_LABELS

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
