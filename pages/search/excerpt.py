"""A passage of a document's text around the words searched, for a search
result: the reader sees why the document was found. Pure: no Django."""

from .highlight import highlight

SCANNED = 30_000  # characters of the text looked through
WIDTH = 240


def _passages(text, width):
    passage, size = [], 0
    for word in text.split():
        if passage and size + len(word) > width:
            yield " ".join(passage)
            passage, size = [], 0
        passage.append(word)
        size += len(word) + 1
    if passage:
        yield " ".join(passage)


def excerpt(text, queries, language, width=WIDTH):
    """HTML (escaped, words searched in <mark>) of the first passage of
    ``text`` holding a word of ``queries``; "" when none does."""
    passages = list(_passages((text or "")[:SCANNED], width))
    for number, passage in enumerate(passages):
        marked = highlight(passage, queries, language)
        if "<mark>" in marked:
            before = "… " if number else ""
            after = " …" if number < len(passages) - 1 or len(text) > SCANNED else ""
            return f"{before}{marked}{after}"
    return ""
