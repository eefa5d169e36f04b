"""The plain-language commands and admin reports: what auditors and scripts read."""

import csv
import datetime
import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from pages.models import InformationPage
from tests.conftest import text_of
from tests.factories import (
    LANGUAGES,
    make_draft,
    make_glossary_term,
    make_site_in_four_languages,
    make_user,
    reviewed,
    translate,
)

# the pages of make_site_in_four_languages in each language: a home, two
# topics and an information page under each
PAGES_PER_LANGUAGE = 5
EASY_GERMAN_WITH_JARGON = [
    {"type": "paragraph", "value": "<p>Sie haben nicht genug Geld? Dann kommen Sie zu uns. "
                                   "Wir helfen Ihnen gern.</p>"},
    {"type": "paragraph", "value": "<p>Bringen Sie Ihren Ausweis mit und alle Briefe von der "
                                   "Bank und von der Kasse und vom Amt, die Sie in den letzten "
                                   "drei Monaten bekommen haben, damit wir gut helfen können.</p>"},
    {"type": "paragraph", "value": "<p>Wir sprechen mit Ihnen bezüglich Ihrer Lage.</p>"},
]


@pytest.fixture
def glossary(db):
    make_glossary_term("cohabitant", plain_alternative="personne qui vit avec d'autres")
    make_glossary_term("derhalve", "nl", plain_alternative="dus", allowed_if_explained=False)
    make_glossary_term("bezüglich", "de", plain_alternative="über", allowed_if_explained=False)


@pytest.fixture
def site(glossary, django_capture_on_commit_callbacks):
    """Four languages, every page's plain-language result stored when it was
    published (as the background task does once the transaction commits)."""
    with django_capture_on_commit_callbacks(execute=True):
        site = make_site_in_four_languages()
        translate(site.income, "de", body=EASY_GERMAN_WITH_JARGON)
    return site


def run(*args, stdin=None, monkeypatch=None):
    out = io.StringIO()
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    call_command(*args, stdout=out)
    return out.getvalue()


def test_check_prints_json_with_score_sentences_and_jargon_alternatives(glossary, monkeypatch):
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


def test_check_reads_a_file_and_says_clearly_when_it_cannot(glossary, tmp_path):
    html = tmp_path / "page.html"
    html.write_text("<p>Derhalve vragen wij u om te bellen.</p>", encoding="utf-8")
    result = json.loads(run("plain_language_check", "--locale", "nl", str(html)))
    assert result["jargon"][0]["alternative"] == "dus"
    with pytest.raises(CommandError, match="Cannot read"):
        run("plain_language_check", "--locale", "nl", str(tmp_path / "missing.txt"))


def test_report_lists_every_live_page_in_json_csv_and_text(site):
    make_draft(site.housing, title="Brouillon")
    data = json.loads(run("plain_language_report", "--locale", "de", "--format", "json"))
    assert len(data["pages"]) == PAGES_PER_LANGUAGE
    assert all(page["language"] == "de" for page in data["pages"])
    income = next(p for p in data["pages"] if p["url"].endswith("/eingliederungseinkommen/"))
    assert income["score"] >= 70 and set(income["findings"]) >= {"jargon", "long_sentence"}
    rows = list(csv.DictReader(io.StringIO(run("plain_language_report", "--format", "csv"))))
    assert len(rows) == len(LANGUAGES) * PAGES_PER_LANGUAGE
    assert {"score", "band", "jargon", "passive"} <= set(rows[0])
    text = run("plain_language_report", "--locale", "en")
    assert text.strip().endswith(f"{PAGES_PER_LANGUAGE} pages")


@pytest.fixture
def staff_client(client, db):
    client.force_login(make_user("auditor", superuser=True))
    return client


def test_admin_report_is_sortable_and_links_each_page_to_its_editor(staff_client, site):
    url = reverse("balise_plain_language_report")
    hardest_first = staff_client.get(url, {"ordering": "score", "language": "fr"})
    assert hardest_first.status_code == 200
    html = hardest_first.content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[site.income.pk]) in html
    scores = [float(row["Score"]) for row in csv.DictReader(io.StringIO(b"".join(
        staff_client.get(url, {"ordering": "-score", "export": "csv"}).streaming_content
    ).decode()))]
    assert scores == sorted(scores, reverse=True)
    assert len(scores) == len(LANGUAGES) * PAGES_PER_LANGUAGE
    assert len(set(scores)) > 1, "pages of different difficulty, so the order shows"
    menu = staff_client.get(reverse("wagtailadmin_reports:locked_pages"))
    assert url in menu.content.decode(), "the report is in the Reports menu"


def test_freshness_report_lists_pages_past_their_review_date_by_owner(staff_client, db):
    site = make_site_in_four_languages()
    owner = make_user("nadia.lambert", first_name="Nadia", last_name="Lambert")
    page = InformationPage.objects.get(pk=site.income.pk)
    page.last_reviewed = datetime.date.today() - datetime.timedelta(days=400)
    page.content_owner = owner
    page.save_revision().publish()
    fresh = InformationPage.objects.get(pk=site.bills.pk)
    fresh.last_reviewed = reviewed(days_ago=10)
    fresh.content_owner = owner
    fresh.save_revision().publish()
    response = staff_client.get(reverse("balise_freshness_report"))
    text = text_of(response)
    assert page.title in text and "Nadia Lambert" in text
    assert fresh.title not in text


def test_report_reads_the_results_stored_when_the_pages_were_published(site, monkeypatch):
    def never_analyse(*args, **kwargs):
        raise AssertionError("the report re-analysed a page")

    monkeypatch.setattr("pages.plain_language.checking.analyse", never_analyse)
    data = json.loads(run("plain_language_report", "--locale", "fr", "--format", "json"))
    income = InformationPage.objects.get(pk=site.income.pk)
    row = next(p for p in data["pages"] if p["id"] == income.pk)
    assert row["revision"] == income.live_revision_id and row["checked_at"]
