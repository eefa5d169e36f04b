"""What the public search finds for a reader: pages of the reader's language
that the reader may open, then, when that language has none, pages of the
other languages that were never translated into it.

Every word must match first ("and"); when no page has them all, any word
will do ("or"), ranked by how many match. Glossary synonyms are searched
together with the words typed. Only one page of results is loaded.

Documents (their title, description and the text of the file) are searched
apart and shown in their own list under the pages: their scores come from
another index and cannot be ranked with the pages', and a citizen should
meet the web page before the file. Each leads to its web page (see
``pages.documents.where_used``)."""

import functools
import re

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils.formats import number_format
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelsearch.query import Or, PlainText
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from locales.switcher import closed_paths

from ..conf import search_backend_name
from ..documents.visibility import document_access
from ..documents.where_used import web_pages
from ..frame.locales import active_locale, language_codes_by_id, locales_by_code
from . import suggestions, synonyms
from .excerpt import excerpt
from .highlight import highlight
from .storage import IndexUnavailable

MAX_QUERY_LENGTH = 200
FEW_RESULTS = 3  # fewer than this: look for a correction
_backends = {}
# after the title of a page found in another language
LANGUAGE_LABELS = {"fr": _("in French"), "nl": _("in Dutch"), "de": _("in German"),
                   "en": _("in English")}


def search_terms(raw):
    """The words of what the reader typed. Punctuation and control characters
    would reach a search engine's own query syntax (a lone quote breaks
    SQLite's full-text search), and they never help find a page."""
    return " ".join(re.sub(r"[^\w]+", " ", raw[:MAX_QUERY_LENGTH]).split())


def public_backend():
    """The backend of the public search, one instance per configuration in
    this process: it keeps its index searcher open between requests."""
    name = search_backend_name()
    params = (getattr(settings, "WAGTAILSEARCH_BACKENDS", None) or {}).get(name)
    key = (name, repr(sorted(params.items())) if params else None)
    if key not in _backends:
        if len(_backends) > 8:  # settings changed many times (tests)
            _backends.clear()
        _backends[key] = get_search_backend(name)
    return _backends[key]


def visible_pages(request, locales=None):
    """Live pages of the reader's language (or of ``locales``), without those
    behind a view restriction (password, login, groups) this reader has not
    passed: a result would show the title and summary of a page they may not
    open."""
    pages = Page.objects.live().exclude(depth__lte=1)
    if locales is None:
        pages = pages.filter(locale=active_locale(request) or Locale.get_active())
    else:
        pages = pages.filter(locale__in=list(locales))
    for path in closed_paths(request):
        pages = pages.exclude(path__startswith=path)
    return pages


def specific_pages(pages):
    """``pages`` read as their own types, without their stream fields, when
    a slice of search results is loaded: Wagtail asks the database for the
    ids and types only, then one query per page type, instead of every
    column of every page first and the specific rows after."""
    return pages.specific().defer_streamfields()


def with_specific(results):
    """The specific pages of one page of results, in their order, in one
    query per page type (the template shows each page's summary). The pages
    found already say their type: Wagtail's ``specific()`` would ask the
    database for it again."""
    by_type, unknown, specific = {}, [], {}
    for page in results:
        content_type_id = getattr(page, "content_type_id", None)
        if type(page) is not Page and isinstance(page, Page):
            specific[page.pk] = page  # read as its own type already (``specific_pages``)
        elif content_type_id is None:  # only an id (promoted results)
            unknown.append(page.pk)
        else:
            by_type.setdefault(content_type_id, []).append(page.pk)
    if unknown:
        specific.update(Page.objects.filter(pk__in=unknown).specific().in_bulk())
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
        specific.update(model._base_manager.defer(*_bodies(model)).in_bulk(ids))
    return [specific[page.pk] for page in results if page.pk in specific]


@functools.cache
def _bodies(model):
    """The stream fields of a page type (its body, blocks of a form): a result
    shows the title and "In short", and reading a body costs its JSON."""
    return [field.name for field in model._meta.concrete_fields
            if isinstance(field, StreamField)]


def file_size_label(size):
    """"240 kB", "1.5 MB": how big a file is, for a reader about to
    download it; "" when unknown."""
    if not size:
        return ""
    if size < 1000 * 1000:
        return gettext("%(size)s kB") % {"size": max(1, round(size / 1000))}
    return gettext("%(size)s MB") % {"size": number_format(size / 1000 / 1000, 1)}


def search_query(texts, operator):
    """One backend query for the words typed and their synonyms."""
    queries = [PlainText(terms, operator=operator)
               for terms in dict.fromkeys(search_terms(text) for text in texts) if terms]
    if not queries:
        return None
    return queries[0] if len(queries) == 1 else Or(queries)


