"""Delete the contact requests past their form's retention period.

Run it daily from cron, for example::

    0 3 * * * cd /srv/balise && .venv/bin/python site/manage.py purge_expired_submissions

It prints counts only, never a reference or any content (cron mails its
output)."""

from django.core.management.base import BaseCommand

from forms.purge import purge


class Command(BaseCommand):
    help = ("Delete the contact requests whose form's retention period, counted from the day "
            "they were closed, is over, with their documents, e-mails and history. Open "
            "requests are never deleted.")

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true",
                            help="Only say how much would be deleted.")

    def handle(self, *args, dry_run=False, **options):
        self.stdout.write(purge(dry_run=dry_run).summary(dry_run=dry_run))
