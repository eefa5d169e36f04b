"""Documents attached to a contact request: only PDF, JPEG and PNG (by their
content), within the form's limits, kept outside the public media under a
safe name, sent only to the staff who may read the request, and deleted
with it."""

import os
import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils.functional import empty
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forms.document_views import can_read_documents
from forms.documents import FIELD_NAME, MAX_NAME_LENGTH, safe_name
from forms.models import ContactDocument, ContactFormPage, ContactSubmission
from forms.private_storage import private_storage
from tests.factories import make_site, publish, staff_member, translate
from tests.forms.test_contact_form import answers, make_form_page

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + b"\x00" * 64 + b"\xff\xd9"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"/>'
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 64
HTML = b"<!DOCTYPE html><script>alert(1)</script>"


@pytest.fixture
def documents_root(tmp_path, settings):
    """The private storage in a folder of this test, with room for many posts."""
    root = tmp_path / "private-documents"
    settings.BALISE_FORMS = {**settings.BALISE_FORMS, "DOCUMENTS_ROOT": str(root),
                             "SUBMISSIONS_PER_HOUR": 10_000}
    private_storage._wrapped = empty
    yield root
    private_storage._wrapped = empty


@pytest.fixture
def home():
    return make_site()


@pytest.fixture
def form_page(home, documents_root):
    page = make_form_page(home, allow_documents=True, max_documents=3, max_document_mb=1)
    return page


def make_complaint_form(home, **fields):
    """A second form, read by other staff."""
    return publish(home.add_child(instance=ContactFormPage(
        title="Introduire une plainte", slug="plainte", locale=home.locale,
        answering_service="Le service des plaintes", **fields)))


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def send(client, page, *files, **changes):
    return client.post(page.url, {**answers(**changes), FIELD_NAME: list(files)})


def stored_files(root):
    return sorted(path for path in Path(root).rglob("*") if path.is_file())


def field_errors(response):
    """The messages shown next to the documents field."""
    page = response.content.decode()
    block = re.search(r'id="id_attached_documents_error">(.*?)</div>', page, re.S)
    return re.sub(r"<[^>]+>", "", block.group(1)) if block else ""


# What is accepted, and where it goes


def test_a_pdf_a_jpeg_and_a_png_are_stored_outside_the_public_media_under_safe_names(
        client, form_page, documents_root, settings):
    response = send(client, form_page, upload("Attestation CPAS.pdf", PDF, "application/pdf"),
                    upload("photo.JPG", JPEG, "image/jpeg"), upload("scan.png", PNG, "image/png"))
    assert response.status_code == 302
    submission = ContactSubmission.objects.get()
    documents = list(submission.documents.all())
    assert [(d.name, d.content_type, d.size) for d in documents] == [
        ("Attestation CPAS.pdf", "application/pdf", len(PDF)),
        ("photo.jpg", "image/jpeg", len(JPEG)),
        ("scan.png", "image/png", len(PNG)),
    ]
    media = Path(settings.MEDIA_ROOT).resolve()
    for document, content in zip(documents, (PDF, JPEG, PNG), strict=True):
        path = Path(document.file.path).resolve()
        assert path.is_relative_to(documents_root.resolve())
        assert not path.is_relative_to(media)
        assert path.read_bytes() == content
        # On disk a random name: nothing the citizen typed becomes a path.
        assert document.name not in str(path)
    assert submission.form_data == {"votre_question": "Comment demander une aide ?"}


def test_the_confirmation_says_how_many_documents_arrived_without_their_names(
        client, form_page):
    location = send(client, form_page, upload("Revenus Jan.pdf", PDF, "application/pdf"),
                    upload("photo.jpg", JPEG))["Location"]
    page = client.get(location).content.decode()
    assert "Nous avons reçu 2 documents avec votre demande." in page
    assert "Revenus Jan.pdf" not in page  # a bookmarked confirmation shows no file name


def test_the_type_comes_from_the_content_so_a_pdf_named_png_is_kept_as_a_pdf(
        client, form_page):
    response = send(client, form_page, upload("scan.png", PDF, "image/png"))
    assert response.status_code == 302
    assert ContactDocument.objects.get().name == "scan.pdf"
    assert ContactDocument.objects.get().content_type == "application/pdf"


