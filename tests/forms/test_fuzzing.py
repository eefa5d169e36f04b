"""Whatever a citizen's browser (or a robot) sends to a contact form, its topic
step or the status page, the site never answers with a server error, never
stores a request the form refused, never lets typed text into an e-mail header
or unescaped into a page, and never sends typed text by e-mail at all.

Hypothesis builds the posts: random unicode (NUL, direction marks, zero-width
characters, any character UTF-8 can carry), 100 kB values, missing fields,
several values where one is expected, header injection in the e-mail fields
and HTML/script payloads. The cache is emptied before each example so that
the submission throttle never hides a defect behind a 429.
"""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from forms.models import ContactFormField, ContactFormTopic, ContactSubmission
from tests.factories import make_page, make_site, publish
from tests.forms.test_contact_form import answers, make_form_page

pytestmark = pytest.mark.django_db

SERVICE_ADDRESS = "service.social@cpas.example"
FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])
# The posts that reach the e-mails get more examples.
FUZZ_MORE = settings(FUZZ, max_examples=100)

# Payloads whose raw text must never appear in a page or an e-mail body: each
# carries "balise-xss" so that nothing of the page itself can match.
MARKUP = [
    '<script>alert("balise-xss")</script>',
    '"><img src=x onerror=alert("balise-xss")>',
    "'><svg onload=alert('balise-xss')>",
    '</textarea><script>alert("balise-xss")</script>',
    '"<script>alert(\'balise-xss\')</script>"@gmial.com',
]
HEADER_INJECTION = [
    "a@b.be\r\nBcc: x@y.be",
    "a@b.be\nBcc: x@y.be",
    "a@b.be\rCc: x@y.be",
    "a@b.be%0ABcc:x@y.be",
    "a@b.be%0D%0ABcc: x@y.be",
    "a@b.be\u2028Bcc: x@y.be",
    "a@b.be\x85Bcc: x@y.be",
    '"a\\\nBcc: x@y.be"@b.be',
    "a@b.be, x@y.be",
    "x@y.be <a@b.be>",
    "Jan <a@b.be>\r\nSubject: hi",
]
ODD = [
    "", " ", "\x00", "a\x00b", "\u200f\u202eabc", "\u200b", "\ufeff", "\u00ad", "²", "١",
    "99999999999999999999", "-1", "0", "1e999999", "NaN", "inf", "9999-12-31",
    "2026-03-29 02:30", "jan@gmial.com", "jan.peeters@example.org", "0470 12 34 56",
    "+32 470 123 456", "email", "phone", "typed", "morning", "afternoon", "helped",
    "for_other", "K7P-4RM-9M3", "topic",
]
HUGE = ["x" * 100_000, "\u00e9" * 50_000, "jan@" + "a" * 100_000 + ".be",
        "<script>alert(\"balise-xss\")</script>" * 3_000, "9" * 100_000]

# Any character UTF-8 can carry (lone surrogates cannot be sent), NUL included.
characters = st.characters(blacklist_categories=("Cs",))
random_text = st.text(characters, max_size=60)
hostile = st.sampled_from(MARKUP + HEADER_INJECTION + ODD)
wrapped = st.builds(lambda before, payload, after: before + payload + after,
                    random_text, st.sampled_from(MARKUP + HEADER_INJECTION), random_text)
address_like = st.builds(lambda local, domain: f"{local}@{domain}", random_text, random_text)
one_value = st.one_of(random_text, hostile, wrapped, address_like, st.sampled_from(HUGE))
# Several values where one is expected, as a doctored form sends them.
value = st.one_of(one_value, one_value, st.lists(one_value, min_size=2, max_size=3))


def payloads_in(data):
    """The markup payloads posted, for the check that none comes back raw."""
    values = []
    for item in data.values():
        values.extend(item if isinstance(item, list) else [item])
    return [payload for payload in MARKUP if any(payload in text for text in values)]


def assert_no_raw_payload(content, data):
    for payload in payloads_in(data):
        assert payload not in content, payload


