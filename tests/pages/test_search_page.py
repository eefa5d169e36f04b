"""The public search page on the Whoosh backend, as a citizen uses it: their
own language, words in any form and without accents, misspellings corrected,
jargon understood, a page in another language when theirs has none, and a
phone number when nothing is found or search is down."""

import shutil
from pathlib import Path

import pytest
from django.core import checks as django_checks
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from pages.checks import check_search_backend
from pages.search.highlight import highlight
from pages.search.suggestions import closest
from pages.search.synonyms import alternatives
from tests import factories
from tests.conftest import text_of

PHONE = "02 555 12 34"


def whoosh_at(path):
    from django.conf import settings

    backends = dict(settings.WAGTAILSEARCH_BACKENDS)
    backends["whoosh"] = {"BACKEND": "pages.search.backend", "PATH": str(path),
                          "AUTO_UPDATE": True}
    return backends


@pytest.fixture(scope="module")
def built(module_db, tmp_path_factory):
    """The small site in four languages, indexed once for the module, with a
    phone number, top tasks, a glossary and a few pages of one language only."""
    index = tmp_path_factory.mktemp("search-page") / "index"
    with override_settings(WAGTAILSEARCH_BACKENDS=whoosh_at(index)):
        site = factories.make_site_in_four_languages()
        home = site.home
        factories.make_organisation(site_home=home, phone=PHONE)
        home.top_tasks = [("task", {"page": site.bills, "label": "", "description": ""})]
        factories.publish(home)
        factories.make_page(site.money, title="Les allocations familiales",
                            intro="Une aide pour élever vos enfants.")
        factories.make_page(site.money, title="Allocation de chauffage",
                            intro="Une aide pour payer le mazout.")
        dutch_money = site.money.get_translation(factories.locales()["nl"])
        factories.make_page(dutch_money, title="De sociale kruidenier",
                            intro="Goedkope boodschappen in de sociale kruidenier.")
        secret = factories.make_page(dutch_money, title="Kruidenier: interne werkwijze",
                                     intro="Alleen voor het team.")
        PageViewRestriction.objects.create(page=secret, password="x",
                                           restriction_type=PageViewRestriction.PASSWORD)
        factories.make_page(dutch_money, title="Hulp van het OCMW voor uw huur",
                            intro="Het OCMW helpt u uw huur te betalen.")
        factories.make_glossary_term("RIS", "fr", plain_alternative="revenu d'intégration")
        factories.make_glossary_term("OCMW-steun", "nl", plain_alternative="hulp van het OCMW")
    return index


@pytest.fixture
def index(built, db, settings, tmp_path):
    """A copy of the module's index for this test: what a test publishes is
    not rolled back from the index's files."""
    copy = tmp_path / "index"
    shutil.copytree(built, copy, symlinks=True)
    settings.WAGTAILSEARCH_BACKENDS = whoosh_at(copy)
    return copy


def money():
    """The French topic "Argent et dettes", read again from the database."""
    return Page.objects.get(title="Argent et dettes").specific


def search(client, query, language="fr", **params):
    path = {"fr": "/fr/recherche/", "nl": "/nl/zoeken/", "de": "/de/suche/",
            "en": "/en/search/"}[language]
    return client.get(path, {"q": query, **params})


def test_each_reader_gets_pages_of_their_own_language(client, index):
    french = text_of(search(client, "leefloon"))
    assert "0 résultat" in french
    assert "Een leefloon aanvragen" not in french and "Het leefloon helpt" not in french
    dutch = text_of(search(client, "energiefacturen", "nl"))
    assert "1 resultaat" in dutch and "betalen" in dutch
    assert "Payer vos factures" not in dutch


def test_a_plural_finds_the_singular_and_the_singular_the_plural(client, index):
    for query in ("allocation", "allocations", "ALLOCATIONS"):
        text = text_of(search(client, query))
        assert "2 résultats" in text, query
        assert "familiales" in text and "chauffage" in text


