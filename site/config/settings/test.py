"""Fast, isolated settings for the test suite: a throw-away SQLite file (or
a test database on the PostgreSQL server of DATABASE_URL), MD5 hashing,
local-memory e-mail and cache (Redis when REDIS_URL is set), tasks run at once."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Local memory, or the Redis server named by REDIS_URL (base.py; bin/test's
# PostgreSQL run): the suite passes on both.
if not os.environ.get("REDIS_URL"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
else:
    # this run's own keys, emptied without touching another run's (tests/redis_cache.py);
    # a process the tests start (a task worker) inherits the prefix through the environment
    os.environ.setdefault("BALISE_TEST_CACHE_PREFIX", f"balise-test-{os.getpid()}")
    CACHES["default"].update(BACKEND="tests.redis_cache.RunOwnRedisCache",  # noqa: F405
                             KEY_PREFIX=os.environ["BALISE_TEST_CACHE_PREFIX"])
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
_tmp = Path(tempfile.mkdtemp(prefix="balise-test-"))
MEDIA_ROOT = str(_tmp / "media")
BALISE_SEARCH_INDEX_DIR = str(_tmp / "search-index")
# Plain static storage: the tests need no collectstatic. whitenoise looks at
# STATIC_ROOT once at start-up; an empty folder keeps it quiet.
STATIC_ROOT = str(_tmp / "static")
Path(STATIC_ROOT).mkdir()
# django-axes needs a request for every authenticate(); Client.login() gives
# none. The sign-in tests turn it on (tests/site/test_admin_sign_in.py).
AXES_ENABLED = False
ALLOWED_HOSTS = ["*"]
# The test database in a file of this run's own folder, not in memory: the live
# server's threads then each open their own connection, as a real server's
# workers do (with an in-memory database they would all share the test's one
# connection and its transaction state), and concurrent requests really
# compete for SQLite's write lock (tests/site/test_concurrent_submissions.py).
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(_tmp / "test.sqlite3")}  # noqa: F405
# Publishing audits the page in a real browser (issue 12): with tasks run at
# once, every page a test publishes would start Chromium. The tests of that
# audit turn it on themselves.
BALISE_ACCESSIBILITY = {"AUDIT_ON_PUBLISH": False}
