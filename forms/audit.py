"""What staff do with requests goes into Wagtail's audit log (Reports →
Site history), which outlives the request: who viewed, exported, replied to,
forwarded or deleted which reference, and when; never the content.

Call ``log_request(user, submission, action)`` with one of ``ACTIONS``; the
actions are registered in ``wagtail_hooks`` so the history report shows
them in the admin's language.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

VIEW = "balise_forms.request.view"
EXPORT = "balise_forms.request.export"
REPLY = "balise_forms.request.reply"
FORWARD = "balise_forms.request.forward"
REASSIGN = "balise_forms.request.reassign"
NOTE = "balise_forms.request.note"
STATUS = "balise_forms.request.status"
CLOSE = "balise_forms.request.close"
RECORD = "balise_forms.request.record"
DELETE = "balise_forms.request.delete"
DOCUMENT = "balise_forms.request.document"
PURGE = "balise_forms.request.purge"

ACTIONS = [
    (VIEW, _("View a request"), _("Request viewed")),
    (EXPORT, _("Export requests"), _("Requests exported")),
    (REPLY, _("Reply to a citizen"), _("Reply sent")),
    (FORWARD, _("Forward a request"), _("Request forwarded")),
    (REASSIGN, _("Reassign requests"), _("Request reassigned")),
    (NOTE, _("Add a note"), _("Note added")),
    (STATUS, _("Change a status"), _("Status changed")),
    (CLOSE, _("Close a request"), _("Request closed")),
    (RECORD, _("Record a request from another channel"), _("Request recorded")),
    (DELETE, _("Delete a request"), _("Request deleted")),
    (DOCUMENT, _("Open a document"), _("Document opened")),
    (PURGE, _("Delete expired requests"), _("Expired requests deleted")),
]


def register(actions):
    for action, label, message in ACTIONS:
        actions.register_action(action, label, message)


def log_request(user, submission, action, **data):
    """One line in the audit log: the reference (the request's ``str``),
    the user, the time, and ``data`` without personal content (ids,
    service names, counts)."""
    return log(instance=submission, action=action, user=user, data=data or None)


def log_requests(user, submissions, action, deleted=False, **data):
    """``log_request`` for many requests at once (an export, a bulk
    deletion, a purge): one line per request, written in one query, sharing
    one ``uuid`` (one action of one user). ``submissions``: a queryset or a
    list of requests; only their ids and references are read. ``deleted``
    marks lines about requests that are about to go (the history report then
    links to nothing)."""
    import uuid

    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone
    from wagtail.models import ModelLogEntry

    from .models import ContactSubmission

    if hasattr(submissions, "values_list") and not submissions.query.is_sliced:
        rows = list(submissions.order_by().values_list("pk", "reference"))
    else:  # a list, or one page of a list (read once, then shown from its cache)
        rows = [(submission.pk, submission.reference) for submission in submissions]
    if not rows:
        return 0
    content_type = ContentType.objects.get_for_model(ContactSubmission)
    shared = {"content_type": content_type, "action": action, "timestamp": timezone.now(),
              "uuid": uuid.uuid4(), "user_id": getattr(user, "pk", None),
              "data": data or {}, "deleted": deleted}
    ModelLogEntry.objects.bulk_create(
        [ModelLogEntry(label=reference, object_id=str(pk), **shared) for pk, reference in rows],
        batch_size=500)
    return len(rows)