def test_words_typed_without_accents_find_pages_with_them(client, index):
    assert "Payer vos factures" in text_of(search(client, "energie"))
    assert "Payer vos factures" in text_of(search(client, "ÉNERGIE"))


def test_every_word_must_match_unless_no_page_has_them_all(client, index):
    both = text_of(search(client, "allocation chauffage"))
    assert "1 résultat" in both and "familiales" not in both
    either = text_of(search(client, "allocation xylophone"))
    assert "2 résultats" in either


def test_the_words_found_are_marked_in_the_title_and_summary(client, index):
    html = search(client, "allocation enfant").content.decode()
    assert "<mark>allocations</mark> familiales" in html
    assert "élever vos <mark>enfants</mark>" in html


def test_what_the_reader_typed_is_never_markup(client, index):
    html = search(client, '<b>allocation</b> "chauffage').content.decode()
    assert "<b>allocation" not in html
    assert "<mark>chauffage</mark>" in html


def test_a_misspelled_search_offers_the_corrected_one_as_a_link(client, index):
    response = search(client, "revnu d'intgration")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Vouliez-vous dire" in html
    assert 'href="/fr/recherche/?q=revenu%20d%27int%C3%A9gration"' in html
    assert ">revenu d&#x27;intégration</a>" in html
    corrected = client.get("/fr/recherche/?q=revenu%20d%27int%C3%A9gration")
    assert "Demander le revenu" in text_of(corrected)


def test_a_correct_search_offers_no_correction(client, index):
    assert "Vouliez-vous dire" not in text_of(search(client, "revenu d'intégration"))
    assert "Vouliez-vous dire" not in text_of(search(client, "allocation"))


def test_an_abbreviation_in_the_glossary_finds_the_page_in_plain_words(client, index):
    text = text_of(search(client, "RIS"))
    assert "Demander le revenu" in text
    dutch = text_of(search(client, "OCMW-steun", "nl"))
    assert "Hulp van het OCMW voor uw huur" in dutch


def test_the_plain_words_also_find_what_the_glossary_term_names(client, index):
    factories.make_page(money(), title="Le montant du RIS en 2027",
                        intro="Combien vous recevez.")
    text = text_of(search(client, "revenu d'intégration"))
    assert "montant du RIS" in text and "Demander le revenu" in text


def test_a_page_only_in_another_language_is_offered_and_labelled(client, index):
    response = search(client, "kruidenier")
    html = response.content.decode()
    text = text_of(response)
    assert "0 résultat" in text
    assert "Pages dans d'autres langues" in text
    assert "sociale kruidenier" in text and "(en néerlandais)" in text
    assert '<li lang="nl">' in html and 'hreflang="nl"' in html


def test_a_page_translated_into_the_readers_language_is_not_offered_in_another(client, index):
    text = text_of(search(client, "leefloon"))
    assert "Een leefloon aanvragen" not in text, "the French version exists: not the Dutch"
    assert "Pages dans d'autres langues" not in text


def test_a_search_without_results_gives_the_phone_number_and_the_top_tasks(client, index):
    response = search(client, "xylophonzzz")
    html = response.content.decode()
    assert response.status_code == 200
    section = html.split('id="search-help-heading"')[1].split("</section>")[0]
    assert PHONE in section and 'href="tel:+3225551234"' in section
    assert "Payer vos factures" in section, "the home page's top task"


def test_search_says_it_is_unavailable_when_its_index_is_gone(client, index):
    shutil.rmtree(index)
    response = search(client, "allocation")
    assert response.status_code == 503
    text = text_of(response)
    assert "La recherche ne fonctionne pas pour le moment" in text
    assert PHONE in text and "Payer vos factures" in text
    assert client.get("/fr/").status_code == 200, "every other page keeps working"
    assert client.get("/fr/search-suggestions/", {"q": "alloc"}).json() == {"results": []}


