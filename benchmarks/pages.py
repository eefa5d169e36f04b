"""Server time and SQL queries per page type of the public site.

Builds the demo in a throw-away SQLite database (``migrate``, then
``seed_demo``), then asks for each page type (home, topic, information page,
contact page, search results, a 404) N times with Django's test client, in
one process, and prints the median and 95th percentile of the time the site
takes to answer (no network: the request goes straight to the WSGI handler),
with the number of SQL queries of one request.

The baseline, measured in the same run on the same database, is a bare
Wagtail ``Page`` served with Wagtail's minimal template (``wagtailcore/page.html``)
from a second site of plain Wagtail pages, without Balise's frame middleware:
what any Wagtail site pays to route a URL to a page and render it. The ratio
says what Balise's page frame (header, menu, language links, breadcrumb,
footer) and content cost on top of that.

"warm" is a reader after the first one (the caches a running site has);
"cold" empties Django's cache before every request (the first reader after a
restart or a publish).

Run:
    .venv/bin/python benchmarks/pages.py              # 50 requests per page type
    .venv/bin/python benchmarks/pages.py --requests 200 --language nl

No figure here is an assertion: the tests count queries (tests/pages/
test_query_counts.py), they never time anything.
"""

import argparse
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]
_TMP = Path(tempfile.mkdtemp(prefix="balise-bench-"))
os.environ["BALISE_VAR_DIR"] = str(_TMP)
os.environ["DATABASE_URL"] = f"sqlite:///{_TMP / 'bench.sqlite3'}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()
logging.getLogger("django.request").setLevel(logging.ERROR)  # the 404s asked for on purpose

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import translation  # noqa: E402
from wagtail.models import Page, Site  # noqa: E402

from pages.models import HomePage, InformationPage, ReachUsPage, TopicPage  # noqa: E402

WARM_UP = 3
BARE_HOST = "bare.example"
BASELINE = "baseline: bare Wagtail page"
SEARCH_WORDS = {"fr": "revenu", "nl": "leefloon", "de": "einkommen", "en": "income"}


def build_demo():
    started = time.perf_counter()
    call_command("migrate", verbosity=0, interactive=False)
    call_command("seed_demo", "--no-admin", verbosity=0)
    return time.perf_counter() - started


def urls_for(language):
    """One URL per page type, in ``language``, plus the bare Wagtail page."""
    home = HomePage.objects.get(locale__language_code=language)
    topic = TopicPage.objects.live().filter(locale__language_code=language).order_by("path")[0]
    information = (InformationPage.objects.live().child_of(topic).order_by("path").first()
                   or InformationPage.objects.live()
                   .filter(locale__language_code=language).order_by("path")[0])
    contact = ReachUsPage.objects.get(locale__language_code=language)
    bare_root = Page.get_first_root_node().add_child(
        instance=Page(title="Bare Wagtail site", slug="bare-wagtail-site"))
    bare_root.add_child(instance=Page(title="Bare Wagtail page", slug="bare-page"))
    Site.objects.create(hostname=BARE_HOST, port=80, root_page=bare_root)
    with translation.override(language):
        search = f"{reverse('search')}?q={SEARCH_WORDS.get(language, 'a')}"
    return {
        BASELINE: (f"/{language}/bare-page/", 200),
        "home": (home.url, 200),
        "topic": (topic.url, 200),
        "information page": (information.url, 200),
        "contact page": (contact.url, 200),
        "search results": (search, 200),
        "404": (f"/{language}/this-page-does-not-exist/", 404),
    }


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(client, url, status, requests, cold):
    for _ in range(WARM_UP):
        client.get(url)
    timings = []
    for _ in range(requests):
        if cold:
            cache.clear()
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        if response.status_code != status:
            raise SystemExit(f"{url} answered {response.status_code}, expected {status}")
    if cold:
        cache.clear()
    else:
        client.get(url)
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return statistics.median(timings), percentile(timings, 0.95), len(captured)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=50, help="requests per page type")
    parser.add_argument("--language", default="fr", choices=["fr", "nl", "de", "en"])
    args = parser.parse_args()

    seconds = build_demo()
    print(f"Demo built in a temporary database in {seconds:.1f} s ({_TMP}).")
    print(f"{args.requests} requests per page type, in '{args.language}', Django test client.\n")
    urls = urls_for(args.language)
    client = Client()
    plain_wagtail = [name for name in settings.MIDDLEWARE if not name.startswith("pages.")]
    for cold in (False, True):
        print("cold: the cache emptied before every request" if cold
              else "warm: a reader after the first one")
        header = f"{'page type':30} {'median ms':>10} {'p95 ms':>8} {'queries':>8} {'× base':>7}"
        print(header)
        print("-" * len(header))
        baseline = None
        for name, (url, status) in urls.items():
            if name == BASELINE:
                with override_settings(MIDDLEWARE=plain_wagtail):
                    median, p95, queries = measure(
                        Client(HTTP_HOST=BARE_HOST), url, status, args.requests, cold)
            else:
                median, p95, queries = measure(client, url, status, args.requests, cold)
            baseline = baseline or median
            print(f"{name:30} {median:10.2f} {p95:8.2f} {queries:8d} {median / baseline:7.2f}")
        print()


if __name__ == "__main__":
    main()
