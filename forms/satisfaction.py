"""The one-question survey after a request is closed ("Was your question
answered?"), anonymous by construction.

An answer keeps only what the service-level report groups by (service,
topic, channel, kind, the week); nothing in it names the request or the
citizen. A link can be used once: its nonce is stored as a keyed hash,
apart from the answers, so even the database cannot join the two.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SatisfactionAnswer(models.Model):
    YES = "yes"
    PARTLY = "partly"
    NO = "no"
    ANSWER_CHOICES = [(YES, _("Yes")), (PARTLY, _("Partly")), (NO, _("No"))]

    answer = models.CharField(_("Was the question answered?"), max_length=10,
                              choices=ANSWER_CHOICES)
    service = models.ForeignKey("balise_forms.Service", null=True, blank=True,
                                on_delete=models.SET_NULL, related_name="+",
                                verbose_name=_("Service"))
    topic = models.CharField(_("Topic"), max_length=120, blank=True)
    channel = models.CharField(_("Channel"), max_length=10, blank=True)
    kind = models.CharField(_("Kind of form"), max_length=10, blank=True)
    week = models.DateField(_("Week"), help_text=_("The Monday of the week it was given."))

    class Meta:
        verbose_name = _("Satisfaction answer")
        verbose_name_plural = _("Satisfaction answers")

    def __str__(self):
        return f"{self.week} {self.answer}"


class UsedSurveyLink(models.Model):
    """A survey link already answered, as a keyed hash of its nonce."""

    digest = models.CharField(max_length=64, unique=True)
    used_on = models.DateField()

    def __str__(self):
        return str(self.used_on)
