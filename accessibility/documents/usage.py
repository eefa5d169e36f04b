"""Which live pages link each document, and what is wrong with every PDF a
live page links: the glue between Wagtail's reference index and the pure PDF
checks (``pdf``).

Documents are always reached through ``get_document_model()``: the site
chooses its document model (``WAGTAILDOCS_DOCUMENT_MODEL``)."""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from wagtail.documents import get_document_model
from wagtail.models import Page, ReferenceIndex

from .pdf import PDF_UNREADABLE, RULES, check_pdf

CHECKED_EXTENSIONS = ("pdf",)


@dataclass
class DocumentReport:
    document_id: int
    title: str
    file_name: str
    url: str
    pages: list = field(default_factory=list)  # the live pages that link it
    findings: list = field(default_factory=list)  # the document's own, without a page

    @property
    def name(self):
        return self.title or self.file_name

    def findings_on_pages(self):
        """Each finding once per linking page, stamped with that page, for a
        run that lists findings by page."""
        return [finding.on_page(page.pk, page.locale.language_code.split("-")[0],
                                page.live_revision_id)
                for page in self.pages for finding in self.findings]


def _page_content_type():
    return ContentType.objects.get_for_model(Page)


def linking_pages(document):
    """The live pages that link ``document`` (in a block, in rich text or a field)."""
    ids = (ReferenceIndex.get_references_to(document)
           .filter(base_content_type=_page_content_type())
           .values_list("object_id", flat=True))
    return list(Page.objects.live().filter(pk__in=[int(pk) for pk in ids])
                .select_related("locale").order_by("path"))


def pages_by_document():
    """{document id: [live pages]} for every document a live page links,
    in two queries."""
    document_type = ContentType.objects.get_for_model(get_document_model())
    references = (ReferenceIndex.objects
                  .filter(to_content_type=document_type, base_content_type=_page_content_type())
                  .values_list("to_object_id", "object_id").distinct())
    page_ids = {}
    for document_id, page_id in references:
        page_ids.setdefault(int(document_id), set()).add(int(page_id))
    every_page = {int(pk) for pks in page_ids.values() for pk in pks}
    pages = {page.pk: page for page in Page.objects.live().filter(pk__in=every_page)
             .select_related("locale").order_by("path")}
    found = {}
    for document_id, ids in page_ids.items():
        live = [page for pk, page in pages.items() if pk in ids]  # in tree order
        if live:
            found[document_id] = live
    return found


def check_document(document):
    """The findings of one document's file (PDFs only; other formats get none)."""
    name = document.title or document.filename
    if document.file_extension.lower() not in CHECKED_EXTENSIONS:
        return []
    try:
        with document.file.storage.open(document.file.name, "rb") as handle:
            return check_pdf(handle.read(), name)
    except OSError:  # the file is missing from storage
        return [RULES[PDF_UNREADABLE].finding(name, "missing")]


def document_reports(extensions=CHECKED_EXTENSIONS):
    """A report for every document of these formats linked from a live page:
    the pages that link it and its findings."""
    linked = pages_by_document()
    documents = get_document_model().objects.filter(pk__in=linked).order_by("title")
    reports = []
    for document in documents:
        if document.file_extension.lower() not in extensions:
            continue
        reports.append(DocumentReport(
            document_id=document.pk, title=document.title, file_name=document.filename,
            url=document.url, pages=linked[document.pk], findings=check_document(document)))
    return reports
