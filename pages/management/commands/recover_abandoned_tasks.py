"""Queue again the background tasks a killed worker left "running".

Run by the worker's systemd unit before each start (ExecStartPre) with the
worker's own id: whatever that id still holds was abandoned by the previous
process. ``--older-than`` is for a pool of workers on several machines
(from a timer), with a limit longer than any task takes."""

from django.core.management.base import BaseCommand, CommandError

from pages.background.recovery import recover


class Command(BaseCommand):
    help = "Queue again the tasks left running by a worker that stopped in the middle."

    def add_arguments(self, parser):
        parser.add_argument("--worker-id", help="The id of the worker about to start "
                            "(the same as db_worker --worker-id).")
        parser.add_argument("--older-than", type=int, metavar="MINUTES",
                            help="Also tasks running for longer than this.")

    def handle(self, *args, worker_id=None, older_than=None, **options):
        if not worker_id and older_than is None:
            raise CommandError("Give --worker-id or --older-than.")
        if older_than is not None and older_than < 1:
            raise CommandError("--older-than must be at least 1 minute.")
        count = recover(worker_id=worker_id or None, older_than_minutes=older_than)
        self.stdout.write(f"Queued again {count} abandoned task(s).")
