"""What every background task shares, whatever queue runs it: trying again
later after a failure that may pass (``retrying``), and running again a task
whose worker died in the middle of it (``recovery``).

The queue is django-tasks' database backend and its ``db_worker``
(deploy/systemd/balise-worker.service). The database keeps the queue, so a
worker stopped or restarted loses nothing; what django-tasks-db does not do
(a task left "running" by a worker that was killed stays so for ever) is
done here, by ``manage.py recover_abandoned_tasks`` before each start.
"""
