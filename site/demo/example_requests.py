"""A few requests on the demo forms, in every status and some overdue, so
the front office's inbox and the service-level report show something on the
first login. Made once: each has a fixed reference, and a reference already
stored is left as it is (staff may have worked on it since)."""

import datetime

from django.utils import timezone

from forms import references
from forms.history import RequestEvent
from forms.models import ContactSubmission, SatisfactionAnswer
from pages.contact.models import working_calendar

# (random part of the reference, form path, language, topic index or None,
#  days ago, status, service key or None, question, e-mail or "", phone or "")
EXAMPLES = [
    ("DEM2R4AA", "poser-une-question", "fr", 0, 1, "received", "social",
     "Je viens de perdre mon travail. Est-ce que j'ai droit au revenu d'intégration ?",
     "marie.dubois@example.org", ""),
    ("DEM2R4AB", "poser-une-question", "nl", 1, 9, "received", "energie",
     "Mijn gasfactuur is heel hoog. Kan het OCMW helpen?", "", "+32470112233"),
    ("DEM2R4AC", "poser-une-question", "fr", 1, 3, "in_progress", "energie",
     "On va couper mon électricité la semaine prochaine.", "ahmed.k@example.org", ""),
    ("DEM2R4AD", "poser-une-question", "de", 0, 12, "in_progress", "social",
     "Welche Papiere brauche ich für das Eingliederungseinkommen?", "j.schmitz@example.org",
     ""),
    ("DEM2R4AE", "poser-une-question", "en", 2, 6, "answered", "social",
     "Can I bring a friend to my first appointment?", "sam.taylor@example.org", ""),
    ("DEM2R4AF", "introduire-une-plainte", "fr", None, 4, "received", None,
     "J'ai attendu deux heures au guichet sans qu'on m'explique pourquoi.",
     "claire.renard@example.org", ""),
    ("DEM2R4AG", "etre-rappele", "fr", None, 2, "received", None,
     "Je voudrais parler de mes dettes.", "", "+32485667788"),
    ("DEM2R4AH", "poser-une-question", "fr", 0, 30, "closed", "social",
     "Est-ce que le CPAS peut payer ma garantie locative ?", "paul.lemaire@example.org", ""),
]


def reference_of(random_part):
    return references.format_reference(random_part + references.check_character(random_part))


def ensure_example_requests(pages, services, staff):
    """``pages``: path -> French page; ``services``: key -> Service;
    ``staff``: a user who wrote the demo's history."""
    calendar = working_calendar()
    now = timezone.now()
    made = 0
    for (random_part, path, language, topic_index, days_ago, status, service_key, question,
         email, phone) in EXAMPLES:
        reference = reference_of(random_part)
        if ContactSubmission.objects.filter(reference=reference).exists():
            continue
        page = pages[path]
        page = page.get_translation_or_none(_locale(page, language)) or page
        page = page.specific
        topics = list(page.topics.all())
        topic = topics[topic_index] if topic_index is not None and topics else None
        received = now - datetime.timedelta(days=days_ago)
        field = page.form_fields.first()
        submission = ContactSubmission.objects.create(
            reference=reference, page=page, form_data={field.clean_name: question},
            topic=topic.label if topic else "",
            service=topic.answering_service() if topic else page.service_name(),
            assigned_to=services.get(service_key), reply_by="email" if email else "phone",
            email=email, phone=phone, kind=page.kind, status=status,
            due_date=calendar.due_date(received, page.promised_days()),
            locale_id=page.locale_id, translation_key=page.translation_key,
        )
        # submit_time is set on creation: move it back to the day it arrived.
        ContactSubmission.objects.filter(pk=submission.pk).update(submit_time=received)
        _history(submission, status, received, staff)
        made += 1
    if made:
        _survey_answers(services, now)
    return made


def _survey_answers(services, now):
    """A few answers to the one-question survey, for the report's last column."""
    monday = (now - datetime.timedelta(days=7)).date()
    monday -= datetime.timedelta(days=monday.weekday())
    for answer, service_key in (("yes", "social"), ("yes", "social"), ("partly", "energie"),
                                ("no", "social")):
        SatisfactionAnswer.objects.create(answer=answer, service=services.get(service_key),
                                          channel="form", kind="question", week=monday)


def _locale(page, language):
    from wagtail.models import Locale

    return Locale.objects.get(language_code=language)


def _history(submission, status, received, staff):
    if status == "received":
        return
    RequestEvent.objects.create(submission=submission, kind=RequestEvent.NOTE, actor=staff,
                                at=received + datetime.timedelta(hours=3),
                                text="Dossier connu au service. Vérifier les revenus.")
    if status in ("answered", "closed"):
        answered = received + datetime.timedelta(days=1)
        RequestEvent.objects.create(submission=submission, kind=RequestEvent.CALLED_BACK,
                                    actor=staff, at=answered,
                                    text="Rappelé : rendez-vous fixé au guichet.")
        fields = {"first_answered_at": answered}
        if status == "closed":
            closed = received + datetime.timedelta(days=2)
            fields.update(closed_at=closed, outcome="Garantie locative accordée.")
            RequestEvent.objects.create(submission=submission, kind=RequestEvent.CLOSED,
                                        actor=staff, at=closed, text=fields["outcome"])
        ContactSubmission.objects.filter(pk=submission.pk).update(**fields)
