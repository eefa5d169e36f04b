import pytest

from tests import factories


@pytest.fixture
def site(db):
    """A home, two topics and two information pages in four languages
    (``factories.SMALL_SITE``)."""
    return factories.make_site_in_four_languages()
