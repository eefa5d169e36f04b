"""Documents as an auditor's run sees them: every PDF that a live page links
is checked and listed with the pages that link it, however it is linked (a
document block, a link in rich text); unpublished pages do not count."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from accessibility.documents import pdf
from accessibility.documents.usage import check_document, document_reports, linking_pages
from tests.accessibility.test_pdf import ACCESSIBLE, build_pdf
from tests.factories import make_page, make_site

pytestmark = pytest.mark.django_db


def make_document(title, content, name):
    return get_document_model().objects.create(title=title, file=ContentFile(content, name=name))


def document_block(document, web_version=None):
    return {"type": "document", "value": {"document": document.pk, "web_version": web_version,
                                          "no_web_version": web_version is None}}


def test_every_pdf_linked_from_a_live_page_is_checked_with_its_pages():
    home = make_site()
    untagged = make_document("Formulaire à signer", build_pdf(), "formulaire.pdf")
    good = make_document("Le règlement", build_pdf(**ACCESSIBLE), "reglement.pdf")
    unlinked = make_document("Vieux formulaire", build_pdf(), "vieux.pdf")
    draft_only = make_document("Brouillon", build_pdf(), "brouillon.pdf")
    text = make_document("Liste", b"Une liste", "liste.txt")
    first = make_page(home, title="Demander une aide", body=[document_block(untagged)])
    second = make_page(home, title="Les règles", body=[
        {"type": "paragraph", "value": f'<p>Le <a linktype="document" id="{untagged.pk}">'
                                       "formulaire</a> et le "
                                       f'<a linktype="document" id="{good.pk}">règlement</a>'
                                       f'<a linktype="document" id="{text.pk}">liste</a></p>'}])
    make_page(home, title="Pas encore publiée", live=False, body=[document_block(draft_only)])

    reports = {report.title: report for report in document_reports()}
    assert set(reports) == {"Formulaire à signer", "Le règlement"}
    assert unlinked.title not in reports and draft_only.title not in reports
    assert [page.pk for page in reports["Formulaire à signer"].pages] == [first.pk, second.pk]
    assert {f.rule for f in reports["Formulaire à signer"].findings} == {
        pdf.PDF_NOT_TAGGED, pdf.PDF_NO_LANGUAGE, pdf.PDF_NO_TITLE}
    assert reports["Le règlement"].findings == []
    on_pages = reports["Formulaire à signer"].findings_on_pages()
    assert {(f.page_id, f.locale) for f in on_pages} == {(first.pk, "fr"), (second.pk, "fr")}
    assert [page.pk for page in linking_pages(good)] == [second.pk]


def test_a_broken_or_missing_file_is_reported_not_raised():
    home = make_site()
    broken = make_document("Cassé", b"%PDF-1.4 broken", "casse.pdf")
    make_page(home, title="Une page", body=[document_block(broken)])
    assert [f.rule for f in check_document(broken)] == [pdf.PDF_UNREADABLE]
    broken.file.storage.delete(broken.file.name)
    assert [(f.rule, f.snippet) for f in check_document(broken)] == [
        (pdf.PDF_UNREADABLE, "missing")]
    assert [f.rule for f in document_reports()[0].findings] == [pdf.PDF_UNREADABLE]
