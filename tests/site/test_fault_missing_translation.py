"""A translation missing, on the reference site: a page that exists in French
only, an address typed with another language's prefix, a sentence missing
from a language's catalogue.

The language switcher never leads to a "page not found": to the page in
that language, or to that language's home with a message. An address that
exists only in another language gives a 404 page that names the page and
its language, with language links that lead somewhere. A sentence of the
interface missing from a catalogue is never shown empty: Django fills the gap
from the site's main language (``LANGUAGE_CODE``, French), as in any Django
site."""

import re

import polib
import pytest
from django.test import override_settings
from django.utils import translation
from django.utils.translation import gettext

from locales.catalogues import compile_catalogue
from tests.conftest import LANGUAGES, outline, text_of
from tests.factories import make_page

NOT_TRANSLATED = ("The page you were reading is not available in this language yet. "
                  "Here is the home page in %(language)s.")


def in_language(language, text):
    with translation.override(language):
        return gettext(text)


def switcher_links(response):
    nav = response.content.decode().split('class="language-switcher"')[1].split("</nav>")[0]
    return {attrs["lang"]: attrs["href"]
            for attrs in outline(type("R", (), {"content": f"<html>{nav}</html>".encode()})()
                                 ).links}


def demo_topic(demo_pages, language="fr"):
    return next(page for page in demo_pages
                if page.locale.language_code == language and page.depth == 3)


@pytest.fixture
def fr_only(demo_pages):
    return make_page(demo_topic(demo_pages), title="Une aide seulement en français",
                     slug="seulement-en-francais", intro="Pas encore traduite.")


def without_language(url):
    return re.sub(r"^/[a-z]{2}/", "", url)


def test_no_language_link_of_any_demo_page_leads_to_a_page_not_found(client, demo_pages,
                                                                     fr_only):
    answered = {}  # every address visited and its final status
    links = set()
    for page in [*demo_pages, fr_only]:
        response = client.get(page.url)
        answered[page.url] = response.status_code
        if response.status_code == 200:
            links.update(switcher_links(response).values())
    assert len(links) > len(LANGUAGES)
    for link in sorted(links - set(answered)):
        answered[link] = client.get(link, follow=True).status_code
    leading_nowhere = {link: answered[link] for link in links if answered[link] != 200}
    assert leading_nowhere == {}


def test_a_page_only_in_french_sends_other_readers_to_their_home_with_a_message(
        client, fr_only):
    links = switcher_links(client.get(fr_only.url))
    for language in ("nl", "de", "en"):
        landing = client.get(links[language], follow=True)
        assert landing.status_code == 200
        assert landing.request["PATH_INFO"] == f"/{language}/"
        message = in_language(language, NOT_TRANSLATED).split(".")[0]
        assert message in text_of(landing)


def test_an_address_that_exists_only_in_french_gives_a_404_that_names_the_french_page(
        client, fr_only):
    response = client.get(f"/de/{without_language(fr_only.url)}")
    assert response.status_code == 404
    text = text_of(response)
    assert in_language("de", "Page not found") in text
    assert in_language("de", "This page exists in another language:") in text
    assert f'<a href="{fr_only.url}" lang="fr" hreflang="fr">{fr_only.title}</a>' in (
        response.content.decode())

    links = switcher_links(response)
    assert links["fr"] == fr_only.url
    for language in ("nl", "de", "en"):
        landing = client.get(links[language], follow=True)
        assert landing.status_code == 200, language
        assert landing.request["PATH_INFO"] == f"/{language}/"
        assert in_language(language, NOT_TRANSLATED).split(".")[0] in text_of(landing)


def test_an_address_with_another_languages_prefix_leads_to_the_translation(client,
                                                                         demo_pages):
    """A link copied from the French page with /de/ put in front: the 404
    names the French page, and "Deutsch" leads to its German translation."""
    french = next(page for page in demo_pages if page.locale.language_code == "fr"
                  and page.depth == 4 and page.get_translation_or_none(
                      demo_topic(demo_pages, "de").locale) is not None)
    german = french.get_translation(demo_topic(demo_pages, "de").locale)
    response = client.get(f"/de/{without_language(french.url)}")
    assert response.status_code == 404
    links = switcher_links(response)
    assert links["fr"] == french.url
    landing = client.get(links["de"], follow=True)
    assert landing.status_code == 200
    assert landing.request["PATH_INFO"] == german.url


def test_an_address_that_exists_in_no_language_gives_language_links_to_each_home(
        client, demo_pages):
    response = client.get("/nl/bestaat-in-geen-enkele-taal/")
    assert response.status_code == 404
    assert in_language("nl", "This page exists in another language:") not in text_of(response)
    for language, link in switcher_links(response).items():
        landing = client.get(link, follow=True)
        assert landing.status_code == 200, link
        assert landing.request["PATH_INFO"] == f"/{language}/"


# A sentence missing from a catalogue


def catalogue(folder, language, entries):
    path = folder / language / "LC_MESSAGES" / "django.po"
    path.parent.mkdir(parents=True)
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": language}
    for msgid, msgstr, fuzzy in entries:
        po.append(polib.POEntry(msgid=msgid, msgstr=msgstr,
                                flags=["fuzzy"] if fuzzy else []))
    po.save(str(path))
    compile_catalogue(path)


def test_a_sentence_missing_from_a_catalogue_is_never_shown_empty(demo_pages, tmp_path):
    """Only the French catalogue has the first sentence; the German one has
    the second untranslated (empty) and the third only as a guess (fuzzy),
    which are left out when compiled: a German or Dutch reader sees all three
    in the site's main language, never an empty text nor a guess."""
    only_french = "A sentence only the French catalogue has"
    empty = "A sentence not translated yet"
    guessed = "A sentence whose translation is a guess"
    catalogue(tmp_path, "fr", [(only_french, "Une phrase que seul le français a", False),
                               (empty, "Une phrase pas encore traduite", False),
                               (guessed, "Une phrase traduite", False)])
    catalogue(tmp_path, "de", [(empty, "", False), (guessed, "Ein geratener Satz", True)])
    french = {only_french: "Une phrase que seul le français a",
              empty: "Une phrase pas encore traduite", guessed: "Une phrase traduite"}
    with override_settings(LOCALE_PATHS=[str(tmp_path)]):
        for text in (only_french, empty, guessed):
            assert in_language("de", text) == french[text]
            assert in_language("nl", text) == french[text]
            assert in_language("en", text) == text
        # and the site's own sentences are still translated
        assert in_language("de", "Page not found") != "Page not found"
