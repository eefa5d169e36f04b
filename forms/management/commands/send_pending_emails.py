"""Try again the e-mails of contact requests that are still waiting or failed.

Run it from cron (for example every 15 minutes) and after the mail server
was down. A message already sent is never sent again."""

from django.core.management.base import BaseCommand

from forms.tasks import MAX_ATTEMPTS, retry_pending


class Command(BaseCommand):
    help = ("Queue again the contact-form e-mails that are waiting or failed "
            f"(failed ones below {MAX_ATTEMPTS} attempts, unless --all).")

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", dest="include_exhausted",
                            help=f"Also retry messages that failed {MAX_ATTEMPTS} times.")
        parser.add_argument("--now", action="store_true",
                            help="Send here and now instead of queueing for the worker.")

    def handle(self, *args, include_exhausted=False, now=False, **options):
        count = retry_pending(include_exhausted=include_exhausted, now=now)
        verb = "Sent or tried" if now else "Queued"
        self.stdout.write(f"{verb} {count} e-mail(s).")
