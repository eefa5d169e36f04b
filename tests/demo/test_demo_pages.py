"""Every page of the demo, in every language, as a citizen's browser gets it."""

import re
from pathlib import Path

import polib
import pytest
from django.contrib.staticfiles import finders

from pages.models import HomePage, InformationPage
from tests.conftest import LANGUAGES, outline, text_of

PAGES_APP = Path(__file__).resolve().parents[2] / "pages"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_demo_page_answers_with_its_language_alternates_skip_link_and_one_h1(
    client, demo_pages, language
):
    pages = [page for page in demo_pages if page.locale.language_code == language]
    # a home, 5 topics, 12 information pages, the contact page, three contact forms
    # (a question, a complaint, a callback), "who can help" (the partner directory),
    # the rights explorer and its 19 rights, the accessibility statement
    assert len(pages) == 44, len(pages)
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = outline(response)
        assert html.html_lang == language, page.url
        translations = {t.locale.language_code: t for t in page.get_translations(inclusive=True)}
        assert set(html.alternates) == set(LANGUAGES), page.url
        for code, href in html.alternates.items():
            assert href.startswith("http") and href.endswith(translations[code].url), (
                page.url, code, href)
        skip = html.links[0]
        assert skip.get("href") == "#main", f"{page.url}: the first link is not the skip link"
        assert "main" in html.ids, f"{page.url}: the skip link target #main is missing"
        assert html.h1_count == 1, f"{page.url} has {html.h1_count} h1"
        assert page.title in html.title, page.url


@pytest.mark.parametrize("language", ["fr", "nl", "de"])
def test_no_english_interface_text_is_left_in_other_languages(client, demo_pages, language):
    """Every interface text shown in English on the English pages must be
    replaced on the French, Dutch and German pages."""
    english = polib.pofile(str(PAGES_APP / "locale/en/LC_MESSAGES/django.po"))
    target = polib.pofile(str(PAGES_APP / f"locale/{language}/LC_MESSAGES/django.po"))
    translated = {(e.msgctxt, e.msgid): e.msgstr for e in target}
    phrases = [
        e.msgstr
        for e in english
        if any(file.startswith("templates") for file, _ in e.occurrences)
        and "%(" not in e.msgid
        and len(e.msgstr) > 6
        and translated[(e.msgctxt, e.msgid)] != e.msgstr
    ]
    assert len(phrases) > 15
    for page in [p for p in demo_pages if p.locale.language_code == language]:
        text = text_of(client.get(page.url))
        left = [phrase for phrase in phrases if phrase in text]
        assert not left, f"{page.url} still shows English: {left}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_footer_shows_the_organisation_in_the_readers_language(client, demo_pages, language):
    from demo.data_files import snippet, translate

    organisation = snippet("organisation")
    home = next(p for p in demo_pages if p.depth == 2 and p.locale.language_code == language)
    text = text_of(client.get(home.url))
    assert translate(organisation["name"], language) in text
    assert organisation["phone"] in text
    for block in organisation["emergency_numbers"]:
        label, number = (translate(block["value"][k], language) for k in ("label", "number"))
        pattern = rf"{re.escape(label)}\s*:\s*{re.escape(number)}"
        assert re.search(pattern, text), pattern


def test_home_shows_top_tasks_search_box_and_how_to_reach_us(client, demo_pages):
    from demo.data_files import page

    home = HomePage.objects.get(locale__language_code="nl")
    response = client.get(home.url)
    html = response.content.decode()
    assert 'role="search"' in html and 'name="q"' in html
    assert html.count('class="top-task"') == len(page("").fields["top_tasks"])
    # the shortcuts lead to the Dutch pages, not the French ones they were chosen as
    leefloon = InformationPage.objects.get(locale__language_code="nl", slug="leefloon")
    assert f'href="{leefloon.url}"' in html
    assert "/fr/" not in html.split('class="top-tasks"')[1].split("</ul>")[0]
    assert "Zo bereikt u ons" in html and "Ons bellen" in html


def test_an_information_page_weighs_under_60_kb_with_its_css(client, demo_pages, capsys):
    css = Path(finders.find("balise_pages/css/balise.css")).read_bytes()
    for page in [HomePage.objects.get(locale__language_code="de"),
                 InformationPage.objects.get(slug="revenu-integration")]:
        html = client.get(page.url).content
        weight = len(html) + len(css)
        with capsys.disabled():
            print(f"\npage weight {page.url}: HTML {len(html)} B + CSS {len(css)} B = {weight} B")
        assert weight < 60 * 1024
