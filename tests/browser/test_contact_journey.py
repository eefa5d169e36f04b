"""The whole citizen journey on a contact form, in a real browser: the topic
first (a plain GET form, so no JavaScript is needed), the pages that may
already answer, two different addresses caught with the answers kept, the
"Did you mean …@gmail.com?" choice, the confirmation with its reference and
date, then the status page in the reader's language; and a reply by phone
only, looked up with the number typed another way. The status page passes
axe in every language, in each of its three states."""

import pytest
from django.template.defaultfilters import date as format_date
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from forms import references
from forms.models import ContactFormTopic, ContactSubmission
from tests.factories import LANGUAGES, make_page, make_site, translate
from tests.forms.test_contact_form import make_form_page

from .conftest import axe_violations, describe, load

pytestmark = pytest.mark.browser

WAIT = 30
QUESTION = "Mon propriétaire augmente le loyer, est-ce permis ?"
ANSWER_PAGES = {
    "rent": {"fr": "Aide pour payer le loyer", "nl": "Hulp bij het betalen van de huur",
             "de": "Hilfe bei der Miete", "en": "Help paying the rent"},
    "energy": {"fr": "Payer vos factures d'énergie", "nl": "Uw energiefacturen betalen",
               "de": "Ihre Energierechnungen bezahlen", "en": "Paying your energy bills"},
    "other": {"fr": "Nous contacter", "nl": "Contact opnemen", "de": "Kontakt",
              "en": "Contact us"},
}
TOPICS = [
    {"fr": "Loyer et énergie", "nl": "Huur en energie", "de": "Miete und Energie",
     "en": "Rent and energy"},
    {"fr": "Autre chose", "nl": "Iets anders", "de": "Etwas anderes", "en": "Something else"},
]
FORM_TITLES = {"fr": "Poser une question", "nl": "Een vraag stellen",
               "de": "Eine Frage stellen", "en": "Ask a question"}
SERVICES = {"fr": "Le service social", "nl": "De sociale dienst", "de": "Der Sozialdienst",
            "en": "The social service"}


@pytest.fixture
def site(transactional_db):
    """A form with two topics in French, translated into Dutch, German and
    English, each topic with its service and its live answer pages."""
    home = make_site()
    answer_pages = {}
    for key, titles in ANSWER_PAGES.items():
        page = make_page(home, title=titles["fr"])
        for language in LANGUAGES[1:]:
            translate(page, language, title=titles[language])
        answer_pages[key] = page
    form = make_form_page(home)
    ContactFormTopic.objects.create(
        page=form, sort_order=1, label=TOPICS[0]["fr"], service="Le service logement",
        answer_page_1=answer_pages["rent"], answer_page_2=answer_pages["energy"])
    ContactFormTopic.objects.create(page=form, sort_order=2, label=TOPICS[1]["fr"],
                                    answer_page_1=answer_pages["other"])
    forms = {"fr": form}
    for language in LANGUAGES[1:]:
        forms[language] = translate(form, language, title=FORM_TITLES[language],
                                    answering_service=SERVICES[language])
        for topic, labels in zip(forms[language].topics.order_by("sort_order"), TOPICS,
                                 strict=True):
            ContactFormTopic.objects.filter(pk=topic.pk).update(label=labels[language])
    return forms


def status_url(live_server, language):
    with translation.override(language):
        return live_server.url + reverse("balise_forms:status_lookup")


def translated(language, text, **values):
    with translation.override(language):
        message = gettext(text)
    return message % values if values else message


def plain(text):
    """Text as compared: no-break spaces (French typography) as spaces."""
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def wait_for(driver, css):
    return WebDriverWait(driver, WAIT).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, css))[0]


def field(driver, name):
    return driver.find_element(By.NAME, name)


def retype(driver, name, text):
    element = field(driver, name)
    element.clear()
    element.send_keys(text)


def send(driver):
    driver.find_element(By.CSS_SELECTOR, "main form[method=post] button[type=submit]").click()


def choose_topic(driver, form, number):
    """The first step: pick a topic and press Continue (a GET form)."""
    topic = form.topics.order_by("sort_order")[number]
    driver.find_element(By.CSS_SELECTOR, f"input[name=topic][value='{topic.pk}']").click()
    driver.find_element(By.CSS_SELECTOR, ".contact-form__topic-step button[type=submit]").click()
    wait_for(driver, "textarea")
    return topic


def look_up(driver, live_server, language, reference, contact):
    load(driver, status_url(live_server, language))
    retype(driver, "reference", reference)
    retype(driver, "contact", contact)
    driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
    return wait_for(driver, ".status-lookup__result, .error-summary")


def confirmation(driver):
    WebDriverWait(driver, WAIT).until(lambda d: "done=" in d.current_url)
    reference = wait_for(driver, ".confirmation-panel .reference").text
    assert references.is_valid(reference), reference
    return ContactSubmission.objects.get(reference=reference)


