"""The results page reads the rights, their next steps and where to go in a
few queries, however many rights are shown (a CPAS may keep fifty)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from rights_explorer.models import PartnerOrganisation
from tests.factories import locales, make_channel, translate, translate_snippet
from tests.rights_explorer.rights_factories import AGE_18, make_explorer, make_question, make_right
from tests.rights_explorer.test_journey import answer, question_of

pytestmark = pytest.mark.django_db


def an_explorer():
    make_question("age", "age", text="Quel âge avez-vous ?")
    explorer = make_explorer()
    translate(explorer, "nl", title="Uw rechten", slug="uw-rechten")
    return explorer


def add_rights(explorer, numbers):
    channel = make_channel("desk", name="Au guichet")
    for number in numbers:
        partner = PartnerOrganisation.objects.create(
            locale=locales()["fr"], name=f"Partenaire {number}", helps_with="Aide.",
            themes=["legal-aid"])
        translate_snippet(partner, "nl", name=f"Partner {number}")
        right = make_right(explorer, f"droit-{number}", AGE_18, title=f"Droit {number}",
                           kind="E", how_to_apply=[("step", "Venez nous voir")],
                           documents=[("document", "Votre carte d'identité")],
                           partner=partner if number % 2 else None,
                           contact_channel=None if number % 2 else channel)
        translate(right, "nl", title=f"Recht {number}", slug=f"recht-{number}")


def queries_for_results(client, explorer):
    nl = explorer.get_translation(locales()["nl"])
    response = client.post(nl.url)  # "Start"
    assert question_of(response) == "age"
    with CaptureQueriesContext(connection) as queries:
        response = answer(client, nl, response, "30")
    assert "Recht 0" in response.content.decode()
    return len(queries)


def test_the_results_take_as_many_queries_for_eight_rights_as_for_two(client):
    explorer = an_explorer()
    add_rights(explorer, range(2))
    two = queries_for_results(client, explorer)
    add_rights(explorer, range(2, 8))
    eight = queries_for_results(client, explorer)
    assert eight == two
