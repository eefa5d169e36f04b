"""Headings as screen-reader users move through them: the page title is the
only h1, the first heading of the content is an h2 and each next one goes
down one level at most; a heading has text; and a short paragraph all in
bold looks like a heading to sighted readers only."""

from . import definitions as d
from .content import Heading, RichText
from .rich_text import parse


def _headings(content):
    """(path, level, text) of every heading, in reading order."""
    for fragment in content.fragments:
        if isinstance(fragment, Heading):
            yield fragment.path, fragment.level, fragment.text.strip()
        elif isinstance(fragment, RichText):
            for block in parse(fragment.html).headings:
                yield fragment.path, block.level, block.clean_text


def check_levels(content):
    findings, previous = [], 1  # the page title is the h1
    for path, level, text in _headings(content):
        if not text:
            findings.append(d.RULES[d.HEADING_EMPTY].finding(path, f"h{level}"))
        if level == 1:
            findings.append(d.RULES[d.HEADING_H1].finding(path, text))
            continue
        if level > previous + 1:
            findings.append(d.RULES[d.HEADING_SKIPPED].finding(
                path, f"h{previous} → h{level} {text}"))
        previous = level
    return findings


def check_bold_paragraphs(content):
    findings = []
    for fragment in content.fragments:
        if not isinstance(fragment, RichText):
            continue
        for block in parse(fragment.html).blocks:
            text = block.clean_text
            if (block.tag == "p" and block.all_bold
                    and len(text) < d.BOLD_HEADING_MAX_CHARACTERS):
                findings.append(d.RULES[d.BOLD_AS_HEADING].finding(fragment.path, text))
    return findings


def check(content):
    return check_levels(content) + check_bold_paragraphs(content)
