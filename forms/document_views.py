"""Attached documents are sent to the staff who may read the request, and
to nobody else: the files live outside the public media
(``forms.private_storage``), so this view is their only way out.

Every refusal (not signed in to the admin, no access to the form, a
document id that does not belong to the request in the address) is the
same 404: nobody learns which requests or documents exist.
"""

from django.http import FileResponse, Http404
from django.views.decorators.http import require_safe

from . import audit
from .access import can_access
from .models import ContactDocument


def can_read_documents(user, submission):
    """Who may open a request's documents: whoever may read the request
    (``forms.access.can_access``: its service's staff, the form's front
    office, a superuser), never an editor of the form page as such."""
    return can_access(user, submission)


@require_safe
def download_document(request, submission_id, document_id):
    document = (ContactDocument.objects.select_related("submission")
                .filter(pk=document_id, submission_id=submission_id).first())
    if document is None or not can_read_documents(request.user, document.submission):
        raise Http404
    try:
        handle = document.file.open("rb")
    except (OSError, ValueError):  # the file is gone (a purge, a restore without it)
        raise Http404 from None
    audit.log_request(request.user, document.submission, audit.DOCUMENT, document=document.pk)
    # An attachment, never shown in the browser: a PDF or an image opens in
    # the staff member's own viewer, not in the admin's origin.
    response = FileResponse(handle, as_attachment=True, filename=document.name,
                            content_type=document.content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
