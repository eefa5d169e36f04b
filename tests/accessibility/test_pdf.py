"""The PDF checks on files built in the test: an accessible PDF (tagged, with
a language, a title shown in the window and text) passes; each missing piece
is found with its WCAG criterion; a broken or locked file is reported as
such, never raising."""

import io

import pytest
from pypdf import PdfWriter
from pypdf.constants import UserAccessPermissions
from pypdf.generic import (
    BooleanObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    TextStringObject,
)

from accessibility.documents import pdf


def build_pdf(text="Bonjour", tagged=False, language="", title="", show_title=False,
              pages=1, encrypt=None):
    writer = PdfWriter()
    for _index in range(pages):
        page = writer.add_blank_page(300, 200)
        font = writer._add_object(DictionaryObject({
            NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica")}))
        page[NameObject("/Resources")] = DictionaryObject({
            NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
        stream = DecodedStreamObject()
        # a scan: a grey square drawn where the text would be, no text
        drawing = f"BT /F1 12 Tf 20 100 Td ({text}) Tj ET" if text else "0.5 g 20 20 200 150 re f"
        stream.set_data(drawing.encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    root = writer._root_object
    if tagged:
        root[NameObject("/MarkInfo")] = DictionaryObject({
            NameObject("/Marked"): BooleanObject(True)})
        root[NameObject("/StructTreeRoot")] = writer._add_object(DictionaryObject({
            NameObject("/Type"): NameObject("/StructTreeRoot")}))
    if language:
        root[NameObject("/Lang")] = TextStringObject(language)
    if title:
        writer.add_metadata({"/Title": title})
    if show_title:
        root[NameObject("/ViewerPreferences")] = DictionaryObject({
            NameObject("/DisplayDocTitle"): BooleanObject(True)})
    if encrypt is not None:
        writer.encrypt(algorithm="RC4-128", **encrypt)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


ACCESSIBLE = {"tagged": True, "language": "fr-BE", "title": "Formulaire de demande",
              "show_title": True}


def rules(source, name="formulaire.pdf"):
    return sorted(finding.rule for finding in pdf.check_pdf(source, name))


def test_a_tagged_pdf_with_language_title_and_text_passes():
    facts = pdf.inspect(build_pdf(**ACCESSIBLE))
    assert facts.readable and facts.tagged and facts.has_text
    assert (facts.language, facts.title) == ("fr-BE", "Formulaire de demande")
    assert rules(build_pdf(**ACCESSIBLE)) == []


def test_an_untagged_pdf_without_language_or_title_is_found():
    findings = pdf.check_pdf(build_pdf(), "formulaire.pdf")
    assert {(f.rule, f.wcag, f.en_clause) for f in findings} == {
        (pdf.PDF_NOT_TAGGED, "1.3.1", "10.1.3.1"), (pdf.PDF_NO_LANGUAGE, "3.1.1", "10.3.1.1"),
        (pdf.PDF_NO_TITLE, "2.4.2", "10.2.4.2")}
    assert {f.location for f in findings} == {"formulaire.pdf"}


def test_marked_content_without_a_structure_tree_is_not_tagged():
    source = build_pdf(**ACCESSIBLE)
    facts = pdf.inspect(source)
    facts.has_structure_tree = False
    assert [f.rule for f in pdf.findings_of(facts, "x.pdf")] == [pdf.PDF_NOT_TAGGED]


def test_a_title_the_viewer_does_not_show_is_found():
    source = build_pdf(**{**ACCESSIBLE, "show_title": False})
    assert rules(source) == [pdf.PDF_TITLE_NOT_SHOWN]


def test_an_image_only_pdf_has_no_text_layer():
    scan = build_pdf(**{**ACCESSIBLE, "text": ""}, pages=3)
    assert rules(scan) == [pdf.PDF_NO_TEXT]


@pytest.mark.parametrize("content", [b"", b"not a pdf at all", b"%PDF-1.7\n1 0 obj <<",
                                     b"%PDF-1.4\n" + b"\x00" * 500])
def test_a_broken_file_is_reported_as_unreadable_without_raising(content):
    findings = pdf.check_pdf(content, "cassé.pdf")
    assert [f.rule for f in findings] == [pdf.PDF_UNREADABLE]
    assert findings[0].impact == "critical"


def test_a_pdf_that_needs_a_password_cannot_be_read():
    locked = build_pdf(**ACCESSIBLE, encrypt={"user_password": "secret",
                                              "owner_password": "owner"})
    assert rules(locked) == [pdf.PDF_UNREADABLE]
    assert pdf.inspect(locked).reason == "password"


def test_encryption_that_locks_out_assistive_technology_is_found():
    allowed = UserAccessPermissions.PRINT | UserAccessPermissions.EXTRACT_TEXT_AND_GRAPHICS
    open_to_all = build_pdf(**ACCESSIBLE, encrypt={
        "user_password": "", "owner_password": "owner", "permissions_flag": allowed})
    assert rules(open_to_all) == []
    locked_out = build_pdf(**ACCESSIBLE, encrypt={
        "user_password": "", "owner_password": "owner",
        "permissions_flag": UserAccessPermissions.PRINT})
    assert rules(locked_out) == [pdf.PDF_LOCKED]


def test_a_pdf_is_read_from_a_file_too(tmp_path):
    path = tmp_path / "form.pdf"
    path.write_bytes(build_pdf(**ACCESSIBLE))
    assert rules(str(path)) == []
    with path.open("rb") as handle:
        assert rules(handle) == []


def test_every_pdf_rule_names_its_criterion_and_chapter_10_clause():
    for rule in pdf.RULES.values():
        assert rule.en_clause == f"10.{rule.wcag}"
        assert rule.hint and rule.title


def test_a_title_in_the_xmp_metadata_counts():
    from pypdf.xmp import XmpInformation

    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    xmp = XmpInformation.create()
    xmp.dc_title = {"x-default": "Formulaire de demande"}
    writer.xmp_metadata = xmp
    output = io.BytesIO()
    writer.write(output)
    facts = pdf.inspect(output.getvalue())
    assert facts.title == "Formulaire de demande"
    assert pdf.PDF_NO_TITLE not in rules(output.getvalue())
