"""Requests are deleted once their form's retention period, counted from
the day they were closed, is over: with their documents (the files too),
the e-mails kept about them and their history. Never an open request,
however old; and the command says how much, never which."""

import datetime
from io import StringIO
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone
from django.utils.functional import empty
from wagtail.models import ModelLogEntry

from forms import audit
from forms.models import (
    ContactDocument,
    ContactSubmission,
    OutgoingEmail,
    RequestEvent,
)
from forms.private_storage import private_storage
from forms.purge import purge, purge_expired_task
from forms.references import unique_reference
from tests.factories import make_site, translate
from tests.forms.test_contact_form import make_form_page

pytestmark = pytest.mark.django_db

RETENTION = 30


@pytest.fixture
def documents_root(tmp_path, settings):
    root = tmp_path / "private-documents"
    settings.BALISE_FORMS = {**settings.BALISE_FORMS, "DOCUMENTS_ROOT": str(root)}
    private_storage._wrapped = empty
    yield root
    private_storage._wrapped = empty


@pytest.fixture
def form_page(documents_root):
    return make_form_page(make_site(), retention_days=RETENTION)


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def make_request(page, received_days_ago=1, closed_days_ago=None, documents=0, emails=0,
                 events=0):
    received = days_ago(received_days_ago)
    submission = ContactSubmission.objects.create(
        reference=unique_reference(lambda ref: ContactSubmission.objects.filter(
            reference=ref).exists()),
        page=page, form_data={"votre_question": "Mon loyer"}, email="jan@example.org",
        due_date=received.date(), locale_id=page.locale_id, translation_key=page.translation_key,
        status="closed" if closed_days_ago is not None else "received",
        closed_at=days_ago(closed_days_ago) if closed_days_ago is not None else None)
    ContactSubmission.objects.filter(pk=submission.pk).update(submit_time=received)
    for number in range(documents):
        document = ContactDocument(submission=submission, name=f"piece-{number}.pdf",
                                   content_type="application/pdf", size=4)
        document.file.save("piece.pdf", ContentFile(b"%PDF"), save=True)
    for kind in (OutgoingEmail.ACKNOWLEDGEMENT, OutgoingEmail.NOTIFICATION)[:emails]:
        OutgoingEmail.objects.create(submission=submission, kind=kind, to="jan@example.org")
    for _number in range(events):
        RequestEvent.objects.create(submission=submission, kind=RequestEvent.NOTE,
                                    text="Appelé, pas de réponse")
    return submission


def stored_files(root):
    return sorted(path for path in Path(root).rglob("*") if path.is_file())


@pytest.fixture
def requests(form_page):
    """One request past retention (with a document, two e-mails and three
    history entries), one closed yesterday, one open since years, one closed
    a day before the end of its retention period."""
    return {
        "expired": make_request(form_page, received_days_ago=RETENTION + 20,
                                closed_days_ago=RETENTION + 1, documents=1, emails=2,
                                events=3),
        "closed_yesterday": make_request(form_page, received_days_ago=5, closed_days_ago=1,
                                         emails=1, events=1),
        "open_for_years": make_request(form_page, received_days_ago=3 * 365, emails=2),
        "within_retention": make_request(form_page, received_days_ago=RETENTION + 5,
                                 closed_days_ago=RETENTION - 1),
    }


def run_command(*args):
    out = StringIO()
    call_command("purge_expired_submissions", *args, stdout=out)
    return out.getvalue()


