"""The mail server down for a while: citizens still send their requests and
see their reference at once, the worker keeps trying (later and later) and
sends the e-mails when the server is back, none twice, even when the
"send what is waiting" command runs at the same time as the worker's own
retry. A real SMTP server on loopback (aiosmtpd), stopped then started, and
a real ``manage.py db_worker`` process."""

import json
import socket
import sys

from aiosmtpd.controller import Controller

from forms.email_log import OutgoingEmail
from forms.models import ContactSubmission
from tests.site.worker_process import form_page, queue_on_database, submit, wait_for, workers

__all__ = ["form_page"]

BEFORE, DURING = "before.outage@example.org", "during.outage@example.org"
# Seconds between the second and third attempts: time enough to start the
# server and run send_pending_emails before the worker tries again itself.
RETRY_WAIT = 30


class MailServer:
    """An SMTP server on a fixed loopback port that can be stopped and
    started again; keeps the recipients of every message it accepted."""

    def __init__(self):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.received = []
        self.controller = None

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        self.received.extend(envelope.rcpt_tos)
        return "250 Message accepted for delivery"

    def start(self):
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


def status_of(address):
    return OutgoingEmail.objects.filter(to=address).values_list("status", "attempts").first()


def test_requests_sent_while_the_mail_server_is_down_are_kept_and_mailed_once_it_is_back(
        client, form_page, tmp_path):
    server = MailServer()
    server.start()
    environment = {"BALISE_WORKER_SMTP_PORT": str(server.port),
                   "BALISE_WORKER_RETRY_DELAYS": json.dumps([1, *[RETRY_WAIT] * 3])}
    try:
        with workers(tmp_path, **environment) as started, queue_on_database():
            started.start("worker")
            submit(client, form_page, BEFORE)
            wait_for(lambda: status_of(BEFORE) == (OutgoingEmail.SENT, 1), "the first e-mail")

            server.stop()
            confirmation = submit(client, form_page, DURING)
            reference = ContactSubmission.objects.get(email=DURING).reference
            assert reference in confirmation  # the citizen has the reference at once
            wait_for(lambda: status_of(DURING) == (OutgoingEmail.FAILED, 2),
                     "two failed attempts while the server is down")
            error = OutgoingEmail.objects.get(to=DURING).last_error
            assert error.startswith("ConnectionRefusedError")

            server.start()
            # cron's "send what is waiting" queues it once more beside the retry
            assert "Queued 1 " in started.run(
                [sys.executable, "site/manage.py", "send_pending_emails"])
            wait_for(lambda: status_of(DURING)[0] == OutgoingEmail.SENT, "the second e-mail")
            # the worker's own retry runs too, later, and finds it sent
            outgoing_id = OutgoingEmail.objects.get(to=DURING).pk
            wait_for(lambda: _tasks_left(outgoing_id) == 0, "the worker's own retry to end")
            assert status_of(DURING) == (OutgoingEmail.SENT, 3)
    finally:
        server.stop()
    assert sorted(server.received) == [BEFORE, DURING]
    assert ContactSubmission.objects.filter(page=form_page).count() == 2


def _tasks_left(outgoing_id):
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(task_path="forms.tasks.send_email",
                                       args_kwargs__args=[outgoing_id],
                                       status__in=["READY", "RUNNING"]).count()
