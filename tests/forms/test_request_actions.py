"""Working on a request from the inbox: notes, replies, call backs, the note
for the citizen, status, closing, forwarding and reassigning. Each action
changes the request, leaves a line in its history and one in the audit log
without personal content, and staff of another service cannot touch it."""

import datetime

import pytest
from django.contrib.messages import WARNING, get_messages
from django.core import mail
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import ModelLogEntry

from forms import audit
from forms.history import RequestEvent
from forms.models import OutgoingEmail, SavedReply, Service
from forms.tasks import send_email
from tests.factories import locales, make_site, staff_member, translate
from tests.forms.test_contact_form import make_form_page
from tests.forms.test_status_lookup import make_submission

pytestmark = pytest.mark.django_db

DUE = datetime.date(2026, 12, 29)
NOTE_TEXT = "Madame Peeters a perdu son emploi le 3 novembre."


def make_service(name, user=None, email=""):
    service = Service.objects.create(name=name, email=email, locale=locales()["fr"])
    if user is not None:
        service.groups.add(user.groups.first())
    return service


@pytest.fixture
def site():
    home = make_site()
    page = make_form_page(home)
    social_staff = staff_member("anne")
    energy_staff = staff_member("bruno")
    social = make_service("Le service social", social_staff, email="social@cpas.example")
    energy = make_service("La cellule énergie", energy_staff)
    return {"home": home, "page": page, "social": social, "energy": energy,
            "social_staff": social_staff, "energy_staff": energy_staff}


@pytest.fixture
def request_(site):
    return make_submission(site["page"], assigned_to=site["social"], status="received",
                           citizen_note="", due_date=DUE)


@pytest.fixture
def anne(client, site):
    client.force_login(site["social_staff"])
    return client


def act(client, submission, action, follow=False, **data):
    prefixed = {f"{action}-{name}": value for name, value in data.items()}
    return client.post(reverse("balise_inbox:act", args=[submission.pk, action]), prefixed,
                       follow=follow)


def detail(submission):
    return reverse("balise_inbox:detail", args=[submission.pk])


def events(submission, kind):
    return list(RequestEvent.objects.filter(submission=submission, kind=kind))


def audit_entries(submission, action):
    return list(ModelLogEntry.objects.filter(object_id=str(submission.pk), action=action))


def test_an_internal_note_is_kept_in_the_history_and_the_audit_log_keeps_no_content(
        anne, request_, site):
    response = act(anne, request_, "note", text=NOTE_TEXT)
    assert response.status_code == 302 and response["Location"] == detail(request_)
    [event] = events(request_, RequestEvent.NOTE)
    assert event.text == NOTE_TEXT and event.actor == site["social_staff"]
    [entry] = audit_entries(request_, audit.NOTE)
    assert entry.user == site["social_staff"]
    assert "Peeters" not in str(entry.data) and "emploi" not in str(entry.data)


def test_an_empty_note_is_refused_with_the_form_again_and_nothing_recorded(anne, request_):
    response = act(anne, request_, "note", text="  ")
    assert response.status_code == 400
    assert b'name="note-text"' in response.content
    assert not RequestEvent.objects.exists()


