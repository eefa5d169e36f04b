"""SQLite's "database is locked": another connection (a second server
worker, the task worker, a backup, an administrator's ``sqlite3`` shell)
holds the write lock while citizens send the contact form.

While the lock is held for less than the connection's ``timeout``
(``DATABASES`` in ``config.settings.base``, 20 s) every submission waits
for it and is stored; the citizen sees the usual confirmation. That wait is
the retry: SQLite tries again until the timeout, and a second attempt in the
same request would keep the citizen waiting past the server's own time
limit. When the lock lasts longer, nothing is stored and the form comes back
with every answer kept, a message that says nothing was lost and to send it
again, and a 503 with ``Retry-After``: never a server error page.

These tests are about SQLite's file lock and are skipped on another engine:
PostgreSQL locks rows, not the database, and has no "database is locked".
(The kept-answers page for any database error while saving is also checked
on every engine, with the error simulated, in the last test.)"""

import concurrent.futures
import re
import sqlite3
import threading
import time
from contextlib import contextmanager

import pytest
import requests
from django.conf import settings
from django.db import OperationalError, connection
from django.test import override_settings
from wagtail.models import Locale, Page

from forms.models import ContactFormPage, ContactSubmission
from tests.conftest import text_of
from tests.factories import make_site
from tests.forms.test_contact_form import answers, make_form_page

SQLITE_ONLY = pytest.mark.skipif(
    connection.vendor != "sqlite",
    reason="SQLite's database-wide write lock: PostgreSQL has no 'database is locked'")
CITIZENS = 8
TOKEN = re.compile(r'name="balise_form_token" value="([^"]+)"')
KEPT_MESSAGE = "vos réponses sont toujours là"


@pytest.fixture
def form_page(transactional_db):
    if Page.get_first_root_node() is None:  # emptied by an earlier live-server test
        Page.add_root(instance=Page(title="Root", slug="root",
                                    locale=Locale.objects.get_or_create(language_code="fr")[0]))
    return make_form_page(make_site())


@contextmanager
def write_lock_held_by_another_connection():
    """What another process does: a transaction that took the write lock
    and has not committed yet. Yields the function that ends it."""
    other = sqlite3.connect(connection.settings_dict["NAME"], isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    released = threading.Event()

    def release():
        if not released.is_set():
            released.set()
            other.execute("COMMIT")

    try:
        yield release
    finally:
        release()
        other.close()


@contextmanager
def waiting_at_most(seconds):
    """The server's connections wait ``seconds`` for a lock (instead of 20 s)."""
    options = connection.settings_dict.setdefault("OPTIONS", {})
    before = options.get("timeout")
    options["timeout"] = seconds
    connection.close()  # opened again with the new timeout
    try:
        yield
    finally:
        options["timeout"] = before
        connection.close()


# While the lock is held for a short while: all stored


def open_form(url, number, opened, go):
    """One citizen: opens the form (its own cookies and token), then sends it
    when told to, and follows the redirect to the confirmation."""
    with requests.Session() as session:
        token = TOKEN.search(session.get(url, timeout=120).text).group(1)
        opened.wait(timeout=120)
        go.wait(timeout=120)
        address = f"citizen.{number}@example.org"
        sent = session.post(url, data={**answers(reply_email=address,
                                                 reply_email_again=address),
                                       "balise_form_token": token},
                            allow_redirects=False, timeout=120)
        confirmation = (session.get(requests.compat.urljoin(url, sent.headers["Location"]),
                                    timeout=120) if sent.status_code == 302 else None)
        return sent.status_code, confirmation.text if confirmation is not None else sent.text


@SQLITE_ONLY
def test_submissions_sent_while_another_connection_holds_the_lock_are_all_stored(
        live_server, form_page, monkeypatch):
    url = live_server.url + form_page.url
    arrived = threading.Semaphore(0)
    save = ContactFormPage.process_form_submission

    def saving(page, form):  # the server is about to write this submission
        arrived.release()
        return save(page, form)

    monkeypatch.setattr(ContactFormPage, "process_form_submission", saving)
    opened, go = threading.Barrier(CITIZENS + 1), threading.Event()
    forms_settings = {**settings.BALISE_FORMS, "SUBMISSIONS_PER_HOUR": 10 * CITIZENS}
    with (override_settings(BALISE_FORMS=forms_settings),
          concurrent.futures.ThreadPoolExecutor(max_workers=CITIZENS) as pool):
        sending = [pool.submit(open_form, url, number, opened, go)
                   for number in range(CITIZENS)]
        opened.wait(timeout=120)  # every citizen has the form in front of them
        with write_lock_held_by_another_connection() as release:
            go.set()
            for _citizen in range(CITIZENS):  # all of them are writing now
                assert arrived.acquire(timeout=120)
            time.sleep(1)  # the lock holder goes on a little: they wait for it
            assert not ContactSubmission.objects.filter(page=form_page).exists(), \
                "none could write yet"
            release()
        answered = [future.result(timeout=180) for future in sending]

    assert [status for status, _page in answered] == [302] * CITIZENS
    stored = dict(ContactSubmission.objects.filter(page=form_page)
                  .values_list("email", "reference"))
    assert set(stored) == {f"citizen.{number}@example.org" for number in range(CITIZENS)}
    for number, (_status, confirmation) in enumerate(answered):
        assert stored[f"citizen.{number}@example.org"] in confirmation, "their reference"


# When the lock lasts longer than the timeout: the answers come back


def test_a_submission_that_cannot_be_saved_keeps_the_answers_and_says_nothing_was_lost(
        form_page, client, monkeypatch):
    """Any database error while saving (here simulated): same page, every engine."""

    def busy(page, form):
        raise OperationalError("database is locked")

    monkeypatch.setattr(ContactFormPage, "process_form_submission", busy)
    question = "Puis-je avoir une aide pour mon loyer de mars ?"
    response = client.post(form_page.url, answers(votre_question=question))
    assert response.status_code == 503
    assert response["Retry-After"]
    text = text_of(response)
    assert KEPT_MESSAGE in text
    assert question in response.content.decode()
    assert not ContactSubmission.objects.filter(page=form_page).exists()


@SQLITE_ONLY
def test_a_lock_held_longer_than_the_timeout_gives_the_form_back_with_every_answer(
        form_page, client):
    client.get(form_page.url)  # the page and its frame as a running site has them
    question = "Puis-je avoir une aide pour mon loyer de mars ?"
    sent = answers(votre_question=question, reply_email="marie@example.org",
                   reply_email_again="marie@example.org")
    with waiting_at_most(0.2), write_lock_held_by_another_connection():
        response = client.post(form_page.url, sent)
    assert response.status_code == 503
    assert response["Retry-After"]
    html = response.content.decode()
    assert KEPT_MESSAGE in text_of(response)
    assert question in html and 'value="marie@example.org"' in html
    assert not ContactSubmission.objects.filter(page=form_page).exists()

    # Sent again once the lock is gone: stored, and the confirmation
    again = client.post(form_page.url, sent, follow=True)
    assert again.status_code == 200
    submission = ContactSubmission.objects.get(page=form_page)
    assert submission.email == "marie@example.org"
    assert submission.reference in text_of(again)
