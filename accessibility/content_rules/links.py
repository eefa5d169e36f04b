"""Link texts that say nothing out of context ("cliquez ici", "lees meer",
"hier klicken", "read more") or that are a bare web address: screen-reader
users often move from link to link, hearing the link text alone."""

import re

from . import definitions as d
from .content import RichText
from .rich_text import parse

GENERIC = {text for texts in d.GENERIC_LINK_TEXTS.values() for text in texts}
_URL = re.compile(d.URL_TEXT, re.IGNORECASE)


def is_generic(text):
    """One of the generic texts of any of the four languages: a French page
    quoting "klik hier" is as unhelpful as "cliquez ici"."""
    return d.normalise(text) in GENERIC


def is_url(text):
    return bool(_URL.match(str(text or "").strip()))


def check(content):
    findings = []
    for fragment in content.fragments:
        if not isinstance(fragment, RichText):
            continue
        for link in parse(fragment.html).links:
            text = link.clean_text
            if not text:
                continue  # a link without text: axe's link-name finds it
            if is_generic(text):
                findings.append(d.RULES[d.LINK_GENERIC].finding(fragment.path, text))
            elif is_url(text):
                findings.append(d.RULES[d.LINK_URL].finding(fragment.path, text))
    return findings
