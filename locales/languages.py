"""The site's languages, read from ``settings.LANGUAGES``.

The site declares its languages once, in Django's own setting, with the
source language (the one staff write in) as ``LANGUAGE_CODE``. Each language
is shown under its native name from Django's ``LANG_INFO``, because a reader
looking for their language recognises "Nederlands", not "Dutch" written in
French.

``LANGUAGES``, ``BY_CODE`` and ``SOURCE_LANGUAGE`` are read from the settings
each time they are used (module ``__getattr__``), so that a site's own
settings and ``override_settings`` in tests are always honoured.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language_info


@dataclass(frozen=True)
class Language:
    code: str
    native_name: str
    english_name: str


def _label(name):
    """Django writes some native names in lower case ("français"), as they are
    inside a sentence; a language link stands alone, so it starts with a
    capital ("Français")."""
    return name[:1].upper() + name[1:]


def language(code, name=""):
    """The language ``code`` with its native and English names from Django."""
    try:
        info = get_language_info(code)
    except KeyError:
        # A language Django does not know: the name the site gave it.
        return Language(code, str(name) or code, str(name) or code)
    return Language(code, _label(info["name_local"]), info["name"])


def languages():
    """The site's languages in the order of ``settings.LANGUAGES``."""
    return tuple(language(code, name) for code, name in settings.LANGUAGES)


def by_code():
    return {entry.code: entry for entry in languages()}


def source_language():
    """The language staff write in: ``LANGUAGE_CODE``, or the first language
    of the list when ``LANGUAGE_CODE`` is not one of them."""
    codes = [code for code, _name in settings.LANGUAGES]
    if settings.LANGUAGE_CODE in codes:
        return settings.LANGUAGE_CODE
    generic = settings.LANGUAGE_CODE.split("-")[0]
    return generic if generic in codes else codes[0]


def codes():
    return [code for code, _name in settings.LANGUAGES]


def is_site_language(code):
    return code in codes()


def django_languages():
    """(code, native name) pairs, for a site that wants native names in its
    ``WAGTAIL_CONTENT_LANGUAGES``. Call it after settings are loaded."""
    return [(entry.code, entry.native_name) for entry in languages()]


def native_name(code):
    entry = by_code().get(code)
    return entry.native_name if entry else language(code).native_name


def __getattr__(name):
    """Keep the constants of the earlier API working, always current."""
    if name == "LANGUAGES":
        return languages()
    if name == "BY_CODE":
        return by_code()
    if name == "SOURCE_LANGUAGE":
        return source_language()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
