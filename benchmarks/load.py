"""Load on the reference site served by gunicorn on loopback: requests per
second and latency (p50, p95, p99) of what citizens ask most, with and
without the anonymous page cache, at 1, 10 and 50 concurrent clients; then
the contact form under 50 clients for 60 seconds, every confirmation checked
against the rows stored.

The demo is built in a throw-away folder (``served_site``: SQLite, the Whoosh
index, ``migrate``, ``seed_demo``, ``collectstatic``; ``--keep`` leaves the
folder, ``--reuse FOLDER`` serves a kept one again without building it).
gunicorn is started twice with ``deploy/gunicorn.conf.py`` and the
production settings: once as shipped (the page cache on: local memory, one
cache per worker, a copy kept a minute) and once with the page cache off
(``BALISE_PAGES["PAGE_CACHE_SECONDS"] = 0``, through the variable
``BALISE_BENCH_PAGE_CACHE_SECONDS`` that this benchmark's settings module
reads). One more change, for the contact form only: its per-address throttle
is lifted, since every client here is 127.0.0.1.

What is measured, each for ``--seconds`` or ``--requests`` (whichever ends
first) after a warm-up that is not counted:

- the French home page (GET),
- an information page (GET; the demo's first French one),
- a search with results (GET ``/fr/recherche/?q=revenu``; the answer must
  list results),
- the rights explorer's results: the POST the explorer sends, with the signed
  answers of a demo test persona (questions it leaves open answered "I don't
  know") and the form's token read from the explorer's page; the answer must
  be the results screen, not a refused post. Search and the explorer are
  never cached: both runs measure the same work.

Each client is a thread with one keep-alive connection (``http.client``), as a
browser has: a connection the server closed between two requests (a worker
recycled after ``max_requests``) is opened again and the request sent again,
as browsers do; these are counted apart ("reopened"), not as errors. Clients
send a browser's User-Agent, so that the site counts the views
(``pages.usage``: one UPDATE per page view, also for cached copies) as it does
for real readers. An error is any other status, an answer without what it must
hold, or a request that fails; there must be none.

The contact form: each client opens the "Poser une question" form (GET: the
form and its token), sends a valid question (POST: a redirect to the
confirmation) and follows the confirmation (GET: 200), again and again.
Afterwards the database must hold exactly one new request per confirmation
received.

Columns: requests per second, latency in ms (p50, p95, p99), errors, and the
CPU the server's processes used per request (read from /proc: unlike the
times, it hardly depends on what else the machine is doing). The clients run
in this process on the same cores as the server: the figures are a lower
bound of what the server does alone. Targets (issue 13): uncached information
page p95 under 50 ms at 10 clients on 2 cores; cached pages above 1,000
requests per second.

Run (on an idle machine; nothing else measured at the same time):
    .venv/bin/python benchmarks/load.py
    .venv/bin/python benchmarks/load.py --seconds 20 --clients 1,10,50 --workers 2
    .venv/bin/python benchmarks/load.py --quick      # a smoke run of about two minutes
    .venv/bin/python benchmarks/load.py --keep       # then --reuse FOLDER: no second build
    .venv/bin/python benchmarks/load.py --max-requests 0   # workers never recycled

No figure here is an assertion: nothing in the tests is timed.
"""

import argparse
import http.client
import math
import os
import re
import shutil
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
import served_site  # noqa: E402

HOST = "127.0.0.1"
TIMEOUT = 60  # seconds for one request: a bound, never expected
BROWSER = {
    "User-Agent": "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "fr-BE,fr;q=0.8,en;q=0.5",
}
TOKEN = re.compile(rb'name="balise_form_token" value="([^"]+)"')
SEARCH_WORDS = "revenu"
BENCH_SETTINGS = '''
import os

from config.settings.production import *  # noqa: F403

# Every client is 127.0.0.1: the contact form's per-address throttle would refuse them.
BALISE_FORMS = {**BALISE_FORMS, "SUBMISSIONS_PER_HOUR": 10**9}  # noqa: F405
# The anonymous page cache off (0) for the run without it; unset: as shipped.
if os.environ.get("BALISE_BENCH_PAGE_CACHE_SECONDS"):
    BALISE_PAGES = {**globals().get("BALISE_PAGES", {}),
                    "PAGE_CACHE_SECONDS": int(os.environ["BALISE_BENCH_PAGE_CACHE_SECONDS"])}
'''
MODES = (("cached", ""), ("uncached", "0"))


