"""Search shows only what the reader may open, and its cost does not grow
with the number of hits."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests import factories
from tests.conftest import text_of

# the public search reads the Whoosh index, which each test fills as it saves pages
pytestmark = pytest.mark.usefixtures("search_index")


@pytest.fixture
def topic(db):
    home = factories.make_site()
    return factories.make_topic(home, title="Aides")


def search(client, query, **params):
    return client.get("/fr/recherche/", {"q": query, **params})


def test_pages_behind_a_view_restriction_stay_out_of_the_results(client, topic):
    factories.make_page(topic, title="Allocation de chauffage publique")
    secret = factories.make_page(topic, title="Allocation de chauffage interne",
                                 intro="Note interne du service social.")
    restriction = PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="x")
    text = text_of(search(client, "allocation"))
    assert "Allocation de chauffage publique" in text
    assert "interne" not in text, "neither the title nor the summary of a protected page"

    restriction.restriction_type = PageViewRestriction.LOGIN
    restriction.save()
    assert "interne" not in text_of(search(client, "allocation"))
    client.force_login(factories.make_user())
    assert "Allocation de chauffage interne" in text_of(search(client, "allocation")), \
        "a reader who may open the page finds it"


def test_group_restrictions_apply_to_the_subtree(client, topic):
    staff_only = factories.make_topic(topic.get_parent().specific, title="Intranet")
    factories.make_page(staff_only, title="Procédure allocation équipe")
    restriction = PageViewRestriction.objects.create(
        page=staff_only, restriction_type=PageViewRestriction.GROUPS)
    team = Group.objects.create(name="Service social")
    restriction.groups.add(team)
    client.force_login(factories.make_user())
    assert "Procédure allocation" not in text_of(search(client, "allocation"))
    client.force_login(factories.make_user(groups=[team]))
    assert "Procédure allocation" in text_of(search(client, "allocation"))


def test_one_page_of_results_costs_the_same_queries_for_3_or_40_hits(client, topic):
    for number in range(3):
        factories.make_page(topic, title=f"Énergie {number}")

    def queries():
        search(client, "énergie")  # warm the caches a running site would have
        with CaptureQueriesContext(connection) as captured:
            response = search(client, "énergie")
        assert response.status_code == 200
        return len(captured)

    few = queries()
    for number in range(3, 40):
        factories.make_page(topic, title=f"Énergie {number}")
    many = queries()
    assert "40 résultats" in text_of(search(client, "énergie"))
    assert many == few


def test_a_search_reads_the_locales_from_the_sites_cached_list(client, topic):
    """The reader's language says which index fields to search; the locales
    are already in the frame's cache, so the search asks the database for
    the pages only."""
    factories.make_page(topic, title="Énergie")
    search(client, "énergie")  # warm the caches a running site would have
    with CaptureQueriesContext(connection) as captured:
        response = search(client, "énergie")
    assert "Énergie" in text_of(response)
    locale_queries = [query["sql"] for query in captured
                      if 'FROM "wagtailcore_locale"' in query["sql"]]
    assert locale_queries == []
