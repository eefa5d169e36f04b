"""The tasks counted beside page views: a contact form started (its first
screen shown) and sent, the rights explorer's results shown. Counted for
readers only, once each, with nothing about the reader."""

import pytest

from forms.models import ContactSubmission
from pages.usage import EXPLORER_RESULTS, FORM_STARTED, FORM_SUBMITTED
from tests.conftest import text_of
from tests.factories import make_site, make_user
from tests.forms.test_contact_form import answers, make_form_page
from tests.pages import usage_helpers
from tests.pages.usage_helpers import counts
from tests.rights_explorer.test_journey import ADULT_WITH_CHILDREN, answer_all, state_of
from tests.rights_explorer.test_journey import explorer as explorer_fixture

pytestmark = pytest.mark.django_db
counting = usage_helpers.counting
reader = usage_helpers.reader
explorer = explorer_fixture


@pytest.fixture
def form_page():
    return make_form_page(make_site())


def test_a_form_shown_then_sent_counts_one_start_and_one_submission(reader, form_page):
    assert reader.get(form_page.url).status_code == 200
    response = reader.post(form_page.url, answers())
    assert response.status_code == 302
    reader.get(response["Location"])  # the confirmation: neither a start nor a submission
    assert ContactSubmission.objects.count() == 1
    assert counts(FORM_STARTED) == {(FORM_STARTED, "fr", form_page.pk): 1}
    assert counts(FORM_SUBMITTED) == {(FORM_SUBMITTED, "fr", form_page.pk): 1}


def test_a_form_sent_with_mistakes_is_not_a_submission(reader, form_page):
    reader.post(form_page.url, answers(reply_email_again="other@example.org"))
    assert counts(FORM_SUBMITTED) == {}


def test_staff_trying_a_form_are_not_counted(reader, form_page):
    reader.force_login(make_user(superuser=True))
    reader.get(form_page.url)
    reader.post(form_page.url, answers())
    assert ContactSubmission.objects.count() == 1
    assert counts() == {}


def test_the_explorers_results_count_once_per_set_of_answers(reader, explorer):
    results, _asked = answer_all(reader, explorer, ADULT_WITH_CHILDREN)
    assert "Le revenu d'intégration" in text_of(results)
    # the same results posted again (a reload) are not a new completion
    reader.post(explorer.url, {"state": state_of(results), "action": "results"})
    assert counts(EXPLORER_RESULTS) == {(EXPLORER_RESULTS, "fr", explorer.pk): 1}
