"""The front office's inbox, a request's page and recording a request from
another channel: what each member of staff sees, in which order, and what
goes into the audit log."""

import csv
import datetime
import io
import re
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from forms import audit, references
from forms.models import ContactDocument, ContactFormPage, ContactSubmission, Service
from tests.conftest import text_of
from tests.factories import locales, make_site, make_user, staff_member, translate
from tests.forms.test_contact_form import make_form_page
from tests.forms.test_documents import documents_root  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db

INBOX = "balise_inbox:index"
TODAY = timezone.localdate()


def days(n):
    return TODAY + datetime.timedelta(days=n)


def make_request(page, service=None, due=None, status=ContactSubmission.Status.RECEIVED,
                 **fields):
    fields.setdefault("form_data", {"votre_question": "Comment demander une aide ?"})
    return ContactSubmission.objects.create(
        page=page, reference=references.new_reference(), due_date=due or days(5),
        status=status, assigned_to=service, locale=page.locale,
        translation_key=page.translation_key, **fields)


def in_service(user, service):
    service.groups.add(*user.groups.all())
    return user


@pytest.fixture
def office():
    """A French form in four languages, two services and their staff, the
    form's front office, an editor of the form page and an administrator."""
    home = make_site()
    page = make_form_page(home)
    translations = {code: translate(page, code) for code in ("nl", "de", "en")}
    french = locales()["fr"]
    social = Service.objects.create(name="Service social", locale=french)
    energy = Service.objects.create(name="Cellule énergie", locale=french)
    front = staff_member("front")
    ContactFormPage.objects.filter(translation_key=page.translation_key).update(
        front_office_group=front.groups.get())
    return SimpleNamespace(
        page=page, translations=translations, social=social, energy=energy,
        social_staff=in_service(staff_member("social"), social),
        energy_staff=in_service(staff_member("energy"), energy),
        front=front, editor=staff_member("editor", pages=[page]),
        admin=make_user("boss", superuser=True))


def inbox_rows(response):
    """The references in the order the list shows them."""
    html = response.content.decode()
    return re.findall(r'data-reference="([^"]+)"', html)


def get_inbox(client, user, **params):
    client.force_login(user)
    return client.get(reverse(INBOX), params)


def test_overdue_requests_come_first_and_say_overdue(client, office):
    later = make_request(office.page, office.social, due=days(9))
    soon = make_request(office.page, office.social, due=days(1))
    late = make_request(office.page, office.social, due=days(-3))
    answered_late = make_request(office.page, office.social, due=days(-5),
                                 status=ContactSubmission.Status.ANSWERED)
    response = get_inbox(client, office.social_staff)
    assert response.status_code == 200
    assert inbox_rows(response) == [late.reference, answered_late.reference,
                                    soon.reference, later.reference]
    html = response.content.decode()
    late_row = html.split(f'data-reference="{late.reference}"')[1].split("</tr>")[0]
    answered_row = html.split(f'data-reference="{answered_late.reference}"')[1].split(
        "</tr>")[0]
    assert "Overdue" in late_row or "En retard" in late_row
    assert "balise-overdue-label" in late_row
    assert "balise-overdue-label" not in answered_row


@pytest.mark.parametrize("params, expected", [
    ({"status": "in_progress"}, {"working"}),
    ({"topic": "énerg"}, {"energy_topic"}),
    ({"overdue": "on"}, {"late"}),
])
def test_each_filter_narrows_the_list(client, office, params, expected):
    made = {
        "working": make_request(office.page, office.social,
                                status=ContactSubmission.Status.IN_PROGRESS),
        "energy_topic": make_request(office.page, office.social, topic="Factures d'énergie"),
        "late": make_request(office.page, office.social, due=days(-1)),
    }
    response = get_inbox(client, office.admin, **params)
    assert set(inbox_rows(response)) == {made[name].reference for name in expected}


