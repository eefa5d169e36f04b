from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="home")
class SiteSettings(BaseSiteSetting):
    """Site-wide choices. The organisation's text is a translatable snippet, so
    the footer shows it in the reader's language."""

    organisation = models.ForeignKey(
        "balise_pages.OrganisationDetails",
        verbose_name=_("Organisation details"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Choose the French version; the footer shows the reader's translation."),
    )

    select_related = ["organisation"]
    panels = [FieldPanel("organisation")]

    class Meta:
        verbose_name = _("Site settings")
