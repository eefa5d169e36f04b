"""Who may list, read, export, open the documents of and delete a request:
the staff of the service it is assigned to, the form's front office and
administrators; nobody else, not an editor of the form page (Wagtail's
default), not the staff of another service.

The matrix: six roles against Wagtail's own form views (the Forms menu,
a form's submissions, their CSV export, their bulk deletion), the document
download, the deletion of one request on the citizen's demand, and the
refusals of the inbox's views. Every cell is asserted.

The form has a French page and its Dutch translation: request A (French
page) goes to service A, request B (Dutch page) to service B, request N
(French page) is not assigned yet. The front-office user may also edit the
form page (the front office is usually also its editor), so Wagtail's views
let them in; the page editor may edit it and is in no service.
"""

from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.models import ModelLogEntry

from forms import audit
from forms.models import (
    ContactDocument,
    ContactFormPage,
    ContactSubmission,
    OutgoingEmail,
    RequestEvent,
    Service,
)
from forms.references import unique_reference
from tests.factories import locales, make_editor_group, make_site, make_user, permission, translate
from tests.forms.test_contact_form import make_form_page

ROLES = ("anonymous", "page_editor", "staff_a", "staff_b", "front_office", "superuser")
LOGIN = "login"
DENIED = "denied"  # Wagtail's refusal: back to the dashboard with a message (or a 403)
EVERY_REFERENCE = {"A", "B", "N"}


def admin_group(name):
    group = Group.objects.create(name=name)
    group.permissions.add(permission("wagtailadmin", "access_admin"))
    return group


def make_request(page, service=None, documents=0):
    submission = ContactSubmission.objects.create(
        reference=unique_reference(
            lambda ref: ContactSubmission.objects.filter(reference=ref).exists()),
        page=page, form_data={"votre_question": "Mon loyer"}, email="jan@example.org",
        due_date="2026-12-10", locale_id=page.locale_id, translation_key=page.translation_key,
        assigned_to=service)
    for number in range(documents):
        document = ContactDocument(submission=submission, name=f"attestation-{number}.pdf",
                                   content_type="application/pdf", size=4)
        document.file.save("attestation.pdf", ContentFile(b"%PDF"), save=True)
    OutgoingEmail.objects.create(submission=submission, kind=OutgoingEmail.ACKNOWLEDGEMENT,
                                 to="jan@example.org")
    RequestEvent.objects.create(submission=submission, kind=RequestEvent.NOTE, text="Rappeler")
    return submission


@pytest.fixture(scope="module")
def built_once(module_db):
    home = make_site()
    form = make_form_page(home, allow_documents=True)
    dutch = translate(form, "nl", title="Een vraag stellen", slug="vraag")
    french = locales()["fr"]
    service_a = Service.objects.create(name="Service social", locale=french)
    service_b = Service.objects.create(name="Cellule énergie", locale=french)
    group_a, group_b = admin_group("Service social"), admin_group("Cellule énergie")
    service_a.groups.add(group_a)
    service_b.groups.add(group_b)
    front_office = admin_group("Accueil")
    ContactFormPage.objects.filter(translation_key=form.translation_key).update(
        front_office_group=front_office)
    users = {
        "page_editor": make_user("editor", groups=[make_editor_group(form)]),
        "staff_a": make_user("staff_a", groups=[group_a]),
        "staff_b": make_user("staff_b", groups=[group_b]),
        "front_office": make_user("front", groups=[front_office, make_editor_group(form)]),
        "superuser": make_user("admin", superuser=True),
    }
    requests = {"A": make_request(form, service_a, documents=1),
                "B": make_request(dutch, service_b, documents=1),
                "N": make_request(form)}
    return {"form": form.pk, "dutch": dutch.pk,
            "users": {role: user.pk for role, user in users.items()},
            "requests": {name: submission.pk for name, submission in requests.items()}}


@pytest.fixture
def built(built_once, db):
    requests = {name: ContactSubmission.objects.get(pk=pk)
                for name, pk in built_once["requests"].items()}
    return SimpleNamespace(
        form=ContactFormPage.objects.get(pk=built_once["form"]),
        dutch=ContactFormPage.objects.get(pk=built_once["dutch"]),
        users=built_once["users"], requests=requests,
        names={submission.reference: name for name, submission in requests.items()})


def sign_in(client, built, role):
    if role != "anonymous":
        from django.contrib.auth import get_user_model

        client.force_login(get_user_model().objects.get(pk=built.users[role]))
    return client


