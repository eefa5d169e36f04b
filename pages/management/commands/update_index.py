"""``manage.py update_index`` with a progress bar.

Wagtail's command (modelsearch's rebuild) prints one dot per 1,000 objects
and no total: whoever rebuilds 40,000 pages cannot tell how long is left.
This is the same command, same options, same work (``pages`` comes before
``wagtail.search`` in ``INSTALLED_APPS``, so this one answers to the name);
only what it prints changes: per model, how many objects of how many, and
the time taken."""

import time

from wagtail.search.management.commands.update_index import Command as WagtailCommand

from ...search.backend import discard_unfinished_rebuilds

BAR_WIDTH = 24


class Command(WagtailCommand):
    help = "Rebuild the search indexes (every backend, or --backend NAME), with progress."

    def update_backend(self, backend_name, *args, **kwargs):
        self._backend_name = backend_name
        try:
            super().update_backend(backend_name, *args, **kwargs)
        except BaseException:
            # the index in use is untouched; what the rebuild wrote goes
            discard_unfinished_rebuilds()
            raise

    def queryset_chunks(self, qs, *args, **kwargs):
        model = qs.model
        self._label = f"{self._backend_name}: {model._meta.app_label}.{model.__name__} "
        self._total = qs.count()
        self._done = 0
        self._started = time.monotonic()
        yield from super().queryset_chunks(qs, *args, **kwargs)

    def print_iter_progress(self, iterable):
        """After each chunk is indexed: the bar again, on the same line when
        the output is a terminal; the count and time at the end otherwise."""
        live = self.stdout.isatty()
        for chunk in iterable:
            yield chunk
            self._done += len(chunk)
            if live:
                self.write(f"\r{self._label.ljust(35)}{self._progress()}", ending="")
                self.stdout.flush()
        if not getattr(self, "_total", 0):
            return
        if live:
            self.write(f"\r{self._label.ljust(35)}", ending="")
        self.write(self._progress(), ending="")

    def _progress(self):
        total = self._total or 1
        filled = BAR_WIDTH * self._done // total
        seconds = time.monotonic() - self._started
        return (f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] "
                f"{self._done}/{self._total} ({100 * self._done // total} %), {seconds:.1f} s")