def test_the_form_says_what_can_be_sent_and_why_here_rather_than_by_email(client, form_page):
    page = client.get(form_page.url).content.decode()
    assert 'enctype="multipart/form-data"' in page
    field = re.search(r'<input[^>]*name="attached_documents"[^>]*>', page).group(0)
    assert "multiple" in field and 'type="file"' in field
    assert "PDF, JPG ou PNG" in page and "3 fichiers" in page and "1 Mo" in page
    assert "plus sûr que par e-mail" in page


def test_a_form_without_documents_has_no_file_field_and_ignores_posted_files(
        client, home, documents_root):
    page = make_form_page(home)
    assert 'type="file"' not in client.get(page.url).content.decode()
    assert "multipart" not in client.get(page.url).content.decode()
    response = send(client, page, upload("scan.pdf", PDF, "application/pdf"))
    assert response.status_code == 302
    assert ContactSubmission.objects.count() == 1
    assert ContactDocument.objects.count() == 0
    assert stored_files(documents_root) == []


# What is refused: the answers are kept, nothing is stored


@pytest.mark.parametrize(("name", "content", "content_type"), [
    ("photo.png", SVG, "image/png"),
    ("photo.png", EXE, "image/png"),
    ("lettre.pdf", HTML, "application/pdf"),
    ("programme.exe", EXE, "application/x-msdownload"),
])
def test_a_file_that_is_not_a_pdf_jpeg_or_png_inside_is_refused(
        client, form_page, documents_root, name, content, content_type):
    response = send(client, form_page, upload(name, content, content_type))
    assert response.status_code == 200
    assert f"Le fichier choisi {name} doit être un PDF, JPG ou PNG" in field_errors(response)
    assert "Comment demander une aide ?" in response.content.decode()
    assert ContactSubmission.objects.count() == 0
    assert stored_files(documents_root) == []


def test_an_empty_file_is_refused(client, form_page, documents_root):
    response = send(client, form_page, upload("vide.pdf", b"", "application/pdf"))
    assert "Le fichier choisi vide.pdf est vide" in field_errors(response)
    assert ContactSubmission.objects.count() == 0
    assert stored_files(documents_root) == []


def test_a_file_above_the_forms_size_is_refused(client, form_page, documents_root):
    big = PDF + b"0" * (1024 * 1024)
    response = send(client, form_page, upload("gros.pdf", big, "application/pdf"))
    assert "Le fichier choisi gros.pdf doit faire moins de 1 Mo" in field_errors(response)
    assert ContactSubmission.objects.count() == 0
    assert stored_files(documents_root) == []


def test_more_files_than_the_form_allows_are_refused(client, form_page, documents_root):
    files = [upload(f"page{n}.pdf", PDF, "application/pdf") for n in range(4)]
    response = send(client, form_page, *files)
    assert "Choisissez 3 fichiers au maximum" in field_errors(response)
    assert "Comment demander une aide ?" in response.content.decode()
    assert ContactSubmission.objects.count() == 0
    assert stored_files(documents_root) == []


def test_one_bad_file_among_good_ones_stores_none_of_them(client, form_page, documents_root):
    response = send(client, form_page, upload("a.pdf", PDF), upload("b.png", SVG))
    assert response.status_code == 200
    errors = field_errors(response)
    assert "Le fichier choisi b.png doit être un PDF, JPG ou PNG" in errors
    assert "a.pdf" not in errors
    assert "Choisissez à nouveau vos fichiers" in errors
    assert ContactSubmission.objects.count() == 0
    assert stored_files(documents_root) == []


def test_files_chosen_before_an_error_elsewhere_must_be_chosen_again_and_the_page_says_so(
        client, form_page, documents_root):
    response = send(client, form_page, upload("scan.pdf", PDF, "application/pdf"),
                    reply_email_again="autre@example.org")
    page = response.content.decode()
    assert "Choisissez à nouveau vos fichiers" in field_errors(response)
    assert 'href="#id_attached_documents"' in page  # in the error summary too
    assert ContactSubmission.objects.count() == 0
    assert stored_files(documents_root) == []


