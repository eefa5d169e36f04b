"""The Whoosh index under the load of a real site: several gunicorn workers
and the task worker write at once, a worker dies in the middle of a write,
a disk goes bad. Writes are never lost, readers never see half a write,
and a broken index makes search say it is unavailable while pages keep
working, until ``update_index`` rebuilds it.

The writers and readers here are real processes (``multiprocessing`` with
"spawn", as separate workers are): the functions they run are at module
level and use the index store only, no database."""

import io
import multiprocessing
import os
import shutil
import signal
import time

import pytest
from django.core.management import call_command
from django.test import override_settings
from whoosh import index as whoosh_index
from whoosh import query as wq

from pages.search.storage import IndexStore, IndexUnavailable

KEY = "wagtailcore_page"
WRITERS = 4
COMMITS_EACH = 25
BATCH = 20  # documents in each commit of the writer killed mid-commit


def document(name):
    return {"doc_id": name, "doc_types": "wagtailcore.page", "doc_lang": "fr",
            "title__fr": f"Le document {name}", "doc_all__fr": "allocation logement"}


def count(store):
    return store.searcher(KEY).doc_count()


# What the other processes run


def write_documents(path, writer_number, commits, start):
    """One worker: ``commits`` commits of one new document each, and the
    same shared document updated each time."""
    store = IndexStore(path)
    start.wait()
    for number in range(commits):
        with store.writer(KEY) as writer:
            writer.update_document(**document(f"w{writer_number}-{number}"))
            writer.update_document(**document("shared"))


def read_while_writing(path, stop, outcome):
    """A reader searching again and again while the writers commit: the
    number of documents it sees never goes down and no search fails."""
    store = IndexStore(path)
    seen, errors, searches = 0, [], 0
    while not stop.is_set() or searches == 0:
        try:
            searcher = store.searcher(KEY)
            found = len(searcher.search(wq.Term("doc_all__fr", "alloc"), limit=None))
            if found < seen:
                errors.append(f"{found} documents after {seen}")
            seen = max(seen, found)
            searches += 1
        except Exception as error:  # any failure is what the test reports
            errors.append(repr(error))
    outcome.put({"errors": errors, "searches": searches})


def write_and_hang(path, ready):
    """A worker that takes the lock, writes, and is killed before committing."""
    store = IndexStore(path)
    writer = store.open_for_writing(KEY).writer()
    for number in range(50):
        writer.update_document(**document(f"never-{number}"))
    ready.set()
    time.sleep(120)


def commit_forever(path, ready):
    """A worker committing batches of documents until it is killed."""
    store = IndexStore(path)
    number = 0
    while True:
        with store.writer(KEY) as writer:
            for _ in range(BATCH):
                writer.update_document(**document(f"batch-{number}"))
                number += 1
        ready.set()


def spawn():
    return multiprocessing.get_context("spawn")


@pytest.fixture
def store(tmp_path):
    store = IndexStore(tmp_path / "index")
    with store.writer(KEY) as writer:
        writer.update_document(**document("first"))
    return store


# Several writers


def test_workers_writing_at_once_lose_no_update_and_readers_never_fail(store):
    context = spawn()
    start, stop, outcome = context.Event(), context.Event(), context.Queue()
    writers = [context.Process(target=write_documents,
                               args=(store.path, number, COMMITS_EACH, start))
               for number in range(WRITERS)]
    reader = context.Process(target=read_while_writing, args=(store.path, stop, outcome))
    for process in (*writers, reader):
        process.start()
    start.set()
    for process in writers:
        process.join(120)
    stop.set()
    reading = outcome.get(timeout=60)
    reader.join(30)

    assert [process.exitcode for process in writers] == [0] * WRITERS
    searcher = IndexStore(store.path).searcher(KEY)
    names = {fields["doc_id"] for fields in searcher.all_stored_fields()}
    expected = {f"w{writer}-{number}" for writer in range(WRITERS)
                for number in range(COMMITS_EACH)}
    assert expected <= names
    assert names == expected | {"first", "shared"}  # the shared one once only
    assert reading["errors"] == []
    assert reading["searches"] > 0


def test_a_commit_removing_files_while_a_writer_opens_the_index_is_not_an_error(
        store, monkeypatch):
    """Another process's commit deletes the table of contents a writer is
    opening (seen under load in the test above: a publish failed): opening
    starts again, the update is written."""
    from pages.search import storage

    real = storage.whoosh_index.exists_in
    gone = []

    def commit_meanwhile(directory, *args, **kwargs):
        if not gone:
            gone.append(directory)
            raise FileNotFoundError(f"{directory}/_MAIN_18.toc")
        return real(directory, *args, **kwargs)

    monkeypatch.setattr(storage.whoosh_index, "exists_in", commit_meanwhile)
    with store.writer(KEY) as writer:
        writer.update_document(**document("published meanwhile"))
    assert gone
    names = {fields["doc_id"] for fields in store.searcher(KEY).all_stored_fields()}
    assert names == {"first", "published meanwhile"}


