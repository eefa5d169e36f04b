"""What staff meet when they open the admin: a "Reports" panel on the home
page leading to the Balise reports each of them may open, and listings that
speak their language (the glossary says yes or no, not True or False)."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from pages.models import InformationPage
from tests import factories
from tests.conftest import text_of
from tests.pages.test_report_permissions import permission, staff_member, two_branches

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
        client, superuser):
    topic = two_branches()
    factories.translate(topic.get_children().first().specific, "nl")
    InformationPage.objects.update(last_reviewed=factories.reviewed(days_ago=1000))
    factories.make_page(topic, title="Revue ce mois-ci", last_reviewed=factories.reviewed(10))
    topic.add_child(instance=InformationPage(  # a draft nobody reads needs no review
        title="Brouillon oublié", slug="brouillon", intro="Pas encore publié.",
        locale=topic.locale, live=False, last_reviewed=factories.reviewed(1000)))
    assert reports_panel(client, superuser) == set(REPORTS)
    text = text_of(client.get(reverse("wagtailadmin_home")))
    # the four French pages and the Dutch one, not the page reviewed this month nor the draft
    assert " 5 pages sont à revoir." in text


def test_the_dashboard_shows_an_editor_the_page_reports_but_not_the_feedback(client, db):
    editor = staff_member("topic-editor", pages=[two_branches()])
    assert reports_panel(client, editor) == {"plain language", "pages to review"}


def test_the_dashboard_shows_a_feedback_reader_only_the_feedback_and_others_no_panel(
        client, db):
    reader = staff_member("reader", permission("balise_pages", "read_pagefeedback"))
    assert reports_panel(client, reader) == {"feedback"}
    assert reports_panel(client, staff_member("visitor")) is None, \
        "a user who may open no report gets no empty panel"


def test_the_glossary_list_says_yes_or_no_in_the_admin_language(client, superuser):
    factories.make_glossary_term("revenu d'intégration", allowed_if_explained=True)
    factories.make_glossary_term("nonobstant", plain_alternative="malgré",
                                 allowed_if_explained=False)
    client.force_login(superuser)
    text = text_of(client.get(reverse("wagtailsnippets_balise_pages_glossaryterm:list")))
    assert "True" not in text and "False" not in text
    assert " Oui " in text and " Non " in text
