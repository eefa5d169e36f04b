"""Where the indexes live on disk, how a process opens them, and how it
writes without corrupting them.

Each index (one per root model: pages, images, a snippet...) is a directory
``<PATH>/<key>.<generation>`` reached through a symbolic link ``<PATH>/<key>``:
a rebuild writes a new generation beside the old one and swaps the link in
one ``rename``, so readers see the old index or the new one, never half of
one. Each process keeps one open index and searcher per key and reopens them
when the link points elsewhere or another process has committed.

Whoosh lets one writer in at a time, with an operating-system lock that dies
with its process; a writer that finds the lock taken waits, then tries again
(on a local disk: ``fcntl`` locks do not hold on NFS)."""

import logging
import os
import shutil
import threading
import time
import uuid
from contextlib import contextmanager

from whoosh import index as whoosh_index
from whoosh.index import LockError

from .schema import build_schema

logger = logging.getLogger(__name__)

WRITE_TIMEOUT = 5.0  # seconds a writer waits for the lock, each try
# A generation no link points to is a rebuild in progress, or one that was
# killed: younger than this, or locked by its writer, it is left alone
ABANDONED_AFTER = 600
WRITE_TRIES = 6
OPEN_TRIES = 5  # a reader opening while another process commits


class IndexUnavailable(Exception):
    """The index is missing or cannot be read: search says so, pages work."""


