"""The services that answer requests, and who works in them.

A service is what a topic or a form routes to: its name is shown to citizens
(translated like a contact channel: chosen in French, shown in the reader's
language), its staff groups decide who may read its requests
(``forms.access``), and its shared mailbox gets the notifications and the
daily digest. Routing and permissions always use the French (source)
service, so the staff groups are set there once for every language.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class Service(TranslatableMixin, models.Model):
    name = models.CharField(
        _("Name"), max_length=150,
        help_text=_("As citizens know it, for example \"The social service\"."))
    email = models.EmailField(
        _("Shared mailbox"), blank=True,
        help_text=_("New requests and the daily list of what is due are sent here, with a "
                    "link to the inbox and never the citizen's message."))
    groups = models.ManyToManyField(
        "auth.Group", blank=True, related_name="balise_services",
        verbose_name=_("Staff groups"),
        help_text=_("Members read and answer this service's requests. Set them on the French "
                    "version: they count for every language."))

    panels = [FieldPanel("name"), FieldPanel("email"), FieldPanel("groups")]
    translatable_fields = [TranslatableField("name"), SynchronizedField("email")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Service")
        verbose_name_plural = _("Services")

    def __str__(self):
        return self.name

    def name_in(self, locale):
        """The name as readers of ``locale`` (a Locale or its id) see it: its
        translation, else the French name."""
        if self.locale_id == getattr(locale, "pk", locale):
            return self.name
        return (self.get_translation_or_none(locale) or self).name

    def source(self):
        """The French (source) service that routing and permissions use."""
        if self.locale_id is None:
            return self
        return self.get_translation_or_none(self.get_default_locale()) or self
