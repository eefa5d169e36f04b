"""The "not for urgent questions" notice takes the phone line, its hours and
the emergency numbers from the organisation's details, in the reader's language."""

import pytest

from pages.models import OrganisationDetails
from tests.factories import make_organisation, make_site, translate, translate_snippet
from tests.forms.test_contact_form import make_form_page

pytestmark = pytest.mark.django_db


def urgent(html):
    start = html.index("contact-form__urgent")
    return html[start:html.index("</div>", start)]


@pytest.fixture
def home():
    home = make_site()
    make_organisation(
        home, phone="02 555 12 34",
        phone_hours=[{"type": "period", "value": {"weekday": "0", "opens": "09:00",
                                                    "closes": "12:00"}}],
        emergency_numbers=[{"type": "number", "value": {
            "label": "Urgence sociale", "number": "0800 12 345", "note": "24 h sur 24"}}])
    return home


def test_the_notice_gives_the_phone_its_hours_and_the_emergency_numbers(client, home):
    text = urgent(client.get(make_form_page(home).url).content.decode())
    assert "02 555 12 34" in text
    assert "Lundi" in text and "de 9:00 à 12:00" in text
    assert "Urgence sociale" in text and 'href="tel:080012345"' in text


def test_dutch_readers_get_the_dutch_emergency_labels(client, home):
    translate_snippet(OrganisationDetails.objects.get(), "nl", emergency_numbers=[
        {"type": "number", "value": {"label": "Sociale noodhulp", "number": "0800 12 345"}}])
    dutch = translate(make_form_page(home), "nl", title="Een vraag stellen", slug="vraag")
    text = urgent(client.get(dutch.url).content.decode())
    assert "Sociale noodhulp" in text and "Urgence sociale" not in text
    assert "Dit formulier is niet voor dringende vragen" in text


def test_a_form_can_leave_the_notice_out(client, home):
    html = client.get(make_form_page(home, show_urgent_notice=False).url).content.decode()
    assert "contact-form__urgent" not in html
