"""Settings of the real ``manage.py db_worker`` the worker tests start: the
test settings, with the database queue, the test run's own database (handed
over by the test, SQLite file or PostgreSQL) and e-mail that another
process can count (files, or the loopback SMTP server of the test)."""

import json
import os

from config.settings.test import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
DATABASES = {"default": json.loads(os.environ["BALISE_WORKER_DATABASE"])}
if os.environ.get("BALISE_WORKER_SMTP_PORT"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = "127.0.0.1"
    EMAIL_PORT = int(os.environ["BALISE_WORKER_SMTP_PORT"])
    EMAIL_TIMEOUT = 10
else:
    EMAIL_BACKEND = "tests.site.worker_mail.HeldFileBackend"
    EMAIL_FILE_PATH = os.environ["BALISE_WORKER_MAIL_DIR"]
if os.environ.get("BALISE_WORKER_RETRY_DELAYS"):
    BALISE_TASK_RETRY_DELAYS = json.loads(os.environ["BALISE_WORKER_RETRY_DELAYS"])
