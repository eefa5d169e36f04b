"""Answers staff give often, per language, to pick and edit in the inbox."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale


class SavedReply(models.Model):
    title = models.CharField(_("Title"), max_length=120,
                             help_text=_("What staff see in the list, for example \"Documents "
                                         "to bring for the integration income\"."))
    locale = models.ForeignKey(Locale, on_delete=models.CASCADE, related_name="+",
                               verbose_name=_("Language"))
    service = models.ForeignKey("balise_forms.Service", null=True, blank=True,
                                on_delete=models.CASCADE, related_name="saved_replies",
                                verbose_name=_("Service"),
                                help_text=_("Leave empty to offer it to every service."))
    body = models.TextField(_("Text"), max_length=5000)

    panels = [FieldPanel("title"), FieldPanel("locale"), FieldPanel("service"),
              FieldPanel("body")]

    class Meta:
        verbose_name = _("Saved reply")
        verbose_name_plural = _("Saved replies")
        ordering = ["title"]

    def __str__(self):
        return self.title
