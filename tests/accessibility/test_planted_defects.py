"""CI proof of the content rules (issue 12, point 9): a held-back page with
one planted defect per rule (``planted_defects``) gives exactly those
findings, each at its place, no more and no fewer, both from the rules
themselves and as an audit run stores them; the pages around it give none."""

import pytest

from accessibility.audit.run import run_audit
from accessibility.content_rules.definitions import RULES
from accessibility.content_rules.pages import check_pages
from accessibility.models import AuditFinding, AuditRun
from accessibility.runners.base import AccessibilityRunner

from .planted_defects import PLANTED, TITLE, build_planted_pages

pytestmark = pytest.mark.django_db

TWIN = {("page-title-generic", "title"), ("page-title-duplicate", "title")}


class NoBrowserViolations(AccessibilityRunner):
    """axe finding nothing anywhere: the run's content findings are the only ones."""

    def check(self, url, *, include=None, actions=()):
        return {"url": url, "violations": [], "incomplete": [],
                "testEngine": {"name": "axe-core", "version": "4.10.2"}}


@pytest.fixture
def planted_site():
    return build_planted_pages()


def test_every_content_rule_has_one_planted_defect():
    assert set(PLANTED) == set(RULES)


def test_the_content_rules_find_exactly_the_planted_defects(planted_site):
    planted, twin, clean = planted_site
    findings = check_pages([*clean, planted, twin])
    on_planted = [finding for finding in findings if finding.page_id == planted.pk]
    assert sorted((f.rule, f.location) for f in on_planted) == sorted(PLANTED.items())
    for finding in on_planted:
        assert finding.wcag == RULES[finding.rule].wcag, finding.rule
        assert (finding.locale, finding.revision_id) == ("fr", planted.live_revision_id)
    assert {(f.rule, f.location) for f in findings if f.page_id == twin.pk} == TWIN
    assert [f for f in findings if f.page_id in {page.pk for page in clean}] == []
    assert len(findings) == len(PLANTED) + len(TWIN), "one finding per defect, no repeats"


def test_an_audit_run_stores_exactly_the_planted_defects(planted_site, settings):
    planted, twin, clean = planted_site
    assert twin.title == planted.title == TITLE
    settings.BALISE_ACCESSIBILITY = {
        "RUNNER": {"CLASS": f"{__name__}.NoBrowserViolations"}, "AUDIT_ON_PUBLISH": False}
    run = run_audit(base_url="http://127.0.0.1:9", include_states=False)
    assert run.status == AuditRun.FINISHED, run.error
    stored = AuditFinding.objects.filter(run=run, source=AuditFinding.CONTENT)
    assert sorted(stored.filter(page=planted).values_list("rule", "location")) \
        == sorted(PLANTED.items())
    assert set(stored.filter(page=twin).values_list("rule", "location")) == TWIN
    assert stored.count() == len(PLANTED) + len(TWIN)
    assert not stored.filter(dismissed=True).exists()
