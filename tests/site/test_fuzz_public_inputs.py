"""Whatever a visitor (or a robot) puts in the address bar or in a form, the
public site answers without a server error, never writes back what it was
sent as live HTML, never redirects to another host, and never hands the
database a NUL character (PostgreSQL refuses text with one: that would be a
500 there, even where SQLite stores it).

Hypothesis draws the values (real fuzzing, not derandomized: each run tries
new examples; the examples that failed once are replayed from its database)
among random text and the classic attack strings, for every public query
parameter and form of the reference site: search and its suggestions, the
language switcher, the contact forms (topic step, confirmation, every field,
the repeated e-mail address, files, the form token, the explorer's "ask us"
prefill), the rights explorer (every action of every step, its signed state),
the status lookup, the page feedback box (vote and comment), the survey
links, the partner directory's theme and any page with any parameter.
The plain tests at the end send the extremes once each: 1 MB fields, 10,000
parameters, invalid UTF-8, NUL bytes."""

import re
from contextlib import contextmanager
from urllib.parse import quote, urlencode, urlsplit

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.signals import got_request_exception
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import translation
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from forms.contact_form import HONEYPOT
from pages.security import public_forms

HOST = "testserver"
LANGUAGES = ("fr", "nl", "de", "en")
FUZZ = settings(max_examples=30, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])

ATTACKS = [
    "<script>alert(1)</script>",
    '"><svg onload=alert(1)>',
    "'><svg onload=alert(1)>",
    "' onmouseover='alert(1)",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "//evil.example",
    "///evil.example/",
    "/\\evil.example",
    "\\\\evil.example",
    "https://evil.example",
    "http:evil.example",
    "%2F%2Fevil.example",
    "/%2F/evil.example",
    "%5C%5Cevil.example",
    "\x00",
    "a\x00b",
    "%00",
    "%(language)s %s {0} {{ 7|add:1 }} {% now 'Y' %}",
    "-1", "0", "9" * 30, "1e9", "²", "NaN",
    "",
    " ",
    "é" * 300,
    "\u202e\u200b\ufeff",
]
# what an attack string looks like when it reaches the HTML unescaped
REFLECTED = re.compile(
    r"<script>alert|<svg onload|' onmouseover='alert"
    r"|(?:href|src|action|formaction)\s*=\s*[\"']?\s*javascript:", re.IGNORECASE)

# text without lone surrogates (a browser cannot send those; the client cannot encode them)
plain_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
nasty = st.one_of(
    st.sampled_from(ATTACKS),
    plain_text,
    st.tuples(plain_text, st.sampled_from(ATTACKS), plain_text).map("".join),
)


# What every answer must respect

def stays_here(url):
    """A path starting with exactly one slash, or an absolute URL on this host."""
    if url.startswith("/"):
        return not url.startswith(("//", "/\\"))
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and parts.netloc == HOST


def check_answer(response):
    assert response.status_code < 500, (response.status_code, response.request)
    location = response.get("Location")
    if location is not None:
        assert stays_here(location), location
    if "html" in response.get("Content-Type", ""):
        found = REFLECTED.search(response.content.decode("utf-8", "replace"))
        assert found is None, ("unescaped input in the page", found and found.group(0))
    return response


@pytest.fixture
def errors():
    """The exceptions the views raised (the test client turns them into 500
    answers): shown in the failure, with their message."""
    caught = []

    def receive(sender, request=None, **kwargs):
        import sys

        caught.append(repr(sys.exc_info()[1]))

    got_request_exception.connect(receive, weak=False)
    yield caught
    got_request_exception.disconnect(receive)


@contextmanager
def no_nul_reaches_the_database():
    """SQLite stores a NUL; PostgreSQL refuses the query. Refuse it here, on
    every engine, so the test finds on SQLite what would fail on PostgreSQL."""
    def execute(run, sql, params, many, context):
        rows = params if many else [params]
        for row in rows or []:
            values = row.values() if isinstance(row, dict) else (row or [])
            for value in values:
                assert not (isinstance(value, str) and "\x00" in value), (
                    f"NUL sent to the database: {sql[:120]}")
        return run(sql, params, many, context)

    with connection.execute_wrapper(execute):
        yield


