"""The report's "Audit the site now" button (issue 12, point 3): a POST by
someone with ``run_audit`` queues an audit of the whole site (tests run
tasks at once), whose results the report then shows. The browser is
replaced by a runner that answers at once, so the test stays fast: what is
tested here is the button, the task and the stored run, not Chromium."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from accessibility import roles
from accessibility.models import AuditFinding, AuditRun
from accessibility.runners.base import AccessibilityRunner
from tests.factories import make_page, make_site, make_user, permission, staff_member

pytestmark = pytest.mark.django_db


class OneProblemRunner(AccessibilityRunner):
    """Every address has the same image without a text alternative."""

    def check(self, url, *, include=None, actions=()):
        return {"url": url, "testEngine": {"name": "axe-core", "version": "4.10.2"},
                "incomplete": [], "violations": [{
                    "id": "image-alt", "impact": "critical",
                    "tags": ["wcag2a", "wcag111", "EN-301-549", "EN-9.1.1.1"],
                    "help": "Images must have alternative text",
                    "helpUrl": "https://dequeuniversity.com/rules/axe/4.10/image-alt",
                    "nodes": [{"target": ["main > img"], "html": '<img src="logo.png">',
                               "impact": "critical"}]}]}


@pytest.fixture(autouse=True)
def quick_runner(settings):
    settings.BALISE_ACCESSIBILITY = {"RUNNER": {
        "CLASS": f"{__name__}.OneProblemRunner", "OPTIONS": {}}}


@pytest.fixture
def site():
    home = make_site()
    return home, make_page(home, title="Logement")


def audit_now(client):
    return client.post(reverse("balise_a11y_report:audit_now"))


def test_an_auditor_starts_an_audit_of_the_whole_site(client, site):
    auditor = make_user("ana", groups=[Group.objects.get(name=roles.AUDITORS_GROUP)])
    client.force_login(auditor)
    response = audit_now(client)
    assert response.status_code == 302
    assert response["Location"] == reverse("balise_a11y_report:overview")
    run = AuditRun.objects.get()
    assert (run.trigger, run.started_by, run.status) == (AuditRun.ADMIN, auditor,
                                                         AuditRun.FINISHED), run.error
    assert run.is_full
    assert AuditFinding.objects.filter(run=run, rule="image-alt").exists()
    # the report now shows that run
    html = client.get(reverse("balise_a11y_report:overview")).content.decode()
    assert reverse("balise_a11y_report:download", args=[run.pk, "csv"]) in html


def test_a_second_click_while_an_audit_runs_starts_nothing(client, site):
    client.force_login(make_user(superuser=True))
    AuditRun.objects.create(status=AuditRun.RUNNING, started_at=timezone.now())
    audit_now(client)
    assert AuditRun.objects.count() == 1


def test_readers_of_the_report_cannot_start_an_audit(client, site):
    client.force_login(staff_member("reader", permission("balise_a11y", "view_auditrun")))
    response = audit_now(client)
    assert response.status_code in (302, 403)
    assert response.status_code == 403 or response["Location"] == reverse("wagtailadmin_home")
    assert not AuditRun.objects.exists()
    html = client.get(reverse("balise_a11y_report:overview")).content.decode()
    assert reverse("balise_a11y_report:audit_now") not in html
