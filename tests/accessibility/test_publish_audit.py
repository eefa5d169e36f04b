"""Accessibility at the point of writing: publishing a page audits it in the
background, and editors see the result in the page explorer and in the
editor's Checks panel."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.signals import page_published
from wagtail.users.models import UserProfile

from accessibility.models.runs import AuditRun, PageAuditStatus
from accessibility.publishing import signals
from accessibility.runners.base import AccessibilityRunner
from tests.factories import make_editor_group, make_page, make_site, make_topic, make_user


class QuietRunner(AccessibilityRunner):
    """A browser that finds nothing: the audit's own steps (content rules,
    storing the run and the page's status) run for real, without Chromium."""

    def check(self, url, *, include=None, actions=()):
        return {"url": url, "violations": [], "incomplete": [],
                "testEngine": {"name": "axe-core", "version": "4.10.2"}}


QUIET = {"RUNNER": {"CLASS": f"{__name__}.QuietRunner", "OPTIONS": {}}}


@pytest.fixture
def audit_on_publish(settings):
    settings.BALISE_ACCESSIBILITY = {**QUIET, "AUDIT_ON_PUBLISH": True}


@pytest.fixture
def site(db):
    return make_topic(make_site())


def status_of(page):
    return PageAuditStatus.objects.filter(page_id=page.pk).first()


def test_the_audit_on_publish_is_connected():
    assert any(key[0] == signals.DISPATCH_UID for key, *_rest in page_published.receivers)


def test_a_published_page_is_being_checked_then_has_its_result(
        site, audit_on_publish, django_capture_on_commit_callbacks):
    page = make_page(site, title="Payer le loyer", live=False)
    with django_capture_on_commit_callbacks(execute=False) as queued:
        page.save_revision().publish()
        status = status_of(page)
        assert status.status == PageAuditStatus.PENDING, "being checked at once"
    audits = [callback for callback in queued if getattr(callback, "page_id", None)
              == page.pk]
    assert len(audits) == 1, "the audit waits for the publication to be committed"

    for callback in queued:
        callback()  # the transaction commits: the task runs (immediate backend)

    status = status_of(page)
    assert status.status in {PageAuditStatus.PASSED, PageAuditStatus.PROBLEMS}
    assert status.run.trigger == AuditRun.PUBLISH
    assert status.run.page_id == page.pk
    assert status.run.status == AuditRun.FINISHED
    assert status.checked_at is not None


def test_content_rule_findings_count_in_the_pages_status(
        site, audit_on_publish, django_capture_on_commit_callbacks):
    page = make_page(site, title="Aide au loyer", live=False)
    page.body = [("paragraph", '<p>Pour le formulaire, <a href="https://example.org/f">'
                               'cliquez ici</a>.</p>')]
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    status = status_of(page)
    assert status.status == PageAuditStatus.PROBLEMS
    assert status.findings >= 1
    assert status.run.findings.filter(rule="link-text-generic", page_id=page.pk).exists()


def test_the_audit_on_publish_can_be_turned_off(site, settings,
                                                django_capture_on_commit_callbacks):
    settings.BALISE_ACCESSIBILITY = {**QUIET, "AUDIT_ON_PUBLISH": False}
    page = make_page(site, live=False)
    with django_capture_on_commit_callbacks(execute=True) as queued:
        page.save_revision().publish()
    assert status_of(page) is None
    assert not [callback for callback in queued if hasattr(callback, "page_id")]
    assert not AuditRun.objects.exists()


def test_a_queue_that_fails_never_fails_the_publication(site, audit_on_publish, monkeypatch,
                                                          django_capture_on_commit_callbacks):
    def broken(page_id):
        raise RuntimeError("the queue is down")

    monkeypatch.setattr(signals, "enqueue_audit", broken)
    page = make_page(site, live=False)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    page.refresh_from_db()
    assert page.live
    assert status_of(page).status == PageAuditStatus.PENDING


# The page explorer and the Checks panel

def explorer_cells(html):
    return re.findall(r'data-accessibility-status="(\w+)">([^<]*)<', html)


@pytest.fixture
def statuses(site):
    run = AuditRun.objects.create(status=AuditRun.FINISHED)
    pages = {name: make_page(site, title=name.capitalize()) for name in
             ("clean", "faulty", "pending", "broken", "unseen")}
    for name, state, findings in (("clean", "passed", 0), ("faulty", "problems", 3),
                                  ("pending", "pending", 0), ("broken", "unavailable", 0)):
        PageAuditStatus.objects.update_or_create(page=pages[name], defaults={
            "status": state, "findings": findings, "run": run})
    PageAuditStatus.objects.filter(page=pages["unseen"]).delete()
    return pages


