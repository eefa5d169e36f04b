"""Kinds of contact form: a question, a complaint and a callback or
appointment request each promise their own time and say what differs."""

import csv
import io
import re

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import formats, timezone, translation
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from forms.kinds import CALLBACK, COMPLAINT, QUESTION
from forms.models import ContactFormPage, ContactSubmission, OutgoingEmail
from forms.notifications import build_message
from pages.contact.models import working_calendar
from pages.models import OrganisationDetails, SiteSettings
from tests.factories import (
    make_organisation,
    make_site,
    make_user,
    publish,
    translate,
    translate_snippet,
)
from tests.forms.test_contact_form import answers, make_form_page

pytestmark = pytest.mark.django_db

CALLING_NUMBER = "02 555 99 99"


@pytest.fixture
def home():
    home = make_site()
    make_organisation(
        home, email="contact@cpas.example", callback_number=CALLING_NUMBER,
        ombudsman_name="Le Médiateur de Wallonie", ombudsman_phone="0800 19 199",
        ombudsman_url="https://www.le-mediateur.be")
    return home


def kind_page(home, kind, answer_days=None, **fields):
    """A form of ``kind`` that, unless ``answer_days`` is given, promises
    the site's time for its kind."""
    page = make_form_page(home, kind=kind, **fields)
    page.answer_days = answer_days
    return publish(page)


def phone_call(**changes):
    return answers(**{"reply_by": "", "reply_email": "", "reply_email_again": "",
                      "reply_phone": "0470 12 34 56", **changes})


def french_date(day):
    with translation.override("fr"):
        return formats.date_format(day, "l j F Y")


def due_in(days):
    """Both dates a request sent during the test can get (midnight may pass)."""
    return {working_calendar().due_date(timezone.now(), days)}


def confirmation(client, response):
    assert response.status_code == 302, response.content.decode()[:2000]
    return client.get(response["Location"]).content.decode()


def test_a_complaint_promises_the_sites_twenty_working_days_on_the_form_and_stores_them(
        client, home):
    page = kind_page(home, COMPLAINT)
    expected = due_in(20)
    html = client.get(page.url).content.decode()
    assert any(f"réponse écrite au plus tard le {french_date(day)}" in html for day in expected)
    client.post(page.url, answers())
    submission = ContactSubmission.objects.get()
    assert (submission.kind, submission.due_date in expected) == (COMPLAINT, True)


def test_a_changed_complaint_time_changes_the_date_shown_and_stored(client, home):
    settings = SiteSettings.for_site(home.get_site())
    settings.complaint_answer_days = 30
    settings.save()
    page = kind_page(home, COMPLAINT)
    html = client.get(page.url).content.decode()
    assert any(french_date(day) in html for day in due_in(30))
    assert not any(french_date(day) in html for day in due_in(20))
    client.post(page.url, answers())
    assert ContactSubmission.objects.get().due_date in due_in(30)


def test_the_complaint_confirmation_confirms_lists_the_procedure_and_names_the_ombudsman(
        client, home):
    page = kind_page(home, COMPLAINT)
    html = confirmation(client, client.post(page.url, answers()))
    assert "Nous vous confirmons que nous avons reçu votre plainte. Le service social" in html
    steps = re.search(r'<ol class="steps">(.*?)</ol>', html, re.S).group(1)
    in_order = ["reçu votre plainte", "Une personne qui n’a pas participé",
                "Vous recevez une réponse écrite au plus tard le",
                "au médiateur : Le Médiateur de Wallonie"]
    positions = [steps.find(step) for step in in_order]
    assert -1 not in positions and positions == sorted(positions)
    assert 'href="tel:080019199"' in steps and 'href="https://www.le-mediateur.be"' in steps


def test_the_ombudsman_is_named_in_the_readers_language(client, home):
    translate_snippet(OrganisationDetails.objects.get(), "nl",
                      ombudsman_name="De Waalse Ombudsman")
    dutch = translate(kind_page(home, COMPLAINT), "nl", title="Een klacht indienen",
                      slug="klacht")
    html = client.get(dutch.url).content.decode()
    assert "Hoe wij uw klacht behandelen" in html
    assert "terecht bij de ombudsman: De Waalse Ombudsman" in html
    assert "Le Médiateur de Wallonie" not in html


def test_the_complaint_acknowledgement_says_the_same_in_the_citizens_language(
        client, home, django_capture_on_commit_callbacks):
    translate_snippet(OrganisationDetails.objects.get(), "de",
                      ombudsman_name="Der Ombudsmann der Wallonie")
    german = translate(kind_page(home, COMPLAINT), "de", title="Beschwerde", slug="beschwerde")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(german.url, answers())
    message = build_message(OutgoingEmail.objects.get(kind=OutgoingEmail.ACKNOWLEDGEMENT))
    assert "Wir bestätigen, dass wir Ihre Beschwerde erhalten haben." in message.body
    assert "an den Ombudsdienst wenden: Der Ombudsmann der Wallonie" in message.body
    assert "0800 19 199" in message.body


