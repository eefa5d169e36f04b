"""Who reads which admin report: citizens' comments only with "Can read page
feedback", and reports about pages only for pages the reader may edit. Every
report checks this itself, on its page, its results and its exports, and its
Reports menu entry follows the same rule."""

import csv
import io

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents import get_document_model

from pages.models import InformationPage, PageFeedback
from tests import factories
from tests.conftest import text_of
from tests.factories import permission, staff_member

Document = get_document_model()

FEEDBACK_REPORTS = ["balise_feedback_report", "balise_feedback_detail"]
PAGE_REPORTS = ["balise_plain_language_report", "balise_freshness_report",
                "balise_documents_report"]
VARIANTS = ["page", "results", "csv", "xlsx"]




def two_branches():
    """A French site with two topics of two information pages each. Staff
    given the "Argent et dettes" branch (returned) may edit the page citizens
    comment on ("Demander le revenu d'intégration"), not the housing pages."""
    home = factories.make_site()
    housing = factories.make_topic(home, title="Logement et énergie", slug="logement-energie")
    factories.make_page(housing, title="Payer vos factures d'énergie", slug="factures-energie")
    factories.make_page(housing, title="Trouver une garantie locative", slug="garantie")
    money = factories.make_topic(home, title="Argent et dettes", slug="argent-dettes")
    factories.make_page(money, title="Demander le revenu d'intégration",
                        slug="revenu-integration")
    factories.make_page(money, title="Sortir des dettes", slug="dettes")
    return money


@pytest.fixture
def topic(db):
    return two_branches()


@pytest.fixture
def feedback_page(topic):
    page = InformationPage.objects.get(locale__language_code="fr", slug="revenu-integration")
    PageFeedback.objects.create(page=page, helpful=False, comment="Trop de mots difficiles")
    return page


@pytest.fixture
def admin_only(db):
    return staff_member("visitor")


@pytest.fixture
def feedback_reader(db):
    return staff_member("reader", permission("balise_pages", "read_pagefeedback"))


@pytest.fixture
def topic_editor(topic):
    return staff_member("topic-editor", pages=[topic])


def pages_inside_and_outside(topic):
    french = InformationPage.objects.filter(locale__language_code="fr").live()
    inside = french.descendant_of(topic).order_by("path")
    outside = french.exclude(pk__in=inside.values("pk")).order_by("path")
    assert inside and outside, "the test needs pages on both sides of the editor's branch"
    return list(inside), list(outside)


def report_url(name, variant, page):
    args = [page.pk] if name == "balise_feedback_detail" else []
    if variant == "results":
        return reverse(f"{name}_results", args=args)
    url = reverse(name, args=args)
    return url if variant == "page" else f"{url}?export={variant}"


def get_as(client, user, url):
    client.force_login(user)
    return client.get(url)


def is_denied(client, user, url):
    """Wagtail answers a refused admin page by sending the reader back to the
    dashboard with "Sorry, you do not have permission...", and a script's
    request (the filters reloading results) with a 403."""
    client.force_login(user)
    page = client.get(url)
    script = client.get(url, headers={"x-requested-with": "XMLHttpRequest"})
    return (page.status_code == 302 and page["Location"] == reverse("wagtailadmin_home")
            and script.status_code == 403)


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("name", FEEDBACK_REPORTS + PAGE_REPORTS)
def test_a_user_who_may_only_enter_the_admin_opens_no_report(
        client, admin_only, feedback_page, name, variant):
    assert is_denied(client, admin_only, report_url(name, variant, feedback_page))


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("name", FEEDBACK_REPORTS)
def test_only_feedback_readers_read_citizens_comments(
        client, admin_only, topic_editor, feedback_reader, feedback_page, name, variant):
    url = report_url(name, variant, feedback_page)
    assert get_as(client, feedback_reader, url).status_code == 200
    assert is_denied(client, topic_editor, url), \
        "editing a page is not enough to read what citizens wrote about it"
    assert is_denied(client, admin_only, url)


def test_a_feedback_reader_sees_the_comments_of_every_page_and_no_page_report(
        client, feedback_reader, feedback_page):
    detail = get_as(client, feedback_reader, reverse("balise_feedback_detail",
                                                     args=[feedback_page.pk]))
    assert "Trop de mots difficiles" in text_of(detail)
    summary = client.get(reverse("balise_feedback_report"))
    assert feedback_page.title in text_of(summary)
    for name in PAGE_REPORTS:
        assert is_denied(client, feedback_reader, reverse(name)), name


def test_an_editor_sees_only_their_pages_in_the_plain_language_report(
        client, topic, topic_editor):
    inside, outside = pages_inside_and_outside(topic)
    response = get_as(client, topic_editor,
                      reverse("balise_plain_language_report") + "?language=fr")
    assert response.status_code == 200
    html = response.content.decode()
    for page in inside:
        assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in html, page.title
    for page in outside:
        assert reverse("wagtailadmin_pages:edit", args=[page.pk]) not in html, page.title
    exported = client.get(reverse("balise_plain_language_report"),
                          {"language": "fr", "export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(exported.streaming_content)
                                       .decode("utf-8-sig"))))[1:]
    assert {row[0] for row in rows} >= {page.title for page in inside}
    assert not {row[0] for row in rows} & {page.title for page in outside}


def test_an_editor_sees_only_their_pages_to_review(client, topic, topic_editor):
    inside, outside = pages_inside_and_outside(topic)
    InformationPage.objects.update(last_reviewed=factories.reviewed(days_ago=10))
    InformationPage.objects.filter(pk__in=[inside[0].pk, outside[0].pk]).update(
        last_reviewed=factories.reviewed(days_ago=1000))
    text = text_of(get_as(client, topic_editor, reverse("balise_freshness_report")))
    assert inside[0].title in text
    assert outside[0].title not in text


def test_an_editor_sees_only_the_documents_without_web_version_of_their_pages(
        client, topic, topic_editor):
    inside, outside = pages_inside_and_outside(topic)
    for page, title in ((inside[0], "Formulaire de la branche"),
                        (outside[0], "Formulaire ailleurs")):
        pdf = Document.objects.create(title=title, file=ContentFile(b"%PDF-1.4", "f.pdf"))
        page.body.append(("document", {"document": pdf, "web_version": None,
                                       "no_web_version": True}))
        page.save_revision().publish()
    text = text_of(get_as(client, topic_editor, reverse("balise_documents_report")))
    assert "Formulaire de la branche" in text
    assert "Formulaire ailleurs" not in text


def reports_menu_urls(client, user):
    """The report URLs in the admin's sidebar menu, as ``user`` sees it."""
    html = get_as(client, user, reverse("wagtailadmin_account")).content.decode()
    return {name for name in FEEDBACK_REPORTS[:1] + PAGE_REPORTS if reverse(name) in html}


def test_the_reports_menu_shows_a_report_only_to_those_who_may_open_it(
        client, admin_only, feedback_reader, topic_editor):
    assert reports_menu_urls(client, admin_only) == set()
    assert reports_menu_urls(client, feedback_reader) == {"balise_feedback_report"}
    assert reports_menu_urls(client, topic_editor) == set(PAGE_REPORTS)