def test_the_service_and_form_filters_narrow_the_list(client, office):
    other_form = make_form_page(office.page.get_parent(), title="Autre", slug="autre")
    social = make_request(office.page, office.social)
    energy = make_request(office.page, office.energy)
    elsewhere = make_request(other_form, office.social)
    assert set(inbox_rows(get_inbox(client, office.admin, service=office.energy.pk))) == {
        energy.reference}
    assert set(inbox_rows(get_inbox(client, office.admin, form=office.page.pk))) == {
        social.reference, energy.reference}
    assert set(inbox_rows(get_inbox(client, office.admin, form=other_form.pk))) == {
        elsewhere.reference}


@pytest.mark.parametrize("params", [
    {"status": "deleted"}, {"service": "abc"}, {"service": "999999"}, {"form": "x'; --"},
    {"overdue": "maybe"}, {"p": "-4"}, {"p": "zzz"}, {"reference": "x" * 500},
    {"topic": "\x00"}, {"reference": "\u2028"},
])
def test_a_tampered_filter_never_breaks_the_list(client, office, params):
    make_request(office.page, office.social)
    response = get_inbox(client, office.social_staff, **params)
    assert response.status_code == 200


def test_a_service_their_staff_may_not_see_is_not_a_filter_for_them(client, office):
    mine = make_request(office.page, office.social)
    make_request(office.page, office.energy)
    response = get_inbox(client, office.social_staff, service=office.energy.pk)
    assert response.status_code == 200
    assert inbox_rows(response) == [mine.reference]  # the filter is left out, with a message
    assert "not applied" in text_of(response) or "pas appliqués" in text_of(response)


def test_search_by_reference_in_lower_case_with_spaces(client, office):
    wanted = make_request(office.page, office.social)
    make_request(office.page, office.social)
    typed = wanted.reference.replace("-", " ").lower()
    assert inbox_rows(get_inbox(client, office.social_staff, reference=typed)) == [
        wanted.reference]
    part = wanted.reference[2:6].lower()  # across a dash: "P-4R" typed "p4r"
    rows = inbox_rows(get_inbox(client, office.social_staff, reference=part.replace("-", "")))
    assert wanted.reference in rows


def test_each_service_sees_only_its_requests_and_the_front_office_all_four_languages(
        client, office):
    social = [make_request(office.page, office.social)]
    energy = [make_request(page, office.energy) for page in office.translations.values()]
    unassigned = make_request(office.translations["nl"])
    assert set(inbox_rows(get_inbox(client, office.social_staff))) == {
        item.reference for item in social}
    assert set(inbox_rows(get_inbox(client, office.energy_staff))) == {
        item.reference for item in energy}
    assert set(inbox_rows(get_inbox(client, office.front))) == {
        item.reference for item in [*social, *energy, unassigned]}


def test_an_editor_of_the_form_page_gets_no_inbox(client, office):
    make_request(office.page, office.social)
    client.force_login(office.editor)
    for name in (INBOX, "balise_inbox:export", "balise_inbox:record"):
        assert client.get(reverse(name)).status_code == 403


def test_anonymous_visitors_are_sent_to_the_admin_login(client, office):
    for url in (reverse(INBOX), reverse("balise_inbox:export"),
                reverse("balise_inbox:record"),
                reverse("balise_inbox:detail", args=[make_request(office.page).pk])):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_the_inbox_queries_do_not_grow_with_the_number_of_requests(client, office):
    client.force_login(office.front)

    def count():
        client.get(reverse(INBOX))
        with CaptureQueriesContext(connection) as captured:
            response = client.get(reverse(INBOX))
        assert response.status_code == 200
        return len(captured)

    for number in range(5):
        make_request(office.translations["de"], [office.social, office.energy][number % 2],
                     due=days(number - 2))
    few = count()
    for number in range(25):
        make_request(office.page, [office.social, office.energy, None][number % 3],
                     due=days(number - 10))
    assert count() == few


