"""Whatever a visitor puts in the address bar, the language links and the
switch view answer without an error and never send anyone to another host."""

from urllib.parse import urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Locale, Page, PageViewRestriction, Site

from pages.models import InformationPage
from tests.conftest import outline, text_of

HOST = "testserver"
UNTRANSLATED_MESSAGE = "bestaat nog niet in deze taal"


def stays_here(url):
    """A path starting with exactly one slash, or an absolute URL on this host."""
    if url.startswith("/"):
        return not url.startswith(("//", "/\\"))
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and parts.netloc == HOST


def switcher_and_hreflang_links(response):
    html = response.content.decode()
    links = list(outline(response).alternates.values())
    if 'class="language-switcher"' in html:
        nav = html.split('class="language-switcher"')[1].split("</nav>")[0]
        links += [attrs["href"] for attrs in outline(
            type("R", (), {"content": f"<html>{nav}</html>".encode()})()).links]
    return links


def as_server_path(path):
    """What a WSGI server puts in PATH_INFO for a request line: the test
    client's own URL parsing would read ``//host/…`` as a host."""
    return path.encode("utf-8").decode("iso-8859-1")


@pytest.mark.parametrize("page", ["1", "²", "٣", "-1", "0", "1e3", " 3", "3.0", "0x10",
                                  "9" * 30, "9" * 5000, "\x00", "", "🙂"])
def test_switch_view_answers_any_page_value_with_the_language_home(client, site, page):
    response = client.get("/language/nl/", {"page": page})
    assert response.status_code == 302
    assert response["Location"] == "/nl/"


def test_switching_from_the_tree_root_leads_home_instead_of_failing(client, site):
    response = client.get(f"/language/fr/?page={Page.get_first_root_node().pk}")
    assert response.status_code == 302
    assert response["Location"] == "/fr/"


@given(page=st.one_of(st.text(max_size=40), st.integers().map(str)))
@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_switch_view_always_redirects_to_a_path_on_this_site(client, site, page):
    response = client.get("/language/de/", {"page": page})
    assert response.status_code == 302
    assert stays_here(response["Location"]), response["Location"]


@pytest.mark.parametrize("path", [
    "//evil.example/fr/nope/",
    "///evil.example/fr/nope/",
    "/\\evil.example/fr/nope/",
    "/fr//evil.example/nope/",
])
def test_a_404_for_a_path_with_another_host_in_it_links_only_to_this_site(
    client, site, path
):
    response = client.get("/", PATH_INFO=as_server_path(path))
    assert response.status_code in (301, 302, 404)
    links = switcher_and_hreflang_links(response)
    if response.status_code == 404:
        assert len(links) == 4
    assert all(stays_here(link) for link in links), links
    assert stays_here(response.get("Location", "/"))


def test_an_encoded_double_slash_does_not_make_switcher_links_to_another_host(
    client, site
):
    response = client.get("/%2F%2Fevil.example/fr/nope/")
    assert response.status_code == 404
    links = switcher_and_hreflang_links(response)
    assert len(links) == 4
    assert all(stays_here(link) for link in links), links


path_characters = st.sampled_from(list("/\\%.:@?#&=;~-_ aZ09") + ["fr", "nl", "//", "%2F",
                                                                   "%5C", "evil.example",
                                                                   "é", "²", "\t"])


@given(path=st.lists(path_characters, max_size=12).map(lambda parts: "/" + "".join(parts)))
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_no_path_gives_an_error_or_a_link_to_another_host(client, site, path):
    response = client.get("/", PATH_INFO=as_server_path(path))
    assert response.status_code < 500
    assert all(stays_here(link) for link in switcher_and_hreflang_links(response))
    assert stays_here(response.get("Location", "/"))


def test_switching_with_a_page_of_another_site_stays_on_this_site(client, site):
    french, dutch = Locale.objects.get(language_code="fr"), Locale.objects.get(language_code="nl")
    other_home = Page.get_first_root_node().add_child(
        instance=Page(title="Autre site", slug="autre-site", locale=french))
    Site.objects.create(hostname="other.example", port=80, root_page=other_home)
    other_page = other_home.add_child(
        instance=Page(title="Une page", slug="une-page", locale=french))
    for page in (other_home, other_page):
        page.copy_for_translation(dutch).save_revision().publish()

    response = client.get(f"/language/nl/?page={other_page.pk}")
    assert response.status_code == 302
    assert response["Location"] == "/nl/"


def test_switch_view_does_not_reveal_the_address_of_a_page_behind_a_password(
    client, site
):
    french = site.income
    PageViewRestriction.objects.create(
        page=french, restriction_type=PageViewRestriction.PASSWORD, password="secret")
    dutch = french.get_translation(Locale.objects.get(language_code="nl"))

    response = client.get(f"/language/nl/?page={french.pk}")
    assert response.status_code == 302
    assert response["Location"] == "/nl/"
    assert dutch.url not in response["Location"]


def test_switch_view_says_nothing_about_an_unpublished_page(client, site):
    topic = site.money
    draft = topic.add_child(instance=InformationPage(
        title="Brouillon", slug="brouillon", locale=topic.locale, intro="Pas encore publié.",
        live=False))

    response = client.get(f"/language/nl/?page={draft.pk}", follow=True)
    assert response.request["PATH_INFO"] == "/nl/"
    assert UNTRANSLATED_MESSAGE not in text_of(response)