@pytest.fixture
def visitor(demo_pages, errors):
    client = Client(raise_request_exception=False)

    def send(method, url, data=None, **extra):
        with no_nul_reaches_the_database():
            response = getattr(client, method)(url, data, **extra)
        assert not errors, errors
        return check_answer(response)

    return send


def url_of(demo_pages, type_name, language="fr", index=0):
    pages = [page for page in demo_pages if type(page).__name__ == type_name
             and page.locale.language_code == language]
    return pages[index].url


def in_language(language, name, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def form_token(path):
    return public_forms.make_token(path)


def input_names(html):
    return set(re.findall(r'<(?:input|select|textarea)[^>]*\bname="([^"]+)"', html))


def radio_values(html, name):
    return re.findall(rf'<input[^>]*name="{re.escape(name)}"[^>]*value="([^"]*)"', html)


def signed_state(html):
    found = re.search(r'name="state" value="([^"]+)"', html)
    return found.group(1) if found else ""


# Any query string on any public address

PARAMETERS = ["q", "page", "p", "next", "topic", "step", "done", "reference", "theme",
              "feedback", "saved_reply", "state", "language", "lang", "format"]
query = st.dictionaries(st.one_of(st.sampled_from(PARAMETERS), plain_text),
                        st.one_of(nasty, st.lists(nasty, min_size=2, max_size=3)),
                        max_size=4)


def public_addresses(demo_pages):
    """One page of each type, the views outside the page tree, in several languages."""
    addresses = ["/", "/favicon.ico", "/fr/nulle-part/", "/documents/1/nope.pdf"]
    for language in LANGUAGES:
        addresses += [in_language(language, "search"),
                      in_language(language, "search_suggestions"),
                      in_language(language, "balise_forms:status_lookup"),
                      f"/language/{language}/"]
    addresses += ["/language/xx/", "/language/fr-be/"]
    for name in ("HomePage", "TopicPage", "InformationPage", "RightsExplorerPage",
                 "RightPage", "PartnerDirectoryPage", "ReachUsPage",
                 "AccessibilityStatementPage"):
        addresses.append(url_of(demo_pages, name, "fr"))
        addresses.append(url_of(demo_pages, name, "en"))
    addresses += [page.url for page in demo_pages
                  if type(page).__name__ == "ContactFormPage"][:6]
    return addresses


@FUZZ
@given(data=st.data(), parameters=query)
def test_no_query_string_on_any_public_address_breaks_or_echoes_it(
    demo_pages, visitor, data, parameters
):
    address = data.draw(st.sampled_from(public_addresses(demo_pages)))
    visitor("get", address, parameters)


@settings(FUZZ, max_examples=20)
@given(q=nasty, page=nasty, language=st.sampled_from(LANGUAGES))
def test_search_and_suggestions_answer_any_query(demo_pages, visitor, q, page, language):
    visitor("get", in_language(language, "search"), {"q": q, "page": page})
    visitor("get", in_language(language, "search_suggestions"), {"q": q})


@FUZZ
@given(code=st.sampled_from([*LANGUAGES, "xx", "nl-be", "zzz"]), page=nasty,
       extra=query)
def test_the_language_switcher_always_redirects_on_this_site(
    demo_pages, visitor, code, page, extra
):
    response = visitor("get", f"/language/{code}/", {**extra, "page": page})
    assert response.status_code in (302, 404)


@FUZZ
@given(token=st.one_of(nasty, st.text(alphabet="abcdefABCDEF0123456789:_-", max_size=120)),
       answer=nasty, method=st.sampled_from(["get", "post"]))
def test_any_survey_link_answers_without_an_error(demo_pages, visitor, token, answer, method):
    path = in_language("fr", "balise_forms:survey", token="TOKEN").replace(
        "TOKEN", quote(token.replace("/", "") or "x", safe=""))
    visitor(method, path, {"answer": answer})


def test_a_survey_answer_is_recorded_once_whatever_else_is_posted(demo_pages, visitor):
    from forms.models import ContactSubmission
    from forms.satisfaction import SatisfactionAnswer
    from forms.survey import make_token

    token = make_token(ContactSubmission.objects.first(), "nl")
    path = in_language("nl", "balise_forms:survey", token=token)
    before = SatisfactionAnswer.objects.count()
    assert visitor("post", path, {"answer": "<script>alert(1)</script>"}).status_code == 400
    value = SatisfactionAnswer.ANSWER_CHOICES[0][0]
    assert visitor("post", path, {"answer": value, "x": "\x00"}).status_code == 200
    assert visitor("post", path, {"answer": value}).status_code == 200
    assert SatisfactionAnswer.objects.count() == before + 1


# The status lookup

@FUZZ
@given(reference=nasty, contact=nasty, extra=query)
def test_the_status_lookup_answers_any_reference_and_contact(
    demo_pages, visitor, reference, contact, extra
):
    path = in_language("fr", "balise_forms:status_lookup")
    visitor("get", path, {"reference": reference})
    visitor("post", path, {**extra, "reference": reference, "contact": contact})


# The page feedback box

@FUZZ
@given(data=st.data(), helpful=st.one_of(st.sampled_from(["yes", "no"]), nasty),
       comment=nasty, token=nasty, use_real_tokens=st.booleans())
def test_the_feedback_box_answers_any_vote_and_comment(
    demo_pages, visitor, data, helpful, comment, token, use_real_tokens
):
    from pages.feedback.views import accepts_feedback, vote_token

    page = data.draw(st.sampled_from([page for page in demo_pages if accepts_feedback(page)]))
    language = page.locale.language_code
    vote = visitor("post", f"/{language}/feedback/{page.pk}/",
                   {"form_token": vote_token(page) if use_real_tokens else token,
                    "helpful": helpful})
    comment_token = token
    location = vote.get("Location", "")
    if use_real_tokens and "?feedback=" in location:
        comment_token = location.split("?feedback=")[1].split("#")[0]
        visitor("get", location.split("#")[0])
    visitor("post", f"/{language}/feedback/{page.pk}/comment/",
            {"token": comment_token, "comment": comment})
    visitor("get", page.url, {"feedback": token})


# The contact forms

EMAIL = "lea.martin@example.org"
emails = st.one_of(st.just(EMAIL), nasty, st.sampled_from([
    "lea.martin@example", "lea@exemple.con", f"{EMAIL}\x00", "a@b.c" * 60,
    '"<script>alert(1)</script>"@example.org', "lea@[127.0.0.1]"]))
upload = st.builds(
    lambda name, content: SimpleUploadedFile(name, content),
    st.one_of(nasty.map(lambda text: (text or "x")[:80] + ".pdf"),
              st.sampled_from(["rapport.php.pdf", "../../etc/passwd", "a.svg", "x.html",
                               "\x00.pdf", "CON.pdf", "é" * 300 + ".pdf"])),
    st.one_of(st.binary(max_size=200), st.just(b"%PDF-1.4\n%%EOF\n"),
              st.just(b"<html><script>alert(1)</script></html>")))


def text_fields(html):
    return set(re.findall(
        r'<(?:input[^>]*type="(?:text|email|tel)"|textarea)[^>]*\bname="([^"]+)"', html))


def valid_answers(page, html):
    """What a citizen sends who fills in every text field and replies by e-mail."""
    answers = {name: "Bonjour, une question." for name in text_fields(html)
               if name not in ("q", HONEYPOT)}
    answers.update(reply_by="email", reply_email=EMAIL, reply_email_again=EMAIL,
                   reply_phone="", helper_kind="", balise_form_token=form_token(page.url))
    if "appointment_mode" in input_names(html):
        answers["appointment_mode"] = "desk"
    if "topic" in input_names(html):
        answers["topic"] = re.findall(r'name="topic" value="([^"]+)"', html)[0]
    return answers


def form_html(visitor, page):
    """The form's fields: after its first topic when it asks for one first."""
    html = visitor("get", page.url).content.decode()
    topics = re.findall(r'name="topic" value="([^"]+)"', html)
    if 'name="step"' in html and topics:
        html = visitor("get", page.url, {"step": "1", "topic": topics[0]}).content.decode()
    return html


def contact_forms(demo_pages):
    return [page for page in demo_pages if type(page).__name__ == "ContactFormPage"]


@FUZZ
@given(data=st.data(), email=emails, email_again=emails, files=st.lists(upload, max_size=2),
       with_token=st.booleans(), client_number=st.integers(1, 250))
def test_a_contact_form_answers_any_post(
    demo_pages, visitor, data, email, email_again, files, with_token, client_number
):
    """Valid answers with a few of them changed into anything: most posts are
    saved, so what is stored and the confirmation page get the odd values too."""
    page = data.draw(st.sampled_from(contact_forms(demo_pages)))
    html = form_html(visitor, page)
    post = valid_answers(page, html)
    changed = data.draw(st.dictionaries(
        st.one_of(st.sampled_from(sorted(input_names(html) | {"topic", "reply_email_choice"})),
                  plain_text),
        st.one_of(nasty, st.lists(nasty, min_size=2, max_size=3)), max_size=3),
        label="changed answers")
    post.update(changed)
    if data.draw(st.booleans(), label="e-mail changed"):
        post.update(reply_email=email, reply_email_again=email_again)
    if not with_token:
        post.pop("balise_form_token")
    if files:
        post["attached_documents"] = files
    response = visitor("post", page.url, post, REMOTE_ADDR=f"10.0.0.{client_number}")
    event(f"contact form: answered {response.status_code}")
    if response.status_code == 302:
        visitor("get", response["Location"])


def test_valid_answers_to_each_demo_form_are_saved(demo_pages, visitor):
    """The fuzzing above starts from these answers: they must be accepted."""
    from forms.models import ContactSubmission

    for page in contact_forms(demo_pages):
        html = form_html(visitor, page)
        before = ContactSubmission.objects.count()
        response = visitor("post", page.url, valid_answers(page, html))
        assert response.status_code == 302, page.url
        assert ContactSubmission.objects.count() == before + 1


@FUZZ
@given(topic=nasty, step=nasty, done=nasty, prefill=nasty)
def test_a_contact_form_answers_any_topic_step_confirmation_and_prefill(
    demo_pages, visitor, topic, step, done, prefill
):
    from pages import prefill as prefilling

    url = url_of(demo_pages, "ContactFormPage", "fr")
    visitor("get", url, {"topic": topic, "step": step})
    visitor("get", url, {"done": done})
    for signed in (prefill, prefilling.sign(prefill)):
        visitor("post", url, {prefilling.FIELD: signed, "balise_form_token": form_token(url)})


# The rights explorer

ACTIONS = ["answer", "back", "show_all", "summary", "unexpected", "change", "start", ""]


def honest_answer(data, html, number):
    """An answer a citizen could give to the question on screen."""
    offered = radio_values(html, "answer")
    if offered:
        chosen = data.draw(st.lists(st.sampled_from(offered), min_size=1, max_size=2,
                                    unique=True), label=f"honest answer {number}")
        return {"answer": chosen if 'type="checkbox"' in html else chosen[0]}
    return data.draw(st.one_of(st.integers(0, 99).map(lambda age: {"answer": str(age)}),
                               st.just({"answer": "", "dont_know": "on"})),
                     label=f"honest answer {number}")


def at_results(html):
    return 'value="summary"' in html or 'value="unexpected"' in html


@settings(FUZZ, max_examples=15)
@given(data=st.data(), honest_steps=st.integers(min_value=0, max_value=16),
       odd_steps=st.integers(min_value=1, max_value=4), language=st.sampled_from(LANGUAGES))
def test_the_rights_explorer_answers_any_sequence_of_steps(
    demo_pages, visitor, data, honest_steps, odd_steps, language
):
    """A citizen's answers for a while (often up to the results), then anything."""
    url = url_of(demo_pages, "RightsExplorerPage", language)
    token = form_token(url)
    html = visitor("post", url, {"balise_form_token": token}).content.decode()
    for number in range(honest_steps):
        question = re.search(r'name="question" value="([^"]+)"', html)
        if question is None or at_results(html):
            break
        html = visitor("post", url, {
            "balise_form_token": token, "state": signed_state(html), "action": "answer",
            "question": question.group(1), **honest_answer(data, html, number)},
        ).content.decode()
    event("explorer: results reached" if at_results(html) else "explorer: still asking")
    for number in range(odd_steps):
        state = signed_state(html)
        question = re.search(r'name="question" value="([^"]+)"', html)
        offered = (radio_values(html, "answer") + radio_values(html, "surprising")
                   + radio_values(html, "question"))
        post = {
            "balise_form_token": token,
            # mostly the real state, so the odd values reach the screens behind it
            "state": data.draw(st.one_of(st.just(state), st.just(state), nasty),
                               label=f"state {number}"),
            "action": data.draw(st.one_of(st.sampled_from(ACTIONS), nasty),
                                label=f"action {number}"),
            "question": data.draw(st.one_of(
                st.just(question.group(1) if question else ""), st.sampled_from(
                    offered or [""]), nasty), label=f"question {number}"),
            "answer": data.draw(st.one_of(st.sampled_from(offered or [""]),
                                          st.integers(-5, 130).map(str), nasty,
                                          st.lists(nasty, max_size=3)),
                                label=f"answer {number}"),
            "dont_know": data.draw(st.sampled_from(["", "on", "1", "\x00"]),
                                   label=f"dont_know {number}"),
            "surprising": data.draw(st.lists(st.one_of(st.sampled_from(offered or [""]),
                                                       nasty), max_size=3),
                                    label=f"surprising {number}"),
        }
        response = visitor("post", url, post)
        if response.status_code == 200:
            html = response.content.decode()


# The extremes, once each

MEGABYTE = "x" * 1_000_000


@pytest.fixture
def addresses(demo_pages):
    contact = url_of(demo_pages, "ContactFormPage", "fr", 1)
    return {
        "search": in_language("fr", "search"),
        "suggestions": in_language("fr", "search_suggestions"),
        "status": in_language("fr", "balise_forms:status_lookup"),
        "contact": contact,
        "explorer": url_of(demo_pages, "RightsExplorerPage", "fr"),
        "information": url_of(demo_pages, "InformationPage", "fr"),
    }


@pytest.mark.parametrize("name", ["search", "suggestions", "status", "contact", "explorer",
                                  "information"])
def test_a_one_megabyte_parameter_is_answered_without_an_error(addresses, visitor, name):
    visitor("get", addresses[name], {"q": MEGABYTE, "reference": MEGABYTE, "page": MEGABYTE})


def test_one_megabyte_fields_in_the_forms_get_them_back_with_errors(addresses, visitor):
    contact = addresses["contact"]
    html = visitor("get", contact).content.decode()
    post = {name: "x" for name in input_names(html) if name not in ("q", HONEYPOT)}
    post.update(balise_form_token=form_token(contact), reply_by="email",
                reply_email=MEGABYTE, helper_name=MEGABYTE)
    assert visitor("post", contact, post).status_code == 200  # the form again, with errors
    status = visitor("post", addresses["status"], {"reference": MEGABYTE, "contact": MEGABYTE})
    assert status.status_code == 200
    explorer = visitor("post", addresses["explorer"], {
        "balise_form_token": form_token(addresses["explorer"]), "state": MEGABYTE,
        "action": "answer", "answer": MEGABYTE})
    assert explorer.status_code == 200


@pytest.mark.parametrize("name", ["status", "contact", "explorer"])
def test_a_post_larger_than_the_site_accepts_gets_the_bad_request_page(
    addresses, visitor, name
):
    response = visitor("post", addresses[name], {
        "balise_form_token": form_token(addresses[name]), "a": MEGABYTE, "b": MEGABYTE,
        "c": MEGABYTE})
    assert response.status_code == 400


@pytest.mark.parametrize("name", ["search", "status", "information"])
def test_ten_thousand_parameters_get_a_bad_request_page_not_an_error(
    addresses, visitor, name
):
    many = urlencode({f"p{number}": "1" for number in range(10_000)})
    response = visitor("get", f"{addresses[name]}?{many}")
    assert response.status_code in (200, 400)


@pytest.mark.parametrize("name", ["status", "contact", "explorer"])
def test_ten_thousand_posted_fields_get_a_bad_request_page_not_an_error(
    addresses, visitor, name
):
    fields = {f"p{number}": "1" for number in range(10_000)}
    fields["balise_form_token"] = form_token(addresses[name])
    response = visitor("post", addresses[name], fields)
    assert response.status_code in (200, 400, 403)


INVALID_UTF8 = "q=%FF%FE%C0%AF&reference=%ED%A0%80&page=%C3&feedback=%00&topic=%80"


@pytest.mark.parametrize("name", ["search", "suggestions", "status", "contact",
                                  "information"])
def test_invalid_utf8_in_the_query_string_is_answered(addresses, visitor, name):
    visitor("get", f"{addresses[name]}?{INVALID_UTF8}")


@pytest.mark.parametrize("name", ["status", "contact", "explorer"])
def test_invalid_utf8_and_nul_bytes_in_a_post_are_answered(addresses, visitor, name):
    body = (f"balise_form_token={form_token(addresses[name])}&reference=%FF%00&"
            "contact=a%00%FE@example.org&reply_email=%C0%80&state=%ED%A0%80&action=answer&"
            "answer=%00").encode()
    visitor("post", addresses[name], body, content_type="application/x-www-form-urlencoded")


def nul_cases(demo_pages, visitor):
    return [(page, name) for page in contact_forms(demo_pages)[:3]
            for name in sorted(text_fields(form_html(visitor, page)))
            if name not in ("q", HONEYPOT, "reply_phone")]


def test_a_nul_in_any_text_field_of_a_contact_form_is_a_form_error(demo_pages, visitor):
    from forms.models import ContactSubmission

    before = ContactSubmission.objects.count()
    cases = nul_cases(demo_pages, visitor)
    assert len(cases) >= 8
    for page, name in cases:
        html = form_html(visitor, page)
        post = valid_answers(page, html)
        post[name] = f"Bonjour\x00{post[name]}"
        if name.startswith("helper_"):
            post["helper_kind"] = "helped"
        response = visitor("post", page.url, post)
        assert response.status_code == 200, (page.url, name)
    assert ContactSubmission.objects.count() == before


# Defects the fuzzing found, each with its concrete example

def test_a_nul_in_a_search_is_not_sent_to_the_database_with_the_search_terms(
    addresses, visitor
):
    """Found by the fuzzing: ``?q=%00`` was stored as a search term (PostgreSQL
    refuses it: a logged database error on every such search)."""
    from pages.models import SearchTerm

    assert visitor("get", addresses["search"], {"q": "aide\x00sociale"}).status_code == 200
    assert visitor("get", addresses["search"], {"q": "\x00"}).status_code == 200
    assert SearchTerm.objects.filter(query="aide sociale").exists()