def test_the_export_has_no_personal_details_neutralises_formulas_and_is_logged(
        client, office):
    first = make_request(office.page, office.social, topic="=HYPERLINK(\"x\")",
                         email="jan.peeters@example.org", phone="+32470123456")
    second = make_request(office.page, office.social, due=days(-2))
    make_request(office.page, office.energy)
    client.force_login(office.social_staff)
    response = client.get(reverse("balise_inbox:export"))
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    assert "jan.peeters" not in body and "470" not in body
    assert "Comment demander" not in body
    rows = list(csv.reader(io.StringIO(body)))
    assert len(rows) == 3
    assert rows[1][0] == second.reference  # overdue first, like the list
    assert "'=HYPERLINK(\"x\")" in [cell for row in rows for cell in row]
    entries = ModelLogEntry.objects.filter(action=audit.EXPORT)
    assert {entry.object_id for entry in entries} == {str(first.pk), str(second.pk)}
    assert all(entry.data == {"count": 2, "format": "csv"} for entry in entries)
    assert all(entry.user_id == office.social_staff.pk for entry in entries)


def test_the_request_page_shows_what_the_citizen_sent_and_logs_the_view(client, office):
    submission = make_request(office.translations["nl"], office.social,
                              email="jan.peeters@example.org", phone="+32470123456",
                              topic="Loyer", reply_by="phone", call_times=["morning"],
                              helper_kind="helped", helper_name="Marie",
                              helper_relation="fille")
    client.force_login(office.social_staff)
    response = client.get(reverse("balise_inbox:detail", args=[submission.pk]))
    assert response.status_code == 200
    text = text_of(response)
    for expected in ("Votre question", "Comment demander une aide ?", "jan.peeters@example.org",
                     "+32 470 12 34 56", "Marie", "Loyer", "Service social", submission.reference):
        assert expected in text
    assert response.context["can_act"] is True
    assert response.context["submission"] == submission
    assert [event.kind for event in response.context["events"]] == ["received"]
    assert ModelLogEntry.objects.filter(action=audit.VIEW, object_id=str(submission.pk),
                                        user=office.social_staff).count() == 1


def assert_not_found(client, pk):
    """A 404 that says nothing (outside the language prefix, Django's locale
    middleware first redirects a 404 to the prefixed address, also a 404)."""
    response = client.get(reverse("balise_inbox:detail", args=[pk]), follow=True)
    assert response.status_code == 404
    assert b"Comment demander" not in response.content


def test_a_request_of_another_service_is_not_found(client, office):
    theirs = make_request(office.page, office.energy)
    client.force_login(office.social_staff)
    assert_not_found(client, theirs.pk)
    assert_not_found(client, 999999)
    client.force_login(office.editor)
    assert_not_found(client, theirs.pk)
    assert not ModelLogEntry.objects.filter(action=audit.VIEW).exists()


def test_the_same_persons_earlier_requests_are_only_those_the_reader_may_see(client, office):
    current = make_request(office.page, office.social, email="Jan.Peeters@example.org")
    same_mail = make_request(office.page, office.social, email="jan.peeters@EXAMPLE.org")
    same_phone_other_service = make_request(office.page, office.energy,
                                            email="autre@example.org",
                                            phone="+32470123456")
    current.phone = "+32470123456"
    current.save()
    same_phone = make_request(office.translations["de"], office.social, phone="+32470123456")
    make_request(office.page, office.social, email="someone@example.org")
    client.force_login(office.social_staff)
    response = client.get(reverse("balise_inbox:detail", args=[current.pk]))
    shown = {item.reference for item in response.context["earlier"]}
    assert shown == {same_mail.reference, same_phone.reference}
    client.force_login(office.front)
    response = client.get(reverse("balise_inbox:detail", args=[current.pk]))
    assert same_phone_other_service.reference in {
        item.reference for item in response.context["earlier"]}


def record_data(office, **changes):
    data = {"channel": "phone", "form_page": office.page.pk, "topic": "Factures",
            "question": "Peut-on étaler le paiement ?", "reply_by": "phone",
            "email": "", "phone": "0470 12 34 56", "language": "nl", "assigned_to": ""}
    data.update(changes)
    return data


