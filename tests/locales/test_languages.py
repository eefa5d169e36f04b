from django.conf import settings

from locales.languages import LANGUAGES, SOURCE_LANGUAGE


def test_four_languages_french_first_each_with_its_native_name():
    assert [language.code for language in LANGUAGES] == ["fr", "nl", "de", "en"]
    assert SOURCE_LANGUAGE == "fr" == settings.LANGUAGE_CODE
    assert dict(settings.WAGTAIL_CONTENT_LANGUAGES) == {
        "fr": "Français", "nl": "Nederlands", "de": "Deutsch", "en": "English"}
