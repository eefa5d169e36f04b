"""One behaviour suite for site search, run against Balise's Whoosh backend
and Wagtail's database backend, so that both keep the same contract: a
reader finds the pages of their own language, by the words they type, and
the index follows what editors publish.

Each test names the backends it runs on with ``@on_both`` or
``@on_both(database_lacks=...)``: a feature the database backend does not
have (stemming, boosts) is an expected failure there, strict, so the gap
shows in every run and a change that closes it is noticed.

Pages are indexed as on the site: by Wagtail's own signal handlers, both
backends set to update automatically (the Whoosh index in a temporary
directory per test)."""

import pytest
from django.db import connection
from django.test import override_settings
from modelsearch.query import Phrase
from wagtail.models import Locale, Page

from pages.models import InformationPage, TopicPage
from tests.factories import make_page, make_site, make_topic, publish, translate

pytestmark = pytest.mark.django_db

# What the database backend lacks depends on the database it runs on (bin/test
# runs this suite on SQLite and on PostgreSQL).
NO_STEMMING = {
    "sqlite": "SQLite FTS5 (unicode61) does not stem: one form of a word misses the others",
    "postgresql": "PostgreSQL's 'simple' text search configuration (SEARCH_CONFIG) does not "
                  "stem: one form of a word misses the others",
}
NO_BOOSTS = {"sqlite": "the SQLite database backend ignores SearchField boosts"}
NO_UNACCENT = {"postgresql": "PostgreSQL's 'simple' text search configuration keeps accents "
                             "(its unaccent extension is not set up)"}
# PostgreSQL's default configuration follows the server's locale (english,
# french…): the suite names one, so its results do not depend on the server.
POSTGRES_SEARCH_CONFIG = "simple"


def on_both(database_lacks=None):
    """Run the test on each backend; on the database backend as a strict
    expected failure when it lacks the feature on this run's database."""
    reason = (database_lacks or {}).get(connection.vendor)
    database = "database" if reason is None else pytest.param(
        "database", marks=pytest.mark.xfail(strict=True, reason=reason))
    return pytest.mark.parametrize("backend", ["whoosh", database], indirect=True)


@pytest.fixture
def backend(request, tmp_path):
    """The name of the backend the test searches with; both backends are
    kept current by Wagtail's signal handlers."""
    backends = {
        "database": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": True},
        "whoosh": {"BACKEND": "pages.search.backend", "PATH": str(tmp_path / "index"),
                   "AUTO_UPDATE": True},
    }
    if connection.vendor == "postgresql":
        # also as "default": both write the same index table, the last one wins
        backends["database"]["SEARCH_CONFIG"] = POSTGRES_SEARCH_CONFIG
        backends["default"] = backends["database"]
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        yield request.param


@pytest.fixture
def home(backend):
    return make_site()


def language(code):
    return Locale.objects.get(language_code=code)


def in_language(code, model=Page):
    return model.objects.live().filter(locale=language(code))


def find(backend, query, queryset, **options):
    """The titles found, in order; the count the search page shows must
    agree (a page still in the index but no longer in the database or no
    longer matching the filters would be counted and not listed)."""
    count = queryset.search(query, backend=backend, **options).count()
    titles = [page.title for page in queryset.search(query, backend=backend, **options)]
    assert count == len(titles), (count, titles)
    return titles


# Languages


@on_both()
def test_a_french_reader_gets_only_french_pages(backend, home):
    french = make_page(home, title="L'allocation de chauffage",
                       intro="Une aide pour payer le mazout.")
    translate(french, "nl", title="De verwarmingstoelage",
              intro="Ook wel allocation de chauffage genoemd: hulp voor de stookolie.")
    assert find(backend, "allocation", in_language("fr")) == ["L'allocation de chauffage"]
    assert find(backend, "allocation", in_language("nl")) == ["De verwarmingstoelage"]
    assert find(backend, "verwarmingstoelage", in_language("fr")) == []


