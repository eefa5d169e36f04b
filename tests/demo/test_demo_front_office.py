"""The demo's front office: two services with their staff, a front office,
and example requests in every status (some overdue), so the inbox shows
something on the first login, and each login sees only what it may read."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from forms import access, references
from forms.models import ContactFormPage, ContactSubmission, Service


@pytest.fixture
def staff(demo_pages):
    User = get_user_model()
    return {name: User.objects.get(username=name) for name in ("social", "energie", "accueil")}


def test_two_services_each_with_its_staff_group_and_a_mailbox(demo_pages):
    services = Service.objects.filter(locale__language_code="fr").order_by("name")
    assert [(s.name, s.email.split("@")[0], [g.name for g in s.groups.all()])
            for s in services] == [
        ("La cellule énergie", "energie", ["Cellule énergie"]),
        ("Le service social", "service.social", ["Service social"]),
    ]
    dutch = Service.objects.get(locale__language_code="nl", name="De energiecel")
    assert dutch.source().name == "La cellule énergie"


def test_the_demo_forms_route_their_topics_and_have_a_front_office(demo_pages):
    form = ContactFormPage.objects.get(locale__language_code="fr", slug="poser-une-question")
    assert form.front_office_group.name == "Accueil (front office)"
    routes = {topic.label: topic.routed_to.name for topic in form.topics.all()}
    assert routes["Les factures de gaz ou d'électricité"] == "La cellule énergie"
    dutch = ContactFormPage.objects.get(locale__language_code="nl",
                                        translation_key=form.translation_key)
    assert dutch.front_office_group_id == form.front_office_group_id
    assert {topic.routed_to_id for topic in dutch.topics.all()} == {
        topic.routed_to_id for topic in form.topics.all()}


def test_example_requests_in_every_status_some_overdue_with_valid_references(demo_pages):
    requests = list(ContactSubmission.objects.filter(reference__startswith="DEM-"))
    assert {r.status for r in requests} == {"received", "in_progress", "answered", "closed"}
    today = timezone.localdate()
    overdue = [r for r in requests if r.due_date < today and r.status in ("received",
                                                                          "in_progress")]
    assert len(overdue) >= 2
    assert all(references.is_valid(r.reference) for r in requests)
    assert {r.locale.language_code for r in requests} == {"fr", "nl", "de", "en"}
    closed = [r for r in requests if r.status == "closed"]
    assert all(r.closed_at and r.outcome for r in closed)


def test_each_login_reads_only_what_it_may(staff, demo_pages):
    demo = ContactSubmission.objects.filter(reference__startswith="DEM-")
    social = set(access.requests_for(staff["social"], demo).values_list("reference", flat=True))
    energy = set(access.requests_for(staff["energie"], demo).values_list("reference", flat=True))
    front = set(access.requests_for(staff["accueil"], demo).values_list("reference", flat=True))
    assert social and energy and not social & energy
    assert front == set(demo.values_list("reference", flat=True))
    unassigned = set(demo.filter(assigned_to=None).values_list("reference", flat=True))
    assert unassigned and not unassigned & (social | energy)
