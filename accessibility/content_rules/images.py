"""Text alternatives that do not describe the image: a file name, or words
that only say it is an image ("photo de", "afbeelding van", "Bild von")."""

import re
from pathlib import PurePosixPath

from . import definitions as d
from .content import Image, RichText
from .rich_text import parse

_FILE_NAME = [re.compile(pattern, re.IGNORECASE) for pattern in d.FILE_NAME_ALT_PATTERNS]
_PREFIXES = sorted({prefix for prefixes in d.REDUNDANT_ALT_PREFIXES.values()
                    for prefix in prefixes}, key=len, reverse=True)
_WORDS = set(d.REDUNDANT_ALT_WORDS)


def is_file_name(alt, file_name=""):
    alt = str(alt or "").strip()
    if not alt:
        return False
    if file_name:
        name = PurePosixPath(file_name).name.casefold()
        if alt.casefold() in {name, PurePosixPath(name).stem}:
            return True
    return any(pattern.search(alt) for pattern in _FILE_NAME)


def is_redundant(alt):
    text = str(alt or "").casefold().replace("\u2019", "'").strip()
    if d.normalise(text) in _WORDS:
        return True
    return any(text.startswith(prefix) for prefix in _PREFIXES)


def _alts(content):
    for fragment in content.fragments:
        if isinstance(fragment, Image) and not fragment.decorative:
            yield fragment.path, fragment.alt, fragment.file_name
        elif isinstance(fragment, RichText):
            for attrs in parse(fragment.html).images:
                yield fragment.path, attrs.get("alt", ""), ""


def check(content):
    findings = []
    for path, alt, file_name in _alts(content):
        if is_file_name(alt, file_name):
            findings.append(d.RULES[d.ALT_FILE_NAME].finding(path, alt))
        elif is_redundant(alt):
            findings.append(d.RULES[d.ALT_REDUNDANT].finding(path, alt))
    return findings
