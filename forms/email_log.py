"""The record of every e-mail sent about a request: staff see which ones
failed, and a message marked sent is never sent again (``tasks``).

No body is kept for the messages the site writes: their texts are rebuilt
from the request when sent, so the log holds no more personal data than the
address (needed to try again). A reply written by staff keeps its text: it is
the copy in the request's history. All are deleted with the request."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OutgoingEmail(models.Model):
    ACKNOWLEDGEMENT = "acknowledgement"
    NOTIFICATION = "notification"
    REPLY = "reply"
    FORWARD_NOTICE = "forwarded"
    KIND_CHOICES = [
        (ACKNOWLEDGEMENT, _("Acknowledgement to the citizen")),
        (NOTIFICATION, _("Notification to the service")),
        (REPLY, _("Reply to the citizen")),
        (FORWARD_NOTICE, _("Forwarding notice to the citizen")),
    ]
    # One of each per request, whatever retries the queue makes; replies and
    # forwarding notices may be many.
    ONCE_PER_REQUEST = (ACKNOWLEDGEMENT, NOTIFICATION)

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    STATUS_CHOICES = [
        (QUEUED, _("Waiting to be sent")),
        (SENDING, _("Being sent")),
        (SENT, _("Sent")),
        (FAILED, _("Failed")),
    ]

    submission = models.ForeignKey(
        "balise_forms.ContactSubmission", on_delete=models.CASCADE,
        related_name="outgoing_emails", verbose_name=_("Request"),
    )
    kind = models.CharField(_("Kind"), max_length=20, choices=KIND_CHOICES)
    to = models.CharField(_("To"), max_length=254)
    status = models.CharField(_("Status"), max_length=10, choices=STATUS_CHOICES,
                              default=QUEUED, db_index=True)
    attempts = models.PositiveSmallIntegerField(_("Attempts"), default=0)
    last_error = models.CharField(_("Last error"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("Created"), auto_now_add=True)
    last_attempt_at = models.DateTimeField(_("Last attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(_("Sent"), null=True, blank=True)
    subject = models.CharField(_("Subject"), max_length=200, blank=True)
    body = models.TextField(
        _("Text"), blank=True, max_length=10000,
        help_text=_("Kept for replies written by staff (the copy in the request's history); "
                    "empty for messages rebuilt from the request."))

    class Meta:
        verbose_name = _("Outgoing e-mail")
        verbose_name_plural = _("Outgoing e-mails")
        constraints = [
            # One message of each kind per request, whatever retries the queue makes
            models.UniqueConstraint(fields=["submission", "kind"],
                                    condition=models.Q(kind__in=["acknowledgement",
                                                                 "notification"]),
                                    name="balise_forms_one_email_per_kind"),
        ]

    def __str__(self):
        return f"{self.submission_id} {self.kind}"