def test_recording_a_phone_request_gives_a_reference_due_date_service_and_a_place_in_the_inbox(
        client, office):
    office.page.routed_to = office.energy
    office.page.save()
    client.force_login(office.front)
    response = client.post(reverse("balise_inbox:record"), record_data(office))
    submission = ContactSubmission.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("balise_inbox:detail", args=[submission.pk])
    assert references.is_valid(submission.reference)
    assert submission.due_date == office.page.due_date()
    assert submission.assigned_to == office.energy
    assert submission.channel == "phone"
    assert submission.phone == "+32470123456"
    assert submission.locale.language_code == "nl"
    assert submission.page_id == office.translations["nl"].pk
    assert submission.translation_key == office.page.translation_key
    assert submission.form_data == {"question": "Peut-on étaler le paiement ?"}
    assert ModelLogEntry.objects.filter(action=audit.RECORD,
                                        object_id=str(submission.pk)).count() == 1
    assert submission.reference in inbox_rows(get_inbox(client, office.energy_staff))
    page = client.get(response["Location"])
    assert "Peut-on étaler le paiement ?" in text_of(page)


def test_recording_uses_the_chosen_service_and_sends_nothing_unless_asked(
        client, office, django_capture_on_commit_callbacks):
    client.force_login(office.front)
    with django_capture_on_commit_callbacks() as callbacks:
        client.post(reverse("balise_inbox:record"), record_data(
            office, reply_by="email", email="jan@example.org", phone="",
            assigned_to=office.social.pk))
    assert callbacks == []
    assert ContactSubmission.objects.get().assigned_to == office.social
    with django_capture_on_commit_callbacks() as callbacks:
        client.post(reverse("balise_inbox:record"), record_data(
            office, reply_by="email", email="jan@example.org", phone="",
            send_acknowledgement="on"))
    assert len(callbacks) == 1


@pytest.mark.parametrize("changes", [
    {"phone": "12"}, {"reply_by": "email", "phone": ""}, {"email": "pas une adresse"},
    {"channel": "form"}, {"form_page": "abc"}, {"language": "xx"}, {"question": ""},
    {"assigned_to": "999999"},
])
def test_recording_refuses_bad_input_with_a_message(client, office, changes):
    client.force_login(office.front)
    response = client.post(reverse("balise_inbox:record"), record_data(office, **changes))
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not ContactSubmission.objects.exists()


def test_only_a_front_office_records_into_a_forms_register(client, office):
    client.force_login(office.social_staff)
    response = client.post(reverse("balise_inbox:record"), record_data(office))
    assert response.status_code == 200  # the form is not one of theirs to choose
    assert not ContactSubmission.objects.exists()


def test_the_requests_menu_item_is_shown_only_to_inbox_users(client, office):
    client.force_login(office.editor)
    assert reverse(INBOX) not in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(office.social_staff)
    assert reverse(INBOX) in client.get(reverse("wagtailadmin_home")).content.decode()


def test_a_front_office_group_alone_opens_the_inbox(client, office):
    group = Group.objects.get(name="group of front")
    assert office.front.groups.get() == group
    assert get_inbox(client, office.front).status_code == 200


def test_the_inbox_shows_fifty_requests_a_page_and_keeps_the_filters_between_pages(
        client, office):
    for number in range(53):
        make_request(office.page, office.social, due=days(number % 7 - 3))
    first = get_inbox(client, office.social_staff, service=office.social.pk)
    assert len(inbox_rows(first)) == 50
    assert f"service={office.social.pk}&amp;p=2" in first.content.decode()
    second = get_inbox(client, office.social_staff, service=office.social.pk, p=2)
    assert len(inbox_rows(second)) == 3
    assert not set(inbox_rows(first)) & set(inbox_rows(second))


@pytest.mark.usefixtures("documents_root")
def test_the_request_page_links_to_each_document(client, office):
    submission = make_request(office.page, office.social)
    document = ContactDocument(submission=submission, name="Attestation.pdf",
                               content_type="application/pdf", size=9)
    document.file.save("document", ContentFile(b"%PDF-1.4\n"), save=True)
    client.force_login(office.social_staff)
    html = client.get(reverse("balise_inbox:detail", args=[submission.pk])).content.decode()
    link = reverse("balise_contact_document", args=[submission.pk, document.pk])
    assert f'href="{link}"' in html
    assert "Attestation.pdf" in html