class IndexStore:
    """The indexes under one directory (the backend's ``PATH``)."""

    def __init__(self, path):
        self.path = os.path.abspath(str(path))
        self._local = threading.local()

    # Where

    def link(self, key):
        return os.path.join(self.path, key)

    def current_directory(self, key):
        link = self.link(key)
        return os.path.realpath(link) if os.path.islink(link) else None

    # Reading

    def searcher(self, key):
        """This process's searcher for ``key``, current with the last commit.

        A commit in another process deletes the files of the generation it
        replaces (``_MAIN_7.toc``, merged segments): one that goes while this
        process opens them means the index changed, not that it is broken, so
        opening starts again."""
        for _attempt in range(OPEN_TRIES - 1):
            try:
                return self._open_searcher(key)
            except FileNotFoundError:
                continue
        try:
            return self._open_searcher(key)
        except FileNotFoundError as error:
            raise IndexUnavailable(f"the search index {key} cannot be read") from error

    def _open_searcher(self, key):
        directory = self.current_directory(key)
        cache = self._cache()
        entry = cache.get(key)
        if entry is not None and entry[0] == directory and _still_current(entry[1]):
            return entry[1]  # the usual case: no need to open the index again
        if directory is None or not _exists_in(directory):
            raise IndexUnavailable(f"no search index at {self.link(key)}")
        try:
            if entry is not None:
                entry[1].close()
            # a new searcher, not ``refresh()``: Whoosh's refresh reuses the
            # segment readers and misses deletions made since
            searcher = whoosh_index.open_dir(directory).searcher()
        except FileNotFoundError:
            cache.pop(key, None)
            raise
        except Exception as error:  # a damaged file is any kind of error in Whoosh
            cache.pop(key, None)
            raise IndexUnavailable(f"the search index at {directory} cannot be read") from error
        cache[key] = (directory, searcher)
        return searcher

    def _cache(self):
        cache = getattr(self._local, "searchers", None)
        if cache is None:
            cache = self._local.searchers = {}
        return cache

    def forget(self):
        for _directory, searcher in self._cache().values():
            searcher.close()
        self._local.searchers = {}

    # Writing

    def open_for_writing(self, key):
        """The index of ``key``, created empty when there is none yet. A
        link to an index that is gone or cannot be read is not "none yet":
        a new index of the one page being published would make search seem
        to work while finding nothing else, so the write fails (logged, the
        search page says search is unavailable) until ``update_index``.

        As for reading, a file of the index that goes while it is opened is
        another process's commit: opening starts again (seen under load:
        a publish that failed with the old table of contents gone)."""
        for _attempt in range(OPEN_TRIES - 1):
            try:
                return self._open_for_writing(key)
            except FileNotFoundError:
                continue
        return self._open_for_writing(key)

    def _open_for_writing(self, key):
        directory = self.current_directory(key)
        if directory is not None and _exists_in(directory):
            return whoosh_index.open_dir(directory)
        with self._creation_lock():
            directory = self.current_directory(key)
            if directory is not None and _exists_in(directory):
                return whoosh_index.open_dir(directory)
            if directory is not None:
                raise IndexUnavailable(
                    f"the search index at {self.link(key)} is gone or damaged: "
                    "run update_index")
            return self.swap_in(key, self.new_generation(key))

    @contextmanager
    def writer(self, key):
        """A writer on the index of ``key``, committed at the end of the block
        (cancelled on an error); waits and retries while another process
        writes."""
        index = self.open_for_writing(key)
        writer = None
        for attempt in range(WRITE_TRIES):
            try:
                writer = index.writer(timeout=WRITE_TIMEOUT)
                break
            except LockError:
                logger.warning("search index %s locked, try %s", key, attempt + 1)
                time.sleep(0.05 * (attempt + 1))
        if writer is None:
            raise LockError(f"the search index {key} stayed locked")
        try:
            yield writer
        except BaseException:
            writer.cancel()
            raise
        writer.commit()

    # Generations

    def new_generation(self, key):
        """A new, empty index directory for ``key`` (not yet in use)."""
        os.makedirs(self.path, exist_ok=True)
        directory = os.path.join(self.path, f"{key}.{uuid.uuid4().hex[:12]}")
        os.makedirs(directory)
        whoosh_index.create_in(directory, build_schema())
        return directory

    def swap_in(self, key, directory):
        """Make ``directory`` the index of ``key`` in one rename; the old
        generation is removed (open files stay readable until closed)."""
        previous = self.current_directory(key)
        temporary = os.path.join(self.path, f".{key}.{uuid.uuid4().hex[:12]}.link")
        os.symlink(os.path.basename(directory), temporary)
        os.replace(temporary, self.link(key))
        if previous and previous != directory:
            shutil.rmtree(previous, ignore_errors=True)
        return whoosh_index.open_dir(directory)

    def discard(self, directory):
        shutil.rmtree(directory, ignore_errors=True)

    def remove_abandoned(self, key, min_age=ABANDONED_AFTER):
        """Remove the generations of ``key`` that a rebuild left when it was
        killed (out of memory, a deploy, SIGKILL): no link points to them,
        they are not new and no writer holds their lock. Returns their paths."""
        if not os.path.isdir(self.path):
            return []
        current = self.current_directory(key)
        removed = []
        for name in sorted(os.listdir(self.path)):
            directory = os.path.join(self.path, name)
            if (not name.startswith(f"{key}.") or os.path.islink(directory)
                    or not os.path.isdir(directory) or directory == current):
                continue
            if time.time() - os.path.getmtime(directory) < min_age or _being_written(directory):
                continue
            shutil.rmtree(directory, ignore_errors=True)
            removed.append(directory)
        return removed

    @contextmanager
    def _creation_lock(self):
        import fcntl

        os.makedirs(self.path, exist_ok=True)
        with open(os.path.join(self.path, ".create.lock"), "w") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def _exists_in(directory):
    """Whoosh's ``exists_in``, which raises rather than answers when the
    index's table of contents is damaged ("created on different
    architecture" for garbage): that index is not there for reading or
    writing. A file gone meanwhile is a commit of another process: raised,
    and opening starts again (``IndexStore.searcher``)."""
    try:
        return whoosh_index.exists_in(directory)
    except FileNotFoundError:
        raise
    except Exception:
        return False


def _being_written(directory):
    """Whether a writer (in any process) holds the index lock in ``directory``."""
    from whoosh.filedb.filestore import FileStorage

    lock = FileStorage(directory).lock(f"{whoosh_index._DEF_INDEX_NAME}_WRITELOCK")
    try:
        if lock.acquire(blocking=False):
            lock.release()
            return False
    except OSError:
        return False
    return True


def _still_current(searcher):
    """Whether no commit happened since ``searcher`` opened; a commit that
    is removing its files is one, a damaged index is not known current."""
    try:
        return searcher.up_to_date()
    except FileNotFoundError:
        raise
    except Exception:  # damaged since it opened: reopening reports it
        return False
