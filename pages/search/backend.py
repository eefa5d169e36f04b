"""Balise's Whoosh search backend for Wagtail (``modelsearch``'s API).

Select it like any Wagtail backend::

    WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "wagtail.search.backends.database"},
        "whoosh": {"BACKEND": "pages.search.backend", "PATH": "var/search-index"},
    }

Nothing to install or run: the index is a directory on the local disk. One
index per root model (all pages in one, each snippet model in its own), so a
search on ``Page`` ranks every page type together, as the reader expects."""

import logging
import os
import shutil

from modelsearch.backends.base import BaseIndex, BaseSearchBackend, get_model_root
from modelsearch.index import class_is_indexed, get_indexed_models

from . import analysis, documents
from .compiler import WhooshAutocompleteQueryCompiler, WhooshQueryCompiler
from .results import WhooshSearchResults, reading_the_index
from .schema import ID_FIELD
from .storage import IndexStore, IndexUnavailable

logger = logging.getLogger(__name__)

__all__ = ["IndexUnavailable", "SearchBackend", "WhooshSearchBackend"]


def index_key(model):
    return get_model_root(model)._meta.label_lower.replace(".", "_")


def language_of_object(obj, cache):
    """The index language of ``obj``: its locale's, or none for a model
    that is not translatable."""
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return analysis.NEUTRAL
    if locale_id not in cache:
        from wagtail.models import Locale

        code = Locale.objects.filter(pk=locale_id).values_list("language_code", flat=True).first()
        cache[locale_id] = analysis.language_of(code)
    return cache[locale_id]


class WhooshIndex(BaseIndex):
    def __init__(self, backend, key, directory=None):
        super().__init__(backend)
        self.key = key
        self.directory = directory  # a rebuild's new generation, until it is swapped in
        self._rebuild_writer = None
        self._languages = {}

    def get_key(self):
        return self.key

    def __str__(self):  # update_index prints "Rebuilding index <this>"
        return self.key

    def add_model(self, model):
        pass  # the schema's fields are declared by suffix: any model fits

    def refresh(self):
        self.backend.store.forget()

    def reset(self):
        store = self.backend.store
        store.swap_in(self.key, store.new_generation(self.key))
        store.forget()

    def _documents(self, items):
        for item in items:
            yield documents.build(item, language_of_object(item, self._languages))

    def add_items(self, model, items):
        if not class_is_indexed(model):
            return
        if self._rebuild_writer is not None:
            for document in self._documents(items):
                self._rebuild_writer.update_document(**document)
            return
        with self.backend.store.writer(self.key) as writer:
            for document in self._documents(items):
                writer.update_document(**document)

    def add_item(self, obj):
        self.add_items(type(obj), [obj])

    def delete_item(self, item):
        # a delete never optimises: that rewrites the whole index
        with self.backend.store.writer(self.key) as writer:
            writer.delete_by_term(ID_FIELD, str(item.pk))


# A rebuild of fewer objects runs in one process (a small site, the tests):
# starting others costs more than it saves
PARALLEL_REBUILD_FROM = 5000

# The new generations of the rebuilds running in this process
_unfinished = set()


def discard_unfinished_rebuilds():
    """Remove what this process's rebuilds wrote so far: ``update_index``
    calls it when it stops on an error or Ctrl-C. (A rebuild killed outright
    leaves its directory; the next rebuild removes it.)"""
    while _unfinished:
        shutil.rmtree(_unfinished.pop(), ignore_errors=True)


class WhooshRebuilder:
    """``update_index``: every object written into a new generation of the
    index, with one writer, then swapped in at once; searches meanwhile read
    the old index, and an interrupted rebuild leaves it untouched."""

    def __init__(self, index):
        self.index = index
        self.directory = None

    def start(self):
        from whoosh import index as whoosh_index

        store = self.index.backend.store
        for directory in store.remove_abandoned(self.index.key):
            logger.warning("removed %s, left by a rebuild that did not finish", directory)
        self.directory = store.new_generation(self.index.key)
        _unfinished.add(self.directory)
        building = WhooshIndex(self.index.backend, self.index.key, directory=self.directory)
        options = {"limitmb": self.index.backend.rebuild_memory_mb, "procs": 1}
        processes = self.index.backend.rebuild_processes
        if processes > 1 and self._objects() >= PARALLEL_REBUILD_FROM:
            # Whoosh's own parallel writer: each process analyses its share of
            # the objects into a segment of its own (left as they are: merging
            # would be one process again); this one reads the database
            options.update(procs=processes, multisegment=True, batchsize=250,
                           start_method="fork")
        building._rebuild_writer = whoosh_index.open_dir(self.directory).writer(**options)
        self.building = building
        return building

    def _objects(self):
        """How many objects the rebuild will write: the indexed models whose
        index this is (the root models: their objects include the others)."""
        total = 0
        for model in get_indexed_models():
            if index_key(model) == self.index.key and model is get_model_root(model):
                total += model.objects.count()
        return total

    def finish(self):
        store = self.index.backend.store
        writer = self.building._rebuild_writer
        self.building._rebuild_writer = None
        writer.commit(optimize=True)
        store.swap_in(self.index.key, self.directory)
        _unfinished.discard(self.directory)
        store.forget()


class WhooshSearchBackend(BaseSearchBackend):
    query_compiler_class = WhooshQueryCompiler
    autocomplete_query_compiler_class = WhooshAutocompleteQueryCompiler
    results_class = WhooshSearchResults
    rebuilder_class = WhooshRebuilder
    # A full disk or a broken index must not stop an editor from publishing:
    # the error is logged and ``update_index`` repairs it.
    catch_indexing_errors = True

    def __init__(self, params):
        super().__init__(params)
        # Postings a rebuild sorts in memory before it spills them to disk.
        # benchmarks/search.py, 40,000 pages: 128 MB and 1,024 MB rebuild in
        # the same time (the postings are pickled either way), with 0.6 and
        # 1.5 GB of RAM at the peak
        self.rebuild_memory_mb = int(params.get("REBUILD_MEMORY_MB", 256))
        # Processes of a large rebuild (``update_index``): one per core, at most 4
        self.rebuild_processes = int(params.get("REBUILD_PROCESSES",
                                                min(4, os.cpu_count() or 1)))
        path = params.get("PATH")
        if not path:
            from django.conf import settings

            path = getattr(settings, "BALISE_SEARCH_INDEX_DIR", "var/search-index")
        self.store = IndexStore(path)

    def get_index_for_model(self, model):
        return WhooshIndex(self, index_key(model))

    def searcher_for(self, model):
        return self.store.searcher(index_key(model))

    def delete(self, obj):
        self.get_index_for_object(obj).delete_item(obj)

    def suggest(self, word, language, limit=3):
        """Words of the site's vocabulary in ``language`` close to ``word``
        (at most two letters apart), most frequent first."""
        from wagtail.models import Page

        field = documents.words_field(analysis.language_of(language))
        try:
            with reading_the_index():
                found = self.searcher_for(Page).suggest(field, word.lower(), limit=limit,
                                                        maxdist=2, prefix=1)
        except IndexUnavailable:
            return []
        return [item for item in found if item != word.lower()]

    def knows(self, word, language):
        """Whether the site's pages in ``language`` use ``word``."""
        from wagtail.models import Page

        field = documents.words_field(analysis.language_of(language))
        try:
            with reading_the_index():
                return self.searcher_for(Page).doc_frequency(field, word.lower()) > 0
        except IndexUnavailable:
            return False


SearchBackend = WhooshSearchBackend
