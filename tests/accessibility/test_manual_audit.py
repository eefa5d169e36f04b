"""The manual audit register (issue 12, point 4): samples, one assessment per
sample and criterion, the no-JavaScript assessment screen, the re-audit copy,
the CSV export and the permission checks of each screen."""

import csv
import io

import pytest
from django.urls import reverse

import accessibility.manual_audit.hooks  # noqa: F401 (until wagtail_hooks imports it)
from accessibility import criteria
from accessibility.models import Assessment, AuditSample, ManualAudit
from accessibility.statement import compliance
from tests.factories import make_page, make_site, make_user, permission, staff_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def audit():
    home = make_site()
    contact = make_page(home, title="Contact")
    audit = ManualAudit.objects.create(title="Audit 2026", auditors="Ana", wcag_version="2.2")
    AuditSample.objects.create(audit=audit, kind="home", page=home, sort_order=0)
    AuditSample.objects.create(audit=audit, kind="contact", page=contact, sort_order=1)
    return audit


def assess_all(audit, result=compliance.PASS, **overrides):
    """Every sample (shared parts too) and criterion, ``overrides`` by number."""
    for sample in audit.sample_choices():
        for criterion in audit.criteria():
            Assessment.objects.update_or_create(
                audit=audit, sample=sample, criterion=criterion.number,
                defaults={"result": overrides.get(criterion.number, result)})