def outcome(client, response):
    """``LOGIN`` for the admin's sign-in redirect, ``DENIED`` for Wagtail's
    refusal, else the status code; a 404 outside the language prefix is
    first redirected by Django's locale middleware to the prefixed address
    (also a 404): followed here."""
    if response.status_code == 403:
        return DENIED
    if response.status_code == 302:
        location = response["Location"]
        if location.startswith(reverse("wagtailadmin_login")):
            return LOGIN
        if location == reverse("wagtailadmin_home"):
            return DENIED
        if location.startswith("/fr/admin/"):
            return client.get(location).status_code
    return response.status_code


def listed(built, text):
    """The requests (A, B, N) whose reference appears in ``text``."""
    return {name for reference, name in built.names.items() if reference in text}


def content(response):
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


# Wagtail's Forms menu: the contact form is listed for its front office only


FORMS_INDEX = {"anonymous": LOGIN, "page_editor": False, "staff_a": DENIED, "staff_b": DENIED,
               "front_office": True, "superuser": True}


@pytest.mark.parametrize("role", ROLES)
def test_wagtails_forms_index_lists_the_contact_form_for_its_front_office_only(
        client, built, role):
    response = sign_in(client, built, role).get(reverse("wagtailforms:index"))
    expected = FORMS_INDEX[role]
    if expected in (LOGIN, DENIED):
        # Not in the admin (sign in) or no page to edit (sent to the dashboard)
        assert outcome(client, response) == expected
        return
    assert response.status_code == 200
    link = reverse("wagtailforms:list_submissions", args=[built.form.pk])
    assert (f'href="{link}"' in content(response)) is expected


# A form's submissions, their export and their bulk deletion in Wagtail's views


SUBMISSIONS = {"anonymous": LOGIN, "page_editor": DENIED, "staff_a": DENIED, "staff_b": DENIED,
               "front_office": EVERY_REFERENCE, "superuser": EVERY_REFERENCE}


@pytest.mark.parametrize("role", ROLES)
def test_wagtails_submissions_list_shows_the_forms_requests_in_every_language_to_readers_and_logs(
        client, built, role):
    response = sign_in(client, built, role).get(
        reverse("wagtailforms:list_submissions", args=[built.form.pk]))
    expected = SUBMISSIONS[role]
    viewed = ModelLogEntry.objects.filter(action=audit.VIEW)
    if isinstance(expected, set):
        assert response.status_code == 200
        assert listed(built, content(response)) == expected
        assert {built.names[entry.label] for entry in viewed} == expected
    else:
        assert outcome(client, response) == expected
        assert not viewed.exists()


@pytest.mark.parametrize("role", ROLES)
def test_wagtails_csv_export_holds_only_what_the_user_may_read_and_is_logged(
        client, built, role):
    response = sign_in(client, built, role).get(
        reverse("wagtailforms:list_submissions", args=[built.form.pk]), {"export": "csv"})
    expected = SUBMISSIONS[role]
    exported = ModelLogEntry.objects.filter(action=audit.EXPORT)
    if isinstance(expected, set):
        assert response.status_code == 200
        assert listed(built, content(response)) == expected
        assert {built.names[entry.label] for entry in exported} == expected
        assert all(entry.user_id == built.users[role] for entry in exported)
    else:
        assert outcome(client, response) == expected
        assert not exported.exists()


def delete_submissions_url(built):
    ids = "&".join(f"selected-submissions={submission.pk}"
                   for submission in built.requests.values())
    return f"{reverse('wagtailforms:delete_submissions', args=[built.form.pk])}?{ids}"


DELETE_SUBMISSIONS = {"anonymous": LOGIN, "page_editor": DENIED, "staff_a": DENIED,
                      "staff_b": DENIED, "front_office": 200, "superuser": 200}


@pytest.mark.parametrize("role", ROLES)
def test_wagtails_bulk_deletion_asks_only_the_requests_readers(client, built, role):
    response = sign_in(client, built, role).get(delete_submissions_url(built))
    assert outcome(client, response) == DELETE_SUBMISSIONS[role]


