"""Text in another language than the page, without a ``lang`` on it: a
screen reader then reads Dutch with French sounds. Detected per paragraph
with each language's own stop words, and only when the paragraph is long
enough and its language clear: a wrong finding costs an editor's trust."""

import re

from . import definitions as d
from .content import RichText, Text
from .rich_text import parse

STOP_WORDS = {language: frozenset(words) for language, words in d.stop_words().items()}
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def words_of(text):
    return _WORD.findall(str(text or "").casefold().replace("\u2019", "'"))


def detect(text):
    """The paragraph's language when it is clear, else None."""
    words = words_of(text)
    if len(words) < d.LANGUAGE_MIN_WORDS:
        return None
    # "l'aide", "d'un": the part before the apostrophe is a French stop word
    tokens = [part for word in words for part in word.split("'") if part]
    counts = {language: sum(token in stop for token in tokens)
              for language, stop in STOP_WORDS.items()}
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    (best, count), (_second, runner_up) = ranked[0], ranked[1]
    if count < d.LANGUAGE_MIN_STOP_WORDS or count < d.LANGUAGE_MARGIN * max(runner_up, 1):
        return None
    return best


def paragraphs(content):
    for fragment in content.fragments:
        if isinstance(fragment, Text):
            yield fragment.path, fragment.text
        elif isinstance(fragment, RichText):
            for block in parse(fragment.html).blocks:
                if not block.has_lang:
                    yield fragment.path, block.clean_text


def check(content):
    page_language = (content.language or "").split("-")[0]
    if page_language not in STOP_WORDS:
        return []
    findings = []
    for path, text in paragraphs(content):
        language = detect(text)
        if language is not None and language != page_language:
            findings.append(d.RULES[d.LANGUAGE_OF_PARTS].finding(path, f"[{language}] {text}"))
    return findings