@on_both(database_lacks=NO_STEMMING)
def test_french_singular_and_plural_find_each_other(backend, home):
    make_page(home, title="Les allocations familiales", intro="Pour chaque enfant.")
    make_page(home, title="Une allocation de loyer", intro="Pour payer le logement.")
    assert set(find(backend, "allocation", in_language("fr"))) == {
        "Les allocations familiales", "Une allocation de loyer"}
    assert set(find(backend, "allocations", in_language("fr"))) == {
        "Les allocations familiales", "Une allocation de loyer"}


@on_both(database_lacks=NO_STEMMING)
def test_german_hauser_finds_haus_and_the_reverse(backend, home):
    page = make_page(home, title="Wohnen", intro="Hilfe beim Wohnen.")
    translate(page, "de", title="Ein Haus mieten", intro="Hilfe für die Miete.")
    other = make_page(home, title="Logements", intro="Les logements sociaux.")
    translate(other, "de", title="Sozialwohnungen", intro="Häuser mit niedriger Miete.")
    assert set(find(backend, "Häuser", in_language("de"))) == {"Ein Haus mieten",
                                                             "Sozialwohnungen"}
    assert set(find(backend, "Haus", in_language("de"))) == {"Ein Haus mieten",
                                                           "Sozialwohnungen"}


@on_both(database_lacks=NO_STEMMING)
def test_dutch_singular_and_plural_find_each_other(backend, home):
    page = make_page(home, title="Aides", intro="Aides.")
    translate(page, "nl", title="De toeslagen voor kinderen", intro="Elke maand.")
    other = make_page(home, title="Demande", intro="Demande.")
    translate(other, "nl", title="Een aanvraag indienen", intro="Zo vraagt u het aan.")
    assert find(backend, "toeslag", in_language("nl")) == ["De toeslagen voor kinderen"]
    assert find(backend, "aanvragen", in_language("nl")) == ["Een aanvraag indienen"]


@on_both(database_lacks=NO_UNACCENT)
def test_a_word_typed_without_its_accents_finds_the_page(backend, home):
    page = make_page(home, title="Le revenu d'intégration", intro="De l'argent chaque mois.")
    translate(page, "de", title="Das Eingliederungseinkommen",
              intro="Geld von der Behörde, jeden Monat.")
    assert find(backend, "integration", in_language("fr")) == ["Le revenu d'intégration"]
    assert find(backend, "Behorde", in_language("de")) == ["Das Eingliederungseinkommen"]
    assert find(backend, "INTÉGRATION", in_language("fr")) == ["Le revenu d'intégration"]


# Queries


@on_both()
def test_a_phrase_matches_its_words_in_that_order_only(backend, home):
    make_page(home, title="La garantie locative", intro="Nous avançons la somme.")
    make_page(home, title="Locative, la garantie ?", intro="Les mots dans le désordre.")
    assert find(backend, Phrase("garantie locative"), in_language("fr")) == [
        "La garantie locative"]


@on_both()
def test_all_words_or_any_word(backend, home):
    make_page(home, title="Payer le loyer", intro="Une aide du CPAS.")
    make_page(home, title="Payer le gaz", intro="Une facture trop haute.")
    assert find(backend, "loyer gaz", in_language("fr"), operator="and") == []
    assert set(find(backend, "loyer gaz", in_language("fr"), operator="or")) == {
        "Payer le loyer", "Payer le gaz"}


@on_both(database_lacks=NO_BOOSTS)
def test_a_title_match_ranks_above_a_match_in_the_text(backend, home):
    # the text's page mentions the word more often: only the title's boost
    # puts the other first
    make_page(home, title="Informations pratiques",
              intro="Le chauffage en hiver. Le chauffage coûte cher. Aide au chauffage.")
    make_page(home, title="Le chauffage", intro="Une aide pour payer vos factures.")
    assert find(backend, "chauffage", in_language("fr"))[0] == "Le chauffage"


@on_both()
def test_the_start_of_a_word_suggests_pages(backend, home):
    make_page(home, title="Les allocations familiales", intro="Pour chaque enfant.")
    make_page(home, title="Le logement", intro="Trouver un toit.")
    found = [page.title for page in in_language("fr").autocomplete("alloc", backend=backend)]
    assert found == ["Les allocations familiales"]


