"""A backup of the site restores into an empty database on another
installation, and that site then serves the same pages in the four
languages, and the same documents (manage.py backup_site / restore_site)."""

import hashlib
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from wagtail.documents import get_document_model

from tests.pages.document_files import pdf

REPO = Path(__file__).resolve().parents[2]

# Run in a new process with its own BALISE_VAR_DIR: an empty database is
# migrated, the backup restored into it, then every page asked for.
RESTORE_AND_VISIT = """
import hashlib, json, sys
import django
django.setup()
from django.core.management import call_command
from django.test import Client
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.models import Page

from django.core.cache import cache
from pages.frame.cache import generation

call_command("migrate", verbosity=0)
cache.set("balise:throttle:sign-in:someone", 4, 600)
before = generation()
call_command("restore_site", sys.argv[1], verbosity=0)
kept = {"throttle": cache.get("balise:throttle:sign-in:someone"),
        "new generation": generation() != before}
client = Client()
pages = {}
for page in Page.objects.live().filter(depth__gte=2).specific():
    response = client.get(page.url)
    shown = escape(page.title) in response.content.decode()
    pages[page.url] = [page.title, response.status_code, shown]
documents = {}
for document in get_document_model().objects.all():
    response = client.get(document.url)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    documents[document.url] = [response.status_code, hashlib.sha256(body).hexdigest()]
print(json.dumps({"pages": pages, "documents": documents, "cache": kept}))
"""


@pytest.fixture
def demo_with_a_document(demo_site_committed):
    content = pdf(["Demande de revenu d'intégration : les documents à joindre"])
    document = get_document_model().objects.create(
        title="Liste des documents", file=ContentFile(content, "documents-a-joindre.pdf"))
    return demo_site_committed, document, content


def restored_elsewhere(archive, var_dir):
    var_dir.mkdir()
    environment = {**os.environ, "BALISE_VAR_DIR": str(var_dir),
                   "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    environment.pop("DATABASE_URL", None)
    done = subprocess.run(  # noqa: S603 - this interpreter, a fixed script
        [sys.executable, "-c", RESTORE_AND_VISIT, str(archive)],
        cwd=REPO / "site", env=environment, capture_output=True, text=True, timeout=900,
        check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_backup_restored_into_an_empty_database_serves_the_same_site(
        demo_with_a_document, tmp_path):
    pages, document, content = demo_with_a_document
    archive = tmp_path / "balise.tar.gz"
    call_command("backup_site", str(archive), verbosity=0)

    restored = restored_elsewhere(archive, tmp_path / "other-server")

    client = Client()
    expected = {page.url: [page.title, client.get(page.url).status_code, True]
                for page in pages}
    assert {code for _, code, _ in expected.values()} == {200}
    assert {page.url[:4] for page in pages} == {"/fr/", "/nl/", "/de/", "/en/"}
    assert restored["pages"] == expected
    assert restored["documents"] == {
        document.url: [200, hashlib.sha256(content).hexdigest()]}
    # the pages cached before belong to another site; a sign-in throttle's
    # count (or another site's keys on a shared Redis) is not the restore's to drop
    assert restored["cache"] == {"throttle": 4, "new generation": True}


def test_the_archive_holds_the_database_and_files_but_not_the_search_index(
        demo_with_a_document, tmp_path, settings):
    from forms.private_storage import documents_root

    settings.BALISE_FORMS = {**settings.BALISE_FORMS, "DOCUMENTS_ROOT": str(tmp_path / "private")}
    attached = documents_root() / "2026" / "12" / "0f3a"
    attached.parent.mkdir(parents=True)
    attached.write_bytes(b"%PDF-1.4 a citizen's payslip")
    archive = tmp_path / "balise.tar.gz"
    call_command("backup_site", str(archive), verbosity=0)
    with tarfile.open(archive) as opened:
        names = opened.getnames()
    assert "manifest.json" in names
    assert any(name.startswith("media/documents/documents-a-joindre") for name in names)
    assert "private-documents/2026/12/0f3a" in names
    assert not any("search-index" in name for name in names)
    with tarfile.open(archive) as opened:
        dump = opened.extractfile("database/database.json").read().decode()
    assert '"model": "wagtailcore.page"' in dump
    assert "indexentry" not in dump


def test_a_database_that_already_holds_a_site_is_not_overwritten(demo_with_a_document,
                                                                 tmp_path):
    from wagtail.models import Page

    archive = tmp_path / "balise.tar.gz"
    call_command("backup_site", str(archive), verbosity=0)
    count = Page.objects.count()
    with pytest.raises(CommandError, match="already holds a site"):
        call_command("restore_site", str(archive), verbosity=0)
    assert Page.objects.count() == count


def test_a_file_that_is_not_a_backup_is_refused_with_a_message(db, tmp_path):
    not_a_backup = tmp_path / "photo.tar.gz"
    not_a_backup.write_bytes(b"not an archive")
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("restore_site", str(not_a_backup), verbosity=0)