class Browser:
    """One client's keep-alive connection to the server on loopback."""

    def __init__(self, port):
        self.port = port
        self.connection = None
        self.reopened = 0

    def send(self, method, path, body=None, headers=None):
        """(status, response headers, body). A connection the server closed
        since the last answer is opened again and the request sent once more."""
        sent = {**BROWSER, **(headers or {})}
        if body is not None:
            body = urlencode(body).encode()
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        for _ in range(2):
            reused = self.connection is not None
            if not reused:
                self.connection = http.client.HTTPConnection(HOST, self.port, timeout=TIMEOUT)
            try:
                self.connection.request(method, path, body=body, headers=sent)
                response = self.connection.getresponse()
                content = response.read()
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.close()
                if not reused:
                    raise
                self.reopened += 1
                continue
            except Exception:
                self.close()
                raise
            if response.will_close:
                self.close()
            return response.status, response, content
        raise ConnectionError("the server closed a fresh connection")

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


# What is measured: each returns None when the answer is right, else what is wrong


@dataclass
class Target:
    name: str
    path: str
    must_hold: bytes = b""  # a piece of the answer that proves it is the right one
    must_not_hold: bytes = b""  # a piece that says something went wrong
    post: dict | None = None  # the explorer: a POST with these fields and the form's token
    page_path: str = ""  # where the POST's token is read

    def prepare(self, browser):
        """What one client reads before it starts (not timed): the form's token."""
        if self.post is None:
            return None
        status, _, content = browser.send("GET", self.page_path)
        found = TOKEN.search(content) if status == 200 else None
        if found is None:
            raise SystemExit(f"{self.name}: no form token on {self.page_path} ({status})")
        return found.group(1).decode()

    def fetch(self, browser, token):
        if self.post is None:
            status, _, content = browser.send("GET", self.path)
        else:
            status, _, content = browser.send(
                "POST", self.path, body={**self.post, "balise_form_token": token},
                headers={"Origin": f"http://{HOST}:{browser.port}"})
        if status != 200:
            return f"status {status}"
        if self.must_hold and self.must_hold not in content:
            return "answer without " + self.must_hold.decode()
        if self.must_not_hold and self.must_not_hold in content:
            return "answer with " + self.must_not_hold.decode()
        return None


@dataclass
class Measure:
    """``clients`` threads sending ``target`` for ``seconds`` or ``limit`` requests."""

    timings: list = field(default_factory=list)
    errors: dict = field(default_factory=dict)
    reopened: int = 0
    restarts: int = 0  # workers recycled during the measurement (max_requests)
    seconds: float = 0.0
    server_cpu: float = 0.0

    @property
    def count(self):
        return len(self.timings)

    @property
    def rate(self):
        return self.count / self.seconds if self.seconds else 0.0

    def percentile(self, share):
        if not self.timings:
            return float("nan")
        ordered = sorted(self.timings)
        return ordered[min(len(ordered) - 1, max(0, math.ceil(share * len(ordered)) - 1))]

    @property
    def error_count(self):
        return sum(self.errors.values())

    @property
    def cpu_ms(self):
        return self.server_cpu * 1000 / self.count if self.count else float("nan")


