"""What happened to a request, in order: the staff side's memory.

Every step staff take (a note, a forward, a reply, a call back, a status
change, closing) is one ``RequestEvent``, with who and when, so a colleague
taking over sees the whole story. Views, exports and deletions go to
Wagtail's audit log instead (``forms.audit``), which outlives the request.
Events are deleted with their request.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class RequestEvent(models.Model):
    RECEIVED = "received"
    NOTE = "note"
    FORWARDED = "forwarded"
    REASSIGNED = "reassigned"
    REPLIED = "replied"
    CALLED_BACK = "called_back"
    STATUS = "status"
    CITIZEN_NOTE = "citizen_note"
    CLOSED = "closed"
    REOPENED = "reopened"
    KIND_CHOICES = [
        (RECEIVED, _("Received")),
        (NOTE, _("Internal note")),
        (FORWARDED, _("Forwarded to another service")),
        (REASSIGNED, _("Reassigned")),
        (REPLIED, _("Reply sent by e-mail")),
        (CALLED_BACK, _("Citizen called back")),
        (STATUS, _("Status changed")),
        (CITIZEN_NOTE, _("Note for the citizen changed")),
        (CLOSED, _("Closed")),
        (REOPENED, _("Reopened")),
    ]

    submission = models.ForeignKey("balise_forms.ContactSubmission", on_delete=models.CASCADE,
                                   related_name="events", verbose_name=_("Request"))
    kind = models.CharField(_("What happened"), max_length=20, choices=KIND_CHOICES)
    at = models.DateTimeField(_("When"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="+",
                              verbose_name=_("Who"))
    text = models.TextField(_("Text"), blank=True, max_length=10000,
                            help_text=_("The note, the reason for a forward, the reply sent or "
                                        "the outcome."))
    from_service = models.ForeignKey("balise_forms.Service", null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="+",
                                     verbose_name=_("From service"))
    to_service = models.ForeignKey("balise_forms.Service", null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+",
                                   verbose_name=_("To service"))
    status = models.CharField(_("New status"), max_length=20, blank=True)
    email = models.ForeignKey("balise_forms.OutgoingEmail", null=True, blank=True,
                              on_delete=models.SET_NULL, related_name="+",
                              verbose_name=_("E-mail sent"))

    class Meta:
        verbose_name = _("Request event")
        verbose_name_plural = _("Request events")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.submission_id} {self.kind}"
