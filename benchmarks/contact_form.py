"""Contact form submissions per second, and their latency, on the reference
site served by gunicorn on SQLite, with 1, 10 and 50 concurrent clients.

Builds the demo in a throw-away folder (``BALISE_VAR_DIR``: ``migrate``,
``seed_demo``, ``collectstatic``), then starts gunicorn on 127.0.0.1 with
``deploy/gunicorn.conf.py`` (``served_site``, shared with ``load.py``) and the
production settings (``config.settings.production``: DEBUG off, hashed static
files, the e-mails through the database task queue) and one change: the
submission throttle (``BALISE_FORMS["SUBMISSIONS_PER_HOUR"]``, per client
address) is lifted, since every client here comes from 127.0.0.1 and the
benchmark measures the server, not the throttle.

Each client has its own HTTP session: it opens the demo's "Poser une
question" form once (cookie and security token, as a browser does), then
sends it again and again with a new address each time; the time measured is
the POST's round trip (the answer is the redirect to the confirmation). A
submission counts as accepted when it gets that redirect. Afterwards the
database is read: every accepted submission must be stored, with its
acknowledgement e-mail logged and queued (no worker runs meanwhile, so they
stay queued).

The baseline, measured in the same run at the same concurrency, is a GET of
an information page of the same site: the ratios say what a submission costs
over a page view. Columns: accepted requests per second, the round trip's
median and 95th percentile, requests refused (any other answer), the CPU the
server's processes used per request (read from /proc: unlike the times, it
hardly depends on what else the shared machine is doing), and the share of a
core the clients used. The machine's load is printed before and after.

gunicorn: 2 worker processes (one per core: Django's work is CPU-bound Python,
which the GIL keeps to one core per process), one request at a time each,
as deploy/gunicorn.conf.py runs them (measured there against 2 and 4 threads:
threads fight for a process's GIL). Change with --workers / --threads.

The clients run in this process, on the same 2 cores as the server: the
figures are a lower bound of what the server does alone.

Run:
    .venv/bin/python benchmarks/contact_form.py
    .venv/bin/python benchmarks/contact_form.py --posts 300 --workers 3 --threads 4

No figure here is an assertion: tests/site/test_concurrent_submissions.py
checks that concurrent submissions are all stored; nothing is timed there.
"""

import argparse
import concurrent.futures
import os
import re
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import served_site  # noqa: E402

_TMP = Path(tempfile.mkdtemp(prefix="balise-bench-forms-"))
# The production settings, the throttle lifted: everything else as a server runs it.
BENCH_SETTINGS = """
from config.settings.production import *  # noqa: F403

BALISE_FORMS = {**BALISE_FORMS, "SUBMISSIONS_PER_HOUR": 10**9}  # noqa: F405
"""
served_site.configure(_TMP, BENCH_SETTINGS)

import django  # noqa: E402

django.setup()

import requests  # noqa: E402
from django.conf import settings  # noqa: E402
from django_tasks_db.models import DBTaskResult  # noqa: E402
from gunicorn import __version__ as gunicorn_version  # noqa: E402

from forms.email_log import OutgoingEmail  # noqa: E402
from forms.models import ContactFormPage, ContactSubmission  # noqa: E402
from pages.models import InformationPage  # noqa: E402

TOKEN = re.compile(r'name="balise_form_token" value="([^"]+)"')
TIMEOUT = 60  # seconds for one request: a bound, never expected


def start_gunicorn(workers, threads):
    """deploy/gunicorn.conf.py on a free loopback port, as deploy/ runs it."""
    server = served_site.Gunicorn(_TMP, served_site.free_port(), workers, threads)
    return server.wait_until_ready()


class Counter:
    """Thread-safe numbering, so that every submission has its own address."""

    def __init__(self):
        self._lock = threading.Lock()
        self._next = 0

    def __call__(self):
        with self._lock:
            self._next += 1
            return self._next


def post_client(form_url, topic, posts, numbers, together):
    """One citizen's browser: opens the form once, then sends ``posts``
    requests. Returns (accepted, timings in ms, other statuses)."""
    timings, accepted, refused = [], 0, []
    with requests.Session() as session:
        page = session.get(f"{form_url}?topic={topic}", timeout=TIMEOUT)
        token = TOKEN.search(page.text).group(1)
        together.wait(timeout=TIMEOUT)
        for _ in range(posts):
            address = f"citizen.{numbers()}@example.org"
            data = {"balise_form_token": token, "topic": topic,
                    "votre_question": "Comment demander le revenu d'intégration ?",
                    "reply_by": "email", "reply_email": address,
                    "reply_email_again": address, "website_address": ""}
            started = time.perf_counter()
            response = session.post(form_url, data=data, allow_redirects=False,
                                    timeout=TIMEOUT)
            timings.append((time.perf_counter() - started) * 1000)
            if response.status_code == 302 and "?done=" in response.headers.get("Location", ""):
                accepted += 1
            else:
                refused.append(response.status_code)
    return accepted, timings, refused


def get_client(url, requests_count, together):
    timings, refused = [], []
    with requests.Session() as session:
        session.get(url, timeout=TIMEOUT)
        together.wait(timeout=TIMEOUT)
        for _ in range(requests_count):
            started = time.perf_counter()
            response = session.get(url, timeout=TIMEOUT)
            timings.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                refused.append(response.status_code)
    return requests_count - len(refused), timings, refused


