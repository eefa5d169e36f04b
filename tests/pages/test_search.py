"""The public search: pages of the reader's language only, a human route
when nothing is found, and a page for whatever is typed."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import factories
from tests.conftest import text_of

# the public search reads the Whoosh index, which each test fills as it saves pages
pytestmark = pytest.mark.usefixtures("search_index")


@pytest.fixture
def site(db):
    """The small site in four languages, with a second Dutch page that
    mentions the leefloon."""
    site = factories.make_site_in_four_languages()
    factories.make_translated_page(
        site.money,
        fr={"title": "Votre premier rendez-vous", "intro": "Apportez votre carte d'identité."},
        nl={"title": "Uw eerste afspraak",
            "intro": "Breng uw identiteitskaart mee als u een leefloon vraagt."})
    return site


def test_search_finds_pages_in_the_readers_language_only(client, site):
    text = text_of(client.get("/fr/recherche/", {"q": "énergie"}))
    assert "Payer vos factures" in text  # "énergie" is marked: text_of splits there
    assert "energiefacturen" not in text
    dutch = text_of(client.get("/nl/zoeken/", {"q": "leefloon"}))
    assert "Een leefloon aanvragen" in dutch and "2 resultaten" in dutch
    assert "Uw eerste afspraak" in dutch
    assert "Demander le revenu" not in dutch


def test_search_without_results_offers_a_human_route(client, site):
    text = text_of(client.get("/de/suche/", {"q": "xylophonzzz"}))
    assert "0 Ergebnisse" in text and "rufen Sie uns an" in text


def test_odd_search_input_never_breaks_the_page(client, site):
    for params in [{"q": ""}, {"q": "a" * 5000}, {"q": "énergie", "page": "abc"},
                   {"q": "énergie", "page": "999"}, {"q": "<script>alert(1)</script>"},
                   {"q": "\x00\ud7ff"}]:
        response = client.get("/fr/recherche/", params)
        assert response.status_code == 200, params
        assert b"<script>alert(1)</script>" not in response.content


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=300), page=st.text(max_size=10))
def test_any_search_input_gets_a_page_never_an_error(client, site, query, page):
    response = client.get("/fr/recherche/", {"q": query, "page": page})
    assert response.status_code == 200
