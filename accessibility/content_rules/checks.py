"""All the content rules on one page, and the site-level ones over many.

Pure: the input is ``content.PageContent``; the Wagtail glue is ``pages``."""

from . import documents, headings, images, language, links, readability, tables, titles

FAMILIES = (titles, headings, links, images, tables, documents, language, readability)


def check_content(content):
    """Every finding of every page-level rule on ``content``, in rule-family order."""
    findings = []
    for family in FAMILIES:
        findings.extend(family.check(content))
    return findings


def check_titles(titles_of_pages):
    """Site level: {key: finding} for pages whose title is not unique in
    their language; ``titles_of_pages`` are (key, language, title)."""
    return titles.check_unique(titles_of_pages)
