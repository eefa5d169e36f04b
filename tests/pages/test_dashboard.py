"""What staff meet when they open the admin: a "Reports" panel on the home
page leading to the Balise reports each of them may open, and listings that
speak their language (the glossary says yes or no, not True or False)."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from pages.models import GlossaryTerm, InformationPage, TopicPage
from tests.conftest import text_of
from tests.pages.test_report_permissions import permission, staff_member

REPORTS = {
    "plain language": "balise_plain_language_report",
    "pages to review": "balise_freshness_report",
    "feedback": "balise_feedback_report",
}


def reports_panel(client, user):
    """The links of the dashboard's Reports panel, or None without a panel."""
    client.force_login(user)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    panel = re.search(r'id="balise-reports-section".*?</section>', html, flags=re.S)
    if panel is None:
        return None
    hrefs = set(re.findall(r'href="([^"]+)"', panel.group(0)))
    return {name for name, url_name in REPORTS.items() if reverse(url_name) in hrefs}


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("chief", "chief@example.org", "pw")


def test_the_dashboard_leads_a_superuser_to_every_report_with_the_overdue_count(
        client, superuser, demo_pages):
    long_ago = datetime.date.today() - datetime.timedelta(days=1000)
    overdue = InformationPage.objects.live().count()
    InformationPage.objects.update(last_reviewed=long_ago)
    assert reports_panel(client, superuser) == set(REPORTS)
    text = text_of(client.get(reverse("wagtailadmin_home")))
    assert f"{overdue} pages sont à revoir." in text


def test_the_dashboard_shows_an_editor_the_page_reports_but_not_the_feedback(
        client, demo_pages):
    topic = TopicPage.objects.filter(locale__language_code="fr").order_by("path").first()
    editor = staff_member("topic-editor", pages=[topic])
    assert reports_panel(client, editor) == {"plain language", "pages to review"}


def test_the_dashboard_shows_a_feedback_reader_only_the_feedback_and_others_no_panel(
        client, db):
    reader = staff_member("reader", permission("balise_pages", "read_pagefeedback"))
    assert reports_panel(client, reader) == {"feedback"}
    assert reports_panel(client, staff_member("visitor")) is None, \
        "a user who may open no report gets no empty panel"


def test_the_glossary_list_says_yes_or_no_in_the_admin_language(client, superuser, demo_pages):
    assert GlossaryTerm.objects.filter(allowed_if_explained=True).exists()
    assert GlossaryTerm.objects.filter(allowed_if_explained=False).exists()
    client.force_login(superuser)
    text = text_of(client.get(reverse("wagtailsnippets_balise_pages_glossaryterm:list")))
    assert "True" not in text and "False" not in text
    assert " Oui " in text and " Non " in text
