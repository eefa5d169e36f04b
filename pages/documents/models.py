"""Balise's document model (``WAGTAILDOCS_DOCUMENT_MODEL``): Wagtail's
document with a description an editor writes and the text of the file.

The text is read from the file when it is uploaded or replaced, in ``save()``,
before Wagtail indexes the document: the index then holds what the document
says, and searching never opens a file. Its language is guessed from that
text, so the index stems its words with the right language."""

import os

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument
from wagtail.search import index

from ..conf import app_settings
from .extraction import extract_text
from .language import guess_language


def _locale_for(language):
    from wagtail.models import Locale

    if not language:
        return None
    for locale in Locale.objects.all():
        if locale.language_code.split("-")[0].lower() == language:
            return locale
    return None


class BaliseDocument(AbstractDocument):
    description = models.TextField(
        _("description"), blank=True,
        help_text=_("What the document is for, in one or two plain sentences. "
                    "Search results show it under the title."))
    text = models.TextField(_("text of the file"), blank=True, editable=False)
    locale = models.ForeignKey(
        "wagtailcore.Locale", null=True, blank=True, editable=False,
        on_delete=models.SET_NULL, related_name="+", verbose_name=_("language of the text"))

    admin_form_fields = ("title", "file", "description", "collection", "tags")

    search_fields = [
        *AbstractDocument.search_fields,
        index.SearchField("description", boost=3),
        index.SearchField("text"),
    ]

    # Permissions stay Wagtail's own (wagtaildocs.add_document...): its
    # document permission policy checks those whatever the model.
    class Meta(AbstractDocument.Meta):
        pass

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._read_file = (instance.__dict__.get("file"), instance.__dict__.get("file_hash"))
        return instance

    def file_is_new(self):
        """Whether the file was uploaded or replaced since this document
        was loaded (a new upload is not yet written to storage)."""
        if not self.file:
            return False
        if not getattr(self.file, "_committed", True):
            return True
        return getattr(self, "_read_file", None) != (self.file.name, self.file_hash)

    def read_text(self):
        """Fill ``text`` and ``locale`` from the file."""
        extension = os.path.splitext(self.file.name or "")[1]
        try:
            self.file.open("rb")
            self.text = extract_text(self.file, extension,
                                     max_chars=app_settings.DOCUMENT_TEXT_MAX_CHARS,
                                     max_pages=app_settings.DOCUMENT_TEXT_MAX_PAGES)
            self.file.seek(0)
        except OSError:  # the file is missing from storage
            self.text = ""
        self.locale = _locale_for(guess_language(self.text))

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if self.file_is_new() and (update_fields is None or "file" in update_fields):
            self.read_text()
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "text", "locale"}
        super().save(*args, **kwargs)
        self._read_file = (self.file.name, self.file_hash)

    @property
    def kind(self):
        """The type of file as readers know it: "PDF", "Word"..."""
        extension = self.file_extension.lower()
        return FILE_KINDS.get(extension) or extension.upper()


FILE_KINDS = {"pdf": "PDF", "docx": "Word", "doc": "Word", "xlsx": "Excel", "xls": "Excel",
              "odt": "OpenDocument", "ods": "OpenDocument", "rtf": "RTF", "csv": "CSV",
              "txt": _("Text")}
