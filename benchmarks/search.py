"""Site search at scale: Balise's Whoosh backend against Wagtail's database
backend (SQLite), measured in the same run on the same pages.

Builds a throw-away SQLite database (``migrate``) with N information pages in
each of the four languages (default 10,000: 40,000 pages), about 300 words
each, written from the site's own vocabulary in that language (the words of
the demo content and of the apps' translations, drawn with a Zipf law, so a
few words are everywhere and most are rare), deterministically (``--seed``).
Pages are inserted in bulk with their tree paths computed (treebeard's
``add_child`` would take hours); the fields search uses are the real ones.

Then it rebuilds each backend's index with ``update_index`` (time and size)
and times Q queries of each kind, as the public search page runs them: the
reader's language, every word required, the result count and the first ten
pages loaded with their specific fields:

- one word, two words, a phrase (two words seen together in a page),
- an autocomplete prefix (the first 3 to 5 letters of a word).

It prints the median and 95th percentile per kind and backend, and the ratio.
Targets (issue 11): Whoosh p95 under 10 ms for one and two words, at least 20
times faster than the database backend, a full rebuild of 40,000 pages under
3 minutes.

Run:
    nice -n 19 .venv/bin/python benchmarks/search.py                  # 4 x 10,000 pages
    nice -n 19 .venv/bin/python benchmarks/search.py --pages-per-locale 500 --queries 100

No figure here is an assertion: the tests count and compare, never time.
"""

import argparse
import collections
import glob
import logging
import os
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]
_TMP = Path(tempfile.mkdtemp(prefix="balise-bench-search-"))
os.environ["BALISE_VAR_DIR"] = str(_TMP)
os.environ["DATABASE_URL"] = f"sqlite:///{_TMP / 'bench.sqlite3'}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()
logging.getLogger("django.request").setLevel(logging.ERROR)

from django.conf import settings  # noqa: E402
from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402
from modelsearch.backends import get_search_backend  # noqa: E402
from modelsearch.query import Phrase, PlainText  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402

from pages.models import HomePage, InformationPage  # noqa: E402
from pages.search import scoring  # noqa: E402
from pages.search.finding import specific_pages, with_specific  # noqa: E402

LANGUAGES = ("fr", "nl", "de", "en")
BACKENDS = {"whoosh": "Whoosh (Balise)", "default": "database (SQLite)"}
WORDS_PER_PAGE = 300
BATCH = 500
WORD = re.compile(r"[^\W\d_]{2,}")
TAGS = re.compile(r"<[^>]+>|%\(\w+\)s|\{[^}]*\}")


# The vocabulary of each language


def _po_strings(path, own_language):
    """The translated strings of a .po file (the source text for English)."""
    texts, current, key = [], [], None
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith(("msgid ", "msgstr ", "msgid_plural ", "msgstr[")):
            if key == ("msgid" if own_language else "msgstr") and current:
                texts.append("".join(current))
            key = line.split(" ", 1)[0].split("[")[0]
            current = [line.split(" ", 1)[1].strip().strip('"')]
        elif line.startswith('"') and key:
            current.append(line.strip().strip('"'))
    if key == ("msgid" if own_language else "msgstr") and current:
        texts.append("".join(current))
    return texts


def _demo_french():
    """The French demo pages' text (JSON files)."""
    import json

    texts = []

    def walk(value):
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in sorted(glob.glob(str(ROOT / "site/demo/data/**/*.json"), recursive=True)):
        try:
            walk(json.loads(Path(path).read_text(encoding="utf-8")))
        except ValueError:
            continue
    return texts


