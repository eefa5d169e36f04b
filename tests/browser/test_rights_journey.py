"""The rights explorer as a citizen meets it in a real browser, scripts on,
in every language: start, three questions (one answered "I don't know"), an
error, a step back, then the results grouped with their reasons and next
steps, the "probably not" section opened, and the summary for a social
worker. Every screen passes axe with zero violations; the answers never reach
the address bar, and the journey sets no cookie at all (the forms carry a
signed token instead of Django's CSRF cookie: pages.security.public_forms)."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from rights_explorer.models import PartnerOrganisation
from tests.factories import LANGUAGES, locales, make_site, translate, translate_snippet
from tests.rights_explorer.rights_factories import AGE_18, make_explorer, make_question, make_right

from .conftest import axe_violations, describe, load, replaced

pytestmark = pytest.mark.browser

WAIT = 30
IN_BELGIUM = {"question": "in_belgium", "op": "eq", "value": True,
              "text": {"fr": "Vous vivez en Belgique", "nl": "U woont in België",
                       "de": "Sie wohnen in Belgien", "en": "You live in Belgium"}}
STUDENT = {"question": "situation", "op": "eq", "value": "student",
           "text": {"fr": "Vous êtes étudiant", "nl": "U bent student",
                    "de": "Sie sind Student", "en": "You are a student"}}
QUESTIONS = [  # slug, type, text in each language, choices
    ("age", "age", {"fr": "Quel âge avez-vous ?", "nl": "Hoe oud bent u?",
                    "de": "Wie alt sind Sie?", "en": "How old are you?"}, []),
    ("in_belgium", "boolean", {"fr": "Vivez-vous en Belgique ?", "nl": "Woont u in België?",
                               "de": "Wohnen Sie in Belgien?", "en": "Do you live in Belgium?"},
     []),
    ("situation", "choice", {"fr": "Quelle est votre situation ?",
                             "nl": "Wat is uw situatie?", "de": "Wie ist Ihre Situation?",
                             "en": "What is your situation?"},
     [{"value": "student", "label": {"fr": "Étudiant", "nl": "Student", "de": "Student",
                                     "en": "Student"}},
      {"value": "worker", "label": {"fr": "Travailleur", "nl": "Werknemer",
                                    "de": "Arbeitnehmer", "en": "Worker"}}]),
]
EXPLORER = {"fr": ("Vos droits", "vos-droits"), "nl": ("Uw rechten", "uw-rechten"),
            "de": ("Ihre Rechte", "ihre-rechte"), "en": ("Your rights", "your-rights")}
RIGHTS = {  # slug: rule, titles, expected group for the answers given
    "revenu-integration": (AGE_18, {"fr": "Le revenu d'intégration", "nl": "Het leefloon",
                                    "de": "Das Eingliederungseinkommen",
                                    "en": "The integration income"}, "likely"),
    "aide-sociale": ({"all": [AGE_18, IN_BELGIUM]},
                     {"fr": "L'aide sociale", "nl": "De maatschappelijke hulp",
                      "de": "Die Sozialhilfe", "en": "Social assistance"}, "possible"),
    "bourse": (STUDENT, {"fr": "La bourse d'études", "nl": "De studiebeurs",
                         "de": "Das Stipendium", "en": "The study grant"}, "unlikely"),
}
STEPS = {"fr": "Prenez rendez-vous avec une assistante sociale",
         "nl": "Maak een afspraak met een maatschappelijk werker",
         "de": "Vereinbaren Sie einen Termin mit einer Sozialarbeiterin",
         "en": "Make an appointment with a social worker"}
PARTNER = {"fr": "Bureau d'aide juridique", "nl": "Bureau voor juridische bijstand",
           "de": "Büro für juristischen Beistand", "en": "Legal aid office"}
AGE = "30"  # what the citizen types: it must never show in the address bar or a cookie


@pytest.fixture
def explorers(transactional_db):
    """A small explorer in French with its Dutch, German and English
    translations: three questions, three rights, a partner organisation."""
    make_site()
    for number, (slug, kind, texts, choices) in enumerate(QUESTIONS, start=1):
        question = make_question(slug, kind, text=texts["fr"], sort_order=number,
                                 choices=choices)
        for language in LANGUAGES[1:]:
            translate_snippet(question, language, text=texts[language]).save_revision().publish()
    partner = PartnerOrganisation.objects.create(
        locale=locales()["fr"], name=PARTNER["fr"], helps_with="Des conseils gratuits.",
        themes=["legal-aid"], address="Rue Haute 1\n1000 Bruxelles", phone="02 555 11 22")
    for language in LANGUAGES[1:]:
        translate_snippet(partner, language, name=PARTNER[language])
    pages = {"fr": make_explorer()}
    for language in LANGUAGES[1:]:
        title, slug = EXPLORER[language]
        pages[language] = translate(pages["fr"], language, title=title, slug=slug)
    for slug, (rule, titles, _group) in RIGHTS.items():
        extra = {}
        if slug == "revenu-integration":
            extra = {"kind": "E", "partner": partner,
                     "how_to_apply": [("step", STEPS["fr"])],
                     "documents": [("document", "Votre carte d'identité")]}
        right = make_right(pages["fr"], slug, rule, title=titles["fr"], **extra)
        for language in LANGUAGES[1:]:
            fields = {"how_to_apply": [("step", STEPS[language])]} if extra else {}
            translate(right, language, title=titles[language], slug=f"{slug}-{language}",
                      **fields)
    return pages


def click_and_wait(driver, css, then):
    """Press a button, wait for the next page to replace this one, then for ``then``."""
    old = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, css).click()
    WebDriverWait(driver, WAIT).until(replaced(old))
    return WebDriverWait(driver, WAIT).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, then))[0]


def on_question(slug):
    return f"main input[name=question][value={slug}]"


CONTINUE = "main button[name=action][value=answer]"


def test_the_journey_to_the_results_passes_axe_and_leaves_no_answer_behind(
        live_server, browser, explorers, capsys):
    failures, checked, urls = [], 0, []

    def check(label):
        nonlocal checked
        urls.append(browser.current_url)
        failures.extend(describe(f"{browser.current_url} ({label})", axe_violations(browser)[0]))
        checked += 1

    for language, page in explorers.items():
        browser.delete_all_cookies()
        load(browser, live_server.url + page.url)
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == language
        check("introduction")

        age = click_and_wait(browser, "main form button[type=submit]", "main input[name=answer]")
        assert browser.find_element(By.CSS_SELECTOR, on_question("age"))
        assert QUESTIONS[0][2][language] in browser.find_element(By.TAG_NAME, "main").text
        check("question 1")
        # the cookies before the first answer: none
        before = {cookie["name"]: cookie["value"] for cookie in browser.get_cookies()}
        age.send_keys(AGE)
        click_and_wait(browser, CONTINUE, on_question("in_belgium"))
        check("question 2")

        click_and_wait(browser, CONTINUE, ".error-summary")  # nothing chosen
        assert browser.find_element(By.CSS_SELECTOR, on_question("in_belgium"))
        check("question 2, error")
        browser.find_element(By.CSS_SELECTOR, "input[name=answer][value=yes]").click()
        click_and_wait(browser, CONTINUE, on_question("situation"))
        assert QUESTIONS[2][2][language] in browser.find_element(By.TAG_NAME, "main").text
        check("question 3")

        # back to question 2, the answer given still chosen, changed to "I don't know"
        click_and_wait(browser, "main button[name=action][value=back]",
                       on_question("in_belgium"))
        assert browser.find_element(By.CSS_SELECTOR,
                                    "input[name=answer][value=yes]").is_selected()
        browser.find_element(By.CSS_SELECTOR, "input[name=answer][value=dont_know]").click()
        click_and_wait(browser, CONTINUE, on_question("situation"))
        browser.find_element(By.CSS_SELECTOR, "input[name=answer][value=worker]").click()
        click_and_wait(browser, CONTINUE, "#likely-heading")

        groups = {"likely": browser.find_element(
                      By.CSS_SELECTOR, "section[aria-labelledby=likely-heading]"),
                  "possible": browser.find_element(
                      By.CSS_SELECTOR, "section[aria-labelledby=possible-heading]"),
                  "unlikely": browser.find_element(By.CSS_SELECTOR,
                                                   ".rights-results__unlikely")}
        for _slug, (_rule, titles, group) in RIGHTS.items():
            assert titles[language] in groups[group].get_attribute("textContent"), (
                language, group)
        likely = groups["likely"].text
        assert AGE_18["text"][language] in likely  # the reason, in the reader's language
        assert STEPS[language] in likely and PARTNER[language] in likely
        assert IN_BELGIUM["text"][language] in groups["possible"].text
        WebDriverWait(browser, WAIT).until(  # shown by its script
            lambda d: d.find_element(By.CSS_SELECTOR, "[data-print-button]").is_displayed())
        check("results")

        # "Probably not for now": closed at first, opened by its summary
        unlikely = groups["unlikely"]
        assert unlikely.get_attribute("open") is None
        unlikely.find_element(By.TAG_NAME, "summary").click()
        WebDriverWait(browser, WAIT).until(
            lambda d: d.find_element(By.CSS_SELECTOR, ".rights-results__unlikely[open]"))
        assert RIGHTS["bourse"][1][language] in unlikely.text
        check("results, probably not opened")

        # the summary for a social worker: the answers and the rights, printable
        click_and_wait(browser, "main button[name=action][value=summary]", ".rights-summary")
        summary = browser.find_element(By.TAG_NAME, "main").text
        assert QUESTIONS[0][2][language] in summary and AGE in summary
        assert RIGHTS["revenu-integration"][1][language] in summary
        check("summary")

        cookies = browser.get_cookies()
        assert cookies == [], cookies
        # no cookie was set or changed by the answers, so none can hold one
        assert {cookie["name"]: cookie["value"] for cookie in cookies} == before, cookies

    for url in urls:
        assert "?" not in url and "#" not in url, url
        assert AGE not in url.removeprefix(live_server.url) and "worker" not in url, url
    with capsys.disabled():
        print(f"\nrights explorer: {checked} screens checked, {len(failures)} violations")
    assert checked == 8 * len(LANGUAGES)
    assert not failures, "\n".join(failures)