def refused(response):
    """Wagtail's admin answers a PermissionDenied with a redirect to its
    dashboard (and a message); a plain 403 is a refusal too."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home"))


def auditor_user(*codenames):
    return staff_member("auditor", *[permission("balise_a11y", f"{name}_manualaudit")
                                     for name in codenames])


def test_criteria_cover_wcag_22_a_and_aa_in_four_languages():
    numbers = [criterion.number for criterion in criteria.criteria_for("2.2")]
    assert len(numbers) == 55
    assert "2.5.8" in numbers and "4.1.1" not in numbers
    assert "4.1.1" in [criterion.number for criterion in criteria.criteria_for("2.1")]
    for criterion in criteria.CRITERIA:
        assert set(criterion.titles) == set(criteria.LANGUAGES)
        assert criterion.theme in criteria.THEMES
    assert criteria.BY_NUMBER["1.1.1"].title("nl") == "Niet-tekstuele content"


def test_progress_counts_the_shared_parts_once_and_each_sample(audit):
    assert audit.progress() == (0, 3 * 55)
    Assessment.objects.create(audit=audit, sample=None, criterion="2.4.1", result="pass")
    assert audit.progress() == (1, 165)
    assert audit.compliance_status() is None


def test_any_failure_makes_the_site_partially_compliant(audit):
    assess_all(audit)
    assert audit.compliance_status() == compliance.FULLY
    assess_all(audit, **{"1.4.3": compliance.FAIL})
    assert audit.compliance_status() == compliance.PARTIALLY
    assert [criterion.number for criterion, _rows in audit.failed_criteria()] == ["1.4.3"]


def test_status_rules():
    assert compliance.compliance_status({"1.1.1": ["pass", "not_applicable"]}) == "fully"
    assert compliance.compliance_status({"1.1.1": ["pass", "cannot_tell"]}) == "partially"
    assert compliance.compliance_status({"1.1.1": ["fail"], "1.2.1": ["fail"],
                                         "2.1.1": ["pass"]}) == "not"
    assert compliance.compliance_status({"1.1.1": ["pass", "not_assessed"]}) is None


def test_the_assessment_screen_saves_only_changed_rows_with_date_and_auditor(client, audit):
    user = auditor_user("view", "change")
    client.force_login(user)
    sample = audit.samples.get(kind="contact")
    url = reverse("balise_manual_audits:assess", args=[audit.pk, sample.pk])
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "1.1.1" in html and "<script" not in html.split('class="nice-padding"')[1]
    data = {f"c{c.number.replace('.', '_')}-result": "not_assessed"
            for c in audit.criteria()}
    data["c1_4_3-result"] = "fail"
    data["c1_4_3-note"] = "Grey text on the buttons"
    data["c1_4_3-easy_to_fix"] = "on"
    response = client.post(url, data)
    assert response.status_code == 302
    row = Assessment.objects.get(audit=audit)
    assert (row.sample, row.criterion, row.result, row.easy_to_fix, row.auditor) == (
        sample, "1.4.3", "fail", True, user)
    assert row.assessed_on is not None


def test_the_shared_parts_are_assessed_once_for_all_pages(client, audit):
    client.force_login(auditor_user("view", "change"))
    url = reverse("balise_manual_audits:assess", args=[audit.pk, "shared"])
    assert client.get(url).status_code == 200
    client.post(url, {"c2_4_1-result": "pass", **{
        f"c{c.number.replace('.', '_')}-result": "not_assessed"
        for c in audit.criteria() if c.number != "2.4.1"}})
    assert Assessment.objects.get(audit=audit).sample is None


def test_a_wrong_sample_or_result_is_a_clear_answer_not_a_crash(client, audit):
    client.force_login(auditor_user("view", "change"))
    # (a 404 under /admin/ is first redirected to the language-prefixed address)
    assert client.get(reverse("balise_manual_audits:assess", args=[audit.pk, "nope"]),
                      follow=True).status_code == 404
    url = reverse("balise_manual_audits:assess", args=[audit.pk, "shared"])
    response = client.post(url, {"c1_1_1-result": "excellent"})
    assert response.status_code == 200
    assert not Assessment.objects.exists()


def test_copy_starts_a_reaudit_marked_to_check_again(client, audit):
    assess_all(audit, **{"1.4.3": compliance.FAIL})
    client.force_login(auditor_user("view", "add", "change"))
    url = reverse("balise_manual_audits:copy_for_reaudit", args=[audit.pk])
    assert client.get(url).status_code == 200
    assert ManualAudit.objects.count() == 1  # asking copies nothing
    response = client.post(url)
    copy = ManualAudit.objects.exclude(pk=audit.pk).get()
    assert response.status_code == 302
    assert copy.copied_from == audit
    assert copy.samples.count() == 2
    assert copy.assessments.count() == audit.assessments.count()
    assert not copy.assessments.filter(to_recheck=False).exists()
    assert copy.compliance_status() == compliance.PARTIALLY


def test_csv_export_has_one_row_per_sample_and_criterion(client, audit):
    Assessment.objects.create(audit=audit, sample=None, criterion="2.4.1", result="fail",
                              note="=HYPERLINK(\"http://evil\")")
    client.force_login(auditor_user("view"))
    response = client.get(reverse("balise_manual_audits:export_csv", args=[audit.pk]))
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 3 * 55
    shared = next(row for row in rows if row["criterion"] == "2.4.1" and row["kind"] == "shared")
    assert shared["result"] == "fail"
    assert shared["note"].startswith("'=")  # never run as a formula


@pytest.mark.parametrize("name, args", [
    ("overview", lambda a: [a.pk]), ("assess", lambda a: [a.pk, "shared"]),
    ("copy_for_reaudit", lambda a: [a.pk]), ("export_csv", lambda a: [a.pk]),
    ("index", lambda a: []),
])
def test_staff_without_the_audit_permissions_are_refused(client, audit, name, args):
    client.force_login(staff_member("editor"))
    assert refused(client.get(reverse(f"balise_manual_audits:{name}", args=args(audit))))


def test_a_viewer_cannot_change_or_copy(client, audit):
    client.force_login(auditor_user("view"))
    assert client.get(reverse("balise_manual_audits:overview", args=[audit.pk])).status_code == 200
    assert refused(client.post(reverse("balise_manual_audits:assess", args=[audit.pk, "shared"]),
                               {"c1_1_1-result": "pass"}))
    assert refused(client.post(reverse("balise_manual_audits:copy_for_reaudit", args=[audit.pk])))
    assert ManualAudit.objects.count() == 1
    assert not Assessment.objects.exists()


def test_the_list_shows_progress_and_the_audit_screens(client, audit):
    client.force_login(make_user(superuser=True))
    html = client.get(reverse("balise_manual_audits:index")).content.decode()
    assert "Audit 2026" in html and "0 / 165" in html
    assert reverse("balise_manual_audits:export_csv", args=[audit.pk]) in html
    assert client.get(reverse("balise_manual_audits:edit", args=[audit.pk])).status_code == 200


def png_file(name="capture.png"):
    from io import BytesIO

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (8, 8), "white").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def test_a_screenshot_is_kept_as_evidence_and_can_be_removed(client, audit):
    client.force_login(auditor_user("view", "change"))
    url = reverse("balise_manual_audits:assess", args=[audit.pk, "shared"])
    client.post(url, {"c2_4_7-result": "fail", "c2_4_7-screenshot": png_file()})
    row = Assessment.objects.get(audit=audit, criterion="2.4.7")
    assert row.screenshot is not None and row.screenshot.width == 8
    assert row.screenshot.file.url in client.get(url).content.decode()
    client.post(url, {"c2_4_7-result": "fail", "c2_4_7-remove_screenshot": "on"})
    row.refresh_from_db()
    assert row.screenshot is None


def test_a_file_that_is_no_image_is_refused_next_to_its_row(client, audit):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(auditor_user("view", "change"))
    url = reverse("balise_manual_audits:assess", args=[audit.pk, "shared"])
    response = client.post(url, {"c2_4_7-result": "fail", "c2_4_7-screenshot": SimpleUploadedFile(
        "capture.png", b"not an image", content_type="image/png")})
    assert response.status_code == 200
    assert not Assessment.objects.exists()


def test_an_auditor_creates_an_audit_with_its_sample_pages(client):
    home = make_site()
    form_page = make_page(home, title="Formulaire")
    client.force_login(auditor_user("view", "add", "change"))
    data = {"title": "Audit AnySurfer 2027", "started_on": "2027-01-04", "auditors": "AnySurfer",
            "method": "third_party", "wcag_version": "2.2", "scope_note": "",
            "samples-TOTAL_FORMS": "2", "samples-INITIAL_FORMS": "0",
            "samples-MIN_NUM_FORMS": "0", "samples-MAX_NUM_FORMS": "1000",
            "samples-0-kind": "home", "samples-0-page": str(home.pk), "samples-0-label": "",
            "samples-0-ORDER": "1", "samples-0-id": "",
            "samples-1-kind": "form", "samples-1-page": str(form_page.pk),
            "samples-1-label": "avec ses erreurs affichées", "samples-1-ORDER": "2",
            "samples-1-id": ""}
    response = client.post(reverse("balise_manual_audits:add"), data)
    assert response.status_code == 302, response.context["form"].errors
    audit = ManualAudit.objects.get(title="Audit AnySurfer 2027")
    assert [(s.kind, s.page_id) for s in audit.samples.order_by("sort_order")] == [
        ("home", home.pk), ("form", form_page.pk)]
    assert audit.progress() == (0, 3 * 55)


def test_rows_left_out_of_a_request_keep_what_is_stored(client, audit):
    Assessment.objects.create(audit=audit, sample=None, criterion="1.1.1", result="fail",
                              note="Logo without text")
    client.force_login(auditor_user("view", "change"))
    client.post(reverse("balise_manual_audits:assess", args=[audit.pk, "shared"]),
                {"c2_4_7-result": "pass"})
    kept = Assessment.objects.get(audit=audit, criterion="1.1.1")
    assert (kept.result, kept.note) == ("fail", "Logo without text")
    assert Assessment.objects.get(audit=audit, criterion="2.4.7").result == "pass"