def search_pages(backend, texts, pages):
    """(results, operator): every word first, any word when that finds none.
    Results are lazy: counting them runs one search, a slice another."""
    for operator in ("and", "or"):
        query = search_query(texts, operator)
        if query is None:
            return backend.search("", pages), operator
        results = backend.search(query, pages)
        if results.count() or all(len(search_terms(text).split()) < 2 for text in texts):
            return results, operator  # found, or "or" would find the same
    return results, operator


class Search:
    """One reader's search: what they typed, in their language."""

    def __init__(self, request, query):
        self.request = request
        self.query = query
        self.locale = active_locale(request) or Locale.get_active()
        self.language = self.locale.language_code
        self.backend = public_backend()
        #: pages shown apart (promoted results): never listed again
        self.excluded = ()

    @cached_property
    def texts(self):
        """What was typed, then its glossary synonyms."""
        pairs = synonyms.glossary_pairs(self.locale)
        return [self.query, *synonyms.alternatives(self.query, pairs)]

    @cached_property
    def found(self):
        pages = specific_pages(visible_pages(self.request))
        if self.excluded:
            pages = pages.exclude(pk__in=list(self.excluded))
        results, self.operator = search_pages(self.backend, self.texts, pages)
        return results

    def marked(self, page, language=None):
        """A result as the template shows it: title and summary with the
        words searched in <mark> (HTML-escaped, safe to show)."""
        language = language or self.language
        return {"page": page, "language": language,
                "language_name": LANGUAGE_LABELS.get(language, language),
                "title": mark_safe(highlight(page.title, self.texts, language)),  # noqa: S308
                "summary": mark_safe(highlight(getattr(page, "intro", ""),  # noqa: S308
                                               self.texts, language))}

    def correction(self):
        """The query with its misspellings corrected, when the search found
        few pages and the corrected one finds more; else None."""
        count = self.found.count()
        if count >= FEW_RESULTS:
            return None
        better = suggestions.corrected(self.query, self.language, self.backend)
        if not better or better.lower() == self.query.lower():
            return None
        results, _operator = search_pages(self.backend, [better], visible_pages(self.request))
        return better if results.count() > count else None

    def elsewhere(self, limit):
        """Pages of the other languages that match and have no live
        translation in the reader's: for a reader whose language has none."""
        codes = language_codes_by_id(self.request)
        codes.pop(self.locale.pk, None)
        others = sorted(codes)
        if not others:
            return []
        results, _operator = search_pages(
            self.backend, self.texts,
            specific_pages(visible_pages(self.request, locales=others)))
        found = list(results[:limit])
        translated = set(Page.objects.live().filter(
            locale=self.locale, translation_key__in=[page.translation_key for page in found],
        ).values_list("translation_key", flat=True))
        kept = [page for page in found if page.translation_key not in translated]
        return [self.marked(page, codes.get(page.locale_id)) for page in with_specific(kept)]

    # Documents

    @cached_property
    def readable_pages(self):
        """The live pages of every language this reader may open."""
        return visible_pages(self.request, locales=locales_by_code(self.request).values())

    @cached_property
    def access(self):
        """Which documents this reader may find, and download."""
        return document_access(self.request, self.readable_pages)

    @cached_property
    def found_documents(self):
        documents = get_document_model().objects.all()
        if self.access.hidden:
            documents = documents.exclude(pk__in=sorted(self.access.hidden))
        results, _operator = search_pages(self.backend, self.texts, documents)
        return results

    def documents_count(self):
        """How many documents match: 0 when their index cannot be read (no
        document uploaded yet, or a broken index: the pages are still found)."""
        try:
            return self.found_documents.count()
        except IndexUnavailable:
            return 0

    def documents(self, limit):
        """The ``limit`` documents that match best, as the template shows
        them, in a few queries whatever their number."""
        try:
            found = list(self.found_documents[:limit])
        except IndexUnavailable:
            return []
        pages = web_pages(found, self.readable_pages, self.locale)
        languages = language_codes_by_id(self.request)
        return [self.marked_document(document, pages.get(document.pk),
                                     languages.get(document.locale_id, self.language))
                for document in found]

    def marked_document(self, document, web_page, language):
        """A document found: its title and description (else a passage of
        its text) with the words searched marked, its type and size, and
        where it leads (its web page, else the file)."""
        summary = highlight(document.description, self.texts, language) \
            if document.description else excerpt(document.text, self.texts, language)
        page_language = web_page.language if web_page else self.language
        return {
            "document": document,
            "title": mark_safe(highlight(document.title, self.texts, language)),  # noqa: S308
            "summary": mark_safe(summary),  # noqa: S308
            "kind": document.kind,
            "size": file_size_label(document.file_size),
            "web_page": web_page,
            "language": page_language,
            "language_name": LANGUAGE_LABELS.get(page_language, page_language)
            if page_language != self.language else "",
            # a file in a collection the reader may not open: only its page
            "file_url": "" if document.pk in self.access.private else document.url,
        }