def test_a_damaged_index_is_unavailable_too(client, index):
    segments = list(Path(index).rglob("*.seg"))
    assert segments
    for path in segments:
        path.write_bytes(b"not an index")
    assert search(client, "allocation").status_code == 503


def test_pages_behind_a_restriction_are_never_offered_in_any_language(client, index):
    text = text_of(search(client, "kruidenier"))
    assert "interne werkwijze" not in text
    titles = [item["title"] for item in
              client.get("/nl/search-suggestions/", {"q": "kruid"}).json()["results"]]
    assert titles == ["De sociale kruidenier"]


def test_suggestions_give_at_most_8_titles_of_the_readers_language(client, index):
    for number in range(10):
        factories.make_page(money(), title=f"Allocation numéro {number}")
    response = client.get("/fr/search-suggestions/", {"q": "alloc"})
    results = response.json()["results"]
    assert len(results) == 8
    assert all(item["url"].startswith("/fr/") for item in results)
    assert "private" in response["Cache-Control"]
    assert client.get("/fr/search-suggestions/", {"q": "a"}).json() == {"results": []}


def test_one_page_of_results_is_loaded_whatever_the_number_of_hits(client, index):
    def queries():
        search(client, "xenon")  # warm the caches a running site would have
        with CaptureQueriesContext(connection) as captured:
            response = search(client, "xenon")
        assert response.status_code == 200
        return len(captured), response

    for number in range(12):
        factories.make_page(money(), title=f"Prime xénon {number}", intro="Une prime.")
    few, _response = queries()
    for number in range(12, 40):
        factories.make_page(money(), title=f"Prime xénon {number}", intro="Une prime.")
    many, response = queries()
    assert "40 résultats" in text_of(response)
    assert response.content.decode().count("Prime <mark>xénon</mark>") == 10
    assert many == few


def test_the_page_also_works_on_wagtails_database_backend(client, index, settings):
    settings.BALISE_PAGES = {"SEARCH_BACKEND": "default"}
    response = search(client, "chauffage")
    assert response.status_code == 200
    assert "<mark>chauffage</mark>" in response.content.decode()
    assert "Vouliez-vous dire" not in text_of(search(client, "revnu d'intgration")), \
        "that backend has no vocabulary to correct from"


def test_a_backend_name_the_site_does_not_configure_is_reported(settings):
    settings.BALISE_PAGES = {"SEARCH_BACKEND": "elastic"}
    errors = check_search_backend(None)
    assert [error.id for error in errors] == ["balise_pages.E008"]
    assert errors[0].level == django_checks.ERROR
    settings.BALISE_PAGES = {}
    assert check_search_backend(None) == []


def test_the_correction_is_the_nearest_word_in_the_case_typed():
    # Whoosh ranks its suggestions by frequency alone: "revenus" came first
    assert closest("revnu", ["revenus", "revenu"]) == "revenu"
    assert closest("Livng", ["live", "living"]) == "Living"
    assert closest("CPSA", ["cpas"]) == "CPAS"


def test_marks_follow_the_pages_language_and_let_no_markup_through():
    assert highlight("<b>Allocations</b> & co", "allocation", "fr") == \
        "&lt;b&gt;<mark>Allocations</mark>&lt;/b&gt; &amp; co"
    assert highlight("Häuser der Stadt", "haus der", "de") == "<mark>Häuser</mark> der Stadt"
    assert highlight("Het leefloon", "leefloon", "nl") == "Het <mark>leefloon</mark>"


def test_glossary_synonyms_work_both_ways_whatever_the_case_or_apostrophe():
    pairs = [("RIS", "revenu d'intégration")]
    assert alternatives("montant du ris", pairs) == ["montant du revenu d'intégration"]
    assert alternatives("revenu d’intégration", pairs) == ["RIS"]
    assert alternatives("crise", pairs) == []
