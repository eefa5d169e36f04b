"""Two test runs on one Redis server (bin/test's PostgreSQL run beside a
developer's, or the app and site tests run part by part at once) do not empty
each other's cache: every test begins with ``cache.clear()``, and with
Django's RedisCache that was FLUSHDB, which made a warm-cache query count fail
at random (tests/redis_cache.py)."""

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils.module_loading import import_string

ON_REDIS = "redis" in settings.CACHES["default"]["BACKEND"].lower()


def another_runs_cache():
    config = settings.CACHES["default"]
    return import_string(config["BACKEND"])(
        config["LOCATION"], {**config, "KEY_PREFIX": f"{config['KEY_PREFIX']}-another-run"})


@pytest.mark.skipif(not ON_REDIS, reason="local memory is one cache per process: "
                    "another run cannot empty it (the Redis run has this test)")
def test_another_run_emptying_its_cache_leaves_this_runs_cached_pages():
    other = another_runs_cache()
    cache.set("page-frame", "kept")
    other.set("page-frame", "theirs")
    other.clear()
    assert cache.get("page-frame") == "kept"
    assert other.get("page-frame") is None


@pytest.mark.skipif(not ON_REDIS, reason="local memory is one cache per process: "
                    "another run cannot empty it (the Redis run has this test)")
def test_a_run_emptying_its_cache_removes_all_its_own_keys():
    cache.set_many({f"key-{number}": number for number in range(1200)})
    cache.clear()
    assert cache.get_many([f"key-{number}" for number in range(1200)]) == {}
