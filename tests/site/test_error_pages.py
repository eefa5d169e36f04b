"""Error pages in the site's design and the reader's language, and never an
error page that itself fails; errors reach the logs."""

import logging

import pytest
from django.db import DatabaseError
from django.test import Client

from tests.conftest import LANGUAGES, outline, text_of

HEADINGS = {
    400: {"fr": "Nous n'avons pas pu lire cette demande",
          "nl": "We konden deze aanvraag niet lezen",
          "de": "Wir konnten diese Anfrage nicht lesen", "en": "We could not read this request"},
    403: {"fr": "Vous ne pouvez pas ouvrir cette page", "nl": "U kunt deze pagina niet openen",
          "de": "Sie können diese Seite nicht öffnen", "en": "You cannot open this page"},
    404: {"fr": "Page introuvable", "nl": "Pagina niet gevonden", "de": "Seite nicht gefunden",
          "en": "Page not found"},
    500: {"fr": "Une erreur s'est produite", "nl": "Er ging iets mis",
          "de": "Es ist ein Fehler aufgetreten", "en": "Something went wrong"},
}
CSRF_HEADINGS = {"fr": "Le formulaire n'a pas pu être envoyé",
                 "nl": "Het formulier kon niet worden verstuurd",
                 "de": "Das Formular konnte nicht gesendet werden",
                 "en": "The form could not be sent"}
FALLBACK = "Réessayez dans quelques minutes"  # the static 500 page's French line


@pytest.fixture
def failing_site(settings):
    settings.ROOT_URLCONF = "tests.site.error_urls"
    return Client(raise_request_exception=False)


def url_for(status, language):
    if status == 404:
        return f"/{language}/cette-page-n-existe-pas/"
    return f"/{language}/test-errors/{status}/"


def assert_designed(response, status, language, heading):
    assert response.status_code == status
    html = response.content.decode()
    page = outline(response)
    assert page.html_lang == language
    assert "<header" in html and "<footer" in html, "the site's header and footer"
    assert page.title.startswith(heading)
    assert heading in text_of(response)
    assert page.h1_count == 1
    assert any(link.get("href") == f"/{language}/" for link in page.links), "a way home"


@pytest.mark.parametrize("status", [400, 403, 404, 500])
@pytest.mark.parametrize("language", LANGUAGES)
def test_each_error_page_is_in_the_design_and_the_readers_language(
        failing_site, demo_pages, status, language):
    response = failing_site.get(url_for(status, language))
    assert_designed(response, status, language, HEADINGS[status][language])


def test_an_address_without_language_gets_the_page_in_the_browsers_language(demo_pages, client):
    response = client.get("/pas-de-langue-ici/", HTTP_ACCEPT_LANGUAGE="de", follow=True)
    assert_designed(response, 404, "de", HEADINGS[404]["de"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_form_sent_without_its_security_token_gets_the_designed_403(demo_pages, language):
    csrf_client = Client(enforce_csrf_checks=True)
    response = csrf_client.post(f"/{language}/", {"anything": "1"})
    assert_designed(response, 403, language, CSRF_HEADINGS[language])
    assert "cookies" in text_of(response).lower()


def test_the_500_page_falls_back_to_a_static_page_when_the_design_fails(
        failing_site, demo_pages, monkeypatch):
    def database_down(request):
        raise DatabaseError("the database is down")

    monkeypatch.setattr("pages.navigation.organisation", database_down)
    response = failing_site.get("/nl/test-errors/500/")
    assert response.status_code == 500
    assert FALLBACK in response.content.decode()
    assert "Something went wrong. Try again in a few minutes" in response.content.decode()


def test_a_400_for_a_host_the_site_does_not_serve_is_the_static_page(
        failing_site, demo_pages, settings):
    settings.ALLOWED_HOSTS = ["cpas.example"]
    response = failing_site.get("/fr/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert FALLBACK in response.content.decode()


def test_a_server_error_is_logged_with_its_traceback(failing_site, demo_pages, caplog):
    with caplog.at_level(logging.ERROR):
        failing_site.get("/fr/test-errors/500/")
    records = [r for r in caplog.records if r.name == "django.request"]
    assert records and records[0].levelno == logging.ERROR
    assert "a bug in a view" in str(records[0].exc_info[1])


def test_a_csrf_failure_is_logged_as_a_security_warning(demo_pages, caplog):
    with caplog.at_level(logging.WARNING):
        Client(enforce_csrf_checks=True).post("/fr/", {"anything": "1"})
    assert any(r.name == "django.security.csrf" for r in caplog.records)
