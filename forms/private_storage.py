"""Where citizens' documents are kept: outside the public media.

Files under ``MEDIA_ROOT`` are served to anyone who guesses their URL (by
the web server in production). Attached documents carry social data, so
they live under ``BALISE_FORMS["DOCUMENTS_ROOT"]`` (default
``<BALISE_VAR_DIR>/private/documents``, or beside ``MEDIA_ROOT`` on another
site), a storage without a base URL, and
only a view that checks the reader's permission sends them.
"""

import uuid
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.functional import LazyObject

from .conf import app_settings


def documents_root():
    configured = app_settings.DOCUMENTS_ROOT
    if configured:
        return Path(configured)
    var_dir = getattr(settings, "BALISE_VAR_DIR", None)
    if var_dir:
        return Path(var_dir) / "private" / "documents"
    # Another Wagtail site: beside its media folder, never inside it.
    return Path(settings.MEDIA_ROOT).resolve().parent / "private-documents"


class PrivateFileSystemStorage(FileSystemStorage):
    """Files with no web address: ``url()`` would otherwise fall back to
    ``MEDIA_URL`` and suggest a public link that must never exist."""

    def url(self, name):
        raise ValueError("Attached documents have no public URL: link to "
                         "forms.document_views instead.")


class PrivateStorage(LazyObject):
    """Lazy, so that tests and sites may change the setting after import."""

    def _setup(self):
        self._wrapped = PrivateFileSystemStorage(location=documents_root(),
                                                 file_permissions_mode=0o600,
                                                 directory_permissions_mode=0o700)


private_storage = PrivateStorage()


def get_private_storage():
    """The model field's storage, as a callable so that migrations name this
    function, not the folder of the machine that made them."""
    return private_storage


def document_path(document, filename):
    """A random name on disk: the citizen's file name is kept in the row
    only, so nothing they typed ever becomes a path."""
    return f"{document.uploaded_at:%Y/%m}/{uuid.uuid4().hex}"
