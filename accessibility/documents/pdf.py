"""What a PDF lacks for a screen-reader user: tags (its structure), a
language, a title shown in the window, a text layer (a scan is only an
image), and no encryption that locks assistive technology out.

Pure (pypdf only, no ORM). ``inspect`` never raises: a file pypdf cannot
open, or that needs a password, is reported as "cannot be read"."""

import io
import logging
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader
from pypdf.constants import UserAccessPermissions
from pypdf.generic import IndirectObject

from ..findings import Rule

logger = logging.getLogger(__name__)

# Pages read when looking for text: a document whose first pages have none
# is a scan, and a long document is not read to its end.
TEXT_PAGES_READ = 20

PDF_UNREADABLE = "pdf-unreadable"
PDF_NOT_TAGGED = "pdf-not-tagged"
PDF_NO_LANGUAGE = "pdf-no-language"
PDF_NO_TITLE = "pdf-no-title"
PDF_TITLE_NOT_SHOWN = "pdf-title-not-displayed"
PDF_NO_TEXT = "pdf-no-text"
PDF_LOCKED = "pdf-encrypted"

RULES = {rule.id: rule for rule in (
    Rule(PDF_UNREADABLE, "1.3.1", "10.1.3.1", "documents", "critical",
         _("Document cannot be read"),
         _("The file is damaged or needs a password: publish a version that opens, or "
           "better, a web page with the same content.")),
    Rule(PDF_NOT_TAGGED, "1.3.1", "10.1.3.1", "documents", "serious",
         _("PDF without tags"),
         _("Export the PDF again with \"tagged PDF\" (or \"accessibility\") ticked, so that "
           "screen readers find its headings, lists and tables.")),
    Rule(PDF_NO_LANGUAGE, "3.1.1", "10.3.1.1", "documents", "serious",
         _("PDF without a language"),
         _("Set the document's language in the program that made it, then export it again.")),
    Rule(PDF_NO_TITLE, "2.4.2", "10.2.4.2", "documents", "moderate",
         _("PDF without a title"),
         _("Fill in the document's title in its properties, then export it again.")),
    Rule(PDF_TITLE_NOT_SHOWN, "2.4.2", "10.2.4.2", "documents", "minor",
         _("PDF shows its file name instead of its title"),
         _("In the export options, choose to show the document title in the window.")),
    Rule(PDF_NO_TEXT, "1.1.1", "10.1.1.1", "documents", "critical",
         _("PDF without text (a scan)"),
         _("Publish the original document, not a scan; or run text recognition (OCR) and "
           "check the text.")),
    Rule(PDF_LOCKED, "1.3.1", "10.1.3.1", "documents", "serious",
         _("PDF locked against assistive technology"),
         _("Remove the protection, or at least allow content copying for accessibility.")),
)}


@dataclass
class PdfFacts:
    readable: bool = False
    reason: str = ""  # why it cannot be read
    encrypted: bool = False
    accessibility_extraction_allowed: bool = True
    marked: bool = False  # /MarkInfo /Marked true
    has_structure_tree: bool = False  # /StructTreeRoot
    language: str = ""
    title: str = ""
    display_doc_title: bool = False
    has_text: bool = False
    pages: int = 0

    @property
    def tagged(self):
        return self.marked and self.has_structure_tree


def _resolve(value):
    return value.get_object() if isinstance(value, IndirectObject) else value


def _title(reader):
    info = reader.metadata
    title = str(info.title or "").strip() if info is not None else ""
    if title:
        return title
    try:
        xmp = reader.xmp_metadata
        titles = (xmp.dc_title or {}) if xmp is not None else {}
    except Exception:  # a broken XMP packet: as if there were none
        titles = {}
    return next((str(text).strip() for text in titles.values() if str(text).strip()), "")


def _has_text(reader):
    for index, page in enumerate(reader.pages):
        if index >= TEXT_PAGES_READ:
            break
        try:
            if page.extract_text().strip():
                return True
        except Exception as error:  # one odd page: look at the next ones
            logger.info("PDF page %s cannot be read: %s", index + 1, error)
    return False


def _open(source):
    if isinstance(source, bytes | bytearray):
        return io.BytesIO(source)
    return source  # a path or a binary file object


def _read(source, facts):
    reader = PdfReader(_open(source))
    facts.encrypted = reader.is_encrypted
    if reader.is_encrypted:
        if not reader.decrypt(""):
            facts.reason = "password"
            return facts
        permissions = reader.user_access_permissions
        if permissions is not None:
            facts.accessibility_extraction_allowed = bool(
                permissions & UserAccessPermissions.EXTRACT_TEXT_AND_GRAPHICS)
    root = reader.trailer["/Root"].get_object()
    mark_info = _resolve(root.get("/MarkInfo")) or {}
    facts.marked = bool(_resolve(mark_info.get("/Marked", False)))
    facts.has_structure_tree = "/StructTreeRoot" in root
    facts.language = str(_resolve(root.get("/Lang")) or "").strip()
    preferences = _resolve(root.get("/ViewerPreferences")) or {}
    facts.display_doc_title = bool(_resolve(preferences.get("/DisplayDocTitle", False)))
    facts.title = _title(reader)
    facts.pages = len(reader.pages)
    facts.has_text = _has_text(reader)
    facts.readable = True
    return facts


def inspect(source):
    """The facts of a PDF given as bytes, a path or a binary file object."""
    facts = PdfFacts()
    try:
        return _read(source, facts)
    except Exception as error:  # pypdf's errors, and anything a broken file causes
        logger.info("PDF cannot be read: %s", error)
        facts.readable = False
        facts.reason = facts.reason or type(error).__name__
        return facts


def findings_of(facts, name):
    """The findings of a PDF whose facts are ``facts``, located at ``name``
    (the document's title or file name)."""
    if not facts.readable:
        return [RULES[PDF_UNREADABLE].finding(name, facts.reason)]
    found = []
    if not facts.tagged:
        found.append(RULES[PDF_NOT_TAGGED].finding(name))
    if not facts.language:
        found.append(RULES[PDF_NO_LANGUAGE].finding(name))
    if not facts.title:
        found.append(RULES[PDF_NO_TITLE].finding(name))
    elif not facts.display_doc_title:
        found.append(RULES[PDF_TITLE_NOT_SHOWN].finding(name, facts.title))
    if facts.pages and not facts.has_text:
        found.append(RULES[PDF_NO_TEXT].finding(name))
    if facts.encrypted and not facts.accessibility_extraction_allowed:
        found.append(RULES[PDF_LOCKED].finding(name))
    return found


def check_pdf(source, name=""):
    return findings_of(inspect(source), name)
