from django.core.management.base import BaseCommand

from pages.search.terms import oldest_day_kept, purge_old_terms


class Command(BaseCommand):
    help = ('Delete the search terms report\'s daily counts older than '
            'BALISE_PAGES["SEARCH_TERMS_DAYS"] (90 days by default). Run it every day.')

    def handle(self, *args, **options):
        deleted = purge_old_terms()
        self.stdout.write(f"{deleted} daily counts before {oldest_day_kept():%Y-%m-%d} deleted")
