"""Whole pages kept for anonymous readers (pages/caching/): the second reader
of an information page gets it without a query, nobody ever gets a page
that was not the same for everyone, and what staff publish or save shows
on the very next request.

A page changed behind Wagtail's back (``QuerySet.update``: no signal) tells
a kept copy (old text) from a page built again (new text)."""

import datetime
from unittest import mock

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.models import Page, PageViewRestriction, Site

from pages.caching import until_open_status_changes
from pages.contact.models import ClosureDay
from pages.contact.opening_hours import OpenStatus
from pages.models import InformationPage, StandardPage
from tests import factories
from tests.conftest import text_of

MIDDLEWARE = "pages.caching.middleware.AnonymousPageCacheMiddleware"
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    """The middleware where the README puts it (the app tests' settings are a
    bare Wagtail site without it)."""
    if MIDDLEWARE not in settings.MIDDLEWARE:
        names = list(settings.MIDDLEWARE)
        anchor = names.index("django.middleware.clickjacking.XFrameOptionsMiddleware")
        settings.MIDDLEWARE = [*names[:anchor + 1], MIDDLEWARE, *names[anchor + 1:]]


@pytest.fixture
def site():
    home = factories.make_site()
    factories.make_organisation(home, name="CPAS de Florival")
    topic = factories.make_topic(home, title="Logement", slug="logement")
    page = factories.make_page(topic, title="Garantie locative", slug="garantie")
    return home, topic, page


def queries(client, url, **extra):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **extra)
    return response, len(captured)


def change_quietly(page, title):
    """A change no signal announces: only a page built again shows it."""
    Page.objects.filter(pk=page.pk).update(title=title)
    type(page.specific).objects.filter(pk=page.pk).update(title=title)


# Hits and misses

def test_the_second_anonymous_reader_gets_the_page_without_a_query(client, site):
    _home, _topic, page = site
    first, cold = queries(client, page.url)
    second, warm = queries(Client(), page.url)
    assert cold > 0 and warm == 0
    assert second.status_code == 200
    assert second.content == first.content
    assert "Garantie locative" in text_of(second)


@pytest.mark.parametrize("kind", ["home", "topic", "information"])
def test_each_information_page_type_is_kept(client, site, kind):
    page = dict(zip(("home", "topic", "information"), site, strict=True))[kind]
    client.get(page.url)
    change_quietly(page, "Titre changé en douce")
    assert "Titre changé en douce" not in text_of(client.get(page.url))


def test_a_standard_page_is_kept(client, site):
    home, _topic, _page = site
    page = factories.make_page(home, StandardPage, title="Qui sommes-nous", slug="nous")
    client.get(page.url)
    assert queries(client, page.url)[1] == 0


def test_each_language_and_each_site_has_its_own_copy(client, site):
    home, _topic, page = site
    dutch = factories.translate(page, "nl", title="Huurwaarborg", slug="huurwaarborg")
    assert "Garantie locative" in text_of(client.get(page.url))
    assert "Huurwaarborg" in text_of(client.get(dutch.url))
    assert "Garantie locative" in text_of(client.get(page.url))
    other_home = Page.get_first_root_node().add_child(instance=home.specific_class(
        title="Autre CPAS", slug="autre", locale=home.locale))
    other_home.save_revision().publish()
    Site.objects.create(hostname="autre.example", root_page=other_home)
    assert "Autre CPAS" in text_of(client.get("/fr/", HTTP_HOST="autre.example"))
    assert "Autre CPAS" not in text_of(client.get("/fr/", HTTP_HOST="localhost"))


def test_a_head_request_is_answered_from_the_copy_and_keeps_one(client, site):
    _home, _topic, page = site
    head = client.head(page.url)
    assert head.status_code == 200 and head["Content-Type"].startswith("text/html")
    response, count = queries(client, page.url)
    assert count == 0 and "Garantie locative" in text_of(response)
    with CaptureQueriesContext(connection) as captured:
        assert client.head(page.url).status_code == 200
    assert len(captured) == 0


def test_caching_can_be_turned_off(client, site, settings):
    settings.BALISE_PAGES = {"PAGE_CACHE_SECONDS": 0}
    _home, _topic, page = site
    client.get(page.url)
    assert queries(client, page.url)[1] > 0


# Headers for browsers and proxies

def test_a_kept_page_sets_no_cookie_and_asks_browsers_to_check_again(client, site):
    _home, _topic, page = site
    for response in (client.get(page.url), client.get(page.url)):
        assert not response.cookies
        assert "Set-Cookie" not in response
        words = {word.strip() for word in response["Cache-Control"].split(",")}
        assert words == {"public", "no-cache"}
        assert response["ETag"]
        assert response["Content-Type"] == "text/html; charset=utf-8"


