"""Real files, built in the tests, as editors upload them: a PDF with text
(written by hand, one text line per page), Word, OpenDocument and Excel files
(their zipped XML), a CSV, an RTF, and hostile ones."""

import io
import zipfile
from xml.sax.saxutils import escape


def pdf(pages):
    """A PDF whose pages show the given text (Helvetica): one item per page,
    a string or a list of lines."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", None,
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for text in pages:
        lines = [text] if isinstance(text, str) else text
        shown = b" T* ".join(b"(" + line.encode("cp1252").replace(b"\\", b"\\\\")
                             .replace(b"(", b"\\(").replace(b")", b"\\)") + b") Tj"
                             for line in lines)
        stream = b"BT /F1 12 Tf 14 TL 72 720 Td " + shown + b" ET"
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content = len(objects)
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                       f"/Resources << /Font << /F1 3 0 R >> >> /Contents {content} 0 R >>")
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        body = body.encode("latin-1") if isinstance(body, str) else body
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def encrypted_pdf(text, user_password=""):
    """``pdf([text])`` encrypted with RC4 (pypdf writes it without extra
    packages): opening it needs ``user_password``."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf([text]))))
    writer.encrypt(user_password=user_password, owner_password="owner-secret",  # noqa: S106
                   algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _zip(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx(paragraphs):
    body = "".join(f"<w:p><w:r><w:t>{escape(text)}</w:t></w:r></w:p>" for text in paragraphs)
    return _zip({
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
            'openxmlformats.org/package/2006/content-types"><Default Extension="xml" '
            'ContentType="application/xml"/></Types>'),
        "word/document.xml": (f'<?xml version="1.0" encoding="UTF-8"?><w:document '
                              f'xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'),
    })


def docx_bomb(megabytes=60):
    """A small docx whose document.xml inflates to ``megabytes`` of XML."""
    filler = "<w:p><w:r><w:t>bombe</w:t></w:r></w:p>" * (megabytes * 1024 * 1024 // 40)
    return _zip({"word/document.xml": (f'<w:document xmlns:w="{W_NS}"><w:body>'
                                       f'{filler}</w:body></w:document>')})


def docx_with_entities():
    """A docx whose XML declares entities ("billion laughs")."""
    xml = ('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "rire rire rire">'
           '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
           f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p>'
           '</w:body></w:document>')
    return _zip({"word/document.xml": xml})


def odt(paragraphs):
    text_ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    office_ns = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    body = "".join(f"<text:p>{escape(first)}<text:s/><text:span>{escape(rest)}</text:span>"
                   f"</text:p>"
                   for first, _space, rest in (text.partition(" ") for text in paragraphs))
    return _zip({
        "mimetype": "application/vnd.oasis.opendocument.text",
        "content.xml": (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content '
                        f'xmlns:office="{office_ns}" xmlns:text="{text_ns}"><office:body>'
                        f'<office:text>{body}</office:text></office:body>'
                        f'</office:document-content>'),
    })


def xlsx(cells):
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    shared = "".join(f"<si><t>{escape(text)}</t></si>" for text in cells)
    rows = "".join(f'<row r="{number}"><c r="A{number}" t="s"><v>{number - 1}</v></c></row>'
                   for number in range(1, len(cells) + 1))
    return _zip({
        "xl/sharedStrings.xml": f'<sst xmlns="{ns}" count="{len(cells)}">{shared}</sst>',
        "xl/worksheets/sheet1.xml": (f'<worksheet xmlns="{ns}"><sheetData>{rows}'
                                     f'<row r="99"><c r="A99" t="inlineStr"><is><t>Total '
                                     f'général</t></is></c></row></sheetData></worksheet>'),
    })


def rtf(text):
    """An RTF file as Word writes one: font table, then the text with
    accents as \\'hh escapes."""
    body = "".join(f"\\'{ord(char):02x}" if ord(char) > 127 else char for char in text)
    return ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}"
            "{\\*\\generator Riched20 10.0;}\\f0\\fs22 " + body + "\\par\n}").encode("ascii")
