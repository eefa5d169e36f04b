"""The Whoosh backend as a site uses it: pages found by their words in their
own language, stemmed and without accents, filtered and ordered in Whoosh,
kept current when pages change."""

import pytest
from wagtail.models import Locale, Page

from pages.models import InformationPage
from pages.search.backend import IndexUnavailable, WhooshSearchBackend
from tests.factories import make_page, make_site, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def backend(tmp_path):
    return WhooshSearchBackend({"PATH": tmp_path / "index"})


@pytest.fixture
def pages():
    home = make_site()
    income = make_page(home, title="Le revenu d'intégration",
                       intro="De l'argent chaque mois quand vos revenus ne suffisent pas.")
    rent = make_page(home, title="La garantie locative",
                     intro="Nous avançons la garantie pour votre logement.")
    translate(income, "nl", title="Het leefloon", intro="Elke maand geld als uw inkomen niet "
                                                        "volstaat.")
    return {"home": home, "income": income, "rent": rent}


def index_all(backend):
    index = backend.get_index_for_model(Page)
    rebuilder = backend.rebuilder_class(index)
    building = rebuilder.start()
    for model in (Page, InformationPage):
        objects = list(model.objects.all().specific()) if model is Page else []
        if objects:
            building.add_items(model, objects)
    rebuilder.finish()


def titles(results):
    return [page.title for page in results]


def in_language(code):
    return Page.objects.live().filter(locale=Locale.objects.get(language_code=code))


def test_a_french_word_without_its_accent_and_in_another_form_finds_the_page(backend, pages):
    index_all(backend)
    found = backend.search("integration", in_language("fr"))
    assert titles(found) == ["Le revenu d'intégration"]
    assert titles(backend.search("garanties locatives", in_language("fr"),
                                 operator="and")) == ["La garantie locative"]


def test_a_reader_searching_in_dutch_gets_dutch_pages_only(backend, pages):
    index_all(backend)
    assert titles(backend.search("leefloon", in_language("nl"))) == ["Het leefloon"]
    assert titles(backend.search("leefloon", in_language("fr"))) == []
    assert titles(backend.search("revenu", in_language("nl"))) == []


def test_words_in_the_intro_count_less_than_words_in_the_title(backend, pages):
    make_page(pages["home"], title="Vos revenus", intro="Tout sur la garantie.")
    index_all(backend)
    found = backend.search("garantie", in_language("fr"))
    assert titles(found)[0] == "La garantie locative"
    assert found.count() == 2


def test_results_are_sliced_counted_and_scored(backend, pages):
    for number in range(12):
        make_page(pages["home"], title=f"Aide numéro {number}", intro="Une aide du CPAS.")
    index_all(backend)
    found = backend.search("aide", in_language("fr"))
    assert found.count() == 12
    assert len(found[10:20]) == 2
    assert found[10:20].count() == 2
    scored = backend.search("aide", in_language("fr")).annotate_score("score")
    assert all(page.score > 0 for page in scored)


def test_a_page_saved_or_deleted_later_is_found_or_forgotten(backend, pages):
    index_all(backend)
    page = make_page(pages["home"], title="La médiation de dettes")
    backend.add(page)
    assert titles(backend.search("dettes", in_language("fr"))) == ["La médiation de dettes"]
    backend.delete(page)
    assert titles(backend.search("dettes", in_language("fr"))) == []


def test_a_missing_index_says_it_is_unavailable(backend, pages):
    with pytest.raises(IndexUnavailable):
        list(backend.search("revenu", in_language("fr")))


def test_a_phrase_matches_the_words_in_that_order_only(backend, pages):
    from modelsearch.query import Phrase

    index_all(backend)
    assert titles(backend.search(Phrase("garantie locative"), in_language("fr"))) == [
        "La garantie locative"]
    assert titles(backend.search(Phrase("locative garantie"), in_language("fr"))) == []


def test_did_you_mean_offers_the_sites_own_words(backend, pages):
    index_all(backend)
    assert "intégration" in backend.suggest("intgration", "fr")
    assert backend.knows("leefloon", "nl")
    assert not backend.knows("leefloon", "fr")
