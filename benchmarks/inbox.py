"""The front office's inbox with many requests: time and SQL queries of its
first page, a filtered page, a search by reference and a request's page.

Builds the demo in a throw-away SQLite database (``migrate``, ``seed_demo``:
its services, staff and forms), adds N requests (default 100,000) spread over
the demo forms, the four languages, both services and every status, a tenth
of the open ones overdue, then asks each inbox view R times with Django's
test client as two users: the front office (reads everything the forms
receive) and the staff of one service (reads its own requests only). It
prints the median and 95th percentile of the server time and the queries of
one request.

The baseline, measured in the same run on the same database, is the same
views with 1,000 requests: the ratio says how the inbox grows with the
register (the target: the first page under 100 ms with 100,000 requests, the
queries the same whatever the number).

Run:
    .venv/bin/python benchmarks/inbox.py                 # 100,000 requests
    .venv/bin/python benchmarks/inbox.py --requests 20000 --repeat 20

No figure here is an assertion; tests/forms count queries, never time.
"""

import argparse
import datetime
import logging
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]
_TMP = Path(tempfile.mkdtemp(prefix="balise-bench-inbox-"))
os.environ["BALISE_VAR_DIR"] = str(_TMP)
os.environ["DATABASE_URL"] = f"sqlite:///{_TMP / 'bench.sqlite3'}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()
logging.getLogger("django.request").setLevel(logging.ERROR)

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402

from forms import references  # noqa: E402
from forms.models import ContactFormPage, ContactSubmission, Service  # noqa: E402

STATUSES = ["received", "in_progress", "answered", "closed"]
BATCH = 5000


def build_demo():
    call_command("migrate", verbosity=0)
    call_command("seed_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115


def add_requests(count, rng):
    """``count`` more requests, written in batches; returns the time it took."""
    forms = list(ContactFormPage.objects.all())
    services = list(Service.objects.filter(locale__language_code="fr"))
    today = timezone.localdate()
    now = timezone.now()
    taken = set(ContactSubmission.objects.values_list("reference", flat=True))
    started = time.perf_counter()
    rows = []
    for _ in range(count):
        reference = references.new_reference(rng)
        while reference in taken:
            reference = references.new_reference(rng)
        taken.add(reference)
        page = rng.choice(forms)
        status = rng.choice(STATUSES)
        overdue = status in ("received", "in_progress") and rng.random() < 0.1
        due = today + datetime.timedelta(days=-rng.randint(1, 30) if overdue
                                         else rng.randint(0, 20))
        rows.append(ContactSubmission(
            reference=reference, page=page, form_data={"question": "Une question."},
            topic="", service="Le service social", assigned_to=rng.choice(services),
            reply_by="email", email=f"person{len(taken)}@example.org", status=status,
            kind=page.kind, due_date=due, locale_id=page.locale_id,
            translation_key=page.translation_key,
            closed_at=now if status == "closed" else None))
        if len(rows) == BATCH:
            with transaction.atomic():
                ContactSubmission.objects.bulk_create(rows)
            rows = []
    if rows:
        with transaction.atomic():
            ContactSubmission.objects.bulk_create(rows)
    return time.perf_counter() - started


def measure(client, url, repeat):
    client.get(url)  # warm: the caches a running site has
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1], len(queries)


def views(rng):
    reference = ContactSubmission.objects.order_by("?").values_list("reference", flat=True)[0]
    service = Service.objects.filter(locale__language_code="fr").first()
    submission = ContactSubmission.objects.filter(assigned_to=service).first()
    index = reverse("balise_inbox:index")
    return [
        ("inbox, first page", index),
        ("overdue, one service", f"{index}?overdue=1&service={service.pk}"),
        ("search by reference", f"{index}?reference={reference.lower().replace('-', ' ')}"),
        ("status: in progress", f"{index}?status=in_progress"),
        ("a request's page", reverse("balise_inbox:detail", args=[submission.pk])),
    ]


def run(users, repeat, rng):
    results = {}
    for who, user in users.items():
        client = Client()
        client.force_login(user)
        for label, url in views(rng):
            results[(who, label)] = measure(client, url, repeat)
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--baseline", type=int, default=1_000)
    parser.add_argument("--repeat", type=int, default=30)
    options = parser.parse_args()
    rng = random.Random(8)  # noqa: S311 (repeatable test data, not a secret)
    started = time.perf_counter()
    build_demo()
    print(f"Demo built in {time.perf_counter() - started:.1f} s ({_TMP}).")
    User = get_user_model()
    users = {"front office": User.objects.get(username="accueil"),
             "service staff": User.objects.get(username="social")}
    with override_settings(ALLOWED_HOSTS=["*"]):
        took = add_requests(options.baseline, rng)
        base_count = ContactSubmission.objects.count()
        print(f"Baseline: {base_count:,} requests ({took:.1f} s to write).")
        baseline = run(users, options.repeat, rng)
        took = add_requests(options.requests - base_count, rng)
        count = ContactSubmission.objects.count()
        print(f"Then {count:,} requests ({took:.1f} s to write).")
        large = run(users, options.repeat, rng)
    print()
    header = (f"{'user':14} {'view':22} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}"
              f"   {'× base p50':>10} {'base queries':>12}")
    print(header)
    print("-" * len(header))
    for key, (p50, p95, queries) in large.items():
        base_p50, _base_p95, base_queries = baseline[key]
        who, label = key
        print(f"{who:14} {label:22} {p50:8.1f} {p95:8.1f} {queries:8d}   "
              f"{p50 / base_p50:10.2f} {base_queries:12d}")
    first = large[("front office", "inbox, first page")]
    print(f"\nTarget (issue 9): the inbox's first page under 100 ms with {count:,} requests "
          f"(front office p50 {first[0]:.1f} ms), queries constant in the number of requests.")


if __name__ == "__main__":
    main()
