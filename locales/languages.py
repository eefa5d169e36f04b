"""The four languages of a Belgian CPAS site, in one place.

French is the source language: staff write in French and translate into the
others with wagtail-localize. Each language carries its own native name
because a reader looking for their language recognises "Nederlands", not
"Dutch" written in French.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    native_name: str
    english_name: str


LANGUAGES = (
    Language("fr", "Français", "French"),
    Language("nl", "Nederlands", "Dutch"),
    Language("de", "Deutsch", "German"),
    Language("en", "English", "English"),
)

SOURCE_LANGUAGE = "fr"

BY_CODE = {language.code: language for language in LANGUAGES}


def django_languages():
    """The value for Django's LANGUAGES and Wagtail's WAGTAIL_CONTENT_LANGUAGES."""
    return [(language.code, language.native_name) for language in LANGUAGES]


def native_name(code):
    return BY_CODE[code].native_name
