"""The service a citizen is told answers is the service the request goes
to: a form or topic without its own wording shows the routed service's name
in the reader's language, on the form, in the privacy notice and when stored."""

import pytest

from forms.models import ContactFormTopic, ContactSubmission, Service
from tests.factories import locales, make_site, translate, translate_snippet
from tests.forms.test_contact_form import answers, make_form_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def energy():
    service = Service.objects.create(name="La cellule énergie", locale=locales()["fr"])
    translate_snippet(service, "nl", name="De energiecel")
    return service


def test_a_form_without_its_own_wording_names_the_routed_service(client, energy):
    page = make_form_page(make_site(), answering_service="", routed_to=energy)
    text = client.get(page.url).content.decode()
    assert "La cellule énergie répond à votre question." in text
    assert "Seul ce service peut les lire : La cellule énergie." in text
    client.post(page.url, answers())
    submission = ContactSubmission.objects.get()
    assert (submission.service, submission.assigned_to) == ("La cellule énergie", energy)


def test_the_dutch_form_names_the_dutch_service(client, energy):
    page = make_form_page(make_site(), answering_service="", routed_to=energy)
    dutch = translate(page, "nl", title="Een vraag", slug="vraag")
    assert "De energiecel beantwoordt uw vraag." in client.get(dutch.url).content.decode()


def test_a_topic_without_its_own_wording_names_its_routed_service(energy):
    page = make_form_page(make_site())
    topic = ContactFormTopic.objects.create(page=page, label="Gaz", routed_to=energy)
    assert topic.answering_service() == "La cellule énergie"
    worded = ContactFormTopic.objects.create(page=page, label="Loyer", service="Le logement",
                                             routed_to=energy)
    assert worded.answering_service() == "Le logement"
