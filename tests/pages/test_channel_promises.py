"""Every page promises the same answer time: the e-mail channel, the video
channel and the forms read it from the site settings, so changing it there
changes every promise at once; and "How to reach us" leads to the forms."""

import pytest
from django.utils import translation
from django.utils.html import escape

from pages.models import ContactChannel, SiteSettings
from tests.factories import (
    make_channel,
    make_page,
    make_reach_us,
    make_site,
    translate,
    translate_snippet,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def home():
    return make_site()


def set_promises(home, **days):
    settings = SiteSettings.for_site(home.get_site())
    for name, value in days.items():
        setattr(settings, name, value)
    settings.save()


def page_text(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_the_email_channel_promises_the_sites_answer_time_not_its_own_text(client, home):
    reach_us = make_reach_us(home, title="Nous contacter", slug="contact")
    make_channel("email", name="Par e-mail", email="info@example.org",
                 response_time="Nous répondons dans les 5 jours ouvrables.")
    set_promises(home, question_answer_days=3)
    text = page_text(client, reach_us)
    assert "Nous répondons dans les 3 jours ouvrables." in text
    assert "5 jours" not in text


def test_changing_the_setting_changes_the_promise_on_the_page(client, home):
    reach_us = make_reach_us(home, title="Nous contacter", slug="contact")
    make_channel("email", name="Par e-mail", email="info@example.org")
    set_promises(home, question_answer_days=2)
    assert "Nous répondons dans les 2 jours ouvrables." in page_text(client, reach_us)
    set_promises(home, question_answer_days=1)
    assert "Nous répondons dans 1 jour ouvrable." in page_text(client, reach_us)


def test_the_video_channel_promises_the_callback_time_and_the_desk_keeps_its_text(
        client, home):
    reach_us = make_reach_us(home, title="Nous contacter", slug="contact")
    make_channel("video", name="En vidéo")
    make_channel("desk", name="Au guichet", response_time="Quelqu'un vous reçoit le jour même.")
    set_promises(home, callback_answer_days=4)
    text = page_text(client, reach_us)
    assert "Nous vous proposons un rendez-vous dans les 4 jours ouvrables." in text
    assert escape("Quelqu'un vous reçoit le jour même.") in text


def test_the_promise_is_in_the_readers_language():
    channel = ContactChannel(kind="email")
    settings = SiteSettings(question_answer_days=2)
    with translation.override("nl"):
        assert channel.promise(settings) == "Wij antwoorden binnen 2 werkdagen."
    with translation.override("de"):
        assert channel.promise(settings) == "Wir antworten innerhalb von 2 Werktagen."


def test_a_channel_links_its_form_in_the_readers_language(client, home):
    form = make_page(home, title="Poser une question", slug="question")
    reach_us = make_reach_us(home, title="Nous contacter", slug="contact")
    channel = make_channel("email", name="Par e-mail", email="info@example.org", form_page=form)
    assert f'href="{form.url}"' in page_text(client, reach_us)
    translate_snippet(channel, "nl", name="Per e-mail")
    dutch_reach_us = translate(reach_us, "nl", title="Contact", slug="contact")
    dutch_form = translate(form, "nl", title="Een vraag stellen", slug="vraag")
    text = page_text(client, dutch_reach_us)
    assert f'href="{dutch_form.url}"' in text and "Een vraag stellen" in text


def test_contact_us_lists_its_forms_and_leaves_out_a_draft(client, home):
    question = make_page(home, title="Poser une question", slug="question")
    draft = make_page(home, title="Introduire une plainte", slug="plainte", live=False)
    reach_us = make_reach_us(home, title="Nous contacter", slug="contact", forms=[
        ("task", {"page": question, "label": "", "description": "Une question"}),
        ("task", {"page": draft, "label": "", "description": "Une plainte"}),
    ])
    text = page_text(client, reach_us)
    assert "Nous écrire avec un formulaire" in text
    assert f'href="{question.url}"' in text
    assert "Introduire une plainte" not in text
