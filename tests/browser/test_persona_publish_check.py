"""A question's publish, in a real browser, stops at the personas'
confirmation screen when it would break an expected outcome; "Publish
anyway" then publishes exactly what the editor typed. The confirmation
screen and the "Check personas" page pass axe with zero violations."""

import json

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from rights_explorer.models import Question
from tests.factories import make_site
from tests.rights_explorer.rights_factories import (
    AGE_18,
    make_explorer,
    make_persona,
    make_question,
    make_right,
)

from .conftest import axe_violations, describe, load, sign_in, wait_until_idle

pytestmark = pytest.mark.browser
WAIT = 30
ASKED_IF = {"question": "age", "op": "lt", "value": 18}


@pytest.fixture
def question(transactional_db):
    make_site()
    make_question("age", "age", text="Quel âge avez-vous ?", sort_order=1)
    in_belgium = make_question("in_belgium", text="Vivez-vous en Belgique ?", sort_order=2)
    explorer = make_explorer()
    make_right(explorer, "revenu-integration", {"all": [AGE_18, {
        "question": "in_belgium", "op": "eq", "value": True}]}, title="Le revenu d'intégration")
    make_persona("Adulte en Belgique", {"age": 30, "in_belgium": True},
                 [("revenu-integration", "likely")])
    return in_belgium


def test_a_breaking_publish_asks_first_and_publish_anyway_publishes(
        live_server, browser, question):
    sign_in(browser, live_server)
    load(browser, f"{live_server.url}/admin/snippets/balise_rights/question/edit/{question.pk}/")
    wait_until_idle(browser)
    asked_if = browser.find_element(By.ID, "id_asked_if")
    browser.execute_script("arguments[0].value = arguments[1]", asked_if, json.dumps(ASKED_IF))
    publish = browser.find_element(By.CSS_SELECTOR, "button[name='action-publish']")
    browser.execute_script("arguments[0].click()", publish)
    WebDriverWait(browser, WAIT).until(
        lambda b: b.find_elements(By.CSS_SELECTOR, ".balise-confirm-publish"))
    assert "Adulte en Belgique" in browser.find_element(By.TAG_NAME, "main").text
    violations, version = axe_violations(browser, include=".balise-confirm-publish")
    assert not violations, "\n".join(describe("confirmation", violations))
    question.refresh_from_db()
    assert question.asked_if is None, "nothing is published before the editor confirms"

    browser.find_element(By.CSS_SELECTOR, ".balise-confirm-publish form button").click()
    WebDriverWait(browser, WAIT).until(
        lambda b: not b.find_elements(By.CSS_SELECTOR, ".balise-confirm-publish"))
    question.refresh_from_db()
    assert question.asked_if == ASKED_IF
    assert Question.objects.get(pk=question.pk).live

    load(browser, f"{live_server.url}/admin/rights/personas/check/")
    assert "Adulte en Belgique" in browser.find_element(By.TAG_NAME, "main").text
    violations, version = axe_violations(browser, include=".balise-check-personas")
    assert not violations, "\n".join(describe("check personas", violations))
    print(f"\npersonas: 2 admin screens checked with axe {version}, 0 violations")
