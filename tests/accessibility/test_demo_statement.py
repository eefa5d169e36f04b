"""The demo's statement and manual audit (``accessibility.demo``): built in
every language, from a finished audit, and a second run changes nothing."""

import pytest
from django.test import TestCase
from wagtail.models import PageLogEntry, Revision

from accessibility.demo import build_demo_statement
from accessibility.models import ManualAudit
from accessibility.statement import compliance
from tests.factories import make_organisation, make_site_in_four_languages

pytestmark = pytest.mark.django_db


def build(home):
    # wagtail-localize publishes a translation when the transaction commits
    with TestCase.captureOnCommitCallbacks(execute=True):
        pages = build_demo_statement(home)
    return {language: page.specific_class.objects.get(pk=page.pk)
            for language, page in pages.items()}


def test_the_demo_statement_exists_in_four_languages_from_a_finished_audit(client):
    site = make_site_in_four_languages()
    make_organisation(site.home)
    pages = build(site.home)
    assert sorted(pages) == ["de", "en", "fr", "nl"]
    audit = ManualAudit.objects.get()
    assert audit.is_complete()
    assert audit.compliance_status() == compliance.PARTIALLY
    assert all(page.live for page in pages.values())
    dutch = client.get(pages["nl"].url).content.decode()
    assert "Toegankelijkheidsverklaring" in dutch and "gedeeltelijk conform" in dutch
    assert "Sommige oudere jaarverslagen" in dutch


def test_building_the_demo_statement_again_saves_nothing():
    site = make_site_in_four_languages()
    build(site.home)
    counts = (Revision.objects.count(), PageLogEntry.objects.count(),
              ManualAudit.objects.get().assessments.count())
    build(site.home)
    assert (Revision.objects.count(), PageLogEntry.objects.count(),
            ManualAudit.objects.get().assessments.count()) == counts