def vocabulary(language):
    """The words of the site in ``language``, most frequent first."""
    texts = []
    for path in sorted(glob.glob(str(ROOT / f"*/locale/{language}/LC_MESSAGES/django.po"))):
        texts.extend(_po_strings(path, own_language=language == "en"))
    if language == "fr":
        texts.extend(_demo_french())
    else:
        demo = ROOT / f"site/demo/data/locale/{language}.po"
        if demo.exists():
            texts.extend(_po_strings(demo, own_language=False))
    counts = collections.Counter(
        word.lower() for text in texts for word in WORD.findall(TAGS.sub(" ", text)))
    return [word for word, _count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


class Writer:
    """Text in one language: words drawn by a Zipf law over the site's own
    vocabulary, in sentences."""

    def __init__(self, language, rng):
        self.words = vocabulary(language)
        self.cumulative = list(_cumulative([1 / rank for rank in range(1, len(self.words) + 1)]))
        self.content = [word for word in self.words[20:3000] if len(word) >= 4]
        self.rng = rng

    def sentence(self, length):
        words = self.rng.choices(self.words, cum_weights=self.cumulative, k=length)
        return " ".join(words).capitalize() + "."

    def text(self, count):
        sentences, left = [], count
        while left > 0:
            length = min(left, self.rng.randint(8, 18))
            sentences.append(self.sentence(length))
            left -= length
        return sentences

    def title(self):
        return " ".join(self.rng.sample(self.content, self.rng.randint(3, 6))).capitalize()


def _cumulative(weights):
    total = 0.0
    for weight in weights:
        total += weight
        yield total


# The pages


def new_site():
    call_command("migrate", verbosity=0)
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
    Page.objects.filter(depth=2).delete()  # Wagtail's welcome page
    root = Page.get_first_root_node()
    homes = {}
    for code in LANGUAGES:
        homes[code] = root.add_child(instance=HomePage(
            title=f"Accueil {code}", slug=f"home-{code}", locale=locales[code]))
    return locales, homes


def add_pages(homes, per_locale, rng, phrases):
    """``per_locale`` information pages under each home, inserted in bulk;
    a few two-word phrases of their text are kept for the phrase queries."""
    content_type = ContentType.objects.get_for_model(InformationPage)
    now = timezone.now()
    child_fields = [field for field in InformationPage._meta.local_concrete_fields]
    started = time.perf_counter()
    for code, home in homes.items():
        writer = Writer(code, rng)
        for first in range(0, per_locale, BATCH):
            numbers = range(first, min(first + BATCH, per_locale))
            rows, texts = [], []
            for number in numbers:
                title = writer.title()
                slug = f"page-{number + 1}"
                rows.append(Page(
                    title=title, draft_title=title, slug=slug, content_type=content_type,
                    path=Page._get_path(home.path, home.depth + 1, number + 1),
                    depth=home.depth + 1, numchild=0, url_path=f"{home.url_path}{slug}/",
                    live=True, has_unpublished_changes=False, first_published_at=now,
                    last_published_at=now, locale_id=home.locale_id,
                    translation_key=uuid.UUID(int=rng.getrandbits(128))))
                intro = writer.text(25)
                body = writer.text(WORDS_PER_PAGE - 25 - len(title.split()))
                texts.append((" ".join(intro), body))
                if number % 20 == 0:
                    words = body[0].rstrip(".").lower().split()
                    at = rng.randrange(len(words) - 1)
                    phrases[code].append(" ".join(words[at:at + 2]))
            with transaction.atomic():
                Page.objects.bulk_create(rows)
                children = []
                for page, (intro, body) in zip(rows, texts, strict=True):
                    paragraphs = [" ".join(body[at:at + 4]) for at in range(0, len(body), 4)]
                    child = InformationPage(page_ptr_id=page.pk, intro=intro, body=[
                        {"type": "paragraph", "value": f"<p>{text}</p>",
                         "id": str(uuid.UUID(int=rng.getrandbits(128)))}
                        for text in paragraphs])
                    children.append(child)
                InformationPage._base_manager._insert(children, fields=child_fields)
        Page.objects.filter(pk=home.pk).update(numchild=per_locale)
        print(f"  {code}: {per_locale} pages", flush=True)
    return time.perf_counter() - started


# Indexes


def directory_size(path):
    """Bytes in the files under ``path`` (links to an index's current
    generation not followed: each file counts once)."""
    total = 0
    for folder, _folders, files in os.walk(path):
        total += sum(os.path.getsize(os.path.join(folder, name)) for name in files
                     if not os.path.islink(os.path.join(folder, name)))
    return total


def database_size():
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return (_TMP / "bench.sqlite3").stat().st_size


def rebuild(name):
    started = time.perf_counter()
    with open(os.devnull, "w") as devnull:
        call_command("update_index", backend_name=name, stdout=devnull, chunk_size=1000)
    return time.perf_counter() - started


# Queries


def queries(rng, count, locales, phrases):
    """``count`` queries of each kind, each with its language."""
    writers = {code: Writer(code, random.Random(0)) for code in LANGUAGES}  # noqa: S311
    kinds = {"one word": [], "two words": [], "phrase": [], "autocomplete": []}
    for number in range(count):
        code = LANGUAGES[number % len(LANGUAGES)]
        content = writers[code].content
        kinds["one word"].append((code, PlainText(rng.choice(content), operator="and")))
        kinds["two words"].append(
            (code, PlainText(" ".join(rng.sample(content, 2)), operator="and")))
        kinds["phrase"].append((code, Phrase(rng.choice(phrases[code]))))
        word = rng.choice(content)
        kinds["autocomplete"].append((code, word[:rng.randint(3, min(5, len(word)))]))
    return kinds


def one_search(backend, kind, code, query, locales):
    """What the search page does: count, then the first ten pages, specific."""
    pages = specific_pages(Page.objects.live().filter(locale=locales[code]))
    if kind == "autocomplete":
        results = backend.autocomplete(query, pages)
    else:
        results = backend.search(query, pages)
    total = results.count()
    with_specific(list(results[:10]))
    return total


def measure(backend, kind, items, locales, kept=False):
    """Median and p95 of ``items``; unless ``kept``, from no posting list
    kept by the Whoosh searchers (none decoded by the queries before)."""
    if not kept:
        scoring.forget_kept_postings()
    for code, query in items[:5]:  # warm: the open searcher, the caches
        one_search(backend, kind, code, query, locales)
    times, hits = [], []
    for code, query in items:
        started = time.perf_counter()
        hits.append(one_search(backend, kind, code, query, locales))
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {"median": statistics.median(times),
            "p95": times[max(0, int(len(times) * 0.95) - 1)],
            "hits": statistics.median(hits)}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages-per-locale", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=500, help="of each kind")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--backends", default=",".join(BACKENDS),
                        help="which to measure, comma-separated (the ratio needs both)")
    options = parser.parse_args()
    measured = [name for name in options.backends.split(",") if name in BACKENDS]
    settings.WAGTAILSEARCH_BACKENDS["whoosh"]["PATH"] = str(_TMP / "search-index")
    rng = random.Random(options.seed)  # noqa: S311
    try:
        print(f"Database and index in {_TMP}", flush=True)
        locales, homes = new_site()
        phrases = {code: [] for code in LANGUAGES}
        created = add_pages(homes, options.pages_per_locale, rng, phrases)
        total = Page.objects.filter(content_type__model="informationpage").count()
        print(f"{total} pages created in {created:.1f} s", flush=True)

        built = {}
        if "default" in measured:
            before = database_size()
            built["default"] = (rebuild("default"), database_size() - before)
            print(f"database backend: update_index {built['default'][0]:.1f} s", flush=True)
        if "whoosh" in measured:
            built["whoosh"] = (rebuild("whoosh"), directory_size(_TMP / "search-index"))
            print(f"Whoosh: update_index {built['whoosh'][0]:.1f} s", flush=True)

        kinds = queries(rng, options.queries, locales, phrases)
        results = {}
        for name in measured:
            backend = get_search_backend(name)
            for kind, items in kinds.items():
                found = results[name, kind] = measure(backend, kind, items, locales)
                print(f"  {name}, {kind}: median {found['median']:.1f} ms, "
                      f"p95 {found['p95']:.1f} ms", flush=True)
        report(options, total, built, results, kinds, measured)
        if "whoosh" in measured:
            asked_again(get_search_backend("whoosh"), kinds, locales)
    finally:
        connection.close()
        if not options.keep:
            shutil.rmtree(_TMP, ignore_errors=True)