def measure(server, clients, seconds, limit, work, prepare):
    """Run ``work(browser, prepared)`` in ``clients`` threads until the time
    or the number of requests is reached; every request is timed."""
    result = Measure()
    lock = threading.Lock()
    started_together = threading.Barrier(clients + 1)
    stop_at = [0.0]
    sent = [0]

    def client():
        browser = Browser(server.port)
        timings, errors = [], {}
        try:
            prepared = prepare(browser)
        except BaseException as error:  # noqa: BLE001 - reported as an error of the run
            errors[f"preparing: {type(error).__name__}: {error}"] = 1
            prepared = None
        started_together.wait(timeout=TIMEOUT)
        while prepared is not None or prepare is no_preparation:
            with lock:
                if time.perf_counter() >= stop_at[0] or sent[0] >= limit:
                    break
                sent[0] += 1
            began = time.perf_counter()
            try:
                wrong = work(browser, prepared)
            except Exception as error:  # noqa: BLE001 - counted, the run goes on
                wrong = f"{type(error).__name__}: {error}"
            timings.append((time.perf_counter() - began) * 1000)
            if wrong:
                errors[wrong] = errors.get(wrong, 0) + 1
        browser.close()
        with lock:
            result.timings.extend(timings)
            result.reopened += browser.reopened
            for text, number in errors.items():
                result.errors[text] = result.errors.get(text, 0) + number

    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    for thread in threads:
        thread.start()
    cpu_before, workers_before = server.cpu_seconds(), server.worker_pids()
    stop_at[0] = time.perf_counter() + 10**9  # set for real once every client is ready
    started_together.wait(timeout=TIMEOUT)
    began = time.perf_counter()
    stop_at[0] = began + seconds
    for thread in threads:
        thread.join(timeout=seconds + 2 * TIMEOUT)
    result.seconds = time.perf_counter() - began
    result.server_cpu = server.cpu_seconds() - cpu_before
    result.restarts = len(server.worker_pids() - workers_before)
    return result


def no_preparation(browser):
    return None


def measure_target(server, target, clients, seconds, limit):
    return measure(server, clients, seconds, limit, target.fetch,
                   target.prepare if target.post is not None else no_preparation)


# The demo: what to ask for, read from the database


def find_targets():
    from django.urls import reverse
    from django.utils import translation

    from pages.models import HomePage, InformationPage
    from rights_explorer.right_page import RightsExplorerPage

    home = HomePage.objects.live().filter(locale__language_code="fr").first()
    information = (InformationPage.objects.live().filter(locale__language_code="fr")
                   .order_by("path").first())
    explorer = RightsExplorerPage.objects.live().filter(locale__language_code="fr").first()
    with translation.override("fr"):
        search = reverse("search")
    if None in (home, information, explorer):
        raise SystemExit("The demo has no French home, information or explorer page.")
    return [
        Target("home page", home.url),
        Target("information page", information.url),
        Target("search", f"{search}?{urlencode({'q': SEARCH_WORDS})}",
               must_hold=b'class="search-results"'),
        # a refused post shows the results too, with a notice: never one here
        Target("explorer results", explorer.url, must_hold=b"rights-results",
               must_not_hold=b'class="notice"',
               post={"state": explorer_answers()}, page_path=explorer.url),
    ]


def explorer_answers():
    """The signed answers of the demo persona with the most rights found,
    every question it leaves open answered "I don't know": what the
    explorer's forms carry when its results are shown."""
    from rights_explorer import rule_set
    from rights_explorer.engine import (
        DONT_KNOW,
        UNLIKELY,
        AnswerError,
        evaluate,
        parse,
        questions_to_ask,
    )
    from rights_explorer.journey import State, version_of
    from rights_explorer.personas import Persona

    data = rule_set.engine_data(drafts=False, found_rights=rule_set.rights(drafts=False))
    ruleset, version = parse(data), version_of(data)
    chosen, most = {}, -1
    for persona in Persona.objects.all():
        answers = {slug: value for slug, value in (persona.answers or {}).items()
                   if slug in ruleset.question_by_slug}
        try:
            found = sum(1 for result in evaluate(ruleset, answers) if result.outcome != UNLIKELY)
        except AnswerError:
            continue
        if found > most:
            chosen, most = answers, found
    while remaining := questions_to_ask(ruleset, chosen):
        chosen[remaining[0].slug] = DONT_KNOW
    return State(version, chosen).encode()


