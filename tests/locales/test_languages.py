"""The language list is the site's ``settings.LANGUAGES``, each language named
in its own language with Django's names."""

from django.test import override_settings

from locales import languages
from tests.locales.test_switcher import switcher_links


def test_four_languages_french_first_each_with_its_native_name():
    assert [language.code for language in languages.LANGUAGES] == ["fr", "nl", "de", "en"]
    assert languages.SOURCE_LANGUAGE == "fr"
    assert {code: language.native_name for code, language in languages.BY_CODE.items()} == {
        "fr": "Français", "nl": "Nederlands", "de": "Deutsch", "en": "English"}


@override_settings(LANGUAGES=[("fr", "French"), ("nl", "Dutch"), ("it", "Italian")],
                   LANGUAGE_CODE="fr")
def test_the_list_follows_the_settings_with_djangos_native_names():
    assert languages.django_languages() == [
        ("fr", "Français"), ("nl", "Nederlands"), ("it", "Italiano")]
    assert languages.native_name("it") == "Italiano"
    assert languages.SOURCE_LANGUAGE == "fr"


@override_settings(LANGUAGES=[("fr", "French"), ("x-klingon", "Klingon")])
def test_a_language_django_does_not_know_keeps_the_name_the_site_gave_it():
    assert languages.native_name("x-klingon") == "Klingon"


TWO_LANGUAGES = [("fr", "French"), ("nl", "Dutch")]


def test_the_switcher_offers_exactly_the_languages_of_the_settings(client, site):
    with override_settings(LANGUAGES=TWO_LANGUAGES, WAGTAIL_CONTENT_LANGUAGES=TWO_LANGUAGES):
        links = switcher_links(client.get("/fr/"))
        assert client.get("/language/de/", follow=True).status_code == 404
    assert list(links) == ["fr", "nl"]
    assert client.get("/language/de/").status_code == 302