def assert_safe_emails(submission):
    """Only the stored address and the service get mail; no header carries a
    line break, no copy goes anywhere else, no typed text is in a body."""
    expected = {SERVICE_ADDRESS} | ({submission.email} if submission and submission.email
                                    else set())
    for message in mail.outbox:
        assert message.cc == [] and message.bcc == []
        assert set(message.recipients()) <= expected
        for name, header in message.message().items():
            assert name.lower() not in {"bcc", "cc"}
            assert "\r" not in header and "\n" not in header, (name, header)
        assert "balise-xss" not in message.subject + message.body


EDITOR_FIELDS = [
    ("Votre e-mail de travail", "email"), ("Votre âge", "number"), ("Une date", "date"),
    ("Un moment", "datetime"), ("Votre site", "url"), ("J'accepte", "checkbox"),
    ("Vos besoins", "checkboxes"), ("Votre commune", "dropdown"), ("Votre choix", "radio"),
    ("Plusieurs choix", "multiselect"), ("Un champ caché", "hidden"),
    ("Votre nom", "singleline"),
]


@pytest.fixture
def form_page():
    """A form with every kind of editor's question and two topics."""
    home = make_site()
    page = make_form_page(home, notify_address=SERVICE_ADDRESS)
    for order, (label, field_type) in enumerate(EDITOR_FIELDS, start=1):
        ContactFormField.objects.create(
            page=page, label=label, field_type=field_type, required=order % 2 == 0,
            choices="Aide\r\nLoyer\r\nAutre" if "choix" in label or "besoins" in label
            or "commune" in label else "", sort_order=order)
    rent = make_page(home, title="Aide pour le loyer")
    ContactFormTopic.objects.create(page=page, label="Loyer", service="Le service logement",
                                    answer_page_1=rent)
    ContactFormTopic.objects.create(page=page, label="Autre chose")
    return publish(page)


def field_names(page):
    return [field.clean_name for field in page.get_form_fields()]


CONTACT_FIELDS = ["votre_question", "topic", "reply_by", "reply_email", "reply_email_again",
                  "reply_email_choice", "reply_phone", "call_times", "helper_kind",
                  "helper_name", "helper_relation", "website_address", "csrfmiddlewaretoken",
                  "done", "step"]


def contact_fields(page):
    return sorted({*field_names(page), *CONTACT_FIELDS})


def valid_answers(page):
    """A post the form accepts, which the fuzzing then changes field by field."""
    topic = page.topics.first()
    data = answers(topic=str(topic.pk))
    data.update({"votre_e_mail_de_travail": "jan@cpas.example", "votre_age": "42",
                 "une_date": "2026-12-01", "un_moment": "2026-12-01 10:00",
                 "votre_site": "https://example.org", "jaccepte": "on",
                 "vos_besoins": ["Aide", "Loyer"], "votre_commune": "Autre",
                 "votre_choix": "Loyer", "plusieurs_choix": "Aide", "un_champ_cache": "x",
                 "votre_nom": "Jan"})
    return data


def accepted_by_the_form(page, request):
    """The form's own verdict on what the view received, checked apart from the view."""
    form = page.get_form(request.POST, page=page, user=request.user)
    return form.is_valid() and not form.is_spam


def post_and_check(client, page, data, capture):
    cache.clear()
    mail.outbox.clear()
    stored = ContactSubmission.objects.count()
    with capture(execute=True):
        response = client.post(page.url, data)
    assert response.status_code < 500
    new_rows = ContactSubmission.objects.count() - stored
    if response.status_code == 302 and "?done=" in response["Location"]:
        assert new_rows == 1
        assert accepted_by_the_form(page, response.wsgi_request)
        submission = ContactSubmission.objects.latest("pk")
        confirmation = client.get(response["Location"])
        assert confirmation.status_code == 200
        assert submission.reference in confirmation.content.decode()
        assert_no_raw_payload(confirmation.content.decode(), data)
    else:
        assert new_rows == 0
        assert mail.outbox == []
        submission = None
    if response.status_code == 200:
        # refused: the form itself refuses it too (no valid request is lost)
        assert not accepted_by_the_form(page, response.wsgi_request)
        assert_no_raw_payload(response.content.decode(), data)
    assert_safe_emails(submission)
    return response


def count(response):
    """For --hypothesis-show-statistics: how the examples were answered."""
    event(f"answered {response.status_code}, {len(mail.outbox)} e-mails")