def assert_focused_and_in_view(driver, element):
    """GOV.UK: the page opens on the error summary (focus moved to it), so it
    is seen and read first, whatever stands above the form."""
    WebDriverWait(driver, WAIT).until(
        lambda d: d.execute_script("return document.activeElement") == element,
        message="the error summary does not have the focus")
    top, bottom, height = driver.execute_script(
        "const box = arguments[0].getBoundingClientRect();"
        "return [box.top, box.bottom, window.innerHeight];", element)
    assert 0 <= top and bottom <= height + 1, (top, bottom, height)  # + sub-pixel rounding


@pytest.fixture
def without_javascript(browser):
    """The browser with scripts turned off (DevTools), on again afterwards."""
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    load(browser, "data:text/html,<title>off</title><script>document.title='on'</script>")
    assert browser.title == "off"
    yield browser
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def test_a_citizen_asks_by_email_fixes_the_mistakes_and_follows_the_request(
        live_server, without_javascript, site):
    browser = without_javascript
    form = site["fr"]
    load(browser, live_server.url + form.url)
    assert browser.find_elements(By.NAME, "reply_email") == []
    assert wait_for(browser, "legend").text == translated("fr", "What is your question about?")
    topic = choose_topic(browser, form, 0)

    # the pages that may already answer, in French, and who answers
    links = browser.find_elements(By.CSS_SELECTOR, ".contact-form__topic li a")
    assert [link.text for link in links] == [ANSWER_PAGES["rent"]["fr"],
                                            ANSWER_PAGES["energy"]["fr"]]
    promise = plain(browser.find_element(By.CSS_SELECTOR, ".contact-form__promise").text)
    assert plain(translated("fr", "%(service)s answers your question.",
                            service="Le service logement")) in promise

    # two different addresses
    browser.find_element(By.CSS_SELECTOR, "main textarea").send_keys(QUESTION)
    field(browser, "reply_by").click()  # the first choice: by e-mail
    retype(browser, "reply_email", "jan.peeters@example.org")
    retype(browser, "reply_email_again", "jan.peters@example.org")
    send(browser)
    summary = wait_for(browser, ".error-summary")
    assert browser.title.startswith(translated("fr", "Error:")), browser.title
    assert_focused_and_in_view(browser, summary)
    [link] = summary.find_elements(By.CSS_SELECTOR, "a")
    assert link.get_attribute("href").endswith("#id_reply_email_again")
    message = translated("fr", "The two e-mail addresses are different. Type the same "
                               "address twice")
    assert plain(link.text) == plain(message)
    assert plain(message) in plain(browser.find_element(By.ID, "id_reply_email_again_error")
                                   .text)
    first_field = browser.find_element(By.CSS_SELECTOR, "main form[method=post] textarea")
    assert browser.execute_script(  # the summary comes before the first question
        "return arguments[0].compareDocumentPosition(arguments[1]) & 4", summary, first_field)
    assert browser.find_element(By.CSS_SELECTOR, "main textarea").get_attribute(
        "value") == QUESTION
    assert field(browser, "reply_email").get_attribute("value") == "jan.peeters@example.org"
    assert field(browser, "reply_email_again").get_attribute("value") == "jan.peters@example.org"
    assert field(browser, "topic").get_attribute("value") == str(topic.pk)

    # a misspelt provider: a suggestion, never a block
    retype(browser, "reply_email", "jan@gmial.com")
    retype(browser, "reply_email_again", "jan@gmial.com")
    send(browser)
    suggestion = wait_for(browser, "input[name=reply_email_choice][value='jan@gmail.com']")
    assert plain(translated("fr", "Did you mean %(address)s?", address="jan@gmail.com")) in \
        plain(browser.find_element(By.ID, "id_reply_email_choice_helptext").text)
    assert browser.find_element(By.CSS_SELECTOR, "main textarea").get_attribute(
        "value") == QUESTION
    suggestion.click()
    send(browser)

    # the confirmation: a reference and a date
    submission = confirmation(browser)
    assert references.is_valid(submission.reference)
    assert (submission.email, submission.topic, submission.service) == (
        "jan@gmail.com", TOPICS[0]["fr"], "Le service logement")
    assert submission.form_data == {"votre_question": QUESTION}
    with translation.override("fr"):
        due = format_date(submission.due_date, "l j F Y")
    assert due in browser.find_element(By.TAG_NAME, "main").text
    assert submission.due_date > timezone.localdate()

    # the status page, in French
    result = look_up(browser, live_server, "fr", submission.reference.lower().replace("-", " "),
                     "Jan@Gmail.com")
    assert "status-lookup__result" in result.get_attribute("class"), result.text
    assert submission.reference in result.text
    status = result.find_element(By.CSS_SELECTOR, "dd").text
    assert status == translated("fr", "Received") == "Reçue"
    assert due in result.text


