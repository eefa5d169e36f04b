"""Starting and watching real ``manage.py db_worker`` processes for the
worker tests (tests/site/test_worker_*.py), on the database of the test run
(whatever its engine), with e-mail a test can count across processes."""

import json
import os
import re
import shlex
import subprocess
import sys
import time
from contextlib import contextmanager
from email import message_from_string
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test import override_settings

ROOT = Path(__file__).resolve().parents[2]
UNIT = ROOT / "deploy" / "systemd" / "balise-worker.service"
DEADLINE = 180  # seconds: a loaded machine is slow, a stuck worker is not


def wait_for(condition, what, deadline=DEADLINE):
    """Poll ``condition`` until it is true; fail with ``what`` after the deadline."""
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        if condition():
            return
        time.sleep(0.1)
    pytest.fail(f"Gave up waiting for {what}")


def unit_command(key, host="testhost"):
    """The command line of ``key`` (ExecStart, ExecStartPre) in the systemd
    unit, run here as systemd would run it in /srv/balise."""
    for line in UNIT.read_text().splitlines():
        if line.startswith(f"{key}="):
            words = shlex.split(line.removeprefix(f"{key}=").replace("%H", host))
            assert words[0] == "/srv/balise/.venv/bin/python"
            return [sys.executable, *words[1:]]
    raise AssertionError(f"{key} missing from {UNIT}")


def queue_on_database():
    """The test process queues on the database, as the site does in production."""
    return override_settings(
        TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}},
        BALISE_FORMS={**settings.BALISE_FORMS, "SUBMISSIONS_PER_HOUR": 1000})


class Workers:
    """Worker processes of one test, all stopped when it ends."""

    def __init__(self, folder, **environment):
        self.folder = Path(folder)
        self.mail = self.folder / "mail"
        self.mail.mkdir()
        database = {**connection.settings_dict}
        self.environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.site.worker_settings",
            "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "site")]),
            "BALISE_WORKER_DATABASE": json.dumps(database, default=str),
            "BALISE_WORKER_MAIL_DIR": str(self.mail),
            **environment,
        }
        self.started = []

    def start(self, name, command=None, *extra):
        """A worker: the unit's command line by default, polling every 0.1 s."""
        command = command or [sys.executable, "site/manage.py", "db_worker",
                              "--worker-id", name, "--no-reload", "--interval", "0.1",
                              "--no-startup-delay"]
        log = (self.folder / f"{name}.log").open("w")
        process = subprocess.Popen([*command, *extra], cwd=ROOT, env=self.environment,
                                   stdout=log, stderr=subprocess.STDOUT)
        self.started.append(process)
        return process

    def run(self, command):
        """A management command run to its end (the unit's ExecStartPre)."""
        return subprocess.run(command, cwd=ROOT, env=self.environment, capture_output=True,
                              text=True, timeout=DEADLINE, check=True).stdout

    def log(self, name):
        return (self.folder / f"{name}.log").read_text()

    def hold(self):
        """The next message a worker sends stops half-way until ``release``."""
        (self.folder / "hold").touch()

    def holding(self):
        return (self.folder / "holding").exists()

    def release(self):
        (self.folder / "hold").unlink(missing_ok=True)

    def sent_to(self):
        """The recipient of every message written by any worker (a file per
        connection; messages separated by the backend's line of dashes)."""
        recipients = []
        for path in sorted(self.mail.iterdir()):
            for text in re.split(r"\n-{79}\n", path.read_text()):
                if text.strip():
                    recipients.append(message_from_string(text.strip())["To"])
        return sorted(recipients)

    def stop_all(self):
        for process in self.started:
            if process.poll() is None:
                process.kill()
            process.wait(timeout=DEADLINE)


@contextmanager
def workers(folder, **environment):
    started = Workers(folder, **environment)
    try:
        yield started
    finally:
        started.release()
        started.stop_all()


@pytest.fixture
def form_page(transactional_db):
    """A published contact form on a site of its own (the database is
    emptied after each live test, so the root page may be gone)."""
    from wagtail.models import Locale, Page

    from tests.factories import make_site
    from tests.forms.test_contact_form import make_form_page

    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root",
                                    locale=Locale.objects.get_or_create(language_code="fr")[0]))
    return make_form_page(make_site())


def submit(client, page, address):
    """A citizen sends the form; returns the confirmation page's text."""
    from tests.forms.test_contact_form import answers

    response = client.post(page.url, answers(reply_email=address, reply_email_again=address))
    assert response.status_code == 302
    return client.get(response["Location"]).content.decode()
