"""A reason is worded as what it is for the reader: a condition that counts
because it does *not* hold ("not a student") is never shown as if it held."""

import pytest

from tests.conftest import text_of
from tests.rights_explorer.rights_factories import make_explorer, make_question, make_right
from tests.rights_explorer.test_journey import answer_all

pytestmark = pytest.mark.django_db

STUDENT = {"question": "student", "op": "eq", "value": True,
           "text": {"fr": "Vous êtes étudiant", "nl": "U bent student",
                    "de": "Sie sind Student", "en": "You are a student"}}


def test_a_condition_under_not_without_its_own_sentence_reads_as_not_the_case(client):
    make_question("student", text="Êtes-vous étudiant ?")
    explorer = make_explorer()
    make_right(explorer, "article-60", {"not": STUDENT}, title="Un emploi article 60")

    response, _seen = answer_all(client, explorer, {"student": "no"})

    text = text_of(response)
    assert "Ce n'est pas le cas : Vous êtes étudiant" in text
    assert text.count("Vous êtes étudiant") == 1


def test_a_sentence_two_conditions_share_is_given_once(client):
    make_question("student", text="Êtes-vous étudiant ?")
    explorer = make_explorer()
    make_right(explorer, "bourse", {"all": [STUDENT, {"any": [STUDENT]}]},
               title="La bourse d'études")

    response, _seen = answer_all(client, explorer, {"student": "yes"})

    assert text_of(response).count("Vous êtes étudiant") == 1
