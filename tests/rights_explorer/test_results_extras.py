"""What the explorer's results offer beyond the list of rights: a summary to
show a social worker, "Ask us about these rights" (the contact form opens
with the rights listed, nothing sent), the anonymous counters of results
shown and of "unexpected result?", and the staff report over them."""

import datetime
import re

import pytest
from django.apps import apps
from django.urls import reverse
from django.utils import timezone

from forms.models import ContactFormTopic, ContactSubmission
from pages import prefill
from rights_explorer.models import ResultCount
from tests.conftest import text_of
from tests.factories import make_site, permission, staff_member
from tests.forms.test_contact_form import answers, make_form_page
from tests.rights_explorer import test_journey
from tests.rights_explorer.test_journey import ADULT_WITH_CHILDREN, answer, question_of, state_of

pytestmark = pytest.mark.django_db
explorer = test_journey.explorer  # the fixture: six questions, three rights

CHILDREN = "98765"  # an answer distinctive enough to be looked for everywhere
ANSWERS = {**ADULT_WITH_CHILDREN, "in_belgium": "dont_know", "children": CHILDREN}


def journey(client, page, answers):
    """Every answer posted; the results, and the data of the last POST
    (what a browser sends again on reload)."""
    response, data = client.post(page.url), None
    while 'value="answer"' in response.content.decode():
        data = {"state": state_of(response), "question": question_of(response),
                "action": "answer", "answer": answers[question_of(response)]}
        response = client.post(page.url, data)
        assert response.status_code == 200
    return response, data


def csv_of(response):
    return b"".join(response.streaming_content).decode("utf-8-sig")


def counts():
    return {(row.right, row.outcome): (row.shown, row.unexpected)
            for row in ResultCount.objects.all()}


def assert_nothing_kept(client, response, value=CHILDREN):
    assert value not in str(response.cookies) and value not in str(client.cookies)
    assert "sessionid" not in client.cookies
    for header, text in response.items():
        assert header == "Content-Length" or value not in text, header
    assert "?" not in "".join(re.findall(r'action="([^"]*)"', response.content.decode()))


# "Show this to a social worker"

def test_the_summary_gives_the_answers_in_plain_words_and_the_rights_by_group(
        explorer, client):
    models = [model for model in apps.get_models() if model is not ResultCount]
    rows = {model: model.objects.count() for model in models}
    results, _data = journey(client, explorer, ANSWERS)
    assert "Montrer à un assistant social" in text_of(results)
    summary = client.post(explorer.url, {"state": state_of(results), "action": "summary"})
    assert summary.status_code == 200 and "no-store" in summary["Cache-Control"]
    text = text_of(summary)
    assert "Résumé pour un assistant social" in text
    assert f"Combien d'enfants ? {CHILDREN}" in text
    assert "Vivez-vous en Belgique ? Je ne sais pas / Je préfère ne pas répondre" in text
    assert "Une question qu'aucune règle n'utilise" not in text  # never asked
    probably = text.split("Probablement droit à")[1].split("Peut-être droit à")[0]
    assert "Les allocations familiales" in probably
    maybe = text.split("Peut-être droit à")[1].split("Probablement pas pour le moment")[0]
    assert "Le revenu d'intégration" in maybe and "Vous vivez en Belgique" in maybe
    assert "La bourse d'études" in text.split("Probablement pas pour le moment")[1]
    assert timezone.localdate().strftime("%Y") in text
    assert "Rien n'a été enregistré" in text
    assert 'value="results"' in summary.content.decode()  # back to the results
    assert_nothing_kept(client, summary)
    assert {model: model.objects.count() for model in models} == rows


def test_back_from_the_summary_shows_the_results_without_counting_them_again(
        explorer, client):
    results, _data = journey(client, explorer, ANSWERS)
    before = counts()
    summary = client.post(explorer.url, {"state": state_of(results), "action": "summary"})
    back = client.post(explorer.url, {"state": state_of(summary), "action": "results"})
    assert "Vous avez probablement droit à" in text_of(back)
    assert counts() == before


def test_a_tampered_summary_request_starts_again_without_an_error(explorer, client):
    response = client.post(explorer.url, {"state": "nonsense", "action": "summary"})
    assert response.status_code == 200
    assert question_of(response) == "age"


# "Ask us about these rights"

@pytest.fixture
def ask_page(explorer):
    form_page = make_form_page(explorer.get_parent())
    explorer.ask_page = form_page
    explorer.save()
    return form_page


def ask_form_of(response):
    html = response.content.decode()
    found = re.search(r'<form method="post" action="([^"]*)">\s*<input type="hidden" '
                      r'name="balise_form_token" value="[^"]*">\s*<input type="hidden" '
                      rf'name="{prefill.FIELD}" value="([^"]*)">', html)
    return (found.group(1), found.group(2)) if found else (None, None)


