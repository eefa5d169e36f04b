"""The task worker stopped and started again, as ``systemctl restart``
does: what was queued while no worker ran is done once one starts, a worker
asked to stop (SIGTERM) finishes the message in hand and leaves the rest in
the queue, and the next worker sends them. Every citizen gets one e-mail.

Real ``manage.py db_worker`` processes on the test run's database
(tests/site/worker_process.py)."""

import signal

from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from forms.email_log import OutgoingEmail
from forms.models import ContactSubmission
from tests.site.worker_process import form_page, queue_on_database, submit, wait_for, workers

__all__ = ["form_page"]

CITIZENS = [f"citizen.{number}@example.org" for number in range(4)]


def test_emails_queued_without_a_worker_are_sent_once_across_a_stop_and_a_restart(
        client, form_page, tmp_path):
    with queue_on_database():
        for address in CITIZENS:
            assert "reference" in submit(client, form_page, address).lower()
    assert ContactSubmission.objects.filter(page=form_page).count() == len(CITIZENS)
    # No worker yet: the requests are stored, their e-mails wait in the queue.
    messages = OutgoingEmail.objects.filter(to__in=CITIZENS)
    assert list(messages.values_list("status", flat=True)) == [OutgoingEmail.QUEUED] * 4
    assert DBTaskResult.objects.ready().count() >= len(CITIZENS)

    with workers(tmp_path) as started:
        started.hold()
        first = started.start("first")
        wait_for(started.holding, "the first worker to be sending its first message")
        first.send_signal(signal.SIGTERM)  # systemctl stop / restart
        started.release()
        assert first.wait(timeout=180) == 0, started.log("first")
        # It finished the message in hand, took no other.
        assert messages.filter(status=OutgoingEmail.SENT).count() == 1
        assert messages.filter(status=OutgoingEmail.QUEUED).count() == 3
        assert len(started.sent_to()) == 1

        second = started.start("second", None, "--batch")
        assert second.wait(timeout=180) == 0, started.log("second")

    assert started.sent_to() == sorted(CITIZENS)
    assert set(messages.values_list("status", "attempts")) == {(OutgoingEmail.SENT, 1)}
    assert not DBTaskResult.objects.exclude(status=TaskResultStatus.SUCCESSFUL).exists()