# A worker killed


def test_a_worker_killed_while_writing_leaves_the_index_usable(store):
    context = spawn()
    ready = context.Event()
    worker = context.Process(target=write_and_hang, args=(store.path, ready))
    worker.start()
    assert ready.wait(60)
    os.kill(worker.pid, signal.SIGKILL)
    worker.join(30)

    # the lock died with the worker: a writer that does not wait gets it
    index = whoosh_index.open_dir(store.current_directory(KEY))
    writer = index.writer()
    writer.update_document(**document("after"))
    writer.commit()
    names = {fields["doc_id"] for fields in IndexStore(store.path).searcher(KEY)
             .all_stored_fields()}
    assert names == {"first", "after"}  # nothing of the killed write


def test_a_worker_killed_during_commits_leaves_whole_commits_only(store):
    context = spawn()
    for _round in range(3):
        ready = context.Event()
        worker = context.Process(target=commit_forever, args=(store.path, ready))
        worker.start()
        assert ready.wait(60)
        time.sleep(0.05 * (_round + 1))  # somewhere in a later commit
        os.kill(worker.pid, signal.SIGKILL)
        worker.join(30)
        found = count(IndexStore(store.path)) - 1  # without "first"
        assert found % BATCH == 0 and found > 0
        with IndexStore(store.path).writer(KEY) as writer:
            writer.delete_by_query(wq.Prefix("doc_id", "batch-"))
    assert count(IndexStore(store.path)) == 1


# A broken index, through the backend as the site uses it