def test_a_throttled_request_with_files_asks_for_them_again(
        client, form_page, documents_root, settings):
    settings.BALISE_FORMS = {**settings.BALISE_FORMS, "SUBMISSIONS_PER_HOUR": 0}
    response = send(client, form_page, upload("scan.pdf", PDF, "application/pdf"))
    assert response.status_code == 429
    assert "Choisissez à nouveau vos fichiers" in field_errors(response)
    assert stored_files(documents_root) == []


def test_an_expired_security_token_with_files_asks_for_them_again(
        form_page, documents_root, settings):
    settings.CSRF_FAILURE_VIEW = "forms.csrf.csrf_failure"
    client = Client(enforce_csrf_checks=True)
    response = send(client, form_page, upload("scan.pdf", PDF, "application/pdf"))
    assert response.status_code == 200
    assert "Choisissez à nouveau vos fichiers" in field_errors(response)
    assert ContactSubmission.objects.count() == 0
    assert stored_files(documents_root) == []


def test_an_error_elsewhere_without_files_asks_for_nothing_again(client, form_page):
    response = send(client, form_page, reply_email_again="autre@example.org")
    assert field_errors(response) == ""


# Names


@pytest.mark.parametrize(("typed", "safe"), [
    ("../../etc/passwd", "passwd.pdf"),
    ("..\\..\\Windows\\system32\\scan.pdf", "scan.pdf"),
    ("C:\\Users\\Jan\\Documents\\attestation.PDF", "attestation.pdf"),
    ("facture\x00.exe", "facture.pdf"),
    ("lettre\r\nX-Injected: oui.pdf", "lettre X-Injected_ oui.pdf"),
    ("photo\u202egnp.exe", "photognp.pdf"),
    ("\u200b\u2066scan\u2069.pdf", "scan.pdf"),
    ("....", "document.pdf"),
    ("", "document.pdf"),
    ("  .pdf", "pdf.pdf"),
    (".bashrc", "bashrc.pdf"),
    ("Facture 12.03.2024", "Facture 12.03.2024.pdf"),
    ("CON.pdf", "CON_.pdf"),
    ("re\u0301sume\u0301.pdf", "r\u00e9sum\u00e9.pdf"),
    ('a<b>c:"d"|e?f*.pdf', "a_b_c__d__e_f_.pdf"),
])
def test_hostile_file_names_become_safe_names(typed, safe):
    assert safe_name(typed, "application/pdf") == safe


def test_a_very_long_name_is_shortened_and_keeps_its_extension():
    name = safe_name("é" * 10_000 + ".jpeg", "image/jpeg")
    assert len(name) == MAX_NAME_LENGTH
    assert name.endswith(".jpeg")


def test_a_jpeg_named_like_a_png_gets_the_jpeg_extension():
    assert safe_name("photo.png", "image/jpeg") == "photo.jpg"
    assert safe_name("photo.jpeg", "image/jpeg") == "photo.jpeg"


def multipart_body(boundary, filename, content, fields):
    """A request body as a hostile client writes it, with a file name no
    test client would send unchanged."""
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{key}"\r\n\r\n{value}\r\n'
             .encode() for key, value in fields.items()]
    parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{FIELD_NAME}"; '
                 f'filename="{filename}"\r\nContent-Type: image/png\r\n\r\n'.encode()
                 + content + b"\r\n")
    return b"".join(parts) + f"--{boundary}--\r\n".encode()


@pytest.mark.parametrize(("filename", "safe"), [
    ("../../etc/passwd", "passwd.pdf"),
    ("photo\u202egnp.exe", "photognp.pdf"),
    ("x" * 900 + ".pdf", "x" * (MAX_NAME_LENGTH - 4) + ".pdf"),
])
def test_a_hostile_name_sent_by_hand_is_stored_under_a_safe_name(
        client, form_page, documents_root, filename, safe):
    boundary = "balise-boundary"
    body = multipart_body(boundary, filename, PDF, answers())
    response = client.post(form_page.url, body,
                           content_type=f"multipart/form-data; boundary={boundary}")
    assert response.status_code == 302
    document = ContactDocument.objects.get()
    assert document.name == safe
    assert Path(document.file.path).resolve().is_relative_to(documents_root.resolve())


