from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale

from ..plain_language.glossary import GlossaryEntry


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
