"""The text of a document's file, for the search index.

Files come from editors, who get them from anywhere: a scanned PDF, a
password-protected form, a spreadsheet saved by a partner. Extraction never
raises and never runs away: it reads at most a bounded number of pages,
characters and uncompressed bytes; it keeps what it read of a file broken
half-way, and gives "" for a file it cannot read at all.

- PDF: pypdf (pages in order; an encrypted PDF is read only when it opens
  with an empty password, as most "protected" forms do).
- DOCX, XLSX, ODT: their zipped XML, read with the standard library's zipfile
  and defusedxml (no DTD, no entities); each member is read through a byte cap,
  so a zip bomb stops at the cap.
- TXT, CSV: UTF-8, else Windows-1252 (what Excel and Notepad write here).
- RTF: a small control-word stripper (text, accents and \\u escapes; font
  tables, pictures and other destinations skipped).

Pure: no Django, no Wagtail."""

import io
import re
import zipfile
from contextlib import contextmanager
from pathlib import Path

MAX_CHARS = 100_000
MAX_PAGES = 200
MAX_BYTES = 20 * 1024 * 1024  # uncompressed XML or plain text read, per file

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
X = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
ODF_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


@contextmanager
def _binary(source):
    """A seekable binary stream of ``source`` (a path, bytes or a file)."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        yield io.BytesIO(source)
    elif isinstance(source, (str, Path)):
        with open(source, "rb") as stream:
            yield stream
    else:
        source.seek(0)
        yield source


class _Text:
    """Collected text, up to ``max_chars``: ``full`` says to stop reading."""

    def __init__(self, max_chars):
        self.max_chars = max_chars
        self.parts = []
        self.size = 0

    @property
    def full(self):
        return self.size >= self.max_chars

    def add(self, text):
        text = " ".join((text or "").split())
        if text and not self.full:
            self.parts.append(text)
            self.size += len(text) + 1

    def result(self):
        return "\n".join(self.parts)[:self.max_chars]


class _Capped(io.RawIOBase):
    """A stream that ends after ``budget.left`` bytes, whatever the file
    claims: the zip member's declared size may lie."""

    def __init__(self, stream, budget):
        self.stream = stream
        self.budget = budget

    def readable(self):
        return True

    def readinto(self, buffer):
        allowed = min(len(buffer), self.budget.left)
        if allowed <= 0:
            return 0
        data = self.stream.read(allowed)
        buffer[:len(data)] = data
        self.budget.left -= len(data)
        return len(data)


class _Budget:
    def __init__(self, left):
        self.left = left


