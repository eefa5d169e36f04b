"""The demo site is what the content rules ask staff to write: every live
page in every language passes them (issue 12: zero content-rule errors), and
every PDF it links passes the document checks."""

from accessibility.content_rules.content import Heading, RichText
from accessibility.content_rules.pages import check_pages, fragments_of
from accessibility.documents.usage import document_reports


def describe(findings, pages):
    urls = {page.pk: page.url_path for page in pages}
    return "\n".join(f"{urls.get(f.page_id)} [{f.locale}] {f.rule} at {f.location}: {f.snippet}"
                     for f in findings)


def test_every_live_demo_page_passes_the_content_rules(demo_pages):
    fragments = [fragment for page in demo_pages for fragment in fragments_of(page)]
    kinds = {type(fragment) for fragment in fragments}
    assert {RichText, Heading} <= kinds, "the rules read the pages' blocks and rich text"
    assert {page.locale.language_code for page in demo_pages} == {"fr", "nl", "de", "en"}
    findings = check_pages(demo_pages)
    assert not findings, describe(findings, demo_pages)


def test_every_pdf_the_demo_links_passes_the_document_checks(demo_pages):
    problems = [f"{report.name}: {finding.rule}"
                for report in document_reports() for finding in report.findings]
    assert not problems, "\n".join(problems)


def test_the_language_detector_recognises_the_demos_paragraphs_in_their_own_language(
        demo_pages):
    """The language-of-parts rule is silent on the demo because it reads its
    paragraphs right, not because it reads nothing: most long paragraphs of
    every language are recognised, none as another language."""
    from accessibility.content_rules.language import detect, paragraphs, words_of
    from accessibility.content_rules.pages import page_content

    seen, recognised = {}, {}
    for page in demo_pages:
        content = page_content(page)
        for _path, text in paragraphs(content):
            if len(words_of(text)) >= 8:
                seen[content.language] = seen.get(content.language, 0) + 1
                language = detect(text)
                assert language in (None, content.language), text
                recognised[content.language] = (recognised.get(content.language, 0)
                                                 + (language is not None))
    for language in ("fr", "nl", "de", "en"):
        assert recognised[language] >= 0.85 * seen[language] > 100, language
