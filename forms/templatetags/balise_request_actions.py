"""The action forms on a request's page (``inbox/actions.html``), built
here so that the page's own view needs to know nothing about them.

``?saved_reply=<id>`` on the request page (the "Use this text" button, a GET
form that works without JavaScript) fills the reply with that saved text, if
it is one offered for this request.
"""

from django import template

from ..front_office_emails import reply_subject
from ..inbox import action_forms

register = template.Library()


def _chosen_reply(request, submission):
    value = request.GET.get("saved_reply", "") if request is not None else ""
    if not value.isdigit() or len(value) > 12:
        return None
    return action_forms.saved_replies_for(submission).filter(pk=int(value)).first()


@register.simple_tag(takes_context=True)
def request_action_forms(context, submission):
    request = context.get("request")
    chosen = _chosen_reply(request, submission)
    closed = submission.status == submission.Status.CLOSED or submission.closed_at is not None
    forms = {
        "closed": closed,
        "note": action_forms.NoteForm(prefix="note"),
        "called_back": action_forms.CalledBackForm(prefix="called_back"),
        "citizen_note": action_forms.CitizenNoteForm(
            prefix="citizen_note", initial={"citizen_note": submission.citizen_note}),
        "forward": action_forms.ForwardForm(submission, prefix="forward"),
        "reopen": action_forms.ReopenForm(prefix="reopen"),
    }
    if not closed:
        forms["status"] = action_forms.StatusForm(prefix="status",
                                                  initial={"status": submission.status})
        forms["close"] = action_forms.CloseForm(prefix="close")
    if submission.email:
        forms["reply"] = action_forms.ReplyForm(prefix="reply", initial={
            "subject": reply_subject(submission), "body": chosen.body if chosen else ""})
        forms["saved_reply"] = action_forms.SavedReplyChoiceForm(
            submission, initial={"saved_reply": chosen.pk if chosen else None})
        forms["has_saved_replies"] = forms["saved_reply"].fields["saved_reply"].queryset.exists()
    return forms
