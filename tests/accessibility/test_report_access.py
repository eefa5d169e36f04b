"""Who may open the accessibility report (issue 12, point 3): anonymous
visitors are sent to the sign-in page, staff without ``view_auditrun`` are
refused on every screen and download, and on every POST (even one crafted
by hand), and auditors read everything. Ids that do not match are 404s."""

from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.test import RequestFactory
from django.urls import reverse
from django.utils.translation import gettext
from wagtail.admin.menu import reports_menu

from accessibility import roles
from accessibility.models import AuditRun, FindingDismissal
from accessibility.report import views
from tests.factories import make_page, make_site, make_user, staff_member

from .report_factories import add_finding, make_run

pytestmark = pytest.mark.django_db


def refused(response):
    """Wagtail's admin answers a PermissionDenied with a redirect to its
    dashboard (and a message); a plain 403 is a refusal too."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home"))


def report_url(name, *args):
    return reverse(f"balise_a11y_report:{name}", args=args)


@pytest.fixture
def run():
    """A run with one finding on a page, and a dismissal of another finding."""
    home = make_site()
    page = make_page(home, title="Logement")
    run = make_run()
    return SimpleNamespace(
        pk=run.pk, run=run, page=page, finding=add_finding(run, page=page),
        dismissal=FindingDismissal.objects.create(
            fingerprint="0" * 16, rule="link-name", reason=FindingDismissal.FALSE_POSITIVE,
            explanation="Test"))


@pytest.fixture
def auditor():
    return make_user("ana", groups=[Group.objects.get(name=roles.AUDITORS_GROUP)])


def screens(run):
    return [
        report_url("overview"), report_url("runs"), report_url("run", run.pk),
        report_url("criterion_findings", run.pk, "1.1.1"),
        report_url("page_findings", run.pk, run.page.pk),
        report_url("finding", run.pk, run.finding.pk), report_url("dismissed"),
    ]


def downloads(run):
    return [report_url("download", run.pk, name) for name in views.FORMATS]


def posts(run):
    return [
        (report_url("dismiss", run.pk, run.finding.pk),
         {"reason": FindingDismissal.FALSE_POSITIVE, "explanation": "Crafted"}),
        (report_url("revoke", run.dismissal.pk), {}),
        (report_url("audit_now"), {}),
    ]


def test_the_report_lists_the_export_formats_it_offers():
    from accessibility import exports

    assert views.FORMATS == exports.FORMATS


def test_anonymous_visitors_are_sent_to_sign_in(client, run):
    for address in screens(run) + downloads(run):
        response = client.get(address)
        assert response.status_code == 302 and "/login/" in response["Location"], address
    for address, data in posts(run):
        response = client.post(address, data)
        assert response.status_code == 302 and "/login/" in response["Location"], address


def test_staff_without_the_report_permission_are_refused_everywhere(client, run):
    client.force_login(staff_member("editor"))
    for address in screens(run) + downloads(run):
        assert refused(client.get(address)), address
    for address, data in posts(run):
        assert refused(client.post(address, data)), address
    # nothing was dismissed, revoked or started
    assert FindingDismissal.objects.count() == 1
    assert FindingDismissal.objects.get().revoked_at is None
    assert AuditRun.objects.count() == 1


def test_an_auditor_reads_every_screen_and_download(client, run, auditor):
    client.force_login(auditor)
    for address in screens(run) + downloads(run):
        assert client.get(address).status_code == 200, address


def test_a_download_is_a_file_named_after_the_run(client, run, auditor):
    client.force_login(auditor)
    response = client.get(report_url("download", run.pk, "csv"))
    assert response["Content-Disposition"].startswith("attachment;")
    assert f"-{run.pk}.csv" in response["Content-Disposition"]
    assert "image-alt" in response.content.decode("utf-8-sig")


def test_changes_are_made_by_post_only(client, run, auditor):
    client.force_login(auditor)
    for address, _data in posts(run):
        assert client.get(address).status_code == 405, address
    assert not FindingDismissal.objects.filter(fingerprint=run.finding.fingerprint).exists()


def test_ids_that_do_not_match_are_not_found(client, run, auditor):
    other = make_run(days_ago=1)
    other_finding = add_finding(other, rule="link-name", location="a")
    client.force_login(auditor)
    missing = [
        report_url("run", 999999),
        report_url("finding", run.pk, other_finding.pk),  # a finding of another run
        report_url("finding", 999999, run.finding.pk),
        report_url("criterion_findings", run.pk, "9.9.9"),
        report_url("page_findings", run.pk, "999999"),
        report_url("page_findings", run.pk, "<script>"),
        report_url("download", run.pk, "pdf"),
        report_url("download", 999999, "csv"),
    ]
    # (a 404 under /admin/ is first redirected to the language-prefixed address)
    for address in missing:
        assert client.get(address, follow=True).status_code == 404, address
    for address, data in [
        (report_url("dismiss", run.pk, other_finding.pk), {"reason": "false_positive",
                                                           "explanation": "x"}),
        (report_url("revoke", 999999), {}),
    ]:
        assert client.post(address, data, follow=True).status_code == 404, address
    assert FindingDismissal.objects.count() == 1


def test_the_reports_menu_shows_the_report_only_to_those_who_may_read_it(run, auditor):
    def labels(user):
        request = RequestFactory().get("/admin/")
        request.user = user
        return [str(item.label) for item in reports_menu.menu_items_for_request(request)]

    assert "Accessibility" in labels(auditor) or "Accessibilité" in labels(auditor)
    editor_labels = labels(staff_member("editor"))
    assert "Accessibility" not in editor_labels and "Accessibilité" not in editor_labels


def test_the_auditors_group_has_the_report_permissions():
    group = Group.objects.get(name=roles.AUDITORS_GROUP)
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"view_auditrun", "run_audit", "dismiss_finding",
            "view_findingdismissal"} <= codenames
    # and nothing that changes the stored runs
    assert not codenames & {"add_auditrun", "change_auditrun", "delete_auditrun",
                            "delete_findingdismissal"}


def test_an_existing_group_without_them_gets_them_again():
    from django.contrib.auth.models import Permission

    group = Group.objects.get(name=roles.AUDITORS_GROUP)
    group.permissions.remove(*group.permissions.filter(codename__in=[
        "view_auditrun", "run_audit", "dismiss_finding"]))
    roles.ensure_auditors_group(Group, Permission)
    assert {"view_auditrun", "run_audit", "dismiss_finding"} <= set(
        group.permissions.values_list("codename", flat=True))


def test_administrators_can_give_the_report_permissions_to_a_group():
    from accessibility.report.hooks import report_permissions

    assert set(report_permissions().values_list("codename", flat=True)) == {
        "view_auditrun", "run_audit", "dismiss_finding", "view_findingdismissal"}


def test_the_dashboard_says_when_the_latest_full_audit_ran(run):
    make_run(days_ago=2, page=run.page)  # one page: not a full audit
    summary = views.OverviewView.summary(make_user(superuser=True))
    assert str(run.run.started_at.astimezone().year) in summary
    run.run.delete()
    assert views.OverviewView.summary(make_user(superuser=True)) == gettext("No full audit yet")
