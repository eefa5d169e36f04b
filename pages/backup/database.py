"""The database part of a backup: Django's own serialisation (``dumpdata``
and ``loaddata``), which every database engine reads, rather than an
engine's own dump that only that engine can load. Rows keep their ids, so
the backup loads into a database migrated by the same version of the code."""

from pathlib import Path

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.core.management.sql import emit_post_migrate_signal
from django.db import connection, transaction
from django.db.migrations.recorder import MigrationRecorder

# Rebuilt on the target, or not worth keeping: the search index is rebuilt,
# sessions and sign-in failures are transient. Content types and permissions
# are kept with their ids, so every row that points to one (pages, generic
# relations, groups) loads as it was; natural keys would not do: Wagtail's
# page history keeps the ids of deleted pages, which have no natural key.
LEFT_OUT = [
    "sessions",
    "wagtailsearch.indexentry",
    "wagtailsearch.sqliteftsindexentry",  # its words, on SQLite
    "axes",
]


FIRST = ["contenttypes", "auth.permission"]


def dump(folder):
    """Write the database to ``folder`` as JSON files, returned in the order
    they must be loaded: content types first, because loading a row can
    make a signal handler look one up (and create it, with another id)."""
    first, rest = Path(folder) / "database-types.json", Path(folder) / "database.json"
    left_out = [label for label in LEFT_OUT + FIRST if _installed(label)]
    # One consistent picture while the site keeps running: PostgreSQL reads a
    # snapshot; SQLite holds its write lock meanwhile (writers wait, up to its
    # busy timeout: a few seconds for a site of the demo's size).
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        call_command("dumpdata", *FIRST, output=str(first), verbosity=0)
        call_command("dumpdata", exclude=left_out, output=str(rest), verbosity=0)
    return [first, rest]


def _installed(label):
    """An app label or an ``app.model`` of this site (dumpdata refuses others)."""
    app_label, _, model = label.partition(".")
    try:
        config = apps.get_app_config(app_label)
        if model:
            config.get_model(model)
    except LookupError:
        return False
    return True


def applied_migrations():
    return sorted(f"{app}.{name}" for app, name in
                  MigrationRecorder(connection).applied_migrations())


def holds_content():
    """Whether the database has anything beyond what ``migrate`` creates:
    a user account, or a page other than the root and Wagtail's initial
    "Welcome" page."""
    from wagtail.models import Page

    if get_user_model().objects.exists():
        return True
    return Page.objects.filter(depth__gte=3).exists() or Page.objects.filter(
        depth=2).exclude(content_type__app_label="wagtailcore",
                         content_type__model="page").exists()


def load(paths):
    """Replace everything in the database with the dump, in one transaction:
    a failure leaves the database as it was."""
    with transaction.atomic():
        # empty every table, content types included: the dump brings its own
        call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
        ContentType.objects.clear_cache()
        call_command("loaddata", *[str(path) for path in paths], verbosity=0)
        ContentType.objects.clear_cache()
        # content types and permissions of apps newer than the backup
        emit_post_migrate_signal(verbosity=0, interactive=False, db=connection.alias)