@pytest.mark.parametrize("role", ROLES)
def test_wagtails_bulk_deletion_deletes_only_for_the_requests_readers_and_logs_each(
        client, built, role):
    response = sign_in(client, built, role).post(delete_submissions_url(built))
    allowed = DELETE_SUBMISSIONS[role] == 200
    if allowed:
        assert response.status_code == 302
        assert not ContactSubmission.objects.exists()
        deleted = ModelLogEntry.objects.filter(action=audit.DELETE)
        assert {built.names[entry.label] for entry in deleted} == EVERY_REFERENCE
        assert all(entry.deleted and entry.user_id == built.users[role] for entry in deleted)
    else:
        assert outcome(client, response) == DELETE_SUBMISSIONS[role]
        assert ContactSubmission.objects.count() == 3


# A request the user cannot read, reached through a form they may open: a
# translation whose front office differs (set by hand, or a sync not yet run)


@pytest.fixture
def dutch_front_office_differs(built):
    built.dutch.front_office_group = admin_group("Onthaal")
    built.dutch.save(update_fields=["front_office_group"])
    return built


def test_the_submissions_list_and_export_leave_out_a_request_the_user_may_not_read(
        client, dutch_front_office_differs):
    built = dutch_front_office_differs
    sign_in(client, built, "front_office")
    url = reverse("wagtailforms:list_submissions", args=[built.form.pk])
    assert listed(built, content(client.get(url))) == {"A", "N"}
    assert listed(built, content(client.get(url, {"export": "csv"}))) == {"A", "N"}


def test_the_bulk_deletion_keeps_a_request_the_user_may_not_read_and_says_so(
        client, dutch_front_office_differs):
    built = dutch_front_office_differs
    sign_in(client, built, "front_office")
    page = client.get(delete_submissions_url(built))
    # The admin speaks French here
    assert "Vous ne pouvez pas supprimer une des demandes choisies" in content(page)
    response = client.post(delete_submissions_url(built), follow=False)
    assert response.status_code == 302
    assert list(ContactSubmission.objects.values_list("pk", flat=True)) == [
        built.requests["B"].pk]
    deleted = ModelLogEntry.objects.filter(action=audit.DELETE)
    assert {built.names[entry.label] for entry in deleted} == {"A", "N"}


def test_a_page_editor_who_works_in_a_service_does_not_get_the_form_in_wagtails_views(
        client, built):
    """Staff read their service's requests in the inbox, not in the Forms
    menu, even when they may also edit the form page."""
    user = make_user("editor_a", groups=[make_editor_group(built.form),
                                          *Group.objects.filter(name="Service social")])
    client.force_login(user)
    response = client.get(reverse("wagtailforms:list_submissions", args=[built.form.pk]))
    assert outcome(client, response) == DENIED


def test_a_changed_address_with_a_bad_id_deletes_nothing_and_is_no_server_error(client, built):
    sign_in(client, built, "superuser")
    url = reverse("wagtailforms:delete_submissions", args=[built.form.pk])
    response = client.post(f"{url}?selected-submissions=x1&selected-submissions=99999999999"
                           f"9999999999")
    assert response.status_code == 302
    assert ContactSubmission.objects.count() == 3


# The documents attached to a request


DOCUMENT = {"anonymous": LOGIN, "page_editor": 404, "staff_a": 200, "staff_b": 404,
            "front_office": 200, "superuser": 200}


@pytest.mark.parametrize("role", ROLES)
def test_a_requests_document_is_sent_to_its_readers_only_and_each_download_is_logged(
        client, built, role):
    document = built.requests["A"].documents.get()
    url = reverse("balise_contact_document", args=[built.requests["A"].pk, document.pk])
    response = sign_in(client, built, role).get(url)
    assert outcome(client, response) == DOCUMENT[role]
    logged = ModelLogEntry.objects.filter(action=audit.DOCUMENT)
    if DOCUMENT[role] == 200:
        assert response["Content-Disposition"].startswith("attachment;")
        entry = logged.get()
        assert (entry.label, entry.user_id) == (built.requests["A"].reference,
                                                built.users[role])
        assert "attestation" not in str(entry.data)
    else:
        assert not logged.exists()


def test_staff_of_service_b_get_their_own_requests_document(client, built):
    document = built.requests["B"].documents.get()
    url = reverse("balise_contact_document", args=[built.requests["B"].pk, document.pk])
    response = sign_in(client, built, "staff_b").get(url)
    assert response.status_code == 200


# Deleting one request on the citizen's demand


DELETE_REQUEST = {"anonymous": LOGIN, "page_editor": 404, "staff_a": 200, "staff_b": 404,
                  "front_office": 200, "superuser": 200}


