"""Documents (PDF and others) linked from a page without a web page holding
the same content: many readers cannot use a PDF on a phone or with a screen
reader. A document block whose editor ticked "There is no web version" is
still listed: the accessibility statement names it as non-accessible
content."""

from . import definitions as d
from .content import DocumentLink, RichText
from .rich_text import parse


def check(content):
    findings = []
    for fragment in content.fragments:
        if isinstance(fragment, DocumentLink) and not fragment.has_web_version:
            findings.append(d.RULES[d.DOCUMENT_NO_WEB_VERSION].finding(
                fragment.path, fragment.title or fragment.file_name))
        elif isinstance(fragment, RichText):
            # a link in rich text has no place for a web version
            for link in parse(fragment.html).document_links:
                findings.append(d.RULES[d.DOCUMENT_NO_WEB_VERSION].finding(
                    fragment.path, link.clean_text))
    return findings