def test_ask_us_opens_the_contact_form_with_the_rights_and_stores_nothing(
        explorer, ask_page, client):
    results, _data = journey(client, explorer, ANSWERS)
    assert "Rien n'est envoyé tant que vous n'envoyez pas le formulaire" in text_of(results)
    url, value = ask_form_of(results)
    assert url == ask_page.url
    expected = ("J'aimerais en savoir plus sur ces droits : Les allocations familiales, "
                "Le revenu d'intégration")
    assert prefill.unsign(value) == expected  # the rights, not the answers
    form = client.post(url, {prefill.FIELD: value})
    assert form.status_code == 200 and "no-store" in form["Cache-Control"]
    html = form.content.decode()
    assert re.search(r'<textarea name="votre_question"[^>]*>\s*J&#x27;aimerais en savoir plus '
                     r"sur ces droits : Les allocations familiales, Le revenu d&#x27;intégration"
                     r"</textarea>", html)
    assert "error-summary" not in html and "field-error" not in html
    assert ContactSubmission.objects.count() == 0
    assert_nothing_kept(client, form)


def test_a_tampered_ask_us_value_shows_the_empty_form_without_an_error(
        explorer, ask_page, client):
    text = prefill.sign("Envoyez-moi de l'argent")
    for value in (text[:-2] + "xx", prefill.sign("Autre chose", salt="another.use"),
                  "x" * 50_000, ""):
        form = client.post(ask_page.url, {prefill.FIELD: value})
        assert form.status_code == 200
        html = form.content.decode()
        assert re.search(r'<textarea name="votre_question"[^>]*>\s*</textarea>', html)
        assert "error-summary" not in html and "argent" not in html
    assert ContactSubmission.objects.count() == 0


def test_a_real_submission_with_the_field_is_still_sent(explorer, ask_page, client):
    response = client.post(ask_page.url, answers(**{prefill.FIELD: prefill.sign("Bonjour")}))
    assert response.status_code == 302
    assert ContactSubmission.objects.count() == 1


def test_ask_us_on_a_form_with_topics_lets_the_reader_choose_one_and_send(
        explorer, ask_page, client):
    first = ContactFormTopic.objects.create(page=ask_page, label="Le revenu d'intégration")
    ContactFormTopic.objects.create(page=ask_page, label="Autre chose")
    form = client.post(ask_page.url, {prefill.FIELD: prefill.sign("Mes droits")})
    html = form.content.decode()
    assert re.search(rf'type="radio" name="topic" value="{first.pk}"[^>]*checked', html)
    assert "Mes droits</textarea>" in html and 'name="reply_email"' in html
    sent = client.post(ask_page.url, answers(topic=str(first.pk), votre_question="Mes droits"))
    assert sent.status_code == 302
    assert ContactSubmission.objects.get().topic == "Le revenu d'intégration"


def test_without_a_contact_form_chosen_there_is_no_ask_us_button(explorer, client):
    results, _data = journey(client, explorer, ANSWERS)
    assert prefill.FIELD not in results.content.decode()


def test_an_ask_page_that_is_no_contact_form_shows_no_button(explorer, client):
    explorer.ask_page = explorer.get_parent()
    explorer.save()
    results, _data = journey(client, explorer, ANSWERS)
    assert prefill.FIELD not in results.content.decode()


# Counters

def test_results_are_counted_once_per_new_answer_not_on_reload(explorer, client):
    results, last_post = journey(client, explorer, ANSWERS)
    shown = {("allocations", "likely"): (1, 0), ("revenu-integration", "possible"): (1, 0),
             ("bourse", "unlikely"): (1, 0)}
    assert counts() == shown
    again = client.post(explorer.url, last_post)  # the browser's reload sends it again
    assert "Vous avez probablement droit à" in text_of(again)
    client.post(explorer.url, {"state": state_of(results), "action": "results"})
    assert counts() == shown
    # the same answer again: the same results, not counted
    change = client.post(explorer.url, {"state": state_of(results), "action": "change",
                                        "question": "situation"})
    answer(client, explorer, change, "worker")
    assert counts() == shown
    # a changed answer: new results, counted
    change = client.post(explorer.url, {"state": state_of(results), "action": "change",
                                        "question": "situation"})
    answer(client, explorer, change, "student")
    assert counts() == {("allocations", "likely"): (2, 0),
                        ("revenu-integration", "possible"): (2, 0),
                        ("bourse", "unlikely"): (1, 0), ("bourse", "likely"): (1, 0)}


def test_a_count_adds_to_the_days_row_and_keeps_other_days(explorer, client):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    ResultCount.objects.create(day=yesterday, right="bourse", outcome="unlikely", shown=5)
    ResultCount.objects.create(day=timezone.localdate(), right="bourse", outcome="unlikely",
                               shown=7, unexpected=2)
    journey(client, explorer, ANSWERS)
    assert ResultCount.objects.get(day=yesterday).shown == 5
    today = ResultCount.objects.get(day=timezone.localdate(), right="bourse")
    assert (today.shown, today.unexpected) == (8, 2)


# "Unexpected result?"

