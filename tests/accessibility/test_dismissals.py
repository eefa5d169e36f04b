"""Dismissing a finding (issue 12, point 5): an auditor dismisses it with a
reason and an explanation; it leaves the totals (in this run and the next
ones), shows in the dismissed list with who and when, and can be revoked,
the row kept for the trail. Only ``dismiss_finding`` may do it, by POST."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from accessibility import roles
from accessibility.models import FindingDismissal
from accessibility.results.summary import run_summary
from tests.conftest import text_of
from tests.factories import make_page, make_site, make_user, permission, staff_member

from .report_factories import add_finding, make_run

pytestmark = pytest.mark.django_db
EXPLANATION = "The image is a decorative border; its alt is empty on purpose."


def report_url(name, *args):
    return reverse(f"balise_a11y_report:{name}", args=args)


def refused(response):
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home"))


@pytest.fixture
def page():
    return make_page(make_site(), title="Logement")


@pytest.fixture
def run(page):
    run = make_run()
    run.image = add_finding(run, page=page)
    run.link = add_finding(run, rule="link-name", impact="serious", location="a.more",
                           snippet="<a class='more'></a>", page=page, wcag="2.4.4")
    return run


@pytest.fixture
def auditor(client):
    user = make_user("ana", groups=[Group.objects.get(name=roles.AUDITORS_GROUP)])
    client.force_login(user)
    return user


def dismiss(client, run, finding, reason=FindingDismissal.FALSE_POSITIVE,
            explanation=EXPLANATION):
    return client.post(report_url("dismiss", run.pk, finding.pk),
                       {"reason": reason, "explanation": explanation})


def test_dismiss_and_revoke_round_trip(client, run, page, auditor):
    assert run_summary(run).totals["critical"] == 1
    response = dismiss(client, run, run.image,
                       reason=FindingDismissal.DISPROPORTIONATE_BURDEN)
    assert response.status_code == 302
    assert response["Location"] == report_url("finding", run.pk, run.image.pk)
    dismissal = FindingDismissal.objects.get()
    assert (dismissal.fingerprint, dismissal.page_id, dismissal.rule, dismissal.wcag,
            dismissal.location, dismissal.reason, dismissal.explanation,
            dismissal.dismissed_by) == (
        run.image.fingerprint, page.pk, "image-alt", "1.1.1", "main > img",
        FindingDismissal.DISPROPORTIONATE_BURDEN, EXPLANATION, auditor)
    assert dismissal.revoked_at is None
    # out of the totals at once, still listed as dismissed
    summary = run_summary(run)
    assert summary.totals["critical"] == 0 and summary.total == 1
    assert [finding.pk for finding in summary.dismissed] == [run.image.pk]
    # the finding says who dismissed it; the dismissed list has it with its revoke button
    finding_text = text_of(client.get(report_url("finding", run.pk, run.image.pk)))
    assert "ana" in finding_text and EXPLANATION in finding_text
    listing = client.get(report_url("dismissed"))
    assert EXPLANATION in text_of(listing) and "ana" in text_of(listing)
    assert report_url("revoke", dismissal.pk) in listing.content.decode()

    response = client.post(report_url("revoke", dismissal.pk))
    assert response.status_code == 302 and response["Location"] == report_url("dismissed")
    dismissal.refresh_from_db()
    assert dismissal.revoked_by == auditor and dismissal.revoked_at is not None
    assert FindingDismissal.objects.count() == 1  # kept for the trail
    assert run_summary(run).totals["critical"] == 1
    # the finding can be dismissed again, and its history shows both
    dismiss(client, run, run.image)
    assert FindingDismissal.objects.active().count() == 1
    html = client.get(report_url("finding", run.pk, run.image.pk)).content.decode()
    assert html.split("</dl>")[1].count('<th scope="row">') == 2  # both dismissals


def test_a_dismissal_holds_for_the_next_runs(client, run, page, auditor):
    dismiss(client, run, run.image)
    later = make_run()
    again = add_finding(later, page=page)
    summary = run_summary(later)
    assert [finding.pk for finding in summary.dismissed] == [again.pk]
    assert summary.totals["critical"] == 0


def test_a_shared_template_finding_is_dismissed_on_every_page(client, auditor):
    run = make_run()
    shared = add_finding(run, rule="region", impact="moderate", location="header",
                         shared=True, occurrences=9)
    dismiss(client, run, shared)
    assert FindingDismissal.objects.get().page is None
    assert run_summary(run).total == 0


def test_an_explanation_and_a_known_reason_are_required(client, run, auditor):
    response = dismiss(client, run, run.image, explanation="   ")
    assert response.status_code == 200
    assert 'class="help-block help-critical" role="alert"' in response.content.decode()
    response = dismiss(client, run, run.image, reason="because")
    assert response.status_code == 200
    assert not FindingDismissal.objects.exists()


def test_dismissing_twice_or_revoking_twice_changes_nothing(client, run, auditor):
    dismiss(client, run, run.image)
    dismiss(client, run, run.image, explanation="Another reason")
    dismissal = FindingDismissal.objects.get()
    client.post(report_url("revoke", dismissal.pk))
    dismissal.refresh_from_db()
    first_revoke = dismissal.revoked_at
    client.post(report_url("revoke", dismissal.pk))
    dismissal.refresh_from_db()
    assert dismissal.revoked_at == first_revoke


def test_readers_without_the_dismiss_permission_see_no_form_and_cannot_post(client, run):
    reader = staff_member("reader", permission("balise_a11y", "view_auditrun"))
    client.force_login(reader)
    html = client.get(report_url("finding", run.pk, run.image.pk)).content.decode()
    assert report_url("dismiss", run.pk, run.image.pk) not in html
    assert refused(dismiss(client, run, run.image))
    assert not FindingDismissal.objects.exists()
    dismissal = FindingDismissal.objects.create(
        fingerprint=run.link.fingerprint, page=run.link.page, rule="link-name",
        reason=FindingDismissal.FALSE_POSITIVE, explanation="x")
    assert report_url("revoke", dismissal.pk) not in client.get(
        report_url("dismissed")).content.decode()
    assert refused(client.post(report_url("revoke", dismissal.pk)))
    dismissal.refresh_from_db()
    assert dismissal.revoked_at is None


def test_the_dismiss_permission_alone_does_not_open_the_report(client, run):
    client.force_login(staff_member("half", permission("balise_a11y", "dismiss_finding")))
    assert refused(dismiss(client, run, run.image))
    assert not FindingDismissal.objects.exists()


def test_revoking_goes_back_to_the_finding_but_never_to_another_site(client, run, auditor):
    dismiss(client, run, run.image)
    dismissal = FindingDismissal.objects.get()
    finding_url = report_url("finding", run.pk, run.image.pk)
    response = client.post(report_url("revoke", dismissal.pk), {"next": finding_url})
    assert response["Location"] == finding_url
    dismiss(client, run, run.image)
    second = FindingDismissal.objects.active().get()
    response = client.post(report_url("revoke", second.pk), {"next": "https://evil.example/"})
    assert response["Location"] == report_url("dismissed")