def test_a_ten_kilobyte_name_sent_by_hand_is_refused_before_the_form_and_stores_nothing(
        client, form_page, documents_root):
    """Django's multipart parser bounds the headers of each part: a 400, not a 500."""
    boundary = "balise-boundary"
    body = multipart_body(boundary, "x" * 10_000 + ".pdf", PDF, answers())
    response = client.post(form_page.url, body,
                           content_type=f"multipart/form-data; boundary={boundary}")
    assert response.status_code == 400
    assert ContactSubmission.objects.count() == 0
    assert stored_files(documents_root) == []


CONTENTS = st.one_of(st.binary(max_size=600), st.sampled_from([PDF, JPEG, PNG, SVG, EXE, b""]),
                     st.builds(lambda head, tail: head + tail,
                               st.sampled_from([PDF, JPEG, PNG]), st.binary(max_size=200)))
# Names a client can send at all (Django's test client, like a browser,
# sends no file named "", "." or "/"); the rest are as hostile as they come.
NAMES = st.text(min_size=1, max_size=300).filter(
    lambda name: os.path.basename(name) not in {"", ".", ".."})
TYPES = st.one_of(st.sampled_from(["application/pdf", "image/png", "text/html",
                                   "image/svg+xml", "application/x-msdownload"]),
                  st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=126),
                          min_size=1, max_size=60))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(NAMES, CONTENTS, TYPES), max_size=5),
       st.sampled_from(["jan@example.org", ""]))
def test_random_files_never_fail_and_an_invalid_post_stores_nothing(
        client, form_page, documents_root, files, email_again):
    rows, documents_before = ContactSubmission.objects.count(), ContactDocument.objects.count()
    on_disk = stored_files(documents_root)
    uploads = [upload(name, content, content_type) for name, content, content_type in files]
    response = send(client, form_page, *uploads, reply_email_again=email_again)
    assert response.status_code in (200, 302, 400)
    if response.status_code != 302:
        assert ContactSubmission.objects.count() == rows
        assert ContactDocument.objects.count() == documents_before
        assert stored_files(documents_root) == on_disk
        return
    for document in ContactSubmission.objects.latest("pk").documents.all():
        assert Path(document.file.path).read_bytes()[:3] in (PDF[:3], JPEG[:3], PNG[:3])
        assert document.name and "/" not in document.name and "\\" not in document.name
        assert len(document.name) <= MAX_NAME_LENGTH


# Deleted with the request


def front_office_reader(form_page, username="reader", pages=None):
    """A member of the form's front office (who reads its requests, issue 9)
    who may also edit the page (so Wagtail's submissions list lets them in)."""
    user = staff_member(username, pages=pages or [form_page])
    ContactFormPage.objects.filter(translation_key=form_page.translation_key).update(
        front_office_group=user.groups.get())
    return user


def stored_request(client, page):
    send(client, page, upload("a.pdf", PDF, "application/pdf"), upload("b.png", PNG))
    submission = ContactSubmission.objects.latest("pk")
    return submission, [Path(d.file.path) for d in submission.documents.all()]


def test_deleting_a_request_removes_its_files_once_the_deletion_is_committed(
        client, form_page, django_capture_on_commit_callbacks):
    submission, paths = stored_request(client, form_page)
    with django_capture_on_commit_callbacks(execute=True):
        submission.delete()
        assert all(path.exists() for path in paths)  # not before the commit
    assert not any(path.exists() for path in paths)
    assert ContactDocument.objects.count() == 0


def test_deleting_requests_in_bulk_removes_their_files(
        client, form_page, documents_root, django_capture_on_commit_callbacks):
    stored_request(client, form_page)
    stored_request(client, form_page)
    assert len(stored_files(documents_root)) == 4
    with django_capture_on_commit_callbacks(execute=True):
        ContactSubmission.objects.all().delete()
    assert stored_files(documents_root) == []