@pytest.mark.parametrize("role", ROLES)
def test_the_deletion_page_says_what_goes_to_the_requests_readers_only(client, built, role):
    submission = built.requests["A"]
    response = sign_in(client, built, role).get(
        reverse("balise_inbox:delete", args=[submission.pk]))
    assert outcome(client, response) == DELETE_REQUEST[role]
    if DELETE_REQUEST[role] == 200:
        page = content(response)
        assert submission.reference in page
        assert "Mon loyer" not in page and "jan@example.org" not in page
        assert 'name="reason"' in page


@pytest.mark.parametrize("role", ROLES)
def test_only_the_requests_readers_delete_it_and_the_audit_log_keeps_the_reason_only(
        client, built, role):
    submission = built.requests["A"]
    response = sign_in(client, built, role).post(
        reverse("balise_inbox:delete", args=[submission.pk]), {"reason": "citizen_request"})
    logged = ModelLogEntry.objects.filter(action=audit.DELETE)
    if DELETE_REQUEST[role] == 200:
        assert response.status_code == 302
        assert response["Location"] == reverse("balise_inbox:index")
        assert not ContactSubmission.objects.filter(pk=submission.pk).exists()
        assert not ContactDocument.objects.filter(submission_id=submission.pk).exists()
        assert not OutgoingEmail.objects.filter(submission_id=submission.pk).exists()
        assert not RequestEvent.objects.filter(submission_id=submission.pk).exists()
        entry = logged.get()
        assert (entry.label, entry.user_id) == (submission.reference, built.users[role])
        assert entry.data == {"reason": "citizen_request"} and entry.deleted
        assert ContactSubmission.objects.count() == 2
    else:
        assert outcome(client, response) == DELETE_REQUEST[role]
        assert ContactSubmission.objects.filter(pk=submission.pk).exists()
        assert not logged.exists()


def test_a_deletion_without_a_reason_deletes_nothing_and_asks_for_one(client, built):
    submission = built.requests["A"]
    sign_in(client, built, "staff_a")
    for data in ({}, {"reason": "because the citizen Jan Peeters asked"}):
        response = client.post(reverse("balise_inbox:delete", args=[submission.pk]), data)
        assert response.status_code == 200
        assert "<title>Erreur" in content(response) or "Error:" in content(response)
    assert ContactSubmission.objects.filter(pk=submission.pk).exists()
    assert not ModelLogEntry.objects.filter(action=audit.DELETE).exists()


def test_deleting_a_request_that_does_not_exist_is_a_404(client, built):
    sign_in(client, built, "superuser")
    response = client.get(reverse("balise_inbox:delete", args=[999999]))
    assert outcome(client, response) == 404


# The inbox's views (written alongside): here only who gets in and who is refused


INBOX_USERS = {"staff_a", "staff_b", "front_office", "superuser"}
READERS_OF_A = {"staff_a", "front_office", "superuser"}
REFUSED = {LOGIN, DENIED, 404}


def refused_or_not(client, response):
    result = outcome(client, response)
    assert result == LOGIN or result in (DENIED, 404) or result < 500
    return "refused" if result in REFUSED else "in"


INBOX_VIEWS = {
    "index": lambda built: ("get", reverse("balise_inbox:index"), {}),
    "export": lambda built: ("get", reverse("balise_inbox:export"), {}),
    "record": lambda built: ("get", reverse("balise_inbox:record"), {}),
    "reassign": lambda built: ("get", reverse("balise_inbox:reassign"), {}),
    "detail": lambda built: ("get", reverse("balise_inbox:detail",
                                            args=[built.requests["A"].pk]), {}),
    "note": lambda built: ("post", reverse("balise_inbox:act",
                                           args=[built.requests["A"].pk, "note"]),
                           {"text": "Rappeler mardi"}),
}


def allowed_in(view, role):
    return role in (READERS_OF_A if view in ("detail", "note") else INBOX_USERS)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("view", INBOX_VIEWS)
def test_the_inbox_lets_in_only_those_who_answer_requests(client, built, view, role):
    method, url, data = INBOX_VIEWS[view](built)
    response = getattr(sign_in(client, built, role), method)(url, data)
    if role == "anonymous":
        assert outcome(client, response) == LOGIN
    else:
        assert refused_or_not(client, response) == ("in" if allowed_in(view, role)
                                                     else "refused")
    if view == "note" and not allowed_in(view, role):
        assert not built.requests["A"].events.exclude(text="Rappeler").exists()
