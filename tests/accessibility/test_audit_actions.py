"""The states a crawler never sees, reached in a real Chromium by the
runner's declarative actions: a form submitted empty shows its errors, a
questionnaire is followed question after question in one session, and a
state that cannot be reached is said, not checked."""

import pytest
from django.http import HttpResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from accessibility.runners.base import PageUnavailable, StateNotReached
from accessibility.runners.chromium import ChromiumRunner

pytestmark = pytest.mark.browser

PAGE = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{title}</title>
</head><body><main><h1>{title}</h1>{body}</main></body></html>"""


@csrf_exempt
def form(request):
    """Only the answer to an empty form has a defect: its field loses its label."""
    if request.method == "POST" and not request.POST.get("name"):
        body = ('<p role="alert">Écrivez votre nom.</p><form method="post" novalidate>'
                '<input name="name"><button>Envoyer</button></form>')
    else:
        body = ('<form method="post"><label for="n">Nom</label><input id="n" name="name" '
                'required><button>Envoyer</button></form>')
    return HttpResponse(PAGE.format(title="Formulaire", body=body))


@csrf_exempt
def questions(request):
    """Two questions, then the results; the second question has an image without alt."""
    number = int(request.POST.get("number", 0)) + (request.method == "POST")
    if number > 2:
        return HttpResponse(PAGE.format(title="Résultats", body="<p>Vos droits.</p>"))
    image = '<img src="/nothing.png" width="10" height="10">' if number == 2 else ""
    body = (f'<form method="post" novalidate><input type="hidden" name="number" '
            f'value="{number}"><fieldset><legend>Question {number}</legend><label>'
            f'<input type="radio" name="a" value="dont_know"> Je ne sais pas</label>'
            f'</fieldset>{image}<button>Continuer</button></form>')
    return HttpResponse(PAGE.format(title=f"Question {number}", body=body))


@csrf_exempt
def contact(request):
    """A form of two steps (a topic, then the questions) whose confirmation
    shows what was received; the spam trap must stay empty."""
    if request.method == "POST" and request.POST.get("step") == "questions":
        received = {name: request.POST.get(name, "") for name in
                    ("email", "email_again", "phone", "message", "consent", "trap", "when")}
        complete = all(received[name] for name in ("email", "phone", "message", "consent"))
        if complete and received["email"] == received["email_again"] and not received["trap"]:
            items = "".join(f"<li>{name}={value}</li>" for name, value in received.items())
            return HttpResponse(PAGE.format(title="Envoyé",
                                            body=f'<p id="reference">ABC</p><ul>{items}</ul>'))
    if request.method == "POST" and request.POST.get("topic"):
        body = ('<form method="post"><input type="hidden" name="step" value="questions">'
                '<label for="e">E-mail</label><input id="e" type="email" name="email" required>'
                '<label for="e2">E-mail again</label><input id="e2" type="email" '
                'name="email_again" required><label for="p">Phone</label><input id="p" '
                'name="phone" autocomplete="tel" required><label for="m">Message</label>'
                '<textarea id="m" name="message" required></textarea><label for="w">When'
                '</label><input id="w" type="date" name="when"><label><input type="checkbox" '
                'name="consent" required> OK</label><div hidden><input name="trap"></div>'
                '<button>Send</button></form>')
    else:
        body = ('<form method="post"><fieldset><legend>Topic</legend><label><input '
                'type="radio" name="topic" value="1"> Money</label><label><input type="radio" '
                'name="topic" value="2"> Housing</label></fieldset><button>Next</button></form>')
    return HttpResponse(PAGE.format(title="Contact", body=body))


urlpatterns = [path("form/", form), path("questions/", questions), path("contact/", contact)]
ANSWER = (("tick", "input[value=dont_know]"), ("submit", "main form"))


@pytest.fixture(scope="module")
def runner():
    with ChromiumRunner(timeout=15) as opened:
        yield opened


@pytest.fixture
def site(live_server, settings):
    settings.ROOT_URLCONF = __name__
    return live_server.url


def rules(result):
    return {violation["id"] for violation in result["violations"]}


def test_a_form_submitted_empty_is_checked_with_its_errors_shown(runner, site):
    assert rules(runner.check(site + "/form/")) == set()
    assert "label" in rules(runner.check(site + "/form/", actions=(("submit", "main form"),)))


def test_a_questionnaire_is_followed_step_by_step_in_one_session(runner, site):
    found = runner.check_steps(site + "/questions/", [
        (("submit", "main form"),),  # question 1 (start)
        (*ANSWER, ("expect", "legend")),  # question 2
        (*ANSWER, ("expect", "legend")),  # no question 3: the results came
    ])
    first, second, third = found
    assert "image-alt" not in rules(first)
    assert "image-alt" in rules(second)
    assert isinstance(third, StateNotReached)


def test_an_action_on_nothing_makes_the_state_unavailable_with_the_reason(runner, site):
    with pytest.raises(PageUnavailable, match="nothing on the page matches"):
        runner.check(site + "/form/", actions=(("click", "#no-such-button"),))


def test_an_unknown_action_is_refused_before_the_page_opens(runner, site):
    with pytest.raises(ValueError, match="Unknown action"):
        runner.check(site + "/form/", actions=(("scroll", "main"),))


def test_a_form_of_two_steps_is_completed_and_sent_to_reach_its_confirmation(runner, site):
    step = (("complete", "main form"), ("submit", "main form"))
    result = runner.check(site + "/contact/", actions=(
        ("repeat", "main form", 5, step), ("absent", "main form")))
    assert result["violations"] == []
    shown = runner.driver.find_element("css selector", "main").text
    assert "email=audit@example.invalid" in shown and "email_again=audit@example.invalid" in shown
    assert "phone=0470 12 34 56" in shown, "a phone field gets a phone number"
    assert "consent=on" in shown
    assert "trap=" in shown and "trap=A" not in shown, "the hidden spam trap stays empty"


def test_a_confirmation_not_reached_is_said(runner, site):
    with pytest.raises(StateNotReached):
        runner.check(site + "/form/", actions=(("submit", "main form"), ("absent", "main form")))
