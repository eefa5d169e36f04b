"""Send each service's daily digest: requests due on the next working day
and overdue ones (``forms.digest``). Run it once a day from cron, for example
``0 7 * * 1-5``. It prints counts per service, never a request's content."""

from django.core.management.base import BaseCommand

from forms.digest import send_digests


class Command(BaseCommand):
    help = "E-mail each service the requests due on the next working day and those overdue."

    def handle(self, *args, **options):
        results = send_digests()
        for service, due, overdue, sent in results:
            state = "sent" if sent else ("nothing to send" if not due and not overdue
                                         else "NOT SENT (see the log)")
            self.stdout.write(f"Service {service.pk} ({service.name}): {due} due tomorrow, "
                              f"{overdue} overdue: {state}.")
        self.stdout.write(f"{sum(1 for *_rest, sent in results if sent)} digest(s) sent.")