@on_both()
def test_results_are_counted_sliced_and_scored(backend, home):
    for number in range(12):
        make_page(home, title=f"Aide numéro {number}", intro="Une aide du CPAS.")
    make_page(home, title="Le logement", intro="Trouver un toit.")
    results = in_language("fr").search("aide", backend=backend)
    assert results.count() == 12
    first, second = list(results[:10]), list(results[10:20])
    assert len(first) == 10 and len(second) == 2
    assert not {page.pk for page in first} & {page.pk for page in second}
    assert results[10:20].count() == 2
    scored = list(in_language("fr").search("aide", backend=backend).annotate_score("score"))
    # a number on each page (its scale is the backend's own: SQLite's bm25 is negative)
    assert len(scored) == 12
    assert all(isinstance(page.score, float) and page.score != 0 for page in scored)


# Filters


@on_both()
def test_drafts_are_not_offered_to_readers(backend, home):
    make_page(home, title="Le chauffage", intro="Une aide.")
    make_page(home, title="Le chauffage (brouillon)", intro="Pas encore prêt.", live=False)
    assert find(backend, "chauffage", in_language("fr")) == ["Le chauffage"]


@on_both()
def test_a_search_on_a_page_type_keeps_to_that_type(backend, home):
    topic = make_topic(home, title="Le logement", intro="Tout sur le logement.")
    make_page(topic, title="Trouver un logement", intro="Les adresses utiles.")
    assert find(backend, "logement", in_language("fr", InformationPage)) == [
        "Trouver un logement"]
    assert find(backend, "logement", in_language("fr", TopicPage)) == ["Le logement"]
    assert set(find(backend, "logement", in_language("fr"))) == {"Le logement",
                                                                "Trouver un logement"}


@on_both()
def test_a_search_within_a_topic_finds_its_pages_only(backend, home):
    housing = make_topic(home, title="Le logement")
    money = make_topic(home, title="L'argent")
    make_page(housing, title="La garantie locative", intro="Une aide au logement.")
    make_page(money, title="Le revenu d'intégration", intro="Une aide chaque mois.")
    within = in_language("fr").descendant_of(housing)
    assert find(backend, "aide", within) == ["La garantie locative"]


# The index follows the editors


@on_both()
def test_a_page_is_found_once_published_and_no_longer_once_unpublished(backend, home):
    page = make_page(home, title="La médiation de dettes", intro="Une aide.", live=False)
    assert find(backend, "dettes", in_language("fr")) == []
    page = publish(page)
    assert find(backend, "dettes", in_language("fr")) == ["La médiation de dettes"]
    page.unpublish()
    assert find(backend, "dettes", in_language("fr")) == []


@on_both()
def test_a_new_title_is_found_and_the_old_one_forgotten(backend, home):
    page = make_page(home, title="La médiation de dettes", intro="Une aide.")
    page.title = "Le service budget"
    publish(page)
    assert find(backend, "budget", in_language("fr")) == ["Le service budget"]
    assert find(backend, "médiation", in_language("fr")) == []


@on_both()
def test_a_moved_page_is_found_under_its_new_topic(backend, home):
    housing = make_topic(home, title="Le logement")
    money = make_topic(home, title="L'argent")
    page = make_page(housing, title="La garantie locative", intro="Une aide.")
    page.move(money, pos="last-child")
    assert find(backend, "garantie", in_language("fr").descendant_of(money)) == [
        "La garantie locative"]
    assert find(backend, "garantie", in_language("fr").descendant_of(housing)) == []


@on_both()
def test_a_deleted_page_is_no_longer_found(backend, home):
    page = make_page(home, title="La médiation de dettes", intro="Une aide.")
    Page.objects.get(pk=page.pk).delete()
    assert find(backend, "dettes", in_language("fr")) == []
    assert find(backend, "dettes", Page.objects.all()) == []