def report(options, total, built, results, kinds, measured):
    print()
    print(f"{total} pages ({options.pages_per_locale} per language), "
          f"{options.queries} queries of each kind")
    print()
    print(f"{'index':<20}{'rebuild, s':>12}{'size, MB':>12}")
    for name in measured:
        label = BACKENDS[name]
        seconds, size = built[name]
        print(f"{label:<20}{seconds:>12.1f}{size / 1e6:>12.1f}")
    print()
    print("ms per search (count + first 10 pages), median / p95; median hits")
    both = len(measured) == len(BACKENDS)
    header = f"{'':<14}" + "".join(f"{BACKENDS[name]:>26}" for name in measured)
    print(header + (f"{'ratio (median / p95)':>24}" if both else ""))
    for kind in kinds:
        row = f"{kind:<14}"
        for name in measured:
            found = results[name, kind]
            row += f"{found['median']:>10.1f} /{found['p95']:>7.1f}  ({found['hits']:>5.0f})"
        if both:
            whoosh, database = results["whoosh", kind], results["default", kind]
            row += (f"{database['median'] / whoosh['median']:>12.1f}x /"
                    f"{database['p95'] / whoosh['p95']:>6.1f}x")
        print(row)


def asked_again(backend, kinds, locales):
    """The same words searched again, as citizens do: a word met twice is
    decoded whole and its postings kept by the searcher (the figures above
    are each query's first time)."""
    print()
    print("Whoosh, the same queries a third time (postings kept), median / p95 ms")
    for kind in ("one word", "two words"):
        measure(backend, kind, kinds[kind], locales, kept=True)
        found = measure(backend, kind, kinds[kind], locales, kept=True)
        print(f"{kind:<14}{found['median']:>10.1f} /{found['p95']:>7.1f}")


if __name__ == "__main__":
    main()
