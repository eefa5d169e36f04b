"""What citizens search for, as staff read it in Reports → Search terms:
counted per day and language, never with an e-mail address or a number
as typed, the searches that found nothing first, only for staff given the
permission, exported to CSV and forgotten after the period kept."""

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from pages.models import SearchTerm
from pages.personal_data import MASK
from pages.search.terms import record_search, stored_form
from tests import factories
from tests.conftest import text_of
from tests.factories import permission, staff_member

pytestmark = pytest.mark.django_db
REPORT = "balise_search_terms_report"


@pytest.fixture
def site(db, search_index):
    return factories.make_site_in_four_languages()


def search(client, query, language="fr", **params):
    path = {"fr": "/fr/recherche/", "nl": "/nl/zoeken/"}[language]
    response = client.get(path, {"q": query, **params})
    assert response.status_code == 200
    return response


def counted():
    return {(row.language, row.query): (row.searches, row.last_result_count)
            for row in SearchTerm.objects.all()}


def csv_of(response):
    return b"".join(response.streaming_content).decode("utf-8-sig")


def test_an_email_address_or_a_number_typed_is_never_stored(client, site):
    search(client, "Jan.Peeters@Gmail.com revenu 0470 12 34 56")
    search(client, "IBAN BE68 5390 0754 7034 et 85.07.30-033.28")
    stored = " ".join(SearchTerm.objects.values_list("query", flat=True))
    assert MASK in stored
    for typed in ("peeters", "gmail", "0470", "12 34 56", "5390", "85.07.30", "033"):
        assert typed not in stored.lower(), typed
    assert "revenu" in stored, "the words around are kept"


def test_what_is_stored_is_masked_before_it_is_shortened_and_lower_cased():
    long_number = "a" * 95 + " 0470 12 34 56"
    assert "047" not in stored_form(long_number), "no number survives the cut at 100"
    assert stored_form("  Aide   LOYER\t") == "aide loyer"
    assert len(stored_form("word " * 50)) <= 100


def test_the_same_search_typed_differently_adds_up_per_day_and_language(client, site):
    for typed in ("Revenu d'intégration", "  revenu   d’intégration ", "REVENU D'INTÉGRATION"):
        search(client, typed)
    search(client, "revenu d'intégration", "nl")
    search(client, "xylophonzzz")
    assert counted() == {("fr", "revenu d'intégration"): (3, 1),
                         ("nl", "revenu d'intégration"): (1, 0),
                         ("fr", "xylophonzzz"): (1, 0)}


def test_further_result_pages_and_suggestions_are_not_counted(client, site):
    search(client, "energie", page=2)
    client.get("/fr/search-suggestions/", {"q": "energ"})
    assert counted() == {}
    search(client, "energie", page="abc")  # a broken page number is a first visit
    assert counted() == {("fr", "energie"): (1, 2)}  # the topic and the bills page


def test_counting_two_searches_at_once_keeps_both():
    """The row another search created first is added to, not replaced."""
    today = timezone.localdate()
    record_search("aide", "fr", 2, day=today)
    SearchTerm.objects.filter(query="aide").update(searches=5)  # others counted meanwhile
    record_search("aide", "fr", 0, day=today)
    assert counted() == {("fr", "aide"): (6, 0)}


@pytest.fixture
def terms(db):
    today = timezone.localdate()
    for language, query, searches, results, days_ago in [
        ("fr", "allocation", 9, 4, 0),
        ("fr", "leefloon", 2, 0, 1),
        ("fr", "allocation", 3, 5, 2),
        ("nl", "huurpremie", 4, 0, 0),
        ("nl", "leefloon", 7, 3, 0),
        ("fr", "ancienne recherche", 50, 0, 40),
    ]:
        SearchTerm.objects.create(day=today - datetime.timedelta(days=days_ago),
                                  language=language, query=query, searches=searches,
                                  last_result_count=results)
    return today


def report_reader():
    return staff_member("reader", permission("balise_pages", "view_search_terms"))


