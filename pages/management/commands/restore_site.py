"""``manage.py restore_site IN.tar.gz``: put a backup_site archive back into
an empty database (after ``manage.py migrate``), then rebuild the search
index."""

from django.core.management.base import BaseCommand, CommandError

from ...backup import BackupError, restore_site


class Command(BaseCommand):
    help = ("Restore a backup_site archive into this site's database, which must be empty "
            "(freshly migrated) unless --force is given, and rebuild the search index.")

    def add_arguments(self, parser):
        parser.add_argument("archive", help="a .tar.gz written by backup_site")
        parser.add_argument("--force", action="store_true",
                            help="Replace everything in a database that already holds a site.")
        parser.add_argument("--no-index", action="store_true",
                            help="Do not rebuild the search index (run update_index later).")

    def handle(self, *args, archive, force=False, no_index=False, **options):
        try:
            summary = restore_site(archive, force=force, rebuild_index=not no_index)
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored the backup of {summary['created']}: the database and "
                          f"{summary['files']} files"
                          + ("." if no_index else "; the search index is rebuilt."))