def test_a_question_form_without_its_own_time_promises_the_sites_question_time(client, home):
    settings = SiteSettings.for_site(home.get_site())
    settings.question_answer_days = 5
    settings.save()
    page = kind_page(home, QUESTION)
    assert page.promised_days() == 5
    client.post(page.url, answers())
    assert ContactSubmission.objects.get().due_date in due_in(5)


def test_a_form_with_its_own_answer_time_keeps_it(client, home):
    page = kind_page(home, COMPLAINT, answer_days=7)
    client.post(page.url, answers())
    assert ContactSubmission.objects.get().due_date in due_in(7)


def test_a_callback_stores_how_when_and_at_what_time_of_day(client, home):
    page = kind_page(home, CALLBACK)
    response = client.post(page.url, answers(
        appointment_mode="desk", preferred_days=["3", "1"], call_times=["morning"]))
    assert response.status_code == 302
    submission = ContactSubmission.objects.get()
    assert (submission.kind, submission.appointment_mode, submission.preferred_days,
            submission.call_times, submission.video_consent) == (
        CALLBACK, "desk", [1, 3], ["morning"], False)
    assert submission.form_data == {"votre_question": "Comment demander une aide ?"}
    assert submission.due_date in due_in(2)
    with translation.override("en"):
        data = submission.get_data()
    assert (data["kind"], data["appointment_mode"], data["preferred_days"]) == (
        "A callback or an appointment", "At the desk", "Tuesday, Thursday")
    assert {"kind", "appointment_mode", "preferred_days", "video_consent"} <= {
        name for name, _label in page.get_data_fields()}


def test_a_phone_callback_is_answered_by_phone_and_needs_the_number(client, home):
    page = kind_page(home, CALLBACK)
    html = client.post(page.url, phone_call(appointment_mode="phone", reply_phone="")
                       ).content.decode()
    assert "Saisissez le numéro de téléphone auquel nous devons vous appeler" in html
    assert ContactSubmission.objects.count() == 0
    client.post(page.url, phone_call(appointment_mode="phone", call_times=["afternoon"]))
    submission = ContactSubmission.objects.get()
    assert (submission.reply_by, submission.phone, submission.call_times) == (
        "phone", "+32470123456", ["afternoon"])


def test_a_desk_appointment_needs_a_way_to_give_the_time(client, home):
    page = kind_page(home, CALLBACK)
    html = client.post(page.url, phone_call(appointment_mode="desk")).content.decode()
    assert "Choisissez comment nous devons vous donner l’heure du rendez-vous" in html
    legend = re.search(r"<legend[^>]*>(Comment devons-nous vous donner l’heure.*?)</legend>",
                       html).group(1)
    assert "facultatif" not in legend
    assert ContactSubmission.objects.count() == 0


def test_video_without_consent_is_refused_with_the_message_and_every_answer_kept(client, home):
    page = kind_page(home, CALLBACK, offer_video=True)
    response = client.post(page.url, answers(appointment_mode="video", preferred_days=["4"],
                                             call_times=["afternoon"]))
    html = response.content.decode()
    assert response.status_code == 200
    assert ContactSubmission.objects.count() == 0
    message = "Cochez la case pour accepter l’appel vidéo"
    assert f'<a href="#id_video_consent">{message}' in html
    assert re.search(r'id="id_video_consent_error">.*?' + message, html, re.S)
    assert re.search(r'<input[^>]*value="video"[^>]*checked', html)
    assert re.search(r'<input[^>]*value="4"[^>]*checked', html)
    assert re.search(r'<input[^>]*value="afternoon"[^>]*checked', html)
    assert "Comment demander une aide ?" in html
    client.post(page.url, answers(appointment_mode="video", video_consent="on"))
    submission = ContactSubmission.objects.get()
    assert (submission.appointment_mode, submission.video_consent) == ("video", True)


def test_the_video_consent_box_is_never_ticked_in_advance(client, home):
    page = kind_page(home, CALLBACK, offer_video=True)
    html = client.get(page.url).content.decode()
    box = re.search(r'<input[^>]*name="video_consent"[^>]*>', html).group(0)
    assert "checked" not in box
    assert "pas besoin de compte" in html
    refused = client.post(page.url, answers(appointment_mode="video")).content.decode()
    assert "checked" not in re.search(r'<input[^>]*name="video_consent"[^>]*>', refused).group(0)


def test_only_the_modes_the_form_offers_are_asked_and_accepted(client, home):
    page = kind_page(home, CALLBACK, offer_desk=True, offer_phone=True, offer_video=False)
    html = client.get(page.url).content.decode()
    assert 'value="desk"' in html and 'value="phone"' in html
    assert 'value="video"' not in html and 'name="video_consent"' not in html
    response = client.post(page.url, answers(appointment_mode="video", video_consent="on"))
    assert response.status_code == 200
    assert "Choisissez comment vous souhaitez nous rencontrer" in response.content.decode()
    response = client.post(page.url, answers(appointment_mode="desk", preferred_days=["6"]))
    assert response.status_code == 200
    assert "Choisissez des jours du lundi au vendredi" in response.content.decode()
    assert ContactSubmission.objects.count() == 0


