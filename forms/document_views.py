"""Attached documents are sent to the staff who may read the request, and
to nobody else: the files live outside the public media
(``forms.private_storage``), so this view is their only way out.

Every refusal (not signed in to the admin, no access to the form, a
document id that does not belong to the request in the address) is the
same 404: nobody learns which requests or documents exist.
"""

from django.http import FileResponse, Http404
from django.views.decorators.http import require_safe
from wagtail.contrib.forms.utils import get_forms_for_user

from .models import ContactDocument


def can_read_documents(user, submission):
    """Who may open a request's documents. For now Wagtail's rule for the
    submissions list (``get_forms_for_user`` and its
    ``filter_form_submissions_for_user`` hooks): a user who may open the
    submissions of the form in one of its languages, as that list holds the
    requests of every translation. The next issue narrows it to the
    answering service; every check goes through this function."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    return get_forms_for_user(user).filter(
        translation_key=submission.translation_key).exists()


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
    # An attachment, never shown in the browser: a PDF or an image opens in
    # the staff member's own viewer, not in the admin's origin.
    response = FileResponse(handle, as_attachment=True, filename=document.name,
                            content_type=document.content_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