# The contact form


def contact_form():
    from forms.models import ContactFormPage

    form = (ContactFormPage.objects.live().filter(locale__language_code="fr", kind="question")
            .order_by("path").first())
    if form is None:
        raise SystemExit("The demo has no French question form.")
    topic = form.topics.order_by("sort_order").first()
    return form.url, topic.pk if topic else None


class Citizens:
    """Numbers for the addresses, so that every submission is its own."""

    def __init__(self):
        self._lock = threading.Lock()
        self._next = 0
        self.confirmations = 0

    def number(self):
        with self._lock:
            self._next += 1
            return self._next

    def confirmed(self):
        with self._lock:
            self.confirmations += 1


def submit_once(citizens, form_path, topic):
    """One citizen: the form, the question, the confirmation. None when the
    confirmation came back, else what went wrong."""

    def work(browser, _prepared):
        query = f"?{urlencode({'topic': topic})}" if topic else ""
        status, _, content = browser.send("GET", form_path + query)
        found = TOKEN.search(content) if status == 200 else None
        if found is None:
            return f"form: status {status}" if status != 200 else "form without a token"
        address = f"citizen.{citizens.number()}@example.org"
        fields = {"balise_form_token": found.group(1).decode(),
                  "votre_question": "Comment demander le revenu d'intégration ?",
                  "reply_by": "email", "reply_email": address, "reply_email_again": address,
                  "website_address": ""}
        if topic:
            fields["topic"] = topic
        status, response, _ = browser.send("POST", form_path, body=fields,
                                           headers={"Origin": f"http://{HOST}:{browser.port}"})
        location = response.getheader("Location", "")
        if status != 302 or "?done=" not in location:
            return f"submission: status {status}"
        status, _, _ = browser.send("GET", location.removeprefix(f"http://{HOST}:{browser.port}"))
        if status != 200:
            return f"confirmation: status {status}"
        citizens.confirmed()
        return None

    return work


def run_contact_form(server, clients, seconds):
    from forms.models import ContactSubmission

    form_path, topic = contact_form()
    before = ContactSubmission.objects.count()
    citizens = Citizens()
    result = measure(server, clients, seconds, 10**12, submit_once(citizens, form_path, topic),
                     no_preparation)
    stored = ContactSubmission.objects.count() - before
    return form_path, result, citizens.confirmations, stored


# Output


def cells(result):
    if result is None:
        return f"{'':>7} {'':>6} {'':>6} {'':>6} {'':>6} {'':>6}"
    return (f"{result.rate:7.0f} {result.percentile(0.50):6.1f} {result.percentile(0.95):6.1f} "
            f"{result.percentile(0.99):6.1f} {result.error_count:6d} {result.cpu_ms:6.1f}")


def print_table(targets, levels, results):
    heading = f"{'req/s':>7} {'p50':>6} {'p95':>6} {'p99':>6} {'errors':>6} {'CPU':>6}"
    width = len(heading)
    print(f"\n{'':18} {'':>7}  {'cached (as shipped)':^{width}}  |  {'page cache off':^{width}}")
    print(f"{'what':18} {'clients':>7}  {heading}  |  {heading}")
    print(f"{'':18} {'':>7}  {'':>7} {'ms':>6} {'ms':>6} {'ms':>6} {'':>6} {'ms/req':>6}"
          f"  |  {'':>7} {'ms':>6} {'ms':>6} {'ms':>6} {'':>6} {'ms/req':>6}")
    print("-" * (29 + 2 * width + 5))
    for target in targets:
        for clients in levels:
            cached = results.get(("cached", target.name, clients))
            uncached = results.get(("uncached", target.name, clients))
            print(f"{target.name:18} {clients:7d}  {cells(cached)}  |  {cells(uncached)}")
    for (mode, name, clients), result in results.items():
        if result.errors:
            print(f"  ERRORS {name}, {clients} clients, {mode}: {result.errors}")
        if result.reopened:
            print(f"  {name}, {clients} clients, {mode}: {result.reopened} connections closed "
                  "by the server between two requests, opened again (not errors)")
        if result.restarts:
            print(f"  {name}, {clients} clients, {mode}: {result.restarts} gunicorn workers "
                  "recycled during the measurement (max_requests)")


