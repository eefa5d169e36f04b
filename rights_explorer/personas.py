"""Test personas: a named set of answers and the outcomes an editor expects
for chosen rights ("a single mother of two with 1,100 euros a month probably
has the increased reimbursement").

They are the explorer's regression tests written by the people who know the
rights: a rule change that breaks one is shown before it goes live. Personas
hold invented answers, never a real citizen's, and are not translated: they
are a staff tool."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

OUTCOME_CHOICES = [
    ("likely", _("Probably has the right")),
    ("possible", _("May have the right")),
    ("unlikely", _("Probably not")),
]


class Persona(ClusterableModel):
    name = models.CharField(
        _("Name"), max_length=120, unique=True,
        help_text=_("An invented person, for example \"Single mother, two children, "
                    "part-time work\"."))
    description = models.TextField(_("Description"), blank=True, max_length=1000)
    answers = models.JSONField(
        _("Answers"), default=dict, blank=True,
        help_text=_("The persona's answers, by question slug, for example "
                    "{\"age\": 34, \"has_children\": true}. A question left out is "
                    "unanswered, as when a citizen skips it."))

    class Meta:
        verbose_name = _("Test persona")
        verbose_name_plural = _("Test personas")
        ordering = ["name"]

    def __str__(self):
        return self.name


class PersonaExpectation(Orderable):
    """One right and the outcome the persona should get for it."""

    persona = ParentalKey(Persona, on_delete=models.CASCADE, related_name="expectations")
    right = models.CharField(_("Right (slug)"), max_length=80)
    outcome = models.CharField(_("Expected outcome"), max_length=10, choices=OUTCOME_CHOICES)

    class Meta(Orderable.Meta):
        verbose_name = _("Expected outcome")
        verbose_name_plural = _("Expected outcomes")

    def __str__(self):
        return f"{self.right}: {self.outcome}"