def test_a_citizen_without_email_asks_for_a_call_and_looks_it_up_with_the_number(
        live_server, browser, site):
    form = site["nl"]
    load(browser, live_server.url + form.url)
    choose_topic(browser, form, 1)
    links = browser.find_elements(By.CSS_SELECTOR, ".contact-form__topic li a")
    assert [link.text for link in links] == [ANSWER_PAGES["other"]["nl"]]
    promise = plain(browser.find_element(By.CSS_SELECTOR, ".contact-form__promise").text)
    assert "De sociale dienst" in promise  # no service for this topic: the form's own

    browser.find_element(By.CSS_SELECTOR, "main textarea").send_keys("Kan ik gebeld worden?")
    browser.find_element(By.CSS_SELECTOR, "input[name=reply_by][value=phone]").click()
    retype(browser, "reply_phone", "0470 12 34 56")
    send(browser)
    submission = confirmation(browser)
    assert references.is_valid(submission.reference)
    assert (submission.reply_by, submission.phone, submission.email) == (
        "phone", "+32470123456", "")
    assert submission.locale.language_code == "nl"
    assert (submission.topic, submission.service) == (TOPICS[1]["nl"], SERVICES["nl"])

    result = look_up(browser, live_server, "nl", submission.reference, "+32 470 123 456")
    assert "status-lookup__result" in result.get_attribute("class"), result.text
    assert result.find_element(By.CSS_SELECTOR, "dd").text == translated("nl", "Received")
    assert translated("nl", "Received") == "Ontvangen"


def test_the_error_summary_link_takes_the_keyboard_to_the_field(live_server, browser, site):
    form = site["fr"]
    for press in ("enter", "click"):
        load(browser, live_server.url + form.url)
        choose_topic(browser, form, 0)
        browser.find_element(By.CSS_SELECTOR, "main textarea").send_keys(QUESTION)
        field(browser, "reply_by").click()
        retype(browser, "reply_email", "jan.peeters@example.org")
        retype(browser, "reply_email_again", "jan.peters@example.org")
        send(browser)
        link = wait_for(browser, ".error-summary a")
        if press == "enter":
            link.send_keys(Keys.ENTER)
        else:
            link.click()
        WebDriverWait(browser, WAIT).until(
            lambda d: d.execute_script("return document.activeElement.id")
            == "id_reply_email_again", message=f"{press} on the summary link left the focus")
        # typing now goes into the field (where the caret lands is the browser's choice)
        browser.switch_to.active_element.send_keys("!")
        typed = field(browser, "reply_email_again").get_attribute("value")
        assert typed.replace("!", "", 1) == "jan.peters@example.org"


def test_the_error_summary_link_of_a_choice_takes_the_keyboard_to_its_first_option(
        live_server, browser, site):
    """GOV.UK: for radios, the summary links to the first option, which takes
    the focus (a link to the group's wrapper would leave it nowhere)."""
    form = site["fr"]
    load(browser, live_server.url + form.url)
    # the first step, continued without a topic
    browser.find_element(By.CSS_SELECTOR, ".contact-form__topic-step button").click()
    follow_the_summary_to_the_first_option(
        browser, translated("fr", "Choose what your question is about"), "topic")
    browser.find_element(By.CSS_SELECTOR, ".contact-form__topic-step button").click()
    wait_for(browser, "textarea").send_keys(QUESTION)
    send(browser)  # no way to reply chosen
    follow_the_summary_to_the_first_option(
        browser, translated("fr", "Choose how we should reply: by e-mail or by phone"),
        "reply_by")


def follow_the_summary_to_the_first_option(browser, message, name):
    link = next(link for link in wait_for(browser, ".error-summary").find_elements(
        By.CSS_SELECTOR, "a") if plain(link.text) == plain(message))
    link.send_keys(Keys.ENTER)
    first_option = browser.find_element(By.CSS_SELECTOR, f"input[name={name}]")
    WebDriverWait(browser, WAIT).until(
        lambda d: d.execute_script("return document.activeElement") == first_option,
        message=f"the summary link {link.get_attribute('href')} left the focus elsewhere")
    browser.switch_to.active_element.send_keys(Keys.SPACE)  # the keyboard chooses it
    assert first_option.is_selected()


def test_the_status_page_passes_axe_empty_not_found_and_with_a_result_in_every_language(
        live_server, browser, site, capsys):
    submissions = {}
    for language, form in site.items():
        submissions[language] = ContactSubmission.objects.create(
            page=form, form_data={}, reply_by="email", email="jan.peeters@example.org",
            due_date=form.due_date(), locale_id=form.locale_id,
            translation_key=form.translation_key, reference=references.new_reference())
    failures, checked = [], 0
    for language, submission in submissions.items():
        url = status_url(live_server, language)
        load(browser, url)
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == language
        failures += describe(url, axe_violations(browser)[0])

        summary = look_up(browser, live_server, language, submission.reference,
                          "someone.else@example.org")
        assert "error-summary" in summary.get_attribute("class")
        assert browser.title.startswith(translated(language, "Error:")), browser.title
        assert_focused_and_in_view(browser, summary)
        failures += describe(url + " (not found)", axe_violations(browser)[0])

        result = look_up(browser, live_server, language, submission.reference,
                         "jan.peeters@example.org")
        assert result.find_element(By.CSS_SELECTOR, "dd").text == translated(language,
                                                                             "Received")
        failures += describe(url + " (result)", axe_violations(browser)[0])
        checked += 3
    with capsys.disabled():
        print(f"\nstatus page: {checked} states checked, {len(failures)} violations")
    assert not failures, "\n".join(failures)
