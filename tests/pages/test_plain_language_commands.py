"""The plain-language commands and admin reports: what auditors and scripts read."""

import csv
import datetime
import io
import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.urls import reverse

from pages.models import InformationPage
from tests.conftest import text_of


def run(*args, stdin=None, monkeypatch=None):
    out = io.StringIO()
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    call_command(*args, stdout=out)
    return out.getvalue()


def test_check_prints_json_with_score_sentences_and_jargon_alternatives(demo_pages, monkeypatch):
    text = ("# Le revenu\nIndien vous êtes cohabitant, vous recevez moins.\n\n"
            "Venez au guichet.\n")
    result = json.loads(run("plain_language_check", "--locale", "fr", "-", stdin=text,
                            monkeypatch=monkeypatch))
    assert result["formula"] == "Kandel & Moles" and result["band"] in (
        "very_easy", "easy", "fairly_easy", "standard", "fairly_difficult", "difficult",
        "very_difficult")
    assert [s["text"] for s in result["sentences"]] == [
        "Le revenu", "Indien vous êtes cohabitant, vous recevez moins.", "Venez au guichet."]
    assert result["sentences"][1]["flags"] == ["jargon"]
    assert [(j["term"], bool(j["alternative"])) for j in result["jargon"]] == [
        ("cohabitant", True)]
    assert isinstance(result["score"], float) and isinstance(result["lix"], float)


def test_check_reads_a_file_and_says_clearly_when_it_cannot(demo_pages, tmp_path):
    html = tmp_path / "page.html"
    html.write_text("<p>Derhalve vragen wij u om te bellen.</p>", encoding="utf-8")
    result = json.loads(run("plain_language_check", "--locale", "nl", str(html)))
    assert result["jargon"][0]["alternative"] == "dus"
    with pytest.raises(CommandError, match="Cannot read"):
        run("plain_language_check", "--locale", "nl", str(tmp_path / "missing.txt"))


def test_report_lists_every_live_page_in_json_csv_and_text(demo_pages):
    data = json.loads(run("plain_language_report", "--locale", "de", "--format", "json"))
    assert len(data["pages"]) == 19
    assert all(page["language"] == "de" for page in data["pages"])
    income = next(p for p in data["pages"] if p["url"].endswith("/eingliederungseinkommen/"))
    assert income["score"] >= 70 and set(income["findings"]) >= {"jargon", "long_sentence"}
    rows = list(csv.DictReader(io.StringIO(run("plain_language_report", "--format", "csv"))))
    assert len(rows) == 4 * 19 and {"score", "band", "jargon", "passive"} <= set(rows[0])
    text = run("plain_language_report", "--locale", "en")
    assert text.strip().endswith("19 pages")


@pytest.fixture
def staff_client(client, db):
    client.force_login(get_user_model().objects.create_superuser("auditor", "a@x.org", "pw"))
    return client


def test_admin_report_is_sortable_and_links_each_page_to_its_editor(staff_client, demo_pages):
    url = reverse("balise_plain_language_report")
    hardest_first = staff_client.get(url, {"ordering": "score", "language": "fr"})
    assert hardest_first.status_code == 200
    html = hardest_first.content.decode()
    income = InformationPage.objects.get(slug="revenu-integration")
    assert reverse("wagtailadmin_pages:edit", args=[income.pk]) in html
    scores = [float(row["Score"]) for row in csv.DictReader(io.StringIO(b"".join(
        staff_client.get(url, {"ordering": "-score", "export": "csv"}).streaming_content
    ).decode()))]
    assert scores == sorted(scores, reverse=True) and len(scores) == 4 * 19
    menu = staff_client.get(reverse("wagtailadmin_reports:locked_pages"))
    assert url in menu.content.decode(), "the report is in the Reports menu"


def test_freshness_report_lists_pages_past_their_review_date_by_owner(staff_client, demo_pages):
    page = InformationPage.objects.get(slug="revenu-integration")
    page.last_reviewed = datetime.date.today() - datetime.timedelta(days=400)
    page.save_revision().publish()
    response = staff_client.get(reverse("balise_freshness_report"))
    text = text_of(response)
    assert page.title in text and "Nadia Lambert" in text
    fresh = InformationPage.objects.get(slug="premier-rendez-vous")
    assert fresh.title not in text or fresh.is_overdue()


def test_report_reads_the_results_stored_when_the_demo_was_published(demo_pages, monkeypatch):
    def never_analyse(*args, **kwargs):
        raise AssertionError("the report re-analysed a page")

    monkeypatch.setattr("pages.plain_language.checking.analyse", never_analyse)
    data = json.loads(run("plain_language_report", "--locale", "fr", "--format", "json"))
    income = InformationPage.objects.get(slug="revenu-integration")
    row = next(p for p in data["pages"] if p["id"] == income.pk)
    assert row["revision"] == income.live_revision_id and row["checked_at"]