def _pdf(stream, text, max_pages):
    from pypdf import PdfReader

    reader = PdfReader(stream, strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        return
    for number, page in enumerate(reader.pages):
        if number >= max_pages or text.full:
            return
        text.add(page.extract_text())


def _odf_text(element):
    """The text of an ODF paragraph; spaces, tabs and line breaks are
    elements there."""
    pieces = [element.text or ""]
    for child in element:
        if child.tag in (ODF_TEXT + "s", ODF_TEXT + "tab", ODF_TEXT + "line-break"):
            pieces.append(" ")
        pieces.append(_odf_text(child))
        pieces.append(child.tail or "")
    return "".join(pieces)


def _docx_text(element):
    return "".join(node.text or "" if node.tag == W + "t" else " "
                   for node in element.iter() if node.tag in (W + "t", W + "tab"))


def _xlsx_text(element):
    return " ".join(node.text or "" for node in element.iter(X + "t"))


# member names, the elements that end a piece of text, how to read one
FORMATS = {
    "docx": (lambda names: ["word/document.xml"], {W + "p"}, _docx_text),
    "xlsx": (lambda names: ["xl/sharedStrings.xml", *sorted(
        name for name in names if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", name))],
        {X + "si", X + "is"}, _xlsx_text),
    "odt": (lambda names: ["content.xml"], {ODF_TEXT + "p", ODF_TEXT + "h"}, _odf_text),
}


def _zipped_xml(stream, kind, text, max_bytes):
    from defusedxml.ElementTree import iterparse

    members, ends, read = FORMATS[kind]
    budget = _Budget(max_bytes)
    with zipfile.ZipFile(stream) as archive:
        names = set(archive.namelist())
        for name in members(names):
            if name not in names or text.full or budget.left <= 0:
                continue
            with archive.open(name) as member:
                capped = io.BufferedReader(_Capped(member, budget))
                try:
                    for _event, element in iterparse(capped, forbid_dtd=True):
                        if element.tag in ends:
                            text.add(read(element))
                            element.clear()
                            if text.full:
                                break
                except Exception:  # noqa: BLE001, S110 (cut at the cap, or broken: keep what was read)
                    pass


def _decoded(data, truncated):
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if truncated and error.start >= len(data) - 3:
            return _decoded(data[:error.start], False)
    return data.decode("cp1252", errors="replace")


def _plain(stream, text, max_bytes):
    data = stream.read(max_bytes + 1)
    truncated = len(data) > max_bytes
    text.add(_decoded(data[:max_bytes], truncated))


RTF_TOKEN = re.compile(
    r"\\([a-z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-f]{2})|\\([^a-z])|([{}])|[\r\n]+|(.)",
    re.IGNORECASE | re.DOTALL)
# groups whose content is not text
RTF_DESTINATIONS = frozenset(
    "aftncn aftnsep aftnsepc annotation atnauthor atndate atnicn atnid atnparent atnref "
    "atntime atrfend atrfstart author background bkmkend bkmkstart buptim category "
    "colorschememapping colortbl comment company creatim datafield datastore defchp defpap "
    "do doccomm docvar dptxbxtext ebcend ebcstart factoidname falt fchars ffdeftext "
    "ffentrymcr ffexitmcr ffformat ffhelptext ffl ffname ffstattext field file filetbl "
    "fldinst fldtype fname fontemb fontfile fonttbl footer footerf footerl footerr "
    "footnote formfield ftncn ftnsep ftnsepc g generator gridtbl header headerf headerl "
    "headerr hl hlfr hlinkbase hlloc hlsrc hsv info keycode keywords latentstyles "
    "lchars levelnumbers leveltext lfolevel linkval list listlevel listname listoverride "
    "listoverridetable listpicture liststylename listtable listtext lsdlockedexcept "
    "macc maccPr mailmerge manager mathPr mmathPr nonshppict object objalias objclass "
    "objdata objname objsect oldcprops oldpprops oldsprops oldtprops operator panose "
    "password passwordhash pgp pgptbl picprop pict pn pnseclvl pntext pntxta pntxtb "
    "printim private propname protend protstart protusertbl pxe result revtbl revtim "
    "rsidtbl rxe shp shpgrp shpinst shppict shprslt shptxt sn sp stylesheet subject "
    "sv tc template themedata title txe ud upr userprops wgrffmtfilter windowcaption "
    "writereservation writereservhash xe xform xmlattrname xmlattrvalue xmlclose "
    "xmlname xmlnstbl xmlopen".split())
RTF_BREAKS = {"par": "\n", "line": "\n", "sect": "\n", "page": "\n", "row": "\n",
              "tab": " ", "cell": " ", "emdash": "\u2014", "endash": "\u2013",
              "lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c",
              "rdblquote": "\u201d", "bullet": "\u2022"}


def rtf_to_text(rtf):
    """The visible text of an RTF document (``rtf`` as a str)."""
    stack, out = [], []
    ignorable, unicode_skip, skipping = False, 1, 0
    for match in RTF_TOKEN.finditer(rtf):
        word, argument, hexcode, char, brace, other = match.groups()
        if brace:
            skipping = 0
            if brace == "{":
                stack.append((unicode_skip, ignorable))
            elif stack:
                unicode_skip, ignorable = stack.pop()
        elif char:
            skipping = 0
            if char == "*":
                ignorable = True
            elif not ignorable and char in "{}\\":
                out.append(char)
            elif not ignorable and char in "~_-":
                out.append({"~": "\u00a0", "_": "-", "-": ""}[char])
        elif word:
            skipping = 0
            if word in RTF_DESTINATIONS:
                ignorable = True
            elif ignorable:
                pass
            elif word in RTF_BREAKS:
                out.append(RTF_BREAKS[word])
            elif word == "uc" and argument:
                unicode_skip = int(argument)
            elif word == "u" and argument:
                code = int(argument)
                out.append(chr(code + 65536 if code < 0 else code)
                           if -65536 < code < 0x110000 else "")
                skipping = unicode_skip
        elif hexcode:
            if skipping:
                skipping -= 1
            elif not ignorable:
                out.append(bytes([int(hexcode, 16)]).decode("cp1252", errors="replace"))
        elif other:
            if skipping:
                skipping -= 1
            elif not ignorable:
                out.append(other)
    return "".join(out)


def _rtf(stream, text, max_bytes):
    text.add(rtf_to_text(stream.read(max_bytes).decode("latin-1")))


def extract_text(source, extension, *, max_chars=MAX_CHARS, max_pages=MAX_PAGES,
                 max_bytes=MAX_BYTES):
    """The text of a file (a path, bytes or a binary file) of type
    ``extension`` ("pdf", ".docx"...), whitespace collapsed, at most
    ``max_chars`` long; "" for a type it does not read or a file it cannot."""
    kind = (extension or "").lower().lstrip(".")
    text = _Text(max_chars)
    try:
        with _binary(source) as stream:
            if kind == "pdf":
                _pdf(stream, text, max_pages)
            elif kind in FORMATS:
                _zipped_xml(stream, kind, text, max_bytes)
            elif kind in ("txt", "csv"):
                _plain(stream, text, max_bytes)
            elif kind == "rtf":
                _rtf(stream, text, max_bytes)
    except Exception:  # noqa: BLE001 (a broken, hostile or encrypted file: no text)
        return text.result()
    return text.result()