def print_targets(levels, results):
    print("\nTargets (issue 13):")
    information = results.get(("uncached", "information page", 10))
    if information is None:
        print("  uncached information page p95 < 50 ms at 10 clients: not measured "
              "(--clients without 10)")
    else:
        p95 = information.percentile(0.95)
        verdict = "met" if p95 < 50 and not information.errors else "NOT met"
        print(f"  uncached information page p95 < 50 ms at 10 clients on 2 cores: "
              f"{p95:.1f} ms on {os.cpu_count()} cores: {verdict}")
    for name in ("home page", "information page"):
        measured = [(results[("cached", name, clients)], clients) for clients in levels
                    if ("cached", name, clients) in results]
        if not measured:
            continue
        best, clients = max(measured, key=lambda item: item[0].rate)
        verdict = "met" if best.rate > 1000 and not best.errors else "NOT met"
        print(f"  cached {name} > 1,000 requests per second: {best.rate:.0f} at "
              f"{clients} clients: {verdict}")
    errors = sum(result.error_count for result in results.values())
    print(f"  zero errors: {errors} errors: {'met' if errors == 0 else 'NOT met'}")


def main():  # noqa: PLR0915 - the run, step by step
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=10,
                        help="length of each measurement (default 10)")
    parser.add_argument("--requests", type=int, default=50_000,
                        help="at most this many requests per measurement (default 50,000)")
    parser.add_argument("--clients", default="1,10,50", help="concurrency levels (1,10,50)")
    parser.add_argument("--workers", type=int, default=None,
                        help="gunicorn worker processes (default: deploy/gunicorn.conf.py's, "
                             "one per core)")
    parser.add_argument("--threads", type=int, default=None,
                        help="threads per worker (default: deploy/gunicorn.conf.py's, 1)")
    parser.add_argument("--max-requests", type=int, default=None,
                        help="gunicorn's max_requests (default: deploy/gunicorn.conf.py's; "
                             "0: workers never recycled)")
    parser.add_argument("--form-clients", type=int, default=50,
                        help="contact form: concurrent clients (default 50)")
    parser.add_argument("--form-seconds", type=float, default=60,
                        help="contact form: length of the run (default 60)")
    parser.add_argument("--keep", action="store_true",
                        help="keep the folder with the demo (to --reuse it)")
    parser.add_argument("--reuse", metavar="FOLDER",
                        help="serve the demo of a folder kept by --keep instead of building it")
    parser.add_argument("--quick", action="store_true",
                        help="smoke run of about two minutes: 1 s per measurement, "
                             "the contact form for 10 s")
    args = parser.parse_args()
    if args.quick:
        args.seconds, args.form_seconds = 1, 10
    levels = [int(level) for level in args.clients.split(",") if level.strip()]
    if not levels or min(levels) < 1 or args.seconds <= 0 or args.requests < 1:
        parser.error("--clients, --seconds and --requests must be positive")
    served_site.require_loopback(HOST)

    if args.reuse:
        folder = Path(args.reuse).resolve()
        if not served_site.is_built(folder):
            parser.error(f"{folder} holds no demo built by this benchmark (--keep)")
    else:
        folder = Path(tempfile.mkdtemp(prefix="balise-bench-load-"))
    served_site.configure(folder, BENCH_SETTINGS)

    import django

    django.setup()
    from django.conf import settings
    from gunicorn import __version__ as gunicorn_version

    try:
        if served_site.is_built(folder):
            print(f"Serving the demo kept in {folder}.")
        else:
            seconds = served_site.build_demo(folder)
            print(f"Demo built in {seconds:.0f} s in {folder}"
                  f"{' (kept: --reuse it)' if args.keep else ', removed at the end'}.")
        targets = find_targets()
        results = {}
        database = settings.DATABASES["default"]
        print(f"gunicorn {gunicorn_version} with deploy/gunicorn.conf.py, workers "
              f"{args.workers or 'as configured'}, threads {args.threads or 'as configured'}, "
              f"max_requests {'as configured' if args.max_requests is None else args.max_requests};"
              f" production settings; SQLite {database['NAME']}; cache "
              f"{settings.CACHES['default']['BACKEND'].rsplit('.', 1)[-1]}.")
        print("Measured: " + "; ".join(f"{target.name} {'POST' if target.post else 'GET'} "
                                       f"{target.path}" for target in targets))
        print(f"Each measurement: {args.seconds:g} s or {args.requests} requests; "
              f"clients {', '.join(map(str, levels))}.")
        print(f"Machine load (1 min) before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} "
              "cores.")
        form = None
        recycling = () if args.max_requests is None else (
            "--max-requests", str(args.max_requests), "--max-requests-jitter",
            str(args.max_requests // 10))
        for mode, cache_seconds in reversed(MODES):  # uncached first, then as shipped
            port = served_site.free_port()
            with served_site.Gunicorn(
                    folder, port, args.workers, args.threads,
                    extra_environment={"BALISE_BENCH_PAGE_CACHE_SECONDS": cache_seconds},
                    extra_arguments=recycling,
            ) as server:
                server.wait_until_ready()
                for target in targets:  # warm-up: every worker, template and cache
                    warm = measure_target(server, target, max(levels), max(1, args.seconds / 2),
                                          args.requests)
                    if warm.errors:
                        raise SystemExit(f"{target.name} ({mode}) fails: {warm.errors}")
                print(f"{mode}: server ready and warmed up.", flush=True)
                for target in targets:
                    for clients in levels:
                        results[(mode, target.name, clients)] = measure_target(
                            server, target, clients, args.seconds, args.requests)
                if mode == "cached":
                    form = run_contact_form(server, args.form_clients, args.form_seconds)
        print(f"Machine load (1 min) after: {os.getloadavg()[0]:.1f}.")
        print_table(targets, levels, results)
        print_targets(levels, results)
        form_path, run, confirmations, stored = form
        print(f"\nContact form {form_path}: {args.form_clients} clients for "
              f"{run.seconds:.0f} s, each: the form (GET), a question (POST), the "
              "confirmation (GET).")
        print(f"  {run.count} tries, {confirmations} confirmations "
              f"({confirmations / run.seconds:.1f} per second); a whole try p50 "
              f"{run.percentile(0.5):.0f} ms, p95 {run.percentile(0.95):.0f} ms, "
              f"p99 {run.percentile(0.99):.0f} ms; server CPU {run.cpu_ms:.1f} ms per try.")
        if run.errors:
            print(f"  ERRORS: {run.errors}")
        verdict = "every confirmation stored once" if stored == confirmations else \
            f"MISMATCH: {stored - confirmations:+d} rows"
        print(f"  New rows in the database: {stored}; confirmations received: "
              f"{confirmations}: {verdict}.")
        if run.reopened:
            print(f"  {run.reopened} connections closed by the server were opened again.")
        if run.restarts:
            print(f"  {run.restarts} gunicorn workers recycled during the run (max_requests).")
        failed = (sum(result.error_count for result in results.values()) + run.error_count
                  or stored != confirmations)
    finally:
        if not args.keep and not args.reuse:
            shutil.rmtree(folder, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
