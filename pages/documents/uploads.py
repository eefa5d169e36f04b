"""What the admin accepts as a document or an image, beyond Wagtail's own
checks (allowed extension, size, an image Pillow can read).

A file's name says nothing about what it holds: a web page renamed
``leaflet.pdf`` would be stored and later opened by a reader's browser. So a
document's first bytes must match its extension, and a name becomes one a
web server can never run (no folders, no control characters, one extension).
The forms (``WAGTAILDOCS_DOCUMENT_FORM_BASE``, ``WAGTAILIMAGES_IMAGE_FORM_BASE``)
apply both on every upload: single, multiple, and replacing a file."""

import os
import re
import unicodedata
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

HEAD_BYTES = 4096
MARKUP = re.compile(rb"^\s*<\s*(!doctype|html|head|body|script|svg|iframe|\?xml|meta)",
                    re.IGNORECASE)
OFFICE_PARTS = {"docx": "word/", "xlsx": "xl/"}
OPEN_DOCUMENT_TYPES = {"odt": b"application/vnd.oasis.opendocument.text"}
MAX_NAME_LENGTH = 80


def safe_upload_name(name, fallback="document"):
    """The last part of ``name`` without folders or control characters, its
    inner dots turned to ``_`` so only the last extension counts
    (``report.php.pdf`` -> ``report_php.pdf``)."""
    name = unicodedata.normalize("NFC", str(name or ""))
    name = re.split(r"[\\/]", name)[-1]
    name = "".join(char for char in name if unicodedata.category(char)[0] != "C")
    stem, extension = os.path.splitext(name.strip().strip("."))
    stem = re.sub(r"[.\s]+", "_", stem).strip("_") or fallback
    extension = re.sub(r"[^A-Za-z0-9]", "", extension)[:10].lower()
    stem = stem[:MAX_NAME_LENGTH]
    return f"{stem}.{extension}" if extension else stem


def _is_text(head):
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 4:  # not just a character cut at the end
            try:
                head.decode("cp1252")
            except UnicodeDecodeError:
                return False
    return True


def content_matches(extension, uploaded):
    """Whether the file's content is of the kind its extension says."""
    uploaded.seek(0)
    head = uploaded.read(HEAD_BYTES)
    uploaded.seek(0)
    if MARKUP.match(head):  # a web page or SVG, whatever its name
        return False
    if extension == "pdf":
        return head.lstrip(b"\xef\xbb\xbf\r\n\t ").startswith(b"%PDF-")
    if extension == "rtf":
        return head.startswith(b"{\\rtf")
    if extension in {"txt", "csv"}:
        return _is_text(head)
    if extension in OFFICE_PARTS or extension in OPEN_DOCUMENT_TYPES:
        if not head.startswith(b"PK\x03\x04"):
            return False
        try:
            with zipfile.ZipFile(uploaded) as archive:
                names = archive.namelist()
                if extension in OFFICE_PARTS:
                    return any(n.startswith(OFFICE_PARTS[extension]) for n in names)
                return archive.read("mimetype").strip() == OPEN_DOCUMENT_TYPES[extension]
        except (zipfile.BadZipFile, KeyError, OSError, ValueError):
            return False
        finally:
            uploaded.seek(0)
    return False  # an extension this check does not know: refused, never waved through


NOT_WHAT_IT_SAYS = _(
    "This file is not a real %(extension)s file: its content is of another kind. "
    "Save it again as %(extension)s from the program that made it, or choose another file.")


class SafeUploadMixin:
    """Cleans the ``file`` field: a safe name, and (for documents) content
    that matches the extension."""

    check_content = True

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if not isinstance(uploaded, UploadedFile):  # no new file: the stored one stays
            return uploaded
        extension = os.path.splitext(uploaded.name)[1].lstrip(".").lower()
        allowed = getattr(settings, "WAGTAILDOCS_EXTENSIONS", None) or ()
        # an extension that is not allowed at all gets Wagtail's own message
        if self.check_content and extension in allowed and not content_matches(
                extension, uploaded):
            raise ValidationError(NOT_WHAT_IT_SAYS, code="content_mismatch",
                                  params={"extension": extension.upper() or "?"})
        uploaded.name = safe_upload_name(uploaded.name, fallback=self.fallback_name)
        return uploaded

    def _post_clean(self):
        """A refused file is not stored, so the model's own check then finds
        no extension at all: keep only the message that says what is wrong."""
        errors_before = len(self._errors.get("file", ()))
        super()._post_clean()
        if errors_before and len(self._errors.get("file", ())) > errors_before:
            del self._errors["file"][errors_before:]


class SafeDocumentForm(SafeUploadMixin, BaseDocumentForm):
    fallback_name = "document"


class SafeImageForm(SafeUploadMixin, BaseImageForm):
    """Wagtail already checks that an image is the format its extension says
    (Pillow reads it); only the name is made safe here."""

    check_content = False
    fallback_name = "image"