@pytest.fixture
def site_index(db, tmp_path):
    """Pages indexed automatically into a Whoosh index in ``tmp_path``."""
    from tests.factories import make_page, make_site

    backends = {
        "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False},
        "whoosh": {"BACKEND": "pages.search.backend", "PATH": str(tmp_path / "index"),
                   "AUTO_UPDATE": True},
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        home = make_site()
        make_page(home, title="Le revenu d'intégration", intro="Une aide chaque mois.")
        make_page(home, title="La garantie locative", intro="Une aide au logement.")
        yield {"home": home, "path": tmp_path / "index"}


def found_titles():
    from wagtail.models import Locale, Page

    pages = Page.objects.live().filter(locale=Locale.objects.get(language_code="fr"))
    return sorted(page.title for page in pages.search("aide", backend="whoosh"))


def rebuild():
    output = io.StringIO()
    call_command("update_index", backend_name="whoosh", stdout=output)
    return output.getvalue()


def segment_files(path):
    directory = IndexStore(path).current_directory(KEY)
    return [os.path.join(directory, name) for name in os.listdir(directory)
            if name.endswith(".seg")]


EXPECTED = ["La garantie locative", "Le revenu d'intégration"]


def garble(name):
    with open(name, "r+b") as handle:
        size = handle.seek(0, os.SEEK_END)
        handle.seek(size // 3)
        handle.write(b"\xff\x00garbage" * max(1, size // 30))


def truncate(name):
    with open(name, "r+b") as handle:
        handle.truncate(handle.seek(0, os.SEEK_END) // 2)


@pytest.mark.parametrize("damage", [garble, truncate])
def test_a_damaged_index_says_search_is_unavailable_until_rebuilt(site_index, damage):
    from tests.factories import make_page

    assert found_titles() == EXPECTED
    files = segment_files(site_index["path"])
    assert files
    for name in files:
        damage(name)
    with pytest.raises(IndexUnavailable):
        found_titles()
    # publishing still works: the index error is logged, not raised
    make_page(site_index["home"], title="Une aide pour le gaz", intro="La facture.")
    rebuild()
    assert found_titles() == ["La garantie locative", "Le revenu d'intégration",
                              "Une aide pour le gaz"]


def test_damage_anywhere_in_the_index_never_breaks_search_with_another_error(site_index):
    """A bad block is often found only when a search reads it (zlib or
    struct errors deep in Whoosh): that too must read as "unavailable", which
    the search page shows, never as a server error."""
    import random

    from modelsearch.backends import get_search_backend

    from pages.search import scoring
    from tests.factories import make_page

    words = "aide logement revenu allocation chauffage loyer facture enfant".split()
    rng = random.Random(11)
    for number in range(40):
        make_page(site_index["home"], title=f"Une aide {number}",
                  intro=" ".join(rng.choices(words, k=60)))
    rebuild()
    [segment] = segment_files(site_index["path"])
    pristine = segment + ".pristine"
    shutil.copyfile(segment, pristine)
    outcomes = set()
    for _trial in range(60):
        # as a process that has not read the index yet: a posting list kept
        # from an earlier read (pages.search.scoring) is the undamaged one
        scoring.forget_kept_postings()
        shutil.copyfile(pristine, segment)
        with open(segment, "r+b") as handle:
            handle.seek(rng.randrange(os.path.getsize(segment)))
            handle.write(rng.randbytes(64))
        # "did you mean" reads the index too: it offers nothing then
        backend = get_search_backend("whoosh")
        backend.suggest("chaufage", "fr")
        backend.knows("loyer", "fr")
        try:
            for word in words:
                searched_titles(word)
            outcomes.add("read")
        except IndexUnavailable:
            outcomes.add("unavailable")
    assert "unavailable" in outcomes


def searched_titles(word):
    from wagtail.models import Locale, Page

    pages = Page.objects.live().filter(locale=Locale.objects.get(language_code="fr"))
    results = pages.search(word, backend="whoosh")
    results.count()
    return [page.title for page in results[:10]]


def test_a_missing_index_says_search_is_unavailable_until_rebuilt(site_index):
    shutil.rmtree(site_index["path"])
    with pytest.raises(IndexUnavailable):
        found_titles()
    rebuild()
    assert found_titles() == EXPECTED


def test_an_index_whose_files_are_gone_says_search_is_unavailable(site_index):
    shutil.rmtree(IndexStore(site_index["path"]).current_directory(KEY))
    with pytest.raises(IndexUnavailable):
        found_titles()
    rebuild()
    assert found_titles() == EXPECTED


# Rebuilding


def test_a_search_during_a_rebuild_sees_the_old_index(site_index):
    from modelsearch.backends import get_search_backend
    from wagtail.models import Page

    from pages.models import InformationPage

    # no signal: the index still has the old text, with "aide"
    InformationPage.objects.filter(title="La garantie locative").update(
        intro="Un dépôt pour le logement.")
    backend = get_search_backend("whoosh")
    rebuilder = backend.rebuilder_class(backend.get_index_for_model(Page))
    building = rebuilder.start()
    building.add_items(InformationPage, list(InformationPage.objects.all()))
    assert found_titles() == EXPECTED  # the old index, whole
    rebuilder.finish()
    assert found_titles() == ["Le revenu d'intégration"]


def test_a_rebuild_that_stops_half_way_leaves_the_old_index(site_index):
    from modelsearch.backends import get_search_backend
    from wagtail.models import Page

    from pages.models import InformationPage

    backend = get_search_backend("whoosh")
    rebuilder = backend.rebuilder_class(backend.get_index_for_model(Page))
    building = rebuilder.start()
    building.add_items(InformationPage, list(InformationPage.objects.all()[:1]))
    del rebuilder, building  # the command died here
    assert found_titles() == EXPECTED


def test_update_index_rebuilds_every_page_once(site_index):
    from wagtail.models import Page

    output = rebuild()
    assert "Rebuilding index wagtailcore_page" in output  # its name, not an object's address
    assert "whoosh: indexed" in output
    # a progress bar per model: how many of how many, not a dot per thousand
    assert "balise_pages.InformationPage [########################] 2/2 (100 %)" in output
    assert found_titles() == EXPECTED
    searcher = IndexStore(site_index["path"]).searcher(KEY)
    assert searcher.doc_count() == Page.objects.exclude(depth=1).count() + 1  # and the root


def generations(path):
    """The index directories of pages on disk (the one in use and any other)."""
    return sorted(name for name in os.listdir(path)
                  if name.startswith(f"{KEY}.") and not os.path.islink(os.path.join(path, name)))


def test_a_rebuild_that_fails_leaves_nothing_behind_and_the_old_index_serves(
        site_index, monkeypatch):
    from pages.search.backend import WhooshIndex

    before = generations(site_index["path"])

    def disk_full(self, model, items):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(WhooshIndex, "add_items", disk_full)
    with pytest.raises(OSError):
        rebuild()
    assert generations(site_index["path"]) == before, "the half-built index is removed"
    assert found_titles() == EXPECTED


def test_a_rebuild_removes_what_a_killed_rebuild_left_but_not_one_in_progress(site_index):
    store = IndexStore(site_index["path"])
    killed = store.new_generation(KEY)
    running = store.new_generation(KEY)
    just_started = store.new_generation(KEY)
    an_hour_ago = time.time() - 3600
    for directory in (killed, running):
        os.utime(directory, (an_hour_ago, an_hour_ago))
    writer = whoosh_index.open_dir(running).writer()  # another process's rebuild, still busy
    try:
        rebuild()
        left = generations(site_index["path"])
    finally:
        writer.cancel()
    assert os.path.basename(killed) not in left
    assert os.path.basename(running) in left
    assert os.path.basename(just_started) in left
    assert len(left) == 3, "and the rebuilt index in use"
    assert found_titles() == EXPECTED
