"""Questions, rights and the explorer page, built directly for the model and
command tests."""

from rights_explorer.models import Question, RightPage, RightsExplorerPage
from tests.factories import locales, make_page, make_site


def make_explorer(home=None, **fields):
    fields.setdefault("title", "Vos droits")
    fields.setdefault("slug", "vos-droits")
    return make_page(home or make_site(), RightsExplorerPage, **fields)


def make_question(slug, type="boolean", text=None, **fields):
    question = Question(locale=locales()["fr"], slug=slug, type=type,
                        text=text or f"Question {slug} ?", **fields)
    question.full_clean()
    question.save()
    question.save_revision().publish()
    return question


def make_right(explorer, slug, rule, title=None, **fields):
    return make_page(explorer, RightPage, slug=slug, title=title or slug.title(), rule=rule,
                     **fields)


AGE_18 = {"question": "age", "op": "gte", "value": 18,
          "text": {"fr": "Vous avez 18 ans ou plus", "nl": "U bent 18 jaar of ouder",
                   "de": "Sie sind 18 Jahre oder älter", "en": "You are 18 or older"}}


def make_persona(name, answers=None, expectations=(), **fields):
    """A test persona; ``expectations`` are (right slug, outcome) pairs."""
    from rights_explorer.models import Persona, PersonaExpectation

    persona = Persona(name=name, answers=answers or {}, **fields)
    persona.expectations = [PersonaExpectation(right=right, outcome=outcome)
                            for right, outcome in expectations]
    persona.save()
    return persona