def test_the_report_lists_the_searches_that_found_nothing_first(client, terms):
    factories.make_site()
    client.force_login(report_reader())
    text = text_of(client.get(reverse(REPORT)))
    order = [text.index(query) for query in ("huurpremie", "leefloon", "allocation")]
    assert order == sorted(order), "zero results first, then the most searched"
    assert "ancienne recherche" not in text, "older than the default 30 days"
    rows = csv_of(client.get(reverse(REPORT), {"export": "csv"})).strip().splitlines()
    assert rows[0] == "Langue,Termes recherchés,Recherches,Résultats"
    assert rows[1:] == ["nl,huurpremie,4,0", "fr,leefloon,2,0", "fr,allocation,12,4",
                        "nl,leefloon,7,3"]


def test_the_report_shows_one_language_and_a_chosen_period(client, terms):
    factories.make_site()
    client.force_login(report_reader())
    start = terms - datetime.timedelta(days=60)
    rows = csv_of(client.get(reverse(REPORT), {
        "language": "fr", "start": f"{start:%Y-%m-%d}", "end": f"{terms:%Y-%m-%d}",
        "export": "csv"})).strip().splitlines()
    assert rows[1:] == ["fr,ancienne recherche,50,0", "fr,leefloon,2,0", "fr,allocation,12,4"]
    wrong = client.get(reverse(REPORT), {"start": "2026-13-45", "language": "xx"})
    assert wrong.status_code == 200, "a wrong filter shows the default period"


def test_each_row_links_to_add_a_synonym_and_a_prefilled_promoted_result(client, terms):
    factories.make_site()
    factories.locales()
    client.force_login(factories.make_user(superuser=True))
    html = client.get(reverse(REPORT), {"language": "nl"}).content.decode()
    assert reverse("wagtailsnippets_balise_pages_glossaryterm:add") in html
    add = reverse("wagtailsnippets_balise_pages_promotedresult:add")
    assert f"{add}?query=huurpremie&amp;locale=nl" in html
    form = client.get(add, {"query": "huurpremie", "locale": "nl"}).content.decode()
    assert 'value="huurpremie"' in form
    dutch = factories.locales()["nl"].pk
    assert f'<option value="{dutch}" selected>' in form


def test_the_report_and_its_export_need_the_permission(client, terms):
    factories.make_site()
    client.force_login(staff_member("visitor"))
    url = reverse(REPORT)
    for address in (url, url + "?export=csv", reverse(f"{REPORT}_results")):
        assert client.get(address, HTTP_X_REQUESTED_WITH="XMLHttpRequest").status_code == 403
        refused = client.get(address)
        assert refused.status_code == 302 and refused["Location"] == reverse("wagtailadmin_home")
    assert "Termes recherchés" not in text_of(client.get(reverse("wagtailadmin_home")))
    client.force_login(report_reader())
    assert client.get(url).status_code == 200
    assert client.get(url + "?export=csv").status_code == 200


def test_counts_older_than_the_period_kept_are_purged(terms, settings):
    settings.BALISE_PAGES = {"SEARCH_TERMS_DAYS": 30}
    call_command("purge_search_terms", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert "ancienne recherche" not in {query for _language, query in counted()}
    assert len(counted()) == 4
    settings.BALISE_PAGES = {"SEARCH_TERMS_DAYS": 2}
    call_command("purge_search_terms", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert ("fr", "leefloon") in counted(), "yesterday is kept"
    assert SearchTerm.objects.filter(day__lt=terms - datetime.timedelta(days=1)).count() == 0


def test_counting_also_forgets_old_days_once_a_day(terms, settings):
    from pages.search import terms as terms_module

    settings.BALISE_PAGES = {"SEARCH_TERMS_DAYS": 30}
    terms_module._last_purge["day"] = None
    record_search("aide", "fr", 1, day=terms)
    assert "ancienne recherche" not in {query for _language, query in counted()}
    SearchTerm.objects.create(day=terms - datetime.timedelta(days=200), language="fr",
                              query="again", searches=1)
    record_search("aide", "fr", 1, day=terms)
    assert "again" in {query for _language, query in counted()}, "once a day is enough"


def test_a_search_still_answers_when_it_cannot_be_counted(client, site, monkeypatch):
    from django.db import DatabaseError

    def broken(*args, **kwargs):
        raise DatabaseError("database is locked")

    monkeypatch.setattr(SearchTerm.objects, "bulk_create", broken)
    assert "Payer vos factures" in text_of(search(client, "energie"))
    assert counted() == {}