def test_deleting_requests_in_wagtails_submissions_list_removes_their_files(
        client, form_page, documents_root, django_capture_on_commit_callbacks):
    first, _ = stored_request(client, form_page)
    second, _ = stored_request(client, form_page)
    client.force_login(front_office_reader(form_page))
    url = reverse("wagtailforms:delete_submissions", args=[form_page.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{url}?selected-submissions={first.pk}")
    assert response.status_code == 302
    assert list(ContactSubmission.objects.all()) == [second]
    assert len(stored_files(documents_root)) == 2


def test_deleting_one_document_removes_its_file_only(
        client, form_page, documents_root, django_capture_on_commit_callbacks):
    submission, paths = stored_request(client, form_page)
    with django_capture_on_commit_callbacks(execute=True):
        submission.documents.first().delete()
    assert stored_files(documents_root) == [paths[1]]


def test_a_deletion_that_is_rolled_back_keeps_the_files(
        client, form_page, django_capture_on_commit_callbacks):
    submission, paths = stored_request(client, form_page)
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            submission.delete()
            raise RuntimeError
    assert all(path.exists() for path in paths)
    assert ContactDocument.objects.count() == 2


# Served only to the staff who may read the request


def download_url(document, submission=None):
    return reverse("balise_contact_document",
                   args=((submission or document.submission).pk, document.pk))


@pytest.fixture
def document(client, form_page):
    send(client, form_page, upload("Attestation été.pdf", PDF, "application/pdf"))
    return ContactDocument.objects.get()


def test_a_reader_of_the_forms_requests_downloads_the_file_as_an_attachment(
        client, form_page, document):
    client.force_login(front_office_reader(form_page))
    response = client.get(download_url(document))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "filename*=utf-8''Attestation%20%C3%A9t%C3%A9.pdf" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def assert_not_found(client, url):
    """A 404, never the file (outside the language prefix, Django's locale
    middleware first redirects a 404 to the prefixed address, also a 404)."""
    response = client.get(url, follow=True)
    assert response.status_code == 404
    assert "Content-Disposition" not in response
    assert PDF not in response.content


def test_a_visitor_who_is_not_signed_in_is_sent_to_the_sign_in_page(client, document):
    response = client.get(download_url(document))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert "Content-Disposition" not in response


def test_an_editor_without_access_to_the_form_gets_a_404(client, home, document):
    other_form = make_complaint_form(home)
    client.force_login(staff_member("other", pages=[other_form]))
    assert_not_found(client, download_url(document))
    assert not can_read_documents(staff_member("nobody"), document.submission)


def test_a_document_id_of_another_request_gets_a_404(client, home, form_page, document):
    other_form = make_complaint_form(home, allow_documents=True)
    send(client, other_form, upload("autre.pdf", PDF, "application/pdf"))
    other = ContactDocument.objects.exclude(pk=document.pk).get()
    client.force_login(front_office_reader(form_page))
    # Its own request in the address with another form's document id, and
    # the other request's own address.
    assert_not_found(client, download_url(other, document.submission))
    assert_not_found(client, download_url(other))
    assert client.get(download_url(document)).status_code == 200


def test_a_reader_of_another_translation_of_the_form_gets_the_file(client, form_page, document):
    """Wagtail's list of a form holds the requests of its four languages."""
    dutch = translate(form_page, "nl", title="Een vraag stellen", slug="vraag")
    client.force_login(front_office_reader(form_page, "lezer", pages=[dutch]))
    assert client.get(download_url(document)).status_code == 200


def test_the_submissions_list_links_to_the_documents(client, form_page, document):
    client.force_login(front_office_reader(form_page))
    page = client.get(reverse("wagtailforms:list_submissions", args=[form_page.pk]))
    assert f'href="{download_url(document)}"' in page.content.decode()
    assert "Attestation été.pdf" in page.content.decode()


def test_the_documents_column_stays_when_a_form_stops_taking_documents(form_page, document):
    assert ("documents", "Documents") in form_page.get_data_fields()
    form_page.allow_documents = False
    assert ("documents", "Documents") in form_page.get_data_fields()
    document.submission.delete()
    assert "documents" not in dict(form_page.get_data_fields())


def test_the_export_of_the_submissions_lists_the_document_names(client, form_page, document):
    client.force_login(front_office_reader(form_page))
    response = client.get(reverse("wagtailforms:list_submissions", args=[form_page.pk]),
                          {"export": "csv"})
    export = b"".join(response.streaming_content).decode()
    assert "Attestation été.pdf" in export
    assert "<a " not in export
