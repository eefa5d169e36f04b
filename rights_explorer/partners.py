"""The organisations that help with what the CPAS does not do alone: the
"social map" the source documents ask for (a legal aid office, a debt
mediation service, a food bank, a public digital space…), and the CPAS's
own services beside them.

An organisation is entered once, in French; its texts are translated with
wagtail-localize and its contact data (numbers, addresses on the web, hours,
themes) stay the French ones in every language, so a corrected phone number
is corrected everywhere at once.
"""

import unicodedata

from django import forms as django_forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from pages.contact.blocks import OpeningPeriodBlock
from pages.contact.opening_hours import group_by_day

# The themes a citizen looks for help under, in the order the directory shows
# them. The slugs are stored and appear in the directory's ?theme= links: keep them.
THEME_CHOICES = [
    ("money-debts", _("Money and debts")),
    ("housing-energy", _("Housing and energy")),
    ("health", _("Health")),
    ("papers-residence", _("Papers and residence")),
    ("food", _("Food")),
    ("work-training", _("Work and training")),
    ("digital-help", _("Help with computers and phones")),
    ("legal-aid", _("Legal aid")),
    ("family", _("Family")),
]
THEMES = dict(THEME_CHOICES)


class ThemesField(models.JSONField):
    """Several themes per organisation, stored as a JSON list of slugs (one
    column that SQLite and PostgreSQL both hold), chosen with checkboxes."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        if not isinstance(value, list) or any(theme not in THEMES for theme in value):
            raise ValidationError(_("Choose themes from the list."), code="invalid_choice")

    def formfield(self, **kwargs):
        # Not JSONField's text box: the fixed list, as checkboxes.
        return django_forms.TypedMultipleChoiceField(
            choices=THEME_CHOICES, required=not self.blank, label=self.verbose_name,
            help_text=self.help_text, widget=django_forms.CheckboxSelectMultiple)


class PartnerOrganisation(TranslatableMixin, models.Model):
    name = models.CharField(_("Name"), max_length=120,
                            help_text=_("As citizens know it, for example \"Legal aid office\"."))
    helps_with = models.TextField(
        _("What it helps with"), max_length=300,
        help_text=_("One or two short sentences in plain words, for example \"Free advice "
                    "from a lawyer about your rights.\""))
    themes = ThemesField(
        _("Themes"),
        help_text=_("Where the directory lists it. Choose every theme it helps with."))
    is_cpas_service = models.BooleanField(
        _("A service of the CPAS"), default=False,
        help_text=_("The CPAS's own services come first in each theme."))
    address = models.TextField(_("Address"), max_length=300, blank=True)
    phone = models.CharField(_("Phone number"), max_length=30, blank=True)
    email = models.EmailField(_("E-mail address"), blank=True)
    website = models.URLField(_("Website"), blank=True)
    hours = StreamField([("period", OpeningPeriodBlock())], blank=True,
                        verbose_name=_("Opening hours"),
                        help_text=_("Leave empty when the hours are not known: the directory "
                                    "then shows none rather than wrong ones."))
    accessibility = models.TextField(
        _("Access for people with a disability"), max_length=300, blank=True,
        help_text=_("For example \"Step-free entrance at the back, lift to every floor.\""))

    panels = [
        FieldPanel("name"),
        FieldPanel("helps_with"),
        FieldPanel("themes"),
        FieldPanel("is_cpas_service"),
        MultiFieldPanel([FieldPanel("address"), FieldPanel("phone"), FieldPanel("email"),
                         FieldPanel("website")], heading=_("How to reach it")),
        FieldPanel("hours"),
        FieldPanel("accessibility"),
    ]

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("helps_with"),
        SynchronizedField("themes"),
        SynchronizedField("is_cpas_service"),
        TranslatableField("address"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("website"),
        SynchronizedField("hours"),
        TranslatableField("accessibility"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Partner organisation")
        verbose_name_plural = _("Partner organisations")

    def __str__(self):
        return self.name

    def theme_labels(self):
        return ", ".join(str(THEMES[theme]) for theme in self.themes if theme in THEMES)

    theme_labels.short_description = _("Themes")

    def grouped_hours(self):
        return group_by_day([child.value for child in self.hours])

    @property
    def sort_key(self):
        """The CPAS's own services first, then by name as a reader expects
        ("Épicerie" with the E's, not after Z)."""
        plain = unicodedata.normalize("NFKD", self.name).encode("ascii", "ignore").decode()
        return (not self.is_cpas_service, plain.casefold(), self.pk or 0)


def partners_by_theme(partners, theme=None):
    """(theme slug, label, organisations) for each theme that has some, in
    the themes' order, each organisation under every theme it helps with;
    only ``theme``'s when one is given."""
    wanted = [theme] if theme in THEMES else list(THEMES)
    groups = []
    for slug in wanted:
        found = sorted((partner for partner in partners if slug in partner.themes),
                       key=lambda partner: partner.sort_key)
        if found or slug == theme:
            groups.append((slug, THEMES[slug], found))
    return groups


def partners_in(locale, source_locale):
    """The organisations a reader of ``locale`` sees, in one query: every
    source (French) organisation in its translation, or in French when it
    is not translated yet (a French address is better than none), and those
    entered in ``locale`` alone."""
    if locale is None or source_locale is None:
        return []
    rows = list(PartnerOrganisation.objects.filter(
        locale_id__in={locale.pk, source_locale.pk}))
    translated = {row.translation_key: row for row in rows if row.locale_id == locale.pk}
    shown = [translated.pop(row.translation_key, row)
             for row in rows if row.locale_id == source_locale.pk]
    return shown + list(translated.values())
