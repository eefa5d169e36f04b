"""A worker killed in the middle of sending an e-mail (SIGKILL, out of
memory, power cut): the task it left "running" is queued again when the
worker's systemd unit starts it again (ExecStartPre: ``manage.py
recover_abandoned_tasks``), the next worker runs it, and the citizen gets
the e-mail once. The commands are read from deploy/systemd/balise-worker.service
and run as real processes."""

import datetime

from django.core.management import call_command
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from forms.email_log import OutgoingEmail
from tests.site.worker_process import (
    UNIT,
    form_page,
    queue_on_database,
    submit,
    unit_command,
    wait_for,
    workers,
)

__all__ = ["form_page"]

CITIZEN = "killed.worker@example.org"


def test_an_email_whose_worker_was_killed_while_sending_is_sent_once_after_the_restart(
        client, form_page, tmp_path):
    with queue_on_database():
        submit(client, form_page, CITIZEN)
    message = OutgoingEmail.objects.get(to=CITIZEN)

    with workers(tmp_path) as started:
        started.hold()
        first = started.start("first", unit_command("ExecStart"))
        wait_for(started.holding, "the worker to be sending the message")
        first.kill()
        first.wait(timeout=180)
        message.refresh_from_db()
        assert message.status == OutgoingEmail.SENDING
        task = DBTaskResult.objects.get(task_path="forms.tasks.send_email",
                                        args_kwargs__args=[message.pk])
        assert task.status == TaskResultStatus.RUNNING  # django-tasks-db alone: for ever
        assert started.sent_to() == []

        # systemd starts the unit again: ExecStartPre, then ExecStart
        started.release()
        assert "Queued again 1 " in started.run(unit_command("ExecStartPre"))
        second = started.start("second", unit_command("ExecStart"), "--batch")
        assert second.wait(timeout=180) == 0, started.log("second")

    assert started.sent_to() == [CITIZEN]
    message.refresh_from_db()
    assert (message.status, message.attempts) == (OutgoingEmail.SENT, 2)
    task.refresh_from_db()
    assert task.status == TaskResultStatus.SUCCESSFUL


def test_the_unit_restarts_the_worker_and_recovers_with_the_workers_own_id():
    text = UNIT.read_text()
    assert "\nRestart=always\n" in text
    start, recovery = unit_command("ExecStart"), unit_command("ExecStartPre")
    assert start[1:4] == ["site/manage.py", "db_worker", "--worker-id"]
    assert recovery[1:4] == ["site/manage.py", "recover_abandoned_tasks", "--worker-id"]
    assert start[4] == recovery[4]  # the same worker id
    assert "--reload" not in start  # a reload would stop tasks half-way


def running_task(worker_id, started_minutes_ago):
    return DBTaskResult.objects.create(
        task_path="forms.tasks.send_email", args_kwargs={"args": [0], "kwargs": {}},
        backend_name="default", run_after=timezone.now(), status=TaskResultStatus.RUNNING,
        started_at=timezone.now() - datetime.timedelta(minutes=started_minutes_ago),
        worker_ids=[worker_id])


def test_recovery_leaves_alone_the_tasks_other_workers_are_running(db):
    """Another machine's worker may be running its task right now: only the
    starting worker's own tasks, or those running far too long, go back."""
    mine, theirs, stuck = (running_task("here", 1), running_task("there", 1),
                           running_task("gone", 180))
    call_command("recover_abandoned_tasks", worker_id="here")
    call_command("recover_abandoned_tasks", older_than=120)
    statuses = {row.worker_ids[0]: row.status
                for row in DBTaskResult.objects.filter(pk__in=[mine.pk, theirs.pk, stuck.pk])}
    assert statuses == {"here": TaskResultStatus.READY, "there": TaskResultStatus.RUNNING,
                        "gone": TaskResultStatus.READY}
