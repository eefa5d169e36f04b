from django.core.management.base import BaseCommand

from pages.usage.recording import oldest_day_kept, purge_old_counts


class Command(BaseCommand):
    help = ('Delete the daily use counts (Reports → Use of the site) older than '
            'BALISE_PAGES["USAGE_DAYS"] (two years by default). Run it every day.')

    def handle(self, *args, **options):
        deleted = purge_old_counts()
        self.stdout.write(f"{deleted} daily use counts before {oldest_day_kept():%Y-%m-%d} deleted")