@FUZZ_MORE
@given(data=st.data())
def test_a_random_post_never_fails_stores_only_what_the_form_accepts_and_escapes_all(
        client, form_page, django_capture_on_commit_callbacks, data):
    """Start from answers the form accepts, then change, add, drop or double
    any field, the editor's questions included."""
    names = contact_fields(form_page)
    posted = valid_answers(form_page)
    changes = data.draw(st.dictionaries(st.sampled_from(names), value, max_size=6))
    dropped = data.draw(st.sets(st.sampled_from(sorted(posted)), max_size=4))
    posted.update(changes)
    for name in dropped - set(changes):
        del posted[name]
    count(post_and_check(client, form_page, posted, django_capture_on_commit_callbacks))


@FUZZ_MORE
@given(changes=st.dictionaries(st.sampled_from(["reply_email", "reply_email_again"]),
                               st.one_of(hostile, wrapped, st.emails()), min_size=1),
       choice=st.one_of(st.none(), st.just("typed"), hostile))
def test_header_injection_in_the_email_fields_never_reaches_a_header(
        client, form_page, django_capture_on_commit_callbacks, changes, choice):
    posted = {**valid_answers(form_page), **changes}
    if "reply_email_again" not in changes:
        posted["reply_email_again"] = posted["reply_email"]
    if choice is not None:
        posted["reply_email_choice"] = choice
    count(post_and_check(client, form_page, posted, django_capture_on_commit_callbacks))


@pytest.fixture
def form_page_without_topics():
    """The simplest form: only the question and the fixed parts."""
    return make_form_page(make_site(), notify_address=SERVICE_ADDRESS)


@FUZZ
@given(data=st.dictionaries(st.one_of(st.sampled_from(CONTACT_FIELDS),
                                      st.text(characters, max_size=20)), value, max_size=8))
def test_a_post_of_anything_at_all_never_fails(
        client, form_page_without_topics, django_capture_on_commit_callbacks, data):
    """Any field names, on a form without topics, so that every post reaches the form."""
    count(post_and_check(client, form_page_without_topics, data,
                         django_capture_on_commit_callbacks))


@FUZZ
@given(changes=st.dictionaries(st.sampled_from(["votre_question", "reply_email", "topic",
                                                "helper_name", "reply_by"]), value,
                               max_size=3))
@override_settings(CSRF_FAILURE_VIEW="forms.csrf.csrf_failure")
def test_a_post_without_its_security_token_stores_nothing_and_escapes_all(form_page, changes):
    client = Client(enforce_csrf_checks=True)
    cache.clear()
    posted = {**valid_answers(form_page), **changes}
    stored = ContactSubmission.objects.count()
    response = client.post(form_page.url, posted)
    assert response.status_code < 500
    assert ContactSubmission.objects.count() == stored
    assert_no_raw_payload(response.content.decode(), posted)


@FUZZ
@given(query=st.dictionaries(st.sampled_from(["topic", "step", "done", "reference"]),
                             value, max_size=3))
@example(query={"topic": ["", "1"]})  # seen in CI: a topic sent twice
def test_the_topic_step_answers_any_query_without_failing(client, form_page, query):
    cache.clear()
    response = client.get(form_page.url, query)
    assert response.status_code < 500
    page = response.content.decode()
    assert_no_raw_payload(page, query)
    chosen = query.get("topic")
    if isinstance(chosen, list):  # ?topic=a&topic=b: Django reads the last one
        chosen = chosen[-1]
    if response.status_code == 200 and 'name="reply_email"' in page:
        # the form itself only once one of the page's own topics is chosen
        topics = {str(pk) for pk in form_page.topics.values_list("pk", flat=True)}
        assert isinstance(chosen, str) and chosen in topics


FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data; boundary=BoUnDaRy",
              "multipart/form-data", "text/plain", "application/json"]


@FUZZ
@given(body=st.one_of(st.binary(max_size=2000),
                      st.builds(lambda text: text.encode("utf-8", "surrogatepass"),
                                st.text(max_size=200)),
                      st.sampled_from([b"votre_question=%FF%FE%00&reply_by=email",
                                       b"--BoUnDaRy\r\nContent-Disposition: form-data; "
                                       b"name=\"reply_email\"\r\n\r\n\xff\xfe\r\n--BoUnDaRy--",
                                       b"&".join(b"f%d=1" % n for n in range(1500))])),
       content_type=st.sampled_from(FORM_TYPES),
       url=st.sampled_from(["form", "status"]))