class Run:
    """``clients`` threads doing ``work`` together: what was done and how fast."""

    def __init__(self, server, clients, work, *arguments):
        together = threading.Barrier(clients + 1)
        with concurrent.futures.ThreadPoolExecutor(max_workers=clients) as pool:
            futures = [pool.submit(work, *arguments, together) for _ in range(clients)]
            together.wait(timeout=TIMEOUT)
            started, cpu = time.perf_counter(), time.process_time()
            server_cpu = server.cpu_seconds()
            results = [future.result() for future in futures]
            self.seconds = time.perf_counter() - started
            self.server_cpu = server.cpu_seconds() - server_cpu
            self.client_cpu = (time.process_time() - cpu) / self.seconds
        self.done = sum(result[0] for result in results)
        self.timings = [ms for result in results for ms in result[1]]
        self.refused = [status for result in results for status in result[2]]
        self.rate = self.done / self.seconds
        self.p50 = statistics.median(self.timings)
        self.p95 = percentile(self.timings, 0.95)
        self.cpu_ms = self.server_cpu * 1000 / len(self.timings)

    def row(self, clients, what, baseline=None):
        line = (f"{clients:7d} {what:10} {self.rate:7.1f} {self.p50:8.1f} {self.p95:8.1f} "
                f"{len(self.refused):7d} {self.cpu_ms:10.1f} {self.client_cpu:8.0%}")
        if baseline is not None:
            line += (f" {ratio(self.p50, baseline.p50):8.2f} "
                     f"{ratio(self.rate, baseline.rate):8.2f} "
                     f"{ratio(self.cpu_ms, baseline.cpu_ms):8.2f}")
        if self.refused:
            line += f"  statuses: {sorted(set(self.refused))}"
        return line


def ratio(value, base):
    """nan when the base is 0 (a few fast requests may cost less than one
    tick of the CPU clock)."""
    return value / base if base else float("nan")


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=500,
                        help="submissions (and baseline page views) per concurrency level")
    parser.add_argument("--clients", default="1,10,50", help="concurrency levels")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=1, help="threads per worker")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    levels = [int(level) for level in args.clients.split(",")]

    seconds = served_site.build_demo(_TMP)
    print(f"Demo built in a temporary database in {seconds:.1f} s ({_TMP}"
          f"{'' if args.keep else ', removed at the end'}).")
    form = ContactFormPage.objects.filter(locale__language_code="fr",
                                          kind="question").order_by("path")[0]
    topic = form.topics.order_by("sort_order").first().pk
    plain = InformationPage.objects.live().filter(locale__language_code="fr").order_by("path")[0]
    server = start_gunicorn(args.workers, args.threads)
    base = server.base
    database = settings.DATABASES["default"]
    print(f"gunicorn {gunicorn_version} {args.workers} workers x {args.threads} threads "
          f"(gthread), production settings; SQLite {database['OPTIONS']}, connections kept "
          f"{database['CONN_MAX_AGE']} s;")
    print("the submission throttle is lifted (BALISE_FORMS SUBMISSIONS_PER_HOUR): every "
          "client is 127.0.0.1, and this measures the server, not the throttle.")
    print(f"POST {form.url} (topic {topic}), baseline GET {plain.url}; "
          f"{args.posts} requests per level.\n")
    numbers = Counter()
    accepted_total = 0
    print(f"Machine load (1 min) before the runs: {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} cores.")
    header = (f"{'clients':>7} {'what':10} {'per s':>7} {'p50 ms':>8} {'p95 ms':>8} "
              f"{'refused':>7} {'server CPU':>10} {'clients':>8} {'× base':>8} {'× base':>8}"
              f" {'× base':>8}\n{'':7} {'':10} {'':>7} {'':>8} {'':>8} {'':>7} "
              f"{'ms / req':>10} {'CPU':>8} {'p50':>8} {'per s':>8} {'CPU':>8}")
    print(header)
    print("-" * len(header.splitlines()[0]))
    try:
        # Warm up every worker: templates, the page frame's cache, the first connection.
        before_warm_up = ContactSubmission.objects.count()  # the demo's example requests
        Run(server, args.workers * args.threads, post_client, base + form.url, topic, 2, numbers)
        Run(server, args.workers * args.threads, get_client, base + plain.url, 5)
        warm_up = ContactSubmission.objects.count()
        for clients in levels:
            each = max(1, args.posts // clients)
            baseline = Run(server, clients, get_client, base + plain.url, each)
            print(baseline.row(clients, "page view"))
            submissions = Run(server, clients, post_client, base + form.url, topic, each,
                              numbers)
            accepted_total += submissions.done
            print(submissions.row(clients, "submission", baseline))
    finally:
        server.stop()
    print(f"Machine load (1 min) after the runs: {os.getloadavg()[0]:.1f}.")

    stored = ContactSubmission.objects.count() - warm_up
    acknowledgements = OutgoingEmail.objects.filter(
        kind=OutgoingEmail.ACKNOWLEDGEMENT, submission__email__startswith="citizen.").count()
    queued = DBTaskResult.objects.filter(task_path="forms.tasks.send_email").count()
    lost = accepted_total - stored
    print(f"\nAccepted submissions: {accepted_total}; stored rows (warm-up left out): "
          f"{stored}; {'nothing lost' if lost == 0 else f'{lost} LOST'}.")
    print(f"Acknowledgements logged: {acknowledgements} (with the warm-up's "
          f"{warm_up - before_warm_up}); e-mail tasks queued: {queued}.")
    print("Target (issue 8): at least 100 accepted submissions per second at 10 clients, "
          "p95 under 150 ms.")
    if not args.keep:
        shutil.rmtree(_TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
