from types import SimpleNamespace

import pytest
from wagtail.models import Page

from tests import factories


@pytest.fixture(scope="module")
def site_once(module_db):
    return {name: page.pk for name, page in vars(factories.make_site_in_four_languages()).items()}


@pytest.fixture
def site(site_once, db):
    """A home, two topics and two information pages in four languages
    (``factories.SMALL_SITE``), built once per module: ``home``, ``housing``
    and ``bills``, ``money`` and ``income`` (the French pages)."""
    return SimpleNamespace(**{name: Page.objects.get(pk=pk).specific
                              for name, pk in site_once.items()})
