""""Did this page help you?": the two steps a reader goes through without
JavaScript, what is stored (nothing that identifies them) and what staff see."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from pages.feedback.views import vote_token
from pages.models import InformationPage, PageFeedback
from tests import factories
from tests.conftest import outline, text_of


@pytest.fixture
def page(db):
    """A Dutch information page (a translation, as readers of /nl/ get it)
    and, beside it, a second one."""
    site = factories.make_site_in_four_languages()
    factories.make_translated_page(site.money, fr={"title": "Votre premier rendez-vous"},
                                   nl={"title": "Uw eerste afspraak", "slug": "eerste-afspraak"})
    return InformationPage.objects.get(locale__language_code="nl", slug="leefloon")


def answer(client, page, helpful):
    return client.post(reverse("page_feedback", args=[page.pk]),
                       {"helpful": helpful, "form_token": vote_token(page)})


def test_yes_or_no_is_saved_at_once_then_a_comment_can_be_added(client, page):
    response = answer(client, page, "no")
    assert response.status_code == 302 and response["Location"].endswith("#feedback")
    feedback = PageFeedback.objects.get(page=page)
    assert feedback.helpful is False and feedback.comment == ""
    form_page = client.get(response["Location"])
    assert "Wilt u ons meer vertellen?" in text_of(form_page)
    token = response["Location"].split("feedback=")[1].split("#")[0]
    done = client.post(reverse("page_feedback_comment", args=[page.pk]),
                       {"token": token, "comment": "Het bedrag voor een gezin staat er niet."})
    assert "Bedankt voor uw antwoord" in text_of(client.get(done["Location"]))
    feedback.refresh_from_db()
    assert feedback.comment == "Het bedrag voor een gezin staat er niet."


def test_personal_data_in_a_comment_is_masked_before_it_is_stored(client, page):
    response = answer(client, page, "yes")
    token = response["Location"].split("feedback=")[1].split("#")[0]
    client.post(reverse("page_feedback_comment", args=[page.pk]), {
        "token": token,
        "comment": "Bel mij op 0470 12 34 56 of mail jan.peeters@example.be, "
                   "mijn rijksregisternummer is 85.07.30-033.28.",
    })
    stored = PageFeedback.objects.get(page=page).comment
    assert stored == "Bel mij op ▒▒▒ of mail ▒▒▒, mijn rijksregisternummer is ▒▒▒."


def test_bad_input_gets_a_translated_message_and_never_a_500(client, page):
    response = client.post(reverse("page_feedback", args=[page.pk]),
                           {"helpful": "maybe", "form_token": vote_token(page)}, follow=True)
    assert response.status_code == 200 and "Kies" in text_of(response)
    assert not PageFeedback.objects.exists()
    token = answer(client, page, "no")["Location"].split("feedback=")[1].split("#")[0]
    too_long = client.post(reverse("page_feedback_comment", args=[page.pk]),
                           {"token": token, "comment": "a" * 1001})
    assert too_long.status_code == 400
    assert outline(too_long).title.startswith("Fout: "), "the title says there is an error"
    assert "te lang" in text_of(too_long) and "a" * 1001 in too_long.content.decode(), \
        "the text typed is kept in the form"
    forged = client.post(reverse("page_feedback_comment", args=[page.pk]),
                         {"token": "1:forged", "comment": "hallo"}, follow=True)
    assert forged.status_code == 200
    assert PageFeedback.objects.filter(comment="hallo").count() == 0
    other_page = InformationPage.objects.get(locale__language_code="nl", slug="eerste-afspraak")
    client.post(reverse("page_feedback_comment", args=[other_page.pk]),
                {"token": token, "comment": "elders"})
    assert not PageFeedback.objects.filter(comment="elders").exists(), \
        "a token only works for the page it was given on"
    assert client.get(reverse("page_feedback", args=[page.pk])).status_code == 405
    assert client.post(reverse("page_feedback", args=[999999]),
                       {"helpful": "yes", "form_token": vote_token(page)}).status_code == 404


def test_staff_see_helpful_percentage_per_page_comments_and_a_csv(client, page):
    for helpful in ("yes", "yes", "yes", "no"):
        answer(client, page, helpful)
    PageFeedback.objects.filter(helpful=False).update(comment="Te moeilijk")
    staff = get_user_model().objects.create_superuser("staff", "s@example.org", "pw")
    client.force_login(staff)
    report = client.get(reverse("balise_feedback_report"))
    assert report.status_code == 200
    row = text_of(report).split(page.title)[1][:80]
    assert "75 %" in row
    exported = client.get(reverse("balise_feedback_report") + "?export=csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(exported.streaming_content).decode())))
    # the admin speaks the site's first language, French, unless staff choose another
    assert rows[0]["Oui"] == "3" and rows[0]["Non"] == "1" and rows[0]["Utile (%)"] == "75"
    detail = client.get(reverse("balise_feedback_detail", args=[page.pk]))
    assert "Te moeilijk" in text_of(detail)


def test_the_answer_is_in_the_page_language_whatever_the_address_says(client, page):
    """An answer posted to another language's address (here the site's
    default, as ``reverse`` gives it outside a request) is read in the page's
    language (seen when this file's tests ran alone: the message came in the
    default language)."""
    response = client.post(reverse("page_feedback", args=[page.pk]),
                           {"helpful": "maybe", "form_token": vote_token(page)},
                           follow=True)
    assert "Kies ‘Ja’ of ‘Nee’" in text_of(response)
    token = answer(client, page, "no")["Location"].split("feedback=")[1].split("#")[0]
    too_long = client.post(reverse("page_feedback_comment", args=[page.pk]),
                           {"token": token, "comment": "a" * 1001})
    assert outline(too_long).html_lang == "nl" and "te lang" in text_of(too_long)
