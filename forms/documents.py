"""Documents a citizen attaches to a contact request: which files are
accepted, under which name, and how they are stored.

The type is decided by the file's first bytes, never by the browser's
content type or the extension, which the sender chooses: a "photo.png" that
holds a web page or a program is refused, and a PDF named "scan.png" is
kept as "scan.pdf". Only PDF, JPEG and PNG are accepted: what citizens scan
or photograph, and what every answering computer opens safely.

Bounds per request: ``max_documents`` files of at most ``max_document_mb``
each (at most 10 × 20 MB, the model's validators); Django refuses more than
``DATA_UPLOAD_MAX_NUMBER_FILES`` files before any view runs (a 400), and
the web server must bound the body of a request (its upload limit): the CSRF
middleware reads the body before any view could set its own upload handler.

The citizen's file name is only kept in the row, made safe (``safe_name``):
on disk every file has a random name (``private_storage.document_path``).
"""

import os
import re
import unicodedata
from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
# The first extension is the one a file gets when its own is wrong.
EXTENSIONS = {PDF: (".pdf",), JPEG: (".jpg", ".jpeg"), PNG: (".png",)}
SIGNATURES = ((b"%PDF-", PDF), (b"\xff\xd8\xff", JPEG), (b"\x89PNG\r\n\x1a\n", PNG))
HEAD_BYTES = 8
ACCEPT = ",".join([*(ext for exts in EXTENSIONS.values() for ext in exts), *EXTENSIONS])
MEGABYTE = 1024 * 1024
# Prefixed like the reply fields: an editor's own "Documents" question keeps its name.
FIELD_NAME = "attached_documents"

# Shorter than the model's 120 characters, so that a name always fits.
MAX_NAME_LENGTH = 100
DEFAULT_STEM = "document"
# Control, format (bidi overrides, zero-width characters), surrogate,
# private-use and unassigned characters, and line or paragraph separators.
UNSAFE_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
# Characters Windows refuses in a file name: staff download the files.
WINDOWS_RESERVED_CHARACTERS = set('<>:"|?*')
WINDOWS_RESERVED_NAMES = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(10)),
                          *(f"LPT{n}" for n in range(10))}
# An extension is what follows the last dot when it looks like one
# ("report.exe"), not a date or a number ("invoice 12.03.2024").
EXTENSION_LIKE = re.compile(r"^\.[A-Za-z0-9]{0,5}[A-Za-z][A-Za-z0-9]{0,5}$")

MESSAGES = {
    "type": _("The selected file %(name)s must be a PDF, JPG or PNG"),
    "too_large": _("The selected file %(name)s must be smaller than %(size)s MB"),
    "empty": _("The selected file %(name)s is empty"),
    "too_many": ngettext_lazy("Select up to %(count)s file", "Select up to %(count)s files",
                              "count"),
    "select_again": _("Select your files again: files cannot be kept when the form comes "
                      "back with a problem"),
}


def detect_type(head):
    """The content type the first bytes announce, or None."""
    for signature, content_type in SIGNATURES:
        if head.startswith(signature):
            return content_type
    return None


def clean_name(raw):
    """The citizen's file name without a path, invisible or control
    characters, or characters Windows refuses; may be empty."""
    text = unicodedata.normalize("NFC", raw if isinstance(raw, str) else "")
    text = text.replace("\\", "/").rsplit("/", 1)[-1]
    kept = []
    for character in text:
        if character.isspace():
            character = " "
        elif unicodedata.category(character) in UNSAFE_CATEGORIES:
            continue
        elif character in WINDOWS_RESERVED_CHARACTERS:
            character = "_"
        kept.append(character)
    return " ".join("".join(kept).split()).strip(" .")


def safe_name(raw, content_type):
    """A name to show and to download the file under: ``clean_name`` with
    the extension of its real type, at most ``MAX_NAME_LENGTH`` characters
    (the extension kept), never empty. "../../etc/passwd" holding a PDF
    becomes "passwd.pdf"."""
    name = clean_name(raw)
    stem, extension = os.path.splitext(name)
    if not EXTENSION_LIKE.match(extension):
        stem, extension = name, ""
    extensions = EXTENSIONS[content_type]
    extension = extension.lower() if extension.lower() in extensions else extensions[0]
    stem = stem[:MAX_NAME_LENGTH - len(extension)].rstrip(" .") or DEFAULT_STEM
    if stem.upper() in WINDOWS_RESERVED_NAMES:
        stem = f"{stem}_"
    return f"{stem}{extension}"


def shown_name(raw):
    """The name as the citizen chose it, safe to show in a message."""
    name = clean_name(raw)
    if len(name) > MAX_NAME_LENGTH:
        name = f"{name[:MAX_NAME_LENGTH - 1]}…"
    return name or DEFAULT_STEM


@dataclass(frozen=True)
class AcceptedDocument:
    """An uploaded file that passed every check, with what will be stored."""

    file: object
    name: str
    content_type: str
    size: int


