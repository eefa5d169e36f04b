"""Tasks that fail on purpose, for tests/site/test_worker_retries.py: the
worker process imports them by their path, as it does the site's tasks."""

from pathlib import Path

from pages.background.retrying import retried_task


class TransientFailure(Exception):
    """A server that does not answer yet."""


@retried_task()
def fails_until(counter, succeeds_at):
    """Counts its attempts in the file ``counter``; fails before attempt
    ``succeeds_at`` (0: always)."""
    path = Path(counter)
    attempt = int(path.read_text() or 0) + 1 if path.exists() else 1
    path.write_text(str(attempt))
    if succeeds_at == 0 or attempt < succeeds_at:
        raise TransientFailure(f"attempt {attempt} failed")
    return attempt
