"""The Redis cache of the test runs on PostgreSQL (REDIS_URL), with a
``clear()`` that empties only the keys of its own run.

Every test starts with ``cache.clear()`` (tests/conftest.py), and Django's
RedisCache clears with FLUSHDB: the whole Redis database, whatever the key
prefix. Two test processes on one Redis server (the app and site tests run
part by part at the same time, or two developers' bin/test) then emptied each
other's caches half-way through a test, and a test that counts queries on a
warm cache saw the site's root paths read again (three or four page queries
instead of two, tests/site/test_concurrent_submissions.py): a failure of the
test set-up, not of the site. Each run has its own prefix (settings) and
clears only the keys under it."""

from django.core.cache.backends.redis import RedisCache

SCAN_BATCH = 500


class RunOwnRedisCache(RedisCache):
    def clear(self):
        client = self._cache.get_client(None, write=True)
        # key_prefix is the run's own (letters, digits, "-"): no glob character in it
        keys = list(client.scan_iter(match=f"{self.key_prefix}:*", count=SCAN_BATCH))
        for start in range(0, len(keys), SCAN_BATCH):
            client.delete(*keys[start:start + SCAN_BATCH])
        return True
