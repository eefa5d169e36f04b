"""The demo's accessibility statement: ``seed_demo`` publishes it in the four
languages from the demo's data files and PO files, on a finished manual
audit, linked from the footer of every page; a second seed saves nothing."""

import html as html_module
import io

import pytest
from django.core.management import call_command
from wagtail.models import Revision

from accessibility.models import AccessibilityStatementPage, Assessment, AuditSample, ManualAudit
from accessibility.statement import compliance

pytestmark = pytest.mark.django_db

EXPECTED = {
    "fr": ("Déclaration d'accessibilité", "partiellement conforme",
           "Certains anciens rapports annuels en PDF ne sont pas balisés"),
    "nl": ("Toegankelijkheidsverklaring", "gedeeltelijk conform",
           "Sommige oudere jaarverslagen in pdf zijn niet getagd"),
    "de": ("Erklärung zur Barrierefreiheit", "teilweise",
           "Einige ältere Jahresberichte im PDF-Format sind nicht getaggt"),
    "en": ("Accessibility statement", "partially compliant",
           "Some older annual reports in PDF are not tagged"),
}


def statements():
    return {page.locale.language_code: page for page in
            AccessibilityStatementPage.objects.live().select_related("locale")}


def test_the_statement_is_published_in_four_languages_from_a_finished_audit(demo_pages, client):
    pages = statements()
    assert sorted(pages) == ["de", "en", "fr", "nl"]
    audit = ManualAudit.objects.get()
    assert audit.is_complete() and audit.compliance_status() == compliance.PARTIALLY
    for language, (title, status, failure) in EXPECTED.items():
        page = pages[language]
        assert page.audit_id == audit.pk and not page.has_unpublished_changes
        html = html_module.unescape(client.get(page.url).content.decode())
        assert title in html and status in html and failure in html, language


@pytest.mark.parametrize("language", ["fr", "nl", "de", "en"])
def test_every_page_links_the_statement_of_its_language_in_the_footer(
        demo_pages, client, language):
    statement = statements()[language]
    for page in [p for p in demo_pages if p.locale.language_code == language][:6]:
        html = client.get(page.url).content.decode()
        footer = html[html.index("<footer"):]
        assert f'href="{statement.url}"' in footer, page.url


def test_seeding_again_adds_no_revision_sample_or_assessment_to_the_statement(demo_pages):
    def counts():
        return (Revision.objects.count(), AuditSample.objects.count(),
                Assessment.objects.count(), ManualAudit.objects.count())

    before = counts()
    call_command("seed_demo", "--no-admin", stdout=io.StringIO())
    assert counts() == before
