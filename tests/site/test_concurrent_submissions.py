"""Fifty citizens send the same contact form at the same moment to the
reference site served by a live server (one thread per request, each with its
own SQLite connection): every request is stored with its own reference, none
is lost to "database is locked", and each gets its acknowledgement queued."""

import concurrent.futures
import json
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import requests
from django.conf import settings
from django.db import OperationalError, connection, transaction
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from wagtail.models import Locale, Page

from forms import references
from forms.email_log import OutgoingEmail
from forms.models import ContactSubmission
from tests.factories import make_site
from tests.forms.test_contact_form import answers, make_form_page

CITIZENS = 50
TOKEN = re.compile(r'name="balise_form_token" value="([^"]+)"')
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def form_page(transactional_db):
    if Page.get_first_root_node() is None:  # emptied by an earlier live-server test
        Page.add_root(instance=Page(title="Root", slug="root",
                                    locale=Locale.objects.get_or_create(language_code="fr")[0]))
    return make_form_page(make_site())


def send(url, number, together):
    """One citizen: opens the form (its own cookies and security token),
    waits for the others, then sends it with an address of its own."""
    with requests.Session() as session:
        page = session.get(url, timeout=120)
        token = TOKEN.search(page.text).group(1)
        address = f"citizen.{number}@example.org"
        together.wait(timeout=120)
        response = session.post(
            url, data={**answers(reply_email=address, reply_email_again=address),
                       "balise_form_token": token},
            allow_redirects=False, timeout=120)
        return response.status_code, response.headers.get("Location", "")


def test_fifty_requests_sent_at_once_are_all_stored_with_distinct_references(
        live_server, form_page, mailoutbox):
    url = live_server.url + form_page.url
    # One client address for all: the throttle would refuse most of them
    # (forms.conf SUBMISSIONS_PER_HOUR); the e-mails go through the real
    # database queue, as on a server, so that its rows compete for the lock too.
    forms_settings = {**settings.BALISE_FORMS, "SUBMISSIONS_PER_HOUR": 10 * CITIZENS}
    queue = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    together = threading.Barrier(CITIZENS)
    with override_settings(BALISE_FORMS=forms_settings, TASKS=queue):
        with concurrent.futures.ThreadPoolExecutor(max_workers=CITIZENS) as pool:
            answered = list(pool.map(send, [url] * CITIZENS, range(CITIZENS),
                                     [together] * CITIZENS))
        assert [status for status, _location in answered] == [302] * CITIZENS
        assert all(location.startswith(form_page.url + "?done=")
                   for _status, location in answered)

        stored = list(ContactSubmission.objects.filter(page=form_page)
                      .values_list("reference", "email"))
        assert len(stored) == CITIZENS
        assert {email for _reference, email in stored} == {
            f"citizen.{number}@example.org" for number in range(CITIZENS)}
        assert len({reference for reference, _email in stored}) == CITIZENS
        assert all(references.is_valid(reference) for reference, _email in stored)

        acknowledgements = OutgoingEmail.objects.filter(kind=OutgoingEmail.ACKNOWLEDGEMENT,
                                                        submission__page=form_page)
        assert acknowledgements.count() == CITIZENS
        queued = DBTaskResult.objects.filter(task_path="forms.tasks.send_email")
        assert sorted(row.args_kwargs["args"][0] for row in queued) == sorted(
            acknowledgements.values_list("pk", flat=True))

        # The queue's worker (``manage.py db_worker``) sends each one once.
        Worker(queue_names=["*"], interval=0, batch=True, backend_name="default",
               startup_delay=False, max_tasks=None, worker_id="test").run()
    assert sorted(message.to[0] for message in mailoutbox) == sorted(
        email for _reference, email in stored)


def test_a_submission_does_not_read_again_the_request_and_page_it_has_just_saved(
        db, client, django_capture_on_commit_callbacks):
    """What each submission costs the server under load: the request is
    read once (the reference's uniqueness), the page only by routing."""
    page = make_form_page(make_site())
    queue = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    # settings changed first: a change empties the page caches
    with override_settings(TASKS=queue):
        client.get(page.url)  # a running site: the page frame is cached
        with (CaptureQueriesContext(connection) as queries,
              django_capture_on_commit_callbacks(execute=True)):
            assert client.post(page.url, answers()).status_code == 302
    selects = [query["sql"] for query in queries.captured_queries
               if query["sql"].startswith("SELECT")]
    assert OutgoingEmail.objects.filter(kind=OutgoingEmail.ACKNOWLEDGEMENT).count() == 1
    assert sum('FROM "balise_forms_contactsubmission"' in sql for sql in selects) <= 1
    assert sum('FROM "wagtailcore_page"' in sql for sql in selects) <= 2


def test_a_transaction_that_reads_before_it_writes_waits_for_another_writer(transactional_db):
    """On SQLite, a transaction that began by reading cannot wait for the
    write lock: if another connection wrote in between, its own write fails at
    once with "database is locked". Taking the lock when the transaction
    begins (``transaction_mode`` IMMEDIATE) makes the other writer wait
    instead, and both succeed."""
    first_began, second_done = threading.Event(), threading.Event()
    failures = []

    def first():
        try:
            with transaction.atomic():
                Locale.objects.count()
                first_began.set()
                second_done.wait(timeout=1)  # with the lock held, the other cannot finish
                Locale.objects.create(language_code="es")
        except OperationalError as error:
            failures.append(str(error))
        finally:
            first_began.set()
            connection.close()

    def second():
        first_began.wait(timeout=60)
        try:
            Locale.objects.create(language_code="it")
        except OperationalError as error:
            failures.append(str(error))
        finally:
            second_done.set()
            connection.close()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert failures == []
    assert set(Locale.objects.filter(language_code__in=["es", "it"])
               .values_list("language_code", flat=True)) == {"es", "it"}


SQLITE_OPTIONS = """
import json
from django.conf import settings
from django.db import OperationalError, connection, transaction
print(json.dumps({"options": settings.DATABASES["default"].get("OPTIONS", {}),
                  "kept": settings.DATABASES["default"]["CONN_MAX_AGE"]}))
"""


def database_options(**env):
    environment = {key: value for key, value in os.environ.items()
                   if key not in {"DATABASE_URL", "DATABASE_CONN_MAX_AGE", "BALISE_VAR_DIR"}}
    environment.update(env, DJANGO_SETTINGS_MODULE="config.settings.dev",
                       PYTHONPATH=os.pathsep.join([str(ROOT / "site"), str(ROOT)]))
    result = subprocess.run([sys.executable, "-c", SQLITE_OPTIONS], env=environment,
                            capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(result.stdout)


def test_sqlite_waits_for_other_writers_and_postgresql_is_left_alone(tmp_path):
    sqlite = database_options(BALISE_VAR_DIR=str(tmp_path))
    assert sqlite["options"]["transaction_mode"] == "IMMEDIATE"
    assert sqlite["options"]["timeout"] >= 10
    assert "journal_mode=WAL" in sqlite["options"]["init_command"]
    assert sqlite["kept"] > 0  # no new connection (and pragmas) for every request
    postgres = database_options(BALISE_VAR_DIR=str(tmp_path),
                                DATABASE_URL="postgres://balise:secret@db.internal/balise")
    assert postgres == {"options": {}, "kept": 0}
    chosen = database_options(BALISE_VAR_DIR=str(tmp_path), DATABASE_CONN_MAX_AGE="0")
    assert chosen["kept"] == 0
