"""The privacy notice before the submit button says what the form really
does: the period comes from the same field the purge uses."""

import pytest
from django.core import checks
from django.test import override_settings

from forms.models import ContactFormTopic
from tests.factories import make_site, translate
from tests.forms.test_contact_form import make_form_page

pytestmark = pytest.mark.django_db

DPO = {"name": "Marie Dubois", "email": "dpo@cpas-test.be"}


def notice(html):
    start = html.index('class="contact-form__privacy"')
    return html[start:html.index("</section>", start)]


@override_settings(BALISE_FORMS={"DATA_PROTECTION_OFFICER": DPO})
def test_the_notice_says_the_period_the_service_and_the_officer_before_the_button(client):
    form_page = make_form_page(make_site(), retention_days=180)
    html = client.get(form_page.url).content.decode()
    text = notice(html)
    assert "180 jours" in text
    assert "Le service social" in text
    assert "dpo@cpas-test.be" in text and "Marie Dubois" in text
    assert "autoriteprotectiondonnees.be" in text
    assert html.index("contact-form__privacy") < html.index(">Envoyer</button>")
    assert "checked" not in text


def test_changing_the_retention_period_changes_the_notice(client):
    form_page = make_form_page(make_site(), retention_days=30)
    assert "30 jours" in notice(client.get(form_page.url).content.decode())
    form_page.retention_days = 730
    form_page.save_revision().publish()
    text = notice(client.get(form_page.url).content.decode())
    assert "730 jours" in text
    assert "30 jours" not in text.replace("730 jours", "")


def test_without_a_name_the_notice_says_our_data_protection_officer(client):
    with override_settings(BALISE_FORMS={"DATA_PROTECTION_OFFICER": {"email": "dpo@cpas.be"}}):
        text = notice(client.get(make_form_page(make_site()).url).content.decode())
    assert "écrivez à notre délégué à la protection des données" in text
    assert 'href="mailto:dpo@cpas.be"' in text


def test_the_notice_names_the_service_of_the_chosen_topic(client):
    form_page = make_form_page(make_site())
    topic = ContactFormTopic.objects.create(page=form_page, label="Loyer",
                                            service="Le service énergie")
    text = notice(client.get(f"{form_page.url}?topic={topic.pk}").content.decode())
    assert "Le service énergie" in text
    assert "Le service social" not in text


@pytest.mark.parametrize(("language", "words"), [
    ("nl", "365 dagen"), ("de", "365 Tage"), ("en", "365 days")])
def test_the_notice_is_in_the_reader_language(client, language, words):
    form_page = make_form_page(make_site())
    translated = translate(form_page, language, title=f"Form {language}", slug=f"f-{language}")
    assert words in notice(client.get(translated.url).content.decode())


def test_a_site_without_its_own_data_protection_officer_gets_a_warning():
    with override_settings(BALISE_FORMS={}):
        assert "balise_forms.W001" in {m.id for m in checks.run_checks()}
    with override_settings(BALISE_FORMS={"DATA_PROTECTION_OFFICER": DPO}):
        assert "balise_forms.W001" not in {m.id for m in checks.run_checks()}