def test_unexpected_counts_the_ticked_rights_once_and_says_thank_you(explorer, client):
    results, _data = journey(client, explorer, ANSWERS)
    assert "Un résultat inattendu ?" in text_of(results)
    post = {"state": state_of(results), "action": "unexpected", "surprising": ["bourse"]}
    thanks = client.post(explorer.url, post)
    assert "Merci." in text_of(thanks)
    assert "Vous avez probablement droit à" in text_of(thanks)  # still the results
    assert 'value="unexpected"' not in thanks.content.decode()
    assert counts()[("bourse", "unlikely")] == (1, 1)
    assert counts()[("allocations", "likely")] == (1, 0)
    client.post(explorer.url, post)  # the same post replayed
    client.post(explorer.url, {**post, "state": state_of(thanks)})  # the thank-you's value
    assert counts()[("bourse", "unlikely")] == (1, 1)
    assert_nothing_kept(client, thanks)


def test_unexpected_with_nothing_ticked_counts_every_right_shown(explorer, client):
    results, _data = journey(client, explorer, ANSWERS)
    client.post(explorer.url, {"state": state_of(results), "action": "unexpected",
                               "surprising": ["no-such-right"]})
    assert counts() == {("allocations", "likely"): (1, 1),
                        ("revenu-integration", "possible"): (1, 1),
                        ("bourse", "unlikely"): (1, 1)}


def test_unexpected_with_a_bad_value_counts_nothing(explorer, client):
    journey(client, explorer, ANSWERS)
    before = counts()
    for state in ("", "nonsense", "a" * 30_000):
        response = client.post(explorer.url, {"state": state, "action": "unexpected",
                                              "surprising": ["bourse"]})
        assert response.status_code == 200
    assert counts() == before


# The staff report

@pytest.fixture
def counted():
    today = timezone.localdate()
    ResultCount.objects.create(day=today, right="bourse", outcome="unlikely", shown=4,
                               unexpected=3)
    ResultCount.objects.create(day=today, right="bourse", outcome="likely", shown=2)
    ResultCount.objects.create(day=today, right="allocations", outcome="likely", shown=9,
                               unexpected=1)
    ResultCount.objects.create(day=today - datetime.timedelta(days=60), right="allocations",
                               outcome="possible", shown=100, unexpected=50)


def test_the_report_and_its_export_need_the_permission(client, counted):
    make_site()
    url = reverse("balise_rights_result_report")
    client.force_login(staff_member("reader"))
    for address in (url, url + "?export=csv", reverse("balise_rights_result_report_results")):
        # Wagtail sends a browser back to the dashboard with a message; a script gets the 403
        assert client.get(address, HTTP_X_REQUESTED_WITH="XMLHttpRequest").status_code == 403
        page = client.get(address)
        assert page.status_code == 302 and page["Location"] == reverse("wagtailadmin_home")


def test_the_report_counts_each_right_over_the_last_30_days_and_exports_them(client, counted):
    make_site()
    url = reverse("balise_rights_result_report")
    client.force_login(staff_member("analyst", permission("balise_rights",
                                                          "view_result_counts")))
    page = client.get(url)
    assert page.status_code == 200
    csv = csv_of(client.get(url + "?export=csv"))
    lines = csv.strip().splitlines()
    assert lines[0].split(",")[0] in ("Right (slug)", "Droit (slug)")
    rows = {line.split(",")[0]: line.split(",")[2:] for line in lines[1:]}
    assert rows == {"allocations": ["9", "9", "0", "0", "1"],
                    "bourse": ["6", "2", "0", "4", "3"]}  # the old row is outside the period


def test_the_report_lists_the_most_unexpected_first_over_a_chosen_period(client, counted):
    make_site()
    url = reverse("balise_rights_result_report")
    client.force_login(staff_member("analyst", permission("balise_rights",
                                                          "view_result_counts")))
    most_unexpected = csv_of(client.get(url, {"order": "unexpected", "export": "csv"}))
    assert [line.split(",")[0] for line in most_unexpected.strip().splitlines()[1:]] == [
        "bourse", "allocations"]  # 3 unexpected, then 1
    today = timezone.localdate()
    start = today - datetime.timedelta(days=90)
    longer = csv_of(client.get(url, {"start": f"{start:%Y-%m-%d}", "end": f"{today:%Y-%m-%d}",
                                     "order": "unexpected", "export": "csv"}))
    lines = longer.strip().splitlines()[1:]
    assert [line.split(",")[0] for line in lines] == ["allocations", "bourse"]  # 51, then 3
    assert lines[0].split(",")[2:] == ["109", "9", "100", "0", "51"]
    wrong = client.get(url, {"start": "2026-13-45", "end": "yesterday"})
    assert wrong.status_code == 200


# "Probably not for now"

def test_probably_not_is_closed_kindly_worded_and_says_what_would_change(explorer, client):
    results, _data = journey(client, explorer, ANSWERS)
    html = results.content.decode()
    details = html.split('<details class="rights-results__unlikely"')[1].split("</details>")[0]
    assert not details.lstrip().startswith("open")
    text = text_of(results).split("Probablement pas pour le moment")[1]
    assert "Une situation peut changer" in text and "demandez-nous" in text
    assert "Cela pourrait changer si c'était le cas : Vous êtes étudiant" in text
    assert "pas droit" not in text.lower() and "non éligible" not in text.lower()
