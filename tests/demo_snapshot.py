"""A copy of the seeded demo, put back before each live-server test.

Live-server tests run on a committed database that pytest-django empties
after each test. Seeding the demo again through ``seed_demo`` took 22-28 s
for each of them, about nine minutes of the suite; putting back a copy of the
database and of the search index taken right after the first seeding gives
the same demo, with the same ids, in well under a second.

SQLite copies a whole database with its online backup API, into memory and
back; PostgreSQL copies each table with COPY (tests/demo_snapshot_postgres.py).
Another engine has no such copy here: ``restore`` says so and the caller
seeds again.
"""

import shutil
import sqlite3
import tempfile
from pathlib import Path

from django.core.cache import cache
from django.db import connection

from tests import demo_snapshot_postgres


class DemoSnapshot:
    def __init__(self):
        self.database = None
        self.index_copy = None
        self.index_path = None

    @property
    def taken(self):
        return self.database is not None

    def take(self):
        """Copy the database and the search index as they are now."""
        if connection.vendor == "postgresql":
            self.database = demo_snapshot_postgres.take()
        elif connection.vendor == "sqlite":
            connection.ensure_connection()
            copy = sqlite3.connect(":memory:", check_same_thread=False)
            connection.connection.backup(copy)
            self.database = copy
        else:
            return
        self.index_path = search_index_path()
        if self.index_path and Path(self.index_path).exists():
            self.index_copy = Path(tempfile.mkdtemp(prefix="balise-demo-index-")) / "index"
            shutil.copytree(self.index_path, self.index_copy, symlinks=True)

    def restore(self):
        """Put the copy back; False when there is none to put back."""
        if not self.taken or connection.vendor not in {"sqlite", "postgresql"}:
            return False
        if connection.vendor == "postgresql":
            demo_snapshot_postgres.restore(self.database)
        else:
            connection.ensure_connection()
            self.database.backup(connection.connection)
        if self.index_copy is not None:
            shutil.rmtree(self.index_path, ignore_errors=True)
            shutil.copytree(self.index_copy, self.index_path, symlinks=True)
        from django.contrib.contenttypes.models import ContentType

        # ids cached from the database the test emptied (content types are
        # created again, with other ids, after each flush)
        ContentType.objects.clear_cache()
        cache.clear()
        return True


def search_index_path():
    """The folder of the Whoosh index, when the site has one."""
    from django.conf import settings
    from wagtail.search.backends import get_search_backend

    if "whoosh" not in (getattr(settings, "WAGTAILSEARCH_BACKENDS", None) or {}):
        return None
    store = getattr(get_search_backend("whoosh"), "store", None)
    return getattr(store, "path", None)


snapshot = DemoSnapshot()
