"""A background task that fails for a reason that may pass is tried again
later by the worker, each time after a longer wait, up to a limit; its last
failure stays visible (the task result and the worker's log). The same for
every kind of task that can fail so: plain-language analyses, audits, the
purge (the e-mails keep their own counter, tests/site/test_worker_mail_server_down.py)."""

import datetime
import json

import pytest
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from accessibility.tasks import audit_page, audit_site
from forms.purge import purge_expired_task
from forms.tasks import MAX_ATTEMPTS as EMAIL_MAX_ATTEMPTS
from pages.background.retrying import DEFAULT_DELAYS, delay_after, max_attempts
from pages.plain_language.tasks import store_result
from tests.factories import make_site
from tests.site.worker_process import queue_on_database, wait_for, workers
from tests.site.worker_tasks import TransientFailure, fails_until

DELAYS = [1, 2, 4]  # seconds, in the worker process: 4 attempts in all


def attempts_of(counter):
    rows = DBTaskResult.objects.filter(task_path="tests.site.worker_tasks.fails_until",
                                       args_kwargs__args=[str(counter), 0])
    return list(rows.order_by("enqueued_at"))


def run_worker_until(started, condition, what):
    worker = started.start("retrying")
    try:
        wait_for(condition, what)
    finally:
        worker.kill()
        worker.wait(timeout=180)


def test_a_task_failing_every_time_is_tried_again_later_and_later_then_given_up(
        transactional_db, tmp_path):
    counter = tmp_path / "attempts"
    with queue_on_database():
        fails_until.enqueue(str(counter), 0)
    with workers(tmp_path, BALISE_WORKER_RETRY_DELAYS=json.dumps(DELAYS)) as started:
        run_worker_until(started, lambda: len(attempts_of(counter)) == 4 and all(
            row.status == TaskResultStatus.FAILED for row in attempts_of(counter)),
            "four failed attempts")
        # and no fifth is queued
        assert not DBTaskResult.objects.ready().exists()
    rows = attempts_of(counter)
    assert counter.read_text() == "4"
    assert [row.args_kwargs["kwargs"].get("retry_attempt", 1) for row in rows] == [1, 2, 3, 4]
    waits = [(row.run_after - row.enqueued_at).total_seconds() for row in rows[1:]]
    assert [round(wait) for wait in waits] == DELAYS
    for earlier, later in zip(rows, rows[1:], strict=False):
        assert later.started_at >= earlier.finished_at  # one at a time, never at once
    assert all("TransientFailure" in row.exception_class_path for row in rows)
    log = started.log("retrying")
    assert "failed (attempt 1), tried again in 1 s" in log
    assert "failed 4 times and was given up: TransientFailure: attempt 4 failed" in log


def test_a_task_that_fails_twice_then_succeeds_runs_three_times_only(
        transactional_db, tmp_path):
    counter = tmp_path / "attempts"
    with queue_on_database():
        fails_until.enqueue(str(counter), 3)
    with workers(tmp_path, BALISE_WORKER_RETRY_DELAYS=json.dumps(DELAYS)) as started:
        run_worker_until(started, lambda: DBTaskResult.objects.successful().exists(),
                         "the third attempt to succeed")
    rows = DBTaskResult.objects.filter(task_path="tests.site.worker_tasks.fails_until")
    assert sorted(rows.values_list("status", flat=True)) == sorted(
        [TaskResultStatus.FAILED, TaskResultStatus.FAILED, TaskResultStatus.SUCCESSFUL])
    assert rows.get(status=TaskResultStatus.SUCCESSFUL).return_value == 3
    assert counter.read_text() == "3"


# The site's tasks that can fail for a while, and what to break in each.
SITE_TASKS = [
    (store_result, "pages.plain_language.tasks.store_page_result", {}),
    (audit_site, "accessibility.tasks.run_audit", {}),
    (audit_page, "accessibility.tasks.run_audit", {"page_id": 1}),
    (purge_expired_task, "forms.purge.purge", {}),
]


@pytest.mark.parametrize(("site_task", "broken", "kwargs"), SITE_TASKS,
                         ids=[entry[0].name for entry in SITE_TASKS])
def test_every_site_task_that_fails_is_queued_again_for_later(
        db, monkeypatch, site_task, broken, kwargs):
    def broken_function(*args, **kwargs):
        raise TransientFailure("the server does not answer")

    monkeypatch.setattr(broken, broken_function)
    if site_task is store_result:  # a page the checker reads, so that it is reached
        monkeypatch.setattr("pages.plain_language.tasks.is_checked", lambda model: True)
        kwargs = {"page_id": make_site().pk}
    before = timezone.now()
    with queue_on_database(), pytest.raises(TransientFailure):
        site_task.call(**kwargs)
    again = DBTaskResult.objects.get(task_path=site_task.module_path)
    assert again.status == TaskResultStatus.READY
    assert again.args_kwargs["kwargs"] == {**kwargs, "retry_attempt": 2}
    assert again.run_after >= before + datetime.timedelta(seconds=DEFAULT_DELAYS[0])


def test_without_a_queue_that_can_wait_a_failure_is_recorded_once(db, monkeypatch):
    """The immediate backend (a site without a worker): nothing is queued
    again, the failure is in the result."""
    calls = []

    def broken(*args, **kwargs):
        calls.append(1)
        raise TransientFailure("no browser")

    monkeypatch.setattr("accessibility.tasks.run_audit", broken)
    result = audit_page.enqueue(1)
    assert result.status == TaskResultStatus.FAILED
    assert calls == [1]


def test_the_waits_grow_and_the_last_one_repeats(settings):
    assert [delay_after(attempt) for attempt in range(1, 6)] == [60, 300, 1800, 7200, 7200]
    assert max_attempts() == 5
    settings.BALISE_TASK_RETRY_DELAYS = [1, 2]
    assert [delay_after(attempt) for attempt in (1, 2, 3)] == [1, 2, 2]
    assert max_attempts() == 3
    assert EMAIL_MAX_ATTEMPTS == 5  # the e-mail log's own limit
