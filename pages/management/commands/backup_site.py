"""``manage.py backup_site OUT.tar.gz``: the database and the uploaded files
in one archive (pages/backup). Run it daily from the purge timer or cron,
and keep copies elsewhere: the archive holds citizens' requests."""

from django.core.management.base import BaseCommand, CommandError

from ...backup import BackupError, backup_site


class Command(BaseCommand):
    help = ("Write the database (portable JSON), the media and the citizens' documents to one "
            ".tar.gz. The search index is left out: restore_site rebuilds it.")

    def add_arguments(self, parser):
        parser.add_argument("out", help="the archive to write, e.g. balise-2026-12-01.tar.gz")

    def handle(self, *args, out, **options):
        try:
            summary = backup_site(out)
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Backup written to {out}: the database and {summary['files']} "
                          f"files, {summary['bytes'] / 1e6:.1f} MB.")
