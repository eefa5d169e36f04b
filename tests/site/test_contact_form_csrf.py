"""On the reference site, a contact form sent with an expired security
token comes back with every answer kept, not the CSRF error page."""

from django.test import Client

from forms.models import ContactSubmission
from tests.factories import make_site
from tests.forms.test_contact_form import answers, make_form_page


def test_an_expired_token_on_a_contact_form_keeps_the_answers(db):
    page = make_form_page(make_site())
    response = Client(enforce_csrf_checks=True).post(page.url, answers())
    html = response.content.decode()
    assert response.status_code == 200 and "Comment demander une aide ?" in html
    assert ContactSubmission.objects.count() == 0


def test_elsewhere_the_designed_csrf_page_still_answers(db):
    make_site()
    response = Client(enforce_csrf_checks=True).post("/fr/recherche/", {"q": "x"})
    assert response.status_code == 403
