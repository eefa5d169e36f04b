"""Running again the tasks a worker left "running" when it died.

django-tasks-db marks a task RUNNING when a worker takes it and finished
when it ends. A worker killed in between (SIGKILL, out of memory, power
cut) leaves the row RUNNING, and no worker ever takes it again. Two safe
ways to know a RUNNING task has no worker any more:

- it was taken by a worker id that is starting again: each worker of the
  systemd unit has a fixed id (``--worker-id``), and the unit runs
  ``manage.py recover_abandoned_tasks --worker-id`` with the same id before
  the worker starts (ExecStartPre), when the previous process is gone;
- it has been running for longer than any task can (``--older-than``), for
  a pool where a whole machine may disappear.

A task that must tidy up before it runs again (a claimed e-mail) registers
a function with ``when_abandoned``; it is called with the task's arguments,
in the same transaction that puts the task back in the queue.
"""

import datetime
import logging

from django.db import transaction
from django.utils import timezone
from django_tasks.base import TaskResultStatus

logger = logging.getLogger("balise.tasks")

ON_ABANDONED = {}


def when_abandoned(abandoned_task):
    """Register ``func(*args, **kwargs)`` to run before an abandoned run of
    ``abandoned_task`` is queued again."""
    def register(func):
        ON_ABANDONED[abandoned_task.module_path] = func
        return func

    return register


def abandoned(worker_id=None, older_than=None):
    """RUNNING task rows last taken by ``worker_id``, or started more than
    ``older_than`` (a timedelta) ago."""
    from django_tasks_db.models import DBTaskResult  # not while apps load (forms.tasks)

    rows = []
    for row in DBTaskResult.objects.running().order_by("started_at"):
        by_worker = worker_id is not None and row.worker_ids[-1:] == [worker_id]
        too_old = (older_than is not None and row.started_at is not None
                   and row.started_at < timezone.now() - older_than)
        if by_worker or too_old:
            rows.append(row)
    return rows


def requeue(row):
    """Put one abandoned task back in the queue (once: another recovery
    running at the same moment finds it no longer RUNNING)."""
    from django_tasks_db.models import DBTaskResult

    args, kwargs = row.args_kwargs["args"], row.args_kwargs["kwargs"]
    with transaction.atomic():
        taken = DBTaskResult.objects.filter(
            pk=row.pk, status=TaskResultStatus.RUNNING, started_at=row.started_at,
        ).update(status=TaskResultStatus.READY, started_at=None)
        if not taken:
            return False
        try:
            row.task  # imports the task's module, which registers its tidy-up  # noqa: B018
        except Exception:  # noqa: BLE001 - a task that no longer exists still runs (and fails)
            logger.exception("Task %s (%s) cannot be imported", row.pk, row.task_path)
        tidy_up = ON_ABANDONED.get(row.task_path)
        if tidy_up is not None:
            tidy_up(*args, **kwargs)
    logger.warning("Task %s (%s) was left running by worker %s: queued again", row.pk,
                   row.task_path, ",".join(row.worker_ids[-1:]) or "?")
    return True


def recover(worker_id=None, older_than_minutes=None):
    """Queue again every abandoned task; returns how many."""
    older_than = (datetime.timedelta(minutes=older_than_minutes)
                  if older_than_minutes is not None else None)
    return sum(requeue(row) for row in abandoned(worker_id, older_than))
