"""Trying a background task again later when it fails for a reason that may
pass: a mail server or a browser that does not answer, a database busy for a
moment, a file system full for an hour.

``retried_task`` replaces ``@task()``: when the function raises, the same
task is queued again with ``run_after`` moved on by the next delay (1 min,
5 min, 30 min, 2 h, then it gives up), and the failure is still recorded
(each attempt's task result keeps its traceback, for staff in the task
admin, and a log line says whether it will be tried again). The attempt
number travels with the task as the keyword ``retry_attempt``.

With a backend that cannot wait (the immediate backend of the tests, a site
without a worker) nothing is queued again: the failure is recorded once.

The contact-form e-mails keep their own attempts counter, visible in the
e-mail log (``forms.tasks``), but wait the same delays (``delay_after``).
"""

import datetime
import functools
import logging

from django.conf import settings
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger("balise.tasks")

# Wait after failed attempt n (1-based): 1 min, 5 min, 30 min, 2 h.
# ``BALISE_TASK_RETRY_DELAYS`` (seconds) replaces them (the tests' worker).
DEFAULT_DELAYS = (60, 300, 1800, 7200)


def retry_delays():
    return tuple(getattr(settings, "BALISE_TASK_RETRY_DELAYS", None) or DEFAULT_DELAYS)


def delay_after(attempt):
    """Seconds to wait after failed attempt ``attempt`` (1-based); the last
    delay repeats."""
    delays = retry_delays()
    return delays[max(1, min(attempt, len(delays))) - 1]


def max_attempts():
    """One first attempt, then one more after each delay."""
    return len(retry_delays()) + 1


def queue_again(chosen_task, attempt, args, kwargs, error):
    """Queue attempt ``attempt + 1`` unless it was the last or the backend
    cannot wait; returns the new task result, or None."""
    name = chosen_task.module_path
    if attempt >= max_attempts():
        logger.error("Task %s failed %d times and was given up: %s", name, attempt,
                     _short(error))
        return None
    if not chosen_task.get_backend().supports_defer:
        logger.error("Task %s failed (no queue to try it again): %s", name, _short(error))
        return None
    delay = delay_after(attempt)
    later = chosen_task.using(run_after=timezone.now() + datetime.timedelta(seconds=delay))
    result = later.enqueue(*args, retry_attempt=attempt + 1, **kwargs)
    logger.warning("Task %s failed (attempt %d), tried again in %d s: %s", name, attempt,
                   delay, _short(error))
    return result


def _short(error):
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}"[:200]


def retried_task(**task_options):
    """``@task(**task_options)`` whose failures are tried again later."""
    def decorate(func):
        @functools.wraps(func)
        def attempt(*args, retry_attempt=1, **kwargs):
            try:
                return func(*args, **kwargs)
            except Exception as error:
                queue_again(queued, retry_attempt, args, kwargs, error)
                raise

        queued = task(**task_options)(attempt)
        return queued

    return decorate