def speaking(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def test_the_explorer_shows_each_pages_accessibility(client, site, statuses):
    client.force_login(speaking(make_user(superuser=True), "en"))
    html = client.get(f"/admin/pages/{site.pk}/").content.decode()
    assert re.search(r"<th[^>]*>\s*Accessibility\s*</th>", html)
    cells = dict(explorer_cells(html))
    assert cells == {"passed": "No problem found", "problems": "3 problems",
                     "pending": "Being checked", "unavailable": "Could not be checked",
                     "none": "Not checked yet"}


def status_queries(client, url):
    """The queries of one explorer listing that read the audit statuses."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return [query for query in captured.captured_queries
            if "balise_a11y_pageauditstatus" in query["sql"]]


def test_the_explorer_reads_the_statuses_in_one_query(client, site, statuses):
    """Wagtail's listing itself reads a few things per page (its translations);
    the accessibility column adds one query for the whole listing."""
    client.force_login(speaking(make_user(superuser=True), "en"))
    url = f"/admin/pages/{site.pk}/"
    assert len(status_queries(client, url)) == 1
    for number in range(6):
        page = make_page(site, title=f"Autre {number}")
        PageAuditStatus.objects.update_or_create(page=page, defaults={
            "status": "problems", "findings": number + 1})
    assert len(status_queries(client, url)) == 1
    assert len(explorer_cells(client.get(url).content.decode())) == 11


def test_the_explorer_speaks_the_editors_language(client, site, statuses):
    client.force_login(speaking(make_user(superuser=True), "fr"))
    cells = dict(explorer_cells(client.get(f"/admin/pages/{site.pk}/").content.decode()))
    assert cells["problems"] == "3 problèmes"
    assert cells["pending"] == "En cours de vérification"


def test_an_editor_sees_nothing_of_pages_outside_their_section(client, site, statuses):
    own_section = make_topic(site.get_parent().specific, title="Logement")
    own = make_page(own_section, title="Aide au loyer")
    PageAuditStatus.objects.update_or_create(page=own, defaults={
        "status": "problems", "findings": 2})
    editor = speaking(make_user(groups=[make_editor_group(own_section)]), "en")
    client.force_login(editor)

    html = client.get(f"/admin/pages/{own_section.pk}/").content.decode()
    assert dict(explorer_cells(html)) == {"problems": "2 problems"}
    other = client.get(f"/admin/pages/{site.pk}/")
    assert other.status_code in (302, 403) or "Faulty" not in other.content.decode()
    assert "3 problems" not in other.content.decode()
    assert client.get(f"/admin/pages/{statuses['faulty'].pk}/edit/").status_code in (302, 403)


def test_the_checks_panel_shows_the_status_and_links_auditors_to_the_report(
        client, site, statuses):
    client.force_login(speaking(make_user(superuser=True), "en"))
    page = statuses["faulty"]
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    panel = re.search(r"<section[^>]*data-accessibility-audit.*?</section>", html, re.S)
    assert panel, "the Checks panel carries the audit status"
    assert "3 problems" in panel.group(0)
    run_id = status_of(page).run_id
    assert f"/admin/accessibility/report/runs/{run_id}/pages/{page.pk}/" in panel.group(0)
    assert "data-plain-language" in html, "the plain-language panel is still there"


def test_an_editor_who_may_not_read_the_report_gets_no_link(client, site, statuses):
    page = statuses["faulty"]
    editor = speaking(make_user(groups=[make_editor_group(site)]), "en")
    client.force_login(editor)
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    panel = re.search(r"<section[^>]*data-accessibility-audit.*?</section>", html, re.S)
    assert "3 problems" in panel.group(0)
    assert "/admin/accessibility/report/" not in panel.group(0)


def test_a_page_never_checked_says_so(client, site):
    page = make_page(site, title="Nouvelle")
    PageAuditStatus.objects.filter(page=page).delete()
    client.force_login(speaking(make_user(superuser=True), "en"))
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Not checked yet" in html


def test_publishing_many_pages_at_once_can_skip_the_audits(
        site, audit_on_publish, django_capture_on_commit_callbacks):
    page = make_page(site, live=False)
    with django_capture_on_commit_callbacks(execute=False) as queued, signals.audits_paused():
        page.save_revision().publish()
    assert status_of(page) is None
    assert not [callback for callback in queued if hasattr(callback, "page_id")]


class BrokenRunner(AccessibilityRunner):
    """A browser that cannot start (not installed, out of memory)."""

    def open(self):
        raise RuntimeError("chromium: not found")

    def check(self, url, *, include=None, actions=()):
        raise RuntimeError("chromium: not found")


def test_a_page_whose_audit_failed_no_longer_says_it_is_being_checked(
        site, settings, django_capture_on_commit_callbacks):
    settings.BALISE_ACCESSIBILITY = {
        "RUNNER": {"CLASS": f"{__name__}.BrokenRunner", "OPTIONS": {}},
        "AUDIT_ON_PUBLISH": True}
    page = make_page(site, title="Aide au loyer", live=False)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    status = status_of(page)
    assert status.status == PageAuditStatus.UNAVAILABLE
    assert status.run.status == AuditRun.FAILED