def test_the_purge_deletes_only_the_request_past_its_forms_retention_with_all_it_kept(
        requests, documents_root, django_capture_on_commit_callbacks):
    assert len(stored_files(documents_root)) == 1
    with django_capture_on_commit_callbacks(execute=True):
        output = run_command()
    assert output.strip() == "Deleted 1 requests, 1 documents, 2 e-mails, 3 history entries"
    remaining = set(ContactSubmission.objects.values_list("reference", flat=True))
    assert remaining == {requests[name].reference
                         for name in ("closed_yesterday", "open_for_years", "within_retention")}
    expired = requests["expired"].pk
    assert not ContactDocument.objects.filter(submission_id=expired).exists()
    assert not OutgoingEmail.objects.filter(submission_id=expired).exists()
    assert not RequestEvent.objects.filter(submission_id=expired).exists()
    assert stored_files(documents_root) == []  # the file left the disk too
    assert OutgoingEmail.objects.count() == 3 and RequestEvent.objects.count() == 1


def test_a_request_open_for_years_is_never_deleted(form_page):
    old = make_request(form_page, received_days_ago=10 * 365)
    counts = purge()
    assert counts.requests == 0
    assert ContactSubmission.objects.filter(pk=old.pk).exists()


def test_the_dry_run_deletes_nothing_and_says_the_same_counts(
        requests, documents_root, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        output = run_command("--dry-run")
    assert output.strip() == ("Would delete 1 requests, 1 documents, 2 e-mails, "
                              "3 history entries")
    assert ContactSubmission.objects.count() == 4
    assert len(stored_files(documents_root)) == 1
    assert not ModelLogEntry.objects.filter(action=audit.PURGE).exists()


def test_the_output_names_no_request_and_no_content(requests):
    for args in (("--dry-run",), ()):
        output = run_command(*args)
        for submission in requests.values():
            assert submission.reference not in output
        assert "jan@example.org" not in output and "loyer" not in output.lower()


def test_each_deleted_request_leaves_one_purge_line_in_the_audit_log_with_its_reference(
        requests):
    purge()
    entries = list(ModelLogEntry.objects.filter(action=audit.PURGE))
    assert [entry.label for entry in entries] == [requests["expired"].reference]
    assert entries[0].user_id is None and entries[0].deleted
    assert entries[0].data == {}


def test_requests_sent_in_a_translation_use_the_forms_retention(form_page):
    dutch = translate(form_page, "nl", title="Een vraag stellen", slug="vraag")
    assert dutch.retention_days == RETENTION
    gone = make_request(dutch, received_days_ago=60, closed_days_ago=RETENTION + 1)
    kept = make_request(dutch, received_days_ago=60, closed_days_ago=RETENTION - 1)
    assert purge().requests == 1
    assert not ContactSubmission.objects.filter(pk=gone.pk).exists()
    assert ContactSubmission.objects.filter(pk=kept.pk).exists()


def test_each_form_keeps_its_own_period(form_page):
    longer = make_form_page(form_page.get_parent().specific, slug="plainte",
                            title="Une plainte", retention_days=365)
    kept = make_request(longer, received_days_ago=200, closed_days_ago=RETENTION + 10)
    gone = make_request(form_page, received_days_ago=200, closed_days_ago=RETENTION + 10)
    assert purge().requests == 1
    assert ContactSubmission.objects.filter(pk=kept.pk).exists()
    assert not ContactSubmission.objects.filter(pk=gone.pk).exists()


def test_many_requests_are_deleted_in_batches_with_a_constant_number_of_queries(
        form_page, django_assert_max_num_queries):
    for _number in range(12):
        make_request(form_page, received_days_ago=90, closed_days_ago=RETENTION + 2,
                     emails=1, events=1)
    # 12 requests in batches of 5: three batches, each a fixed handful of queries
    with django_assert_max_num_queries(3 * 16 + 3):
        counts = purge(batch_size=5)
    assert (counts.requests, counts.emails, counts.events) == (12, 12, 12)
    assert ContactSubmission.objects.count() == 0


def test_the_worker_task_runs_the_same_purge(requests):
    result = purge_expired_task.enqueue()
    assert result.return_value == {"requests": 1, "documents": 1, "emails": 2, "events": 3}
    assert not ContactSubmission.objects.filter(pk=requests["expired"].pk).exists()
