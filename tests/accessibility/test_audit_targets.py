"""What the audit opens: every live page of every language, the restricted
ones listed but not opened, and the states a crawler never reaches (a form
with its errors, each explorer question and its results, search results),
narrowed by language, page or publication date."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from accessibility.audit.pool import chains, steps_of
from accessibility.audit.targets import live_pages, targets_for
from accessibility.models.runs import AuditedAddress
from tests.factories import make_page, make_site, translate
from tests.forms.test_contact_form import make_form_page
from tests.rights_explorer.rights_factories import make_explorer, make_question

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    home = make_site()
    page = make_page(home, title="Aide au logement", slug="logement")
    translate(page, "nl", title="Huisvestingshulp", slug="huisvesting")
    return home, page


def states(targets, page_id=None):
    return [target.state for target in targets
            if page_id is None or target.page_id == page_id]


def test_every_live_page_of_every_language_is_opened_drafts_are_not(site):
    home, page = site
    draft = make_page(home, title="Brouillon", live=False)
    targets = targets_for(live_pages())
    pages = {target.page_id for target in targets if target.state == AuditedAddress.PAGE}
    assert home.pk in pages and page.pk in pages and draft.pk not in pages
    dutch = [target for target in targets if target.locale == "nl"
             and target.state == AuditedAddress.PAGE]
    assert [target.url for target in dutch] == ["/nl/", "/nl/huisvesting/"]
    assert all(target.revision_id for target in targets if target.page_id)


def test_search_results_with_and_without_answers_in_each_language(site):
    searches = [target for target in targets_for(live_pages())
                if target.state == AuditedAddress.SEARCH_RESULTS]
    assert {(target.locale, target.url) for target in searches} == {
        ("fr", "/fr/recherche/?q=logement"), ("fr", "/fr/recherche/?q=zqxwvy"),
        ("nl", "/nl/zoeken/?q=Huisvestingshulp"), ("nl", "/nl/zoeken/?q=zqxwvy")}


def test_a_page_with_a_view_restriction_is_listed_as_not_opened(site):
    _home, page = site
    PageViewRestriction.objects.create(page=page, restriction_type="password",
                                       password="secret")  # noqa: S106
    [target] = [target for target in targets_for(live_pages()) if target.page_id == page.pk]
    assert "restricted" in target.unavailable


def test_a_form_is_also_submitted_empty_to_check_its_error_messages(site):
    home, _page = site
    form = make_form_page(home)
    [errors] = [target for target in targets_for(live_pages())
                if target.page_id == form.pk and target.state == AuditedAddress.FORM_ERRORS]
    assert errors.actions[0][0] == "submit"


def test_each_explorer_question_and_the_results_are_reached_by_answering(site):
    home, _page = site
    explorer = make_explorer(home)
    for slug in ("age", "income", "children"):
        make_question(slug)
    found = states(targets_for(live_pages()), explorer.pk)
    assert found.count(AuditedAddress.EXPLORER_STEP) == 3
    assert found.count(AuditedAddress.EXPLORER_RESULTS) == 1
    assert AuditedAddress.FORM_ERRORS in found


def test_without_states_only_the_pages_are_opened(site):
    home, _page = site
    make_form_page(home)
    assert set(states(targets_for(live_pages(), include_states=False))) == {
        AuditedAddress.PAGE}


def test_a_run_narrowed_by_language_page_or_date(site):
    home, page = site
    assert {p.locale.language_code for p in live_pages(locale="nl")} == {"nl"}
    assert [p.pk for p in live_pages(page=page.pk)] == [page.pk]
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    assert live_pages(changed_since=tomorrow) == []
    type(page).objects.filter(pk=page.pk).update(last_published_at=tomorrow)
    assert [p.pk for p in live_pages(changed_since=tomorrow)] == [page.pk]


def test_the_feedback_box_is_answered_only_when_the_auditor_asks(site):
    assert AuditedAddress.FORM_CONFIRMATION not in states(targets_for(live_pages()))
    assert AuditedAddress.FORM_CONFIRMATION in states(
        targets_for(live_pages(), include_submissions=True))


def test_the_explorer_questions_are_checked_one_after_the_other_not_replayed(site):
    """Question N is reached from question N-1 in the same browser session:
    N questions cost N steps, not N²/2 page loads and answers."""
    home, _page = site
    explorer = make_explorer(home)
    for slug in ("age", "income", "children"):
        make_question(slug)
    targets = [target for target in targets_for(live_pages()) if target.page_id == explorer.pk]
    found = [[target.state for target in chain] for chain in chains(targets)]
    step, errors = AuditedAddress.EXPLORER_STEP, AuditedAddress.FORM_ERRORS
    assert found == [[AuditedAddress.PAGE], [step, errors], [step, step],
                     [AuditedAddress.EXPLORER_RESULTS]]
    journey = chains(targets)[2]
    # the second step only answers once more, from where the first one stopped
    assert [action[0] for action in steps_of(journey)[1]] == ["tick", "submit", "expect"]


def test_a_form_is_completed_and_sent_for_its_confirmation_only_when_the_auditor_asks(site):
    home, _page = site
    form = make_form_page(home)
    assert AuditedAddress.FORM_CONFIRMATION not in states(targets_for(live_pages()), form.pk)
    [sent] = [target for target in targets_for(live_pages(), include_submissions=True)
              if target.page_id == form.pk and target.state == AuditedAddress.FORM_CONFIRMATION]
    repeat, absent = sent.actions
    assert repeat[0] == "repeat" and [action[0] for action in repeat[3]] == ["complete", "submit"]
    assert absent[0] == "absent", "a form still on screen: the confirmation was not reached"
