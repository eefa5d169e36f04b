"""The cached page frame and the one-query routing change nothing a reader
or an editor can notice: private pages stay private, unknown addresses are
404s, and what staff save shows on the next page (pages/frame/)."""

import pytest
from wagtail.models import PageViewRestriction

from pages.models import TopicPage
from tests import factories
from tests.conftest import text_of


@pytest.fixture
def site(db):
    home = factories.make_site()
    factories.make_organisation(home, name="CPAS de Florival")
    topic = factories.make_topic(home, title="Logement", slug="logement")
    page = factories.make_page(topic, title="Garantie locative", slug="garantie")
    return home, topic, page


@pytest.fixture(params=["with the frame middleware", "without it"])
def client(request, client, settings):
    """Every test here runs with and without pages.frame.middleware."""
    if request.param == "without it":
        settings.MIDDLEWARE = [name for name in settings.MIDDLEWARE
                               if not name.startswith("pages.frame.")]
    return client


@pytest.mark.parametrize("restricted", ["page", "topic"])
def test_a_private_page_and_the_pages_below_it_still_ask_for_the_password(
        client, site, restricted):
    home, topic, page = site
    assert "Garantie locative" in text_of(client.get(page.url))
    PageViewRestriction.objects.create(
        page=page if restricted == "page" else topic,
        restriction_type=PageViewRestriction.PASSWORD, password="secret")
    response = client.get(page.url)
    assert "Garantie locative" not in text_of(response).replace("Garantie locative –", "")
    assert 'name="password"' in response.content.decode()


def test_a_login_restriction_sends_anonymous_readers_to_sign_in(client, site):
    _home, topic, page = site
    PageViewRestriction.objects.create(page=topic, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(page.url).status_code == 302
    client.force_login(factories.make_user())
    assert "Garantie locative" in text_of(client.get(page.url))


def test_an_unknown_address_is_a_404_at_every_depth(client, site):
    home, topic, page = site
    for url in (f"{home.url}nope/", f"{topic.url}nope/", f"{page.url}nope/",
                f"{home.url}nope/garantie/"):
        assert client.get(url).status_code == 404, url


def test_a_draft_page_is_a_404_and_not_in_the_menu(client, site):
    home, _topic, _page = site
    draft = home.add_child(instance=TopicPage(
        title="Santé", slug="sante", locale=home.locale, live=False, show_in_menus=True))
    assert client.get(f"{home.url}sante/").status_code == 404
    assert "Santé" not in text_of(client.get(home.url))
    draft.save_revision().publish()
    assert "Santé" in text_of(client.get(home.url)), "published: in the menu at once"


def test_saved_organisation_details_show_on_the_next_page(client, site):
    home, _topic, page = site
    assert "CPAS de Florival" in text_of(client.get(page.url))
    organisation = factories.OrganisationDetails.objects.get(name="CPAS de Florival")
    organisation.name = "CPAS de Val-Fleuri"
    organisation.save()
    assert "CPAS de Val-Fleuri" in text_of(client.get(page.url))


def test_the_breadcrumb_links_the_live_pages_above_the_page(client, site):
    home, topic, page = site
    html = client.get(page.url).content.decode()
    start = html.index('class="breadcrumb')
    nav = html[start:html.index("</nav>", start)]
    assert f'href="{home.url}"' in nav and f'href="{topic.url}"' in nav
