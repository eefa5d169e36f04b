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


urlpatterns = [path("form/", form), path("questions/", questions)]
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
