"""The language switcher: same page in the other language, or that language's
home with a message when the page is not translated yet."""

from tests import factories
from tests.conftest import outline, text_of


def switcher_links(response):
    html = response.content.decode()
    nav = html.split('class="language-switcher"')[1].split("</nav>")[0]
    return {
        attrs["lang"]: attrs
        for attrs in outline(type("R", (), {"content": f"<html>{nav}</html>".encode()})()).links
    }


def test_switcher_names_each_language_in_its_own_language_and_marks_the_current_one(
    client, site
):
    links = switcher_links(client.get("/fr/argent-dettes/revenu-integration/"))
    assert set(links) == {"fr", "nl", "de", "en"}
    assert links["fr"].get("aria-current") == "true"
    assert all("aria-current" not in links[code] for code in ("nl", "de", "en"))
    response = client.get("/fr/argent-dettes/revenu-integration/")
    for name in ("Français", "Nederlands", "Deutsch", "English"):
        assert f">{name}</a>" in response.content.decode()


def test_switcher_lands_on_the_translation(client, site):
    links = switcher_links(client.get("/fr/logement-energie/factures-energie/"))
    response = client.get(links["de"]["href"], follow=True)
    assert response.status_code == 200
    assert response.request["PATH_INFO"] == "/de/wohnen-energie/energierechnungen/"
    assert outline(response).html_lang == "de"


def test_untranslated_page_leads_to_the_language_home_with_a_message(client, site):
    topic = site.money
    factories.make_page(topic, title="Une page pas encore traduite", slug="pas-traduite",
                        intro="Elle existe seulement en français.")
    page = client.get(f"{topic.url}pas-traduite/")
    assert page.status_code == 200
    html = outline(page)
    assert set(html.alternates) == {"fr"}, "hreflang lists only existing translations"
    link = switcher_links(page)["nl"]["href"]
    assert link.startswith("/language/nl/")
    landing = client.get(link, follow=True)
    assert landing.request["PATH_INFO"] == "/nl/"
    text = text_of(landing)
    assert "De pagina die u las, bestaat nog niet in deze taal" in text
    assert "startpagina in het Nederlands" in text
    # the message is shown once, not on the next page
    assert "bestaat nog niet" not in text_of(client.get("/nl/"))


def test_switching_on_a_page_that_is_not_a_wagtail_page_keeps_the_view_and_query(
    client, site
):
    links = switcher_links(client.get("/fr/recherche/", {"q": "loyer"}))
    assert links["nl"]["href"] == "/nl/zoeken/?q=loyer"
    assert links["en"]["href"] == "/en/search/?q=loyer"


def test_switch_view_rejects_unknown_languages_and_odd_input(client, site):
    assert client.get("/language/xx/?page=3", follow=True).status_code == 404
    for query in ("?page=abc", "?page=999999", "", "?page=-1"):
        response = client.get(f"/language/de/{query}")
        assert response.status_code == 302 and response["Location"] == "/de/", query