def test_a_reply_is_sent_once_with_its_copy_kept_and_the_request_answered(
        anne, request_, site, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = act(anne, request_, "reply", subject="Votre demande K7P-4RM-9M3",
                       body="Bonjour, voici les documents à apporter.")
    assert response.status_code == 302
    [outgoing] = OutgoingEmail.objects.filter(kind=OutgoingEmail.REPLY)
    assert outgoing.subject == "Votre demande K7P-4RM-9M3"
    assert outgoing.body.startswith("Bonjour, voici les documents à apporter.")
    assert outgoing.to == request_.email and outgoing.status == OutgoingEmail.SENT
    [message] = mail.outbox
    assert message.to == [request_.email] and message.body == outgoing.body
    assert message.reply_to == ["social@cpas.example"]
    send_email.call(outgoing.pk)  # the queue runs the task again
    assert len(mail.outbox) == 1
    [event] = events(request_, RequestEvent.REPLIED)
    assert event.email == outgoing and event.actor == site["social_staff"]
    request_.refresh_from_db()
    assert request_.status == "answered" and request_.first_answered_at is not None
    [entry] = audit_entries(request_, audit.REPLY)
    assert "documents" not in str(entry.data)


def test_a_reply_may_carry_the_survey_link_which_its_kept_copy_does_not_hold(
        anne, request_, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        act(anne, request_, "reply", subject="Votre demande", body="Voici la réponse.",
            add_survey="on")
    [message] = mail.outbox
    with translation.override("fr"):
        survey_path = reverse("balise_forms:survey", args=["TOKEN"]).replace("TOKEN/", "")
    [link] = [line for line in message.body.splitlines() if survey_path in line]
    assert link.startswith("http")
    kept = OutgoingEmail.objects.get().body
    assert survey_path not in kept and link not in kept
    assert "[survey link]" in kept


def test_a_subject_with_line_breaks_cannot_add_a_header(
        anne, request_, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        act(anne, request_, "reply", subject="Votre demande\r\nBcc: spy@example.net\nX-A: b",
            body="Bonjour.")
    [message] = mail.outbox
    assert message.bcc == [] and message.recipients() == [request_.email]
    headers = message.message()
    assert headers.get_all("Bcc") is None and headers.get_all("X-A") is None
    assert str(headers["Subject"]) == "Votre demande Bcc: spy@example.net X-A: b"
    assert OutgoingEmail.objects.get().subject == "Votre demande Bcc: spy@example.net X-A: b"


def test_no_reply_by_e_mail_to_a_request_without_an_address(anne, site):
    by_phone = make_submission(site["page"], reference="223-456-78C", email="",
                               reply_by="phone", assigned_to=site["social"])
    response = act(anne, by_phone, "reply", subject="Objet", body="Bonjour.")
    assert response.status_code == 302
    assert not OutgoingEmail.objects.exists() and not RequestEvent.objects.exists()


def test_a_call_back_is_recorded_and_counts_as_the_first_answer(anne, request_):
    act(anne, request_, "called_back", text="Rappelée à 10 h.")
    request_.refresh_from_db()
    assert request_.first_answered_at is not None
    assert events(request_, RequestEvent.CALLED_BACK)[0].text == "Rappelée à 10 h."
    assert audit_entries(request_, audit.NOTE)


def test_the_note_for_the_citizen_is_saved_for_the_status_page(anne, request_):
    act(anne, request_, "citizen_note", citizen_note="Nous attendons votre fiche de paie.")
    request_.refresh_from_db()
    assert request_.citizen_note == "Nous attendons votre fiche de paie."
    assert events(request_, RequestEvent.CITIZEN_NOTE)

    response = act(anne, request_, "citizen_note", citizen_note="x" * 1001)
    assert response.status_code == 400
    request_.refresh_from_db()
    assert request_.citizen_note == "Nous attendons votre fiche de paie."


def test_the_status_changes_but_closing_has_its_own_action(anne, request_):
    act(anne, request_, "status", status="in_progress")
    request_.refresh_from_db()
    assert request_.status == "in_progress"
    assert events(request_, RequestEvent.STATUS)[0].status == "in_progress"
    assert audit_entries(request_, audit.STATUS)

    assert act(anne, request_, "status", status="closed").status_code == 400
    request_.refresh_from_db()
    assert request_.status == "in_progress" and request_.closed_at is None


def test_closing_asks_for_the_outcome_and_reopening_clears_the_closing(anne, request_):
    response = act(anne, request_, "close", outcome="")
    assert response.status_code == 400
    assert b'name="close-outcome"' in response.content
    request_.refresh_from_db()
    assert request_.status == "received" and request_.closed_at is None

    act(anne, request_, "close", outcome="Aide accordée.")
    request_.refresh_from_db()
    assert request_.status == "closed" and request_.closed_at is not None
    assert request_.outcome == "Aide accordée."
    assert events(request_, RequestEvent.CLOSED)[0].text == "Aide accordée."
    assert audit_entries(request_, audit.CLOSE)

    act(anne, request_, "reopen", text="")
    request_.refresh_from_db()
    assert request_.status == "in_progress" and request_.closed_at is None
    assert events(request_, RequestEvent.REOPENED)


def test_a_closed_request_keeps_its_status_until_reopened_even_after_a_reply(
        anne, request_, django_capture_on_commit_callbacks):
    act(anne, request_, "close", outcome="Aide accordée.")
    response = act(anne, request_, "status", status="in_progress")
    assert response["Location"] == detail(request_)
    request_.refresh_from_db()
    assert request_.status == "closed" and not events(request_, RequestEvent.STATUS)
    with django_capture_on_commit_callbacks(execute=True):
        act(anne, request_, "reply", subject="Complément", body="Voici le formulaire.")
    request_.refresh_from_db()
    assert request_.status == "closed" and request_.closed_at is not None
    assert len(mail.outbox) == 1


def forward_to(client, submission, service, due_date="keep", tell=False, **extra):
    data = {"to_service": service.pk, "reason": "Question sur la facture de gaz.",
            "due_date": due_date, **extra}
    if tell:
        data["tell_citizen"] = "on"
    return act(client, submission, "forward", **data)


def test_forwarding_records_who_when_why_and_keeps_the_due_date(client, request_, site):
    front = staff_member("fo")
    site["page"].front_office_group = front.groups.first()
    site["page"].save()
    client.force_login(front)
    response = forward_to(client, request_, site["energy"])
    assert response["Location"] == detail(request_)  # the front office still reads it
    request_.refresh_from_db()
    assert request_.assigned_to == site["energy"] and request_.due_date == DUE
    assert request_.service == "La cellule énergie"
    [event] = events(request_, RequestEvent.FORWARDED)
    assert (event.actor, event.from_service, event.to_service) == (
        front, site["social"], site["energy"])
    assert event.text == "Question sur la facture de gaz." and event.at <= timezone.now()
    [entry] = audit_entries(request_, audit.FORWARD)
    assert "gaz" not in str(entry.data)
    assert not OutgoingEmail.objects.exists() and not mail.outbox


def test_forwarding_can_count_the_time_again_and_sends_the_citizen_away_from_the_request(
        anne, request_, site):
    response = forward_to(anne, request_, site["energy"], due_date="reset")
    request_.refresh_from_db()
    assert request_.due_date == site["page"].due_date()
    assert request_.due_date != DUE
    # Anne is not in the energy cell: she goes back to her inbox
    assert response["Location"] == reverse("balise_inbox:index")


def test_forwarding_tells_the_citizen_once_in_their_language(
        anne, site, django_capture_on_commit_callbacks):
    dutch_page = translate(site["page"], "nl", title="Een vraag stellen", slug="vraag")
    dutch_energy = site["energy"].copy_for_translation(locales()["nl"])
    dutch_energy.name = "De energiecel"
    dutch_energy.save()
    dutch = make_submission(dutch_page, assigned_to=site["social"])
    with django_capture_on_commit_callbacks(execute=True):
        forward_to(anne, dutch, site["energy"], tell=True)
    [notice] = OutgoingEmail.objects.filter(kind=OutgoingEmail.FORWARD_NOTICE)
    assert notice.status == OutgoingEmail.SENT
    [message] = mail.outbox
    assert message.to == [dutch.email]
    assert message.subject == f"Uw aanvraag {dutch.reference} werd doorgestuurd naar De energiecel"
    assert "werd doorgestuurd naar De energiecel" in message.body
    assert dutch.reference in message.subject
    assert "29 december 2026" in message.body
    send_email.call(notice.pk)
    assert len(mail.outbox) == 1
    assert events(dutch, RequestEvent.FORWARDED)[0].email == notice


def test_forwarding_needs_a_reason(anne, request_, site):
    response = forward_to(anne, request_, site["energy"], reason="")
    assert response.status_code == 400
    request_.refresh_from_db()
    assert request_.assigned_to == site["social"]


ACTIONS = {
    "note": {"text": "Note"},
    "reply": {"subject": "Objet", "body": "Bonjour."},
    "called_back": {"text": ""},
    "citizen_note": {"citizen_note": "Note"},
    "status": {"status": "in_progress"},
    "close": {"outcome": "Fini."},
    "reopen": {"text": ""},
    "forward": {"reason": "Autre service.", "due_date": "keep"},
}


@pytest.mark.parametrize("action", ACTIONS)
def test_staff_of_another_service_cannot_act_on_a_request(client, request_, site, action):
    client.force_login(site["energy_staff"])
    data = dict(ACTIONS[action])
    if action == "forward":
        data["to_service"] = site["energy"].pk
    # (outside the language prefix, Django's locale middleware first redirects
    # a 404 to the prefixed address, also a 404)
    response = act(client, request_, action, follow=True, **data)
    assert response.status_code == 404
    assert not RequestEvent.objects.exists() and not OutgoingEmail.objects.exists()
    request_.refresh_from_db()
    assert (request_.status, request_.assigned_to, request_.citizen_note) == (
        "received", site["social"], "")


def test_an_action_is_a_post_and_an_unknown_action_is_not_found(anne, request_):
    url = reverse("balise_inbox:act", args=[request_.pk, "note"])
    assert anne.get(url).status_code == 405
    unknown = reverse("balise_inbox:act", args=[request_.pk, "delete_all"])
    assert anne.post(unknown, follow=True).status_code == 404


def test_saved_replies_of_the_request_s_language_and_service_fill_the_reply(request_, site):
    french, dutch = locales()["fr"], locales()["nl"]
    ours = SavedReply.objects.create(title="Documents RIS", locale=french,
                                     service=site["social"], body="Apportez votre carte.")
    SavedReply.objects.create(title="Energie", locale=french, service=site["energy"],
                              body="Compteur")
    SavedReply.objects.create(title="Documenten", locale=dutch, body="Breng uw kaart mee.")
    everyone = SavedReply.objects.create(title="Horaires", locale=french, body="Lundi.")
    page_request = RequestFactory().get(f"/?saved_reply={ours.pk}")
    page_request.user = site["social_staff"]
    html = render_to_string("balise_forms/inbox/actions.html", {
        "submission": request_, "can_act": True, "request": page_request})
    assert "Apportez votre carte." in html
    assert "Documents RIS" in html and "Horaires" in html
    assert "Compteur" not in html and "Energie" not in html and "Documenten" not in html
    assert f"Votre demande {request_.reference}" in html
    assert everyone.title in html


def test_the_request_page_offers_the_actions_and_fills_the_reply_with_a_saved_text(
        anne, request_, site):
    saved = SavedReply.objects.create(title="Documents RIS", locale=locales()["fr"],
                                      service=site["social"], body="Apportez votre carte.")
    page = anne.get(detail(request_)).content.decode()
    for action in ACTIONS:
        assert reverse("balise_inbox:act", args=[request_.pk, action]) in page or (
            action == "reopen")
    assert "Apportez votre carte." not in page
    page = anne.get(detail(request_), {"saved_reply": saved.pk}).content.decode()
    assert "Apportez votre carte.</textarea>" in page
    # Someone else's saved text, or nonsense, fills nothing
    other = SavedReply.objects.create(title="Energie", locale=locales()["fr"],
                                      service=site["energy"], body="Compteur")
    for value in (other.pk, "abc", "9" * 40):
        page = anne.get(detail(request_), {"saved_reply": value})
        assert page.status_code == 200 and "Compteur" not in page.content.decode()


def reassign(client, **data):
    return client.post(reverse("balise_inbox:reassign"), data)


def test_reassigning_moves_only_open_requests_the_user_may_open(client, site):
    page, social, energy = site["page"], site["social"], site["energy"]
    moving = make_submission(page, reference="K7P-4RM-9M3", assigned_to=social)
    closed = make_submission(page, reference="223-456-78C", assigned_to=social,
                             status="closed", closed_at=timezone.now())
    client.force_login(site["social_staff"])
    assert client.get(reverse("balise_inbox:reassign")).status_code == 200
    response = reassign(client, from_service=social.pk, to_service=energy.pk,
                        reason="Anne est en congé.")
    assert response.status_code == 302
    moving.refresh_from_db()
    closed.refresh_from_db()
    assert moving.assigned_to == energy and closed.assigned_to == social
    [event] = events(moving, RequestEvent.REASSIGNED)
    assert (event.from_service, event.to_service) == (social, energy)
    assert audit_entries(moving, audit.REASSIGN)
    assert not events(closed, RequestEvent.REASSIGNED)


def test_reassigning_references_leaves_those_the_user_may_not_open_and_says_so(
        client, site, request_):
    other = Service.objects.create(name="Le service logement", locale=locales()["fr"])
    theirs = make_submission(site["page"], reference="223-456-78C", assigned_to=other)
    client.force_login(site["social_staff"])
    response = reassign(client, references=f"{request_.reference}, 223 456 78c",
                        to_service=site["energy"].pk)
    assert response.status_code == 302
    request_.refresh_from_db()
    theirs.refresh_from_db()
    assert request_.assigned_to == site["energy"] and theirs.assigned_to == other
    assert not events(theirs, RequestEvent.REASSIGNED)
    assert not audit_entries(theirs, audit.REASSIGN)
    warnings = [str(message) for message in get_messages(response.wsgi_request)
                if message.level == WARNING]
    assert len(warnings) == 1 and "1" in warnings[0]


def test_reassigning_is_refused_to_users_outside_the_inbox(client, site, request_):
    client.force_login(staff_member("editor"))
    home = reverse("wagtailadmin_home")  # where Wagtail sends a refused admin user
    assert client.get(reverse("balise_inbox:reassign"))["Location"] == home
    response = reassign(client, from_service=site["social"].pk, to_service=site["energy"].pk)
    assert response["Location"] == home
    request_.refresh_from_db()
    assert request_.assigned_to == site["social"] and not RequestEvent.objects.exists()
