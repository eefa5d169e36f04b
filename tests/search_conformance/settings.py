"""Settings for modelsearch's own backend test suite run against Balise's
Whoosh backend: the plain ``modelsearch`` app and its test app (they cannot
sit beside ``wagtail.search``), SQLite (or DATABASE_URL's database), the
index in a temporary folder."""

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import dj_database_url

SECRET_KEY = "search-conformance-tests-only"
DEBUG = False
ALLOWED_HOSTS = ["testserver"]
USE_TZ = True
TIME_ZONE = "UTC"
INSTALLED_APPS = [
    "modelsearch.test.testapp",
    "modelsearch",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
# bin/test's PostgreSQL run: the models on PostgreSQL, the index still Whoosh's
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
FIXTURE_DIRS = [str(Path(__file__).parent / "fixtures")]
INDEX_DIR = tempfile.mkdtemp(prefix="balise-search-conformance-")
atexit.register(shutil.rmtree, INDEX_DIR, ignore_errors=True)
MODELSEARCH_BACKENDS = {"default": {"BACKEND": "pages.search.backend", "PATH": INDEX_DIR}}
