"""What an auditor reads in the accessibility report (issue 12, point 3):
the latest full audit's totals by impact, what is new and fixed since the
previous one, the addresses that did not load, the findings by page (with
the editor's link) and by WCAG criterion, the trend of the last full
audits, the list of audits, a finding's detail and the downloads."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.users.models import UserProfile

from accessibility import roles
from accessibility.models import AuditFinding, AuditRun
from tests.conftest import text_of
from tests.factories import make_page, make_site, make_user, translate

from .report_factories import add_address, add_finding, make_run

pytestmark = pytest.mark.django_db


def report_url(name, *args):
    return reverse(f"balise_a11y_report:{name}", args=args)


def in_english(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def site():
    home = make_site()
    housing = make_page(home, title="Logement")
    return home, housing, translate(housing, "nl", title="Huisvesting")


@pytest.fixture
def runs(site):
    """Two full audits a week apart: the image stays, the link is fixed, the
    contrast problem is new; the latest also has a shared-template finding,
    a content-rule finding and an address that did not load."""
    _home, housing, dutch = site
    before = make_run(days_ago=7)
    add_finding(before, rule="link-name", impact="serious", location="footer a",
                snippet="<a href='/x'></a>", page=dutch, wcag="2.4.4", en_clause="9.2.4.4")
    latest = make_run()
    kept = add_finding(latest, page=housing, snippet='<img src="x" onerror="alert(1)">')
    add_finding(before, page=housing, snippet='<img src="x" onerror="alert(1)">')
    new = add_finding(latest, rule="color-contrast", impact="serious", location=".button",
                      snippet="<a class='button'>Envoyer</a>", page=dutch, wcag="1.4.3",
                      en_clause="9.1.4.3", anysurfer="colour")
    shared = add_finding(latest, rule="region", impact="moderate", location="header",
                         snippet="<div class='banner'>", wcag="", en_clause="", anysurfer="",
                         shared=True, occurrences=12)
    content = add_finding(latest, rule="link-text-generic", impact="serious",
                          location="body[2] > paragraph", snippet="cliquez ici",
                          source=AuditFinding.CONTENT, page=housing, wcag="2.4.4",
                          en_clause="9.2.4.4", anysurfer="links")
    add_address(latest, "http://testserver/fr/logement/", page=housing)
    add_address(latest, "http://testserver/nl/kapot/", loaded=False, reason="Timed out")
    return {"before": before, "latest": latest, "kept": kept, "new": new, "shared": shared,
            "content": content}


@pytest.fixture
def superuser(client):
    user = in_english(make_user(superuser=True))
    client.force_login(user)
    return user


def test_the_overview_shows_the_latest_full_audit(client, site, runs, superuser):
    _home, housing, dutch = site
    response = client.get(report_url("overview"))
    html, text = response.content.decode(), text_of(response)
    # totals of active findings by impact: critical 1, serious 2, moderate 1
    assert "Critical 1" in text and "Serious 2" in text and "Moderate 1" in text
    assert "Minor 0" in text and "Total 4" in text
    assert "Since the previous audit: 3 new, 1 fixed." in text
    # the address that did not load, and why
    assert "http://testserver/nl/kapot/" in text and "Timed out" in text
    # by page: title, language, link to the editor
    assert "Logement" in text and "Huisvesting" in text
    assert reverse("wagtailadmin_pages:edit", args=[housing.pk]) in html
    assert reverse("wagtailadmin_pages:edit", args=[dutch.pk]) in html
    assert "Shared header, menu and footer" in text
    # by criterion: code, title, level
    assert "1.1.1 Non-text Content A" in text
    assert "1.4.3 Contrast (Minimum) AA" in text
    assert report_url("criterion_findings", runs["latest"].pk, "1.4.3") in html
    # the downloads of this run
    for name in ("html", "csv", "json", "junit"):
        assert report_url("download", runs["latest"].pk, name) in html


def test_new_and_fixed_are_listed_with_links_to_each_finding(client, runs, superuser):
    html = client.get(report_url("overview")).content.decode()
    new_part = html.split('id="new"')[1].split('id="fixed"')[0]
    fixed_part = html.split('id="fixed"')[1].split('id="unavailable"')[0]
    assert report_url("finding", runs["latest"].pk, runs["new"].pk) in new_part
    assert report_url("finding", runs["latest"].pk, runs["kept"].pk) not in new_part
    fixed = runs["before"].findings.get(rule="link-name")
    assert report_url("finding", runs["before"].pk, fixed.pk) in fixed_part
    assert "<td>Fixed</td>" in fixed_part and "To fix" not in fixed_part


def test_the_trend_is_an_svg_image_with_the_same_figures_in_a_table(client, runs, superuser):
    make_run(days_ago=3, locale="fr")  # not a full run: not in the trend
    html = client.get(report_url("overview")).content.decode()
    trend = html.split('id="trend"')[1]
    assert '<svg xmlns="http://www.w3.org/2000/svg" role="img"' in trend
    assert "<title id=" in trend and "<desc id=" in trend
    assert "<script" not in html.split('class="nice-padding"')[1]
    table = trend.split('class="listing balise-a11y-trend-table"')[1].split("</table>")[0]
    assert table.count('<th scope="row">') == 2  # one row per full audit
    assert "<td>4</td>" in table  # the latest's total


def test_a_dismissed_finding_leaves_the_totals_at_once(client, runs, superuser):
    from accessibility.models import FindingDismissal

    FindingDismissal.objects.create(fingerprint=runs["new"].fingerprint, page=runs["new"].page,
                                    rule="color-contrast", reason="false_positive",
                                    explanation="The text is on a solid background.")
    text = text_of(client.get(report_url("overview")))
    assert "Serious 1" in text and "Total 3" in text
    assert "1 finding dismissed, not counted." in text


def test_a_finding_shows_everything_an_auditor_needs(client, site, runs, superuser):
    _home, housing, _dutch = site
    response = client.get(report_url("finding", runs["latest"].pk, runs["kept"].pk))
    html, text = response.content.decode(), text_of(response)
    assert "Image without a text alternative" in text  # the rule, named
    assert "image-alt" in text
    assert "1.1.1 Non-text Content (A)" in text and "9.1.1.1" in text
    assert "Images" in text  # AnySurfer theme
    assert "main > img" in text
    # the snippet is shown as text, never run
    assert '<img src="x" onerror' not in html
    assert "&lt;img src=&quot;x&quot; onerror=&quot;alert(1)&quot;&gt;" in html
    assert "Describe the image in a few words" in text  # the hint
    assert reverse("wagtailadmin_pages:edit", args=[housing.pk]) in html
    assert "Dismiss the finding" in text  # a superuser may dismiss


def test_a_content_rule_finding_and_a_shared_one_read_in_the_auditors_words(
        client, runs, superuser):
    text = text_of(client.get(report_url("finding", runs["latest"].pk, runs["content"].pk)))
    assert "Link text says nothing on its own" in text and "Content rule" in text
    assert "Write where the link goes" in text
    text = text_of(client.get(report_url("finding", runs["latest"].pk, runs["shared"].pk)))
    assert "seen on 12 addresses" in text
    assert "None: a best practice" in text


def test_the_findings_of_a_page_and_of_a_criterion(client, site, runs, superuser):
    _home, housing, dutch = site
    latest = runs["latest"]
    html = client.get(report_url("page_findings", latest.pk, housing.pk)).content.decode()
    assert report_url("finding", latest.pk, runs["kept"].pk) in html
    assert report_url("finding", latest.pk, runs["content"].pk) in html
    assert report_url("finding", latest.pk, runs["new"].pk) not in html
    html = client.get(report_url("page_findings", latest.pk, "shared")).content.decode()
    assert report_url("finding", latest.pk, runs["shared"].pk) in html
    html = client.get(report_url("criterion_findings", latest.pk, "2.4.4")).content.decode()
    assert report_url("finding", latest.pk, runs["content"].pk) in html
    assert report_url("finding", latest.pk, runs["kept"].pk) not in html
    html = client.get(report_url("criterion_findings", latest.pk, "other")).content.decode()
    assert report_url("finding", latest.pk, runs["shared"].pk) in html


def test_the_list_of_audits_opens_each_one(client, runs, superuser):
    failed = make_run(days_ago=1, status=AuditRun.FAILED, error="Chromium did not start")
    html = client.get(report_url("runs")).content.decode()
    for run in (runs["before"], runs["latest"], failed):
        assert report_url("run", run.pk) in html
    text = text_of(client.get(report_url("run", failed.pk)))
    assert "Chromium did not start" in text
    text = text_of(client.get(report_url("run", runs["before"].pk)))
    assert "Total 2" in text  # that run's own summary


def test_an_auditor_sees_no_editor_link_to_pages_they_cannot_edit(client, site, runs):
    _home, housing, _dutch = site
    auditor = in_english(make_user("ana", groups=[
        Group.objects.get(name=roles.AUDITORS_GROUP)]))
    client.force_login(auditor)
    html = client.get(report_url("overview")).content.decode()
    assert "Logement" in html
    assert reverse("wagtailadmin_pages:edit", args=[housing.pk]) not in html


def test_without_a_full_audit_the_report_says_so(client, site, superuser):
    make_run(page=site[1])  # one page only: not a full audit
    text = text_of(client.get(report_url("overview")))
    assert "No audit of the whole site has finished yet." in text
    assert "Audit the site now" in text


def test_the_report_reads_in_the_auditors_language(client, runs):
    user = make_user(superuser=True)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "nl"
    profile.save()
    client.force_login(user)
    text = text_of(client.get(report_url("overview")))
    assert "Per pagina" in text and "Per WCAG-succescriterium" in text
