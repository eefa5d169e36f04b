"""The manual audit behind the demo's statement (``accessibility.demo``,
called by ``seed_demo``, which the site tests in tests/demo check): a
finished audit, partially compliant, built again without a change."""

import pytest

from accessibility.demo import AUDIT_TITLE, ensure_demo_audit
from accessibility.models import AccessibilityStatementPage, Assessment, AuditSample, ManualAudit
from accessibility.models.statement import publish_problem
from accessibility.statement import compliance
from tests.factories import make_page, make_site

pytestmark = pytest.mark.django_db


def test_the_demo_audit_is_finished_partially_compliant_and_lets_a_statement_be_published():
    home = make_site()
    make_page(home, title="Aide au logement")
    audit = ensure_demo_audit(home)
    assert audit.title == AUDIT_TITLE
    assert audit.is_complete() and publish_problem(audit) is None
    assert audit.compliance_status() == compliance.PARTIALLY
    assert [criterion.number for criterion, _rows in audit.failed_criteria()] == ["1.3.1"]
    assert sorted(audit.samples.values_list("kind", flat=True)) == ["content", "home"]
    statement = make_page(home, AccessibilityStatementPage, slug="accessibilite",
                          title="Déclaration d'accessibilité", audit=audit)
    assert statement.compliance_status == compliance.PARTIALLY


def test_building_the_demo_audit_again_saves_nothing():
    home = make_site()
    make_page(home)
    ensure_demo_audit(home)
    counts = (ManualAudit.objects.count(), AuditSample.objects.count(),
              Assessment.objects.count())
    assessments = list(Assessment.objects.order_by("pk").values_list("pk", "result", "note"))
    ensure_demo_audit(home)
    assert (ManualAudit.objects.count(), AuditSample.objects.count(),
            Assessment.objects.count()) == counts
    assert list(Assessment.objects.order_by("pk").values_list("pk", "result", "note")) \
        == assessments


def test_the_statement_reads_its_audit_in_a_few_queries_whatever_its_size(client):
    """It once loaded each assessment's audit again, one query per assessment
    (over a thousand for the demo's statement)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    home = make_site()
    make_page(home, title="Aide au logement")
    make_page(home, title="Aide pour l'énergie")
    audit = ensure_demo_audit(home)
    assert audit.assessments.count() > 100
    statement = make_page(home, AccessibilityStatementPage, slug="accessibilite",
                          title="Déclaration d'accessibilité", audit=audit)
    client.get(statement.url)  # the shared frame, cached
    with CaptureQueriesContext(connection) as queries:
        assert client.get(statement.url).status_code == 200
    assert len(queries) <= 16, [query["sql"][:80] for query in queries]