def test_an_unchanged_page_is_answered_not_modified(client, site):
    _home, _topic, page = site
    etag = client.get(page.url)["ETag"]
    response, count = queries(client, page.url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304 and count == 0 and not response.content
    draft = InformationPage.objects.get(pk=page.pk)
    draft.title = "Nouveau titre"
    draft.save_revision().publish()
    changed = client.get(page.url, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and "Nouveau titre" in text_of(changed)


def test_a_page_not_kept_is_private_never_public(client, site):
    _home, _topic, page = site
    response = client.get(f"{page.url}?feedback=done")
    words = {word.strip() for word in response["Cache-Control"].split(",")}
    assert "public" not in words and "private" in words


# Never kept

def test_a_signed_in_reader_never_gets_the_anonymous_copy_nor_leaves_one(client, site):
    _home, _topic, page = site
    Client().get(page.url)
    change_quietly(page, "Vu par le personnel")
    staff = Client()
    staff.force_login(factories.make_user(superuser=True))
    response = staff.get(page.url)
    assert "Vu par le personnel" in text_of(response)
    assert "public" not in response["Cache-Control"]
    # readers still get their copy: what staff saw was not kept in its place
    assert "Garantie locative" in text_of(client.get(page.url))


@pytest.mark.parametrize("cookie", ["sessionid", "csrftoken", "messages"])
def test_a_reader_with_one_of_our_cookies_gets_the_page_built_for_them(client, site, cookie):
    _home, _topic, page = site
    Client().get(page.url)
    change_quietly(page, "Construit pour vous")
    client.cookies[cookie] = "x"
    assert "Construit pour vous" in text_of(client.get(page.url))


def test_an_address_with_a_query_string_is_never_kept(client, site):
    _home, _topic, page = site
    client.get(f"{page.url}?feedback=done")
    change_quietly(page, "Sans copie")
    assert "Sans copie" in text_of(client.get(f"{page.url}?feedback=done"))


def test_a_post_is_never_answered_from_the_cache_nor_kept(client, site):
    _home, _topic, page = site
    client.post(page.url)
    change_quietly(page, "Après un envoi")
    assert "Après un envoi" in text_of(client.get(page.url))
    change_quietly(page, "Envoi suivant")
    assert "Envoi suivant" in text_of(client.post(page.url))


def test_a_page_type_that_does_not_opt_in_is_never_kept(client, site):
    home, _topic, _page = site
    page = factories.make_page(home, Page, title="Page nue", slug="nue")
    client.get(page.url)
    change_quietly(page, "Toujours reconstruite")
    assert "Toujours reconstruite" in text_of(client.get(page.url))


def test_a_contact_form_page_is_never_kept(client, site):
    from tests.forms.test_contact_form import make_form_page

    home, _topic, _page = site
    page = make_form_page(home)
    client.get(page.url)
    change_quietly(page, "Formulaire changé")
    assert "Formulaire changé" in text_of(client.get(page.url))


@pytest.mark.parametrize("how", ["sets a cookie", "says private", "says no-store",
                                 "uses a CSRF token", "writes to the session"])
def test_a_page_that_turns_out_personal_is_not_kept(client, site, how):
    from django.middleware.csrf import get_token

    _home, _topic, page = site

    def personal(next_serve):
        def serve(page, request, args, kwargs):
            if how == "uses a CSRF token":
                get_token(request)
            if how == "writes to the session":
                request.session["anything"] = 1
            response = next_serve(page, request, args, kwargs)
            if how == "sets a cookie":
                response.set_cookie("mine", "1")
            if how in ("says private", "says no-store"):
                response["Cache-Control"] = how.split()[1]
            return response
        return serve

    with hooks.register_temporarily("on_serve_page", personal):
        first = client.get(page.url)
        assert "public" not in first.get("Cache-Control", "")
        change_quietly(page, "Pas de copie")
        assert "Pas de copie" in text_of(Client().get(page.url))


def test_an_unknown_address_is_not_kept(client, site):
    home, _topic, _page = site
    assert client.get(f"{home.url}pas-encore/").status_code == 404
    response, count = queries(client, f"{home.url}pas-encore/")
    assert response.status_code == 404 and count > 0


def test_a_page_made_private_is_no_longer_given_to_anonymous_readers(client, site):
    _home, topic, page = site
    client.get(page.url)
    PageViewRestriction.objects.create(page=topic, restriction_type=PageViewRestriction.PASSWORD,
                                       password="secret")
    response = client.get(page.url)
    assert 'name="password"' in response.content.decode()
    assert "public" not in response.get("Cache-Control", "")


# Emptied when staff change something

def test_a_published_change_shows_at_once_to_this_and_to_another_reader(client, site):
    _home, _topic, page = site
    other = Client()
    client.get(page.url)
    other.get(page.url)
    draft = InformationPage.objects.get(pk=page.pk)
    draft.title = "Garantie locative : nouvelles règles"
    draft.save_revision().publish()
    assert "nouvelles règles" in text_of(client.get(page.url))
    assert "nouvelles règles" in text_of(other.get(page.url))


def test_a_draft_saved_changes_nothing_readers_see(client, site):
    _home, _topic, page = site
    client.get(page.url)
    draft = InformationPage.objects.get(pk=page.pk)
    draft.title = "Brouillon"
    draft.save_revision()
    assert queries(client, page.url)[1] == 0


def test_an_unpublished_page_is_gone_at_once(client, site):
    _home, _topic, page = site
    client.get(page.url)
    InformationPage.objects.get(pk=page.pk).unpublish()
    assert client.get(page.url).status_code == 404


def test_a_deleted_page_is_gone_at_once(client, site):
    _home, _topic, page = site
    client.get(page.url)
    InformationPage.objects.get(pk=page.pk).delete()
    assert client.get(page.url).status_code == 404


def test_a_moved_page_is_at_its_new_address_at_once(client, site):
    home, topic, page = site
    client.get(page.url)
    client.get(topic.url)
    other = factories.make_topic(home, title="Argent", slug="argent")
    InformationPage.objects.get(pk=page.pk).move(other, pos="last-child")
    assert client.get(page.url).status_code != 200  # a 404, or a redirect the site made
    assert "Garantie locative" not in text_of(client.get(topic.url))
    assert "Garantie locative" in text_of(client.get(f"{other.url}garantie/"))


def test_a_translation_synced_shows_at_once(client, site):
    _home, _topic, page = site
    dutch = factories.localize(InformationPage.objects.get(pk=page.pk), languages=["nl"])["nl"]
    client.get(dutch.url)
    french = InformationPage.objects.get(pk=page.pk)
    french.last_reviewed = datetime.date(2026, 3, 3)
    factories.publish(french)
    factories.localize(InformationPage.objects.get(pk=page.pk), languages=["nl"])
    assert "2026" in text_of(client.get(dutch.url))


@pytest.mark.parametrize("what", ["organisation", "channel", "closure day", "document"])
def test_a_saved_snippet_setting_or_file_empties_the_cache(client, site, what):
    home, _topic, page = site
    client.get(page.url)
    assert queries(client, page.url)[1] == 0
    if what == "organisation":
        organisation = factories.OrganisationDetails.objects.get(name="CPAS de Florival")
        organisation.name = "CPAS de Val-Fleuri"
        organisation.save()
        assert "CPAS de Val-Fleuri" in text_of(client.get(page.url))
        return
    if what == "channel":
        factories.make_channel("desk")
    elif what == "closure day":
        ClosureDay.objects.create(date=datetime.date(2026, 12, 24), label="Réveillon")
    else:
        from wagtail.documents import get_document_model

        get_document_model().objects.create(title="Formulaire", file="form.pdf")
    assert queries(client, page.url)[1] > 0


def test_answers_to_the_feedback_box_leave_the_cache_alone(client, site):
    from pages.feedback.views import vote_token

    _home, _topic, page = site
    client.get(page.url)
    answer = Client().post(reverse("page_feedback", args=[page.pk]),
                           {"form_token": vote_token(page), "helpful": "yes"})
    assert answer.status_code == 302
    assert queries(Client(), page.url)[1] == 0


# Pages that change with the clock

def test_the_reach_us_page_is_kept_only_until_a_channel_opens_or_closes(client, site):
    home, _topic, _page = site
    factories.make_channel("desk", hours=[
        {"type": "period", "value": {"weekday": str(day), "opens": "09:00:00",
                                     "closes": "12:00:00"}} for day in range(7)])
    page = factories.make_reach_us(home, title="Nous joindre", slug="joindre")
    client.get(page.url)
    assert queries(client, page.url)[1] == 0
    later = timezone.now() + datetime.timedelta(minutes=16)
    with mock.patch("pages.caching.store.time.time", return_value=later.timestamp()):
        assert queries(client, page.url)[1] > 0


def at(text):
    return timezone.make_aware(datetime.datetime.fromisoformat(text))


def test_open_now_holds_until_closing_time_or_the_quarter_hour():
    statuses = [OpenStatus(True, until=datetime.time(12, 0))]
    assert until_open_status_changes(at("2026-12-01 11:50"), statuses) == at("2026-12-01 12:00")
    assert until_open_status_changes(at("2026-12-01 10:02"), statuses) == at("2026-12-01 10:15")


def test_closed_now_holds_until_it_opens_or_midnight():
    opens_tomorrow = [OpenStatus(False, next_opens=datetime.time(9, 0), days_ahead=1,
                                 next_date=datetime.date(2026, 12, 2))]
    assert (until_open_status_changes(at("2026-12-01 23:50"), opens_tomorrow)
            == at("2026-12-02 00:00"))
    opens_today = [OpenStatus(False, next_opens=datetime.time(13, 30), days_ahead=0,
                              next_date=datetime.date(2026, 12, 1))]
    assert (until_open_status_changes(at("2026-12-01 13:20"), [*opens_today, None])
            == at("2026-12-01 13:30"))
