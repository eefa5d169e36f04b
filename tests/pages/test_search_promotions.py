"""Promoted results ("best bets"): the pages editors pin to what citizens
type in one language come first, marked "Recommended", only in that
language, only when the reader may open them, and never twice."""

import html as html_module
import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import PageViewRestriction

from pages.models import PromotedResult
from tests import factories
from tests.conftest import text_of


@pytest.fixture
def site(db, search_index):
    return factories.make_site_in_four_languages()


def promote(page, query, language="fr", **fields):
    return PromotedResult.objects.create(locale=factories.locales()[language], query=query,
                                         page=page, **fields)


def search(client, query, language="fr", **params):
    path = {"fr": "/fr/recherche/", "nl": "/nl/zoeken/"}[language]
    response = client.get(path, {"q": query, **params})
    assert response.status_code == 200
    return response


def result_titles(response):
    """The titles listed, in order, "Recommended" kept where it is shown."""
    html = response.content.decode()
    results = html.split('<ol class="search-results">')[1].split("</ol>")[0]
    items = re.findall(r"<li[^>]*>(.*?)</li>", results, flags=re.S)
    return [html_module.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", item))).strip()
            for item in items]


def test_a_promoted_page_comes_first_marked_recommended(client, site):
    promote(site.bills, "revenu", description="Aussi pour le gaz et l'électricité.")
    titles = result_titles(search(client, "Revenu"))
    assert titles[0].startswith("Recommandé Payer vos factures d'énergie")
    assert "Aussi pour le gaz et l'électricité." in titles[0], "the editors' description"
    assert any("Demander le revenu" in title for title in titles[1:])
    assert "2 résultats" in text_of(search(client, "revenu"))


def test_without_a_description_the_page_in_short_is_shown(client, site):
    promote(site.bills, "gaz")
    response = search(client, "gaz")
    assert result_titles(response) == [
        "Recommandé Payer vos factures d'énergie Le CPAS peut vous aider à payer vos "
        "factures d'énergie."]
    assert "Essayez d'autres mots" not in text_of(response), "not a search without results"


def test_a_promotion_is_only_for_its_own_language(client, site):
    promote(site.bills, "leefloon")
    assert "Recommandé" not in text_of(search(client, "energie"))
    dutch = text_of(search(client, "leefloon", "nl"))
    assert "Aanbevolen" not in dutch and "Payer vos factures" not in dutch
    assert result_titles(search(client, "leefloon"))[0].startswith("Recommandé Payer")


def test_a_promoted_page_that_also_matches_is_listed_once(client, site):
    promote(site.bills, "energie")
    titles = result_titles(search(client, "energie"))
    assert sum("Payer vos factures" in title for title in titles) == 1
    assert titles[0].startswith("Recommandé Payer")
    assert "2 résultats" in text_of(search(client, "energie")), "the topic and the bills page"


def test_the_words_match_whatever_the_case_spaces_or_other_words(client, site):
    promote(site.bills, "  Facture   GAZ ", other_queries="chauffage\nMazout")
    for typed in ("facture gaz", "FACTURE  gaz", "mazout", "Chauffage"):
        assert result_titles(search(client, typed))[0].startswith("Recommandé"), typed
    assert "Recommandé" not in text_of(search(client, "facture"))


def test_a_page_not_live_or_not_visible_to_the_reader_is_never_promoted(client, site):
    draft = factories.make_draft(site.money, title="Brouillon secret")
    promote(draft, "secret")
    hidden = factories.make_page(site.money, title="Page réservée", intro="Pour l'équipe.")
    PageViewRestriction.objects.create(page=hidden, password="x",
                                       restriction_type=PageViewRestriction.PASSWORD)
    promote(hidden, "secret")
    text = text_of(search(client, "secret"))
    assert "Brouillon secret" not in text and "Page réservée" not in text
    assert "Recommandé" not in text
    site.bills.unpublish()
    promote(site.bills, "energie")
    assert "Recommandé" not in text_of(search(client, "energie"))


def test_the_promotion_is_shown_on_the_first_page_of_results_only(client, site):
    for number in range(12):
        factories.make_page(site.money, title=f"Prime xénon {number}")
    promote(site.bills, "xenon")
    assert result_titles(search(client, "xenon"))[0].startswith("Recommandé")
    second = search(client, "xenon", page=2)
    assert "Recommandé" not in text_of(second)
    assert "Payer vos factures" not in text_of(second)


def test_a_promotion_names_words_and_a_page_of_its_own_language(site):
    french = factories.locales()["fr"]
    dutch_bills = site.bills.get_translation(factories.locales()["nl"])
    with pytest.raises(ValidationError) as refused:
        PromotedResult(locale=french, query="energie", page=dutch_bills).full_clean()
    assert "page" in refused.value.message_dict
    with pytest.raises(ValidationError):
        PromotedResult(locale=french, query="   ", page=site.bills).full_clean()
    promotion = PromotedResult(locale=french, query=" Aide  LOYER ", page=site.bills)
    promotion.full_clean()
    assert promotion.query == "aide loyer"


def test_editors_list_the_promotions_of_one_language(client, site):
    promote(site.bills, "gaz")
    dutch = site.bills.get_translation(factories.locales()["nl"])
    promote(dutch, "gasfactuur", "nl")
    client.force_login(factories.make_user(superuser=True))
    index = reverse("wagtailsnippets_balise_pages_promotedresult:list")

    def queries_listed(**params):
        html = client.get(index, params).content.decode()
        return set(re.findall(r'_title">(gaz|gasfactuur)</span>', html))

    assert queries_listed() == {"gaz", "gasfactuur"}
    assert queries_listed(locale=factories.locales()["nl"].pk) == {"gasfactuur"}
