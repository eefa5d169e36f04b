"""The daily digest to each service's shared mailbox (issue 9, point 6)."""

import datetime
import uuid

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command

from forms import digest
from forms.digest import send_service_digests
from forms.models import ContactSubmission, Service
from tests.factories import make_site
from tests.forms.test_contact_form import make_form_page

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 12, 1)  # a Tuesday; the next working day is Wednesday 2
TOMORROW = datetime.date(2026, 12, 2)
SECRET_MESSAGE = "Je ne peux plus payer mon loyer"


def make_service(name, email, group=None):
    service = Service.objects.create(name=name, email=email)
    if group is not None:
        service.groups.add(group)
    return service


def make_request(page, service, reference, due_date, status=ContactSubmission.Status.RECEIVED,
                 topic="Aide sociale", **fields):
    return ContactSubmission.objects.create(
        page=page, form_data={"votre_question": SECRET_MESSAGE}, reference=reference,
        due_date=due_date, status=status, topic=topic, assigned_to=service,
        locale=page.locale, translation_key=page.translation_key or uuid.uuid4(),
        email="jan.peeters@example.org", phone="+32470123456", **fields)


@pytest.fixture
def setting():
    page = make_form_page(make_site())
    social = make_service("Le service social", "social@example.org", Group.objects.create(
        name="social"))
    energy = make_service("La cellule énergie", "energie@example.org")
    Status = ContactSubmission.Status
    make_request(page, social, "DUE-TOM-001", TOMORROW, topic="Loyer")
    make_request(page, social, "DUE-TOM-002", TOMORROW, status=Status.IN_PROGRESS)
    make_request(page, social, "LATE-000-01", TODAY - datetime.timedelta(days=3))
    make_request(page, social, "DONE-000-01", TOMORROW, status=Status.ANSWERED)
    make_request(page, social, "SHUT-000-01", TODAY - datetime.timedelta(days=3),
                 status=Status.CLOSED)
    make_request(page, social, "TODAY-00-01", TODAY)
    make_request(page, social, "LATER-00-01", TODAY + datetime.timedelta(days=7))
    make_request(page, energy, "ENERGY-0001", TOMORROW)
    return page, social, energy


def test_the_digest_lists_exactly_what_is_due_tomorrow_and_what_is_overdue(setting):
    _page, social, _energy = setting
    found = digest.digest_for(social, today=TODAY)
    assert found.tomorrow == TOMORROW
    assert [line["reference"] for line in found.due] == ["DUE-TOM-001", "DUE-TOM-002"]
    assert [line["reference"] for line in found.overdue] == ["LATE-000-01"]


def test_each_mailbox_gets_its_own_service_requests_and_no_personal_data(setting):
    digest.send_digests(today=TODAY)
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {"social@example.org", "energie@example.org"}
    social_body = by_address["social@example.org"].body
    for reference in ("DUE-TOM-001", "DUE-TOM-002", "LATE-000-01"):
        assert reference in social_body
    for reference in ("DONE-000-01", "SHUT-000-01", "TODAY-00-01", "LATER-00-01",
                      "ENERGY-0001"):
        assert reference not in social_body
    assert "Loyer" in social_body  # the topic
    for private in (SECRET_MESSAGE, "jan.peeters@example.org", "+32470123456", "470"):
        assert private not in social_body
        assert private not in by_address["social@example.org"].subject
    energy_body = by_address["energie@example.org"].body
    assert "ENERGY-0001" in energy_body and "DUE-TOM-001" not in energy_body


def test_the_digest_links_to_the_inbox_filtered_on_the_service(setting, settings):
    _page, social, _energy = setting
    settings.WAGTAILADMIN_BASE_URL = "https://admin.cpas.example.be"
    digest.send_digests(today=TODAY)
    body = next(message.body for message in mail.outbox if message.to == ["social@example.org"])
    assert f"https://admin.cpas.example.be/admin/requests/?service={social.pk}&overdue=1" in body


def test_nothing_is_sent_to_a_service_with_nothing_due_or_late(setting):
    _page, _social, energy = setting
    ContactSubmission.objects.filter(assigned_to=energy).update(
        status=ContactSubmission.Status.CLOSED)
    results = digest.send_digests(today=TODAY)
    assert [message.to for message in mail.outbox] == [["social@example.org"]]
    assert (energy, 0, 0, False) in results


def test_a_service_without_a_mailbox_gets_nothing(setting):
    _page, social, _energy = setting
    Service.objects.filter(pk=social.pk).update(email="")
    digest.send_digests(today=TODAY)
    assert [message.to for message in mail.outbox] == [["energie@example.org"]]


def test_the_command_prints_counts_and_never_a_reference(setting, capsys):
    call_command("send_service_digests")
    output = capsys.readouterr().out
    assert "digest(s) sent" in output
    assert "DUE-TOM" not in output and "LATE-000" not in output
    assert len(mail.outbox) >= 1


def test_the_worker_task_sends_the_same_digests(setting):
    _page, social, energy = setting
    result = send_service_digests.enqueue()
    counts = {row[0]: row[1:] for row in result.return_value}
    assert set(counts) == {social.pk, energy.pk}
    assert len(mail.outbox) == sum(1 for _due, _overdue, sent in counts.values() if sent)
