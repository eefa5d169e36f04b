"""The status page: a citizen who gives the right reference and e-mail address
or phone number sees where the request stands; anyone else learns nothing."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.test import override_settings
from django.urls import reverse
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from forms import references
from forms.models import ContactFormPage, ContactSubmission
from tests.conftest import text_of
from tests.factories import make_site, publish
from tests.forms.test_contact_form import answers, make_form_page

pytestmark = pytest.mark.django_db

REFERENCE = "K7P-4RM-9M3"
OTHER_REFERENCE = "223-456-78C"  # valid, never stored
DUE = datetime.date(2026, 12, 29)


def status_url(language="fr"):
    with translation.override(language):
        return reverse("balise_forms:status_lookup")


@pytest.fixture
def form_page():
    home = make_site()
    return publish(home.add_child(instance=ContactFormPage(
        title="Poser une question", slug="question", locale=home.locale,
        answering_service="Le service social")))


def make_submission(page, reference=REFERENCE, **fields):
    values = {"form_data": {}, "page": page, "reply_by": "email",
              "email": "Jan.Peeters@example.org", "phone": "+32470123456", "due_date": DUE,
              "locale_id": page.locale_id, "translation_key": page.translation_key,
              "reference": reference, "status": "in_progress",
              "citizen_note": "Nous attendons la réponse du propriétaire.",
              "topic": "Loyer", "service": "Le service logement"}
    values.update(fields)
    return ContactSubmission.objects.create(**values)


@pytest.fixture
def submission(form_page):
    return make_submission(form_page)


def look_up(client, reference=REFERENCE, contact="jan.peeters@example.org", language="fr",
            **extra):
    return client.post(status_url(language), {"reference": reference, "contact": contact},
                       **extra)


def without_typed_values(response, *typed):
    page = response.content.decode()
    for value in typed:
        page = page.replace(f'value="{value}"', 'value=""')
    return page


def test_the_references_are_valid():
    assert references.is_valid(REFERENCE) and references.is_valid(OTHER_REFERENCE)


def test_the_status_page_has_its_own_address_in_each_language():
    assert status_url("fr") == "/fr/suivi-demande/"
    assert status_url("nl") == "/nl/status-aanvraag/"
    assert status_url("de") == "/de/anfragestatus/"
    assert status_url("en") == "/en/request-status/"


def test_the_right_reference_and_email_show_the_status_the_date_and_the_note(
        client, submission):
    response = look_up(client)
    page = response.content.decode()
    assert response.status_code == 200
    assert "En cours de traitement" in page
    assert "mardi 29 décembre 2026" in page
    assert "Nous attendons la réponse du propriétaire." in page
    assert not re.search(r"<title>\s*Erreur", page)


def test_the_status_page_shows_nothing_else_of_the_request(client, submission):
    page = look_up(client).content.decode()
    for private in ("Jan.Peeters", "+32470123456", "470", "Loyer", "Le service logement"):
        assert private not in page


def test_the_right_reference_and_phone_number_show_the_status_in_dutch(client, submission):
    response = look_up(client, contact="0470 12 34 56", language="nl")
    page = response.content.decode()
    assert "In behandeling" in page
    assert "dinsdag 29 december 2026" in page


def test_a_reference_typed_in_lower_case_with_spaces_works(client, submission):
    response = look_up(client, reference=" k7p 4rm 9m3 ", contact="JAN.PEETERS@EXAMPLE.ORG ")
    assert "Nous attendons la réponse du propriétaire." in response.content.decode()


def test_no_note_means_no_note_heading(client, form_page):
    make_submission(form_page, citizen_note="", status="received")
    page = look_up(client, language="en").content.decode()
    assert "Received" in page
    assert "Message from us" not in page


def test_every_wrong_pair_gets_the_same_page(client, form_page, submission):
    make_submission(form_page, reference="A23-456-78V", email="", phone="+3225550000")
    assert references.is_valid("A23-456-78V")
    wrong_pairs = [
        (OTHER_REFERENCE, "jan.peeters@example.org"),  # unknown reference
        (REFERENCE, "jan.peters@example.org"),  # wrong e-mail address
        (REFERENCE, "0470 12 34 57"),  # wrong phone number
        ("K7P-4RM-9M4", "jan.peeters@example.org"),  # bad check character
        ("A23-456-78V", "jan.peeters@example.org"),  # a request with no e-mail address
        ("A23-456-78V", "@"),
    ]
    responses = [look_up(client, reference, contact) for reference, contact in wrong_pairs]
    pages = {without_typed_values(response, reference, contact)
             for response, (reference, contact) in zip(responses, wrong_pairs, strict=True)}
    assert {response.status_code for response in responses} == {200}
    assert len(pages) == 1
    page = pages.pop()
    assert "Nous n’avons trouvé aucune demande" in page
    assert re.search(r"<title>\s*Erreur", page)
    assert "En cours de traitement" not in page


def test_an_empty_form_asks_for_both_fields(client):
    response = client.post(status_url("en"), {"reference": "", "contact": ""})
    page = response.content.decode()
    assert "Enter your reference" in page
    assert "Enter the e-mail address or phone number you gave with your request" in page
    assert re.search(r"<title>\s*Error:", page)


def test_the_link_from_the_confirmation_fills_in_the_reference_but_never_the_email(client):
    page = make_form_page(make_site())
    confirmation = client.get(client.post(page.url, answers())["Location"]).content.decode()
    stored = ContactSubmission.objects.get()
    link = re.search(r'href="([^"]*suivi-demande[^"]*)"', confirmation).group(1)
    assert link == f"/fr/suivi-demande/?reference={stored.reference}"
    lookup = client.get(link.replace("&amp;", "&")).content.decode()
    assert f'value="{stored.reference}"' in lookup
    assert "jan.peeters" not in lookup


@override_settings(BALISE_FORMS={"STATUS_LOOKUP_WRONG_TRIES_PER_REFERENCE": 2})
def test_wrong_tries_on_one_reference_close_it_for_an_hour_whoever_tries(client, submission):
    for address in ("10.0.0.1", "10.0.0.2"):
        look_up(client, contact="a@example.org", REMOTE_ADDR=address)
    refused = look_up(client, REMOTE_ADDR="10.0.0.3")
    assert refused.status_code == 429
    assert "trop de tentatives" in refused.content.decode()
    assert "En cours de traitement" not in refused.content.decode()
    other = make_submission(submission.page, reference=OTHER_REFERENCE)
    assert look_up(client, reference=other.reference, REMOTE_ADDR="10.0.0.3").status_code == 200


@override_settings(BALISE_FORMS={"STATUS_LOOKUP_WRONG_TRIES_PER_CLIENT": 3})
def test_one_client_trying_many_references_is_refused_but_others_are_not(
        client, submission):
    for reference in (references.new_reference() for _ in range(3)):
        look_up(client, reference=reference, REMOTE_ADDR="10.0.0.1")
    refused = look_up(client, REMOTE_ADDR="10.0.0.1")
    assert refused.status_code == 429
    assert "En cours de traitement" not in refused.content.decode()
    elsewhere = look_up(client, REMOTE_ADDR="10.0.0.2")
    assert "En cours de traitement" in elsewhere.content.decode()


@override_settings(BALISE_FORMS={"STATUS_LOOKUP_WRONG_TRIES_PER_CLIENT": 3})
def test_right_pairs_never_count_against_a_public_computer(client, submission):
    for _ in range(10):
        response = look_up(client, REMOTE_ADDR="10.0.0.1")
        assert "En cours de traitement" in response.content.decode()


@override_settings(BALISE_FORMS={"STATUS_LOOKUP_WRONG_TRIES_PER_CLIENT": 3,
                                 "STATUS_LOOKUP_WRONG_TRIES_PER_REFERENCE": 5})
def test_a_citizen_mistyping_their_address_does_not_close_a_public_computer(
        client, form_page, submission):
    """Four tries on one's own reference count once for the computer; the
    next citizen at the same computer still gets their status."""
    for _ in range(4):
        response = look_up(client, contact="jan.peters@example.org", REMOTE_ADDR="10.0.0.1")
        assert response.status_code == 200 and "En cours de traitement" not in text_of(response)
    other = make_submission(form_page, reference=OTHER_REFERENCE, email="ana@example.org")
    response = look_up(client, reference=other.reference, contact="ana@example.org",
                       REMOTE_ADDR="10.0.0.1")
    assert "En cours de traitement" in text_of(response)


@override_settings(BALISE_FORMS={"STATUS_LOOKUP_WRONG_TRIES_PER_CLIENT": 3})
def test_mistyped_references_do_not_close_a_public_computer(client, submission):
    """A reference with a wrong character is refused by its check character,
    with the same neutral message, and is not counted."""
    mistyped = "K7P-4RM-9M4"
    assert not references.is_valid(mistyped)
    for _ in range(10):
        response = look_up(client, reference=mistyped, REMOTE_ADDR="10.0.0.1")
        assert response.status_code == 200
        assert "Nous n’avons trouvé aucune demande" in text_of(response)
    assert "En cours de traitement" in text_of(look_up(client, REMOTE_ADDR="10.0.0.1"))


def stored_cache_keys():
    """The keys as stored: local memory's, or the Redis server's (bin/test's
    PostgreSQL run)."""
    if hasattr(cache._cache, "get_client"):
        return [key.decode() for key in cache._cache.get_client().keys("*")]
    return list(cache._cache)


def test_the_throttle_stores_no_ip_address(client, submission):
    look_up(client, contact="a@example.org", REMOTE_ADDR="192.0.2.77")
    keys = stored_cache_keys()
    assert keys and not any("192.0.2.77" in key or "K7P" in key for key in keys)


def test_the_result_is_never_cached(client, submission):
    assert "no-store" in look_up(client)["Cache-Control"]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=st.dictionaries(
    st.sampled_from(["reference", "contact", "other"]),
    st.one_of(st.text(max_size=300), st.sampled_from(["", "@", "\x00", "k7p4rm9m3",
                                                        "a" * 5000, "+32 470 12 34 57"])),
))
def test_any_post_gets_an_answer_never_a_server_error(client, submission, fields):
    cache.clear()
    response = client.post(status_url(), fields)
    assert response.status_code in {200, 429}
    assert "En cours de traitement" not in response.content.decode()