def read_head(uploaded):
    uploaded.seek(0)
    head = uploaded.read(HEAD_BYTES)
    uploaded.seek(0)
    return head if isinstance(head, bytes) else b""


def check_one(uploaded, max_bytes, max_mb):
    """An ``AcceptedDocument``, or the one ValidationError that says what to do."""
    name = shown_name(getattr(uploaded, "name", ""))
    size = getattr(uploaded, "size", None) or 0
    if size <= 0:
        return ValidationError(MESSAGES["empty"], code="empty", params={"name": name})
    if size > max_bytes:
        return ValidationError(MESSAGES["too_large"], code="too_large",
                               params={"name": name, "size": max_mb})
    content_type = detect_type(read_head(uploaded))
    if content_type is None:
        return ValidationError(MESSAGES["type"], code="type", params={"name": name})
    return AcceptedDocument(file=uploaded, name=safe_name(uploaded.name, content_type),
                            content_type=content_type, size=size)


def check_documents(files, max_count, max_mb):
    """``(accepted, errors)`` for the files of one request. Too many files
    gives one message and nothing is read; otherwise one message per
    refused file. Only when ``errors`` is empty may ``accepted`` be stored."""
    files = list(files)
    if len(files) > max_count:
        return [], [ValidationError(MESSAGES["too_many"] % {"count": max_count},
                                    code="too_many")]
    accepted, errors = [], []
    for uploaded in files:
        result = check_one(uploaded, max_mb * MEGABYTE, max_mb)
        (errors if isinstance(result, ValidationError) else accepted).append(result)
    return accepted, errors


def store_documents(submission, accepted):
    """Saves the files and their rows for ``submission``, inside the
    caller's transaction. A file written before a failure is removed, so a
    request that is not stored leaves nothing on disk."""
    written = []
    try:
        with transaction.atomic():
            for document in accepted:
                row = submission.documents.model(
                    submission=submission, name=document.name,
                    content_type=document.content_type, size=document.size)
                row.file.save(DEFAULT_STEM, document.file, save=False)
                written.append(row.file)
                row.save()
    except BaseException:
        for stored in written:
            stored.storage.delete(stored.name)
        raise


class MultipleFileInput(forms.FileInput):
    """Django's file input with ``multiple``: the browser sends a list."""

    allow_multiple_selected = True

    def value_from_datadict(self, data, files, name):
        getlist = getattr(files, "getlist", None)
        return getlist(name) if getlist else []


class DocumentsField(forms.FileField):
    """Several files in one field; cleans to a list of ``AcceptedDocument``."""

    widget = MultipleFileInput

    def __init__(self, *, max_count, max_mb, **kwargs):
        self.max_count, self.max_mb = max_count, max_mb
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        files = [item for item in data or [] if hasattr(item, "read")]
        accepted, errors = check_documents(files, self.max_count, self.max_mb)
        if errors:
            raise ValidationError(errors)
        return accepted


def documents_field(page):
    """The field for a page that allows documents, with its limits in the hint."""
    count, size = page.max_documents, page.max_document_mb
    return DocumentsField(
        max_count=count, max_mb=size, label=_("Documents"),
        help_text=ngettext_lazy(
            "You can attach %(count)s file: a PDF, JPG or PNG smaller than %(size)s MB.",
            "You can attach up to %(count)s files: PDF, JPG or PNG, each smaller than "
            "%(size)s MB.", "count") % {"count": count, "size": size},
        widget=MultipleFileInput(attrs={"accept": ACCEPT}),
        template_name="balise_forms/documents_field.html",
    )


def ask_to_select_again(form):
    """A form that comes back (an error elsewhere, an expired token, a
    throttle, a refused file beside good ones) cannot show the chosen files
    again: browsers do not allow it. Said next to the field, so that no file
    is lost without a word."""
    if FIELD_NAME not in form.fields or form.has_error(FIELD_NAME, "select_again"):
        return
    getlist = getattr(form.files, "getlist", None)
    if getlist and getlist(form.add_prefix(FIELD_NAME)):
        form.add_error(FIELD_NAME, ValidationError(MESSAGES["select_again"],
                                                   code="select_again"))


def data_fields(page):
    """The documents column of the submissions list and export, for a form
    that allows documents or whose requests hold some."""
    if page.allow_documents or page.get_submissions().filter(documents__isnull=False).exists():
        return [("documents", _("Documents"))]
    return []


class DocumentLinks(str):
    """A request's documents in Wagtail's submissions list: the names (a
    string, for the export) that render as links to the download view in
    the admin page (``__html__``: Django's templates keep a ``str`` subclass
    and ask it for its HTML)."""

    def __new__(cls, submission):
        documents = list(submission.documents.all()) if submission.pk else []
        value = super().__new__(cls, ", ".join(document.name for document in documents))
        value.links = format_html_join(", ", '<a href="{}" download>{}</a>', (
            (reverse("balise_contact_document", args=(submission.pk, document.pk)),
             document.name) for document in documents))
        return value

    def __html__(self):
        return self.links
