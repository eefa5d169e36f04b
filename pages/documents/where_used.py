"""Where a reader should go for a document found by the search: its web page.

A PDF offered in a page's "Document" block names the web page that holds the
same content (``web_version``): that page is the document's web page. Else
the page that offers the document (in a block or a rich-text link) is where
the reader learns what it is for. The reader's own language comes first, then
a translation of that page into it, then a page in another language (the
template labels it); with no page the reader may see, the file itself.

Wagtail's reference index says which pages use which document: a few queries
for a whole list of documents, none per document."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, ReferenceIndex

WEB_VERSION = "web_version"


@dataclass
class WebPage:
    page: Page
    language: str  # the page's language code
    same_content: bool  # the document's web version, not only a page offering it


def _references(documents):
    """(page id, content path) of the pages that use each document, by
    document id."""
    page_type = ContentType.objects.get_for_model(Page)
    by_document = {}
    rows = (ReferenceIndex.get_references_to_in_bulk(documents)
            .filter(base_content_type=page_type)
            .values_list("to_object_id", "object_id", "content_path"))
    for document_id, page_id, path in rows:
        by_document.setdefault(str(document_id), []).append((int(page_id), path))
    return by_document


def _web_versions(references):
    """The web version page chosen next to the document in each block:
    {(page id, block path): web version page id}."""
    page_type = ContentType.objects.get_for_model(Page)
    blocks = {(page_id, path.rsplit(".", 1)[0])
              for found in references.values() for page_id, path in found if "." in path}
    if not blocks:
        return {}
    rows = (ReferenceIndex.objects
            .filter(base_content_type=page_type, to_content_type=page_type,
                    object_id__in={str(page_id) for page_id, _block in blocks},
                    content_path__endswith=f".{WEB_VERSION}")
            .values_list("object_id", "content_path", "to_object_id"))
    chosen = {}
    for page_id, path, target in rows:
        block = (int(page_id), path.rsplit(".", 1)[0])
        if block in blocks:
            chosen[block] = int(target)
    return chosen


def web_pages(documents, visible, locale):
    """{document id: WebPage or None} for ``documents``: the best page of
    ``visible`` (the live pages, in any language, this reader may open) for
    each, preferring ``locale``, the reader's."""
    documents = list(documents)
    if not documents:
        return {}
    references = _references(documents)
    versions = _web_versions(references)
    candidates = {}  # document id -> [(page id, same content)], best first
    for document in documents:
        found = references.get(str(document.pk), [])
        chosen = [(versions[(page_id, path.rsplit(".", 1)[0])], True) for page_id, path in found
                  if (page_id, path.rsplit(".", 1)[0]) in versions]
        candidates[document.pk] = [*chosen, *((page_id, False) for page_id, _path in found)]
    ids = {page_id for found in candidates.values() for page_id, _same in found}
    pages = visible.filter(pk__in=ids).select_related("locale").in_bulk() if ids else {}
    translations = {}
    keys = {page.translation_key for page in pages.values() if page.locale_id != locale.pk}
    if keys:
        translations = {page.translation_key: page for page in
                        visible.filter(locale=locale, translation_key__in=keys)
                        .select_related("locale")}
    return {document.pk: _best(candidates[document.pk], pages, translations, locale)
            for document in documents}


def _best(candidates, pages, translations, locale):
    shown = [(pages[page_id], same) for page_id, same in candidates if page_id in pages]
    for page, same in shown:
        if page.locale_id == locale.pk:
            return WebPage(page, page.locale.language_code, same)
    for page, same in shown:
        translated = translations.get(page.translation_key)
        if translated is not None:
            return WebPage(translated, translated.locale.language_code, same)
    for page, same in shown:
        return WebPage(page, page.locale.language_code, same)
    return None
