"""Editors can upload documents and images, but only real ones of the
allowed kinds and sizes, under safe names, and readers get them in a way
their browser never runs: a web page renamed .pdf or .png is refused with a
clear message, never stored, never a server error."""

import io
import json

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.users.models import UserProfile

from pages.documents.uploads import safe_upload_name
from tests.conftest import text_of
from tests.factories import make_user
from tests.pages.document_files import docx, odt, pdf, rtf, xlsx

WEB_PAGE = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
REFUSED = "is not a real"


@pytest.fixture
def editor(client, db):
    user = make_user("editeur", superuser=True)
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(
        preferred_language="en")
    client.force_login(user)
    return client


def add_document(client, name, content, **extra):
    return client.post("/admin/documents/add/", {
        "title": "Formulaire", "collection": Collection.get_first_root_node().pk,
        "file": SimpleUploadedFile(name, content), "description": "", "tags": "", **extra})


def add_image(client, name, content):
    return client.post("/admin/images/add/", {
        "title": "Photo", "collection": Collection.get_first_root_node().pk,
        "file": SimpleUploadedFile(name, content), "tags": ""})


def png():
    out = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(out, "PNG")
    return out.getvalue()


def stored_documents():
    return list(get_document_model().objects.all())


@pytest.mark.parametrize("name, content", [
    ("formulaire.pdf", WEB_PAGE),
    ("formulaire.docx", WEB_PAGE),
    ("formulaire.docx", b"PK\x03\x04 not really a zip"),
    ("tableau.xlsx", docx(["A Word file renamed"])),
    ("texte.odt", xlsx(["An Excel file renamed"])),
    ("notes.txt", WEB_PAGE),
    ("liste.csv", b"\x7fELF\x02\x01\x01\x00\x00\x00 a program"),
    ("lettre.rtf", WEB_PAGE),
])
def test_a_document_whose_content_is_not_what_its_name_says_is_refused(editor, name, content):
    response = add_document(editor, name, content)
    assert response.status_code == 200
    assert REFUSED in text_of(response)
    assert "is not allowed" not in text_of(response)  # only the message that helps
    assert stored_documents() == []


@pytest.mark.parametrize("name, content", [
    ("formulaire.pdf", pdf(["Demande de revenu d'intégration"])),
    ("formulaire.docx", docx(["Demande"])),
    ("tableau.xlsx", xlsx(["Montant", "100"])),
    ("texte.odt", odt(["Demande"])),
    ("lettre.rtf", rtf("Demande")),
    ("liste.csv", "nom;montant\nÉnergie;100\n".encode()),
    ("notes.txt", "Heures d'ouverture : 9 h – 12 h".encode("cp1252")),
])
def test_real_documents_of_every_allowed_kind_are_accepted(editor, name, content):
    response = add_document(editor, name, content)
    assert response.status_code == 302, text_of(response)
    assert len(stored_documents()) == 1


def test_a_web_page_or_a_program_is_refused_by_its_extension(editor):
    for name in ("page.html", "script.js", "setup.exe", "image.svg"):
        response = add_document(editor, name, b"anything")
        assert response.status_code == 200
        assert "is not allowed" in text_of(response)
        assert REFUSED not in text_of(response)
    assert stored_documents() == []


def test_a_document_over_the_size_limit_is_refused(editor, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1000
    response = add_document(editor, "gros.pdf", pdf(["x" * 50] * 30))
    assert response.status_code == 200
    assert "This file is too big" in text_of(response)
    assert stored_documents() == []


def test_the_refusal_is_in_the_editors_language(editor):
    UserProfile.objects.filter(user__username="editeur").update(preferred_language="fr")
    response = add_document(editor, "formulaire.pdf", WEB_PAGE)
    assert "n'est pas un vrai fichier PDF" in text_of(response)


def test_the_multiple_uploader_refuses_it_too_without_an_error_page(editor):
    response = editor.post("/admin/documents/multiple/add/", {
        "files[]": SimpleUploadedFile("formulaire.pdf", WEB_PAGE)})
    assert response.status_code == 200
    answer = json.loads(response.content)
    assert answer["success"] is False
    assert REFUSED in answer["error_message"]
    assert stored_documents() == []


def test_a_stored_name_has_no_folder_no_control_character_and_one_extension(editor):
    response = add_document(editor, "../../etc/rapport\x07.php.pdf", pdf(["Rapport"]))
    assert response.status_code == 302
    [document] = stored_documents()
    assert document.file.name.startswith("documents/rapport_php")
    assert document.file.name.endswith(".pdf")
    assert document.file.name.count(".") == 1 and "/etc" not in document.file.name


@pytest.mark.parametrize("raw, safe", [
    ("C:\\Users\\marie\\lettre.pdf", "lettre.pdf"),
    ("../../../etc/passwd", "passwd"),
    ("shell.php.jpg", "shell_php.jpg"),
    (".htaccess", "htaccess"),
    ("fi\x00che\u202e.fdp.exe.pdf", "fiche_fdp_exe.pdf"),
    ("  .pdf", "pdf"),
    ("Aide énergie 2026.PDF", "Aide_énergie_2026.pdf"),
])
def test_names_are_made_safe(raw, safe):
    assert safe_upload_name(raw) == safe


def test_an_image_that_is_a_web_page_or_an_svg_is_refused(editor):
    for name, content in (("photo.png", WEB_PAGE), ("logo.svg", b"<svg onload='alert(1)'/>")):
        response = add_image(editor, name, content)
        assert response.status_code == 200
        assert "Photo" not in [image.title for image in get_image_model().objects.all()]
    assert get_image_model().objects.count() == 0


def test_a_real_image_is_accepted_under_a_safe_name(editor):
    response = add_image(editor, "../vacances.php.png", png())
    assert response.status_code == 302, text_of(response)
    [image] = get_image_model().objects.all()
    assert image.file.name.startswith("original_images/vacances_php")


def test_an_image_over_the_size_limit_is_refused(editor, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10
    response = add_image(editor, "photo.png", png())
    assert response.status_code == 200
    assert get_image_model().objects.count() == 0


def serve(client, name, content):
    document = get_document_model().objects.create(title="Doc", file=ContentFile(content, name))
    return client.get(document.url)


def test_a_text_document_is_downloaded_never_shown_as_a_page(client, db):
    response = serve(client, "notes.txt", b"<script>alert(1)</script>")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'none'" in response["Content-Security-Policy"]


def test_a_pdf_opens_in_the_browser_but_cannot_run_anything(client, db):
    response = serve(client, "guide.pdf", pdf(["Guide"]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("inline")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "default-src 'none'" in response["Content-Security-Policy"]


def test_a_spreadsheet_is_a_download_with_its_own_type(client, db):
    response = serve(client, "tableau.csv", b"a;b\n")
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith("attachment")
