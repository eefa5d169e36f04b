"""The demo's information pages are what the checker asks staff to write:
easy or fairly easy in their own language, free of glossary jargon and
unexplained abbreviations, in four languages."""

from pages.models import GlossaryTerm, InformationPage
from pages.plain_language.checking import check_page
from tests.conftest import LANGUAGES


def test_at_least_12_information_pages_in_each_language(demo_pages):
    for language in LANGUAGES:
        assert InformationPage.objects.live().filter(
            locale__language_code=language).count() >= 12, language


def test_every_information_page_is_easy_or_fairly_easy_and_free_of_jargon(demo_pages):
    problems = []
    for page in InformationPage.objects.live().select_related("locale"):
        analysis = check_page(page)
        if analysis.band not in ("very_easy", "easy", "fairly_easy"):
            problems.append(f"{page.url} {analysis.score:.0f} {analysis.band}")
        for finding in analysis.findings:
            if finding.rule in ("jargon", "abbreviation", "long_sentence", "capitals"):
                problems.append(f"{page.url} {finding.rule}: {finding.text}")
    assert not problems, "\n".join(problems)


def test_the_glossary_has_at_least_40_terms_per_language_with_plain_alternatives(demo_pages):
    for language in LANGUAGES:
        terms = GlossaryTerm.objects.filter(locale__language_code=language)
        assert terms.count() >= 40, language
        assert terms.exclude(plain_alternative="").count() >= 40, language
