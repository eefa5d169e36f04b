"""Running the plain-language checker on a page: the glue between the pure
analyser and the site (which glossary, which thresholds, which language).

The models are looked up through the app registry, not imported: this
module sits below the models (the page form and the reports build on it),
and imports go one way."""

from django.apps import apps

from . import analyse
from .formulas import FORMULAS
from .glossary import Glossary
from .page_text import text_blocks


def page_language(page):
    code = page.locale.language_code if getattr(page, "locale_id", None) else "fr"
    code = code.split("-")[0]
    return code if code in FORMULAS else "en"


def settings_for(page, parent=None):
    site = None
    for candidate in (page, parent):
        if candidate is not None and getattr(candidate, "path", None):
            site = candidate.get_site()
            if site is not None:
                break
    if site is None:
        return None
    return apps.get_model("balise_pages", "PlainLanguageSettings").for_site(site)


def glossary_for(language):
    terms = apps.get_model("balise_pages", "GlossaryTerm")
    return Glossary(terms.entries_for(language), language)


def check_page(page, settings=None, glossary=None):
    language = page_language(page)
    limits = settings.limits if settings is not None else None
    return analyse(text_blocks(page), language, limits=limits,
                   glossary=glossary if glossary is not None else glossary_for(language))