def test_a_form_offering_one_mode_does_not_ask_and_uses_it(client, home):
    page = kind_page(home, CALLBACK, offer_desk=False, offer_phone=True, offer_video=False)
    html = client.get(page.url).content.decode()
    assert 'name="appointment_mode"' not in html and 'name="reply_by"' not in html
    client.post(page.url, phone_call(appointment_mode="video"))
    assert ContactSubmission.objects.get().appointment_mode == "phone"


def test_other_kinds_ask_nothing_about_meeting(client, home):
    html = client.get(kind_page(home, QUESTION).url).content.decode()
    assert 'name="appointment_mode"' not in html and 'name="preferred_days"' not in html
    home.get_children().delete()
    client.post(kind_page(home, COMPLAINT).url,
                answers(appointment_mode="desk", preferred_days=["1"]))
    submission = ContactSubmission.objects.get()
    assert (submission.appointment_mode, submission.preferred_days) == ("", [])


def test_the_callback_form_and_confirmation_name_the_number_we_call_from(client, home):
    page = kind_page(home, CALLBACK)
    expected = f"Nous vous appelons depuis le {CALLING_NUMBER} : ne bloquez pas ce numéro."
    assert expected in client.get(page.url).content.decode()
    html = confirmation(client, client.post(page.url, phone_call(appointment_mode="phone")))
    assert expected in html
    assert any(f"vous appelle au plus tard le {french_date(day)}" in html
               for day in due_in(2))


def test_the_callback_acknowledgement_names_the_number_in_dutch(
        client, home, django_capture_on_commit_callbacks):
    dutch = translate(kind_page(home, CALLBACK), "nl", title="Teruggebeld worden",
                      slug="terugbellen")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(dutch.url, phone_call(appointment_mode="phone",
                                          reply_email="jan@example.org",
                                          reply_email_again="jan@example.org"))
    message = build_message(OutgoingEmail.objects.get(kind=OutgoingEmail.ACKNOWLEDGEMENT))
    assert f"Wij bellen vanaf {CALLING_NUMBER}: blokkeer dit nummer niet." in message.body


def test_a_callback_form_must_offer_a_way_to_meet(home):
    page = make_form_page(home, kind=CALLBACK)
    page.offer_desk = page.offer_phone = page.offer_video = False
    with translation.override("en"), pytest.raises(ValidationError,
                                                   match="Offer at least one way to meet"):
        page.full_clean()
    assert ContactFormPage.objects.get(pk=page.pk).offer_phone


def test_staff_choose_the_kind_and_the_ways_to_meet_in_the_editor(client, home):
    page = kind_page(home, CALLBACK)
    client.force_login(make_user(superuser=True))
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    for name in ("kind", "answer_days", "offer_desk", "offer_phone", "offer_video"):
        assert f'name="{name}"' in html
    assert html.index('name="kind"') < html.index('name="answering_service"')


def test_the_export_has_the_kind_the_way_to_meet_the_days_and_the_consent(client, home):
    page = kind_page(home, CALLBACK, offer_video=True)
    client.post(page.url, answers(appointment_mode="video", video_consent="on",
                                  preferred_days=["0"]))
    client.force_login(make_user(superuser=True))
    response = client.get(reverse("wagtailforms:list_submissions", args=[page.pk]),
                          {"export": "csv"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    row = dict(zip(rows[0], rows[1], strict=True))  # the admin speaks French here
    assert row["Type de formulaire"] == "Un rappel ou un rendez-vous"
    assert (row["Type de rendez-vous"], row["Jours souhaités"]) == ("Par appel vidéo", "Lundi")
    assert row["Accepte un appel vidéo"] == "Oui"


CALLBACK_VALUES = {
    "appointment_mode": st.sampled_from(["desk", "phone", "video", "", "DESK", "visio", "☎"]),
    "preferred_days": st.lists(st.sampled_from(["0", "4", "5", "-1", "1.5", "٣", "lundi", ""]),
                               max_size=4),
    "video_consent": st.sampled_from(["on", "", "false", "0", "\x00"]),
    "reply_by": st.sampled_from(["email", "phone", "", "fax"]),
    "call_times": st.lists(st.sampled_from(["morning", "afternoon", "night"]), max_size=3),
}


@hypothesis_settings(max_examples=40, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.fixed_dictionaries({}, optional=CALLBACK_VALUES))
def test_any_callback_post_is_answered_without_failing_and_stores_only_offered_modes(
        client, home, changes):
    page = ContactFormPage.objects.filter(kind=CALLBACK).first() or kind_page(
        home, CALLBACK, offer_desk=False, offer_video=True)
    cache.clear()  # the hourly limit of requests per connection is not under test
    response = client.post(page.url, phone_call(**changes))
    assert response.status_code in {200, 302}
    for submission in ContactSubmission.objects.all():
        assert submission.appointment_mode in {"phone", "video"}
        assert set(submission.preferred_days) <= {0, 1, 2, 3, 4}
        assert submission.video_consent == (submission.appointment_mode == "video")
        assert submission.reply_by != "phone" or submission.phone
