"""What the tests of measuring use share: a reader's browser, the counting
middleware switched on in the small test site, and the counts as a dict."""

import pytest
from django.test import Client

from pages.models import DailyCount

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
COUNTING = "pages.usage.middleware.UsageMiddleware"


@pytest.fixture
def counting(settings):
    """The site's MIDDLEWARE with the counting outside everything else."""
    if COUNTING not in settings.MIDDLEWARE:
        settings.MIDDLEWARE = [COUNTING, *settings.MIDDLEWARE]
    return settings


@pytest.fixture
def reader(counting):
    return Client(headers={"User-Agent": BROWSER})


def counts(kind=None):
    """{(kind, language, page id): count} of every row (of ``kind``)."""
    rows = DailyCount.objects.all()
    if kind:
        rows = rows.filter(kind=kind)
    return {(row.kind, row.language, row.page_id): row.count for row in rows}
