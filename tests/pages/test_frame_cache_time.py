"""How long the page frame is kept: a publish moves on the generation of the
cache it is written to, so with local memory (one cache per server process)
another process's frame must not outlive a minute; with a cache every process
shares, a day."""

from django.test import override_settings

from pages.frame.cache import timeout_seconds

LOCAL = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}


def shared(folder):
    """A cache every process reads (files here; Redis or memcached on a server)."""
    return {"default": {"BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                        "LOCATION": str(folder)}}


def test_the_frame_is_kept_a_minute_in_local_memory_and_a_day_in_a_shared_cache(
        settings, tmp_path):
    settings.BALISE_PAGES = {**getattr(settings, "BALISE_PAGES", {}), "FRAME_CACHE_SECONDS": None}
    with override_settings(CACHES=LOCAL):
        assert timeout_seconds() == 60
    with override_settings(CACHES=shared(tmp_path)):
        assert timeout_seconds() == 24 * 3600


def test_a_chosen_time_is_kept_whatever_the_cache(settings, tmp_path):
    settings.BALISE_PAGES = {**getattr(settings, "BALISE_PAGES", {}), "FRAME_CACHE_SECONDS": 300}
    for caches in (LOCAL, shared(tmp_path)):
        with override_settings(CACHES=caches):
            assert timeout_seconds() == 300
