"""The kinds of contact form and what differs between them.

A question, a complaint and a request to be called back or to meet are
answered by the same inbox, but each promises its own time (a site setting,
so that every page promises the same) and says different things to the
citizen. The wording lives in the templates; this module holds the names.
"""

from django.utils.translation import gettext_lazy as _

QUESTION = "question"
COMPLAINT = "complaint"
CALLBACK = "callback"
FORM_KIND_CHOICES = [
    (QUESTION, _("A question")),
    (COMPLAINT, _("A complaint")),
    (CALLBACK, _("A callback or an appointment")),
]
# The site setting (pages.contact.models.SiteSettings) that holds each
# kind's promised time, when a form does not set its own.
ANSWER_DAYS_SETTING = {
    QUESTION: "question_answer_days",
    COMPLAINT: "complaint_answer_days",
    CALLBACK: "callback_answer_days",
}

AT_THE_DESK = "desk"
BY_PHONE_CALL = "phone"
BY_VIDEO = "video"
APPOINTMENT_MODE_CHOICES = [
    (AT_THE_DESK, _("At the desk")),
    (BY_PHONE_CALL, _("By phone")),
    (BY_VIDEO, _("By video call")),
]
