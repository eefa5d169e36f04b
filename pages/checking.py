"""Running the plain-language checker on a page: the glue between the pure
analyser and the site (which glossary, which thresholds, which language)."""

from .page_text import text_blocks
from .plain_language import analyse
from .plain_language.formulas import FORMULAS
from .plain_language.glossary import Glossary


def page_language(page):
    code = page.locale.language_code if getattr(page, "locale_id", None) else "fr"
    code = code.split("-")[0]
    return code if code in FORMULAS else "en"


def settings_for(page, parent=None):
    from .models import PlainLanguageSettings

    site = None
    for candidate in (page, parent):
        if candidate is not None and getattr(candidate, "path", None):
            site = candidate.get_site()
            if site is not None:
                break
    return PlainLanguageSettings.for_site(site) if site is not None else None


def glossary_for(language):
    from .models import GlossaryTerm

    return Glossary(GlossaryTerm.entries_for(language), language)


def check_page(page, settings=None, glossary=None):
    language = page_language(page)
    limits = settings.limits if settings is not None else None
    return analyse(text_blocks(page), language, limits=limits,
                   glossary=glossary if glossary is not None else glossary_for(language))
