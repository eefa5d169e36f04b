"""Which documents a reader may find.

A collection with a view restriction (login, groups, password) holds files
that only some readers may download. Such a document is listed only when a
page the reader may see offers it (the page already shows its title); and
the reader then gets the page, not the file they could not open."""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Page, ReferenceIndex


@dataclass
class DocumentAccess:
    #: documents in a collection this reader has not been let into
    private: set = field(default_factory=set)
    #: those of them no visible page offers: never listed
    hidden: set = field(default_factory=set)


def document_access(request, visible):
    """The DocumentAccess of this reader; ``visible``: the live pages, in
    any language, this reader may open."""
    refused = [restriction.collection for restriction in
               CollectionViewRestriction.objects.select_related("collection")
               if not restriction.accept_request(request)]
    if not refused:
        return DocumentAccess()
    within = Q()
    for collection in refused:
        within |= Q(collection__path__startswith=collection.path)
    documents = list(get_document_model().objects.filter(within).only("pk"))
    if not documents:
        return DocumentAccess()
    offered_by = (ReferenceIndex.get_references_to_in_bulk(documents)
                  .filter(base_content_type=ContentType.objects.get_for_model(Page))
                  .values_list("to_object_id", "object_id"))
    offered_by = [(int(document_id), int(page_id)) for document_id, page_id in offered_by]
    seen = set(visible.filter(pk__in={page_id for _document, page_id in offered_by})
               .values_list("pk", flat=True))
    offered = {document_id for document_id, page_id in offered_by if page_id in seen}
    private = {document.pk for document in documents}
    return DocumentAccess(private=private, hidden=private - offered)
