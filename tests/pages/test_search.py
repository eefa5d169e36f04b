from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import text_of


def test_search_finds_pages_in_the_readers_language_only(client, demo_pages):
    text = text_of(client.get("/fr/recherche/", {"q": "énergie"}))
    assert "Payer vos factures d'énergie" in text
    assert "energiefacturen" not in text
    dutch = text_of(client.get("/nl/zoeken/", {"q": "leefloon"}))
    assert "Een leefloon aanvragen" in dutch and "2 resultaten" in dutch
    assert "Demander le revenu" not in dutch


def test_search_without_results_offers_a_human_route(client, demo_pages):
    text = text_of(client.get("/de/suche/", {"q": "xylophonzzz"}))
    assert "0 Ergebnisse" in text and "rufen Sie uns an" in text


def test_odd_search_input_never_breaks_the_page(client, demo_pages):
    for params in [{"q": ""}, {"q": "a" * 5000}, {"q": "énergie", "page": "abc"},
                   {"q": "énergie", "page": "999"}, {"q": "<script>alert(1)</script>"},
                   {"q": "\x00\ud7ff"}]:
        response = client.get("/fr/recherche/", params)
        assert response.status_code == 200, params
        assert b"<script>alert(1)</script>" not in response.content


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=300), page=st.text(max_size=10))
def test_any_search_input_gets_a_page_never_an_error(client, demo_pages, query, page):
    response = client.get("/fr/recherche/", {"q": query, "page": page})
    assert response.status_code == 200