def test_a_malformed_body_is_refused_without_a_server_error(client, form_page, body,
                                                            content_type, url):
    """Bytes that are not UTF-8, lone surrogates, broken multipart, too many fields."""
    cache.clear()
    stored = ContactSubmission.objects.count()
    target = form_page.url if url == "form" else status_url()
    response = client.generic("POST", target, body, content_type=content_type)
    assert response.status_code < 500
    assert ContactSubmission.objects.count() == stored


def status_url(language="fr"):
    with translation.override(language):
        return reverse("balise_forms:status_lookup")


@FUZZ
@given(data=st.dictionaries(st.sampled_from(["reference", "contact", "csrfmiddlewaretoken"]),
                            value, max_size=3),
       language=st.sampled_from(["fr", "nl", "de", "en"]))
def test_the_status_lookup_answers_any_post_without_failing_or_echoing_markup(
        client, form_page, data, language):
    cache.clear()
    response = client.post(status_url(language), data)
    assert response.status_code < 500
    assert_no_raw_payload(response.content.decode(), data)
    assert "status-lookup__result" not in response.content.decode()


@FUZZ
@given(reference=one_value)
def test_the_status_lookup_link_shows_any_reference_escaped(client, form_page, reference):
    response = client.get(status_url(), {"reference": reference})
    assert response.status_code < 500
    assert_no_raw_payload(response.content.decode(), {"reference": reference})


@pytest.mark.parametrize("topic", ["\u00b2", "\u00b9\u00b2", "\u2460"])
def test_a_superscript_digit_as_topic_brings_back_the_first_step_not_a_500(
        client, form_page, topic):
    """Found by the fuzzing: "\u00b2".isdigit() is true, and int() refused it."""
    assert client.get(form_page.url, {"topic": topic}).status_code == 200
    response = client.post(form_page.url, {**valid_answers(form_page), "topic": topic})
    assert response.status_code == 302
    assert "?done=" not in response["Location"]
    assert ContactSubmission.objects.count() == 0


def test_markup_in_a_quoted_address_is_stored_as_typed_and_never_shown_raw(
        client, form_page, django_capture_on_commit_callbacks):
    """``"<script>…"@gmial.com`` is a valid address (a quoted local part):
    the suggestion shows it escaped, and the e-mail carries it only in To."""
    address = MARKUP[-1]
    posted = {**valid_answers(form_page), "reply_email": address, "reply_email_again": address}
    response = post_and_check(client, form_page, posted, django_capture_on_commit_callbacks)
    assert response.status_code == 200
    assert "@gmail.com" in response.content.decode()
    posted["reply_email_choice"] = "typed"
    response = post_and_check(client, form_page, posted, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert ContactSubmission.objects.get().email == address
    assert len(mail.outbox) == 2


def test_a_valid_email_post_is_what_the_fuzzing_starts_from(client, form_page,
                                                            django_capture_on_commit_callbacks):
    response = post_and_check(client, form_page, valid_answers(form_page),
                              django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert sorted(message.to[0] for message in mail.outbox) == [
        "jan.peeters@example.org", SERVICE_ADDRESS]


@override_settings(BALISE_FORMS={"SUBMISSIONS_PER_HOUR": 2})
def test_a_flood_gets_the_form_back_with_its_answers_and_a_429_never_a_500(client, form_page):
    posted = valid_answers(form_page)
    posted["votre_question"] = "Mon loyer <b>urgent</b> ?"
    statuses = [client.post(form_page.url, posted).status_code for _ in range(2)]
    response = client.post(form_page.url, posted)
    page = response.content.decode()
    assert statuses == [302, 302]
    assert response.status_code == 429
    assert "Mon loyer &lt;b&gt;urgent&lt;/b&gt; ?" in page
    assert 'value="jan.peeters@example.org"' in page
    assert re.search(r'name="topic" value="\d+"', page)
    assert ContactSubmission.objects.count() == 2
