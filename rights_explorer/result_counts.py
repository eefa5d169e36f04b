"""Anonymous, aggregate counters of the explorer's results: how often each
right was shown in each group, and how often a reader said a result surprised
them. One row per day, right and outcome holds only numbers: no answer, no
address, nothing that could tell one citizen from another."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .personas import OUTCOME_CHOICES


class ResultCount(models.Model):
    day = models.DateField(_("Day"))
    right = models.CharField(_("Right (slug)"), max_length=80)
    outcome = models.CharField(_("Outcome"), max_length=10, choices=OUTCOME_CHOICES)
    shown = models.PositiveIntegerField(_("Shown"), default=0)
    unexpected = models.PositiveIntegerField(_("Said to be unexpected"), default=0)

    class Meta:
        verbose_name = _("Explorer result count")
        verbose_name_plural = _("Explorer result counts")
        constraints = [models.UniqueConstraint(fields=["day", "right", "outcome"],
                                               name="balise_rights_one_count_per_day")]
        permissions = [("view_result_counts", _("Can see the rights explorer's result counts"))]

    def __str__(self):
        return f"{self.day} {self.right} {self.outcome}"
